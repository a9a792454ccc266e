//! Monitoring forms: `napwiz monitor collect` writes one workbook per institution, and
//! `napwiz monitor import` reads back workbooks filled the way ministries fill them (numbers
//! typed as text, blank rows, extra columns, merged title cells, formulas), refuses bad ones
//! cell by cell, imports all or nothing, and keeps conflicts as `merge` does.

use std::collections::BTreeMap;
use std::io::{Cursor, Read};
use std::path::{Path, PathBuf};
use std::process::Output;

use calamine::{Data, Reader, Xlsx};
use napwiz::content::IndicatorKind;
use napwiz::forms::{self, ReturnedForm, layout};
use napwiz::plan::monitor::derive_periods;
use napwiz::plan::{
    Budget, Decision, Frequency, Inclusion, Indicator, Period, Plan, Status, Timeframe, Value,
    from_ron,
};
use napwiz::store::PlanFile;
use rust_xlsxwriter::{Format, Formula, Workbook};

mod common;
use common::content;

const TRAINED: &str = "Frontline staff trained";
const SHARE: &str = "Share of referrals within 48 hours";
const LAW: &str = "Identification procedure in force";

fn indicator(text: &str, baseline: &str, target: &str) -> Indicator {
    Indicator {
        text: text.into(),
        kind: IndicatorKind::Output,
        baseline: baseline.into(),
        target: target.into(),
        verification: String::new(),
        frequency: None,
    }
}

fn included(lead: &str, partners: &[&str]) -> Decision {
    Decision {
        inclusion: Inclusion::Included,
        lead: Some(lead.into()),
        partners: partners.iter().map(|p| p.to_string()).collect(),
        timeframe: Some(Timeframe::ShortTerm),
        budget: Some(Budget { amount: Some(40_000), source: "State budget".into() }),
        ..Decision::default()
    }
}

/// NRM leads A1.1 (three indicators) and A1.4; MOI leads P1.1 with NRM as partner.
fn plan() -> Plan {
    let mut plan =
        Plan::new("NAP 2027-2030", "Veldora", Period { first: 2027, last: 2030 }, content());
    plan.roster.institutions = vec!["nrm".into(), "moi".into()];
    plan.monitoring.reporting = Some(Frequency::SixMonthly);
    let mut a11 = included("nrm", &["moi"]);
    a11.indicators = vec![
        indicator(TRAINED, "0 (2026)", "At least 200 by 2028"),
        indicator(SHARE, "20% (2026)", "80% by 2028"),
        indicator(LAW, "Not yet", "In force by 2028"),
    ];
    plan.items.insert("A1.1".into(), a11);
    plan.items.insert("A1.4".into(), included("nrm", &[]));
    plan.items.insert("P1.1".into(), included("moi", &["nrm"]));
    plan.periods = derive_periods(plan.meta.period, plan.monitoring.reporting);
    plan
}

// ---------------------------------------------------------------------------------------------
// Workbooks as a ministry returns them

#[derive(Clone)]
enum Cell {
    S(&'static str),
    N(f64),
    /// A formula and the value Excel cached for it.
    F(&'static str, &'static str),
    Blank,
}
use Cell::{Blank, F, N, S};

struct Sheet {
    name: &'static str,
    rows: Vec<Vec<Cell>>,
    /// A merged title across the first row's first columns, as ministries add above headers.
    merged_title: Option<(&'static str, u16)>,
}

fn sheet(name: &'static str, rows: Vec<Vec<Cell>>) -> Sheet {
    Sheet { name, rows, merged_title: None }
}

fn workbook(sheets: &[Sheet]) -> Vec<u8> {
    let mut book = Workbook::new();
    for s in sheets {
        let ws = book.add_worksheet();
        ws.set_name(s.name).unwrap();
        let offset = u32::from(s.merged_title.is_some());
        if let Some((title, cols)) = s.merged_title {
            ws.merge_range(0, 0, 0, cols, title, &Format::new().set_bold()).unwrap();
        }
        for (r, row) in s.rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                let (r, c) = (r as u32 + offset, c as u16);
                match cell {
                    S(t) => ws.write_string(r, c, *t).map(|_| ()),
                    N(n) => ws.write_number(r, c, *n).map(|_| ()),
                    F(f, cached) => {
                        ws.write_formula(r, c, Formula::new(*f).set_result(*cached)).map(|_| ())
                    }
                    Blank => Ok(()),
                }
                .unwrap();
            }
        }
    }
    book.save_to_buffer().unwrap()
}

fn about(plan: &Plan, period: &'static str) -> Sheet {
    let id: &'static str = Box::leak(plan.id.clone().into_boxed_str());
    sheet(
        layout::ABOUT,
        vec![
            vec![S("plan id"), S(id)],
            vec![S("plan"), S("NAP 2027-2030")],
            vec![S("period"), S(period)],
            vec![S("institution"), S("nrm")],
        ],
    )
}

const LEAD_HEADER: [Cell; 9] = [
    S("Action id"),
    S("Action"),
    S("Status"),
    S("Reason if dropped"),
    S("What was done in the period"),
    S("Amount spent in the period"),
    S("Funding source"),
    S("Comments of the minister"),
    S("Date (YYYY-MM-DD)"),
];

fn lead(rows: Vec<Vec<Cell>>) -> Sheet {
    let mut all = vec![LEAD_HEADER.to_vec()];
    all.extend(rows);
    sheet("Lead actions", all)
}

fn indicators(rows: Vec<Vec<Cell>>) -> Sheet {
    let mut all = vec![vec![S("Action id"), S("Indicator"), S("Value for the period")]];
    all.extend(rows);
    sheet("Indicators", all)
}

/// NRM's form for 2027-H1, filled: A1.1 on track with spending typed as text, A1.4 left empty.
fn filled(plan: &Plan) -> Vec<Sheet> {
    vec![
        about(plan, "2027-H1"),
        lead(vec![
            vec![
                S("A1.1"),
                S("Adopt indicators"),
                S("On track"),
                Blank,
                S("Two trainings held"),
                S("12,500"),
                S("State budget"),
                S("ok"),
                S("2027-07-10"),
            ],
            vec![S("A1.4"), S("Multi-agency body")],
        ]),
        indicators(vec![vec![S("A1.1"), S(TRAINED), S("40")], vec![S("A1.1"), S(SHARE), N(35.0)]]),
    ]
}

fn read(plan: &Plan, sheets: &[Sheet]) -> Result<ReturnedForm, Vec<String>> {
    forms::read_form("nrm.xlsx", &workbook(sheets), plan, content())
        .map_err(|problems| problems.iter().map(ToString::to_string).collect())
}

fn problems(plan: &Plan, sheets: &[Sheet]) -> Vec<String> {
    read(plan, sheets).expect_err("the form is refused")
}

// ---------------------------------------------------------------------------------------------
// Reading forms

#[test]
fn a_form_filled_as_a_ministry_fills_it_is_read() {
    let plan = plan();
    let form = read(&plan, &filled(&plan)).unwrap();
    assert_eq!((form.period.as_str(), form.institution.as_str()), ("2027-H1", "nrm"));
    let reports: BTreeMap<_, _> = form.reports.into_iter().collect();
    assert_eq!(reports.keys().collect::<Vec<_>>(), ["A1.1"], "A1.4 was left unfilled");
    let r = &reports["A1.1"];
    assert_eq!(r.status, Status::OnTrack);
    assert_eq!(r.done, "Two trainings held");
    assert_eq!(r.spent, Some(Budget { amount: Some(12_500), source: "State budget".into() }));
    assert_eq!(r.date, Some(jiff::civil::date(2027, 7, 10)));
    assert_eq!(r.values[TRAINED], Value::Number(40.0), "a number typed as text");
    assert_eq!(r.values[SHARE], Value::Number(35.0));
}

#[test]
fn blank_rows_extra_columns_and_a_merged_title_above_the_header_are_fine() {
    let plan = plan();
    let mut sheets = filled(&plan);
    let blank = vec![Blank; 9];
    sheets[1].rows.insert(1, blank.clone());
    sheets[1].rows.push(blank);
    sheets[1].merged_title = Some(("National Referral Mechanism: progress report 2027-H1", 5));
    sheets[2].merged_title = Some(("Indicators", 2));
    let form = read(&plan, &sheets).unwrap();
    assert_eq!(form.reports.len(), 1);
    assert_eq!(form.reports[0].1.values.len(), 2);
}

#[test]
fn a_formula_is_read_as_its_cached_value_never_evaluated() {
    let plan = plan();
    let mut sheets = filled(&plan);
    // The cached result says 9000 although the formula would give 3000: Excel's last value wins.
    sheets[1].rows[1][5] = F("=1000*3", "9000");
    let form = read(&plan, &sheets).unwrap();
    assert_eq!(form.reports[0].1.spent.as_ref().unwrap().amount, Some(9000));
}

#[test]
fn a_form_from_another_plan_is_refused_naming_both_plans() {
    let plan = plan();
    let other =
        Plan::new("Strategy 2031", "Veldora", Period { first: 2031, last: 2034 }, content());
    let mut sheets = filled(&plan);
    sheets[0] = about(&other, "2027-H1");
    sheets[0].rows[1][1] = S("Strategy 2031");
    let p = problems(&plan, &sheets);
    assert_eq!(p.len(), 1, "{p:?}");
    let expected = format!(
        "nrm.xlsx: napwiz!B1: this form belongs to 'Strategy 2031' (plan id {}), not to 'NAP 2027-2030' (plan id {})",
        other.id, plan.id
    );
    assert!(p[0].starts_with(&expected), "{}", p[0]);
}

#[test]
fn a_closed_period_refuses_forms_until_reopened() {
    let mut plan = plan();
    plan.periods[0].closed = true;
    let p = problems(&plan, &filled(&plan));
    assert_eq!(
        p,
        [
            "nrm.xlsx: napwiz!B3: period 2027-H1 is closed; reopen it first (napwiz monitor reopen PLAN 2027-H1) to import into it"
        ]
    );
}

#[test]
fn a_value_that_is_no_number_where_one_is_expected_is_refused_at_its_cell() {
    let plan = plan();
    let mut sheets = filled(&plan);
    sheets[2].rows[1][2] = S("about forty");
    sheets[2].rows[2][2] = N(135.0);
    let p = problems(&plan, &sheets);
    assert_eq!(
        p,
        [
            "nrm.xlsx: Indicators!C2: expected a number of 0 or more, not 'about forty'",
            "nrm.xlsx: Indicators!C3: expected a percentage from 0 to 100, not '135'",
        ]
    );
}

#[test]
fn a_negative_or_unreadable_amount_is_refused() {
    let plan = plan();
    let mut sheets = filled(&plan);
    sheets[1].rows[1][5] = N(-500.0);
    assert_eq!(
        problems(&plan, &sheets),
        [
            "nrm.xlsx: Lead actions!F2: a negative amount (-500); expected the amount spent, 0 or more"
        ]
    );
    sheets[1].rows[1][5] = S("twelve thousand");
    assert_eq!(
        problems(&plan, &sheets),
        [
            "nrm.xlsx: Lead actions!F2: 'twelve thousand' is not a number; expected the amount spent, 0 or more"
        ]
    );
}

#[test]
fn a_filled_row_without_a_status_is_refused() {
    let plan = plan();
    let mut sheets = filled(&plan);
    sheets[1].rows[1][2] = Blank;
    let p = problems(&plan, &sheets);
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(p[0].starts_with("nrm.xlsx: Lead actions!C2: a status is required when the row is filled: one of not started, on track"), "{}", p[0]);
    sheets[1].rows[1][2] = S("done");
    assert!(
        problems(&plan, &sheets)[0]
            .starts_with("nrm.xlsx: Lead actions!C2: 'done' is not a status")
    );
}

#[test]
fn an_unknown_action_id_or_another_institutions_action_is_refused() {
    let plan = plan();
    let mut sheets = filled(&plan);
    sheets[1].rows[2] = vec![S("A9.9"), Blank, S("on track")];
    sheets[1].rows.push(vec![S("P1.1"), Blank, S("on track")]);
    assert_eq!(
        problems(&plan, &sheets),
        [
            "nrm.xlsx: Lead actions!A3: unknown action id 'A9.9'; expected an action included in the plan",
            "nrm.xlsx: Lead actions!A4: P1.1 is led by MoI, not by the institution this form was made for",
        ]
    );
}

#[test]
fn a_renamed_or_missing_sheet_is_refused() {
    let plan = plan();
    let mut sheets = filled(&plan);
    sheets[1].name = "Our actions";
    let p = problems(&plan, &sheets);
    assert_eq!(
        p,
        [
            "nrm.xlsx: the sheet 'Lead actions' is missing (renamed or deleted?); the form's sheets must keep their names, found: napwiz, Our actions, Indicators"
        ]
    );
    sheets.remove(0);
    assert!(problems(&plan, &sheets)[0].contains("the sheet 'napwiz' is missing"));
}

#[test]
fn a_file_that_is_no_workbook_or_is_password_protected_is_refused() {
    let plan = plan();
    let not = forms::read_form("notes.xlsx", b"Dear coordinator, please find", &plan, content())
        .unwrap_err();
    assert_eq!(
        not[0].to_string(),
        "notes.xlsx: not an XLSX workbook; expected a form written by napwiz monitor collect"
    );
    // An encrypted workbook is an OLE compound file, not a zip.
    let mut ole = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    ole.extend([0u8; 512]);
    let locked = forms::read_form("locked.xlsx", &ole, &plan, content()).unwrap_err();
    assert!(
        locked[0].to_string().starts_with("locked.xlsx: the file is password-protected"),
        "{}",
        locked[0]
    );
    let broken = forms::read_form("cut.xlsx", &workbook(&filled(&plan))[..400], &plan, content())
        .unwrap_err();
    assert!(
        broken[0].to_string().starts_with("cut.xlsx: could not be read as an Excel workbook"),
        "{}",
        broken[0]
    );
}

#[test]
fn dropped_needs_a_reason_and_values_need_a_status() {
    let plan = plan();
    let mut sheets = filled(&plan);
    sheets[1].rows[1][2] = S("dropped");
    sheets[2].rows.push(vec![S("A1.4"), S("Nothing"), S("3")]);
    let p = problems(&plan, &sheets);
    assert!(
        p.contains(
            &"nrm.xlsx: Lead actions!D2: the action is dropped: give the reason".to_string()
        ),
        "{p:?}"
    );
    assert!(
        p.iter()
            .any(|m| m.starts_with("nrm.xlsx: Indicators!B4: 'Nothing' is no indicator of A1.4")),
        "{p:?}"
    );
}

// ---------------------------------------------------------------------------------------------
// Writing forms

fn zip_part(bytes: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).unwrap();
    let mut text = String::new();
    zip.by_name(name).unwrap().read_to_string(&mut text).unwrap();
    text
}

#[test]
fn collect_writes_a_form_per_institution_with_locked_ids_and_checked_cells() {
    let plan = plan();
    let all = forms::forms_for(&plan, content());
    let who: Vec<(&str, usize, usize)> =
        all.iter().map(|f| (f.institution.as_str(), f.lead.len(), f.partner.len())).collect();
    assert_eq!(who, [("nrm", 2, 1), ("moi", 1, 1)]);
    assert_eq!(forms::file_name(&plan, content(), "2027-H1", &all[0]), "2027-h1-nrm.xlsx");
    let bytes = forms::write_form(&plan, content(), &plan.periods[0], &all[0]).unwrap();
    let mut book: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes.clone())).unwrap();
    assert_eq!(
        book.sheet_names(),
        ["Instructions", "Lead actions", "Indicators", "Partner actions", "napwiz"]
    );
    let about = book.worksheet_range("napwiz").unwrap();
    assert_eq!(about.get_value((0, 1)), Some(&Data::String(plan.id.clone())));
    assert_eq!(about.get_value((2, 1)), Some(&Data::String("2027-H1".into())));
    let lead = book.worksheet_range("Lead actions").unwrap();
    assert_eq!(lead.get_value((1, 0)), Some(&Data::String("A1.1".into())));
    let indicators = book.worksheet_range("Indicators").unwrap();
    assert_eq!(
        indicators.get_value((2, 4)),
        Some(&Data::String("a percentage from 0 to 100".into()))
    );
    let partner = book.worksheet_range("Partner actions").unwrap();
    assert_eq!(partner.get_value((1, 0)), Some(&Data::String("P1.1".into())));
    // Sheets protected, the about sheet hidden, drop-down and number checks present.
    let workbook_xml = zip_part(&bytes, "xl/workbook.xml");
    assert!(
        workbook_xml.contains(r#"<sheet name="napwiz" sheetId="5" state="hidden""#),
        "{workbook_xml}"
    );
    let lead_xml = zip_part(&bytes, "xl/worksheets/sheet2.xml");
    assert!(lead_xml.contains("<sheetProtection"), "locked ids");
    assert!(
        lead_xml.contains("\"not started,on track,delayed,completed,continuous,dropped\""),
        "{lead_xml}"
    );
    assert!(lead_xml.contains(r#"type="whole" operator="greaterThanOrEqual""#), "{lead_xml}");
    let ind_xml = zip_part(&bytes, "xl/worksheets/sheet3.xml");
    assert!(ind_xml.contains(r#"type="decimal""#), "{ind_xml}");
}

#[test]
fn an_unchanged_form_reads_back_as_what_the_plan_holds() {
    let mut plan = plan();
    let report = napwiz::plan::ActionReport {
        status: Status::Delayed,
        done: "Working group met".into(),
        values: BTreeMap::from([
            (TRAINED.into(), Value::Number(20.0)),
            (LAW.into(), Value::Text("Draft".into())),
        ]),
        spent: Some(Budget { amount: Some(1_500), source: "Donor".into() }),
        evidence: vec!["NRM/1".into(), "NRM/2".into()],
        date: Some(jiff::civil::date(2027, 7, 3)),
        ..Default::default()
    };
    plan.periods[0].reports.insert("A1.1".into(), report.clone());
    let form = &forms::forms_for(&plan, content())[0];
    let bytes = forms::write_form(&plan, content(), &plan.periods[0], form).unwrap();
    let back = forms::read_form("nrm.xlsx", &bytes, &plan, content()).unwrap();
    assert_eq!(back.reports, [("A1.1".to_string(), report)]);
}

// ---------------------------------------------------------------------------------------------
// The commands

fn napwiz(args: &[&std::ffi::OsStr]) -> Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_napwiz"))
        .args(args)
        .env("NAPWIZ_DATA_DIR", common::data_dir("monitor_forms"))
        .output()
        .unwrap()
}

fn run(args: &[&dyn AsRef<std::ffi::OsStr>]) -> (i32, String, String) {
    let args: Vec<&std::ffi::OsStr> = args.iter().map(|a| a.as_ref()).collect();
    let out = napwiz(&args);
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    (out.status.code().unwrap_or(-1), text(&out.stdout), text(&out.stderr))
}

fn saved_plan(dir: &Path) -> (PathBuf, Plan) {
    common::data_dir("monitor_forms");
    let path = dir.join("nap.ron");
    let plan = plan();
    PlanFile::create(&path, plan.clone(), false).unwrap();
    (path, plan)
}

fn write(dir: &Path, name: &str, sheets: &[Sheet]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, workbook(sheets)).unwrap();
    path
}

fn load(path: &Path) -> Plan {
    from_ron("nap.ron", &std::fs::read_to_string(path).unwrap()).unwrap().plan
}

#[test]
fn collect_then_import_round_trips_through_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let (path, _) = saved_plan(dir.path());
    let out = dir.path().join("forms");
    let (code, stdout, stderr) =
        run(&[&"monitor", &"collect", &path, &"--period", &"2027-H1", &"--out", &out]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.ends_with(&format!("2 forms for 2027-H1 (due 2027-07-15) in {}\n", out.display())),
        "{stdout}"
    );
    let (code, _, stderr) =
        run(&[&"monitor", &"collect", &path, &"--period", &"2027-H1", &"--out", &out]);
    assert_eq!(code, 1);
    assert!(stderr.contains("already exists; not overwriting it"), "{stderr}");
    let nrm = out.join("2027-h1-nrm.xlsx");
    let (code, stdout, stderr) = run(&[&"monitor", &"import", &path, &nrm]);
    assert_eq!(
        (code, stdout.lines().count()),
        (0, 1),
        "nothing filled, nothing changes: {stdout}{stderr}"
    );
}

#[test]
fn import_shows_what_changes_and_dry_run_saves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (path, plan) = saved_plan(dir.path());
    let form = write(dir.path(), "nrm.xlsx", &filled(&plan));
    let before = std::fs::read(&path).unwrap();
    let (code, stdout, _) = run(&[&"monitor", &"import", &path, &form, &"--dry-run"]);
    assert_eq!(code, 0);
    assert!(stdout.contains("2027-H1 A1.1 status: - -> on track (nrm.xlsx)\n"), "{stdout}");
    assert!(
        stdout.contains("2027-H1 A1.1 spent: - -> 12,500 (State budget) (nrm.xlsx)\n"),
        "{stdout}"
    );
    assert!(
        stdout.contains(&format!("2027-H1 A1.1 value: {TRAINED}: - -> 40 (nrm.xlsx)\n")),
        "{stdout}"
    );
    assert!(stdout.ends_with("dry run: nothing was saved\n"), "{stdout}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
    let (code, stdout, _) = run(&[&"monitor", &"import", &path, &form]);
    assert_eq!(code, 0, "{stdout}");
    assert_eq!(load(&path).report("2027-H1", "A1.1").unwrap().status, Status::OnTrack);
}

#[test]
fn one_bad_form_means_nothing_is_imported() {
    let dir = tempfile::tempdir().unwrap();
    let (path, plan) = saved_plan(dir.path());
    let good = write(dir.path(), "nrm.xlsx", &filled(&plan));
    let mut sheets = filled(&plan);
    sheets[1].rows[1][5] = N(-1.0);
    let bad = write(dir.path(), "nrm-2.xlsx", &sheets);
    let big = dir.path().join("huge.xlsx");
    std::fs::File::create(&big).unwrap().set_len(forms::FORM_SIZE_LIMIT + 1).unwrap();
    let before = std::fs::read(&path).unwrap();
    let (code, stdout, stderr) = run(&[&"monitor", &"import", &path, &good, &bad, &big]);
    assert_eq!(code, 1, "{stdout}");
    assert!(stderr.contains("nrm-2.xlsx: Lead actions!F2: a negative amount (-1)"), "{stderr}");
    assert!(stderr.contains("huge.xlsx: could not read it: it is larger than 10 MiB"), "{stderr}");
    assert!(
        stderr.ends_with(
            "napwiz: nothing was imported: 2 problems in the forms; correct them and import again\n"
        ),
        "{stderr}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), before, "nothing half-imported");
}

#[test]
fn two_forms_conflicting_on_one_action_are_kept_for_a_decision_or_settled_by_prefer() {
    let dir = tempfile::tempdir().unwrap();
    let (path, plan) = saved_plan(dir.path());
    let first = write(dir.path(), "nrm.xlsx", &filled(&plan));
    let mut sheets = filled(&plan);
    sheets[1].rows[1][2] = S("delayed");
    let second = write(dir.path(), "nrm-corrected.xlsx", &sheets);
    let (code, stdout, stderr) = run(&[&"monitor", &"import", &path, &first]);
    assert_eq!(code, 0, "{stderr}");
    let (code, stdout2, stderr) = run(&[&"monitor", &"import", &path, &second]);
    assert_eq!(code, 1, "{stdout}{stdout2}");
    assert!(stdout2.contains("conflict: report 2027-H1 A1.1 status: on track (nap.ron) vs delayed (nrm-corrected.xlsx)"), "{stdout2}");
    assert!(stderr.contains("1 conflict left in"), "{stderr}");
    let saved = load(&path);
    assert_eq!(
        saved.report("2027-H1", "A1.1").unwrap().status,
        Status::OnTrack,
        "the plan's value held"
    );
    assert_eq!(saved.conflicts.len(), 1);

    let (code, stdout, _) = run(&[&"monitor", &"import", &path, &second, &"--prefer", &"theirs"]);
    assert_eq!(code, 0, "{stdout}");
    assert!(
        stdout.contains("2027-H1 A1.1 status: on track -> delayed (nrm-corrected.xlsx)"),
        "{stdout}"
    );
    assert_eq!(load(&path).report("2027-H1", "A1.1").unwrap().status, Status::Delayed);
    let (code, stdout, _) = run(&[&"monitor", &"import", &path, &first, &"--prefer", &"mine"]);
    assert_eq!(code, 0);
    assert!(
        stdout
            .contains("kept (--prefer mine): 2027-H1 A1.1 status: delayed -> on track (nrm.xlsx)"),
        "{stdout}"
    );
    assert_eq!(load(&path).report("2027-H1", "A1.1").unwrap().status, Status::Delayed);
}

#[test]
fn periods_are_listed_closed_and_reopened() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("nap.ron");
    let mut plan = plan();
    plan.periods.clear();
    PlanFile::create(&path, plan, false).unwrap();
    let (code, stdout, stderr) = run(&[&"monitor", &"periods", &path]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("added 8 reporting periods, every six months"), "{stderr}");
    assert!(
        stdout.starts_with(
            "2027-H1    2027-01-01 to 2027-06-30  due 2027-07-15  open    0 of 3 actions reported\n"
        ),
        "{stdout}"
    );
    let (code, stdout, _) = run(&[&"monitor", &"close", &path, &"2027-H1"]);
    assert_eq!((code, stdout.starts_with("closed 2027-H1 in")), (0, true), "{stdout}");
    assert!(load(&path).periods[0].closed);
    let (_, stdout, _) = run(&[&"monitor", &"close", &path, &"2027-H1"]);
    assert_eq!(stdout, "2027-H1 was already closed\n");
    let (code, _, stderr) =
        run(&[&"monitor", &"collect", &path, &"--period", &"2027-H1", &"--out", &dir.path()]);
    assert_eq!(code, 1);
    assert!(stderr.contains("period 2027-H1 is closed; reopen it first"), "{stderr}");
    let (code, stdout, _) = run(&[&"monitor", &"reopen", &path, &"2027-H1"]);
    assert_eq!((code, stdout.starts_with("reopened 2027-H1 in")), (0, true), "{stdout}");
    let (code, stdout, stderr) = run(&[
        &"monitor",
        &"dates",
        &path,
        &"2027-H2",
        &"--to",
        &"2028-01-31",
        &"--due",
        &"2028-02-20",
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.starts_with("2027-H2: 2027-07-01 to 2028-01-31, due 2028-02-20, in"),
        "{stdout}"
    );
    let moved = &load(&path).periods[1];
    assert_eq!(
        (moved.to.to_string(), moved.due.to_string()),
        ("2028-01-31".into(), "2028-02-20".into())
    );
    let (code, _, stderr) =
        run(&[&"monitor", &"dates", &path, &"2027-H2", &"--from", &"2028-03-01"]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("a period cannot end (2028-01-31) before it starts (2028-03-01)"),
        "{stderr}"
    );
    run(&[&"monitor", &"close", &path, &"2027-H2"]);
    let (code, _, stderr) =
        run(&[&"monitor", &"dates", &path, &"2027-H2", &"--due", &"2028-03-01"]);
    assert_eq!(code, 1, "a closed period's dates are read-only too: {stderr}");
    let (code, _, stderr) = run(&[&"monitor", &"close", &path, &"2031-H1"]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("there is no period '2031-H1'; the plan has 2027-H1, 2027-H2"),
        "{stderr}"
    );
}

// ---------------------------------------------------------------------------------------------
// Forms in the plan's language

/// The plan of these tests, in French.
fn french_plan() -> Plan {
    let mut plan = plan();
    plan.meta.language = "fr".into();
    plan
}

/// Every sheet of a written form, cell by cell as text, with `edits` (sheet, row, column,
/// text) typed in: what a ministry returns after filling napwiz's own form.
fn refill(bytes: &[u8], edits: &[(&str, u32, u16, &str)]) -> Vec<u8> {
    let mut book: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes.to_vec())).unwrap();
    let mut out = Workbook::new();
    for name in book.sheet_names() {
        let range = book.worksheet_range(&name).unwrap();
        let ws = out.add_worksheet();
        ws.set_name(&name).unwrap();
        for (r, row) in range.rows().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                if !matches!(cell, Data::Empty) {
                    ws.write_string(r as u32, c as u16, cell.to_string()).unwrap();
                }
            }
        }
        for (_, r, c, text) in edits.iter().filter(|(s, ..)| *s == name) {
            ws.write_string(*r, *c, *text).unwrap();
        }
    }
    out.save_to_buffer().unwrap()
}

#[test]
fn a_french_plans_form_is_written_in_french_and_read_back_with_french_status_words() {
    let plan = french_plan();
    let form = &forms::forms_for(&plan, content())[0];
    let bytes = forms::write_form(&plan, content(), &plan.periods[0], form).unwrap();
    let mut book: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes.clone())).unwrap();
    assert_eq!(
        book.sheet_names(),
        ["Mode d'emploi", "Actions pilotées", "Indicateurs", "Actions en partenariat", "napwiz"]
    );
    let lead = book.worksheet_range("Actions pilotées").unwrap();
    let header: Vec<String> = (0..6).map(|c| lead.get_value((0, c)).unwrap().to_string()).collect();
    assert_eq!(
        header,
        ["N° d'action", "Action", "Échéance", "Budget", "État à la période précédente", "État"]
    );
    let steps = book.worksheet_range("Mode d'emploi").unwrap();
    let status_step = steps.get_value((5, 0)).unwrap().to_string();
    assert!(status_step.contains("non commencée, en bonne voie, en retard"), "{status_step}");
    let indicators = book.worksheet_range("Indicateurs").unwrap();
    assert_eq!(
        indicators.get_value((2, 4)),
        Some(&Data::String("un pourcentage de 0 à 100".into()))
    );
    let lead_xml = zip_part(&bytes, "xl/worksheets/sheet2.xml");
    assert!(lead_xml.contains("non commencée,en bonne voie,en retard"), "{lead_xml}");
    // The secretariat's French form comes back filled: status, narrative, spending, a value.
    let filled = refill(
        &bytes,
        &[
            ("Actions pilotées", 1, 5, "En retard"),
            ("Actions pilotées", 1, 7, "Deux formations tenues"),
            ("Actions pilotées", 1, 8, "12 500"),
            ("Actions pilotées", 2, 5, "achevée"),
            ("Indicateurs", 1, 6, "40"),
        ],
    );
    let back = forms::read_form("nrm.xlsx", &filled, &plan, content()).unwrap();
    let reports: BTreeMap<_, _> = back.reports.into_iter().collect();
    assert_eq!(reports["A1.1"].status, Status::Delayed);
    assert_eq!(reports["A1.1"].done, "Deux formations tenues");
    assert_eq!(reports["A1.1"].spent_amount(), 12_500);
    assert_eq!(reports["A1.1"].values[TRAINED], Value::Number(40.0));
    assert_eq!(reports["A1.4"].status, Status::Completed);
}

#[test]
fn an_english_form_imports_into_a_french_plan_and_a_french_one_into_an_english_plan() {
    let french = french_plan();
    let form = read(&french, &filled(&french)).unwrap();
    assert_eq!(form.reports[0].1.status, Status::OnTrack, "English sheets, headers and words");
    let mut english = french.clone();
    english.meta.language = "en".into();
    let written = forms::write_form(
        &french,
        content(),
        &french.periods[0],
        &forms::forms_for(&french, content())[0],
    )
    .unwrap();
    let french_form = refill(&written, &[("Actions pilotées", 1, 5, "EN BONNE VOIE")]);
    let back = forms::read_form("nrm.xlsx", &french_form, &english, content()).unwrap();
    assert_eq!(
        back.reports[0],
        (
            "A1.1".to_string(),
            napwiz::plan::ActionReport { status: Status::OnTrack, ..Default::default() }
        )
    );
}

#[test]
fn a_problem_in_a_french_form_names_the_french_sheet_and_is_said_in_the_interface_language() {
    let dir = tempfile::tempdir().unwrap();
    let (path, _) = saved_plan(dir.path());
    let mut plan = load(&path);
    plan.meta.language = "fr".into();
    let form = &forms::forms_for(&plan, content())[0];
    let written = forms::write_form(&plan, content(), &plan.periods[0], form).unwrap();
    let bad = dir.path().join("nrm.xlsx");
    std::fs::write(&bad, refill(&written, &[("Actions pilotées", 1, 5, "à moitié")])).unwrap();
    let (code, _, stderr) = run(&[&"--lang", &"es", &"monitor", &"import", &path, &bad]);
    assert_eq!(code, 1);
    assert!(
        stderr.starts_with("nrm.xlsx: Actions pilotées!F2: «à moitié» no es un estado; se esperaba uno de no iniciada"),
        "{stderr}"
    );
    assert!(stderr.contains("napwiz: no se importó nada"), "{stderr}");
}

#[test]
fn collect_writes_a_french_plans_checklist_in_french_whatever_the_interface() {
    let dir = tempfile::tempdir().unwrap();
    common::data_dir("monitor_forms");
    let path = dir.path().join("nap.ron");
    PlanFile::create(&path, french_plan(), false).unwrap();
    let out = dir.path().join("forms");
    let (code, stdout, stderr) = run(&[
        &"--lang",
        &"en",
        &"monitor",
        &"collect",
        &path,
        &"--period",
        &"2027-H1",
        &"--out",
        &out,
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert!(stdout.contains("2 forms for 2027-H1"), "English interface: {stdout}");
    let plan = french_plan();
    let french = napwiz::content::Content::embedded_in("fr");
    let form = &forms::forms_for(&plan, &french)[0];
    let name = forms::file_name(&plan, &french, "2027-H1", form);
    let bytes = std::fs::read(out.join(&name)).unwrap();
    let mut book: Xlsx<_> = calamine::open_workbook_from_rs(Cursor::new(bytes)).unwrap();
    let lead = book.worksheet_range("Actions pilotées").unwrap();
    let action = french.action("A1.1").map(|(_, a)| a.text.clone()).unwrap();
    assert_eq!(lead.get_value((1, 1)), Some(&Data::String(action)));
}
