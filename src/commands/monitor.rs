//! `napwiz monitor`: reporting periods, the forms sent to implementing institutions, and
//! reading them back.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use jiff::civil::Date;

use super::common::{EXIT_ERROR, content_for, print_notices, show};
use crate::cli::{MonitorCommand, PreferSide};
use crate::content::{Content, PackSource};
use crate::forms::{self, FORM_SIZE_LIMIT, FormProblem, ReturnedForm};
use crate::plan::Plan;
use crate::plan::merge::{conflict_line, describe};
use crate::plan::monitor::{self, Change, Incoming, Prefer};
use crate::store::{PlanFile, TakeOver};

pub fn run(pack: &PackSource, cmd: MonitorCommand) -> Result<ExitCode> {
    match cmd {
        MonitorCommand::Periods { path } => periods(pack, &path),
        MonitorCommand::Close { path, period } => set_closed(&path, &period, true),
        MonitorCommand::Reopen { path, period } => set_closed(&path, &period, false),
        MonitorCommand::Dates { path, period, from, to, due } => {
            set_dates(&path, &period, from, to, due)
        }
        MonitorCommand::Enter { path, period, institution } => {
            enter(pack, &path, &period, institution.as_deref())
        }
        MonitorCommand::Collect { path, period, out, force } => {
            collect(pack, &path, &period, &out, force)
        }
        MonitorCommand::Import { path, files, prefer, dry_run, take_over } => {
            let prefer = prefer.map(|p| match p {
                PreferSide::Mine => Prefer::Mine,
                PreferSide::Theirs => Prefer::Theirs,
            });
            let take_over = if take_over { TakeOver::Confirmed } else { TakeOver::IfStale };
            import(pack, &path, &files, prefer, dry_run, take_over)
        }
    }
}

/// Opens the plan for writing and adds its reporting periods if it has none (saved, and said).
fn open_monitored(path: &Path, take_over: TakeOver) -> Result<PlanFile> {
    let mut file = PlanFile::open_with(path, take_over)?;
    print_notices(&file.notices)?;
    let added = monitor::start_monitoring(&mut file.plan);
    if added > 0 {
        file.save()?;
        let every = file
            .plan
            .monitoring
            .reporting
            .map_or_else(|| crate::fl!("monitor-cli-yearly-by-default"), |f| f.label());
        let note = crate::fl!(
            "monitor-cli-periods-added",
            count = added,
            every = every,
            plan = show(path)
        );
        crate::errln!("napwiz: {note}")?;
    }
    Ok(file)
}

fn periods(pack: &PackSource, path: &Path) -> Result<ExitCode> {
    let file = open_monitored(path, TakeOver::IfStale)?;
    let content = content_for(pack, &file.plan.meta.language)?;
    let plan = &file.plan;
    let actions = plan.included_actions(&content).len();
    let (open, closed) = (crate::fl!("monitor-cli-open"), crate::fl!("monitor-cli-closed"));
    let state_width = crate::tui::text::width(&open).max(crate::tui::text::width(&closed));
    for p in &plan.periods {
        let received = p.reports.len();
        let state =
            crate::tui::text::pad_right(if p.closed { &closed } else { &open }, state_width);
        let line = crate::fl!(
            "monitor-cli-period-line",
            span = p.span(),
            due = p.due.to_string(),
            state = state,
            received = received,
            actions = actions
        );
        crate::outln!("{} {line}", crate::tui::text::pad_right(&p.id, 10))?;
    }
    Ok(ExitCode::SUCCESS)
}

fn set_closed(path: &Path, period: &str, closed: bool) -> Result<ExitCode> {
    let mut file = open_monitored(path, TakeOver::IfStale)?;
    let changed =
        monitor::set_closed(&mut file.plan, period, closed).map_err(anyhow::Error::msg)?;
    if !changed {
        let already = if closed {
            crate::fl!("monitor-cli-already-closed", period = period)
        } else {
            crate::fl!("monitor-cli-already-open", period = period)
        };
        crate::outln!("{already}")?;
        return Ok(ExitCode::SUCCESS);
    }
    file.save()?;
    let done = if closed {
        crate::fl!("monitor-cli-closed-in", period = period, plan = show(path))
    } else {
        crate::fl!("monitor-cli-reopened-in", period = period, plan = show(path))
    };
    crate::outln!("{done}")?;
    Ok(ExitCode::SUCCESS)
}

/// Moves a period's dates; what is not given stays as it was.
fn set_dates(
    path: &Path,
    period: &str,
    from: Option<Date>,
    to: Option<Date>,
    due: Option<Date>,
) -> Result<ExitCode> {
    let mut file = open_monitored(path, TakeOver::IfStale)?;
    // Refuses an unknown period (listing the plan's) or a closed one, as every period command.
    let current = monitor::open_period(&mut file.plan, period).map_err(anyhow::Error::msg)?;
    let (from, to, due) =
        (from.unwrap_or(current.from), to.unwrap_or(current.to), due.unwrap_or(current.due));
    monitor::set_dates(&mut file.plan, period, from, to, due).map_err(anyhow::Error::msg)?;
    file.save()?;
    let moved = crate::fl!(
        "monitor-cli-dates-set",
        period = period,
        from = from.to_string(),
        to = to.to_string(),
        due = due.to_string(),
        plan = show(path)
    );
    crate::outln!("{moved}")?;
    Ok(ExitCode::SUCCESS)
}

fn collect(
    pack: &PackSource,
    path: &Path,
    period: &str,
    out: &Path,
    force: bool,
) -> Result<ExitCode> {
    let file = open_monitored(path, TakeOver::IfStale)?;
    let content = content_for(pack, &file.plan.meta.language)?;
    let plan = &file.plan;
    let Some(p) = plan.period(period) else {
        let known: Vec<&str> = plan.periods.iter().map(|p| p.id.as_str()).collect();
        bail!("{}", crate::fl!("monitor-cli-no-period", period = period, known = known.join(", ")));
    };
    if p.closed {
        bail!(
            "{}",
            crate::fl!(
                "monitor-cli-closed-period",
                period = period,
                plan = path.display().to_string()
            )
        );
    }
    let forms = forms::forms_for(plan, &content);
    if forms.is_empty() {
        bail!("{}", crate::fl!("monitor-cli-nobody"));
    }
    let targets: Vec<(PathBuf, &forms::Form)> =
        forms.iter().map(|f| (out.join(forms::file_name(plan, &content, period, f)), f)).collect();
    if let Some((existing, _)) = targets.iter().find(|(t, _)| t.exists()).filter(|_| !force) {
        bail!("{}", crate::fl!("monitor-cli-form-exists", file = existing.display().to_string()));
    }
    crate::paths::ensure_dir(out)?;
    for (target, form) in &targets {
        let bytes = forms::write_form(plan, &content, p, form)?;
        crate::store::write_atomic(target, &bytes).with_context(|| {
            crate::fl!("export-write-failed", path = target.display().to_string())
        })?;
        let line = crate::fl!(
            "monitor-cli-form-written",
            file = show(target),
            institution = plan.institution_code(&form.institution, &content),
            lead = form.lead.len(),
            partner = form.partner.len()
        );
        crate::outln!("{line}")?;
    }
    let line = crate::fl!(
        "monitor-cli-forms-written",
        count = targets.len(),
        period = period,
        due = p.due.to_string(),
        folder = show(out)
    );
    crate::outln!("{line}")?;
    Ok(ExitCode::SUCCESS)
}

/// Plain-mode progress entry on standard input and output.
fn enter(
    pack: &PackSource,
    path: &Path,
    period: &str,
    institution: Option<&str>,
) -> Result<ExitCode> {
    use std::io::IsTerminal;
    if !path.exists() {
        bail!("{}", crate::fl!("monitor-cli-no-plan", plan = path.display().to_string()));
    }
    // The checklist in the plan's language (a plan that cannot be read is reported on opening).
    let language = crate::store::PlanFile::read(path).map(|f| f.plan.meta.language);
    let content = content_for(pack, &language.unwrap_or_default())?;
    let stdin = std::io::stdin();
    let echo = !stdin.is_terminal();
    let mut plain =
        crate::plain::Plain::new(stdin.lock(), crate::output::Output::stdout(), content)
            .echo_answers(echo);
    plain.enter_progress(path, period, institution)?;
    super::home::plain_exit(plain.rejected(), echo)
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned())
}

/// Reads and checks every form; all problems of all files, or the forms.
fn read_forms(
    files: &[PathBuf],
    plan: &Plan,
    content: &Content,
) -> Result<Vec<ReturnedForm>, Vec<FormProblem>> {
    let mut forms = vec![];
    let mut problems = vec![];
    for path in files {
        let name = file_name(path);
        match crate::paths::read_regular(path, FORM_SIZE_LIMIT) {
            Err(e) => problems.push(FormProblem {
                file: name,
                sheet: None,
                cell: None,
                what: crate::fl!("form-unreadable-file", error = e.to_string()),
            }),
            Ok(bytes) => match forms::read_form(&name, &bytes, plan, content) {
                Ok(form) => forms.push(form),
                Err(found) => problems.extend(found),
            },
        }
    }
    if problems.is_empty() { Ok(forms) } else { Err(problems) }
}

fn import(
    pack: &PackSource,
    path: &Path,
    files: &[PathBuf],
    prefer: Option<Prefer>,
    dry_run: bool,
    take_over: TakeOver,
) -> Result<ExitCode> {
    let mut file =
        if dry_run { PlanFile::read(path)? } else { PlanFile::open_with(path, take_over)? };
    let content = content_for(pack, &file.plan.meta.language)?;
    if dry_run {
        print_notices(&file.notices)?;
    }
    let forms = match read_forms(files, &file.plan, &content) {
        Ok(forms) => forms,
        Err(problems) => {
            for p in &problems {
                crate::errln!("{p}")?;
            }
            let nothing = crate::fl!("monitor-cli-nothing-imported", count = problems.len());
            crate::errln!("napwiz: {nothing}")?;
            return Ok(ExitCode::from(EXIT_ERROR));
        }
    };
    let mut plan = file.plan.clone();
    let plan_name = file_name(path);
    let mut conflicts = vec![];
    let mut periods: Vec<&str> = forms.iter().map(|f| f.period.as_str()).collect();
    periods.sort_unstable();
    periods.dedup();
    for period in periods {
        let incoming: Vec<Incoming> = forms
            .iter()
            .filter(|f| f.period == period)
            .flat_map(|f| {
                f.reports.iter().map(|(action, report)| Incoming {
                    source: f.file.clone(),
                    action: action.clone(),
                    report: report.clone(),
                })
            })
            .collect();
        let combined = monitor::combine(&mut plan, &plan_name, period, &incoming, prefer)
            .map_err(anyhow::Error::msg)?;
        show_changes(period, &combined.changes, "", &plan, &content)?;
        let kept = crate::fl!("monitor-cli-kept");
        show_changes(period, &combined.kept, &format!("{kept} "), &plan, &content)?;
        conflicts.extend(combined.conflicts);
    }
    for c in &conflicts {
        let line = crate::fl!("monitor-cli-conflict", conflict = conflict_line(c, &plan, &content));
        crate::outln!("{line}")?;
    }
    if dry_run {
        crate::outln!("{}", crate::fl!("monitor-cli-dry-run"))?;
        return Ok(ExitCode::SUCCESS);
    }
    file.plan = plan;
    file.save()?;
    let imported = crate::fl!("monitor-cli-imported", count = forms.len(), plan = show(path));
    crate::outln!("{imported}")?;
    if conflicts.is_empty() {
        return Ok(ExitCode::SUCCESS);
    }
    let left = crate::fl!(
        "monitor-cli-conflicts-left",
        count = conflicts.len(),
        plan = path.display().to_string()
    );
    crate::errln!("napwiz: {left}")?;
    Ok(ExitCode::from(EXIT_ERROR))
}

fn show_changes(
    period: &str,
    changes: &[Change],
    prefix: &str,
    plan: &Plan,
    content: &Content,
) -> Result<()> {
    for c in changes {
        let words = |v: &str| describe(&c.field, v, plan, content);
        crate::outln!(
            "{prefix}{period} {} {}: {} -> {} ({})",
            c.action,
            monitor::combine::field_label(&c.field),
            words(&c.before),
            words(&c.after),
            c.source
        )?;
    }
    Ok(())
}
