//! `napwiz report`: the implementation report of a reporting period, or the evaluation pack,
//! written like the draft (one absolute path per line); and `napwiz next`: the plan that
//! follows this one.

use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context, Result, bail};

use super::common::{content_for, print_notices, show};
use super::export::{plan_folder, stem};
use crate::cli::{NextArgs, ReportArgs};
use crate::content::{Content, PackSource};
use crate::document::{self, Document, Gap};
use crate::export::{ExportOptions, Format, export_clean, export_document};
use crate::plan::{self, Period, Plan};
use crate::sanitize::clean_line;
use crate::store::PlanFile;

pub fn run(pack: &PackSource, args: ReportArgs) -> Result<ExitCode> {
    let mut file = PlanFile::read(&args.path)?;
    // The checklist in the plan's language, as the draft's export uses.
    let content = content_for(pack, &file.plan.meta.language)?;
    print_notices(&file.notices)?;
    print_notices(plan::moved_notice(&plan::follow_moves(&mut file.plan, &content)).as_slice())?;
    let plan = &file.plan;
    let period = chosen_period(plan, &args)?;
    let mut options = ExportOptions::today();
    options.clean = args.clean;
    if let Some(date) = args.date {
        options.date = date;
    }
    let (doc, gaps) = built(plan, &content, &args, &period, options.date);
    let formats: Vec<Format> = args.format.iter().map(|f| f.export()).collect();
    let out = args.out.clone().unwrap_or_else(|| plan_folder(&args.path));
    let stem = report_stem(&args.path, &args, &period);
    let written = match gaps {
        Some(gaps) => export_clean(&doc, &gaps, &formats, &out, &stem, &options)?,
        None => export_document(&doc, &formats, &out, &stem, &options)?,
    };
    for path in written {
        crate::outln!("{}", show(&path))?;
    }
    Ok(ExitCode::SUCCESS)
}

/// The report or pack, and with `--clean` the gaps taken out of it.
fn built(
    plan: &Plan,
    content: &Content,
    args: &ReportArgs,
    period: &str,
    date: jiff::civil::Date,
) -> (Document, Option<Vec<Gap>>) {
    let found = "the period was checked above";
    match (args.evaluation, args.clean) {
        (Some(stage), true) => {
            let (doc, gaps) =
                document::build_evaluation_clean(plan, content, stage, period, date).expect(found);
            (doc, Some(gaps))
        }
        (Some(stage), false) => {
            (document::build_evaluation(plan, content, stage, period, date).expect(found), None)
        }
        (None, true) => {
            let (doc, gaps) =
                document::build_report_clean(plan, content, period, date).expect(found);
            (doc, Some(gaps))
        }
        (None, false) => (document::build_report(plan, content, period, date).expect(found), None),
    }
}

/// The period asked for; for an evaluation pack without one, the last period with reports.
fn chosen_period(plan: &Plan, args: &ReportArgs) -> Result<String> {
    if plan.periods.is_empty() {
        bail!("{}", crate::fl!("report-cli-no-periods", path = args.path.display().to_string()));
    }
    let known = || plan.periods.iter().map(|p| p.id.as_str()).collect::<Vec<_>>().join(", ");
    match &args.period {
        Some(id) if plan.period(id).is_some() => Ok(id.clone()),
        Some(id) => bail!(
            "{}",
            crate::fl!(
                "report-cli-unknown-period",
                path = args.path.display().to_string(),
                period = clean_line(id).into_owned(),
                periods = known()
            )
        ),
        None => plan
            .periods
            .iter()
            .rev()
            .find(|p| !p.reports.is_empty())
            .map(|p| p.id.clone())
            .with_context(|| {
                crate::fl!(
                    "report-cli-no-reports",
                    path = args.path.display().to_string(),
                    periods = known()
                )
            }),
    }
}

/// `nap-report-2027-H2`, or `nap-mid-term-evaluation` (the period is in the pack itself).
fn report_stem(plan: &Path, args: &ReportArgs, period: &str) -> String {
    let stem = stem(plan);
    match args.evaluation {
        Some(stage) => format!("{stem}-{}", stage.label().replace(' ', "-")),
        None => format!("{stem}-report-{}", file_safe(period)),
    }
}

/// A period id as part of a file name: letters, digits and `-` only.
fn file_safe(id: &str) -> String {
    id.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' { c } else { '_' }).collect()
}

pub fn next(pack: &PackSource, args: NextArgs) -> Result<ExitCode> {
    if args.out.exists() {
        bail!("{}", crate::fl!("next-cli-exists", path = args.out.display().to_string()));
    }
    let mut file = PlanFile::read(&args.path)?;
    let content = content_for(pack, &file.plan.meta.language)?;
    print_notices(&file.notices)?;
    print_notices(plan::moved_notice(&plan::follow_moves(&mut file.plan, &content)).as_slice())?;
    let period = Period { first: args.from, last: args.to };
    let next = plan::next_plan(&file.plan, &content, period)
        .with_context(|| crate::fl!("next-cli-failed", path = args.path.display().to_string()))?;
    let previous = next.previous.as_ref().expect("next_plan records the previous plan");
    let (carried, lessons) = (previous.carried_over.len(), previous.lessons.len());
    PlanFile::create(&args.out, next, false)?;
    crate::errln!("napwiz: {}", crate::fl!("next-cli-done", carried = carried, lessons = lessons))?;
    crate::outln!("{}", show(&args.out))?;
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn period_ids_are_made_safe_for_file_names() {
        assert_eq!(file_safe("2027-H2"), "2027-H2");
        assert_eq!(file_safe("../x y"), "___x_y");
    }
}
