//! Choosing the interface language and a translator's folder of `.ftl` files
//! (`--locales` / `NAPWIZ_LOCALES_DIR`): a translation shows in the running binary, a broken
//! file is reported as file:line:column and the built-in strings are used instead.

use std::path::Path;
use std::process::{Command, Output};

use napwiz::content::Content;
use napwiz::tui::state::State;

mod common;

const BIN: &str = env!("CARGO_BIN_EXE_napwiz");

fn napwiz(args: &[&str], env: &[(&str, &str)]) -> Output {
    let home = tempfile::tempdir().unwrap();
    let mut command = Command::new(BIN);
    command
        .args(args)
        .env("HOME", home.path())
        .env("XDG_CONFIG_HOME", home.path())
        .env("XDG_DATA_HOME", home.path())
        .env("NAPWIZ_CONFIG", home.path().join("config.ron"))
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env_remove("NAPWIZ_LOCALES_DIR");
    for (name, value) in env {
        command.env(name, value);
    }
    command.output().unwrap()
}

fn write_ftl(dir: &Path, language: &str, text: &str) {
    std::fs::create_dir_all(dir.join(language)).unwrap();
    std::fs::write(dir.join(language).join("napwiz.ftl"), text).unwrap();
}

#[test]
fn an_unknown_language_is_refused_with_the_list() {
    let out = napwiz(&["--lang", "xx", "summary", "nowhere.ron"], &[]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(err.contains("unknown language 'xx'") && err.contains("available: en"), "{err}");
    assert!(!err.contains("en-XA"), "the pseudo-locale is not offered: {err}");
}

#[test]
fn a_translators_folder_adds_a_language_and_translates() {
    let dir = tempfile::tempdir().unwrap();
    write_ftl(dir.path(), "fr", "start-title = Début\n");
    let dir_arg = dir.path().to_str().unwrap();
    // fr is now on offer (the wizard test below shows its strings).
    let out = napwiz(&["--locales", dir_arg, "--lang", "zz", "summary", "x.ron"], &[]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("unknown language 'zz'") && err.contains("en, fr"), "{err}");
    let out = napwiz(
        &["--lang", "zz", "summary", "x.ron"],
        &[("NAPWIZ_LOCALES_DIR", dir_arg), ("LANG", "fr_FR.UTF-8")],
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("en, fr"), "NAPWIZ_LOCALES_DIR is read too: {err}");
}

#[test]
fn a_broken_ftl_is_reported_with_its_position_and_english_is_used() {
    let dir = tempfile::tempdir().unwrap();
    write_ftl(
        dir.path(),
        "fr",
        "start-title = Début\nstart-new-plan = { $oops\nstart-open-file = Ouvrir\n",
    );
    let out = napwiz(
        &["--locales", dir.path().to_str().unwrap(), "--lang", "fr", "summary", "missing.ron"],
        &[],
    );
    let err = String::from_utf8_lossy(&out.stderr);
    let file = dir.path().join("fr").join("napwiz.ftl");
    assert!(err.contains(&format!("{}:2:", file.display())), "file:line:column: {err}");
    assert!(err.contains("not used: using the built-in strings"), "{err}");
}

/// In-process (this binary's interface language is the translator's from here on): the
/// wizard's own screen shows the translation, and a message it lacks falls back to English.
#[test]
fn the_wizard_shows_a_translation_from_the_folder_message_by_message() {
    let dir = tempfile::tempdir().unwrap();
    write_ftl(dir.path(), "fr", "start-title = Début\nstart-new-plan = Nouveau plan...\n");
    napwiz::i18n::set_locales_dir(Some(dir.path()));
    assert!(napwiz::i18n::use_interface("fr").is_empty());
    let mut state = State::new(Content::embedded(), vec![]);
    state.size = (80, 24);
    let screen = common::draw_text(&state, 80, 24);
    assert!(screen.contains("Début") && screen.contains("Nouveau plan..."), "{screen}");
    assert!(screen.contains("Open a plan file..."), "untranslated falls back: {screen}");
}
