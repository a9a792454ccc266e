use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Result;

use super::{EXIT_ERROR, load_content, print_notices, show};
use crate::cli::{Format, NewArgs};
use crate::content::PackSource;
use crate::paths;
use crate::plan::{self, Period, Plan, Severity};
use crate::store::PlanFile;

pub fn new(pack: &PackSource, args: NewArgs) -> Result<ExitCode> {
    if args.from > args.to {
        anyhow::bail!(
            "--from {} is after --to {}; expected the first year, then the last",
            args.from,
            args.to
        );
    }
    let content = load_content(pack)?;
    let mut plan =
        Plan::new(&args.title, &args.country, Period { first: args.from, last: args.to }, &content);
    plan.meta.facilitator = args.facilitator;
    plan.meta.coordinating_body = args.coordinating_body;
    let path = args
        .path
        .unwrap_or_else(|| paths::plans_dir().join(format!("{}.ron", paths::slug(&args.title))));
    PlanFile::create(&path, plan, args.force)?;
    crate::outln!("{}", show(&path))?;
    Ok(ExitCode::SUCCESS)
}

pub fn demo(pack: &PackSource, path: Option<PathBuf>, force: bool) -> Result<ExitCode> {
    let content = load_content(pack)?;
    let path = path.unwrap_or_else(|| paths::plans_dir().join("demo-veldora.ron"));
    PlanFile::create(&path, plan::demo_plan(&content), force)?;
    crate::outln!("{}", show(&path))?;
    Ok(ExitCode::SUCCESS)
}

pub fn check(pack: &PackSource, path: &Path, format: Format) -> Result<ExitCode> {
    let content = load_content(pack)?;
    let file = PlanFile::read(path)?;
    print_notices(&file.notices)?;
    let health = plan::check(&file.plan, &content);
    match format {
        Format::Json => crate::outln!("{}", serde_json::to_string_pretty(&health)?)?,
        Format::Human => {
            for f in &health.findings {
                let label = match f.severity {
                    Severity::Error => "error",
                    Severity::Warning => "warning",
                };
                crate::outln!("{label}: {}", f.message)?;
            }
            crate::outln!(
                "{}: {} errors, {} warnings",
                show(path),
                health.errors,
                health.warnings
            )?;
        }
    }
    Ok(if health.is_ok() { ExitCode::SUCCESS } else { ExitCode::from(EXIT_ERROR) })
}

pub fn summary(pack: &PackSource, path: &Path, format: Format) -> Result<ExitCode> {
    let content = load_content(pack)?;
    let file = PlanFile::read(path)?;
    print_notices(&file.notices)?;
    let summary = plan::summarize(&file.plan, &content);
    match format {
        Format::Json => crate::outln!("{}", serde_json::to_string_pretty(&summary)?)?,
        Format::Human => crate::out!("{summary}")?,
    }
    Ok(ExitCode::SUCCESS)
}
