//! `napwiz export`: the draft action plan in the chosen formats, written next to the plan (or
//! into `--out`), one absolute path per line so that users on a server know what to scp.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Result;

use super::common::{content_for, print_notices, show};
use crate::cli::ExportArgs;
use crate::content::PackSource;
use crate::export::{ExportOptions, export_draft};
use crate::plan;
use crate::store::PlanFile;

pub fn run(pack: &PackSource, args: ExportArgs) -> Result<ExitCode> {
    let mut file = PlanFile::read(&args.path)?;
    let content = content_for(pack, &file.plan.meta.language)?;
    print_notices(&file.notices)?;
    print_notices(plan::moved_notice(&plan::follow_moves(&mut file.plan, &content)).as_slice())?;
    let health = plan::check(&file.plan, &content);
    if !health.is_ok() {
        crate::errln!(
            "napwiz: note: the plan has {} errors and {} warnings; the draft shows the gaps \
(`napwiz check {}` lists them)",
            health.errors,
            health.warnings,
            args.path.display()
        )?;
    }
    let mut options = ExportOptions::today();
    options.excel_csv = args.excel;
    options.clean = args.clean;
    if let Some(date) = args.date {
        options.date = date;
    }
    let out = args.out.clone().unwrap_or_else(|| plan_folder(&args.path));
    let stem = stem(&args.path);
    let exported = export_draft(&file.plan, &content, &args.format, &out, &stem, &options)?;
    for path in exported.written {
        crate::outln!("{}", show(&path))?;
    }
    for cut in exported.cut_cells {
        crate::errln!("{}", crate::fl!("export-xlsx-cut", cut = cut.to_string()))?;
    }
    Ok(ExitCode::SUCCESS)
}

/// The folder the plan is in ("." for a bare file name).
pub(super) fn plan_folder(plan: &Path) -> PathBuf {
    plan.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new(".")).to_path_buf()
}

/// The plan's file name without its extension: `nap.ron` gives `nap`.
pub(super) fn stem(plan: &Path) -> String {
    plan.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "plan".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_are_named_and_placed_after_the_plan() {
        assert_eq!(stem(Path::new("plans/nap.ron")), "nap");
        assert_eq!(plan_folder(Path::new("plans/nap.ron")), Path::new("plans"));
        assert_eq!(plan_folder(Path::new("nap.ron")), Path::new("."));
    }
}
