use std::path::Path;
use std::process::ExitCode;
use std::time::Duration;

use anyhow::{Context, Result, bail};

use super::common::{print_notices, show};
use crate::plan::from_ron;
use crate::store::{
    Backups, LockOutcome, LockUnverified, PlanLock, PlanLocked, Replaced, TakeOver, folder_refuses,
    write_atomic,
};

pub fn run(path: &Path, restore: Option<usize>, take_over: TakeOver) -> Result<ExitCode> {
    let backups = Backups::for_plan(path);
    let list = backups.list().with_context(|| {
        crate::fl!("backups-unlisted", folder = backups.dir().display().to_string())
    })?;
    match restore {
        None => print_list(path, &backups, &list)?,
        Some(n) => restore_one(path, &backups, &list, n, take_over)?,
    }
    Ok(ExitCode::SUCCESS)
}

fn print_list(path: &Path, backups: &Backups, list: &[crate::store::Backup]) -> Result<()> {
    if list.is_empty() {
        crate::outln!("{}", crate::fl!("backups-none", plan = show(path)))?;
        return Ok(());
    }
    let folder = backups.dir().display().to_string();
    crate::outln!("{}", crate::fl!("backups-list", plan = show(path), folder = folder))?;
    for (i, b) in list.iter().enumerate() {
        let label = b.label.as_deref().map(|l| format!("  [{l}]")).unwrap_or_default();
        let bytes = crate::fl!("backups-bytes", bytes = format!("{:>8}", b.bytes));
        crate::outln!("{:>3}  {}  {bytes}{label}", i + 1, b.taken)?;
    }
    crate::outln!("{}", crate::fl!("backups-restore-hint", path = path.display().to_string()))
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
            "{}",
            crate::fl!(
                "backups-no-such",
                n = n.to_string(),
                path = path.display().to_string(),
                count = list.len()
            )
        );
    };
    let text = crate::store::read_plan_text(&backup.path).with_context(|| {
        crate::fl!("backups-unreadable", path = backup.path.display().to_string())
    })?;
    from_ron(&backup.path.display().to_string(), &text).map_err(|p| {
        anyhow::anyhow!(
            "{}",
            crate::fl!("backups-invalid", n = n.to_string(), problem = p.to_string())
        )
    })?;
    let outcome = PlanLock::acquire_with(path, take_over).map_err(|e| lock_error(path, e))?;
    let _lock = match outcome {
        LockOutcome::Acquired { lock, took_over } => {
            if let Some(holder) = took_over {
                let note = crate::fl!("backups-took-over", holder = holder.to_string());
                crate::errln!("napwiz: {note}")?;
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
    let replaced = std::fs::read(path).ok().map(|current| Replaced::read(path, current));
    if let Some(replaced) = &replaced {
        backups
            .record(&replaced.bytes, Some("before-restore"), Duration::ZERO)
            .with_context(|| crate::fl!("backups-before-restore"))?;
    }
    write_atomic(path, text.as_bytes())
        .with_context(|| crate::fl!("export-write-failed", path = path.display().to_string()))?;
    print_notices(&replaced.map(|r| r.retire_journal(path)).unwrap_or_default())?;
    let taken = backup.taken.to_string();
    crate::outln!("{}", crate::fl!("backups-restored", plan = show(path), taken = taken))?;
    Ok(())
}

fn lock_error(path: &Path, e: std::io::Error) -> anyhow::Error {
    let why = if folder_refuses(&e) {
        crate::fl!("backups-folder-not-writable")
    } else {
        crate::fl!("backups-lock-failed")
    };
    let path = path.display().to_string();
    anyhow::anyhow!(
        "{}",
        crate::fl!("backups-restore-failed", path = path, why = why, error = e.to_string())
    )
}
