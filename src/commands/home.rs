use std::path::Path;
use std::process::ExitCode;

use anyhow::Result;

use super::load_content;
use crate::content::PackSource;

/// `napwiz [PLAN]`: the interactive wizard.
pub fn run(pack: &PackSource, plan: Option<&Path>) -> Result<ExitCode> {
    let content = load_content(pack)?;
    crate::tui::run(content, plan)
}
