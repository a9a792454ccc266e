//! The draft action plan and its export formats, end to end: golden files for the demo plan
//! (Markdown, HTML, CSV), DOCX and XLSX unzipped and every XML part parsed, the XLSX read back
//! with calamine, the HTML parsed by an HTML5 parser, the Markdown by a CommonMark parser, an
//! injection test per format, the `export` command, and (where LibreOffice is installed) a
//! conversion of the Word and Excel files to PDF.
//!
//! Golden files live in `tests/golden/`; regenerate them with
//! `UPDATE_GOLDEN=1 cargo test --test export`, then review the diff.

// This file reports on itself (timings, skips, paths); that is not napwiz's output (clippy.toml).
#![allow(clippy::disallowed_macros)]

mod common;

use std::collections::BTreeSet;
use std::fs;
use std::io::Cursor;
use std::path::{Path, PathBuf};
use std::process::Command;

use calamine::{Data, Reader, Xlsx};
use common::files::{
    golden, libreoffice_pdf, parse_every_xml_part, pdf_pages, pdf_text, required, unzip,
};
use jiff::civil::{Date, date};
use napwiz::content::{Content, IndicatorKind};
use napwiz::document::{self, Block, Document, Section};
use napwiz::export::{self, ExportOptions, Format};
use napwiz::plan::{
    Baseline, Budget, CustomAction, CustomGoal, Decision, Inclusion, Indicator, Plan, Priority,
    Timeframe, demo_plan, summarize,
};

const DATE: Date = date(2026, 11, 28);
const BIN: &str = env!("CARGO_BIN_EXE_napwiz");

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

fn demo() -> (Plan, Content) {
    let content = Content::embedded();
    (demo_plan(&content), content)
}

fn demo_document() -> Document {
    let (plan, content) = demo();
    document::build(&plan, &content, DATE)
}

fn options(excel_csv: bool) -> ExportOptions {
    ExportOptions { date: DATE, excel_csv, clean: false }
}

/// The bytes of one rendered file, by its suffix (".md", "-actions.csv", ...).
fn render(doc: &Document, format: Format, suffix: &str) -> Vec<u8> {
    export::render(doc, format, &options(false))
        .unwrap()
        .into_iter()
        .find(|r| r.suffix == suffix)
        .unwrap_or_else(|| panic!("no {suffix} in the {format:?} export"))
        .bytes
}

fn text(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).expect("UTF-8")
}

fn part<'a>(parts: &'a [(String, Vec<u8>)], name: &str) -> &'a str {
    let data = &parts.iter().find(|(n, _)| n == name).unwrap_or_else(|| panic!("no part {name}")).1;
    std::str::from_utf8(data).unwrap()
}

/// All text of a Word part (the `w:t` elements), joined.
fn docx_text(xml: &str) -> String {
    let doc = roxmltree::Document::parse(xml).unwrap();
    doc.descendants().filter(|n| n.has_tag_name("t")).filter_map(|n| n.text()).collect()
}

/// Tables in the document, counting a chart as the table it prints as in Markdown.
fn table_count(doc: &Document) -> usize {
    doc.sections()
        .iter()
        .flat_map(|s| &s.blocks)
        .filter(|b| matches!(b, Block::Table(_) | Block::Chart(_) | Block::Timeline(_)))
        .count()
}

/// A plan whose texts try to break or inject into every format.
fn hostile_plan() -> (Plan, Content) {
    let (mut plan, content) = demo();
    let evil = "=HYPERLINK(\"http://evil.example\",\"x\")\n# heading\n<script>alert(1)</script> a | b \
                \u{1b}[31mred\u{b}\u{1}\u{fffe} end";
    plan.meta.title = "NAP <script>alert(1)</script> | # x".into();
    plan.meta.country = "a | b".into();
    plan.meta.facilitator = "# heading".into();
    plan.meta.currency = "@EUR".into();
    plan.custom_goals.push(CustomGoal {
        id: "PX9".into(),
        area: "P".into(),
        title: "<b>bold</b> | # x ]] --> ".into(),
        guidance: String::new(),
    });
    plan.custom_actions.push(CustomAction {
        id: "PX9.X1".into(),
        goal: "PX9".into(),
        text: "=1+1\n- not a list\n1. not a list".into(),
    });
    let decision = Decision {
        baseline: Baseline::Missing,
        inclusion: Inclusion::Included,
        priority: Some(Priority::High),
        timeframe: Some(Timeframe::ShortTerm),
        lead: Some("<img src=x onerror=alert(1)>".into()),
        partners: vec!["moi".into()],
        indicators: vec![Indicator {
            text: "@SUM(A1:A9)".into(),
            kind: IndicatorKind::Output,
            baseline: "+5".into(),
            target: "-30% | <i>".into(),
            verification: "\tTab".into(),
            frequency: None,
        }],
        budget: Some(Budget { amount: Some(1000), source: "-state budget".into() }),
        notes: evil.into(),
    };
    plan.items.insert("PX9.X1".into(), decision);
    plan.monitoring.notes = evil.into();
    (plan, content)
}

fn has_control_characters(text: &str) -> bool {
    text.chars().any(|c| (c.is_control() && c != '\n' && c != '\r' && c != '\t') || c == '\u{fffe}')
}

// ---------------------------------------------------------------------------------------------
// The document model
// ---------------------------------------------------------------------------------------------

#[test]
fn chapters_follow_the_plan_structure_and_number_hierarchically() {
    let doc = demo_document();
    let numbers: Vec<&str> = doc.chapters.iter().map(|c| c.number.as_str()).collect();
    assert_eq!(numbers, ["1", "2", "3", "4", "5", "6", "7", "8", "9", "A", "B", "C", "D", "E"]);
    for section in doc.sections() {
        for sub in &section.sections {
            assert!(sub.number.starts_with(&format!("{}.", section.number)), "{}", sub.number);
            assert_eq!(sub.level(), section.level() + 1);
        }
    }
    let titles: Vec<String> = doc.chapters.iter().map(Section::heading).collect();
    assert_eq!(titles[3], "4 Prevention");
    assert_eq!(titles[7], "8 Budget");
    assert_eq!(titles[8], "9 Monitoring, review and evaluation");
    assert_eq!(titles[10], "Annex B. Implementation timeline");
    assert_eq!(titles[12], "Annex D. Glossary");
}

#[test]
fn only_included_actions_appear_numbered_in_the_area_chapters() {
    let (plan, content) = demo();
    let doc = document::build(&plan, &content, DATE);
    let mut numbers = vec![];
    for chapter in &doc.chapters[3..7] {
        for objective in &chapter.sections {
            for block in &objective.blocks {
                if let Block::Table(t) = block {
                    for row in &t.rows {
                        assert!(row[0].text.starts_with(&format!("{}.", objective.number)));
                        numbers.push(row[0].text.clone());
                    }
                }
            }
        }
    }
    assert_eq!(numbers.len(), summarize(&plan, &content).included);
    assert_eq!(numbers.iter().collect::<BTreeSet<_>>().len(), numbers.len(), "numbers are unique");
    assert_eq!(doc.matrices.actions.rows.len(), numbers.len());
    let excluded =
        content.actions().find(|(_, _, a)| plan.items[&a.id].inclusion == Inclusion::Excluded);
    let excluded_text = &excluded.unwrap().2.text;
    assert!(!doc.matrices.actions.rows.iter().any(|r| &r[3].text == excluded_text));
}

#[test]
fn the_draft_marks_gaps_and_lists_used_glossary_terms() {
    let content = Content::embedded();
    let plan =
        Plan::new("NAP", "Testland", napwiz::plan::Period { first: 2027, last: 2030 }, &content);
    let doc = document::build(&plan, &content, DATE);
    let placeholders = doc
        .sections()
        .iter()
        .flat_map(|s| &s.blocks)
        .filter(|b| matches!(b, Block::Placeholder(_)))
        .count();
    assert!(placeholders >= 3 + 4, "context sections and empty areas are marked: {placeholders}");
    let glossary = doc.chapters.iter().find(|c| c.title == "Glossary").unwrap();
    let Block::List(terms) = &glossary.blocks[1] else { panic!("a list of terms") };
    let names: Vec<&str> = terms.iter().filter_map(|t| t.label.as_deref()).collect();
    assert!(names.contains(&"Monitoring"), "{names:?}");
    let mut sorted = names.clone();
    sorted.sort_by_key(|n| n.to_lowercase());
    assert_eq!(names, sorted, "alphabetical");
}

/// The tables of a section, by caption.
fn table_of<'a>(section: &'a Section, caption: &str) -> &'a document::Table {
    section
        .walk()
        .into_iter()
        .flat_map(|s| &s.blocks)
        .find_map(|b| match b {
            Block::Table(t) if t.caption == caption => Some(t),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no table '{caption}'"))
}

/// "EUR 2,557,500" as 2557500.
fn amount(text: &str) -> u64 {
    text.chars().filter(char::is_ascii_digit).collect::<String>().parse().unwrap_or(0)
}

#[test]
fn the_budget_chapter_adds_up_the_estimates_every_way() {
    let (plan, content) = demo();
    let doc = document::build(&plan, &content, DATE);
    let actions = &doc.matrices.actions;
    let column = actions.columns.iter().position(|c| c.title == "Budget").unwrap();
    let costed: Vec<u64> =
        actions.rows.iter().filter_map(|r| r[column].text.parse::<u64>().ok()).collect();
    let total: u64 = costed.iter().sum();
    let budget = &doc.chapters[7];
    assert_eq!(budget.title, "Budget");
    for caption in [
        "Estimates by area",
        "Estimates by objective",
        "Estimates by year",
        "Estimates by funding source",
        "Share of the budget per lead institution",
    ] {
        let table = table_of(budget, caption);
        let (last, rows) = table.rows.split_last().unwrap();
        assert_eq!(last[0].text, "Total", "{caption}");
        let estimate = table.columns.iter().position(|c| c.title == "Estimate").unwrap();
        assert_eq!(amount(&last[estimate].text), total, "{caption}: the total");
        let sum: u64 = rows.iter().map(|r| amount(&r[estimate].text)).sum();
        assert_eq!(sum, total, "{caption}: the rows add up to the total");
    }
    assert_eq!(total, 3_330_000, "the demo's estimates");
    let gap = table_of(budget, "Included actions without a cost estimate");
    let not_costed = summarize(&plan, &content).included - costed.len();
    assert_eq!(gap.rows.len(), not_costed);
    assert!(doc.chapters[7].walk().iter().any(|s| s.title == "Costing gap"));
    // The spreadsheet's Budget sheet has the same figures.
    let m = &doc.matrices.budget;
    assert_eq!(m.rows[0][0].text, "Total");
    assert_eq!(m.rows[0][4].text, total.to_string());
    let dimension = |d: &str| m.rows.iter().filter(|r| r[0].text == d).count();
    assert_eq!(dimension("Costing gap"), not_costed);
    assert_eq!(dimension("Area"), 4);
    let lead_shares: f64 = m
        .rows
        .iter()
        .filter(|r| r[0].text == "Lead")
        .map(|r| r[5].text.parse::<f64>().unwrap())
        .sum();
    assert!((lead_shares - 100.0).abs() < 0.5, "{lead_shares}");
}

#[test]
fn every_objective_has_an_expected_result_outcome_indicators_and_a_framework_table() {
    let (plan, content) = demo();
    let doc = document::build(&plan, &content, DATE);
    let objectives: Vec<&Section> = doc.chapters[3..7].iter().flat_map(|c| &c.sections).collect();
    assert!(objectives.len() > 40, "{}", objectives.len());
    for objective in &objectives {
        let Block::List(items) = &objective.blocks[0] else {
            panic!("{}: a list", objective.number)
        };
        let label = |l: &str| items.iter().filter(|i| i.label.as_deref() == Some(l)).count();
        let results: Vec<_> = items
            .iter()
            .filter(|i| i.label.as_deref().is_some_and(|l| l.starts_with("Expected result by ")))
            .collect();
        assert_eq!(results.len(), 1, "{}", objective.number);
        let suggested = content.goals().any(|(_, g)| g.title == objective.title);
        assert_eq!(!results[0].placeholder, suggested, "{}: the pack's result", objective.number);
        assert!(label("Outcome indicator") >= 1, "{}", objective.number);
        let Some(Block::Table(actions)) =
            objective.blocks.iter().find(|b| matches!(b, Block::Table(_)))
        else {
            continue;
        };
        let titles: Vec<&str> = actions.columns.iter().map(|c| c.title.as_str()).collect();
        assert!(titles.contains(&"Target") && titles.contains(&"Current status"), "{titles:?}");
        assert!(!titles.contains(&"Baseline"), "the measure's status is not an indicator baseline");
    }
    // An outcome indicator the pack suggests for the goal is the objective's.
    let first =
        content.areas[0].goals[0].indicators.iter().find(|i| i.kind == IndicatorKind::Outcome);
    let Block::List(items) = &objectives[0].blocks[0] else { unreachable!() };
    assert_eq!(items[1].text, first.expect("an outcome indicator for P1").text);
    // The monitoring framework: one table per objective, its outcome indicators first.
    let monitoring = &doc.chapters[8];
    let tables: Vec<&document::Table> = monitoring
        .walk()
        .into_iter()
        .flat_map(|s| &s.blocks)
        .filter_map(|b| match b {
            Block::Table(t) => Some(t),
            _ => None,
        })
        .collect();
    assert_eq!(tables.len(), objectives.len());
    for (table, objective) in tables.iter().zip(&objectives) {
        assert!(table.caption.starts_with(&format!("Objective {}:", objective.number)));
        assert_eq!(table.rows[0][0].text, format!("Objective {}", objective.number));
        assert_eq!(table.rows[0][2].text, "outcome");
    }
}

#[test]
fn the_timeline_shows_every_scheduled_action_in_the_years_it_runs() {
    let (plan, content) = demo();
    let doc = document::build(&plan, &content, DATE);
    let annex = doc.chapters.iter().find(|c| c.title == "Implementation timeline").unwrap();
    let timelines: Vec<&document::Timeline> = annex
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Timeline(t) => Some(t),
            _ => None,
        })
        .collect();
    assert_eq!(timelines.len(), 4, "one per area");
    let rows: Vec<&document::TimelineRow> = timelines.iter().flat_map(|t| &t.rows).collect();
    let scheduled = plan.items.values().filter(|d| d.is_included() && d.timeframe.is_some());
    let actions = &doc.matrices.actions;
    assert_eq!(rows.len(), actions.rows.len().min(scheduled.count()));
    let from = actions.columns.iter().position(|c| c.title == "From").unwrap();
    let to = actions.columns.iter().position(|c| c.title == "To").unwrap();
    for row in &rows {
        let action = actions.rows.iter().find(|r| r[0].text == row.number).unwrap();
        assert_eq!(row.first.to_string(), action[from].text, "{}", row.number);
        assert_eq!(row.last.to_string(), action[to].text, "{}", row.number);
    }
    let table = timelines[0].as_table();
    assert_eq!(table.columns.len(), 2 + 4, "No., Action and the years 2027-2030");
    let marks = table.rows[0].iter().filter(|c| c.text == document::TIMELINE_MARK).count();
    assert_eq!(marks, usize::from(rows[0].last - rows[0].first) + 1);
    assert_eq!(doc.matrices.timeline.rows.len(), rows.len(), "the Timeline sheet");
}

#[test]
fn the_abbreviations_spell_out_every_institution_code_and_acronym_used() {
    let doc = demo_document();
    let annex = doc.chapters.last().unwrap();
    assert_eq!(annex.heading(), "Annex E. Abbreviations");
    let Block::List(items) = &annex.blocks[1] else { panic!("a list") };
    let entry = |code: &str| items.iter().find(|i| i.label.as_deref() == Some(code));
    let institutions = &doc.matrices.institutions;
    for row in institutions.rows.iter().filter(|r| r[3].text != "0") {
        let (code, name) = (&row[0].text, &row[1].text);
        assert_eq!(&entry(code).unwrap_or_else(|| panic!("no {code}")).text, name);
    }
    assert_eq!(entry("NAP").unwrap().text, "National Action Plan");
    assert_eq!(entry("GRETA").unwrap().text.split(' ').next(), Some("Group"));
    let unknown: Vec<&str> =
        items.iter().filter(|i| i.placeholder).filter_map(|i| i.label.as_deref()).collect();
    assert!(unknown.is_empty(), "the demo's acronyms are all spelled out: {unknown:?}");
    let mut sorted: Vec<String> =
        items.iter().map(|i| i.label.clone().unwrap().to_lowercase()).collect();
    sorted.sort();
    let labels: Vec<String> =
        items.iter().map(|i| i.label.clone().unwrap().to_lowercase()).collect();
    assert_eq!(labels, sorted, "alphabetical");
}

/// Every drafting mark of a document: placeholder passages, list entries and table cells.
fn drafting_marks(doc: &Document) -> usize {
    let facts = doc.title_page.facts.iter().filter(|f| f.placeholder).count();
    let marks: usize = doc
        .sections()
        .iter()
        .flat_map(|s| &s.blocks)
        .map(|b| match b {
            Block::Placeholder(_) => 1,
            Block::List(items) => items.iter().filter(|i| i.placeholder).count(),
            Block::Table(t) => t.rows.iter().flatten().filter(|c| c.placeholder).count(),
            _ => 0,
        })
        .sum();
    facts + marks
}

#[test]
fn the_clean_copy_has_no_notes_marks_or_tool_and_lists_every_gap_for_the_drafting_team() {
    let (plan, content) = demo();
    let draft = document::build(&plan, &content, DATE);
    let (clean, gaps) = document::build_clean(&plan, &content, DATE);
    assert!(drafting_marks(&draft) > 100);
    assert_eq!(drafting_marks(&clean), 0);
    assert_eq!(gaps.len(), drafting_marks(&draft), "every mark is on the checklist");
    let md = text(render(&clean, Format::Markdown, ".md"));
    for absent in ["napwiz", "Workshop notes", "to be decided", "to be costed", "For the drafting"]
    {
        assert!(!md.contains(absent), "the clean copy mentions {absent:?}");
    }
    let draft_md = text(render(&draft, Format::Markdown, ".md"));
    assert!(draft_md.contains("Workshop notes") && draft_md.contains("napwiz"));
    let parts = unzip(&render(&clean, Format::Docx, ".docx"));
    let body = part(&parts, "word/document.xml");
    assert!(!body.contains("w:highlight"), "nothing highlighted for the drafting team");
    assert!(!docx_text(body).contains("napwiz"));
    let checklist = export::markdown::checklist(&clean, &gaps);
    assert!(checklist.contains("## 1.3 Situation analysis"));
    assert!(checklist.contains("(4.1.2): Budget and source \\[to be costed\\]"), "{checklist}");
    assert_eq!(checklist.matches("- [ ] ").count(), gaps.len());
}

#[test]
fn export_command_writes_the_clean_copy_and_its_checklist() {
    let dir = tempfile::tempdir().unwrap();
    let plan = write_demo_plan(dir.path());
    let output =
        napwiz(dir.path(), &["export", plan.to_str().unwrap(), "--format", "md", "--clean"]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.lines().any(|l| l.ends_with("nap-checklist.md")), "{stdout}");
    let md = fs::read_to_string(dir.path().join("nap.md")).unwrap();
    assert!(!md.contains("Workshop notes"));
    let checklist = fs::read_to_string(dir.path().join("nap-checklist.md")).unwrap();
    assert!(checklist.starts_with("# For the drafting team: "));
}

#[test]
fn the_provenance_of_the_checklist_is_stated_once() {
    let md = text(render(&demo_document(), Format::Markdown, ".md"));
    assert_eq!(md.matches("It is not ICMPD").count(), 1);
    assert_eq!(md.matches("follows Chapter A of ICMPD").count(), 1);
}

#[test]
fn preview_lines_show_the_draft_as_plain_text() {
    let (plan, content) = hostile_plan();
    let lines = export::preview_lines(&document::build(&plan, &content, DATE));
    assert_eq!(lines[0], "DRAFT");
    assert!(lines.iter().any(|l| l == "4 Prevention"));
    assert!(lines.iter().any(|l| l.starts_with("  4.1.1 | ")));
    assert!(lines.iter().all(|l| !has_control_characters(l) && !l.contains('\n')));
}

// ---------------------------------------------------------------------------------------------
// Golden files
// ---------------------------------------------------------------------------------------------

#[test]
fn markdown_matches_the_golden_file() {
    golden("demo.md", &render(&demo_document(), Format::Markdown, ".md"));
}

#[test]
fn html_matches_the_golden_file() {
    golden("demo.html", &render(&demo_document(), Format::Html, ".html"));
}

#[test]
fn csv_files_match_the_golden_files() {
    let doc = demo_document();
    for name in ["actions", "monitoring", "responsibilities"] {
        golden(&format!("demo-{name}.csv"), &render(&doc, Format::Csv, &format!("-{name}.csv")));
    }
}

// ---------------------------------------------------------------------------------------------
// Markdown and HTML parse cleanly
// ---------------------------------------------------------------------------------------------

/// (tables, headings, raw HTML other than `<br>`) as pulldown-cmark reads them.
fn markdown_structure(md: &str) -> (usize, Vec<String>, Vec<String>) {
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
    let mut tables = 0;
    let mut headings = vec![];
    let mut html = vec![];
    let mut heading: Option<String> = None;
    for event in Parser::new_ext(md, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH) {
        match event {
            Event::Start(Tag::Table(_)) => tables += 1,
            Event::Start(Tag::Heading { .. }) => heading = Some(String::new()),
            Event::End(TagEnd::Heading(_)) => headings.extend(heading.take()),
            Event::Text(t) | Event::Code(t) => {
                if let Some(h) = heading.as_mut() {
                    h.push_str(&t);
                }
            }
            Event::Html(h) | Event::InlineHtml(h) if h.as_ref() != "<br>" => {
                html.push(h.to_string())
            }
            _ => {}
        }
    }
    (tables, headings, html)
}

#[test]
fn markdown_parses_with_every_table_and_heading() {
    let doc = demo_document();
    let md = text(render(&doc, Format::Markdown, ".md"));
    let (tables, headings, html) = markdown_structure(&md);
    assert_eq!(tables, table_count(&doc));
    assert!(tables > 50, "{tables}");
    // The title, "Contents", then one heading per section.
    assert_eq!(headings.len(), 2 + doc.sections().len());
    assert_eq!(headings[2], "1 Introduction");
    assert!(html.is_empty(), "{html:?}");
}

#[test]
fn markdown_converts_with_pandoc() {
    let pandoc = required("pandoc", "pandoc");
    let dir = tempfile::tempdir().unwrap();
    let md = dir.path().join("nap.md");
    fs::write(&md, render(&demo_document(), Format::Markdown, ".md")).unwrap();
    let out = Command::new(pandoc).args(["-f", "gfm", "-t", "html"]).arg(&md).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let html = String::from_utf8_lossy(&out.stdout);
    assert_eq!(html.matches("<table").count(), table_count(&demo_document()));
    // Converters that drop the <br> of a cell (to Word or plain text) keep its words apart.
    let out = Command::new(pandoc).args(["-f", "gfm", "-t", "plain"]).arg(&md).output().unwrap();
    let plain = String::from_utf8_lossy(&out.stdout);
    assert!(plain.contains("EUR 15,000 (State budget)"), "budget and source stay apart");
    let glued = plain
        .as_bytes()
        .windows(4)
        .any(|w| w[0].is_ascii_alphanumeric() && w[1..] == *"•".as_bytes());
    assert!(!glued, "a bullet glued to the word before it");
}

#[test]
fn html_is_one_self_contained_page_that_parses_without_errors() {
    let doc = demo_document();
    let page = text(render(&doc, Format::Html, ".html"));
    let html = scraper::Html::parse_document(&page);
    assert!(html.errors.is_empty(), "HTML5 parse errors: {:?}", html.errors);
    let select = |css: &str| {
        let selector = scraper::Selector::parse(css).unwrap();
        html.select(&selector).map(|e| e.text().collect::<String>()).collect::<Vec<_>>()
    };
    assert_eq!(select("section.chapter").len(), doc.chapters.len());
    assert_eq!(select("section.chapter > h2")[0], "1 Introduction");
    assert_eq!(select("section.chapter.wide").len(), 5, "area chapters and monitoring");
    assert_eq!(select("figure.chart svg").len(), 2, "per-area and workload charts");
    assert_eq!(select("figure.timeline svg").len(), 4, "one timeline per area");
    assert_eq!(select("table").len(), table_count(&doc) - 2 - 4, "charts are drawn, not tabled");
    assert!(
        select("script, link, img, iframe, object").is_empty(),
        "no scripts or external assets"
    );
    let links = scraper::Selector::parse("a[href]").unwrap();
    assert!(html.select(&links).all(|a| a.value().attr("href").unwrap().starts_with('#')));
    assert!(page.contains("@page wide") && page.contains("table-header-group"));
}

// ---------------------------------------------------------------------------------------------
// DOCX and XLSX read back
// ---------------------------------------------------------------------------------------------

#[test]
fn docx_is_a_well_formed_package_with_headings_contents_and_landscape_pages() {
    let doc = demo_document();
    let parts = unzip(&render(&doc, Format::Docx, ".docx"));
    assert!(parse_every_xml_part(&parts) >= 10);
    let names: BTreeSet<&str> = parts.iter().map(|(n, _)| n.as_str()).collect();
    let rels = roxmltree::Document::parse(part(&parts, "word/_rels/document.xml.rels")).unwrap();
    for rel in rels.descendants().filter(|n| n.has_tag_name("Relationship")) {
        if rel.attribute("TargetMode") != Some("External") {
            let target = format!("word/{}", rel.attribute("Target").unwrap());
            assert!(names.contains(target.as_str()), "missing part {target}");
        }
    }
    let document = part(&parts, "word/document.xml");
    let styles = part(&parts, "word/styles.xml");
    for level in 1..=3 {
        assert!(styles.contains(&format!("w:styleId=\"Heading{level}\"")));
        assert!(styles.contains(&format!("w:val=\"heading {level}\"")));
    }
    for level in 1..=2 {
        assert!(document.contains(&format!("<w:pStyle w:val=\"Heading{level}\"/>")));
    }
    assert!(document.contains("PAGEREF _Toc_s4 \\h"), "contents entries carry page numbers");
    assert!(document.matches("<w:tblHeader/>").count() >= 50, "header rows repeat");
    assert!(document.contains("w:orient=\"landscape\""));
    assert!(document.contains("<w:titlePg"));
    let footers: Vec<&str> = parts
        .iter()
        .filter(|(n, _)| n.starts_with("word/footer"))
        .map(|(n, _)| part(&parts, n))
        .collect();
    assert!(!footers.is_empty() && footers.iter().all(|f| f.contains("PAGE")));
    let words = docx_text(document);
    assert!(
        words.contains("DRAFT") && words.contains("4.1.1") && words.contains("Annex D. Glossary")
    );
}

/// Child orders of ECMA-376 (transitional) sequences that Word enforces; each list names
/// children in the order they must appear (children not named are not checked).
const WORD_ORDER: &[(&str, &[&str])] = &[
    (
        "pPr",
        &[
            "pStyle",
            "keepNext",
            "keepLines",
            "pageBreakBefore",
            "numPr",
            "tabs",
            "bidi",
            "spacing",
            "ind",
            "jc",
            "outlineLvl",
            "rPr",
            "sectPr",
        ],
    ),
    (
        "rPr",
        &[
            "rStyle",
            "rFonts",
            "b",
            "bCs",
            "i",
            "iCs",
            "color",
            "sz",
            "szCs",
            "highlight",
            "u",
            "shd",
            "rtl",
            "lang",
        ],
    ),
    ("sectPr", &["headerReference", "footerReference", "type", "pgSz", "pgMar", "cols", "titlePg"]),
    ("style", &["name", "basedOn", "next", "qFormat", "pPr", "rPr"]),
    ("tcPr", &["tcW", "gridSpan", "vMerge", "tcBorders", "shd", "vAlign"]),
    ("tblPr", &["tblStyle", "tblW", "jc", "tblBorders", "shd", "tblLayout", "tblLook"]),
    ("lvl", &["start", "numFmt", "lvlText", "lvlJc", "pPr", "rPr"]),
    ("docDefaults", &["rPrDefault", "pPrDefault"]),
];

/// Children that must come first in their parent.
const WORD_FIRST: &[(&str, &str)] =
    &[("p", "pPr"), ("r", "rPr"), ("tbl", "tblPr"), ("tr", "trPr"), ("tc", "tcPr")];

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// Every violation of [`WORD_ORDER`] and [`WORD_FIRST`] in a part, as "parent: a after b".
fn order_violations(xml: &str) -> Vec<String> {
    let doc = roxmltree::Document::parse(xml).unwrap();
    let mut problems = vec![];
    for node in doc.descendants().filter(|n| n.is_element() && n.tag_name().namespace() == Some(W))
    {
        let parent = node.tag_name().name();
        let children: Vec<&str> =
            node.children().filter(|c| c.is_element()).map(|c| c.tag_name().name()).collect();
        if let Some((_, order)) = WORD_ORDER.iter().find(|(p, _)| *p == parent) {
            let ranks: Vec<usize> =
                children.iter().filter_map(|c| order.iter().position(|o| o == c)).collect();
            if ranks.windows(2).any(|w| w[0] > w[1]) {
                problems.push(format!("{parent}: {children:?}"));
            }
        }
        for (p, first) in WORD_FIRST {
            if parent == *p && children.iter().skip(1).any(|c| c == first) {
                problems.push(format!("{parent}: {first} is not first in {children:?}"));
            }
        }
    }
    problems
}

/// The `(name, value)` of an attribute in the Word namespace.
fn w_attr<'a>(node: roxmltree::Node<'a, '_>, name: &str) -> Option<&'a str> {
    node.attribute((W, name))
}

#[test]
fn docx_is_word_strict() {
    let doc = demo_document();
    let parts = unzip(&render(&doc, Format::Docx, ".docx"));
    parse_every_xml_part(&parts);
    // Element order, in every part.
    for (name, data) in &parts {
        if name.ends_with(".xml") {
            let problems = order_violations(std::str::from_utf8(data).unwrap());
            assert!(
                problems.is_empty(),
                "{name}: {}",
                problems[..problems.len().min(5)].join("; ")
            );
        }
    }
    // Paragraph ids are unique across the document and its footers.
    let mut ids = BTreeSet::new();
    for (name, data) in parts.iter().filter(|(n, _)| n.starts_with("word/")) {
        let xml = std::str::from_utf8(data).unwrap();
        for id in xml.split("w14:paraId=\"").skip(1).map(|s| &s[..8]) {
            assert!(ids.insert(id.to_string()), "{name}: paraId {id} is used twice");
        }
    }
    assert!(ids.len() > 1000, "{}", ids.len());
    // Normal is the default paragraph style; the plan's language is set.
    let styles = roxmltree::Document::parse(part(&parts, "word/styles.xml")).unwrap();
    let normal = styles
        .descendants()
        .find(|n| n.has_tag_name((W, "style")) && w_attr(*n, "styleId") == Some("Normal"))
        .expect("a Normal style");
    assert_eq!(w_attr(normal, "default"), Some("1"));
    let lang = styles.descendants().find(|n| n.has_tag_name((W, "lang"))).expect("w:lang");
    assert_eq!(w_attr(lang, "val"), Some("en-GB"));
    let fonts = styles.descendants().find(|n| n.has_tag_name((W, "rFonts"))).unwrap();
    assert!(w_attr(fonts, "eastAsia").is_some() && w_attr(fonts, "cs").is_some());
    // No part without a relationship to it, no relationship or override without its part.
    let names: BTreeSet<&str> = parts.iter().map(|(n, _)| n.as_str()).collect();
    let mut referenced: BTreeSet<String> = BTreeSet::new();
    for (rels, base) in [("_rels/.rels", ""), ("word/_rels/document.xml.rels", "word/")] {
        let xml = roxmltree::Document::parse(part(&parts, rels)).unwrap();
        for rel in xml.descendants().filter(|n| n.has_tag_name("Relationship")) {
            let target = format!("{base}{}", rel.attribute("Target").unwrap());
            assert!(names.contains(target.as_str()), "{rels} points to missing {target}");
            referenced.insert(target);
        }
    }
    for name in &names {
        let bookkeeping = name.ends_with(".rels") || *name == "[Content_Types].xml";
        assert!(bookkeeping || referenced.contains(*name), "orphan part {name}");
    }
    let types = roxmltree::Document::parse(part(&parts, "[Content_Types].xml")).unwrap();
    for o in types.descendants().filter(|n| n.has_tag_name("Override")) {
        let name = &o.attribute("PartName").unwrap()[1..];
        assert!(names.contains(name), "content type for missing part {name}");
    }
    // Data rows are kept whole; only first rows repeat as headers.
    let body = roxmltree::Document::parse(part(&parts, "word/document.xml")).unwrap();
    let mut data_rows = 0;
    for table in body.descendants().filter(|n| n.has_tag_name((W, "tbl"))) {
        let rows: Vec<_> = table.children().filter(|n| n.has_tag_name((W, "tr"))).collect();
        for (i, row) in rows.iter().enumerate() {
            let marks = |name: &str| row.descendants().any(|n| n.has_tag_name((W, name)));
            assert!(marks("cantSplit"), "row {i} of a table can split");
            assert_eq!(marks("tblHeader"), i == 0, "row {i}: header mark");
            data_rows += usize::from(i > 0);
        }
    }
    assert!(data_rows > 100, "{data_rows}");
    // Document properties and settings.
    let core = part(&parts, "docProps/core.xml");
    assert!(core.contains("<dc:title>National Action Plan against Trafficking"), "{core}");
    assert!(core.contains("<dc:subject>Draft national action plan, Republic of Veldora"));
    assert!(core.contains(&format!("<dc:creator>{}</dc:creator>", doc.author)));
    assert!(!doc.author.is_empty());
    assert!(core.contains(">2026-11-28T00:00:00Z</dcterms:created>"));
    assert!(core.contains("<dc:language>en-GB</dc:language>"));
    assert!(part(&parts, "word/settings.xml").contains("<w:updateFields w:val=\"true\"/>"));
    let words = docx_text(part(&parts, "word/document.xml"));
    assert!(!words.contains("Page numbers appear"), "no hint once the numbers fill themselves");
}

#[test]
fn docx_lays_out_right_to_left_text_and_sets_the_script() {
    let (mut plan, content) = demo();
    plan.meta.language = "ar".into();
    plan.meta.title = "الخطة الوطنية لمكافحة الاتجار بالبشر".into();
    let parts = unzip(&render(&document::build(&plan, &content, DATE), Format::Docx, ".docx"));
    let body = roxmltree::Document::parse(part(&parts, "word/document.xml")).unwrap();
    let title = body
        .descendants()
        .filter(|n| n.has_tag_name((W, "p")))
        .find(|p| p.descendants().any(|t| t.text() == Some(plan.meta.title.as_str())))
        .expect("the title paragraph");
    assert!(title.descendants().any(|n| n.has_tag_name((W, "bidi"))), "RTL paragraph");
    assert!(title.descendants().any(|n| n.has_tag_name((W, "rtl"))), "RTL runs");
    let latin = body
        .descendants()
        .filter(|n| n.has_tag_name((W, "p")))
        .find(|p| p.descendants().any(|t| t.text() == Some("4 Prevention")))
        .unwrap();
    assert!(!latin.descendants().any(|n| n.has_tag_name((W, "bidi"))), "Latin text stays LTR");
    let styles = part(&parts, "word/styles.xml");
    assert!(styles.contains("w:bidi=\"ar-SA\""), "complex-script language");
    assert!(part(&parts, "docProps/core.xml").contains("<dc:language>ar-SA</dc:language>"));
}

#[test]
fn xlsx_reads_back_with_sheets_headers_and_drop_down_lists() {
    let doc = demo_document();
    let bytes = render(&doc, Format::Xlsx, ".xlsx");
    let parts = unzip(&bytes);
    parse_every_xml_part(&parts);
    let mut book: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes)).unwrap();
    assert_eq!(
        book.sheet_names(),
        [
            "Actions",
            "Budget",
            "Timeline",
            "Monitoring framework",
            "Responsibilities",
            "Gaps",
            "Institutions"
        ]
    );
    let actions = book.worksheet_range("Actions").unwrap();
    let header: Vec<String> =
        actions.rows().next().unwrap().iter().map(|c| c.to_string()).collect();
    assert_eq!(&header[..4], ["No.", "Area", "Objective", "Action"]);
    assert_eq!(actions.get_value((1, 0)), Some(&Data::String("4.1.1".into())));
    assert_eq!(actions.get_value((1, 1)), Some(&Data::String("Prevention".into())));
    assert_eq!(actions.height(), doc.matrices.actions.rows.len() + 1);
    let budget = header.iter().position(|h| h == "Budget").unwrap();
    assert!(
        actions.rows().skip(1).any(|r| matches!(r[budget], Data::Float(_))),
        "budgets are numbers"
    );
    let monitoring = book.worksheet_range("Monitoring framework").unwrap();
    assert_eq!(monitoring.get_value((0, 2)), Some(&Data::String("Indicator".into())));
    let sheet1 = part(&parts, "xl/worksheets/sheet1.xml");
    assert!(sheet1.contains("state=\"frozen\"") && sheet1.contains("<autoFilter"));
    assert!(sheet1.contains("type=\"list\"") && sheet1.contains("\"high,medium,low\""));
    assert!(sheet1.contains("partly in place"), "baseline drop-down");
}

#[test]
fn xlsx_budgets_are_numbers_with_thousands_and_the_actions_print_one_page_wide() {
    let parts = unzip(&render(&demo_document(), Format::Xlsx, ".xlsx"));
    let styles = roxmltree::Document::parse(part(&parts, "xl/styles.xml")).unwrap();
    let money = styles
        .descendants()
        .find(|n| n.has_tag_name("numFmt") && n.attribute("formatCode") == Some("#,##0"))
        .expect("a thousands number format");
    let money_id = money.attribute("numFmtId").unwrap();
    let xfs: Vec<_> = styles
        .descendants()
        .find(|n| n.has_tag_name("cellXfs"))
        .unwrap()
        .children()
        .filter(|n| n.has_tag_name("xf"))
        .collect();
    let sheet = roxmltree::Document::parse(part(&parts, "xl/worksheets/sheet1.xml")).unwrap();
    let header: Vec<String> =
        demo_document().matrices.actions.columns.iter().map(|c| c.title.clone()).collect();
    let budget_col = (b'A' + header.iter().position(|h| h == "Budget").unwrap() as u8) as char;
    let budgets: Vec<_> = sheet
        .descendants()
        .filter(|n| n.has_tag_name("c"))
        .filter(|c| {
            let r = c.attribute("r").unwrap();
            r.starts_with(budget_col)
                && r[1..].chars().all(|d| d.is_ascii_digit())
                && r != format!("{budget_col}1")
        })
        .collect();
    assert!(budgets.len() > 20, "{}", budgets.len());
    for cell in budgets {
        assert_eq!(cell.attribute("t"), None, "a number, not text");
        let style: usize = cell.attribute("s").unwrap().parse().unwrap();
        assert_eq!(xfs[style].attribute("numFmtId"), Some(money_id));
    }
    // The header row is tall enough for its wrapped titles.
    let first_row = sheet.descendants().find(|n| n.has_tag_name("row")).unwrap();
    let height: f64 = first_row.attribute("ht").expect("a header row height").parse().unwrap();
    assert!(height >= 30.0, "{height}");
    let setup = sheet.descendants().find(|n| n.has_tag_name("pageSetup")).unwrap();
    assert_eq!(setup.attribute("fitToWidth"), None, "1 is the default: one page wide");
    assert_eq!(setup.attribute("fitToHeight"), Some("0"));
    assert!(
        sheet
            .descendants()
            .any(|n| n.has_tag_name("pageSetUpPr") && n.attribute("fitToPage") == Some("1"))
    );
    let workbook = part(&parts, "xl/workbook.xml");
    assert!(workbook.contains("_xlnm.Print_Titles") && workbook.contains("Actions!$1:$1"));
}

/// The demo plan with a 50 KB note on its first included action.
fn plan_with_a_long_note() -> (Plan, Content, String) {
    let (mut plan, content) = demo();
    let note = "Minutes of the discussion, kept in full. ".repeat(1_250);
    plan.items.get_mut("P1.1").unwrap().notes = note.clone();
    (plan, content, note)
}

#[test]
fn xlsx_says_in_the_cell_where_a_long_text_was_cut() {
    let (plan, content, note) = plan_with_a_long_note();
    let doc = document::build(&plan, &content, DATE);
    let bytes = render(&doc, Format::Xlsx, ".xlsx");
    let mut book: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes)).unwrap();
    let actions = book.worksheet_range("Actions").unwrap();
    let notes = actions
        .rows()
        .next()
        .unwrap()
        .iter()
        .position(|c| matches!(c, Data::String(s) if s == "Notes"))
        .unwrap();
    let cell = actions.get_value((1, notes as u32)).unwrap().to_string();
    assert_eq!(cell.chars().count(), 32_767);
    assert!(note.starts_with(&cell[..1000]));
    assert!(
        cell.ends_with("the whole text is in the plan file and the Word and HTML drafts]"),
        "{}",
        &cell[cell.len() - 300..]
    );
    let cut = export::xlsx::cut_cells(&doc);
    assert_eq!(cut.len(), 1, "{cut:?}");
    assert!(
        cut[0].contains("Actions, column Notes, row 2 (4.1.1): 51,249 characters"),
        "{}",
        cut[0]
    );
}

// ---------------------------------------------------------------------------------------------
// Escaping: hostile text neither breaks a document nor injects anything
// ---------------------------------------------------------------------------------------------

#[test]
fn markdown_escapes_hostile_text() {
    let (plan, content) = hostile_plan();
    let doc = document::build(&plan, &content, DATE);
    let md = text(render(&doc, Format::Markdown, ".md"));
    assert!(!has_control_characters(&md));
    let (tables, headings, html) = markdown_structure(&md);
    assert_eq!(tables, table_count(&doc), "a | in a cell does not break its table");
    assert_eq!(headings.len(), 2 + doc.sections().len(), "# in text makes no heading");
    assert!(html.is_empty(), "no raw HTML: {html:?}");
    assert!(headings[0].contains("<script>alert(1)</script>"), "shown as text: {}", headings[0]);
}

#[test]
fn html_escapes_hostile_text() {
    let (plan, content) = hostile_plan();
    let page = text(render(&document::build(&plan, &content, DATE), Format::Html, ".html"));
    assert!(!has_control_characters(&page));
    let html = scraper::Html::parse_document(&page);
    assert!(html.errors.is_empty(), "{:?}", html.errors);
    let scripts = scraper::Selector::parse("script, img, b, i").unwrap();
    assert_eq!(html.select(&scripts).count(), 0);
    let title = scraper::Selector::parse("h1.title").unwrap();
    let title: String = html.select(&title).next().unwrap().text().collect();
    assert_eq!(title, "NAP <script>alert(1)</script> | # x");
}

#[test]
fn docx_stays_well_formed_with_hostile_text() {
    let (plan, content) = hostile_plan();
    let parts = unzip(&render(&document::build(&plan, &content, DATE), Format::Docx, ".docx"));
    parse_every_xml_part(&parts);
    let words = docx_text(part(&parts, "word/document.xml"));
    assert!(words.contains("<script>alert(1)</script>"), "kept as text");
    assert!(words.contains("=HYPERLINK("));
    assert!(!has_control_characters(&words));
}

#[test]
fn xlsx_keeps_formulas_as_text() {
    let (plan, content) = hostile_plan();
    let bytes = render(&document::build(&plan, &content, DATE), Format::Xlsx, ".xlsx");
    let parts = unzip(&bytes);
    parse_every_xml_part(&parts);
    for (name, xml) in &parts {
        if name.starts_with("xl/worksheets/") {
            assert!(!String::from_utf8_lossy(xml).contains("<f>"), "{name} has a formula");
        }
    }
    let mut book: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes)).unwrap();
    let actions = book.worksheet_range("Actions").unwrap();
    let strings: Vec<String> = actions
        .rows()
        .flatten()
        .filter_map(|c| match c {
            Data::String(s) => Some(s.clone()),
            _ => None,
        })
        .collect();
    assert!(
        strings.iter().any(|s| s.starts_with("=HYPERLINK(")),
        "a formula-looking note is a string"
    );
    assert!(strings.iter().any(|s| s.starts_with("=1+1")));
    assert!(strings.iter().all(|s| !has_control_characters(s)));
}

#[test]
fn csv_neutralises_formulas_and_keeps_its_columns() {
    let (plan, content) = hostile_plan();
    let doc = document::build(&plan, &content, DATE);
    for (excel, delimiter) in [(false, b','), (true, b';')] {
        let files = export::render(&doc, Format::Csv, &options(excel)).unwrap();
        assert_eq!(files.len(), 3);
        for file in files {
            let bytes = file.bytes.strip_prefix(b"\xEF\xBB\xBF".as_slice());
            assert_eq!(bytes.is_some(), excel, "BOM only for Excel");
            let bytes = bytes.unwrap_or(&file.bytes);
            let mut reader = csv::ReaderBuilder::new().delimiter(delimiter).from_reader(bytes);
            let width = reader.headers().unwrap().len();
            for record in reader.records() {
                let record = record.unwrap();
                assert_eq!(record.len(), width, "{}", file.suffix);
                for cell in &record {
                    assert!(!cell.starts_with(['=', '@', '\t', '\r']), "{cell:?}");
                    assert!(!has_control_characters(cell));
                }
            }
        }
    }
    let actions = text(render(&doc, Format::Csv, "-actions.csv"));
    assert!(actions.contains("'=1+1") && actions.contains("\"'=HYPERLINK("));
    assert!(actions.contains("'-state budget") && actions.contains("'@EUR"));
    let monitoring = text(render(&doc, Format::Csv, "-monitoring.csv"));
    assert!(monitoring.contains(",+5,"), "a signed number is no formula: {monitoring}");
    assert!(monitoring.contains("'@SUM(A1:A9)") && monitoring.contains("'-30% | <i>"));
}

/// Whether a spreadsheet reads `cell` as a date or time: day, month and year as numbers
/// separated by `.`, `/` or `-` (4.1.1, 4.1., 1/4, 2001-01-04), with a month name (4 Jan,
/// Jan-4), or a time (4:10). The patterns LibreOffice and Excel accept in English and
/// European locales.
fn reads_as_date(cell: &str) -> bool {
    const MONTHS: [&str; 12] =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    let cell = cell.trim().trim_end_matches('.');
    let parts: Vec<&str> =
        cell.split(['.', '/', '-', ' ', ':']).filter(|p| !p.is_empty()).collect();
    let number = |p: &str| !p.is_empty() && p.len() <= 4 && p.chars().all(|c| c.is_ascii_digit());
    let month = |p: &str| MONTHS.iter().any(|m| p.to_lowercase().starts_with(m) && p.len() <= 9);
    (2..=3).contains(&parts.len())
        && parts.iter().all(|p| number(p) || month(p))
        && parts.iter().any(|p| number(p))
}

#[test]
fn the_date_patterns_catch_what_spreadsheets_turn_into_dates() {
    for date in ["4.1.1", "4.1", "4.10", "4.1.", "1/4", "2001-01-04", "4 Jan", "Jan-4", "4:10"] {
        assert!(reads_as_date(date), "{date}");
    }
    for text in ["Action 4.1.1", "P1.1", "2027", "short term", "4 institutions"] {
        assert!(!reads_as_date(text), "{text}");
    }
}

#[test]
fn csv_action_numbers_are_never_read_as_dates() {
    let doc = demo_document();
    for file in export::render(&doc, Format::Csv, &options(true)).unwrap() {
        let bytes = file.bytes.strip_prefix(b"\xEF\xBB\xBF".as_slice()).unwrap();
        let mut reader = csv::ReaderBuilder::new().delimiter(b';').from_reader(bytes);
        let header = reader.headers().unwrap().clone();
        assert_eq!(&header[0], "No.");
        let numbers: Vec<String> = reader.records().map(|r| r.unwrap()[0].to_string()).collect();
        assert!(numbers.len() > 100, "{}", file.suffix);
        let dates: Vec<&String> = numbers.iter().filter(|n| reads_as_date(n)).collect();
        assert!(dates.is_empty(), "{}: {dates:?}", file.suffix);
        assert_eq!(numbers[0], "Action 4.1.1");
    }
}

// ---------------------------------------------------------------------------------------------
// Writing files: the library hook and the command
// ---------------------------------------------------------------------------------------------

#[test]
fn export_plan_writes_every_format_named_after_the_plan() {
    let (plan, content) = demo();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("drafts");
    let written =
        export::export_plan(&plan, &content, &Format::ALL, &out, "nap", &options(false)).unwrap();
    let names: Vec<String> =
        written.iter().map(|p| p.file_name().unwrap().to_string_lossy().into_owned()).collect();
    assert_eq!(
        names,
        [
            "nap.md",
            "nap.html",
            "nap.docx",
            "nap.xlsx",
            "nap-actions.csv",
            "nap-monitoring.csv",
            "nap-responsibilities.csv"
        ]
    );
    assert!(written.iter().all(|p| p.starts_with(&out) && fs::metadata(p).unwrap().len() > 1000));
    let leftovers = fs::read_dir(&out).unwrap().count();
    assert_eq!(leftovers, 7, "no temporary files left behind");
}

/// The files of an export (built a part at a time, each written as it is made) are what the
/// whole document renders to, byte for byte; the workbook's time of creation aside.
#[test]
fn an_export_made_a_part_at_a_time_writes_what_the_whole_document_renders() {
    let (plan, content, _) = plan_with_a_long_note();
    for clean in [false, true] {
        let options = ExportOptions { clean, ..options(true) };
        let dir = tempfile::tempdir().unwrap();
        let exported =
            export::export_draft(&plan, &content, &Format::ALL, dir.path(), "nap", &options)
                .unwrap();
        let (whole, gaps) = if clean {
            document::build_clean(&plan, &content, DATE)
        } else {
            (document::build(&plan, &content, DATE), vec![])
        };
        for format in Format::ALL {
            for rendered in export::render(&whole, format, &options).unwrap() {
                let name = format!("nap{}", rendered.suffix);
                let written = fs::read(dir.path().join(&name)).unwrap();
                if format == Format::Xlsx {
                    let parts = |bytes: &[u8]| {
                        let mut parts = unzip(bytes);
                        parts.retain(|(part, _)| part != "docProps/core.xml");
                        parts
                    };
                    assert!(parts(&written) == parts(&rendered.bytes), "{name}, clean: {clean}");
                } else {
                    assert!(written == rendered.bytes, "{name}, clean: {clean}");
                }
            }
        }
        assert_eq!(exported.cut_cells, export::xlsx::cut_cells(&whole));
        assert_eq!(exported.cut_cells.len(), 1, "the long note is cut in the workbook");
        if clean {
            let checklist = fs::read_to_string(dir.path().join("nap-checklist.md")).unwrap();
            assert_eq!(checklist, export::markdown::checklist(&whole, &gaps));
        }
    }
}

fn write_demo_plan(dir: &Path) -> PathBuf {
    let (plan, _) = demo();
    let path = dir.join("nap.ron");
    fs::write(&path, napwiz::plan::to_ron(&plan)).unwrap();
    path
}

fn napwiz(dir: &Path, args: &[&str]) -> std::process::Output {
    Command::new(BIN).args(args).env("NAPWIZ_DATA_DIR", dir.join("data")).output().unwrap()
}

/// Peak resident memory in MB of `napwiz ARGS` run to completion (its own, from `wait4`).
#[cfg(target_os = "linux")]
fn peak_memory_mb(dir: &Path, args: &[&str]) -> f64 {
    let mut child = Command::new(BIN)
        .args(args)
        .env("NAPWIZ_DATA_DIR", dir.join("data"))
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut status = 0;
    // SAFETY: all-zero is a valid rusage; the pid is our child's, not yet waited for.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let pid = unsafe { libc::wait4(child.id() as libc::pid_t, &mut status, 0, &mut usage) };
    assert!(pid > 0 && libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0, "{args:?}");
    // Reaped by wait4 already (this returns an error); it only tells std the child is gone.
    let _ = child.wait();
    usage.ru_maxrss as f64 / 1024.0
}

/// The Word file is written as it is made: its peak memory is about the Markdown export's
/// (the document and one output), not several copies of the document as trees (it was 6x the
/// Markdown export's for this plan and 15x for the 100x plan of `cargo bench -- export`).
#[cfg(target_os = "linux")]
#[test]
fn the_word_export_needs_no_more_memory_than_the_markdown_one() {
    let dir = tempfile::tempdir().unwrap();
    let plan = write_demo_plan(dir.path());
    let out = dir.path().join("out");
    let export = |format: &str| {
        let args = ["export", plan.to_str().unwrap(), "--out", out.to_str().unwrap(), "--format"];
        peak_memory_mb(dir.path(), &[&args[..], &[format]].concat())
    };
    let (markdown, word) = (export("md"), export("docx"));
    assert!(word < markdown * 1.5, "docx peak {word:.1} MB, md peak {markdown:.1} MB");
}

#[test]
fn export_command_prints_the_absolute_path_of_every_file() {
    let dir = tempfile::tempdir().unwrap();
    let plan = write_demo_plan(dir.path());
    let out = dir.path().join("out");
    let output = napwiz(
        dir.path(),
        &[
            "export",
            plan.to_str().unwrap(),
            "--format",
            "md,csv",
            "--out",
            out.to_str().unwrap(),
            "--excel",
            "--date",
            "2026-11-28",
        ],
    );
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let stdout = String::from_utf8(output.stdout).unwrap();
    let paths: Vec<&Path> = stdout.lines().map(Path::new).collect();
    assert_eq!(paths.len(), 4);
    assert!(paths.iter().all(|p| p.is_absolute() && p.exists()), "{stdout}");
    assert!(fs::read(out.join("nap-actions.csv")).unwrap().starts_with(b"\xEF\xBB\xBF"));
    let md = fs::read_to_string(out.join("nap.md")).unwrap();
    assert!(md.contains("Draft of") || md.contains("28 November 2026"));
}

#[test]
fn export_command_says_when_the_excel_file_cuts_a_text() {
    let dir = tempfile::tempdir().unwrap();
    let (plan, _, _) = plan_with_a_long_note();
    let path = dir.path().join("nap.ron");
    fs::write(&path, napwiz::plan::to_ron(&plan)).unwrap();
    let output = napwiz(dir.path(), &["export", path.to_str().unwrap(), "--format", "xlsx"]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("the Excel file cuts a text: Actions, column Notes"), "{stderr}");
}

#[test]
fn export_command_writes_next_to_the_plan_by_default() {
    let dir = tempfile::tempdir().unwrap();
    let plan = write_demo_plan(dir.path());
    let output = napwiz(dir.path(), &["export", plan.to_str().unwrap(), "--format", "html"]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(dir.path().join("nap.html").exists());
}

#[test]
fn export_command_says_which_file_it_could_not_write() {
    let dir = tempfile::tempdir().unwrap();
    let plan = write_demo_plan(dir.path());
    let blocker = dir.path().join("not-a-folder");
    fs::write(&blocker, "").unwrap();
    let output =
        napwiz(dir.path(), &["export", plan.to_str().unwrap(), "--out", blocker.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("not-a-folder"), "{stderr}");
}
// ---------------------------------------------------------------------------------------------
// LibreOffice, pandoc and pdftotext (installed by .ci/run; the tests fail without them)
// ---------------------------------------------------------------------------------------------

#[test]
fn libreoffice_prints_the_word_file_with_page_numbers_in_the_contents() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("nap.docx");
    fs::write(&input, render(&demo_document(), Format::Docx, ".docx")).unwrap();
    let pdf = libreoffice_pdf(&input);
    let pages = pdf_pages(&pdf);
    assert!(pages >= 20, "{pages} pages");
    let contents = pdf_text(&pdf, 2, 3);
    let entry = contents.lines().find(|l| l.contains("4 Prevention")).expect("a contents entry");
    let page: usize =
        entry.rsplit(['.', ' ']).next().unwrap().trim().parse().unwrap_or_else(|_| {
            panic!("no page number in the contents entry {entry:?}");
        });
    assert!((4..pages).contains(&page), "{entry:?}");
    assert!(pdf_text(&pdf, page, page).contains("4 Prevention"), "the entry points to its page");
}

#[test]
fn libreoffice_prints_the_excel_file() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("nap.xlsx");
    fs::write(&input, render(&demo_document(), Format::Xlsx, ".xlsx")).unwrap();
    let pages = pdf_pages(&libreoffice_pdf(&input));
    assert!(pages >= 5, "{pages} pages");
}

#[test]
fn libreoffice_in_a_german_locale_imports_the_excel_csv_without_dates() {
    let soffice =
        required("soffice", "LibreOffice (libreoffice-writer-nogui libreoffice-calc-nogui)");
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("nap-actions.csv");
    let files = export::render(&demo_document(), Format::Csv, &options(true)).unwrap();
    fs::write(&input, &files.iter().find(|f| f.suffix == "-actions.csv").unwrap().bytes).unwrap();
    // Separator ';' (59), quote '"' (34), UTF-8 (76), from line 1, German (1031) number and
    // date recognition: what a German-locale spreadsheet does when the file is opened.
    let csv_options = "--infilter=CSV:59,34,76,1,,1031";
    let profile = format!("-env:UserInstallation=file://{}", dir.path().join("profile").display());
    let out_dir = dir.path().join("out");
    let output = Command::new(soffice)
        .args([profile.as_str(), "--headless", "--norestore", csv_options])
        .args(["--convert-to", "csv:Text - txt - csv (StarCalc):59,34,76,1,,1031", "--outdir"])
        .arg(&out_dir)
        .arg(&input)
        .output()
        .unwrap();
    let imported = fs::read_to_string(out_dir.join("nap-actions.csv")).unwrap_or_else(|e| {
        panic!("no CSV back from LibreOffice: {e}; {}", String::from_utf8_lossy(&output.stderr))
    });
    let mut reader = csv::ReaderBuilder::new().delimiter(b';').from_reader(imported.as_bytes());
    let numbers: Vec<String> = reader.records().map(|r| r.unwrap()[0].to_string()).collect();
    let doc = demo_document();
    let expected: Vec<String> =
        doc.matrices.actions.rows.iter().map(|r| format!("Action {}", r[0].text)).collect();
    assert_eq!(numbers, expected, "every action number survives the import as text");
}

// ---------------------------------------------------------------------------------------------
// The demo plan in French: golden files and the Word and Excel files read back
// ---------------------------------------------------------------------------------------------

/// The demo plan made with the French checklist: a plan in French, as `napwiz demo
/// --language fr` writes it.
fn demo_document_fr() -> Document {
    let content = Content::embedded_in("fr");
    let plan = demo_plan(&content);
    assert_eq!(plan.meta.language, "fr");
    document::build(&plan, &content, DATE)
}

#[test]
fn french_markdown_matches_the_golden_file() {
    golden("demo.fr.md", &render(&demo_document_fr(), Format::Markdown, ".md"));
}

#[test]
fn french_html_matches_the_golden_file() {
    golden("demo.fr.html", &render(&demo_document_fr(), Format::Html, ".html"));
}

#[test]
fn french_csv_files_match_the_golden_files() {
    let doc = demo_document_fr();
    for name in ["actions", "monitoring", "responsibilities"] {
        let rendered = render(&doc, Format::Csv, &format!("-{name}.csv"));
        golden(&format!("demo.fr-{name}.csv"), &rendered);
    }
}

#[test]
fn french_docx_and_xlsx_read_back_in_french() {
    let doc = demo_document_fr();
    let parts = unzip(&render(&doc, Format::Docx, ".docx"));
    parse_every_xml_part(&parts);
    let body = docx_text(part(&parts, "word/document.xml"));
    for french in
        ["PROJET", "Sommaire", "Prévention", "Annexe E. Abréviations", "Facilitateur\u{202F}:"]
    {
        assert!(body.contains(french), "DOCX lacks {french:?}");
    }
    assert!(!body.contains("[to be spelled out]") && !body.contains("[à développer]"));
    assert!(
        part(&parts, "word/styles.xml").contains("w:val=\"fr-FR\"")
            || part(&parts, "word/styles.xml").contains("w:val=\"fr\"")
    );
    let bytes = render(&doc, Format::Xlsx, ".xlsx");
    let mut book: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes.clone())).unwrap();
    let sheets = book.sheet_names();
    let french =
        ["Actions", "Budget", "Calendrier", "Cadre de suivi", "Responsabilités", "Lacunes"];
    assert_eq!(sheets[..6], french, "{sheets:?}");
    let actions = book.worksheet_range(&sheets[0]).unwrap();
    let header: Vec<String> =
        actions.rows().next().unwrap().iter().map(|c| c.to_string()).collect();
    assert_eq!(&header[..4], ["N°", "Domaine", "Objectif", "Action"], "{header:?}");
    assert_eq!(actions.get_value((1, 1)), Some(&Data::String("Prévention".into())));
    let sheet1 = part(&unzip(&bytes), "xl/worksheets/sheet1.xml").to_string();
    assert!(sheet1.contains("\"haute,moyenne,basse\""), "priority drop-down in French");
}
