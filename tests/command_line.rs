//! The command line around the wizard: `new` without flags (asks on a terminal, names the
//! missing flags otherwise), shell completions and the manual page generated from the clap
//! definition (issue 13).

use std::path::Path;
use std::process::{Command, Output, Stdio};

use clap::CommandFactory;
use napwiz::cli::Cli;

mod common;
use common::pty::{BIN, Session};

fn napwiz(dir: &Path, args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .current_dir(dir)
        .env("NAPWIZ_DATA_DIR", dir.join("data"))
        .stdin(Stdio::null())
        .output()
        .unwrap()
}

/// The subcommands a user can see (`--help` lists them).
fn visible_subcommands() -> Vec<String> {
    Cli::command()
        .get_subcommands()
        .filter(|c| !c.is_hide_set())
        .map(|c| c.get_name().to_string())
        .collect()
}

#[test]
fn new_without_flags_and_without_a_terminal_names_the_flags_it_needs() {
    let dir = tempfile::tempdir().unwrap();
    let out = napwiz(dir.path(), &["new", "nap.ron", "--country", "Veldora"]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "wrong usage: {err}");
    assert!(err.contains("a new plan needs --title, --from, --to (there is no terminal"), "{err}");
    assert!(err.contains("napwiz new nap.ron --title"), "an example: {err}");
    assert!(!dir.path().join("nap.ron").exists(), "nothing was created");
}

#[test]
fn new_without_flags_on_a_terminal_asks_for_what_it_needs() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nap.ron");
    let data = dir.path().join("data");
    let mut s = Session::start(
        &["new", path.to_str().unwrap()],
        &[("NAPWIZ_DATA_DIR", data.to_str().unwrap())],
    );
    s.wait_for("Title of the plan:");
    s.keys(&["NAP 2027-2030", "Enter"]);
    s.wait_for("Country:");
    s.keys(&["Veldora", "Enter"]);
    s.wait_for("First year [");
    s.keys(&["2027", "Enter"]);
    s.wait_for("Last year [2030]:");
    s.keys(&["2026", "Enter"]);
    s.wait_for("the last year cannot come before the first (2027)");
    s.keys(&["Enter"]);
    let status = s.wait_exit("the last answer");
    assert!(status.success(), "{}", s.contents());
    let text = std::fs::read_to_string(&path).unwrap();
    let plan = napwiz::plan::from_ron("nap.ron", &text).unwrap().plan;
    assert_eq!(plan.meta.title, "NAP 2027-2030");
    assert_eq!(plan.meta.country, "Veldora");
    assert_eq!((plan.meta.period.first, plan.meta.period.last), (2027, 2030));
}

#[test]
fn completions_are_generated_for_each_shell_with_every_subcommand() {
    let dir = tempfile::tempdir().unwrap();
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let out = napwiz(dir.path(), &["completions", shell]);
        assert!(out.status.success(), "{shell}: {}", String::from_utf8_lossy(&out.stderr));
        let script = String::from_utf8(out.stdout).unwrap();
        assert!(script.len() > 1000, "{shell}: {script}");
        for sub in visible_subcommands() {
            assert!(script.contains(&sub), "{shell} completes {sub}");
        }
        assert!(!script.contains("debug-save-loop"), "{shell} offers a hidden command");
    }
    let out = napwiz(dir.path(), &["completions", "tcsh"]);
    assert_eq!(out.status.code(), Some(2), "an unknown shell is wrong usage");
}

/// The bash script loads in bash and registers a completion for napwiz.
#[test]
fn the_bash_completion_loads() {
    let dir = tempfile::tempdir().unwrap();
    let script = dir.path().join("napwiz.bash");
    std::fs::write(&script, napwiz(dir.path(), &["completions", "bash"]).stdout).unwrap();
    let out = Command::new("bash")
        .args(["--norc", "-c", &format!("source {} && complete -p napwiz", script.display())])
        .output()
        .expect("bash is installed");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8_lossy(&out.stdout).contains("napwiz"));
}

#[test]
fn the_man_page_is_roff_and_lists_every_subcommand() {
    let dir = tempfile::tempdir().unwrap();
    let out = napwiz(dir.path(), &["man"]);
    assert!(out.status.success());
    let page = String::from_utf8(out.stdout).unwrap();
    assert!(page.contains(".TH napwiz 1"), "{page}");
    assert!(page.contains(".SH SUBCOMMANDS"), "{page}");
    for sub in visible_subcommands() {
        assert!(page.contains(&format!("napwiz\\-{}(1)", sub.replace('-', "\\-"))), "{sub}");
    }
    assert!(!page.contains("debug"), "hidden commands stay hidden");

    let out = napwiz(dir.path(), &["man", "--out", "man"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    for sub in visible_subcommands() {
        let file = dir.path().join("man").join(format!("napwiz-{sub}.1"));
        let text = std::fs::read_to_string(&file).unwrap_or_else(|_| panic!("{file:?}"));
        assert!(text.contains(".SH SYNOPSIS"), "{file:?}");
    }
}
