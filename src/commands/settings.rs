use std::process::ExitCode;

use anyhow::Result;

use crate::tui::keymap;

/// `napwiz config`: where the config file is, or a commented default.
pub fn run(print_default: bool) -> Result<ExitCode> {
    if print_default {
        crate::out!("{}", crate::config::default_text(&keymap::binding_ids_with_labels()))?;
    } else {
        let path = crate::config::path();
        let state = if path.exists() {
            crate::fl!("config-file-exists")
        } else {
            crate::fl!("config-file-missing")
        };
        crate::outln!("{} ({state})", path.display())?;
    }
    Ok(ExitCode::SUCCESS)
}
