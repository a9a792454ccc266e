use std::path::Path;
use std::process::ExitCode;

use anyhow::Result;

use crate::content::Content;
use crate::plan::{Plan, demo_plan};
use crate::store::PlanFile;

/// Saves a large plan over and over until killed, one decision per save, printing `saved N`
/// once save N is on disk: the crash-safety test kills this at random moments and checks the
/// file is always one whole save and holds every save reported. It continues from the plan a
/// killed run left behind.
pub fn save_loop(path: &Path) -> Result<ExitCode> {
    let content = Content::embedded();
    let mut file = if path.exists() {
        PlanFile::open(path)?
    } else {
        PlanFile::create(path, demo_plan(&content), true)?
    };
    let actions: Vec<String> = content.actions().map(|(_, _, a)| a.id.clone()).collect();
    crate::outln!("ready")?;
    for round in next_round(&file.plan).. {
        file.plan.meta.title = format!("version {}", round % 2);
        file.plan.monitoring.notes = format!("round {round}");
        let action = &actions[(round % actions.len() as u64) as usize];
        file.plan.items.entry(action.clone()).or_default().notes = format!("round {round}");
        file.save()?;
        crate::outln!("saved {round}")?;
    }
    Ok(ExitCode::SUCCESS)
}

/// The round after the last one saved in `plan` (0 for a fresh plan).
fn next_round(plan: &Plan) -> u64 {
    let last = plan.monitoring.notes.strip_prefix("round ").and_then(|n| n.parse::<u64>().ok());
    last.map_or(0, |n| n + 1)
}
