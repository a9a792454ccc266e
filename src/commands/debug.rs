use std::path::Path;
use std::process::ExitCode;

use anyhow::Result;

use crate::content::Content;
use crate::plan::demo_plan;
use crate::store::PlanFile;

/// Saves a large plan over and over, alternating two versions, until killed: the crash-safety
/// test kills this at random moments and checks the file is always one version or the other.
pub fn save_loop(path: &Path) -> Result<ExitCode> {
    let content = Content::embedded();
    let mut file = PlanFile::create(path, demo_plan(&content), true)?;
    crate::outln!("ready")?;
    for round in 0u64.. {
        file.plan.meta.title = format!("version {}", round % 2);
        file.plan.monitoring.notes = format!("round {round}");
        file.save()?;
    }
    Ok(ExitCode::SUCCESS)
}
