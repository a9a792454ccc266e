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
    assert!(offered(&err).contains(&"es"), "Spanish is built in: {err}");
}

/// The languages an "unknown language" error offers.
fn offered(err: &str) -> Vec<&str> {
    err.split("available: ").nth(1).map_or(vec![], |list| list.trim().split(", ").collect())
}

#[test]
fn a_translators_folder_adds_a_language_and_translates() {
    let dir = tempfile::tempdir().unwrap();
    // A language napwiz does not ship, so only the folder can put it on offer.
    write_ftl(dir.path(), "de", "start-title = Anfang\n");
    let dir_arg = dir.path().to_str().unwrap();
    let out = napwiz(&["--lang", "zz", "summary", "x.ron"], &[]);
    assert!(!offered(&String::from_utf8_lossy(&out.stderr)).contains(&"de"));
    let out = napwiz(&["--locales", dir_arg, "--lang", "zz", "summary", "x.ron"], &[]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("unknown language 'zz'") && offered(&err).contains(&"de"), "{err}");
    assert_eq!(offered(&err)[0], "en", "English first: {err}");
    let out = napwiz(
        &["--lang", "zz", "summary", "x.ron"],
        &[("NAPWIZ_LOCALES_DIR", dir_arg), ("LANG", "de_DE.UTF-8")],
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(offered(&err).contains(&"de"), "NAPWIZ_LOCALES_DIR is read too: {err}");
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

/// In-process (this binary's translator folder and interface language are set here, once):
/// the wizard shows the translation, a message it lacks falls back to English, and a French
/// plan's documents are French (sheet names, language tags) while the interface is not.
#[test]
fn a_translation_from_the_folder_shows_on_screen_and_in_the_plans_documents() {
    let dir = tempfile::tempdir().unwrap();
    // The interface in a language napwiz does not ship, so what the folder lacks is English.
    write_ftl(dir.path(), "de", "start-title = Anfang\nstart-new-plan = Neuer Plan...\n");
    // French is built in: the folder's message replaces its built-in one.
    write_ftl(dir.path(), "fr", "xlsx-sheet-actions = Mesures\n");
    napwiz::i18n::set_locales_dir(Some(dir.path()));
    assert!(napwiz::i18n::use_interface("de").is_empty());
    let mut state = State::new(Content::embedded(), vec![]);
    state.size = (80, 24);
    let screen = common::draw_text(&state, 80, 24);
    assert!(screen.contains("Anfang") && screen.contains("Neuer Plan..."), "{screen}");
    assert!(screen.contains("Open a plan file..."), "untranslated falls back: {screen}");

    napwiz::i18n::use_interface("en");
    let content = common::content();
    let mut plan = napwiz::plan::demo_plan(content);
    plan.meta.language = "fr".into();
    let doc = napwiz::document::build(&plan, content, jiff::civil::date(2026, 11, 28));
    let options = napwiz::export::ExportOptions::default();
    let xlsx = napwiz::export::render(&doc, napwiz::export::Format::Xlsx, &options).unwrap();
    let book: calamine::Xlsx<_> =
        calamine::open_workbook_from_rs(std::io::Cursor::new(xlsx[0].bytes.clone())).unwrap();
    let sheets = calamine::Reader::sheet_names(&book);
    assert_eq!(sheets[0], "Mesures", "{sheets:?}");
    assert_eq!(sheets[2], "Calendrier", "the folder lacks it: built-in French: {sheets:?}");
    let html = napwiz::export::render(&doc, napwiz::export::Format::Html, &options).unwrap();
    assert!(String::from_utf8_lossy(&html[0].bytes).contains("<html lang=\"fr\">"));
    let docx = napwiz::export::render(&doc, napwiz::export::Format::Docx, &options).unwrap();
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(docx[0].bytes.clone())).unwrap();
    let mut styles = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("word/styles.xml").unwrap(), &mut styles)
        .unwrap();
    assert!(styles.contains("w:val=\"fr-FR\""), "w:lang from the plan's language");
    assert_eq!(napwiz::i18n::current_language(), "en", "the interface stays English");
}

/// Plain mode through a pipe in the pseudo-locale: its prompts come from Fluent.
#[test]
fn plain_mode_speaks_the_interface_language_through_a_pipe() {
    use std::io::Write;
    let home = tempfile::tempdir().unwrap();
    let mut child = Command::new(BIN)
        .args(["--lang", "en-XA", "--plain"])
        .env("HOME", home.path())
        .env("NAPWIZ_DATA_DIR", home.path())
        .env("NAPWIZ_CONFIG", home.path().join("config.ron"))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(b"q\n").unwrap();
    let out = child.wait_with_output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("[ƞƞȧȧƥẇīīẑ, ƥŀȧȧīīƞƞ ḿǿǿḓḗḗ."), "{text}");
    for english in ["plain mode", "New plan", "Open a plan file", "Choice"] {
        assert!(!text.contains(english), "'{english}' bypassed Fluent:\n{text}");
    }
}

/// Plain mode through a pipe in Spanish, the built-in translation: start menu, answers and
/// the help all come from `i18n/es/napwiz.ftl`, none in English.
#[test]
fn plain_mode_speaks_spanish_through_a_pipe() {
    use std::io::Write;
    let home = tempfile::tempdir().unwrap();
    let mut child = Command::new(BIN)
        .args(["--lang", "es", "--plain"])
        .env("HOME", home.path())
        .env("NAPWIZ_DATA_DIR", home.path())
        .env("NAPWIZ_CONFIG", home.path().join("config.ron"))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(b"?\n7\nq\n").unwrap();
    let out = child.wait_with_output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    for spanish in [
        "napwiz, modo sencillo.",
        "Plan nuevo",
        "Abrir un archivo de plan",
        "Opción [1]:",
        "Escriba 1, 2 o 3.",
        "«7» no es una opción",
    ] {
        assert!(text.contains(spanish), "'{spanish}' missing:\n{text}");
    }
    for english in ["plain mode", "New plan", "Open a plan file", "Choice", "Type 1, 2 or 3"] {
        assert!(!text.contains(english), "'{english}' is not translated:\n{text}");
    }
}

/// French is built in: plain mode through a pipe speaks it (start menu, an answer that is not
/// a choice, the help), with no English left.
#[test]
fn plain_mode_speaks_french_through_a_pipe() {
    use std::io::Write;
    let home = tempfile::tempdir().unwrap();
    let mut child = Command::new(BIN)
        .args(["--lang", "fr", "--plain"])
        .env("HOME", home.path())
        .env("NAPWIZ_DATA_DIR", home.path())
        .env("NAPWIZ_CONFIG", home.path().join("config.ron"))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(b"?\n7\nq\n").unwrap();
    let out = child.wait_with_output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    for french in [
        "napwiz, mode simple.",
        "Nouveau plan",
        "Ouvrir un fichier de plan",
        "Choix [1] :",
        "Saisissez 1, 2 ou 3.",
        "« 7 » n'est pas un choix",
    ] {
        assert!(text.contains(french), "'{french}' missing:\n{text}");
    }
    for english in ["plain mode", "New plan", "Open a plan file", "Choice", "Type 1, 2 or 3"] {
        assert!(!text.contains(english), "'{english}' is not translated:\n{text}");
    }
}

#[test]
fn the_demo_plan_is_written_in_the_language_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("demo-fr.ron");
    let out = napwiz(&["demo", "--language", "fr", path.to_str().unwrap()], &[]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let plan: napwiz::plan::Plan = ron::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(plan.meta.language, "fr");
    assert_eq!(
        plan.meta.title,
        "Plan d'action national contre la traite des êtres humains 2027-2030"
    );
    assert_eq!(plan.meta.country, "République de Veldora (fictive)");
    let english = dir.path().join("demo.ron");
    assert!(napwiz(&["demo", english.to_str().unwrap()], &[]).status.success());
    let plan: napwiz::plan::Plan =
        ron::from_str(&std::fs::read_to_string(&english).unwrap()).unwrap();
    assert_eq!(
        (plan.meta.language.as_str(), plan.meta.country.as_str()),
        ("en", "Republic of Veldora (fictional)")
    );
    let refused =
        napwiz(&["demo", "--language", "de", dir.path().join("x.ron").to_str().unwrap()], &[]);
    assert!(String::from_utf8_lossy(&refused.stderr).contains("no checklist in 'de'"));
}
