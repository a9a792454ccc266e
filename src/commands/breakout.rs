//! Breakout groups and git: split a plan per area, merge the parts back, and the git merge and
//! diff drivers.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};

use super::common::{EXIT_ERROR, content_for, print_notices, show};
use crate::content::{Content, PackSource};
use crate::plan::merge::{conflict_line, taken_line};
use crate::plan::{MergeOutcome, Plan, Side, diff, merge, split, to_ron};
use crate::store::{PlanFile, TakeOver, write_atomic};

pub fn split_plan(pack: &PackSource, path: &Path, out: &Path, force: bool) -> Result<ExitCode> {
    let file = PlanFile::read(path)?;
    let content = content_for(pack, &file.plan.meta.language)?;
    print_notices(&file.notices)?;
    let name = file_name(path);
    let stem = path.file_stem().map_or("plan".into(), |s| s.to_string_lossy().into_owned());
    crate::paths::ensure_dir(out)?;
    let base = out.join(format!("{stem}.base.ron"));
    write_new(&base, &to_ron(&file.plan), force)?;
    crate::outln!("{}", show(&base))?;
    for area in &content.areas {
        let part_path = out.join(format!(
            "{stem}-{}.ron",
            crate::paths::slug(&area.title).split('-').next().unwrap_or("area")
        ));
        let part = split(&file.plan, &content, &area.id, &name);
        drop(PlanFile::create(&part_path, part, force)?);
        crate::outln!("{}", show(&part_path))?;
    }
    Ok(ExitCode::SUCCESS)
}

fn write_new(path: &Path, text: &str, force: bool) -> Result<()> {
    if path.exists() && !force {
        anyhow::bail!("{}", crate::fl!("split-exists", path = path.display().to_string()));
    }
    write_atomic(path, text.as_bytes())
        .with_context(|| crate::fl!("export-write-failed", path = path.display().to_string()))
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned())
}

/// A plan read as every command reads one (cleaned of control characters, errors with line and
/// column), without a lock: diff, textconv and merge only read these files.
fn read_plan(path: &Path) -> Result<Plan> {
    Ok(PlanFile::read(path)?.plan)
}

fn base_name(plan: &Path) -> String {
    let stem = plan.file_stem().map_or("plan".into(), |s| s.to_string_lossy().into_owned());
    format!("{stem}.base.ron")
}

/// The base a set of parts was split from: `<stem>.base.ron` beside the first part, else the
/// plan itself.
fn default_base(plan: &Path, parts: &[PathBuf]) -> Option<PathBuf> {
    let dir = parts.first()?.parent()?;
    Some(dir.join(base_name(plan))).filter(|p| p.exists())
}

pub fn merge_parts(
    pack: &PackSource,
    path: &Path,
    parts: &[PathBuf],
    prefer: Option<&Path>,
    base: Option<&Path>,
    take_over: TakeOver,
) -> Result<ExitCode> {
    let mut file = PlanFile::open_with(path, take_over)?;
    let content = content_for(pack, &file.plan.meta.language)?;
    print_notices(&file.notices)?;
    let base_path = base.map(Path::to_path_buf).or_else(|| default_base(path, parts));
    let base = match &base_path {
        Some(b) => read_plan(b)?,
        None => {
            let note = crate::fl!(
                "merge-no-base",
                base = base_name(path),
                plan = path.display().to_string()
            );
            crate::errln!("napwiz: {note}")?;
            file.plan.clone()
        }
    };
    let part_plans: Vec<(String, Plan)> =
        parts.iter().map(|p| Ok((file_name(p), read_plan(p)?))).collect::<Result<_>>()?;
    let current = file.plan.clone();
    let mut sides = vec![Side::new(&file_name(path), &current)];
    sides.extend(part_plans.iter().map(|(name, plan)| Side::new(name, plan)));
    let prefer_name = prefer.map(file_name);
    let outcome = merge(&base, &sides, prefer_name.as_deref(), &content);
    file.plan = outcome.plan.clone();
    file.save()?;
    let done = crate::fl!("merge-done", parts = parts.len(), plan = show(path));
    report(&outcome, &content, &file_name(path), &done)?;
    if outcome.is_clean() {
        return Ok(ExitCode::SUCCESS);
    }
    let left = crate::fl!(
        "merge-conflicts-left",
        count = outcome.conflicts.len(),
        plan = path.display().to_string()
    );
    crate::errln!("napwiz: {left}")?;
    Ok(ExitCode::from(EXIT_ERROR))
}

/// Everything the merge did with the parts' changes: taken, not applied, or in conflict.
fn report(outcome: &MergeOutcome, content: &Content, plan_name: &str, done: &str) -> Result<()> {
    crate::outln!("{done}")?;
    for t in outcome.taken.iter().filter(|t| t.source != plan_name) {
        let line = taken_line(t, &outcome.plan, content);
        crate::outln!("{}", crate::fl!("merge-taken", line = line))?;
    }
    for line in &outcome.not_applied {
        crate::outln!("{}", crate::fl!("merge-not-applied", line = line.as_str()))?;
    }
    for c in &outcome.conflicts {
        let line = conflict_line(c, &outcome.plan, content);
        crate::outln!("{}", crate::fl!("merge-conflict", line = line))?;
    }
    for id in &outcome.notes_kept_both {
        crate::outln!("{}", crate::fl!("merge-notes-both", id = id.as_str()))?;
    }
    Ok(())
}

/// git's merge driver: `napwiz merge-driver %O %A %B`. Writes the result to %A; exit 0 when
/// clean, 1 when conflicts are left (recorded in the plan for the wizard).
pub fn merge_driver(
    pack: &PackSource,
    base: &Path,
    ours: &Path,
    theirs: &Path,
) -> Result<ExitCode> {
    let (base_plan, our_plan, their_plan) =
        (read_plan(base)?, read_plan(ours)?, read_plan(theirs)?);
    let content = content_for(pack, &our_plan.meta.language)?;
    let sides = [
        Side { name: "ours".into(), plan: &our_plan },
        Side { name: "theirs".into(), plan: &their_plan },
    ];
    let outcome = merge(&base_plan, &sides, None, &content);
    write_atomic(ours, to_ron(&outcome.plan).as_bytes())
        .with_context(|| crate::fl!("export-write-failed", path = ours.display().to_string()))?;
    for c in &outcome.conflicts {
        let line = conflict_line(c, &outcome.plan, &content);
        crate::errln!("napwiz: {}", crate::fl!("merge-conflict", line = line))?;
    }
    Ok(if outcome.is_clean() { ExitCode::SUCCESS } else { ExitCode::from(EXIT_ERROR) })
}

pub fn diff_plans(pack: &PackSource, old: &Path, new: &Path) -> Result<ExitCode> {
    let (old, new) = (read_plan(old)?, read_plan(new)?);
    let content = content_for(pack, &new.meta.language)?;
    for line in diff::changes(&old, &new, &content) {
        crate::outln!("{line}")?;
    }
    Ok(ExitCode::SUCCESS)
}

/// For git's `diff.napwiz.textconv`: the plan as one decision per line.
pub fn textconv(pack: &PackSource, path: &Path) -> Result<ExitCode> {
    let plan = read_plan(path)?;
    let content = content_for(pack, &plan.meta.language)?;
    for line in diff::describe_plan(&plan, &content) {
        crate::outln!("{line}")?;
    }
    Ok(ExitCode::SUCCESS)
}
