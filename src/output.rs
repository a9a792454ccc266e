//! The one path from napwiz to standard output and standard error outside the full-screen
//! wizard: every command, the plain mode, warnings and the error chain `main` prints. Each text
//! passes [`crate::sanitize::for_terminal`] on its way out, so no plan, pack or path can drive
//! the terminal, whatever the command. `clippy.toml` forbids `println!`, `eprintln!`, `print!`,
//! `eprint!`, `dbg!`, `std::io::stdout` and `std::io::stderr` everywhere else; the wizard's
//! frames have their own guard (`tui::view::draw` checks every cell).

#![allow(clippy::disallowed_methods)] // the one module allowed to open stdout and stderr

use std::fmt;
use std::io::{self, IsTerminal, Stderr, Stdout, Write};

use crate::sanitize::for_terminal;

/// A writer for people to read: it takes text, never bytes, and cleans every piece of it. It
/// deliberately does not implement [`io::Write`], so `write!` cannot go around it.
pub struct Output<W> {
    out: W,
}

impl<W: Write> Output<W> {
    pub fn new(out: W) -> Self {
        Output { out }
    }

    /// Writes `text` and a line feed.
    pub fn line(&mut self, text: impl fmt::Display) -> io::Result<()> {
        let text = text.to_string();
        writeln!(self.out, "{}", for_terminal(&text))
    }

    /// Writes `text` without a line feed (a prompt) and flushes it.
    pub fn text(&mut self, text: impl fmt::Display) -> io::Result<()> {
        let text = text.to_string();
        write!(self.out, "{}", for_terminal(&text))?;
        self.out.flush()
    }

    pub fn get_ref(&self) -> &W {
        &self.out
    }
}

impl Output<Stdout> {
    pub fn stdout() -> Self {
        Output::new(io::stdout())
    }
}

impl Output<Stderr> {
    pub fn stderr() -> Self {
        Output::new(io::stderr())
    }
}

pub fn stdout_is_terminal() -> bool {
    io::stdout().is_terminal()
}

/// What the print macros return: a failed write to a closed or full output is an error the
/// command reports, never a panic.
pub fn written(result: io::Result<()>, stream: &'static str) -> anyhow::Result<()> {
    use anyhow::Context;
    result.with_context(|| crate::fl!("output-write-failed", stream = stream))
}

/// `println!` through the sanitiser: `outln!("{}", x)?`.
#[macro_export]
macro_rules! outln {
    ($($arg:tt)*) => {
        $crate::output::written(
            $crate::output::Output::stdout().line(format_args!($($arg)*)),
            "stdout",
        )
    };
}

/// `print!` through the sanitiser.
#[macro_export]
macro_rules! out {
    ($($arg:tt)*) => {
        $crate::output::written(
            $crate::output::Output::stdout().text(format_args!($($arg)*)),
            "stdout",
        )
    };
}

/// `eprintln!` through the sanitiser, for notices, warnings and errors.
#[macro_export]
macro_rules! errln {
    ($($arg:tt)*) => {
        $crate::output::written(
            $crate::output::Output::stderr().line(format_args!($($arg)*)),
            "stderr",
        )
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_is_cleaned_but_keeps_its_line_breaks_and_tabs() {
        let mut out = Output::new(Vec::new());
        out.line(format_args!("path '{}'", "/tmp/\u{1b}]52;c;aGk=\u{7}x")).unwrap();
        out.text("a\tb\nc\u{9b}2J\u{202e}").unwrap();
        let text = String::from_utf8(out.get_ref().clone()).unwrap();
        assert_eq!(text, "path '/tmp/\u{fffd}]52;c;aGk=\u{fffd}x'\na\tb\nc\u{fffd}2J\u{fffd}");
    }
}
