//! Watching a plan for changes made by another napwiz (follow mode). The folder is watched, not
//! the file: a save replaces the file by rename, which a watch on the old file would miss. The
//! operating system's change events are used where they work; a poll of the folder every half
//! second where they do not arrive (network file systems) or cannot be set up.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context, Result};
use notify::{Event, EventKind, PollWatcher, RecommendedWatcher, RecursiveMode, Watcher};

use super::lock::lock_path;
use super::{ReadTo, facilitator};

/// How often the polling fallback looks at the folder.
pub const POLL_INTERVAL: Duration = Duration::from_millis(500);

/// The environment variable that forces polling (as `--follow-poll` does).
pub const POLL_ENV: &str = "NAPWIZ_FOLLOW_POLL";

/// Which of the plan's files changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Watched {
    /// The plan file itself (saved, replaced, deleted, recreated), or its journal (a big plan's
    /// autosave appends there).
    Plan,
    /// Its lock file: the writer arrived or quit.
    Lock,
    /// The facilitator's place beside the plan.
    Place,
}

/// How changes are noticed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WatchKind {
    /// The operating system reports changes (inotify, FSEvents, ...): no work while idle.
    Events,
    /// The folder is read every [`POLL_INTERVAL`].
    Polling,
}

/// A running watch; dropping it stops the watch.
pub struct PlanWatcher {
    _watcher: Box<dyn Watcher + Send>,
    pub kind: WatchKind,
}

impl std::fmt::Debug for PlanWatcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PlanWatcher").field("kind", &self.kind).finish()
    }
}

/// Whether the environment asks for polling (`NAPWIZ_FOLLOW_POLL` set and not `0`).
pub fn poll_forced_by_env() -> bool {
    std::env::var_os(POLL_ENV).is_some_and(|v| !v.is_empty() && v != "0")
}

/// The names in the plan's folder that matter to a follower.
#[derive(Debug, Clone)]
struct Names {
    plan: std::ffi::OsString,
    journal: std::ffi::OsString,
    lock: std::ffi::OsString,
    place: std::ffi::OsString,
}

impl Names {
    fn of(plan: &Path) -> Names {
        let name = |p: PathBuf| p.file_name().unwrap_or_default().to_os_string();
        Names {
            plan: name(crate::paths::real(plan)),
            journal: name(super::journal_path(plan)),
            lock: name(lock_path(plan)),
            place: name(facilitator::path(plan)),
        }
    }

    fn which(&self, path: &Path) -> Option<Watched> {
        let name = path.file_name()?;
        let files = [
            (&self.plan, Watched::Plan),
            (&self.journal, Watched::Plan),
            (&self.lock, Watched::Lock),
            (&self.place, Watched::Place),
        ];
        files.into_iter().find(|(n, _)| n.as_os_str() == name).map(|(_, w)| w)
    }
}

impl PlanWatcher {
    /// Watches `plan`'s folder and calls `changed` for every change to the plan, its lock or
    /// the facilitator's place; polls when `poll` is set or change events cannot be set up.
    pub fn start(
        plan: &Path,
        poll: bool,
        changed: impl Fn(Watched) + Send + Sync + 'static,
    ) -> Result<PlanWatcher> {
        let real = crate::paths::real(plan);
        let folder = real.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        let handler = handler(Names::of(plan), Arc::new(changed));
        if !poll && let Ok(watcher) = events(folder, handler.clone()) {
            return Ok(PlanWatcher { _watcher: watcher, kind: WatchKind::Events });
        }
        // Modification times are compared to the second only: two saves in one second differ
        // in their content.
        let config =
            notify::Config::default().with_poll_interval(POLL_INTERVAL).with_compare_contents(true);
        let mut watcher = PollWatcher::new(move |e| handler(e), config)
            .with_context(|| crate::fl!("watch-failed", path = folder.display().to_string()))?;
        watcher.watch(folder, RecursiveMode::NonRecursive).with_context(|| {
            crate::fl!("watch-folder-failed", path = folder.display().to_string())
        })?;
        Ok(PlanWatcher { _watcher: Box::new(watcher), kind: WatchKind::Polling })
    }
}

type Handler = Arc<dyn Fn(notify::Result<Event>) + Send + Sync>;

/// Change events from the operating system, on the plan's folder.
fn events(folder: &Path, handler: Handler) -> notify::Result<Box<dyn Watcher + Send>> {
    let mut watcher = RecommendedWatcher::new(move |e| handler(e), notify::Config::default())?;
    watcher.watch(folder, RecursiveMode::NonRecursive)?;
    Ok(Box::new(watcher))
}

/// Turns the folder's events into calls of `changed`; reading a file (our own reloads) is no
/// change, and a watch that reports an error is told as a change of the plan, to look again.
fn handler(names: Names, changed: Arc<dyn Fn(Watched) + Send + Sync>) -> Handler {
    Arc::new(move |event: notify::Result<Event>| {
        let Ok(event) = event else { return changed(Watched::Plan) };
        if matches!(event.kind, EventKind::Access(_)) {
            return;
        }
        let mut seen: Vec<Watched> = event.paths.iter().filter_map(|p| names.which(p)).collect();
        seen.dedup();
        for which in seen {
            changed(which);
        }
    })
}

/// The plan as it is on disk now, through the same cleaning loader as opening it; a follower
/// that cannot read it is told why in one sentence (a missing file, a torn or broken copy).
pub fn read_plan(plan: &Path) -> Result<crate::plan::Plan> {
    read_plan_file(plan).map(|file| file.plan)
}

/// What a follower reads after the plan or its journal changed.
pub enum Reread {
    /// Only the journal grew (a big plan's autosave): its new records, to apply in order to the
    /// plan as last read (`plan::diff::apply_change`).
    Records(Vec<crate::plan::patch::Patch>),
    /// The plan, read whole: the first read, or the plan file itself changed.
    Whole(Box<crate::plan::Plan>),
}

/// Reads what changed since `since` (where the last read ended): the journal's new records when
/// only the journal grew, so a follower of a big plan pays for the change and not for the plan;
/// else the whole plan, as [`read_plan`]. Returns where this read ended.
pub fn reread(plan: &Path, since: Option<ReadTo>) -> Result<(Reread, Option<ReadTo>)> {
    if let Some((records, to)) = since.and_then(|since| super::read_on(plan, since)) {
        return Ok((Reread::Records(records), Some(to)));
    }
    let (plan, to) = read_whole(plan)?;
    Ok((Reread::Whole(Box::new(plan)), to))
}

/// The plan read whole, as [`read_plan`], and where the read ended (see [`reread`]).
pub fn read_whole(plan: &Path) -> Result<(crate::plan::Plan, Option<ReadTo>)> {
    let file = read_plan_file(plan)?;
    let to = file.read_to();
    Ok((file.plan, to))
}

fn read_plan_file(plan: &Path) -> Result<super::PlanFile> {
    if !plan.exists() {
        anyhow::bail!("{}", crate::fl!("watch-plan-gone"));
    }
    match super::PlanFile::read(plan) {
        Ok(file) => Ok(file),
        // The advice on restoring a backup is for the writer; a follower only waits.
        Err(e) => {
            let text = format!("{e:#}");
            let not_changed = format!(" {}", crate::fl!("store-not-changed"));
            let why = text.split(not_changed.as_str()).next().unwrap_or(&text);
            Err(anyhow::anyhow!("{}", why.trim_end_matches('.')))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::mpsc;

    fn watch(poll: bool) -> (tempfile::TempDir, PathBuf, PlanWatcher, mpsc::Receiver<Watched>) {
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("nap.ron");
        std::fs::write(&plan, "first").unwrap();
        let (tx, rx) = mpsc::channel();
        let tx = std::sync::Mutex::new(tx);
        let watcher = PlanWatcher::start(&plan, poll, move |w| {
            let _ = tx.lock().unwrap().send(w);
        })
        .unwrap();
        (dir, plan, watcher, rx)
    }

    fn next(rx: &mpsc::Receiver<Watched>) -> Watched {
        rx.recv_timeout(Duration::from_secs(5)).expect("a change within 5 s")
    }

    #[test]
    fn a_save_by_rename_is_seen_and_other_files_are_not() {
        let (dir, plan, watcher, rx) = watch(false);
        assert_eq!(watcher.kind, WatchKind::Events);
        std::fs::write(dir.path().join("other.txt"), "x").unwrap();
        crate::atomic_file::write_atomic(&plan, b"second").unwrap();
        assert_eq!(next(&rx), Watched::Plan);
        std::fs::read(&plan).unwrap();
        std::thread::sleep(Duration::from_millis(200));
        assert!(rx.try_iter().all(|w| w == Watched::Plan), "only the plan's own events");
    }

    #[test]
    fn polling_sees_a_replaced_plan_and_a_new_lock() {
        let (_dir, plan, watcher, rx) = watch(true);
        assert_eq!(watcher.kind, WatchKind::Polling);
        std::thread::sleep(POLL_INTERVAL);
        crate::atomic_file::write_atomic(&plan, b"second, longer").unwrap();
        std::fs::write(lock_path(&plan), "holder").unwrap();
        let mut seen = vec![next(&rx)];
        while seen.len() < 2 {
            seen.push(next(&rx));
        }
        assert!(seen.contains(&Watched::Plan) && seen.contains(&Watched::Lock), "{seen:?}");
    }
}
