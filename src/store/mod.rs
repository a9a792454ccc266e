//! Loading and saving plans so that work is never lost: atomic writes, rolling backups, one
//! writer per plan, refusal to overwrite a file changed behind our back, and errors that say
//! where a broken file is broken and how to get the last good copy back.

mod backup;
pub mod facilitator;
mod fingerprint;
mod journal;
mod lock;
pub mod place;
pub mod watch;

use std::collections::BTreeSet;
use std::fmt;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, Result, anyhow, bail};

pub use crate::atomic_file::{write_atomic, write_atomic_with};
pub use backup::{Backup, Backups, KEEP, fnv1a};
pub use journal::journal_path;
pub use lock::{Holder, LockOutcome, PlanLock, TakeOver, current_holder, lock_path};

use fingerprint::Fingerprint;

use crate::plan::patch::Patch;
use crate::plan::{Plan, from_ron, to_ron};
use crate::sanitize::Sanitize;

/// Which file the plan's path names and when it was last written: while these are the same,
/// nobody replaced or rewrote it, so a save need not read a big plan back to find out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct FileStamp {
    len: u64,
    modified: Option<std::time::SystemTime>,
    identity: (u64, u64),
}

impl FileStamp {
    fn of(meta: &std::fs::Metadata) -> Self {
        FileStamp { len: meta.len(), modified: meta.modified().ok(), identity: identity(meta) }
    }

    fn read(path: &Path) -> Option<Self> {
        std::fs::metadata(path).ok().map(|m| Self::of(&m))
    }
}

/// Device and inode: an editor or git that replaces the file gives it a new one.
#[cfg(unix)]
fn identity(meta: &std::fs::Metadata) -> (u64, u64) {
    use std::os::unix::fs::MetadataExt;
    (meta.dev(), meta.ino())
}

/// No identity to compare: the length and time alone would miss a same-size rewrite within
/// the clock's resolution, so elsewhere the stamp never vouches for the file (see `unchanged`).
#[cfg(not(unix))]
fn identity(_meta: &std::fs::Metadata) -> (u64, u64) {
    (0, 0)
}

/// The most a plan file may hold: far beyond any real plan, short of filling the memory.
pub const PLAN_SIZE_LIMIT: u64 = 256 * 1024 * 1024;

/// From this size, an autosave appends the change to the plan's journal instead of rewriting
/// the file (see `journal`): far above a real plan (the embedded pack's fully decided plan is
/// 0.5 MB), so those keep one file, rewritten whole.
pub const JOURNAL_FROM: usize = 4 * 1024 * 1024;

/// Debug builds only: NAPWIZ_JOURNAL_FROM=BYTES lowers [`JOURNAL_FROM`], so tests journal a
/// small plan.
fn journal_from() -> usize {
    let asked = std::env::var("NAPWIZ_JOURNAL_FROM").ok().and_then(|b| b.parse().ok());
    asked.filter(|_| cfg!(debug_assertions)).unwrap_or(JOURNAL_FROM)
}

/// What changed in the plan since its file (with its journal) last held it.
#[derive(Debug, Default)]
struct Pending {
    decisions: BTreeSet<String>,
    /// The reporting periods whole, or else these reports.
    reports: bool,
    report_keys: BTreeSet<crate::plan::patch::ReportKey>,
    /// Changed in ways not recorded as patches: the next save rewrites the file.
    whole: bool,
}

/// What opening the plan for writing does about the journal found when reading it.
#[derive(Debug)]
enum JournalTodo {
    /// Its records were applied: say so, and cut off a torn last record (`good` bytes stay).
    Recovered { records: usize, good: u64 },
    /// The plan file already holds it: remove it.
    Remove,
    /// It belongs to another version of the plan file: keep it under another name, say where.
    KeepStale,
}

/// Why a plan is open read-only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadOnly {
    /// Another session holds the plan.
    LockedBy(Holder),
    /// The user asked for it.
    Requested,
    /// The file's permissions allow no writing (e.g. mode 0444).
    FileNotWritable,
    /// The folder cannot be written (permissions, a read-only mount): no lock, no save.
    FolderNotWritable,
}

impl ReadOnly {
    /// Why, short enough for a status line at 80 columns.
    pub fn summary(&self) -> String {
        match self {
            ReadOnly::LockedBy(holder) => {
                crate::fl!("store-open-elsewhere", holder = holder.to_string())
            }
            ReadOnly::Requested => crate::fl!("store-opened-read-only"),
            ReadOnly::FileNotWritable => crate::fl!("store-file-read-only-short"),
            ReadOnly::FolderNotWritable => crate::fl!("store-folder-read-only-short"),
        }
    }

    /// Why, and what to do about it, in one sentence.
    pub fn explain(&self, path: &Path) -> String {
        match self {
            ReadOnly::LockedBy(holder) => {
                crate::fl!("store-open-elsewhere", holder = holder.to_string())
            }
            ReadOnly::Requested => crate::fl!("store-opened-read-only"),
            ReadOnly::FileNotWritable => {
                crate::fl!("store-file-read-only", path = path.display().to_string())
            }
            ReadOnly::FolderNotWritable => {
                crate::fl!("store-folder-read-only", folder = folder_of(path).display().to_string())
            }
        }
    }
}

/// A plan that cannot be written, for a reason other than another session.
#[derive(Debug)]
pub struct NotWritable {
    pub path: PathBuf,
    pub why: ReadOnly,
}

impl fmt::Display for NotWritable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (path, why) = (self.path.display().to_string(), self.why.explain(&self.path));
        f.write_str(&crate::fl!("store-plan-read-only", path = path, why = why))
    }
}

impl std::error::Error for NotWritable {}

/// A lock names a holder napwiz cannot check (on another computer): the user must choose.
#[derive(Debug)]
pub struct LockUnverified {
    pub path: PathBuf,
    pub holder: Holder,
}

impl fmt::Display for LockUnverified {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (path, holder) = (self.path.display().to_string(), self.holder.to_string());
        f.write_str(&crate::fl!("store-lock-unverified", path = path, holder = holder))
    }
}

impl std::error::Error for LockUnverified {}

/// Another napwiz has the plan open for writing.
#[derive(Debug)]
pub struct PlanLocked {
    pub path: PathBuf,
    pub holder: Holder,
}

impl fmt::Display for PlanLocked {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (path, holder) = (self.path.display().to_string(), self.holder.to_string());
        f.write_str(&crate::fl!("store-locked", path = path, holder = holder))
    }
}

impl std::error::Error for PlanLocked {}

/// The plan on disk changed since napwiz read it (a git pull, an editor, another tool).
#[derive(Debug)]
pub struct ChangedOnDisk {
    pub path: PathBuf,
    pub kept_in: Option<PathBuf>,
}

impl fmt::Display for ChangedOnDisk {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let path = self.path.display().to_string();
        f.write_str(&crate::fl!("store-changed-on-disk", path = path))?;
        if let Some(kept) = &self.kept_in {
            let kept = kept.display().to_string();
            write!(f, " {}", crate::fl!("store-version-kept", kept = kept))?;
        }
        Ok(())
    }
}

impl std::error::Error for ChangedOnDisk {}

/// Where a follower's last read of a plan ended: the plan file as it was then, and how far
/// into its journal (0: none read).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReadTo {
    stamp: FileStamp,
    plan: Fingerprint,
    journal: u64,
}

/// What changed since `since` when only the journal did (a big plan's autosave appends there):
/// its new records, oldest first, and where this read ends. `None` when the plan file itself
/// changed (a whole save, a compaction, an edit elsewhere) or the journal is not one to read on
/// in: then the plan is read whole, as [`PlanFile::read`] does.
pub fn read_on(path: &Path, since: ReadTo) -> Option<(Vec<Patch>, ReadTo)> {
    if FileStamp::read(path) != Some(since.stamp) {
        return None;
    }
    let (records, end) =
        journal::read_on(&journal_path(path), since.plan, since.journal).ok()??;
    // A journal removed and begun again in between would start before where we were.
    if end < since.journal {
        return None;
    }
    Some((records, ReadTo { journal: end, ..since }))
}

/// Folding the journal into the plan file failed (a full disk, a file size limit, the folder made
/// read-only), but the journal, fsynced before, still holds every change: nothing is lost, and
/// the next napwiz to open the plan applies it. Not said when the plan changed on disk: that is
/// [`ChangedOnDisk`], and the journal no longer extends the file.
#[derive(Debug)]
pub struct NotFolded {
    pub path: PathBuf,
    pub error: String,
}

impl fmt::Display for NotFolded {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::fl!(
            "store-journal-not-folded",
            path = self.path.display().to_string(),
            journal = journal_path(&self.path).display().to_string(),
            error = self.error.as_str()
        ))
    }
}

impl std::error::Error for NotFolded {}

/// How often a plain save makes a backup: every save from the command line; at most one a
/// minute while autosaving in the wizard.
#[derive(Debug, Clone, Copy)]
pub struct BackupPolicy {
    pub min_interval: Duration,
}

impl BackupPolicy {
    pub const EVERY_SAVE: BackupPolicy = BackupPolicy { min_interval: Duration::ZERO };
    pub const AUTOSAVE: BackupPolicy = BackupPolicy { min_interval: Duration::from_secs(60) };
}

/// A plan opened from a file.
#[derive(Debug)]
pub struct PlanFile {
    pub path: PathBuf,
    pub plan: Plan,
    /// `None` when open for writing.
    pub read_only: Option<ReadOnly>,
    /// Things the user should be told about the load (stripped characters, migration, a stale
    /// lock taken over).
    pub notices: Vec<String>,
    lock: Option<PlanLock>,
    on_disk: Option<Fingerprint>,
    /// The file as last read or written; see [`FileStamp`].
    stamp: Option<FileStamp>,
    /// The original text of a file in an older format, backed up before the first save.
    pre_migration: Option<Vec<u8>>,
    backups: Backups,
    policy: BackupPolicy,
    /// The length of the plan's journal as written or read, while one extends the plan file.
    journal: Option<u64>,
    journal_todo: Option<JournalTodo>,
    pending: Pending,
}

/// The outcome of a save.
#[derive(Debug)]
pub struct Saved {
    pub bytes: usize,
    pub backup: Option<PathBuf>,
    /// The plan was saved, but its backup could not be written (shown as a warning).
    pub backup_error: Option<String>,
}

impl PlanFile {
    /// Opens a plan for writing; fails with [`PlanLocked`] if another session holds it,
    /// [`LockUnverified`] if its holder cannot be checked, [`NotWritable`] if the file or its
    /// folder cannot be written.
    pub fn open(path: &Path) -> Result<PlanFile> {
        Self::open_with(path, TakeOver::IfStale)
    }

    /// Opens a plan for writing; `TakeOver::Confirmed` takes over a lock whose holder cannot
    /// be checked (the user said that session has ended).
    pub fn open_with(path: &Path, take_over: TakeOver) -> Result<PlanFile> {
        let mut file = Self::read(path)?;
        file.take_lock(take_over)?;
        Ok(file)
    }

    /// Takes the lock of a plan read with [`PlanFile::read`], to write it (so a big plan is
    /// parsed once); fails as [`PlanFile::open_with`] does. A change to the file since it was
    /// read is caught by the first save, as any change behind our back is.
    fn take_lock(&mut self, take_over: TakeOver) -> Result<()> {
        let file = self;
        let path = &file.path.clone();
        if let Some(why) = not_writable(path) {
            return Err(NotWritable { path: path.to_path_buf(), why }.into());
        }
        let outcome = match PlanLock::acquire_with(path, take_over) {
            Ok(outcome) => outcome,
            Err(e) if folder_refuses(&e) => {
                let why = ReadOnly::FolderNotWritable;
                return Err(NotWritable { path: path.to_path_buf(), why }.into());
            }
            Err(e) => return Err(anyhow::Error::new(e).context(lock_failure(path))),
        };
        let lock = match outcome {
            LockOutcome::Acquired { lock, took_over } => {
                file.notices.extend(took_over.map(|holder| took_over_notice(&holder)));
                lock
            }
            LockOutcome::Held(holder) => {
                return Err(PlanLocked { path: path.to_path_buf(), holder }.into());
            }
            LockOutcome::Unverified(holder) => {
                return Err(LockUnverified { path: path.to_path_buf(), holder }.into());
            }
        };
        remove_stale_temps(path);
        file.settle_journal();
        file.notices.extend(hard_link_notice(path));
        file.lock = Some(lock);
        file.read_only = None;
        Ok(())
    }

    /// Opens a plan for writing if it can, read-only (and says why) if another session holds
    /// it or the file or folder cannot be written. A lock whose holder cannot be checked is
    /// returned as [`LockUnverified`], for the caller to ask the user.
    pub fn open_or_read_only(path: &Path) -> Result<PlanFile> {
        Self::read(path)?.lock_or_read_only()
    }

    /// [`PlanFile::open_or_read_only`] for a plan already read with [`PlanFile::read`].
    pub fn lock_or_read_only(mut self) -> Result<PlanFile> {
        let err = match self.take_lock(TakeOver::IfStale) {
            Ok(()) => return Ok(self),
            Err(err) => err,
        };
        let why = match err.downcast::<PlanLocked>() {
            Ok(locked) => ReadOnly::LockedBy(locked.holder),
            Err(err) => err.downcast::<NotWritable>()?.why,
        };
        self.read_only = Some(why);
        Ok(self)
    }

    /// Reads a plan to show it read-only, for the reason given.
    pub fn read_only_because(path: &Path, why: ReadOnly) -> Result<PlanFile> {
        let mut file = Self::read(path)?;
        file.read_only = Some(why);
        Ok(file)
    }

    /// Reads a plan without locking it; it cannot be saved. A journal beside it (see
    /// `journal`) is applied when it extends this very file, and never removed: only the writer,
    /// holding the lock, folds it into the plan.
    pub fn read(path: &Path) -> Result<PlanFile> {
        // The writer may fold the journal into a new plan file between our two reads: read again.
        let mut file = Self::read_once(path)?;
        for _ in 0..3 {
            if !file.stamp.is_some_and(|s| FileStamp::read(path) != Some(s)) {
                break;
            }
            file = Self::read_once(path)?;
        }
        Ok(file)
    }

    fn read_once(path: &Path) -> Result<PlanFile> {
        // Taken before reading: a change in between makes the next save compare the contents.
        let stamp = FileStamp::read(path);
        let bytes =
            crate::paths::read_regular(path, PLAN_SIZE_LIMIT).map_err(|e| read_error(path, e))?;
        let text = std::str::from_utf8(&bytes).map_err(|e| {
            let good = std::str::from_utf8(&bytes[..e.valid_up_to()]).unwrap_or_default();
            let line = good.matches('\n').count() + 1;
            let column = good.rsplit('\n').next().unwrap_or("").chars().count() + 1;
            let message = crate::fl!(
                "store-not-utf8",
                path = path.display().to_string(),
                line = line.to_string(),
                column = column.to_string(),
                byte = (e.valid_up_to() + 1).to_string()
            );
            anyhow!("{message}{}", untouched_hint(path))
        })?;
        let parsed = from_ron(&path.display().to_string(), text).map_err(|problem| {
            anyhow!(
                "{}{}",
                crate::fl!("store-unreadable", problem = problem.to_string()),
                untouched_hint(path)
            )
        })?;
        let mut plan = parsed.plan;
        let mut notices = vec![];
        let on_disk = Fingerprint::of(&bytes);
        let (journal, journal_todo) = apply_journal(path, on_disk, &mut plan, &mut notices);
        let stripped = plan.sanitize();
        if stripped > 0 {
            notices.push(crate::fl!("store-control-characters", count = stripped));
        }
        if let Some(v) = parsed.migrated_from {
            notices.push(crate::fl!(
                "store-migrated",
                from = v.to_string(),
                to = crate::plan::PLAN_VERSION.to_string()
            ));
        }
        Ok(PlanFile {
            path: path.to_path_buf(),
            plan,
            read_only: Some(ReadOnly::Requested),
            notices,
            lock: None,
            on_disk: Some(on_disk),
            stamp,
            pre_migration: parsed.migrated_from.map(|_| bytes),
            backups: Backups::for_plan(path),
            policy: BackupPolicy::EVERY_SAVE,
            journal,
            journal_todo,
            pending: Pending::default(),
        })
    }

    /// Writes a new plan file, creating its folder; refuses to replace an existing file unless
    /// `replace` is set (then the old file is backed up first).
    pub fn create(path: &Path, plan: Plan, replace: bool) -> Result<PlanFile> {
        refuse_dangling_link(path)?;
        if path.exists() && replace && not_writable(path) == Some(ReadOnly::FileNotWritable) {
            bail!("{}", crate::fl!("store-replace-read-only", path = path.display().to_string()));
        }
        if path.exists() && !replace {
            bail!("{}", crate::fl!("store-exists", path = path.display().to_string()));
        }
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            crate::paths::ensure_dir(parent)?;
        }
        let lock = match PlanLock::acquire(path).with_context(|| lock_failure(path))? {
            // Another `new` may have written the file while we waited for the lock.
            LockOutcome::Acquired { .. } if path.exists() && !replace => {
                bail!("{}", crate::fl!("store-just-created", path = path.display().to_string()));
            }
            LockOutcome::Acquired { lock, .. } => lock,
            LockOutcome::Held(holder) => {
                return Err(PlanLocked { path: path.to_path_buf(), holder }.into());
            }
            LockOutcome::Unverified(holder) => {
                return Err(LockUnverified { path: path.to_path_buf(), holder }.into());
            }
        };
        let backups = Backups::for_plan(path);
        let (on_disk, replaced) = match std::fs::read(path) {
            Ok(old) => {
                let on_disk = Fingerprint::of(&old);
                let replaced = Replaced::read(path, old);
                backups
                    .record(&replaced.bytes, Some("before-replace"), Duration::ZERO)
                    .with_context(|| {
                        crate::fl!("store-backup-before-replace", path = path.display().to_string())
                    })?;
                (Some(on_disk), Some(replaced))
            }
            Err(_) => (None, None),
        };
        let mut file = PlanFile {
            path: path.to_path_buf(),
            plan,
            read_only: None,
            notices: vec![],
            lock: Some(lock),
            on_disk,
            stamp: None,
            pre_migration: None,
            backups,
            policy: BackupPolicy::EVERY_SAVE,
            journal: None,
            journal_todo: None,
            pending: Pending::default(),
        };
        match replaced {
            Some(replaced) => file.notices.extend(replaced.retire_journal(path)),
            None => keep_stale_journal(path, &mut file.notices),
        }
        file.save()?;
        Ok(file)
    }

    pub fn set_backup_policy(&mut self, policy: BackupPolicy) {
        self.policy = policy;
    }

    pub fn backups(&self) -> &Backups {
        &self.backups
    }

    /// Refuses a save of a plan opened read-only, or whose file or folder is no longer writable.
    fn check_writable(&self) -> Result<()> {
        if let Some(why) = &self.read_only {
            let path = self.path.display().to_string();
            bail!(
                "{}",
                crate::fl!("store-plan-read-only", path = path, why = why.explain(&self.path))
            );
        }
        self.check_still_writable()
    }

    /// Saves the plan atomically, after checking nobody changed the file behind our back.
    pub fn save(&mut self) -> Result<Saved> {
        self.check_writable()?;
        let text = to_ron(&self.plan);
        self.check_unchanged_on_disk(|| text.clone())?;
        self.write(text)
    }

    /// A change made to a copy of the plan (the wizard's), brought to this one; the next
    /// [`PlanFile::autosave`] writes what it touched.
    pub fn apply_change(&mut self, change: Patch) {
        self.pending.decisions.extend(change.decision_ids().cloned());
        self.pending.reports |= change.holds_all_reports();
        self.pending.report_keys.extend(change.report_keys().iter().cloned());
        change.apply(&mut self.plan);
    }

    /// The plan was changed in place (not through [`PlanFile::apply_change`]): the next save
    /// rewrites the whole file.
    pub fn changed_in_place(&mut self) {
        self.pending.whole = true;
    }

    /// Saves what changed since the last save: a big plan (see [`JOURNAL_FROM`]) appends the
    /// changes to its journal, so the save costs what the change costs; any other plan is
    /// rewritten as [`PlanFile::save`] does, and so is a big one whose journal has grown to a
    /// quarter of the plan (its rewrite, amortised, stays a small share of each save).
    pub fn autosave(&mut self) -> Result<Saved> {
        let Some(plan) = self.on_disk.filter(|_| self.journals()) else { return self.save() };
        if self.journal.is_some_and(|len| len > plan.len as u64 / 4) {
            return self.save();
        }
        self.check_writable()?;
        self.check_unchanged_on_disk(|| to_ron(&self.plan))?;
        let decisions = std::mem::take(&mut self.pending.decisions);
        let reports = std::mem::take(&mut self.pending.report_keys);
        let patch = Patch::record_parts(&self.plan, decisions, self.pending.reports, reports);
        let record = journal::record_text(&patch);
        match journal::append(&journal_path(&self.path), self.journal, plan, &record) {
            Ok(len) => {
                (self.journal, self.pending) = (Some(len), Pending::default());
                Ok(Saved { bytes: record.len(), backup: None, backup_error: None })
            }
            // The journal cannot take it (removed or written behind our back, the disk): the
            // whole plan then, which also says why if that fails too.
            Err(_) => {
                self.pending.decisions.extend(patch.decision_ids().cloned());
                self.pending.report_keys.extend(patch.report_keys().iter().cloned());
                self.save()
            }
        }
    }

    /// Whether saves go to the journal: a big plan in the current format, known on disk.
    fn journals(&self) -> bool {
        let big = self.on_disk.is_some_and(|f| f.len >= journal_from());
        big && !self.pending.whole && self.pre_migration.is_none()
    }

    /// Releases the lock and leaves the rest for the end of the process, which is near: freeing
    /// a big plan an allocation at a time only holds the prompt back.
    pub fn close_at_exit(mut self) {
        drop(self.lock.take());
        std::mem::forget(self);
    }

    /// Folds the journal into the plan file (a whole save) and removes it; nothing to do without
    /// one. For closing the plan and before the plan file is read or written whole.
    /// A failure is [`NotFolded`] unless the plan changed on disk ([`ChangedOnDisk`]).
    pub fn compact(&mut self) -> Result<Option<Saved>> {
        if self.journal.is_none() || self.read_only.is_some() {
            return Ok(None);
        }
        self.save().map(Some).map_err(|e| {
            if e.is::<ChangedOnDisk>() {
                return e;
            }
            // Why alone: the save's own message says the changes are still open in napwiz.
            let error = e.downcast_ref::<SaveFailed>().map_or_else(
                || format!("{e:#}"),
                |failed| match failed.why == failed.error {
                    true => failed.error.clone(),
                    false => format!("{}: {}", failed.why, failed.error),
                },
            );
            NotFolded { path: self.path.clone(), error }.into()
        })
    }

    /// The length of the plan file as last read or written.
    pub fn plan_size(&self) -> usize {
        self.on_disk.map_or(0, |f| f.len)
    }

    /// Where this read of the plan ended, for a follower to read on from (see [`read_on`]).
    /// Only where a file's identity can be checked (Unix): elsewhere it is read whole.
    pub fn read_to(&self) -> Option<ReadTo> {
        let (stamp, plan) = (self.stamp?, self.on_disk?);
        let journal = self.journal.unwrap_or(0);
        cfg!(unix).then_some(ReadTo { stamp, plan, journal })
    }

    /// Whether a journal holds changes the plan file does not.
    pub fn has_journal(&self) -> bool {
        self.journal.is_some()
    }

    /// Once the lock is ours: what reading found in the journal is acted on (see [`JournalTodo`]).
    fn settle_journal(&mut self) {
        let journal = journal_path(&self.path);
        let name = journal.display().to_string();
        match self.journal_todo.take() {
            None => {}
            Some(JournalTodo::Recovered { records, good }) => {
                if records > 0 {
                    self.notices.push(crate::fl!(
                        "store-journal-recovered",
                        count = records,
                        journal = name
                    ));
                }
                if journal::truncate(&journal, good).is_err() {
                    // Unsure where the journal ends: the next save rewrites the plan instead.
                    self.pending.whole = true;
                }
            }
            Some(JournalTodo::Remove) => {
                let _ = journal::remove(&journal);
            }
            Some(JournalTodo::KeepStale) => keep_stale_journal(&self.path, &mut self.notices),
        }
    }

    /// Saves even though the file changed on disk (after the user chose to keep their version).
    /// The version on disk is backed up first.
    pub fn save_over(&mut self) -> Result<Saved> {
        self.check_still_writable()?;
        if let Ok(theirs) = std::fs::read(&self.path) {
            self.backups
                .record(&theirs, Some("overwritten"), Duration::ZERO)
                .with_context(|| crate::fl!("store-backup-theirs"))?;
        }
        self.on_disk = None;
        self.stamp = None;
        self.write(to_ron(&self.plan))
    }

    /// The file was made read-only (chmod a-w) while open: respect it rather than replace it.
    fn check_still_writable(&self) -> Result<()> {
        match not_writable(&self.path) {
            Some(why @ ReadOnly::FileNotWritable) => Err(anyhow!(
                "{}",
                crate::fl!(
                    "store-save-not-writable",
                    path = self.path.display().to_string(),
                    why = why.explain(&self.path)
                )
            )),
            _ => Ok(()),
        }
    }

    /// `ours` is the plan's text, made only to keep it when the file did change.
    fn check_unchanged_on_disk(&self, ours: impl FnOnce() -> String) -> Result<()> {
        if cfg!(unix) && self.stamp.is_some() && FileStamp::read(&self.path) == self.stamp {
            return Ok(());
        }
        let now = match std::fs::read(&self.path) {
            Ok(bytes) => Some(Fingerprint::of(&bytes)),
            Err(e) if is_gone(&e) && self.on_disk.is_some() => return Err(self.gone()),
            Err(e) if e.kind() == io::ErrorKind::NotFound => None,
            Err(e) => return Err(read_error(&self.path, e)),
        };
        if now == self.on_disk {
            return Ok(());
        }
        let ours = ours();
        let kept_in =
            self.backups.record(ours.as_bytes(), Some("conflict"), Duration::ZERO).ok().flatten();
        Err(ChangedOnDisk { path: self.path.clone(), kept_in }.into())
    }

    /// The plan file (or its folder) disappeared since we read it.
    fn gone(&self) -> anyhow::Error {
        let folder = self.path.parent().filter(|p| !p.as_os_str().is_empty());
        let what = match folder {
            Some(dir) if dir.exists() && !dir.is_dir() => {
                crate::fl!("store-folder-replaced-named", folder = dir.display().to_string())
            }
            Some(dir) if !dir.is_dir() => {
                crate::fl!("store-folder-gone-named", folder = dir.display().to_string())
            }
            _ => crate::fl!("store-file-gone"),
        };
        let path = self.path.display().to_string();
        anyhow!("{}", crate::fl!("store-save-gone", path = path, what = what))
    }

    fn write(&mut self, text: String) -> Result<Saved> {
        if let Some(original) = &self.pre_migration {
            self.backups
                .record(original, Some("before-migration"), Duration::ZERO)
                .with_context(|| crate::fl!("store-backup-before-migration"))?;
        }
        let journal = journal_path(&self.path);
        if let Some(len) = self.journal {
            // A crash after the rename but before the journal is gone must not make it look stale.
            // If the write then fails, the journal goes on from its new end.
            if let Ok(marked) =
                journal::mark_compacted(&journal, len, Fingerprint::of(text.as_bytes()))
            {
                self.journal = Some(marked);
            }
        }
        let mut stamp = None;
        write_atomic_with(&self.path, |file| {
            file.write_all(text.as_bytes())?;
            // The written file's own stamp: the rename keeps it, and no other writer can slip in.
            stamp = file.metadata().ok().map(|m| FileStamp::of(&m));
            Ok(())
        })
        .map_err(|e| save_error(&self.path, e))?;
        self.pre_migration = None;
        if self.journal.take().is_some() && journal::remove(&journal).is_err() {
            // Left behind, it names the old file and is kept aside as stale: nothing is lost.
            self.notices
                .push(crate::fl!("store-journal-left", journal = journal.display().to_string()));
        }
        self.pending = Pending::default();
        self.on_disk = Some(Fingerprint::of(text.as_bytes()));
        self.stamp = stamp;
        if let Some(lock) = &mut self.lock {
            lock.relock_plan(&self.path);
        }
        let (backup, backup_error) =
            match self.backups.record(text.as_bytes(), None, self.policy.min_interval) {
                Ok(path) => (path, None),
                Err(e) => (
                    None,
                    Some(crate::fl!(
                        "store-backup-failed",
                        folder = self.backups.dir().display().to_string(),
                        error = e.to_string()
                    )),
                ),
            };
        Ok(Saved { bytes: text.len(), backup, backup_error })
    }
}

/// Applies the plan's journal to `plan` when it extends the file read (fingerprint `on_disk`);
/// says what was left out. Returns the journal's length and what the writer must do about it.
fn apply_journal(
    path: &Path,
    on_disk: Fingerprint,
    plan: &mut Plan,
    notices: &mut Vec<String>,
) -> (Option<u64>, Option<JournalTodo>) {
    let journal = journal_path(path);
    let name = journal.display().to_string();
    let plan_name = path.display().to_string();
    match journal::read(&journal, on_disk, PLAN_SIZE_LIMIT) {
        Ok(journal::Found::Nothing) => (None, None),
        Ok(journal::Found::Changes { records, good, dropped }) => {
            if dropped > 0 {
                notices.push(crate::fl!("store-journal-torn", count = dropped, journal = name));
            }
            let count = records.len();
            for record in records {
                record.apply(plan);
            }
            (Some(good), Some(JournalTodo::Recovered { records: count, good }))
        }
        Ok(journal::Found::Folded) => (None, Some(JournalTodo::Remove)),
        Ok(journal::Found::Stale) => {
            notices.push(crate::fl!("store-journal-stale", journal = name, path = plan_name));
            (None, Some(JournalTodo::KeepStale))
        }
        Err(e) => {
            let error = e.to_string();
            notices.push(crate::fl!("store-journal-unreadable", journal = name, error = error));
            (None, None)
        }
    }
}

/// A plan file about to be replaced (`new --force`, `backups --restore`), as its readers see it:
/// what the backup taken first must hold. When a journal extends the file (a wizard was stopped
/// before folding it in), its changes are applied and the plan written whole, so the backup
/// holds them and the journal, stale once the file is replaced, can go.
pub struct Replaced {
    pub bytes: Vec<u8>,
    /// How many of the journal's changes `bytes` holds.
    journalled: usize,
}

impl Replaced {
    /// `bytes` is the file's content, read by the caller.
    pub fn read(path: &Path, bytes: Vec<u8>) -> Replaced {
        let found = journal::read(&journal_path(path), Fingerprint::of(&bytes), PLAN_SIZE_LIMIT);
        let records = match found {
            Ok(journal::Found::Changes { records, .. }) if !records.is_empty() => records,
            _ => return Replaced { bytes, journalled: 0 },
        };
        let text = std::str::from_utf8(&bytes).ok();
        let Some(parsed) = text.and_then(|t| from_ron(&path.display().to_string(), t).ok()) else {
            // A journal over a file that does not parse is set aside as stale, never lost.
            return Replaced { bytes, journalled: 0 };
        };
        let mut plan = parsed.plan;
        let journalled = records.len();
        for record in records {
            record.apply(&mut plan);
        }
        Replaced { bytes: to_ron(&plan).into_bytes(), journalled }
    }

    /// Once the file is replaced and `bytes` backed up: a journal whose changes the backup holds
    /// is removed, any other is set aside (see [`keep_stale_journal`]). What to tell the user.
    pub fn retire_journal(&self, path: &Path) -> Vec<String> {
        let mut notices = vec![];
        let journal = journal_path(path);
        if self.journalled == 0 {
            keep_stale_journal(path, &mut notices);
        } else if let Err(e) = journal::remove(&journal) {
            let error = e.to_string();
            let name = journal.display().to_string();
            notices.push(crate::fl!("store-journal-unreadable", journal = name, error = error));
        } else {
            let name = journal.display().to_string();
            notices.push(crate::fl!(
                "store-journal-backed-up",
                count = self.journalled,
                journal = name
            ));
        }
        notices
    }
}

/// Moves a journal that does not extend the plan file aside (never applied, never lost) and
/// says where it went.
fn keep_stale_journal(path: &Path, notices: &mut Vec<String>) {
    let journal = journal_path(path);
    if !journal.exists() {
        return;
    }
    let name = journal.display().to_string();
    match journal::keep_stale(&journal) {
        Ok(kept) => notices.push(crate::fl!(
            "store-journal-kept",
            journal = name,
            kept = kept.display().to_string()
        )),
        Err(e) => notices.push(crate::fl!(
            "store-journal-unreadable",
            journal = name,
            error = e.to_string()
        )),
    }
}

/// Removes temporary files left by saves that were killed half-way. Only called while holding
/// the plan's lock, so no other napwiz is writing one of them.
fn remove_stale_temps(path: &Path) {
    let Some(name) = path.file_name().map(|n| n.to_string_lossy().into_owned()) else { return };
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let prefix = format!(".{name}.");
    for entry in entries.filter_map(Result::ok) {
        let file = entry.file_name().to_string_lossy().into_owned();
        if file.starts_with(&prefix) && file.ends_with(".tmp") {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// The text of a plan-sized file (a part, a base, git's merge inputs, a backup): a regular file
/// of at most [`PLAN_SIZE_LIMIT`] bytes of UTF-8, a leading byte order mark dropped.
pub fn read_plan_text(path: &Path) -> io::Result<String> {
    let bytes = crate::paths::read_regular(path, PLAN_SIZE_LIMIT)?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to() + 1;
        io::Error::new(io::ErrorKind::InvalidData, crate::fl!("file-not-utf8", at = at.to_string()))
    })?;
    Ok(text.strip_prefix('\u{feff}').map(str::to_string).unwrap_or(text))
}

/// Why the plan file itself cannot be written, judged from its permission bits (root may
/// write a 0444 file, but the owner made it read-only on purpose) and from trying.
fn not_writable(path: &Path) -> Option<ReadOnly> {
    let meta = std::fs::metadata(path).ok()?;
    if meta.permissions().readonly() {
        return Some(ReadOnly::FileNotWritable);
    }
    match may_write(path) {
        Err(e) if e.kind() == io::ErrorKind::ReadOnlyFilesystem => {
            Some(ReadOnly::FolderNotWritable)
        }
        Err(e) if e.kind() == io::ErrorKind::PermissionDenied => Some(ReadOnly::FileNotWritable),
        _ => None,
    }
}

/// Asks the OS whether this user may write the file, without opening it (an open for writing
/// would tell file watchers it changed).
#[cfg(unix)]
fn may_write(path: &Path) -> io::Result<()> {
    use std::os::unix::ffi::OsStrExt;
    let c_path = std::ffi::CString::new(path.as_os_str().as_bytes()).map_err(io::Error::other)?;
    // SAFETY: a valid NUL-terminated path that outlives the call; faccessat only reads it.
    let status =
        unsafe { libc::faccessat(libc::AT_FDCWD, c_path.as_ptr(), libc::W_OK, libc::AT_EACCESS) };
    if status == 0 { Ok(()) } else { Err(io::Error::last_os_error()) }
}

#[cfg(not(unix))]
fn may_write(_path: &Path) -> io::Result<()> {
    Ok(())
}

/// Creating the lock file failed because the folder cannot be written: the plan can still be
/// read.
pub fn folder_refuses(e: &io::Error) -> bool {
    matches!(e.kind(), io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem)
}

/// Saving replaces the file (atomically), which splits it from its other hard-linked names.
#[cfg(unix)]
fn hard_link_notice(path: &Path) -> Option<String> {
    use std::os::unix::fs::MetadataExt;
    let names = std::fs::metadata(path).ok()?.nlink();
    (names > 1).then(|| crate::fl!("store-hard-links", names = names))
}

#[cfg(not(unix))]
fn hard_link_notice(_path: &Path) -> Option<String> {
    None
}

fn took_over_notice(holder: &Holder) -> String {
    if holder.host == Holder::me().host {
        crate::fl!("store-took-over-stale", holder = holder.to_string())
    } else {
        crate::fl!("store-took-over", user = holder.user.as_str(), host = holder.host.as_str())
    }
}

/// `napwiz new` on a symlink to nothing would replace the link with a file: refuse.
fn refuse_dangling_link(path: &Path) -> Result<()> {
    let is_link = std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
    if !is_link || path.exists() {
        return Ok(());
    }
    let target = std::fs::read_link(path).unwrap_or_default();
    bail!(
        "{}",
        crate::fl!(
            "store-dangling-link",
            path = path.display().to_string(),
            target = target.display().to_string()
        )
    )
}

fn folder_of(path: &Path) -> PathBuf {
    let real = crate::paths::real(path);
    real.parent().map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}

/// The file is not there: deleted, or its folder removed or replaced by a file.
fn is_gone(e: &io::Error) -> bool {
    matches!(e.kind(), io::ErrorKind::NotFound | io::ErrorKind::NotADirectory)
}

fn lock_failure(path: &Path) -> String {
    crate::fl!("store-lock-file", path = lock_path(path).display().to_string())
}

fn read_error(path: &Path, e: io::Error) -> anyhow::Error {
    match e.kind() {
        io::ErrorKind::NotFound => {
            anyhow!("{}", crate::fl!("store-missing", path = path.display().to_string()))
        }
        io::ErrorKind::PermissionDenied => {
            anyhow!("{}", crate::fl!("store-permission-denied", path = path.display().to_string()))
        }
        _ => anyhow!(
            "{}",
            crate::fl!(
                "store-read-failed",
                path = path.display().to_string(),
                error = e.to_string()
            )
        ),
    }
}

fn save_error(path: &Path, e: io::Error) -> anyhow::Error {
    let why = match e.kind() {
        io::ErrorKind::StorageFull => crate::fl!("store-disk-full"),
        io::ErrorKind::FileTooLarge => crate::fl!("store-file-too-large"),
        io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem => {
            crate::fl!("store-folder-not-writable")
        }
        io::ErrorKind::NotFound => crate::fl!("store-folder-gone"),
        io::ErrorKind::NotADirectory => crate::fl!("store-folder-replaced"),
        _ => e.to_string(),
    };
    SaveFailed { path: path.to_path_buf(), why, error: e.to_string() }.into()
}

/// Writing the plan file failed: why, in words, and the system's error.
#[derive(Debug)]
pub struct SaveFailed {
    path: PathBuf,
    why: String,
    error: String,
}

impl fmt::Display for SaveFailed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::fl!(
            "store-save-failed",
            path = self.path.display().to_string(),
            why = self.why.as_str(),
            error = self.error.as_str()
        ))
    }
}

impl std::error::Error for SaveFailed {}

/// The end of every error about a broken plan: the file was left alone, and where the last good
/// copy is.
fn untouched_hint(path: &Path) -> String {
    let mut hint = format!(" {}", crate::fl!("store-not-changed"));
    if let Ok(list) = Backups::for_plan(path).list() {
        let index = list.iter().position(|b| b.label.is_none()).unwrap_or(0);
        if let Some(last) = list.get(index) {
            hint.push(' ');
            hint.push_str(&crate::fl!(
                "store-last-good-copy",
                taken = last.taken.to_string(),
                backup = last.path.display().to_string(),
                path = path.display().to_string(),
                n = (index + 1)
            ));
        }
    }
    hint
}
