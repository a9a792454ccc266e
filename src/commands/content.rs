use std::process::ExitCode;

use anyhow::Result;

use super::common::{EXIT_ERROR, show};
use crate::cli::ContentCommand;
use crate::content::{PackFiles, PackSource, Quality, check_files, export_embedded};

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
            Ok(ExitCode::SUCCESS)
        }
        Err(problems) => {
            for problem in &problems {
                crate::outln!("{problem}")?;
            }
            crate::errln!("napwiz: {source} has {} problems", problems.len())?;
            Ok(ExitCode::from(EXIT_ERROR))
        }
    }
}
