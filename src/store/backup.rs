//! Rolling backups of each plan in the data directory: the last saves, timestamped, so a broken
//! or overwritten plan can always be brought back with `napwiz backups PATH --restore N`.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::atomic_file::write_atomic;
use crate::paths;

/// How many backups are kept per plan.
pub const KEEP: usize = 10;

/// One backup file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Backup {
    pub path: PathBuf,
    /// When it was taken, in local time, e.g. `2026-11-28 15:12:03`.
    pub taken: String,
    /// Why it was taken, when not a plain save: `before-restore`, `before-migration`, `conflict`.
    pub label: Option<String>,
    pub bytes: u64,
}

/// The backups of one plan, in `DATA/backups/<name>-<hash of its real path>/`: symlinks are
/// resolved, so whichever path reaches a plan finds its backups.
#[derive(Debug, Clone)]
pub struct Backups {
    dir: PathBuf,
}

impl Backups {
    pub fn for_plan(plan: &Path) -> Backups {
        Backups::in_dir(&paths::backups_dir(), plan)
    }

    pub fn in_dir(root: &Path, plan: &Path) -> Backups {
        let real = paths::real(plan);
        let stem = real.file_stem().map(|s| paths::slug(&s.to_string_lossy())).unwrap_or_default();
        let key = format!("{stem}-{:016x}", fnv1a(real.to_string_lossy().as_bytes()));
        Backups { dir: root.join(key) }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Backups, newest first.
    pub fn list(&self) -> io::Result<Vec<Backup>> {
        let entries = match fs::read_dir(&self.dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(vec![]),
            Err(e) => return Err(e),
        };
        let mut backups: Vec<Backup> = entries
            .filter_map(Result::ok)
            .filter_map(|entry| parse_name(&entry.path(), entry.metadata().ok()?.len()))
            .collect();
        backups.sort_by(|a, b| b.path.cmp(&a.path));
        Ok(backups)
    }

    /// Stores `bytes` as a new backup unless the newest one is younger than `min_interval` or
    /// holds the same bytes; then keeps only the newest [`KEEP`]. Returns the new backup's path.
    pub fn record(
        &self,
        bytes: &[u8],
        label: Option<&str>,
        min_interval: Duration,
    ) -> io::Result<Option<PathBuf>> {
        create_private_dir(&self.dir)?;
        let existing = self.list()?;
        let same_kind = existing.iter().find(|b| b.label.as_deref() == label);
        if label.is_some()
            && same_kind.is_some_and(|b| fs::read(&b.path).is_ok_and(|old| old == bytes))
        {
            // A refused autosave repeats itself; one copy is enough.
            return Ok(None);
        }
        if label.is_none() && self.is_redundant(existing.first(), bytes, min_interval) {
            return Ok(None);
        }
        let now = jiff::Timestamp::now();
        let mut name = now.strftime("%Y%m%dT%H%M%S%.9fZ").to_string();
        if let Some(label) = label {
            name.push('-');
            name.push_str(label);
        }
        let path = self.dir.join(format!("{name}.ron"));
        write_atomic(&path, bytes)?;
        // Plain saves and labelled copies (conflict, before-restore, ...) are kept apart, so
        // neither can push the other out.
        let (labelled, plain): (Vec<Backup>, Vec<Backup>) =
            self.list()?.into_iter().partition(|b| b.label.is_some());
        for old in plain.iter().skip(KEEP).chain(labelled.iter().skip(KEEP)) {
            let _ = fs::remove_file(&old.path);
        }
        Ok(Some(path))
    }

    fn is_redundant(&self, newest: Option<&Backup>, bytes: &[u8], min_interval: Duration) -> bool {
        let Some(newest) = newest else { return false };
        let age = fs::metadata(&newest.path)
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok());
        // The age first: an autosave within the interval must not read a big plan's backup.
        age.is_some_and(|age| age < min_interval)
            || fs::read(&newest.path).is_ok_and(|old| old == bytes)
    }
}

fn create_private_dir(dir: &Path) -> io::Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    fs::create_dir_all(dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // Plans can hold sensitive notes; backups stay private to their user.
        fs::set_permissions(dir, fs::Permissions::from_mode(0o700))?;
    }
    Ok(())
}

/// Reads `20261128T151203.123Z[-label].ron`.
fn parse_name(path: &Path, bytes: u64) -> Option<Backup> {
    let name = path.file_name()?.to_str()?.strip_suffix(".ron")?;
    let (stamp, label) = match name.split_once("Z-") {
        Some((stamp, label)) => (format!("{stamp}Z"), Some(label.to_string())),
        None => (name.to_string(), None),
    };
    let utc = jiff::civil::DateTime::strptime("%Y%m%dT%H%M%S%.f", stamp.strip_suffix('Z')?).ok()?;
    let taken = utc.to_zoned_datetime(jiff::tz::TimeZone::UTC).ok()?.timestamp();
    let local = taken
        .to_zoned_datetime(jiff::tz::TimeZone::system())
        .strftime("%Y-%m-%d %H:%M:%S")
        .to_string();
    Some(Backup { path: path.to_path_buf(), taken: local, label, bytes })
}

/// FNV-1a: a stable hash (std's may change between releases), used for folder names and
/// change detection, not for security.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_newest_ten_and_skips_identical_saves() {
        let root = tempfile::tempdir().unwrap();
        let backups = Backups::in_dir(root.path(), Path::new("/plans/nap.ron"));
        for i in 0..13 {
            let made =
                backups.record(format!("save {i}").as_bytes(), None, Duration::ZERO).unwrap();
            assert!(made.is_some());
        }
        assert!(backups.record(b"save 12", None, Duration::ZERO).unwrap().is_none());
        let list = backups.list().unwrap();
        assert_eq!(list.len(), KEEP);
        assert_eq!(fs::read_to_string(&list[0].path).unwrap(), "save 12");
        assert_eq!(fs::read_to_string(&list[9].path).unwrap(), "save 3");
    }

    #[test]
    fn labels_are_read_back() {
        let root = tempfile::tempdir().unwrap();
        let backups = Backups::in_dir(root.path(), Path::new("nap.ron"));
        backups.record(b"x", Some("before-restore"), Duration::ZERO).unwrap();
        assert_eq!(backups.list().unwrap()[0].label.as_deref(), Some("before-restore"));
    }

    #[test]
    fn different_plans_with_the_same_name_get_different_folders() {
        let root = Path::new("/data");
        assert_ne!(
            Backups::in_dir(root, Path::new("/a/nap.ron")).dir,
            Backups::in_dir(root, Path::new("/b/nap.ron")).dir
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_plan_reached_through_a_symlink_shares_the_real_files_backups() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.ron");
        let link = dir.path().join("link.ron");
        fs::write(&real, "x").unwrap();
        std::os::unix::fs::symlink(&real, &link).unwrap();
        let root = Path::new("/data");
        assert_eq!(Backups::in_dir(root, &link).dir, Backups::in_dir(root, &real).dir);
    }
}
