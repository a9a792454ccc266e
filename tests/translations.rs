//! The translated checklists (content/fr, es, ru): embedded and chosen by the plan's language,
//! their draft status said, compared with English by `napwiz content check` (missing entries
//! fall back to English, marked), and near-duplicates judged on the English source.

use std::path::Path;
use std::process::{Command, Output};

use napwiz::content::{
    Content, EMBEDDED_PACKS, FALLBACK_MARK, PackFiles, PackSource, Quality, check_files,
    compare_with_english, embedded_files, fill_from_english, load_for,
};
use napwiz::plan::{Inclusion, Period, Plan, edit};

const BIN: &str = env!("CARGO_BIN_EXE_napwiz");
const TRANSLATIONS: [&str; 3] = ["fr", "es", "ru"];

fn napwiz(args: &[&str]) -> Output {
    let home = tempfile::tempdir().unwrap();
    Command::new(BIN)
        .args(args)
        .env("HOME", home.path())
        .env("XDG_CONFIG_HOME", home.path())
        .env("XDG_DATA_HOME", home.path())
        .env("NAPWIZ_CONFIG", home.path().join("config.ron"))
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env_remove("NAPWIZ_LOCALES_DIR")
        .output()
        .unwrap()
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// 1-based line and column (in characters) of a byte offset, as napwiz reports them.
fn position(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (before.matches('\n').count() + 1, before[line_start..].chars().count() + 1)
}

fn unique_offset(text: &str, needle: &str) -> usize {
    let hits: Vec<usize> = text.match_indices(needle).map(|(i, _)| i).collect();
    assert_eq!(hits.len(), 1, "expected exactly one {needle:?}, found {}", hits.len());
    hits[0]
}

/// The French pack with action P1.2 taken out and the national coordinator's office left in
/// English, as a translator's work in progress might be.
struct Fixture {
    files: Vec<(String, String)>,
    prevention: String,
    institutions: String,
}

const ENGLISH_NAME: &str = "Office of the National Anti-Trafficking Coordinator";

fn fixture() -> Fixture {
    let mut files: Vec<(String, String)> = embedded_files("fr")
        .unwrap()
        .iter()
        .map(|(name, text)| (name.to_string(), text.to_string()))
        .collect();
    for (name, text) in &mut files {
        if name == "areas/1-prevention.ron" {
            let start = unique_offset(text, "Action(id: \"P1.2\"");
            let line_start = text[..start].rfind('\n').unwrap() + 1;
            let end = start + text[start..].find("]),\n").unwrap() + "]),\n".len();
            text.replace_range(line_start..end, "");
        }
        if name == "institutions.ron" {
            let french = "Bureau du coordonnateur national de la lutte contre la traite";
            *text = text.replacen(french, ENGLISH_NAME, 1);
        }
    }
    let text_of = |name: &str| files.iter().find(|(n, _)| n == name).unwrap().1.clone();
    Fixture {
        prevention: text_of("areas/1-prevention.ron"),
        institutions: text_of("institutions.ron"),
        files,
    }
}

impl Fixture {
    fn pack(&self) -> PackFiles {
        PackFiles::from_texts("fixture-fr", self.files.clone())
    }

    fn write(&self, dir: &Path) {
        for (name, text) in &self.files {
            let path = dir.join(name);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        }
    }

    /// `file:line:column: ` of the missing action (after P1.1) and the untranslated name.
    fn expected(&self, root: &str) -> [String; 2] {
        let (line, column) =
            position(&self.prevention, unique_offset(&self.prevention, "\"P1.1\""));
        let missing =
            format!("{root}/areas/1-prevention.ron:{line}:{column}: missing action 'P1.2'");
        let at = unique_offset(&self.institutions, &format!("\"{ENGLISH_NAME}\""));
        let (line, column) = position(&self.institutions, at);
        let untranslated =
            format!("{root}/institutions.ron:{line}:{column}: untranslated name of 'nco'");
        [missing, untranslated]
    }
}

fn files_under(root: &Path, dir: &Path, out: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files_under(root, &path, out);
        } else {
            let rel = path.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/");
            out.push(rel);
        }
    }
}

#[test]
fn every_embedded_pack_is_its_folder() {
    for (language, files) in EMBEDDED_PACKS {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("content").join(language);
        let mut on_disk = Vec::new();
        files_under(&root, &root, &mut on_disk);
        on_disk.sort();
        let mut embedded: Vec<String> = files.iter().map(|(n, _)| n.to_string()).collect();
        embedded.sort();
        assert_eq!(embedded, on_disk, "the embedded {language} pack and its folder disagree");
        for (name, text) in *files {
            let disk = std::fs::read_to_string(root.join(name)).unwrap();
            assert_eq!(&disk, text, "{language}/{name} differs from the embedded copy");
        }
    }
}

#[test]
fn every_translation_is_complete_and_says_it_is_an_unreviewed_draft() {
    let english = Content::embedded();
    assert!(english.meta.translation.is_none(), "the English source is no translation");
    for language in TRANSLATIONS {
        let content = Content::embedded_in(language);
        assert_eq!(content.meta.language, language);
        let status = content.meta.unreviewed_translation().expect("a draft status");
        assert!(!status.reviewed_by_native_speaker && !status.report.is_empty());
        assert_eq!(status.based_on, english.meta.version, "{language} follows this edition");
        for (_, _, action) in english.actions() {
            assert!(content.has_item(&action.id), "{language} lacks {}", action.id);
        }
        let files = PackFiles::embedded_in(language).unwrap();
        let gaps = compare_with_english(&files, &content, &english);
        assert!(gaps.is_empty(), "{language}: {gaps:#?}");
    }
}

#[test]
fn an_unknown_plan_language_gets_the_english_checklist() {
    assert_eq!(Content::embedded_in("de").meta.language, "en");
    assert_eq!(Content::embedded_in("").meta.language, "en");
}

#[test]
fn a_missing_entry_and_an_untranslated_one_are_reported_where_they_belong() {
    let fixture = fixture();
    let files = fixture.pack();
    let content = check_files(&files).expect("the fixture is a valid pack");
    let gaps = compare_with_english(&files, &content, &Content::embedded());
    let lines: Vec<String> = gaps.iter().map(ToString::to_string).collect();
    assert_eq!(lines.len(), 2, "{lines:#?}");
    for (line, expected) in lines.iter().zip(fixture.expected("fixture-fr")) {
        assert!(line.starts_with(&expected), "{line}\nexpected {expected}");
    }
}

#[test]
fn a_missing_entry_falls_back_to_english_marked() {
    let files = fixture().pack();
    let content = fill_from_english(check_files(&files).unwrap(), &Content::embedded());
    let (_, action) = content.action("P1.2").expect("P1.2 is back");
    let (_, english) =
        Content::embedded().action("P1.2").map(|(g, a)| (g.clone(), a.clone())).unwrap();
    assert_eq!(action.text, format!("{FALLBACK_MARK} {}", english.text));
    assert_eq!(content.english_fallback, ["P1.2"]);
    let goal = content.goal("P1").unwrap();
    let ids: Vec<&str> = goal.actions.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(&ids[..3], ["P1.1", "P1.2", "P1.3"], "at the English position");
}

#[test]
fn content_check_lists_the_gaps_of_a_translation_and_still_passes() {
    let fixture = fixture();
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("pack-fr");
    fixture.write(&dir);
    let out = napwiz(&["content", "check", dir.to_str().unwrap()]);
    let printed = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{printed}");
    for expected in fixture.expected(dir.to_str().unwrap()) {
        assert!(printed.lines().any(|l| l.starts_with(&expected)), "{expected}\n{printed}");
    }
    assert!(printed.contains("2 missing or untranslated entries"), "{printed}");
    assert!(printed.contains("judged on the English source"), "{printed}");
    assert!(!printed.contains("read alike"), "no false near-duplicates:\n{printed}");
}

#[test]
fn translations_inherit_the_english_near_duplicates_instead_of_false_ones() {
    let english = Quality::of(&Content::embedded()).near_duplicates;
    for language in TRANSLATIONS {
        let quality = Quality::of(&Content::embedded_in(language));
        assert!(quality.judged_on_english);
        assert_eq!(quality.near_duplicates, english, "{language}");
    }
}

#[test]
fn a_plans_language_picks_its_checklist_and_content_overrides_it() {
    let french = load_for(&PackSource::Embedded, "ru").unwrap();
    assert_eq!(french.meta.language, "ru");
    let tmp = tempfile::tempdir().unwrap();
    fixture().write(tmp.path());
    let dir = PackSource::Dir(tmp.path().to_path_buf());
    let from_folder = load_for(&dir, "es").unwrap();
    assert_eq!(from_folder.meta.language, "fr", "--content wins over the plan's language");
    assert_eq!(from_folder.english_fallback, ["P1.2"], "filled in from English");
}

#[test]
fn napwiz_new_takes_the_language_asked_or_the_interfaces() {
    let tmp = tempfile::tempdir().unwrap();
    let base = ["--title", "Plan", "--country", "Veldora", "--from", "2026", "--to", "2029"];
    let language_of = |args: &[&str], file: &str| {
        let path = tmp.path().join(file);
        let mut all: Vec<&str> = args.to_vec();
        all.extend(base);
        all.push(path.to_str().unwrap());
        let out = napwiz(&all);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        napwiz::store::PlanFile::read(&path).unwrap().plan.meta.language
    };
    assert_eq!(language_of(&["new", "--language", "fr"], "fr.ron"), "fr");
    assert_eq!(language_of(&["--lang", "ru", "new"], "ru.ron"), "ru");
    assert_eq!(language_of(&["--lang", "es", "new", "--language", "en"], "en.ron"), "en");
    assert_eq!(language_of(&["new"], "default.ron"), "en");
    let mut refused = vec!["new", "--language", "de"];
    refused.extend(base);
    let out = napwiz(&refused);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no checklist in 'de'") && err.contains("en, fr, es, ru"), "{err}");
}

#[test]
fn lang_accepts_every_language_with_a_checklist() {
    for language in TRANSLATIONS {
        let out = napwiz(&["--lang", language, "content", "check"]);
        assert!(out.status.success(), "{language}: {}", String::from_utf8_lossy(&out.stderr));
    }
}

/// A French plan's draft with an English interface: the checklist's French text, the
/// draft-translation notice in French on the title page, and an entry the pack lacks in English,
/// marked.
#[test]
fn the_draft_of_a_french_plan_says_its_translation_status_and_marks_english_entries() {
    let tmp = tempfile::tempdir().unwrap();
    let content = fill_from_english(check_files(&fixture().pack()).unwrap(), &Content::embedded());
    let mut plan = Plan::new("Plan", "Veldora", Period { first: 2026, last: 2029 }, &content);
    assert_eq!(plan.meta.language, "fr");
    for id in ["P1.1", "P1.2"] {
        edit::set_inclusion(&mut plan, &content, id, Inclusion::Included);
    }
    let options = napwiz::export::ExportOptions::default();
    let formats = [napwiz::export::Format::Markdown];
    let written =
        napwiz::export::export_plan(&plan, &content, &formats, tmp.path(), "plan", &options)
            .unwrap();
    let draft = std::fs::read_to_string(&written[0]).unwrap();
    let french = &content.action("P1.1").unwrap().1.text;
    assert!(draft.contains(french.as_str()), "French checklist text");
    let english = &Content::embedded().action("P1.2").unwrap().1.text.clone();
    // Markdown escapes the mark's brackets.
    assert!(draft.contains(&format!("\\[en\\] {english}")), "marked English entry");
    // The draft's fixed text is the plan's language (i18n/fr/napwiz.ftl), the interface English.
    assert!(draft.contains("Projet de traduction de la liste de contrôle (fr"), "title page");
    assert!(draft.contains("pas encore relu par un praticien de langue maternelle"));
    assert!(draft.contains("en anglais, marquée \\[en\\] : P1.2"), "the entry is listed");
    assert_eq!(napwiz::i18n::current_language(), "en", "the interface stays English");
}
