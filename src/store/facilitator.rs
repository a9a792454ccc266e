//! "Follow the facilitator": the writing wizard records its step and item in a small file
//! beside the plan, so followers who ask for it jump to the item under discussion. The file is
//! never part of the plan nor of its backups; its name ends in `.napwiz-place`, for one
//! `.gitignore` line, and it is removed when the writer quits.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use super::place::Place;
use crate::atomic_file::write_atomic;

/// `.PLAN.napwiz-place` beside the real plan file (symlinks resolved, like the lock).
pub fn path(plan: &Path) -> PathBuf {
    let real = crate::paths::real(plan);
    let mut name = std::ffi::OsString::from(".");
    name.push(real.file_name().unwrap_or_default());
    name.push(".napwiz-place");
    real.with_file_name(name)
}

/// Records where the facilitator is, atomically (a follower never reads half a place).
pub fn record(plan: &Path, place: &Place) -> Result<()> {
    let file = path(plan);
    let text = ron::to_string(place).with_context(|| crate::fl!("facilitator-place-failed"))?;
    write_atomic(&file, format!("{text}\n").as_bytes())
        .with_context(|| crate::fl!("facilitator-record-failed", path = file.display().to_string()))
}

/// Where the facilitator is, if a writer recorded it; its text reaches the screen only as ids
/// looked up in the checklist.
pub fn read(plan: &Path) -> Option<Place> {
    let text = crate::paths::read_regular(&path(plan), 64 * 1024).ok()?;
    ron::from_str(std::str::from_utf8(&text).ok()?).ok()
}

/// Removes the record (the writer quits).
pub fn clear(plan: &Path) {
    let _ = std::fs::remove_file(path(plan));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_recorded_place_is_read_back_and_cleared() {
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("nap.ron");
        std::fs::write(&plan, "x").unwrap();
        assert_eq!(path(&plan), dir.path().join(".nap.ron.napwiz-place"));
        let place = Place { step: "area:P".into(), item: Some("P1.2".into()) };
        record(&plan, &place).unwrap();
        assert_eq!(read(&plan), Some(place));
        clear(&plan);
        assert_eq!(read(&plan), None);
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1, "only the plan is left");
    }
}
