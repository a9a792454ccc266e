//! The plan's life after adoption, end to end: the implementation report of a period (goldens
//! for the demo plan's two reported periods, the Word and Excel files read back, a PDF made by
//! LibreOffice), the evaluation pack (trajectories, questions tailored from the figures), and
//! the next plan (carry-over, baselines, lessons, refusal to overwrite).
//!
//! Golden files live in `tests/golden/`; regenerate them with
//! `UPDATE_GOLDEN=1 cargo test --test report`, then review the diff.

mod common;

use std::fs;
use std::io::Cursor;
use std::path::{Path, PathBuf};
use std::process::Command;

use calamine::{Data, Reader, Xlsx};
use common::files::{golden, libreoffice_pdf, parse_every_xml_part, pdf_pages, pdf_text, unzip};
use jiff::civil::{Date, date};
use napwiz::content::Content;
use napwiz::document::{self, Block, Document, Section, Stage};
use napwiz::export::{self, ExportOptions, Format};
use napwiz::plan::monitor::{self, Status};
use napwiz::plan::{Baseline, Inclusion, Period, Plan, demo_plan, next_plan};

const DATE: Date = date(2028, 1, 20);
const BIN: &str = env!("CARGO_BIN_EXE_napwiz");
const PERIODS: [&str; 2] = ["2027-H1", "2027-H2"];

fn demo() -> (Plan, &'static Content) {
    let content = common::content();
    (demo_plan(content), content)
}

fn report(period: &str) -> Document {
    let (plan, content) = demo();
    document::build_report(&plan, content, period, DATE).expect("a demo period")
}

fn pack(stage: Stage) -> Document {
    let (plan, content) = demo();
    document::build_evaluation(&plan, content, stage, "2027-H2", DATE).expect("a demo period")
}

fn render(doc: &Document, format: Format) -> Vec<u8> {
    let options = ExportOptions { date: DATE, excel_csv: false, clean: false };
    export::render(doc, format, &options).unwrap().remove(0).bytes
}

fn text(doc: &Document, format: Format) -> String {
    String::from_utf8(render(doc, format)).unwrap()
}

fn section<'a>(doc: &'a Document, number: &str) -> &'a Section {
    doc.sections()
        .into_iter()
        .find(|s| s.number == number)
        .unwrap_or_else(|| panic!("no section {number}"))
}

fn tables(section: &Section) -> Vec<&document::Table> {
    section
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Table(t) => Some(t),
            _ => None,
        })
        .collect()
}

fn table<'a>(section: &'a Section, caption: &str) -> &'a document::Table {
    tables(section)
        .into_iter()
        .find(|t| t.caption == caption)
        .unwrap_or_else(|| panic!("no table '{caption}' in {}", section.heading()))
}

fn napwiz(dir: &Path, args: &[&str]) -> std::process::Output {
    Command::new(BIN).args(args).env("NAPWIZ_DATA_DIR", dir.join("data")).output().unwrap()
}

fn write_demo_plan(dir: &Path) -> PathBuf {
    let (plan, _) = demo();
    let path = dir.join("nap.ron");
    fs::write(&path, napwiz::plan::to_ron(&plan)).unwrap();
    path
}

// ---------------------------------------------------------------------------------------------
// The implementation report
// ---------------------------------------------------------------------------------------------

#[test]
fn report_markdown_matches_the_golden_files_of_both_demo_periods() {
    for period in PERIODS {
        golden(&format!("demo-report-{period}.md"), &render(&report(period), Format::Markdown));
    }
}

#[test]
fn report_html_matches_the_golden_files_of_both_demo_periods() {
    for period in PERIODS {
        golden(&format!("demo-report-{period}.html"), &render(&report(period), Format::Html));
    }
}

#[test]
fn the_report_has_the_chapters_of_an_implementation_report() {
    let doc = report("2027-H2");
    let headings: Vec<String> = doc.chapters.iter().map(Section::heading).collect();
    assert_eq!(
        headings,
        [
            "1 Summary",
            "2 Progress per area and objective",
            "3 Indicators",
            "4 Budget execution",
            "5 Difficulties and corrective measures",
            "6 Recommendations",
            "Annex A. Reporting status by institution",
        ]
    );
    assert!(doc.title_page.period.contains("2027-H2"), "{}", doc.title_page.period);
    let recommendations = &doc.chapters[5].blocks;
    assert!(matches!(recommendations.as_slice(), [Block::Placeholder(_)]), "left for the team");
}

#[test]
fn every_included_action_has_its_reported_status_in_words() {
    let (plan, content) = demo();
    let doc = report("2027-H2");
    let period = plan.period("2027-H2").unwrap();
    let mut seen = 0;
    for objective in doc.sections().into_iter().filter(|s| s.level() == 3) {
        for t in tables(objective) {
            for row in &t.rows {
                seen += 1;
                let status = &row[3].text;
                let known = Status::ALL.iter().any(|s| status.starts_with(&s.label()));
                assert!(known || status == "not reported", "status in words: {status:?}");
            }
        }
    }
    assert_eq!(seen, plan.included_actions(content).len(), "one row per included action");
    let completed = period.reports.values().filter(|r| r.status == Status::Completed).count();
    let summary = table(section(&doc, "1.1"), "Actions by status");
    assert_eq!(summary.rows[0][0].text, "completed");
    assert_eq!(summary.rows[0][1].text, completed.to_string());
}

#[test]
fn the_summary_and_annex_agree_with_the_dashboard_figures() {
    let (plan, content) = demo();
    let dash = monitor::dashboard(&plan, content, "2027-H2").unwrap();
    let doc = report("2027-H2");
    let md = text(&doc, Format::Markdown);
    let reported =
        format!("**Reported on:** {} of {}", dash.overall.reported(), dash.overall.actions);
    assert!(md.contains(&reported), "{reported}");
    let rate = format!("{:.0}%", dash.overall.rate().unwrap() * 100.0);
    assert!(md.contains(&format!("of the actions not dropped):** {rate}")), "{rate}");
    // The demo's Ministry of Justice sent no report for the second half of 2027.
    let annex = table(section(&doc, "A"), "Reporting status by institution");
    let moj = annex.rows.iter().find(|r| r[0].text.contains("(MoJ)")).expect("MoJ leads actions");
    assert_eq!((moj[2].text.as_str(), moj[4].text.as_str()), ("0", "did not report"));
    let owed = dash.owing.iter().find(|o| o.institution.as_deref() == Some("moj")).unwrap();
    assert_eq!(moj[5].text.split(", ").count(), owed.actions.len(), "every missing report named");
    let overdue = table(section(&doc, "5.1"), "Overdue actions");
    assert_eq!(overdue.rows.len(), dash.overdue.len());
}

#[test]
fn budget_execution_adds_up_by_area_and_by_source() {
    let doc = report("2027-H2");
    let budget = section(&doc, "4");
    let amount = |text: &str| -> u64 {
        text.chars().filter(char::is_ascii_digit).collect::<String>().parse().unwrap_or(0)
    };
    let by_area = table(budget, "Budget and spending by area");
    let (total, areas) = by_area.rows.split_last().unwrap();
    assert_eq!(total[0].text, "Total");
    for column in 1..=3 {
        let sum: u64 = areas.iter().map(|r| amount(&r[column].text)).sum();
        assert_eq!(sum, amount(&total[column].text), "column {column} adds up");
    }
    let by_source = table(budget, "Budget and spending by funding source");
    assert!(by_source.rows.len() >= 2, "the demo has several funding sources");
    for column in 1..=3 {
        let sum: u64 = by_source.rows.iter().map(|r| amount(&r[column].text)).sum();
        assert_eq!(
            sum,
            amount(&total[column].text),
            "sources add up to the total, column {column}"
        );
    }
}

#[test]
fn indicators_show_value_earlier_value_and_trend() {
    let doc = report("2027-H2");
    let t = table(section(&doc, "3"), "Indicators");
    let trends: Vec<&str> = t.rows.iter().map(|r| r[6].text.as_str()).collect();
    for word in ["up", "first value"] {
        assert!(trends.contains(&word), "some indicator shows '{word}'");
    }
    for row in &t.rows {
        if row[4].text == "not reported" {
            assert_eq!(row[6].text, "", "no trend without a value");
        }
    }
}

#[test]
fn the_clean_report_leaves_the_recommendations_to_the_checklist_and_never_names_the_tool() {
    let (plan, content) = demo();
    let (doc, gaps) = document::build_report_clean(&plan, content, "2027-H2", DATE).unwrap();
    let md = text(&doc, Format::Markdown);
    assert!(!md.contains("napwiz") && !md.contains("For the drafting team"), "clean copy");
    assert!(!md.contains("DRAFT IMPLEMENTATION REPORT"));
    assert!(gaps.iter().any(|g| g.section == "6 Recommendations"), "{gaps:?}");
    let draft = text(&report("2027-H2"), Format::Markdown);
    assert!(draft.contains("napwiz") && draft.contains("For the drafting team"));
}

#[test]
fn report_docx_is_a_well_formed_package_with_every_chapter() {
    let parts = unzip(&render(&report("2027-H2"), Format::Docx));
    assert!(parse_every_xml_part(&parts) > 5);
    let xml = &parts.iter().find(|(n, _)| n == "word/document.xml").unwrap().1;
    let body = String::from_utf8_lossy(xml);
    let words: String = roxmltree::Document::parse(&body)
        .unwrap()
        .descendants()
        .filter(|n| n.has_tag_name("t"))
        .filter_map(|n| n.text())
        .collect();
    for heading in ["1 Summary", "3 Indicators", "4 Budget execution", "Annex A. Reporting status"]
    {
        assert!(words.contains(heading), "{heading}");
    }
    assert!(words.contains("did not report") && words.contains("not reported"));
    assert!(body.contains("w:orient=\"landscape\""), "wide status tables get landscape pages");
}

#[test]
fn report_xlsx_reads_back_with_one_row_per_action_and_amounts_as_numbers() {
    let (plan, content) = demo();
    let bytes = render(&report("2027-H2"), Format::Xlsx);
    let mut book: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes)).unwrap();
    assert_eq!(
        book.sheet_names(),
        ["Actions", "Indicators", "Budget by area", "Budget by source", "Institutions", "Trend"]
    );
    let actions = book.worksheet_range("Actions").unwrap();
    assert_eq!(actions.height(), plan.included_actions(content).len() + 1);
    let header: Vec<String> =
        actions.rows().next().unwrap().iter().map(|c| c.to_string()).collect();
    let spent = header.iter().position(|h| h == "Spent").unwrap();
    let status = header.iter().position(|h| h == "Status").unwrap();
    let rows: Vec<&[Data]> = actions.rows().skip(1).collect();
    assert!(rows.iter().any(|r| matches!(r[spent], Data::Float(n) if n > 0.0)), "spent as numbers");
    assert!(rows.iter().any(|r| r[status] == "not reported"));
    let trend = book.worksheet_range("Trend").unwrap();
    assert_eq!(trend.height(), 3, "a header and the two periods so far");
}

#[test]
fn libreoffice_prints_the_report() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("report.docx");
    fs::write(&input, render(&report("2027-H2"), Format::Docx)).unwrap();
    let pdf = libreoffice_pdf(&input);
    let pages = pdf_pages(&pdf);
    assert!(pages >= 10, "{pages} pages");
    let last = pdf_text(&pdf, pages - 2, pages);
    assert!(last.contains("Reporting status by institution"), "the annex ends the report");
}

#[test]
fn report_command_writes_each_format_named_after_plan_and_period() {
    let dir = tempfile::tempdir().unwrap();
    let plan = write_demo_plan(dir.path());
    let out = dir.path().join("reports");
    let run = napwiz(
        dir.path(),
        &["report", plan.to_str().unwrap(), "--period", "2027-H2", "--out", out.to_str().unwrap()],
    );
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let printed: Vec<String> =
        String::from_utf8(run.stdout).unwrap().lines().map(String::from).collect();
    let names: Vec<String> = printed
        .iter()
        .map(|p| Path::new(p).file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        names,
        [
            "nap-report-2027-H2.md",
            "nap-report-2027-H2.html",
            "nap-report-2027-H2.docx",
            "nap-report-2027-H2.xlsx"
        ]
    );
    assert!(printed.iter().all(|p| Path::new(p).is_absolute() && Path::new(p).exists()));
}

#[test]
fn report_command_names_the_periods_when_one_is_unknown() {
    let dir = tempfile::tempdir().unwrap();
    let plan = write_demo_plan(dir.path());
    let run = napwiz(dir.path(), &["report", plan.to_str().unwrap(), "--period", "2031-H1"]);
    assert_eq!(run.status.code(), Some(1));
    let err = String::from_utf8_lossy(&run.stderr);
    assert!(
        err.contains("no reporting period '2031-H1'") && err.contains("2027-H1, 2027-H2"),
        "{err}"
    );
    assert_eq!(
        fs::read_dir(dir.path())
            .unwrap()
            .filter(|e| e.as_ref().unwrap().path().extension().is_some_and(|x| x == "md"))
            .count(),
        0
    );
}

#[test]
fn report_command_writes_the_clean_copy_and_its_checklist() {
    let dir = tempfile::tempdir().unwrap();
    let plan = write_demo_plan(dir.path());
    let run = napwiz(
        dir.path(),
        &["report", plan.to_str().unwrap(), "--period", "2027-H1", "--format", "md", "--clean"],
    );
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let checklist = fs::read_to_string(dir.path().join("nap-report-2027-H1-checklist.md")).unwrap();
    assert!(checklist.contains("Recommendations"), "{checklist}");
    let clean = fs::read_to_string(dir.path().join("nap-report-2027-H1.md")).unwrap();
    assert!(!clean.contains("napwiz"));
}

// ---------------------------------------------------------------------------------------------
// The evaluation pack
// ---------------------------------------------------------------------------------------------

fn trajectories(doc: &Document) -> &document::Trajectories {
    section(doc, "3")
        .blocks
        .iter()
        .find_map(|b| match b {
            Block::Trajectories(t) => Some(t),
            _ => None,
        })
        .expect("the trajectories block")
}

fn questions(doc: &Document, criterion: &str) -> Vec<String> {
    let s = section(doc, "4").sections.iter().find(|s| s.title == criterion).unwrap();
    tables(s).iter().flat_map(|t| t.rows.iter().map(|r| r[1].text.clone())).collect()
}

#[test]
fn the_pack_traces_every_indicator_across_the_periods_so_far() {
    let (plan, content) = demo();
    let doc = pack(Stage::MidTerm);
    let t = trajectories(&doc);
    assert_eq!(t.periods, PERIODS);
    let indicators: usize = plan
        .included_actions(content)
        .iter()
        .map(|id| plan.decision(id).unwrap().indicators.len())
        .sum();
    assert_eq!(t.rows.len(), indicators, "every indicator of every included action");
    let id = plan.included_actions(content)[1];
    let indicator = &plan.decision(id).unwrap().indicators[0];
    let expected: Vec<String> = monitor::indicator_trajectory(&plan, id, &indicator.text)
        .into_iter()
        .take(2)
        .map(|(_, v)| v.map(|v| v.words()).unwrap_or_default())
        .collect();
    let row = t.rows.iter().find(|r| r.indicator == indicator.text).unwrap();
    assert_eq!(row.values, expected);
}

#[test]
fn the_pack_html_draws_a_line_chart_per_numeric_indicator() {
    let doc = pack(Stage::Final);
    let drawn =
        trajectories(&doc).rows.iter().filter(|r| r.points.iter().any(Option::is_some)).count();
    assert!(drawn > 5, "the demo reports numbers");
    let html = text(&doc, Format::Html);
    let figure = &html[html.find("<figure class=\"trajectories\"").expect("the charts")..];
    let figure = &figure[..figure.find("</figure>").unwrap()];
    assert_eq!(figure.matches("<svg").count(), drawn);
    assert!(figure.contains("stroke-dasharray"), "targets drawn as dashed lines");
    let md = text(&doc, Format::Markdown);
    assert!(md.contains("*Indicator values by period*"), "other formats print the table");
}

#[test]
fn the_questions_template_follows_the_six_oecd_dac_criteria() {
    let doc = pack(Stage::MidTerm);
    let criteria: Vec<&str> =
        section(&doc, "4").sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(
        criteria,
        ["Relevance", "Coherence", "Effectiveness", "Efficiency", "Impact", "Sustainability"]
    );
    let mut numbers = vec![];
    for s in &section(&doc, "4").sections {
        for t in tables(s) {
            assert_eq!(t.columns.last().unwrap().title, "Findings");
            numbers.extend(t.rows.iter().map(|r| r[0].text.clone()));
        }
    }
    let expected: Vec<String> = (1..=numbers.len()).map(|n| format!("Q{n}")).collect();
    assert_eq!(numbers, expected, "numbered through, unlike action numbers");
    assert!(questions(&doc, "Sustainability").iter().any(|q| q.contains("remaining years")));
    let last = questions(&pack(Stage::Final), "Sustainability");
    assert!(last.iter().any(|q| q.contains("next plan")), "{last:?}");
}

#[test]
fn questions_name_actions_delayed_twice_and_institutions_that_never_reported() {
    let (mut plan, content) = demo();
    // Only one action delayed in both halves, and the Ministry of Justice silent throughout.
    let twice = monitor::repeated_delays(&plan, content, &plan.periods);
    assert!(twice.len() > 1);
    for delay in &twice[1..] {
        plan.periods[0].reports.get_mut(&delay.action).unwrap().status = Status::OnTrack;
    }
    let led_by_moj: Vec<String> = plan
        .included_actions(content)
        .into_iter()
        .filter(|id| plan.decision(id).unwrap().lead.as_deref() == Some("moj"))
        .map(String::from)
        .collect();
    for period in &mut plan.periods {
        period.reports.retain(|id, _| !led_by_moj.contains(id));
    }
    let doc = document::build_evaluation(&plan, content, Stage::MidTerm, "2027-H2", DATE).unwrap();
    let effectiveness = questions(&doc, "Effectiveness");
    let delayed: Vec<&String> =
        effectiveness.iter().filter(|q| q.contains("reported delayed in")).collect();
    assert_eq!(delayed.len(), 1, "{effectiveness:?}");
    assert!(delayed[0].contains("2027-H1, 2027-H2"), "{}", delayed[0]);
    let coherence = questions(&doc, "Coherence");
    assert!(
        coherence
            .iter()
            .any(|q| q.contains("Ministry of Justice (MoJ) sent no report in any period")),
        "{coherence:?}"
    );
    // The demo as it is: many repeated delays make one question that lists them all.
    let grouped = questions(&pack(Stage::MidTerm), "Effectiveness");
    let listing = grouped
        .iter()
        .find(|q| q.contains("actions were reported delayed in two or more periods"))
        .expect("grouped");
    let text_of = |id: &str| content.action(id).unwrap().1.text.clone();
    let pack = pack(Stage::MidTerm);
    let history = table(section(&pack, "2.2"), "Status of each action by period");
    let number =
        &history.rows.iter().find(|r| r[1].text == text_of(&twice[0].action)).unwrap()[0].text;
    assert!(listing.contains(&format!("{number} (2027-H1, 2027-H2)")), "{listing}");
    assert!(listing.starts_with(&format!("{} actions", twice.len())), "{listing}");
}

#[test]
fn evaluation_command_defaults_to_the_last_period_with_reports() {
    let dir = tempfile::tempdir().unwrap();
    let plan = write_demo_plan(dir.path());
    let run = napwiz(
        dir.path(),
        &["report", plan.to_str().unwrap(), "--evaluation", "final", "--format", "md"],
    );
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let md = fs::read_to_string(dir.path().join("nap-final-evaluation.md")).unwrap();
    assert!(
        md.contains("FINAL EVALUATION PACK") && md.contains("Reporting periods 2027-H1 to 2027-H2")
    );
}

// ---------------------------------------------------------------------------------------------
// The next plan
// ---------------------------------------------------------------------------------------------

fn next() -> (Plan, Plan, &'static Content) {
    let (plan, content) = demo();
    let next = next_plan(&plan, content, Period { first: 2031, last: 2034 }).unwrap();
    (plan, next, content)
}

#[test]
fn next_plan_carries_over_what_was_not_completed_and_updates_baselines() {
    let (old, new, content) = next();
    let previous = new.previous.as_ref().unwrap();
    assert_ne!(new.id, old.id);
    assert_eq!(previous.id, old.id);
    assert_eq!(new.meta.period, Period { first: 2031, last: 2034 });
    assert!(new.meta.title.contains("2031-2034"), "{}", new.meta.title);
    assert_eq!((&new.roster, new.monitoring.reporting), (&old.roster, old.monitoring.reporting));
    assert_eq!(new.periods.first().unwrap().id, "2031-H1");
    assert!(new.periods.iter().all(|p| p.reports.is_empty()));
    let mut seen = [0; 4];
    for id in old.included_actions(content) {
        let last = monitor::latest_report(&old.periods, id).map(|(_, r)| r.status);
        let (was, is) = (old.decision(id).unwrap(), new.decision(id).unwrap());
        let carried = previous.is_carried_over(id);
        match last {
            Some(Status::Completed) => {
                seen[0] += 1;
                assert!(
                    !carried
                        && is.inclusion == Inclusion::Excluded
                        && is.baseline == Baseline::InPlace
                );
            }
            Some(Status::OnTrack | Status::Delayed) => {
                seen[1] += 1;
                assert!(
                    carried && is.is_included() && is.baseline == Baseline::PartlyInPlace,
                    "{id}"
                );
            }
            Some(Status::Dropped) => {
                seen[2] += 1;
                assert!(
                    !carried && is.inclusion == Inclusion::Excluded && is.baseline == was.baseline
                );
            }
            _ => {
                seen[3] += 1;
                assert!(carried && is.is_included(), "{id}");
            }
        }
        assert!(is.notes.contains("the previous plan"), "{id}: {}", is.notes);
    }
    assert!(seen.iter().all(|n| *n > 0), "the demo has every case: {seen:?}");
}

#[test]
fn next_plan_baselines_of_indicators_are_the_last_values_reported() {
    let (old, new, content) = next();
    let id = old
        .included_actions(content)
        .into_iter()
        .find(|id| {
            monitor::latest_report(&old.periods, id).is_some_and(|(_, r)| !r.values.is_empty())
        })
        .unwrap();
    let (_, last) = monitor::latest_report(&old.periods, id).unwrap();
    for indicator in &new.decision(id).unwrap().indicators {
        if let Some(value) = last.values.get(&indicator.text) {
            assert_eq!(indicator.baseline, value.words());
        }
    }
}

#[test]
fn next_plan_keeps_reported_difficulties_as_lessons_in_its_draft() {
    let (old, new, content) = next();
    let lessons = &new.previous.as_ref().unwrap().lessons;
    let difficulties: usize = old
        .included_actions(content)
        .iter()
        .filter(|id| {
            old.periods.iter().any(|p| p.report(id).is_some_and(|r| !r.difficulties.is_empty()))
        })
        .count();
    assert!(lessons.len() >= difficulties && difficulties > 0, "{} lessons", lessons.len());
    let draft = document::build(&new, content, DATE);
    let section = section(&draft, "1.5");
    assert_eq!(section.title, "Lessons from the previous plan");
    let items: usize = section
        .blocks
        .iter()
        .map(|b| match b {
            Block::List(items) => items.len(),
            _ => 0,
        })
        .sum();
    assert_eq!(items, lessons.len());
    let md = text(&draft, Format::Markdown);
    assert!(md.contains(&lessons[0].difficulties));
    let notes = &new.decision(&lessons[0].action).unwrap().notes;
    assert!(
        notes.contains(&format!("Lesson ({}): {}", lessons[0].period, lessons[0].difficulties)),
        "{notes}"
    );
    let carried = md.matches("(carried over)").count();
    assert!(carried >= new.previous.as_ref().unwrap().carried_over.len(), "{carried}");
}

#[test]
fn carried_over_actions_are_marked_in_the_wizard() {
    use napwiz::tui::state::{OpenPlan, State, Step};
    let (_, new, content) = next();
    let carried = &new.previous.as_ref().unwrap().carried_over;
    let area = &content.areas[0];
    let goal =
        area.goals.iter().find(|g| g.actions.iter().any(|a| carried.contains(&a.id))).unwrap();
    let mut state = State::new(content.clone(), vec![]);
    state.plan = Some(OpenPlan::new(PathBuf::from("/plans/next.ron"), new.clone(), None));
    state.step = Step::Area(0);
    state.areas[0].expanded.insert(goal.id.clone());
    let screen = common::draw_text(&state, 200, 60);
    assert!(screen.contains("(carried over)"), "{screen}");
}

#[test]
fn next_command_writes_the_new_plan_and_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    let plan = write_demo_plan(dir.path());
    let new = dir.path().join("nap-2031.ron");
    let args = [
        "next",
        plan.to_str().unwrap(),
        "--from",
        "2031",
        "--to",
        "2034",
        "--out",
        new.to_str().unwrap(),
    ];
    let run = napwiz(dir.path(), &args);
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    assert!(String::from_utf8_lossy(&run.stderr).contains("actions carried over"));
    let written = fs::read(&new).unwrap();
    let again = napwiz(dir.path(), &args);
    assert_eq!(again.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&again.stderr).contains("already exists"));
    assert_eq!(fs::read(&new).unwrap(), written, "the first new plan is untouched");
    let check = napwiz(dir.path(), &["check", new.to_str().unwrap()]);
    let checked = String::from_utf8_lossy(&check.stdout);
    assert!(checked.contains(": 0 errors"), "the new plan is healthy: {checked}");
    let overlap = napwiz(
        dir.path(),
        &[
            "next",
            plan.to_str().unwrap(),
            "--from",
            "2028",
            "--to",
            "2031",
            "--out",
            dir.path().join("x.ron").to_str().unwrap(),
        ],
    );
    assert_eq!(overlap.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&overlap.stderr).contains("before the previous plan ends"));
}

#[test]
fn report_headings_and_sheet_names_follow_the_plans_language() {
    let (mut plan, content) = demo();
    // The pseudo-locale marks every message that went through Fluent.
    plan.meta.language = "en-XA".into();
    let doc = document::build_report(&plan, content, "2027-H2", DATE).unwrap();
    assert_ne!(doc.chapters[0].title, "Summary");
    assert!(doc.chapters[0].title.starts_with('['), "{}", doc.chapters[0].title);
    assert!(doc.title_page.status.starts_with('['), "{}", doc.title_page.status);
    let names: Vec<String> = doc.workbook().into_iter().map(|(name, _, _)| name).collect();
    assert!(names.iter().all(|n| n.starts_with('[') && n != "[Actions]"), "{names:?}");
    let pack = document::build_evaluation(&plan, content, Stage::Final, "2027-H2", DATE).unwrap();
    assert!(pack.title_page.status.starts_with('['), "{}", pack.title_page.status);
}
