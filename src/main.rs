use std::process::ExitCode;

use clap::Parser;
use napwiz::errln;
use napwiz::output::Output;

fn main() -> ExitCode {
    restore_default_sigpipe();
    refuse_big_writes_with_an_error();
    let cli = match napwiz::cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => return usage(&err),
    };
    match napwiz::commands::run(cli) {
        Ok(code) => code,
        Err(err) => {
            let _ = errln!("napwiz: {err:#}");
            ExitCode::from(napwiz::commands::EXIT_ERROR)
        }
    }
}

/// Help, version and usage errors, printed by us rather than clap: a usage error quotes what
/// was typed (a path, a value), which must pass the sanitiser like any other output.
fn usage(err: &clap::Error) -> ExitCode {
    let text = err.render().to_string();
    let text = text.trim_end_matches('\n');
    let _ =
        if err.use_stderr() { Output::stderr().line(text) } else { Output::stdout().line(text) };
    ExitCode::from(u8::try_from(err.exit_code()).unwrap_or(2))
}

/// Rust ignores SIGPIPE, so `napwiz summary PLAN | head` would panic on the closed pipe; a
/// command-line tool should end quietly instead, as other Unix tools do.
fn restore_default_sigpipe() {
    #[cfg(unix)]
    // SAFETY: called first thing in main, before any thread exists; SIG_DFL is a valid handler.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
}

/// Under a file size limit (`ulimit -f`, common on locked-down servers) a write past it kills
/// the process with SIGXFSZ, and with it the wizard and its unsaved text. Ignored, the write
/// fails with "File too large" instead, and napwiz says so as of any failed save.
fn refuse_big_writes_with_an_error() {
    #[cfg(unix)]
    // SAFETY: called first thing in main, before any thread exists; SIG_IGN is a valid handler.
    unsafe {
        libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
    }
}
