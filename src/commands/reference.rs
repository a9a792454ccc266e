//! Shell completions and the manual page, generated from the command line's definition so they
//! never drift from it.

use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::CommandFactory;

use crate::cli::Cli;

/// `napwiz completions SHELL`: the completion script for SHELL on standard output.
pub fn completions(shell: clap_complete::Shell) -> Result<ExitCode> {
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut without_hidden_commands(), "napwiz", &mut script);
    write_out(&script)
}

/// The command line as users see it: the generators would offer hidden (test-only) commands.
fn without_hidden_commands() -> clap::Command {
    let cli = Cli::command();
    let visible: Vec<clap::Command> =
        cli.get_subcommands().filter(|c| !c.is_hide_set()).cloned().collect();
    clap::Command::new("napwiz")
        .version(env!("CARGO_PKG_VERSION"))
        .about(cli.get_about().cloned().unwrap_or_default())
        .args(cli.get_arguments().cloned())
        .subcommands(visible)
}

/// `napwiz man`: the manual page, in roff, on standard output; with `--out DIR`, it and one page
/// per subcommand (which its SUBCOMMANDS section names) as files in DIR.
pub fn man(out: Option<&Path>) -> Result<ExitCode> {
    if let Some(dir) = out {
        crate::paths::ensure_dir(dir)?;
        clap_mangen::generate_to(Cli::command(), dir)
            .with_context(|| crate::fl!("man-pages-failed", folder = dir.display().to_string()))?;
        crate::outln!("{}", crate::paths::absolute(&dir.join("napwiz.1")).display())?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut page = Vec::new();
    clap_mangen::Man::new(Cli::command())
        .render(&mut page)
        .with_context(|| crate::fl!("man-page-failed"))?;
    write_out(&page)
}

/// Generated from our own command line, so plain text; it still takes the one output path.
fn write_out(bytes: &[u8]) -> Result<ExitCode> {
    let text = String::from_utf8_lossy(bytes);
    crate::out!("{text}")?;
    Ok(ExitCode::SUCCESS)
}
