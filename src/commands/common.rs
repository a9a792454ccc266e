//! What every subcommand shares: the exit status for problems, the content pack, notices and
//! how a path is shown.

use std::path::Path;

use anyhow::Result;

use crate::content::{Content, PackSource, load};

/// Exit status for a run that found problems (an unhealthy plan, an invalid pack) or failed.
pub const EXIT_ERROR: u8 = 1;

pub(super) fn load_content(pack: &PackSource) -> Result<Content> {
    Ok(load(pack)?)
}

pub(super) fn print_notices(notices: &[String]) -> Result<()> {
    for notice in notices {
        crate::errln!("napwiz: note: {notice}")?;
    }
    Ok(())
}

pub(super) fn show(path: &Path) -> String {
    crate::paths::absolute(path).display().to_string()
}
