//! The documents follow the plan's language, not the interface's: the demo plan exported in the
//! pseudo-locale (en-XA) has no English word of napwiz's own text left (every heading, table
//! header, gap mark and sentence went through Fluent), and amounts and dates take the
//! language's form (1 234 567 and "29 novembre 2026" in French).

use std::collections::BTreeSet;
use std::sync::OnceLock;

use jiff::civil::{Date, date};
use napwiz::document::{self, Document};
use napwiz::export::{self, ExportOptions, Format};
use napwiz::plan::{Budget, Plan, demo_plan};

mod common;

const DATE: Date = date(2026, 11, 29);

fn demo_in(language: &str) -> Plan {
    let mut plan = demo_plan(common::content());
    plan.meta.language = language.to_string();
    plan
}

fn markdown(doc: &Document) -> String {
    let options = ExportOptions { date: DATE, excel_csv: false, clean: false };
    let rendered = export::render(doc, Format::Markdown, &options).unwrap();
    String::from_utf8(rendered.into_iter().next().unwrap().bytes).unwrap()
}

fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 3)
        .map(str::to_ascii_lowercase)
}

/// Every word of the checklist (pack, glossary, institutions) and of the demo plan: text that
/// is the plan's or the pack's, not napwiz's, and stays as it is in any document language.
fn content_and_plan_words(plan: &Plan) -> BTreeSet<String> {
    let pack: String = napwiz::content::EMBEDDED.iter().map(|(_, text)| *text).collect();
    let text = format!("{pack}{}", ron::to_string(plan).unwrap());
    words(&text).collect()
}

/// The words of the English strings of the documents and the export formats.
fn document_words() -> BTreeSet<String> {
    let english = std::fs::read_to_string("i18n/en/napwiz.ftl").unwrap();
    let prefixes = ["document-", "budget-", "principles-", "export-", "abbreviation-", "xlsx-"];
    english
        .lines()
        .filter(|l| prefixes.iter().any(|p| l.starts_with(p)))
        .filter_map(|l| l.split_once('='))
        .flat_map(|(_, text)| words(text).collect::<Vec<_>>())
        .collect()
}

/// napwiz's own English words in `markdown`: those of its document strings that the plan and
/// the checklist do not use.
fn english_in(markdown: &str, exempt: &BTreeSet<String>) -> BTreeSet<String> {
    let ours = document_words();
    words(markdown).filter(|w| ours.contains(w) && !exempt.contains(w)).collect()
}

#[test]
fn the_demo_plan_in_the_pseudo_locale_has_no_english_fixed_text() {
    let english_plan = demo_in("en");
    let exempt = content_and_plan_words(&english_plan);
    let content = common::content();
    // The check itself: the English draft has words it catches.
    let english = markdown(&document::build(&english_plan, content, DATE));
    let caught = english_in(&english, &exempt);
    assert!(caught.len() > 20, "the word check sees too little: {caught:?}");

    let pseudo_plan = demo_in(napwiz::i18n::PSEUDO);
    let (clean, gaps) = document::build_clean(&pseudo_plan, content, DATE);
    for (name, doc) in
        [("draft", document::build(&pseudo_plan, content, DATE)), ("clean copy", clean.clone())]
    {
        let found = english_in(&markdown(&doc), &exempt);
        assert!(found.is_empty(), "English in the en-XA {name} that bypassed Fluent: {found:?}");
    }
    let checklist = napwiz::export::markdown::checklist(&clean, &gaps);
    let found = english_in(&checklist, &exempt);
    assert!(found.is_empty(), "English in the en-XA drafting checklist: {found:?}");
    // The interface stays English: only the document follows the plan.
    assert_eq!(napwiz::i18n::interface_language(), "en");
}

/// A translator's folder with only the month of the date, so the rest falls back to English
/// message by message, and the numbers and dates show the language's form.
fn locales() -> &'static std::path::Path {
    static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();
    let dir = DIR.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        for (language, month) in [("fr", "novembre"), ("es", "noviembre"), ("ru", "ноября")] {
            let folder = dir.path().join(language);
            std::fs::create_dir_all(&folder).unwrap();
            std::fs::write(folder.join("napwiz.ftl"), format!("document-month-11 = {month}\n"))
                .unwrap();
        }
        napwiz::i18n::set_locales_dir(Some(dir.path()));
        dir
    });
    dir.path()
}

#[test]
fn amounts_and_dates_take_the_plans_language() {
    locales();
    let content = common::content();
    for (language, amount, day) in [
        ("en", "1,234,567", "29 November 2026"),
        ("fr", "1\u{202F}234\u{202F}567", "29 novembre 2026"),
        ("es", "1.234.567", "29 de noviembre de 2026"),
        ("ru", "1\u{A0}234\u{A0}567", "29 ноября 2026 г."),
    ] {
        let mut plan = demo_in(language);
        plan.meta.currency = "EUR".into();
        let id = plan.items.iter().find(|(_, d)| d.is_included()).map(|(id, _)| id.clone());
        let decision = plan.items.get_mut(&id.unwrap()).unwrap();
        decision.budget = Some(Budget { amount: Some(1_234_567), source: String::new() });
        let md = markdown(&document::build(&plan, content, DATE));
        assert!(md.contains(&format!("EUR {amount}")), "{language}: no 'EUR {amount}'");
        assert!(md.contains(day), "{language}: no '{day}'");
    }
}

/// The list of abbreviations of the demo draft made with the translated pack of `language`.
fn abbreviations_of_demo(language: &str) -> Vec<document::ListItem> {
    let content = napwiz::content::Content::embedded_in(language);
    let mut plan = demo_plan(&content);
    plan.meta.language = language.to_string();
    let doc = napwiz::i18n::in_language(language, || document::build(&plan, &content, DATE));
    let annex = doc.chapters.last().unwrap();
    let Some(document::Block::List(items)) = annex.blocks.get(1) else { panic!("a list") };
    items.clone()
}

#[test]
fn the_french_spanish_and_russian_demo_drafts_spell_out_every_acronym() {
    for (language, acronym, meaning) in [
        ("fr", "UE", "Union européenne"),
        ("es", "UE", "Unión Europea"),
        ("ru", "ЕС", "Европейский союз"),
    ] {
        let items = abbreviations_of_demo(language);
        let unknown: Vec<(&str, &str)> = items
            .iter()
            .filter(|i| i.placeholder)
            .map(|i| (i.label.as_deref().unwrap_or(""), i.text.as_str()))
            .collect();
        assert!(unknown.is_empty(), "{language}: acronyms left to spell out: {unknown:?}");
        assert!(items.len() > 10, "{language}: {}", items.len());
        let entry = items.iter().find(|i| i.label.as_deref() == Some(acronym));
        assert_eq!(entry.map(|i| i.text.as_str()), Some(meaning), "{language}");
    }
}

/// The demo draft of `language` (its own pack) rendered as `format`, every file joined.
fn rendered(language: &str, format: Format) -> Vec<u8> {
    let content = napwiz::content::Content::embedded_in(language);
    let mut plan = demo_plan(&content);
    plan.meta.language = language.to_string();
    let doc = document::build(&plan, &content, DATE);
    let options = ExportOptions { date: DATE, excel_csv: false, clean: false };
    export::render(&doc, format, &options).unwrap().into_iter().flat_map(|r| r.bytes).collect()
}

fn docx_text(bytes: &[u8]) -> String {
    let parts = common::files::unzip(bytes);
    let (_, xml) = parts.iter().find(|(n, _)| n == "word/document.xml").unwrap();
    let xml = std::str::from_utf8(xml).unwrap();
    let doc = roxmltree::Document::parse(xml).unwrap();
    doc.descendants().filter(|n| n.has_tag_name("t")).filter_map(|n| n.text()).collect()
}

#[test]
fn labels_take_the_colon_spacing_of_the_documents_language() {
    const NARROW: &str = "\u{202F}:";
    let md = |l: &str| String::from_utf8(rendered(l, Format::Markdown)).unwrap();
    let html = |l: &str| String::from_utf8(rendered(l, Format::Html)).unwrap();
    let (fr_md, en_md) = (md("fr"), md("en"));
    // French: "**Lieu\u{202F}:**" in every labelled list entry, never a colon glued to the label.
    let labelled: Vec<&str> = fr_md.lines().filter(|l| l.starts_with("- **")).collect();
    assert!(labelled.len() > 20, "{}", labelled.len());
    for line in &labelled {
        assert!(line.contains(&format!("{NARROW}**")), "{line}");
    }
    assert!(fr_md.contains(&format!("rédaction{NARROW}**")), "the drafting-team mark");
    assert!(
        !en_md.contains(NARROW)
            && en_md.lines().any(|l| l.starts_with("- **") && l.contains(":** "))
    );
    for language in ["es", "ru"] {
        assert!(!md(language).contains(NARROW), "{language} writes no space before the colon");
    }
    assert!(html("fr").contains(&format!("{NARROW}</strong> ")));
    assert!(!html("en").contains(NARROW));
    let docx = docx_text(&rendered("fr", Format::Docx));
    assert!(docx.matches(NARROW).count() > 20, "French DOCX labels");
    assert!(!docx_text(&rendered("en", Format::Docx)).contains(NARROW));
}

#[test]
fn the_lessons_of_a_previous_plan_are_written_in_the_documents_language() {
    let content = common::content();
    let mut old = demo_plan(content);
    let period = napwiz::plan::Period { first: 2031, last: 2034 };
    let next = napwiz::plan::next_plan(&old, content, period).unwrap();
    let english = markdown(&document::build(&next, content, DATE));
    let fixed = ["This plan follows the", "(carried over)", "Corrective measures:", "(reported "];
    for phrase in fixed {
        assert!(english.contains(phrase), "the check needs the English phrase {phrase:?}");
    }
    // The notes next_plan writes (history, lessons) are in the plan's language too.
    old.meta.language = napwiz::i18n::PSEUDO.to_string();
    let next = napwiz::plan::next_plan(&old, content, period).unwrap();
    let pseudo = markdown(&document::build(&next, content, DATE));
    let more = [
        "Difficulties the implementing",
        "final evaluation found",
        "Lesson (",
        "the previous plan,",
    ];
    let fixed = fixed.into_iter().chain(more);
    for phrase in fixed {
        assert!(!pseudo.contains(phrase), "{phrase:?} bypassed Fluent");
    }
}
