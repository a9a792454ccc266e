//! The monitoring documents follow the plan's language: the demo plan's implementation report
//! and evaluation packs rendered in the pseudo-locale (en-XA) keep no English word of napwiz's
//! own text in any format (Markdown, HTML with its charts, the Word file with its footer, the
//! Excel workbook with its sheet names and page headers); the French report has golden files
//! beside the English ones; French percentages read "65,9 %"; the next plan's notes and its
//! lessons section are written in the plan's language; the demo's own monitoring reports
//! (narratives, difficulties, measures, values, who reported) go through Fluent, so a French,
//! Spanish or Russian demo and its documents keep none of the English demo's words.
//!
//! Golden files live in `tests/golden/`; regenerate them with
//! `UPDATE_GOLDEN=1 cargo test --test report_languages`, then review the diff.

mod common;

use std::collections::BTreeSet;
use std::io::Cursor;

use calamine::{Reader, Xlsx};
use common::files::{golden, unzip};
use jiff::civil::{Date, date};
use napwiz::content::Content;
use napwiz::document::{self, Document, Stage};
use napwiz::export::{self, ExportOptions, Format};
use napwiz::plan::{Period, Plan, Value, demo_plan, next_plan};

const DATE: Date = date(2028, 1, 20);
/// Narrow no-break space: French puts it before "%".
const NNBSP: char = '\u{202F}';

fn demo_in(language: &str) -> (Plan, Content) {
    let content = Content::embedded_in(language);
    let mut plan = demo_plan(&content);
    plan.meta.language = language.to_string();
    (plan, content)
}

fn render(doc: &Document, format: Format) -> Vec<u8> {
    let options = ExportOptions { date: DATE, excel_csv: false, clean: false };
    export::render(doc, format, &options).unwrap().remove(0).bytes
}

fn text(doc: &Document, format: Format) -> String {
    String::from_utf8(render(doc, format)).unwrap()
}

/// The documents of the demo plan in `language`: both periods' reports, the clean copy of
/// the last, and both evaluation packs.
fn monitoring_documents(language: &str) -> Vec<(String, Document)> {
    let (plan, content) = demo_in(language);
    let mut docs = vec![];
    for period in ["2027-H1", "2027-H2"] {
        let report = document::build_report(&plan, &content, period, DATE).unwrap();
        docs.push((format!("report {period}"), report));
    }
    let (clean, _) = document::build_report_clean(&plan, &content, "2027-H2", DATE).unwrap();
    docs.push(("clean report".into(), clean));
    for stage in [Stage::MidTerm, Stage::Final] {
        let pack = document::build_evaluation(&plan, &content, stage, "2027-H2", DATE).unwrap();
        docs.push((format!("{stage:?} pack"), pack));
    }
    docs
}

fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| w.len() >= 3)
        .map(str::to_ascii_lowercase)
}

/// Every word of the checklist and of the demo plan (its narratives, difficulties, names):
/// the plan's text, which stays as typed in any document language.
fn content_and_plan_words(plan: &Plan) -> BTreeSet<String> {
    let pack: String = napwiz::content::EMBEDDED.iter().map(|(_, text)| *text).collect();
    let text = format!("{pack}{}", ron::to_string(plan).unwrap());
    words(&text).collect()
}

/// The words of napwiz's English strings that documents, reports and exports use.
fn document_words() -> BTreeSet<String> {
    let english = std::fs::read_to_string("i18n/en/napwiz.ftl").unwrap();
    let prefixes = [
        "document-",
        "budget-",
        "export-",
        "xlsx-",
        "report-",
        "evaluation-",
        "next-",
        "monitor-status-",
    ];
    english
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter(|l| prefixes.iter().any(|p| l.starts_with(p)) || l.starts_with(' '))
        .map(|l| l.split_once('=').map_or(l, |(_, text)| text))
        .flat_map(|text| words(text).collect::<Vec<_>>())
        .collect()
}

/// Text outside markup: what a reader sees (and a screen reader hears) of HTML or XML.
fn visible(markup: &str) -> String {
    let without_style = match (markup.find("<style>"), markup.find("</style>")) {
        (Some(from), Some(to)) => format!("{}{}", &markup[..from], &markup[to..]),
        _ => markup.to_string(),
    };
    let mut out = String::new();
    let mut in_tag = false;
    for c in without_style.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out
}

/// The text of a Word file: body, footers and the document properties.
fn docx_text(bytes: &[u8]) -> String {
    unzip(bytes)
        .into_iter()
        .filter(|(name, _)| {
            name == "word/document.xml"
                || name.starts_with("word/footer")
                || name.ends_with("core.xml")
        })
        .map(|(_, xml)| visible_xml(&String::from_utf8(xml).unwrap()))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The text nodes of an XML part, leaving out Word field codes (PAGE, PAGEREF).
fn visible_xml(xml: &str) -> String {
    let doc = roxmltree::Document::parse(xml).unwrap();
    doc.descendants()
        .filter(|n| n.is_text())
        .filter(|n| n.parent().is_none_or(|p| p.tag_name().name() != "instrText"))
        .filter_map(|n| n.text())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The text of a workbook: sheet names, every cell, the printed page headers and footers
/// and the file properties.
fn xlsx_text(bytes: &[u8]) -> String {
    let mut book: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes.to_vec())).unwrap();
    let mut out = book.sheet_names().join("\n");
    for name in book.sheet_names() {
        for row in book.worksheet_range(&name).unwrap().rows() {
            for cell in row {
                out.push('\n');
                out.push_str(&cell.to_string());
            }
        }
    }
    for (name, xml) in unzip(bytes) {
        if name.starts_with("xl/worksheets/") || name.ends_with("core.xml") {
            let xml = String::from_utf8(xml).unwrap();
            // The header's font code is Excel's, not words of ours.
            out.push('\n');
            out.push_str(&visible_xml(&xml).replace("-,Bold", ""));
        }
    }
    out
}

/// Every format's visible text of `doc`.
fn all_text(doc: &Document) -> Vec<(&'static str, String)> {
    vec![
        ("Markdown", text(doc, Format::Markdown)),
        ("HTML", visible(&text(doc, Format::Html))),
        ("Word", docx_text(&render(doc, Format::Docx))),
        ("Excel", xlsx_text(&render(doc, Format::Xlsx))),
    ]
}

fn english_in(text: &str, ours: &BTreeSet<String>, exempt: &BTreeSet<String>) -> BTreeSet<String> {
    words(text).filter(|w| ours.contains(w) && !exempt.contains(w)).collect()
}

#[test]
fn reports_and_evaluation_packs_in_the_pseudo_locale_have_no_english_fixed_text() {
    let ours = document_words();
    let (english_plan, _) = demo_in("en");
    let exempt = content_and_plan_words(&english_plan);
    // The check itself: each English document, in each format, has words it catches.
    for (name, doc) in monitoring_documents("en") {
        for (format, text) in all_text(&doc) {
            let caught = english_in(&text, &ours, &exempt);
            assert!(
                caught.len() >= 3,
                "the check sees too little in the {format} {name}: {caught:?}"
            );
        }
    }
    for (name, doc) in monitoring_documents(napwiz::i18n::PSEUDO) {
        for (format, text) in all_text(&doc) {
            let found = english_in(&text, &ours, &exempt);
            assert!(found.is_empty(), "English in the en-XA {format} {name}: {found:?}");
        }
    }
}

#[test]
fn the_next_plan_writes_its_notes_and_lessons_in_the_plans_language() {
    let ours = document_words();
    let (english_plan, _) = demo_in("en");
    let exempt = content_and_plan_words(&english_plan);
    let (plan, content) = demo_in(napwiz::i18n::PSEUDO);
    let next = next_plan(&plan, &content, Period { first: 2031, last: 2034 }).unwrap();
    let notes: String = next.items.values().map(|d| d.notes.clone()).collect::<Vec<_>>().join("\n");
    assert!(notes.contains('['), "the notes were written: {notes}");
    // The notes hold the old plan's own words (difficulties, reasons): only ours are checked.
    let found = english_in(&notes, &ours, &exempt);
    assert!(found.is_empty(), "English in the en-XA next plan's notes: {found:?}");
    let draft = text(&document::build(&next, &content, DATE), Format::Markdown);
    let lessons = draft.split("\n## ").find(|s| s.contains("1.5")).unwrap_or(&draft);
    let found = english_in(lessons, &ours, &exempt);
    assert!(found.is_empty(), "English in the en-XA lessons section: {found:?}");
}

#[test]
fn french_report_markdown_and_html_match_their_golden_files() {
    let (plan, content) = demo_in("fr");
    let report = document::build_report(&plan, &content, "2027-H2", DATE).unwrap();
    golden("demo-report-2027-H2.fr.md", &render(&report, Format::Markdown));
    golden("demo-report-2027-H2.fr.html", &render(&report, Format::Html));
}

#[test]
fn french_evaluation_pack_markdown_matches_its_golden_file() {
    let (plan, content) = demo_in("fr");
    let pack = document::build_evaluation(&plan, &content, Stage::Final, "2027-H2", DATE).unwrap();
    golden("demo-final-evaluation.fr.md", &render(&pack, Format::Markdown));
}

#[test]
fn french_percentages_have_a_comma_and_a_narrow_space_before_the_sign() {
    let (plan, content) = demo_in("fr");
    let report = document::build_report(&plan, &content, "2027-H2", DATE).unwrap();
    let md = text(&report, Format::Markdown);
    // Baselines and targets are the plan's own text ("20% (2026)"), written as typed.
    let typed = ron::to_string(&plan).unwrap();
    let percentages: Vec<&str> = md
        .split(|c: char| c.is_whitespace() && c != NNBSP || c == '|' || c == '(' || c == ')')
        .filter(|w| w.ends_with('%') && !typed.contains(w))
        .collect();
    assert!(percentages.len() > 10, "the report's percentages: {percentages:?}");
    for p in &percentages {
        let number = p.strip_suffix(&format!("{NNBSP}%")).unwrap_or_else(|| {
            panic!("'{p}' is not written as French writes a percentage (\"65,9 %\")")
        });
        assert!(number.chars().all(|c| c.is_ascii_digit() || c == ','), "{p}");
    }
    // The draft's budget annex writes shares with one decimal, after a comma.
    let draft = text(&document::build(&plan, &content, DATE), Format::Markdown);
    assert!(
        draft.split(['|', ' ']).any(|w| {
            w.strip_suffix(&format!("{NNBSP}%"))
                .is_some_and(|n| n.contains(',') && !n.contains('.'))
        }),
        "a budget share such as '12,5 %' in the French draft"
    );
    let english = text(
        &document::build_report(&demo_in("en").0, &content, "2027-H2", DATE).unwrap(),
        Format::Markdown,
    );
    assert!(!english.contains(NNBSP), "English keeps '46%'");
}

#[test]
fn reports_say_what_they_are_in_the_html_title_word_footer_and_excel_header() {
    let (plan, content) = demo_in("fr");
    let report = document::build_report(&plan, &content, "2027-H2", DATE).unwrap();
    let html = text(&report, Format::Html);
    let title = html.split("<title>").nth(1).and_then(|t| t.split("</title>").next()).unwrap();
    assert!(title.contains("rapport de mise en œuvre, 2027-H2"), "{title}");
    assert!(!title.contains("projet"), "{title}");
    let word = docx_text(&render(&report, Format::Docx));
    assert!(word.contains("rapport de mise en œuvre 2027-H2 du 20 janvier 2028 - page"), "footer");
    assert!(word.contains("Établi le 20 janvier 2028"), "title page date line");
    assert!(!word.contains("PROJET du"), "the draft's footer");
    let excel = xlsx_text(&render(&report, Format::Xlsx));
    assert!(excel.contains("RAPPORT DE MISE EN ŒUVRE 2027-H2"), "page header");
    assert!(!excel.contains("PROJET\n") && excel.contains("Dépensé"), "{excel}");
    let (english, content) = demo_in("en");
    let pack =
        document::build_evaluation(&english, &content, Stage::MidTerm, "2027-H2", DATE).unwrap();
    let html = text(&pack, Format::Html);
    assert!(html.contains("2027-2030: mid-term evaluation pack</title>"), "English pack title");
}

#[test]
fn xlsx_sheet_names_of_every_language_are_valid_excel_names() {
    for language in ["en", "fr", "es", "ru"] {
        for (name, doc) in monitoring_documents(language) {
            for sheet in doc.workbook().into_iter().map(|(sheet, _, _)| sheet) {
                assert!(sheet.chars().count() <= 31, "{language} {name}: '{sheet}' is too long");
                assert!(!sheet.contains(['[', ']', ':', '*', '?', '/', '\\']), "{sheet}");
            }
        }
    }
    // The pseudo-locale brackets every name: the workbook still opens, the brackets left out.
    let (_, pack) = monitoring_documents(napwiz::i18n::PSEUDO).pop().unwrap();
    let bytes = render(&pack, Format::Xlsx);
    let book: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes)).unwrap();
    for sheet in book.sheet_names() {
        assert!(sheet.chars().count() <= 31 && !sheet.contains('['), "{sheet}");
    }
}

#[test]
fn the_report_command_writes_a_french_plans_report_from_the_french_checklist() {
    let dir = tempfile::tempdir().unwrap();
    let (mut plan, _) = demo_in("en");
    plan.meta.language = "fr".into();
    let path = dir.path().join("plan.ron");
    std::fs::write(&path, napwiz::plan::to_ron(&plan)).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_napwiz"))
        .args(["report", path.to_str().unwrap(), "--period", "2027-H2", "--format", "md"])
        .env("NAPWIZ_DATA_DIR", dir.path().join("data"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let md = std::fs::read_to_string(dir.path().join("plan-report-2027-H2.md")).unwrap();
    assert!(md.contains("Sur les 173 actions du plan"), "French running text");
    let french_goal = &Content::embedded_in("fr").areas[0].goals[0].title;
    assert!(md.contains(french_goal.as_str()), "the French checklist's goal '{french_goal}'");
}

/// The implementers' own words in the demo's monitoring reports, each named by where it stands
/// ("2027-H1 P1.1 done"): what was done, difficulties, corrective measures, why an action was
/// dropped, text values of indicators, where the spending came from and who reported.
fn report_narratives(plan: &Plan) -> Vec<(String, String)> {
    let mut out = vec![];
    for period in &plan.periods {
        for (id, report) in &period.reports {
            let values = report.values.values().filter_map(|v| match v {
                Value::Text(text) => Some(("value", text.as_str())),
                Value::Number(_) => None,
            });
            let source = report.spent.iter().map(|s| ("spending source", s.source.as_str()));
            let fields = [
                ("done", report.done.as_str()),
                ("dropped reason", &report.dropped_reason),
                ("difficulties", &report.difficulties),
                ("corrective measures", &report.corrective_measures),
                ("reported by", &report.reported_by),
            ];
            for (field, text) in fields.into_iter().chain(values).chain(source) {
                if !text.is_empty() {
                    out.push((format!("{} {id} {field}", period.id), text.to_string()));
                }
            }
        }
    }
    out
}

/// The kinds of narrative found ("done", "value"...).
fn kinds(narratives: &[(String, String)]) -> BTreeSet<&str> {
    narratives.iter().filter_map(|(at, _)| at.splitn(3, ' ').nth(2)).collect()
}

/// The demo plan built in the pseudo-locale: every word napwiz writes into it goes through
/// Fluent there, so it comes out accented and bracketed.
fn pseudo_demo() -> Plan {
    let mut content = Content::embedded_in("en");
    content.meta.language = napwiz::i18n::PSEUDO.to_string();
    demo_plan(&content)
}

#[test]
fn every_narrative_of_the_demo_reports_goes_through_fluent() {
    let pseudo = report_narratives(&pseudo_demo());
    // The check itself: the demo fills every kind of narrative it looks at.
    assert_eq!(kinds(&pseudo).len(), 7, "the en-XA demo's report fields: {:?}", kinds(&pseudo));
    let literal: Vec<_> =
        pseudo.iter().filter(|(_, text)| !(text.starts_with('[') && text.ends_with(']'))).collect();
    assert!(literal.is_empty(), "demo report text that bypasses Fluent: {literal:?}");
}

#[test]
fn the_french_spanish_and_russian_demo_reports_keep_none_of_the_english_narratives() {
    let english = report_narratives(&demo_in("en").0);
    let english_texts: BTreeSet<&str> = english.iter().map(|(_, text)| text.as_str()).collect();
    let in_documents = |language: &str| -> BTreeSet<&str> {
        let markdown: String = monitoring_documents(language)
            .iter()
            .map(|(_, doc)| text(doc, Format::Markdown))
            .collect();
        english_texts.iter().copied().filter(|t| markdown.contains(t)).collect()
    };
    // The check itself: the English reports and evaluation packs print the narratives.
    assert!(in_documents("en").len() >= 15, "too few narratives in English documents");
    for language in ["fr", "es", "ru"] {
        let translated = report_narratives(&demo_in(language).0);
        assert_eq!(kinds(&translated).len(), 7, "{language}: {:?}", kinds(&translated));
        let left: Vec<_> =
            translated.iter().filter(|(_, text)| english_texts.contains(text.as_str())).collect();
        assert!(left.is_empty(), "{language}: English narratives in the demo reports: {left:?}");
        let printed = in_documents(language);
        assert!(printed.is_empty(), "{language}: English narratives in its documents: {printed:?}");
    }
}
