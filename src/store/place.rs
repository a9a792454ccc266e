//! Where the team left each plan (step and item), so that reopening it resumes there. Kept in
//! the data folder, outside the plan: a plan shared in git does not change when someone moves.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};

use super::backup::fnv1a;
use crate::atomic_file::write_atomic;
use crate::paths;

/// A place in a plan: a step by its stable key (`setup`, `area:P`, `review`, ...) and the item
/// the cursor was on there, if any.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Place {
    pub step: String,
    #[serde(default)]
    pub item: Option<String>,
}

/// The place saved for `plan`, if there is one and it can be read.
pub fn load(plan: &Path) -> Option<Place> {
    let text = std::fs::read_to_string(file_for(plan)).ok()?;
    ron::from_str(&text).ok()
}

/// Remembers `place` for `plan`.
pub fn save(plan: &Path, place: &Place) -> Result<()> {
    let file = file_for(plan);
    let dir = file.parent().expect("a file in the places folder");
    paths::ensure_dir(dir)?;
    let text = ron::to_string(place).with_context(|| crate::fl!("place-unwritable"))?;
    write_atomic(&file, text.as_bytes())
        .with_context(|| crate::fl!("place-not-remembered", file = file.display().to_string()))
}

/// Forgets where `plan` was left (a plain walk went through every step), so the next session
/// starts from the beginning.
pub fn forget(plan: &Path) {
    let _ = std::fs::remove_file(file_for(plan));
}

/// `DATA/places/<name>-<hash of the plan's canonical path>.ron`: one plan, one file, whatever
/// path it was opened by.
fn file_for(plan: &Path) -> PathBuf {
    let canonical = plan.canonicalize().unwrap_or_else(|_| paths::absolute(plan));
    let stem = plan.file_stem().map(|s| paths::slug(&s.to_string_lossy())).unwrap_or_default();
    let key = format!("{stem}-{:016x}", fnv1a(canonical.to_string_lossy().as_bytes()));
    paths::data_dir().join("places").join(format!("{key}.ron"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_place_is_found_again_by_another_path_to_the_same_plan() {
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("nap.ron");
        std::fs::write(&plan, "x").unwrap();
        let via_dot = dir.path().join(".").join("nap.ron");
        assert_eq!(file_for(&plan), file_for(&via_dot));
        let other = dir.path().join("other.ron");
        assert_ne!(file_for(&plan), file_for(&other));
    }
}
