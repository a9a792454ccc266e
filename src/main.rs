use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    restore_default_sigpipe();
    let cli = napwiz::cli::Cli::parse();
    match napwiz::commands::run(cli) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("napwiz: {err:#}");
            ExitCode::from(napwiz::commands::EXIT_ERROR)
        }
    }
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
