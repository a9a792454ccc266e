//! What every subcommand shares: the exit status for problems, the content pack, notices and
//! how a path is shown.

use std::path::Path;

use anyhow::Result;

use crate::content::{Content, PackSource, load_for};

/// Exit status for a run that found problems (an unhealthy plan, an invalid pack) or failed.
pub const EXIT_ERROR: u8 = 1;

/// The checklist for a plan in `language`: `--content`'s folder, else the embedded pack in the
/// plan's language (the interface's language plays no part).
pub(super) fn content_for(pack: &PackSource, language: &str) -> Result<Content> {
    Ok(load_for(pack, language)?)
}

/// A new plan's language: the one asked for (an embedded pack's, or any with `--content`),
/// else the interface's when napwiz has a checklist in it, else English.
pub(super) fn new_plan_language(pack: &PackSource, asked: Option<&str>) -> Result<String> {
    let packs = crate::content::languages();
    match asked.map(str::trim) {
        Some(language) if *pack != PackSource::Embedded || packs.iter().any(|p| p == language) => {
            Ok(language.to_string())
        }
        Some(language) => anyhow::bail!(
            "{}",
            crate::fl!("language-no-checklist", language = language, languages = packs.join(", "))
        ),
        None => {
            let interface = crate::i18n::chosen_language();
            Ok(if packs.contains(&interface) { interface } else { crate::i18n::ENGLISH.into() })
        }
    }
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
