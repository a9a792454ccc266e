use std::process::ExitCode;

use anyhow::Result;

use super::common::{EXIT_ERROR, show};
use crate::cli::ContentCommand;
use crate::content::{
    ABBREVIATIONS_FILE, Content, PackFiles, PackSource, Quality, check_files, compare_with_english,
    export_embedded, unexplained,
};

pub fn run(pack: &PackSource, cmd: ContentCommand) -> Result<ExitCode> {
    match cmd {
        ContentCommand::Check { dir } => check(&dir.map_or_else(|| pack.clone(), PackSource::Dir)),
        ContentCommand::Export { dir, force } => {
            for path in export_embedded(&dir, force)? {
                crate::outln!("{}", show(&path))?;
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn check(source: &PackSource) -> Result<ExitCode> {
    let files = match source {
        PackSource::Embedded => PackFiles::embedded(),
        PackSource::Dir(dir) => PackFiles::read_dir(dir),
    };
    match check_files(&files) {
        Ok(content) => {
            crate::outln!("{}", content.counts())?;
            for line in Quality::of(&content).lines() {
                crate::outln!("{line}")?;
            }
            if content.meta.language != crate::i18n::ENGLISH {
                against_english(&files, &content)?;
            }
            acronyms_spelled_out(&files, &content)?;
            Ok(ExitCode::SUCCESS)
        }
        Err(problems) => {
            for problem in &problems {
                crate::outln!("{problem}")?;
            }
            let source = source.to_string();
            crate::errln!(
                "{}",
                crate::fl!("pack-check-problems", source = source, count = problems.len())
            )?;
            Ok(ExitCode::from(EXIT_ERROR))
        }
    }
}

/// A translation's missing and untranslated entries, one `file:line:column` line each: they do
/// not stop the pack from loading (missing entries show in English, marked), so the check still
/// passes.
fn against_english(files: &PackFiles, content: &Content) -> Result<()> {
    let gaps = compare_with_english(files, content, &Content::embedded());
    for gap in &gaps {
        crate::outln!("{gap}")?;
    }
    let language = content.meta.language.as_str();
    crate::outln!(
        "{}",
        crate::fl!("pack-check-translation", language = language, count = gaps.len())
    )?;
    Ok(())
}

/// Acronyms the pack's texts use that its list of abbreviations does not spell out: the draft
/// would print them "[to be spelled out]". A warning, one `file:line:column` line each.
fn acronyms_spelled_out(files: &PackFiles, content: &Content) -> Result<()> {
    let missing = unexplained(files, content);
    for problem in &missing {
        crate::outln!("{problem}")?;
    }
    let summary =
        crate::fl!("check-acronyms-summary", count = missing.len(), file = ABBREVIATIONS_FILE);
    crate::outln!("{summary}")?;
    Ok(())
}
