use std::path::Path;
use std::process::ExitCode;

use anyhow::Result;

use super::{load_content, show};
use crate::content::PackSource;
use crate::paths;

/// `napwiz` with no subcommand. The interactive wizard is still being built; until it lands,
/// this says where plans are and what can be done from the command line.
pub fn run(pack: &PackSource, plan: Option<&Path>) -> Result<ExitCode> {
    let content = load_content(pack)?;
    println!("napwiz {} - {}", env!("CARGO_PKG_VERSION"), content.meta.title);
    println!("Checklist: {}.", content.counts());
    if let Some(plan) = plan {
        println!(
            "The interactive wizard is not available in this version; to look at {}:",
            show(plan)
        );
        println!("  napwiz summary {}\n  napwiz check {}", plan.display(), plan.display());
        return Ok(ExitCode::SUCCESS);
    }
    println!("The interactive wizard is not available in this version. From the command line:");
    println!("  napwiz demo                      write a worked demo plan");
    println!("  napwiz new --title T --country C --from 2027 --to 2030");
    println!("  napwiz summary PLAN | check PLAN | backups PLAN");
    println!("  napwiz content check | content export DIR");
    println!("Plans are kept in {} unless you give a path.", paths::plans_dir().display());
    let recent = recent_plans();
    if !recent.is_empty() {
        println!("Plans there:");
        for name in recent {
            println!("  {name}");
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn recent_plans() -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(paths::plans_dir()) else {
        return vec![];
    };
    let mut names: Vec<String> = entries
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".ron"))
        .collect();
    names.sort();
    names
}
