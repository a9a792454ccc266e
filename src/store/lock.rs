//! One writer per plan: an OS lock (flock) on a side file `PLAN.lock`, holding who has the plan
//! open so a second session can say so. The lock dies with its process, even on SIGKILL; where
//! the filesystem cannot lock, a recorded pid that is no longer running on this host is stale.

use std::fs::{self, File, OpenOptions, TryLockError};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// Who holds a plan open.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Holder {
    pub user: String,
    pub host: String,
    pub pid: u32,
    pub since: String,
}

impl Holder {
    pub fn me() -> Holder {
        let user = std::env::var("USER")
            .or_else(|_| std::env::var("LOGNAME"))
            .or_else(|_| std::env::var("USERNAME"));
        Holder {
            user: user.unwrap_or_else(|_| "unknown user".into()),
            host: this_host(),
            pid: std::process::id(),
            since: jiff::ZonedDateTime::now().strftime("%Y-%m-%d %H:%M %Z").to_string(),
        }
    }

    fn parse(text: &str) -> Option<Holder> {
        ron::from_str(text).ok()
    }

    /// A holder recorded on this host whose process is gone.
    fn is_stale(&self) -> bool {
        self.host == this_host() && !process_alive(self.pid)
    }
}

impl std::fmt::Display for Holder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} on {} (pid {}) since {}", self.user, self.host, self.pid, self.since)
    }
}

fn this_host() -> String {
    gethostname::gethostname().to_string_lossy().into_owned()
}

#[cfg(target_os = "linux")]
fn process_alive(pid: u32) -> bool {
    Path::new("/proc").join(pid.to_string()).exists()
}

#[cfg(not(target_os = "linux"))]
fn process_alive(_pid: u32) -> bool {
    // Without /proc we cannot tell; assume alive so we never take a live lock.
    true
}

/// The lock file's path for a plan: `plan.ron.lock` beside it.
pub fn lock_path(plan: &Path) -> PathBuf {
    let mut name = plan.file_name().unwrap_or_default().to_os_string();
    name.push(".lock");
    plan.with_file_name(name)
}

/// A held lock; released (and its file removed) on drop.
#[derive(Debug)]
pub struct PlanLock {
    file: File,
    path: PathBuf,
}

/// The result of trying to lock a plan.
#[derive(Debug)]
pub enum LockOutcome {
    /// We hold the lock; `took_over` names a stale holder we replaced.
    Acquired { lock: PlanLock, took_over: Option<Holder> },
    /// Someone else holds it.
    Held(Holder),
}

impl PlanLock {
    pub fn acquire(plan: &Path) -> io::Result<LockOutcome> {
        let path = lock_path(plan);
        // The file may be removed by its previous holder between our open and our lock: retry
        // until the locked file is the one at the path.
        for _ in 0..20 {
            let mut file = OpenOptions::new()
                .read(true)
                .write(true)
                .create(true)
                .truncate(false)
                .open(&path)?;
            let previous = read_holder(&mut file);
            match file.try_lock() {
                Ok(()) => {}
                Err(TryLockError::WouldBlock) => {
                    return Ok(LockOutcome::Held(previous.unwrap_or_else(unknown_holder)));
                }
                Err(TryLockError::Error(e)) if e.kind() == io::ErrorKind::Unsupported => {
                    if let Some(holder) =
                        previous.clone().filter(|h| !h.is_stale() && h.pid != std::process::id())
                    {
                        return Ok(LockOutcome::Held(holder));
                    }
                }
                Err(TryLockError::Error(e)) => return Err(e),
            }
            if !same_file(&file, &path) {
                continue;
            }
            write_holder(&mut file, &Holder::me())?;
            let took_over =
                previous.filter(|h| h.pid != std::process::id() || h.host != this_host());
            return Ok(LockOutcome::Acquired { lock: PlanLock { file, path }, took_over });
        }
        Err(io::Error::other(format!(
            "could not lock '{}': it keeps being replaced",
            path.display()
        )))
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for PlanLock {
    fn drop(&mut self) {
        // Remove while still holding the lock, so no one locks the orphaned file.
        let _ = fs::remove_file(&self.path);
        let _ = self.file.unlock();
    }
}

fn unknown_holder() -> Holder {
    Holder {
        user: "another napwiz".into(),
        host: "an unknown host".into(),
        pid: 0,
        since: "an unknown time".into(),
    }
}

fn read_holder(file: &mut File) -> Option<Holder> {
    let mut text = String::new();
    file.seek(SeekFrom::Start(0)).ok()?;
    file.read_to_string(&mut text).ok()?;
    Holder::parse(&text)
}

fn write_holder(file: &mut File, holder: &Holder) -> io::Result<()> {
    let text = ron::to_string(holder).map_err(io::Error::other)?;
    file.set_len(0)?;
    file.seek(SeekFrom::Start(0))?;
    file.write_all(text.as_bytes())?;
    file.write_all(b"\n")?;
    file.sync_all()
}

#[cfg(unix)]
fn same_file(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), fs::metadata(path)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn same_file(_file: &File, path: &Path) -> bool {
    path.exists()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_lock_in_the_same_process_is_refused_and_names_the_holder() {
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("plan.ron");
        let LockOutcome::Acquired { lock, took_over } = PlanLock::acquire(&plan).unwrap() else {
            panic!("first lock refused")
        };
        assert!(took_over.is_none());
        match PlanLock::acquire(&plan).unwrap() {
            LockOutcome::Held(holder) => assert_eq!(holder.pid, std::process::id()),
            LockOutcome::Acquired { .. } => panic!("second lock granted"),
        }
        drop(lock);
        assert!(!lock_path(&plan).exists());
        assert!(matches!(PlanLock::acquire(&plan).unwrap(), LockOutcome::Acquired { .. }));
    }

    #[test]
    fn a_stale_lock_file_is_taken_over_and_reported() {
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("plan.ron");
        let dead = Holder {
            user: "alice".into(),
            host: this_host(),
            pid: u32::MAX - 7,
            since: "yesterday".into(),
        };
        fs::write(lock_path(&plan), ron::to_string(&dead).unwrap()).unwrap();
        assert!(dead.is_stale());
        match PlanLock::acquire(&plan).unwrap() {
            LockOutcome::Acquired { took_over, .. } => assert_eq!(took_over, Some(dead)),
            LockOutcome::Held(h) => panic!("stale lock not taken over: {h}"),
        }
    }
}
