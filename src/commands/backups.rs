use std::path::Path;
use std::process::ExitCode;
use std::time::Duration;

use anyhow::{Context, Result, bail};

use super::common::show;
use crate::plan::from_ron;
use crate::store::{
    Backups, LockOutcome, LockUnverified, PlanLock, PlanLocked, TakeOver, folder_refuses,
    write_atomic,
};

pub fn run(path: &Path, restore: Option<usize>, take_over: TakeOver) -> Result<ExitCode> {
    let backups = Backups::for_plan(path);
    let list = backups
        .list()
        .with_context(|| format!("could not list backups in '{}'", backups.dir().display()))?;
    match restore {
        None => print_list(path, &backups, &list)?,
        Some(n) => restore_one(path, &backups, &list, n, take_over)?,
    }
    Ok(ExitCode::SUCCESS)
}

fn print_list(path: &Path, backups: &Backups, list: &[crate::store::Backup]) -> Result<()> {
    if list.is_empty() {
        crate::outln!(
            "No backups of {} yet (they are made each time napwiz saves it).",
            show(path)
        )?;
        return Ok(());
    }
    crate::outln!("Backups of {} (in {}), newest first:", show(path), backups.dir().display())?;
    for (i, b) in list.iter().enumerate() {
        let label = b.label.as_deref().map(|l| format!("  [{l}]")).unwrap_or_default();
        crate::outln!("{:>3}  {}  {:>8} bytes{label}", i + 1, b.taken, b.bytes)?;
    }
    crate::outln!("Restore one with: napwiz backups {} --restore N", path.display())
}

fn restore_one(
    path: &Path,
    backups: &Backups,
    list: &[crate::store::Backup],
    n: usize,
    take_over: TakeOver,
) -> Result<()> {
    let Some(backup) = n.checked_sub(1).and_then(|i| list.get(i)) else {
        bail!(
            "there is no backup {n} of '{}'; expected a number from 1 to {} (see `napwiz backups {}`)",
            path.display(),
            list.len(),
            path.display()
        );
    };
    let text = crate::store::read_plan_text(&backup.path)
        .with_context(|| format!("could not read backup '{}'", backup.path.display()))?;
    from_ron(&backup.path.display().to_string(), &text)
        .map_err(|p| anyhow::anyhow!("backup {n} is not a valid plan: {p}"))?;
    let outcome = PlanLock::acquire_with(path, take_over).map_err(|e| lock_error(path, e))?;
    let _lock = match outcome {
        LockOutcome::Acquired { lock, took_over } => {
            if let Some(holder) = took_over {
                crate::errln!("napwiz: note: took over the lock held by {holder}")?;
            }
            lock
        }
        LockOutcome::Held(holder) => {
            return Err(PlanLocked { path: path.to_path_buf(), holder }.into());
        }
        LockOutcome::Unverified(holder) => {
            return Err(LockUnverified { path: path.to_path_buf(), holder }.into());
        }
    };
    if let Ok(current) = std::fs::read(path) {
        backups
            .record(&current, Some("before-restore"), Duration::ZERO)
            .context("could not back up the current file before restoring; nothing was changed")?;
    }
    write_atomic(path, text.as_bytes())
        .with_context(|| format!("could not write '{}'", path.display()))?;
    crate::outln!(
        "Restored {} from the backup of {}. The file it replaced is kept as a backup too.",
        show(path),
        backup.taken
    )?;
    Ok(())
}

fn lock_error(path: &Path, e: std::io::Error) -> anyhow::Error {
    let why = if folder_refuses(&e) { "its folder is not writable" } else { "the lock failed" };
    anyhow::anyhow!("could not restore '{}': {why} ({e}); nothing was changed", path.display())
}
