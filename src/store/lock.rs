//! One writer per plan: an OS lock (flock) on a side file `PLAN.lock` beside the real file
//! (symlinks resolved), holding who has the plan open so a second session can say so, and an OS
//! lock on the plan file itself, so a hard link (another name of the same file) is locked too.
//! The locks die with their process, even on SIGKILL. A lock is taken over without asking only
//! when its holder was on this host and its process is gone; a holder on another host cannot be
//! checked from here, so the user is asked.

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
            user: user.unwrap_or_else(|_| crate::fl!("lock-unknown-user")),
            host: this_host(),
            pid: std::process::id(),
            since: jiff::ZonedDateTime::now().strftime("%Y-%m-%d %H:%M %Z").to_string(),
        }
    }

    /// Reads a lock file's record; its text reaches the screen, so it is cleaned.
    fn parse(text: &str) -> Option<Holder> {
        let holder: Holder = ron::from_str(text).ok()?;
        let clean = |s: String| crate::sanitize::clean_line(&s).into_owned();
        Some(Holder {
            user: clean(holder.user),
            host: clean(holder.host),
            pid: holder.pid,
            since: clean(holder.since),
        })
    }
}

impl std::fmt::Display for Holder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::fl!(
            "lock-holder-line",
            user = self.user.as_str(),
            host = self.host.as_str(),
            pid = self.pid.to_string(),
            since = self.since.as_str()
        ))
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

/// The lock file's path for a plan: `plan.ron.lock` beside the real file, so every symlink to
/// a plan shares one lock.
pub fn lock_path(plan: &Path) -> PathBuf {
    let real = crate::paths::real(plan);
    let mut name = real.file_name().unwrap_or_default().to_os_string();
    name.push(".lock");
    real.with_file_name(name)
}

/// Who is writing `plan` now, as its lock file says (read only, never locked, so a follower
/// changes nothing); `None` when nobody is, or the holder was on this host and has gone.
pub fn current_holder(plan: &Path) -> Option<Holder> {
    let text = fs::read_to_string(lock_path(plan)).ok()?;
    let holder = Holder::parse(&text)?;
    let gone = holder.host == this_host() && !process_alive(holder.pid);
    (!gone).then_some(holder)
}

/// A held lock; released (and its file removed) on drop.
#[derive(Debug)]
pub struct PlanLock {
    file: File,
    path: PathBuf,
    /// The plan file itself as it was opened, locked too: a hard link reaches the same inode
    /// under another name.
    plan: Option<File>,
    /// The plan file as the last save wrote it (a rename gives it a new inode).
    saved: Option<File>,
}

/// The result of trying to lock a plan.
#[derive(Debug)]
pub enum LockOutcome {
    /// We hold the lock; `took_over` names the holder we replaced (a stale one, or one the user
    /// confirmed).
    Acquired { lock: PlanLock, took_over: Option<Holder> },
    /// A running session holds it.
    Held(Holder),
    /// The lock names a holder napwiz cannot check (on another host): ask before taking over.
    Unverified(Holder),
}

/// Whether to take over a lock whose holder cannot be checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TakeOver {
    /// Only a holder on this host whose process is gone.
    IfStale,
    /// The user said the holder's session has ended (never a lock a running process holds).
    Confirmed,
}

/// What the OS lock on the lock file said.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum OsLock {
    Got,
    Busy,
    Unsupported,
}

/// What to do about the holder recorded in a lock file.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Verdict {
    Free,
    Stale(Holder),
    Live(Holder),
    Unverified(Holder),
}

/// Decides from the recorded holder and the OS lock; only a holder on this host whose process
/// is gone is stale.
fn judge(recorded: Option<Holder>, os_lock: OsLock) -> Verdict {
    if os_lock == OsLock::Busy {
        return Verdict::Live(recorded.unwrap_or_else(unknown_holder));
    }
    let Some(holder) = recorded else { return Verdict::Free };
    let here = holder.host == this_host();
    match (here, holder.pid == std::process::id()) {
        (true, true) if os_lock == OsLock::Got => Verdict::Free,
        (true, _) if process_alive(holder.pid) => Verdict::Live(holder),
        (true, _) => Verdict::Stale(holder),
        (false, _) => Verdict::Unverified(holder),
    }
}

impl PlanLock {
    pub fn acquire(plan: &Path) -> io::Result<LockOutcome> {
        Self::acquire_with(plan, TakeOver::IfStale)
    }

    pub fn acquire_with(plan: &Path, take_over: TakeOver) -> io::Result<LockOutcome> {
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
            let recorded = read_holder(&mut file);
            let os_lock = match file.try_lock() {
                Ok(()) => OsLock::Got,
                Err(TryLockError::WouldBlock) => OsLock::Busy,
                Err(TryLockError::Error(e)) if e.kind() == io::ErrorKind::Unsupported => {
                    OsLock::Unsupported
                }
                Err(TryLockError::Error(e)) => return Err(e),
            };
            let took_over = match (judge(recorded, os_lock), take_over) {
                (Verdict::Live(holder), _) => return Ok(LockOutcome::Held(holder)),
                (Verdict::Unverified(holder), TakeOver::IfStale) => {
                    return Ok(LockOutcome::Unverified(holder));
                }
                (Verdict::Free, _) => None,
                (Verdict::Stale(holder) | Verdict::Unverified(holder), _) => Some(holder),
            };
            if !same_file(&file, &path) {
                continue;
            }
            let plan_lock = match lock_plan_file(plan) {
                Ok(plan_lock) => plan_lock,
                Err(holder) => {
                    if took_over.is_none() {
                        // Ours, still empty: nobody else can be using it while we hold it.
                        let _ = fs::remove_file(&path);
                    }
                    return Ok(LockOutcome::Held(holder));
                }
            };
            write_holder(&mut file, &Holder::me())?;
            let lock = PlanLock { file, path, plan: plan_lock, saved: None };
            return Ok(LockOutcome::Acquired { lock, took_over });
        }
        Err(io::Error::other(crate::fl!("lock-keeps-replaced", path = path.display().to_string())))
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Locks the plan file again after a save replaced it (a rename gives it a new inode);
    /// the inode first opened stays locked, as other names may still reach it.
    pub fn relock_plan(&mut self, plan: &Path) {
        if let Ok(Some(file)) = lock_plan_file(plan)
            && let Some(previous) = self.saved.replace(file)
        {
            let _ = previous.unlock();
        }
    }
}

impl Drop for PlanLock {
    fn drop(&mut self) {
        // Remove while still holding the lock, so no one locks the orphaned file.
        let _ = fs::remove_file(&self.path);
        let _ = self.file.unlock();
        for plan in self.plan.iter().chain(&self.saved) {
            let _ = plan.unlock();
        }
    }
}

/// An OS lock on the plan file itself (`None` when there is no file yet, or the file system
/// cannot lock); `Err` names the session holding it through another name of the file.
fn lock_plan_file(plan: &Path) -> Result<Option<File>, Holder> {
    let regular = fs::metadata(plan).is_ok_and(|m| m.is_file());
    let Some(file) = regular.then(|| File::open(plan).ok()).flatten() else { return Ok(None) };
    match file.try_lock() {
        Ok(()) => Ok(Some(file)),
        Err(TryLockError::WouldBlock) => Err(holder_of(&file).unwrap_or_else(unknown_holder)),
        Err(TryLockError::Error(_)) => Ok(None),
    }
}

/// Who holds an OS lock on `file`: the process `/proc/locks` names, and the holder recorded in
/// the lock file that process has open.
#[cfg(target_os = "linux")]
fn holder_of(file: &File) -> Option<Holder> {
    use std::os::unix::fs::MetadataExt;
    let meta = file.metadata().ok()?;
    let (major, minor) = (libc::major(meta.dev()), libc::minor(meta.dev()));
    let inode = format!("{major:02x}:{minor:02x}:{}", meta.ino());
    let locks = fs::read_to_string("/proc/locks").ok()?;
    let pid: u32 = locks.lines().find_map(|line| {
        let fields: Vec<&str> = line.split_whitespace().collect();
        let at = fields.iter().position(|f| *f == inode)?;
        fields.get(at.checked_sub(1)?)?.parse().ok()
    })?;
    let fds = fs::read_dir(format!("/proc/{pid}/fd")).ok()?;
    let recorded = fds
        .filter_map(Result::ok)
        .filter_map(|fd| fs::read_link(fd.path()).ok())
        .filter(|target| target.extension().is_some_and(|e| e == "lock"))
        .find_map(|target| Holder::parse(&fs::read_to_string(target).ok()?));
    Some(recorded.unwrap_or(Holder {
        user: crate::fl!("lock-another-napwiz"),
        host: this_host(),
        pid,
        since: crate::fl!("lock-unknown-time"),
    }))
}

#[cfg(not(target_os = "linux"))]
fn holder_of(_file: &File) -> Option<Holder> {
    None
}

fn unknown_holder() -> Holder {
    Holder {
        user: crate::fl!("lock-another-napwiz"),
        host: crate::fl!("lock-unknown-host"),
        pid: 0,
        since: crate::fl!("lock-unknown-time"),
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

    fn holder(host: &str, pid: u32) -> Holder {
        Holder { user: "alice".into(), host: host.into(), pid, since: "2026-11-27 09:00".into() }
    }

    /// Linux pids never reach 4e9 (pid_max is at most 2^22).
    const DEAD: u32 = 4_000_000_000;

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
            other => panic!("second lock not refused: {other:?}"),
        }
        drop(lock);
        assert!(!lock_path(&plan).exists());
        assert!(matches!(PlanLock::acquire(&plan).unwrap(), LockOutcome::Acquired { .. }));
    }

    #[test]
    fn a_stale_lock_file_is_taken_over_and_reported() {
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("plan.ron");
        let dead = holder(&this_host(), DEAD);
        fs::write(lock_path(&plan), ron::to_string(&dead).unwrap()).unwrap();
        match PlanLock::acquire(&plan).unwrap() {
            LockOutcome::Acquired { took_over, .. } => assert_eq!(took_over, Some(dead)),
            other => panic!("stale lock not taken over: {other:?}"),
        }
    }

    #[test]
    fn only_a_dead_process_on_this_host_is_stale() {
        let here = this_host();
        let dead_here = holder(&here, DEAD);
        assert_eq!(judge(Some(dead_here.clone()), OsLock::Got), Verdict::Stale(dead_here));
        // pid 1 always runs; a recorded live process is never taken over on its own.
        let live_here = holder(&here, 1);
        assert_eq!(judge(Some(live_here.clone()), OsLock::Got), Verdict::Live(live_here));
        let elsewhere = holder("another-host.example", DEAD);
        assert_eq!(
            judge(Some(elsewhere.clone()), OsLock::Got),
            Verdict::Unverified(elsewhere.clone())
        );
        assert_eq!(
            judge(Some(elsewhere.clone()), OsLock::Unsupported),
            Verdict::Unverified(elsewhere.clone())
        );
        assert_eq!(judge(Some(elsewhere.clone()), OsLock::Busy), Verdict::Live(elsewhere));
        assert_eq!(judge(None, OsLock::Got), Verdict::Free);
        let me = Holder::me();
        assert_eq!(judge(Some(me.clone()), OsLock::Unsupported), Verdict::Live(me));
    }

    #[test]
    fn a_lock_from_another_host_is_asked_about_and_taken_over_only_when_confirmed() {
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("plan.ron");
        let remote = holder("laptop-of-alice.example", 4242);
        fs::write(lock_path(&plan), ron::to_string(&remote).unwrap()).unwrap();
        match PlanLock::acquire(&plan).unwrap() {
            LockOutcome::Unverified(h) => assert_eq!(h, remote),
            other => panic!("a remote holder must be asked about: {other:?}"),
        }
        let recorded: Holder =
            ron::from_str(&fs::read_to_string(lock_path(&plan)).unwrap()).unwrap();
        assert_eq!(recorded, remote, "asking must not touch the lock file");
        match PlanLock::acquire_with(&plan, TakeOver::Confirmed).unwrap() {
            LockOutcome::Acquired { took_over, .. } => assert_eq!(took_over, Some(remote)),
            other => panic!("a confirmed take-over was refused: {other:?}"),
        }
    }

    #[test]
    fn a_live_holder_is_never_taken_over_even_when_confirmed() {
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("plan.ron");
        let LockOutcome::Acquired { lock, .. } = PlanLock::acquire(&plan).unwrap() else {
            panic!("first lock refused")
        };
        let second = PlanLock::acquire_with(&plan, TakeOver::Confirmed).unwrap();
        assert!(matches!(second, LockOutcome::Held(_)), "{second:?}");
        drop(lock);
    }

    #[test]
    fn control_characters_in_a_lock_file_never_reach_the_screen() {
        let text = ron::to_string(&holder("host\u{1b}]0;pwned\u{7}", 1)).unwrap();
        let parsed = Holder::parse(&text).unwrap();
        assert!(!parsed.to_string().contains('\u{1b}'), "{parsed}");
    }
}
