//! Keeping every word on every way out: the state a signal or a panic can save without the main
//! thread, emergency backups, text kept aside, the signal thread and the panic hook.
//!
//! This module restores the terminal, so it may open stdout (clippy.toml forbids it elsewhere).

#![allow(clippy::disallowed_methods)]

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};

use anyhow::{Context, Result};
use crossterm::event::{DisableBracketedPaste, DisableMouseCapture};
use crossterm::execute;
use crossterm::terminal::{self, LeaveAlternateScreen};

use super::typed::Typed;
use crate::paths;
use crate::plan::patch::Patch;
use crate::plan::{Plan, to_ron};
use crate::store::{Backups, PlanFile};

/// What the signal thread and the panic hook can save without the main thread: the open plan
/// file (its plan as last saved), the changes made since (passed on after every event, so the
/// plan is never copied whole), and the text being typed right now.
#[derive(Default)]
pub struct Shared {
    file: Option<PlanFile>,
    /// Changes to bring `file`'s plan up to date with, oldest first.
    changes: Vec<Patch>,
    pub typed: Option<Typed>,
}

impl Shared {
    pub fn file(&mut self) -> Option<&mut PlanFile> {
        self.file.as_mut()
    }

    /// A new plan file (or none): the changes passed on belonged to the one before, which is
    /// left without a journal beside it when it can be (its journal keeps them otherwise).
    pub fn set_file(&mut self, file: Option<PlanFile>) {
        self.fold_journal();
        self.file = file;
        self.changes.clear();
    }

    /// As `set_file(None)` when the process ends next (see [`PlanFile::close_at_exit`]).
    pub fn close_at_exit(&mut self) {
        self.fold_journal();
        if let Some(file) = self.file.take() {
            file.close_at_exit();
        }
        self.changes.clear();
    }

    fn fold_journal(&mut self) {
        if let Some(old) = self.file_up_to_date() {
            let _ = old.compact();
        }
    }

    /// Changes made to the open plan since they were last passed on.
    pub fn pass_on(&mut self, changes: Vec<Patch>) {
        self.changes.extend(changes);
    }

    /// The plan file with its plan brought up to date with every change passed on.
    pub fn file_up_to_date(&mut self) -> Option<&mut PlanFile> {
        let file = self.file.as_mut()?;
        for change in self.changes.drain(..) {
            file.apply_change(change);
        }
        Some(file)
    }
}

pub type SharedState = Arc<Mutex<Shared>>;

pub fn lock(shared: &SharedState) -> MutexGuard<'_, Shared> {
    shared.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

pub fn restore_terminal() {
    let _ = terminal::disable_raw_mode();
    let _ = execute!(
        io::stdout(),
        DisableMouseCapture,
        DisableBracketedPaste,
        LeaveAlternateScreen,
        crossterm::cursor::Show
    );
}

/// Writes `plan` as an emergency backup: among the plan's backups in the data folder, or in the
/// temporary folder if that cannot be written. Returns the file.
pub fn emergency_backup(path: &Path, plan: &Plan) -> Result<PathBuf> {
    let text = to_ron(plan);
    let backups = Backups::for_plan(path);
    let recorded = backups.record(text.as_bytes(), Some("emergency"), std::time::Duration::ZERO);
    match recorded {
        Ok(Some(kept)) => return Ok(kept),
        // The same work is already in the newest emergency backup.
        Ok(None) => {
            let list = backups.list().unwrap_or_default();
            let same = list.into_iter().find(|b| b.label.as_deref() == Some("emergency"));
            if let Some(same) = same {
                return Ok(same.path);
            }
        }
        Err(_) => {}
    }
    let stem = path.file_stem().map_or("plan".into(), |s| s.to_string_lossy().into_owned());
    let stamp = jiff::Timestamp::now().strftime("%Y%m%dT%H%M%S");
    let spare = std::env::temp_dir().join(format!("napwiz-emergency-{stem}-{stamp}.ron"));
    write_private(&spare, text.as_bytes()).with_context(|| {
        crate::fl!(
            "rescue-no-backup",
            dir = backups.dir().display().to_string(),
            spare = spare.display().to_string()
        )
    })?;
    Ok(spare)
}

/// Where the work went when the plan's own file could not take it; of `why` (the save's error)
/// the first sentence is said, the rest being advice for a session that goes on.
pub fn emergency_note(path: &Path, kept: &Path, why: Option<&str>) -> String {
    let first = |w: &str| w.split(". ").next().unwrap_or(w).trim_end_matches('.').to_string();
    let why = why.map(|w| format!(" ({})", first(w))).unwrap_or_default();
    crate::fl!(
        "rescue-note",
        path = path.display().to_string(),
        why = why,
        kept = kept.display().to_string()
    )
}

/// Saves from the shared state, for signals, panics and the last exit: the plan with the text
/// being typed folded in; an emergency backup when the plan's file cannot take it; text that
/// fits no part of the plan in a file of its own. Returns what went where.
pub fn keep_work(shared: &mut Shared) -> Option<String> {
    let typed = shared.typed.take();
    let mut said = vec![];
    if let Some(Typed { loose: Some(text), what, .. }) = &typed {
        said.push(match keep_loose_text(what, text) {
            Ok(path) => crate::fl!(
                "rescue-typed-kept",
                what = what.clone(),
                path = path.display().to_string()
            ),
            Err(e) => {
                crate::fl!("rescue-typed-lost", what = what.clone(), error = format!("{e:#}"))
            }
        });
    }
    // A read-only plan (a follower's) holds nothing of ours: never save it nor back it up.
    if let Some(file) = shared.file_up_to_date().filter(|f| f.read_only.is_none()) {
        let folded = typed.as_ref().filter(|t| t.change.is_some()).map(|t| t.what.clone());
        if let Some(change) = typed.and_then(|t| t.change) {
            change.apply(&mut file.plan);
        }
        let mut where_ = match file.save() {
            Ok(_) => crate::fl!("rescue-saved", path = file.path.display().to_string()),
            Err(e) => match emergency_backup(&file.path, &file.plan) {
                Ok(kept) => emergency_note(&file.path, &kept, Some(&format!("{e:#}"))),
                Err(backup) => format!("{e:#}; {backup:#}"),
            },
        };
        if let Some(what) = folded {
            where_.push_str(&format!(" {}", crate::fl!("rescue-holds-typed", what = what)));
        }
        said.insert(0, where_);
    }
    (!said.is_empty()).then(|| said.join(" "))
}

/// Writes a file only its user can read, atomically: it holds the plan's work.
fn write_private(path: &Path, bytes: &[u8]) -> io::Result<()> {
    crate::store::write_atomic_with(path, |file| {
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            file.set_permissions(std::fs::Permissions::from_mode(0o600))?;
        }
        file.write_all(bytes)
    })
}

/// Text typed in a dialog that fits no part of the plan: `DATA/recovered/<time>.txt`.
fn keep_loose_text(what: &str, text: &str) -> Result<PathBuf> {
    let dir = paths::data_dir().join("recovered");
    paths::ensure_dir(&dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // What was typed can be sensitive, as the plan's notes are.
        let _ = std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700));
    }
    let stamp = jiff::Timestamp::now().strftime("%Y%m%dT%H%M%S%.3fZ");
    let path = dir.join(format!("{stamp}.txt"));
    let body = format!("{}\n\n{text}\n", crate::fl!("rescue-loose-file", what = what.to_string()));
    write_private(&path, body.as_bytes())
        .with_context(|| crate::fl!("rescue-write-failed", path = path.display().to_string()))?;
    Ok(path)
}

pub fn spawn_signal_thread(shared: SharedState) -> Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGHUP, SIGINT, SIGQUIT, SIGTERM])
        .with_context(|| crate::fl!("signals-install-failed"))?;
    std::thread::Builder::new()
        .name("napwiz-signals".into())
        .spawn(move || {
            // crossterm spins on a dead terminal and the main loop never returns, so this thread
            // saves and ends the process itself.
            if let Some(signal) = signals.forever().next() {
                let said = {
                    let mut guard = lock(&shared);
                    let said = keep_work(&mut guard);
                    // A writer's place for followers goes with it, as on a clean quit.
                    if let Some(file) = guard.file().filter(|f| f.read_only.is_none()) {
                        crate::store::facilitator::clear(&file.path);
                    }
                    // Release the plan's lock (and remove its file) before exiting.
                    guard.set_file(None);
                    said
                };
                // After SIGHUP the terminal is gone; otherwise it is restored and told.
                if signal != SIGHUP {
                    restore_terminal();
                    if let Some(said) = said {
                        let name = signal_name(signal);
                        let _ = crate::errln!(
                            "\nnapwiz: {}",
                            crate::fl!("rescue-stopped-by", signal = name, said = said)
                        );
                    }
                }
                std::process::exit(128 + signal);
            }
        })
        .with_context(|| crate::fl!("signals-thread-failed"))?;
    Ok(())
}

fn signal_name(signal: i32) -> String {
    use signal_hook::consts::{SIGINT, SIGQUIT, SIGTERM};
    match signal {
        SIGINT => "SIGINT".into(),
        SIGQUIT => "SIGQUIT".into(),
        SIGTERM => "SIGTERM".into(),
        other => format!("signal {other}"),
    }
}

pub fn install_panic_hook(shared: SharedState) {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore_terminal();
        // A panic during a save holds the lock on this very thread: never wait for it here.
        let guard = match shared.try_lock() {
            Ok(guard) => Some(guard),
            Err(std::sync::TryLockError::Poisoned(poisoned)) => Some(poisoned.into_inner()),
            Err(std::sync::TryLockError::WouldBlock) => None,
        };
        let saved = guard.and_then(|mut guard| {
            let said = keep_work(&mut guard);
            guard.set_file(None);
            said
        });
        previous(info);
        let _ = crate::errln!("\n{}", crate::fl!("rescue-panic"));
        if let Some(saved) = saved {
            let _ = crate::errln!("{}", crate::fl!("rescue-panic-kept", saved = saved));
        }
        let _ = crate::errln!("{}", crate::fl!("rescue-panic-report"));
    }));
}
