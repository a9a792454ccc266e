//! The chaos suite that runs in `cargo test`: hostile plans and content packs through the
//! loaders and then through every command path that takes a loaded plan (see
//! `common::exercise`). Any plan that loads must be usable: invalid values are findings of the
//! health check, never panics. Every crasher found (here or by `cargo fuzz`, see `fuzz/`) is
//! kept in `tests/fixtures/chaos/` and replayed.
//!
//! `NAPWIZ_CHAOS_CASES=N` runs N cases per property instead of the quick default.

// The test prints how many damaged plans loaded: a self-report, not napwiz output.
#![allow(clippy::disallowed_macros)]

use std::path::Path;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use napwiz::content::{EMBEDDED, IndicatorKind, InstitutionKind, PackFiles, check_files};
use napwiz::plan::{
    self, Budget, Choice, Conflict, CustomAction, CustomGoal, CustomInstitution, Decision,
    Inclusion, Indicator, Part, Period, Plan, Timeframe,
};
use napwiz::tui::action::Action;
use napwiz::tui::state::{OpenPlan, State, Step};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

mod common;
use common::content;
use common::exercise::every_command;

fn cases(quick: u32) -> u32 {
    std::env::var("NAPWIZ_CHAOS_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(quick)
}

fn runner(quick: u32) -> TestRunner {
    TestRunner::new(Config { cases: cases(quick), failure_persistence: None, ..Config::default() })
}

/// A small plan with one decision of every shape, so each case exercises every field quickly.
fn base_plan() -> &'static Plan {
    static PLAN: OnceLock<Plan> = OnceLock::new();
    PLAN.get_or_init(|| small_demo(content()))
}

/// Every ninth decision of the demo plan: each shape of decision, a fifth of the work.
fn small_demo(content: &napwiz::content::Content) -> Plan {
    let mut plan = plan::demo_plan(content);
    plan.items = std::mem::take(&mut plan.items).into_iter().step_by(9).collect();
    plan
}

// ---------------------------------------------------------------------------------------------
// Hostile values

/// Years at the edges: reversed periods, year 0, 65535, the calendar's limits.
fn year() -> impl Strategy<Value = u16> {
    prop_oneof![
        3 => 2020u16..2040,
        1 => Just(0u16),
        1 => Just(u16::MAX),
        1 => Just(9999u16),
        1 => Just(10_000u16),
        1 => Just(32_767u16),
        1 => Just(32_768u16),
        1 => any::<u16>(),
    ]
}

fn amount() -> impl Strategy<Value = u64> {
    prop_oneof![Just(0u64), Just(u64::MAX), Just(u64::MAX / 2 + 1), any::<u64>(), 1u64..1_000_000]
}

/// Texts a hand-edited file can hold: empty, blank, control characters, escape sequences,
/// right-to-left and combining marks, wide characters, very long lines, RON-looking syntax.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("   ".to_string()),
        Just("\u{1b}]0;title\u{7}\u{1b}[2J\u{9b}31m\u{202e}reversed".to_string()),
        Just("e\u{301}\u{301}\u{301} 表表表 \u{1F469}\u{200D}\u{1F467}".to_string()),
        Just("x".repeat(5000)),
        Just("line\n\n\nline\r\n\t".to_string()),
        Just("\"), (\"]} // /* r#\"".to_string()),
        Just("P1.1".to_string()),
        Just("meta".to_string()),
        "\\PC{0,24}",
        any::<String>(),
    ]
}

/// An id: one the content or the plan knows, or not.
fn id() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("P1".to_string()),
        Just("P1.1".to_string()),
        Just("A1".to_string()),
        Just("nco".to_string()),
        Just("X1".to_string()),
        Just("G1".to_string()),
        Just("prevention".to_string()),
        Just(String::new()),
        text(),
    ]
}

fn timeframe() -> impl Strategy<Value = Option<Timeframe>> {
    prop_oneof![
        Just(None),
        Just(Some(Timeframe::ShortTerm)),
        Just(Some(Timeframe::MediumTerm)),
        Just(Some(Timeframe::LongTerm)),
        (year(), year()).prop_map(|(first, last)| Some(Timeframe::Years { first, last })),
    ]
}

fn decision() -> impl Strategy<Value = Decision> {
    (
        any::<bool>(),
        timeframe(),
        proptest::option::of(id()),
        proptest::collection::vec(id(), 0..3),
        proptest::collection::vec(text(), 0..3),
        proptest::option::of((proptest::option::of(amount()), text())),
        text(),
    )
        .prop_map(|(included, timeframe, lead, partners, indicators, budget, notes)| {
            Decision {
                inclusion: if included { Inclusion::Included } else { Inclusion::Excluded },
                timeframe,
                lead,
                partners,
                indicators: indicators
                    .into_iter()
                    .map(|text| Indicator {
                        text: text.clone(),
                        kind: IndicatorKind::Output,
                        baseline: text.clone(),
                        target: text,
                        verification: String::new(),
                        frequency: None,
                    })
                    .collect(),
                budget: budget.map(|(amount, source)| Budget { amount, source }),
                notes,
                ..Decision::default()
            }
        })
}

/// A RON value a merge conflict can offer: a valid one for the field, or anything.
fn choice_value() -> impl Strategy<Value = String> {
    prop_oneof![
        (year(), year()).prop_map(|(first, last)| format!("(first: {first}, last: {last})")),
        timeframe().prop_map(|t| ron::to_string(&t).unwrap()),
        proptest::option::of(id()).prop_map(|v| ron::to_string(&v).unwrap()),
        text().prop_map(|t| ron::to_string(&t).unwrap()),
        proptest::option::of(year()).prop_map(|v| ron::to_string(&v).unwrap()),
        Just("Included".to_string()),
        text(),
    ]
}

fn conflict() -> impl Strategy<Value = Conflict> {
    let field = prop_oneof![
        Just("period"),
        Just("timeframe"),
        Just("lead"),
        Just("partners"),
        Just("budget"),
        Just("inclusion"),
        Just("wording"),
        Just("mid_term_evaluation"),
        Just("final_evaluation"),
        Just("body"),
        Just("title"),
        Just("nonsense"),
    ];
    let target = prop_oneof![Just("meta".to_string()), Just("monitoring".to_string()), id()];
    (target, field, proptest::collection::vec((text(), choice_value()), 0..3)).prop_map(
        |(target, field, choices)| Conflict {
            target,
            field: field.to_string(),
            choices: choices.into_iter().map(|(source, value)| Choice { source, value }).collect(),
        },
    )
}

/// One change a hand edit (or a bad merge) can make to a plan.
#[derive(Debug, Clone)]
enum Edit {
    Period(u16, u16),
    Decision(String, Decision),
    Evaluations(Option<u16>, Option<u16>),
    WorkshopDate(String),
    OwnGoal(String, String, String),
    OwnAction(String, String, String),
    OwnInstitution(String, String),
    Roster(String),
    Conflict(Conflict),
    Part(String),
    Texts(String),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        3 => (year(), year()).prop_map(|(a, b)| Edit::Period(a, b)),
        4 => (id(), decision()).prop_map(|(id, d)| Edit::Decision(id, d)),
        1 => (proptest::option::of(year()), proptest::option::of(year()))
            .prop_map(|(m, f)| Edit::Evaluations(m, f)),
        1 => prop_oneof![
            Just("9999-12-31".to_string()),
            Just("2026-02-30".to_string()),
            Just("-0001-01-01".to_string()),
            Just("+10000-01-01".to_string()),
            text(),
        ]
        .prop_map(Edit::WorkshopDate),
        1 => (id(), id(), text()).prop_map(|(i, a, t)| Edit::OwnGoal(i, a, t)),
        2 => (id(), id(), text()).prop_map(|(i, g, t)| Edit::OwnAction(i, g, t)),
        1 => (id(), text()).prop_map(|(i, t)| Edit::OwnInstitution(i, t)),
        1 => id().prop_map(Edit::Roster),
        2 => conflict().prop_map(Edit::Conflict),
        1 => id().prop_map(Edit::Part),
        1 => text().prop_map(Edit::Texts),
    ]
}

fn apply(plan: &mut Plan, edit: Edit) {
    match edit {
        Edit::Period(first, last) => plan.meta.period = Period { first, last },
        Edit::Decision(id, d) => {
            plan.items.insert(id, d);
        }
        Edit::Evaluations(mid, last) => {
            plan.monitoring.mid_term_evaluation = mid;
            plan.monitoring.final_evaluation = last;
        }
        Edit::WorkshopDate(date) => plan.meta.workshop_dates.push(date),
        Edit::OwnGoal(id, area, title) => {
            plan.custom_goals.push(CustomGoal { id, area, title, guidance: String::new() })
        }
        Edit::OwnAction(id, goal, text) => {
            plan.custom_actions.push(CustomAction { id, goal, text })
        }
        Edit::OwnInstitution(id, name) => {
            let code = name.chars().take(8).collect();
            let kind = InstitutionKind::Government;
            plan.roster.custom.push(CustomInstitution { id, name, code, kind })
        }
        Edit::Roster(id) => plan.roster.institutions.push(id),
        Edit::Conflict(c) => plan.conflicts.push(c),
        Edit::Part(area) => plan.part = Some(Part { area, of: "nap.ron".into() }),
        Edit::Texts(text) => {
            plan.meta.title = text.clone();
            plan.meta.currency = text.clone();
            plan.monitoring.body = text.clone();
            plan.monitoring.data_sources.push(text);
        }
    }
}

/// The plan as a file would hold it, loaded back the way every command loads it.
fn through_the_loader(plan: &Plan) -> Plan {
    let text = plan::to_ron(plan);
    match plan::from_ron("chaos.ron", &text) {
        Ok(parsed) => parsed.plan,
        Err(problem) => panic!("a plan napwiz wrote does not load: {problem}\n{text}"),
    }
}

// ---------------------------------------------------------------------------------------------
// Properties

#[test]
fn hand_edited_plans_never_crash_a_command() {
    runner(6)
        .run(&proptest::collection::vec(edit(), 1..6), |edits| {
            let mut plan = base_plan().clone();
            edits.into_iter().for_each(|e| apply(&mut plan, e));
            every_command(&through_the_loader(&plan), content());
            Ok(())
        })
        .unwrap();
}

/// Byte-level damage to a plan file: most fail to load (with a position), the rest must work.
fn damaged(text: &str, cuts: &[(usize, usize, u8)]) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for &(at, kind, byte) in cuts {
        let at = at % bytes.len().max(1);
        match kind % 4 {
            0 => bytes[at] = byte,
            1 => drop(bytes.drain(at..(at + usize::from(byte % 16)).min(bytes.len()))),
            2 => bytes.splice(at..at, b"9999999".iter().copied()).for_each(drop),
            _ => {
                let line_end = bytes[at..]
                    .iter()
                    .position(|&b| b == b'\n')
                    .map_or(bytes.len(), |n| at + n + 1);
                let line = bytes[at..line_end].to_vec();
                bytes.splice(at..at, line).for_each(drop);
            }
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

#[test]
fn damaged_plan_files_load_with_a_position_or_work() {
    let text = plan::to_ron(base_plan());
    let loaded = std::cell::Cell::new(0);
    runner(60)
        .run(
            &proptest::collection::vec((any::<usize>(), any::<usize>(), any::<u8>()), 1..4),
            |cuts| {
                match plan::from_ron("damaged.ron", &damaged(&text, &cuts)) {
                    Ok(parsed) => {
                        loaded.set(loaded.get() + 1);
                        common::exercise::frames(&parsed.plan, content());
                        plan::check(&parsed.plan, content());
                        plan::summarize(&parsed.plan, content());
                    }
                    Err(problem) => prop_assert!(problem.line >= 1 && problem.column >= 1),
                }
                Ok(())
            },
        )
        .unwrap();
    eprintln!("damaged plans: {} loaded and went through the wizard", loaded.get());
}

/// A pack with one file replaced; the fuzz target reads its input the same way.
fn pack_with(file: usize, text: &str) -> PackFiles {
    let name = EMBEDDED[file % EMBEDDED.len()].0;
    let texts = EMBEDDED
        .iter()
        .map(|(n, t)| (n.to_string(), if *n == name { text.to_string() } else { t.to_string() }));
    PackFiles::from_texts("chaos", texts)
}

/// A damaged pack is refused with every problem placed, or, if it passes the check, every
/// command works on the demo plan with it.
fn check_pack(files: &PackFiles) {
    match check_files(files) {
        Ok(content) => every_command(&small_demo(&content), &content),
        Err(problems) => {
            assert!(!problems.is_empty(), "a refused pack names its problems");
            for p in problems {
                assert!(p.line >= 1 && p.column >= 1, "{p}");
            }
        }
    }
}

#[test]
fn damaged_content_packs_are_refused_with_a_position_or_work() {
    runner(12)
        .run(
            &(
                0..EMBEDDED.len(),
                proptest::collection::vec((any::<usize>(), any::<usize>(), any::<u8>()), 1..4),
            ),
            |(file, cuts)| {
                check_pack(&pack_with(file, &damaged(EMBEDDED[file].1, &cuts)));
                Ok(())
            },
        )
        .unwrap();
}

// ---------------------------------------------------------------------------------------------
// Regression corpus: every crasher found stays here

fn fixtures(kind: &str) -> Vec<std::path::PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/chaos").join(kind);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.file_name().is_some_and(|n| !n.to_string_lossy().starts_with('.')))
        .collect();
    files.sort();
    files
}

/// Each file is a plan as a user could hand-edit it: it must load and go through every command.
/// Fuzz crashers (`crash-*`, kept as found) may instead be refused, with a position.
#[test]
fn every_plan_crasher_found_is_replayed() {
    let files = fixtures("plans");
    assert!(!files.is_empty(), "the regression corpus is empty");
    for path in files {
        let bytes = std::fs::read(&path).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        match plan::from_ron(&name, &text) {
            Ok(parsed) => {
                let run = std::panic::catch_unwind(|| every_command(&parsed.plan, content()));
                assert!(run.is_ok(), "{name} crashed a command");
            }
            Err(problem) => {
                assert!(name.starts_with("crash-"), "{name} does not load: {problem}");
                assert!(problem.line >= 1 && problem.column >= 1, "{name}: {problem}");
            }
        }
    }
}

/// The plain mode walks each regression plan (Enter keeps every value) without a panic.
#[test]
fn every_regression_plan_walks_through_plain_mode() {
    common::data_dir("chaos");
    for path in fixtures("plans").into_iter().filter(|p| !is_crasher(p)) {
        let dir = tempfile::tempdir().unwrap();
        let copy = dir.path().join("nap.ron");
        std::fs::copy(&path, &copy).unwrap();
        let mut out = Vec::new();
        let input = "\n".repeat(300);
        let output = napwiz::output::Output::new(&mut out);
        napwiz::plain::Plain::new(std::io::Cursor::new(input), output, content().clone())
            .run(Some(&copy))
            .unwrap_or_else(|e| panic!("{}: {e:#}", path.display()));
        assert!(!out.contains(&0x1b), "{}: an escape byte in the output", path.display());
    }
}

fn is_crasher(path: &Path) -> bool {
    path.file_name().is_some_and(|n| n.to_string_lossy().starts_with("crash-"))
}

/// Each file is a fuzz input for the pack target: the first byte picks the pack file it
/// replaces, the rest is that file's text.
#[test]
fn every_pack_crasher_found_is_replayed() {
    for path in fixtures("packs") {
        let bytes = std::fs::read(&path).unwrap();
        let Some((&file, text)) = bytes.split_first() else { continue };
        check_pack(&pack_with(usize::from(file), &String::from_utf8_lossy(text)));
    }
}

// ---------------------------------------------------------------------------------------------
// Item 3 of issue 18, by hand: a period that ends before it starts

fn reversed_period_plan() -> Plan {
    let mut plan = base_plan().clone();
    plan.meta.period = Period { first: 2030, last: 2027 };
    plan
}

#[test]
fn a_period_that_ends_before_it_starts_is_a_finding_not_a_crash() {
    let plan = reversed_period_plan();
    let health = plan::check(&plan, content());
    assert!(health.findings.iter().any(|f| f.message.contains("ends before it starts")));
    every_command(&plan, content());
}

#[test]
fn space_in_an_area_step_works_on_a_reversed_period() {
    let mut state = State::new(content().clone(), vec![]);
    state.plan = Some(OpenPlan::new("nap.ron".into(), reversed_period_plan(), None));
    state.step = Step::Area(0);
    for key in ["Right", "Down", "Space", "Space", "t", "t", "t"] {
        common::keys::press(&mut state, key);
        common::draw_text(&state, 80, 24);
        // Wide terminals show the decision's fields, timeframe years included.
        state.size = (160, 40);
        common::draw_text(&state, 160, 40);
        state.size = (80, 24);
    }
}

#[test]
fn choosing_a_reversed_period_in_a_merge_conflict_works() {
    let mut plan = base_plan().clone();
    plan.conflicts.push(Conflict {
        target: "meta".into(),
        field: "period".into(),
        choices: vec![
            Choice { source: "a.ron".into(), value: "(first: 2027, last: 2030)".into() },
            Choice { source: "b.ron".into(), value: "(first: 2031, last: 2026)".into() },
        ],
    });
    let mut state = State::new(content().clone(), vec![]);
    state.plan = Some(OpenPlan::new("nap.ron".into(), plan, None));
    state.step = Step::Area(0);
    for key in ["C", "Right", "Enter", "Right", "Space", "t"] {
        common::keys::press(&mut state, key);
        common::draw_text(&state, 80, 24);
    }
    let period = state.plan().unwrap().meta.period;
    assert_eq!((period.first, period.last), (2031, 2026));
    every_command(state.plan().unwrap(), content());
}

// ---------------------------------------------------------------------------------------------
// Item 5 of issue 18: a goal with very many own actions

/// Keys used to cost time in proportion to the square of the list (34 s at 100,000 actions);
/// now a key costs the same in a goal of 20,000 as in one of 20.
#[test]
fn a_goal_with_twenty_thousand_own_actions_answers_keys_at_once() {
    let mut state = State::new(content().clone(), vec![]);
    let mut plan = plan::demo_plan(content());
    let goal = content().areas[0].goals[0].id.clone();
    plan.custom_actions.extend((1..=20_000).map(|n| CustomAction {
        id: format!("X{n}"),
        goal: goal.clone(),
        text: format!("Own action {n}"),
    }));
    state.plan = Some(OpenPlan::new("nap.ron".into(), plan, None));
    state.step = Step::Area(0);
    state.areas[0].expanded.insert(goal);
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(80, 24)).unwrap();
    terminal
        .draw(|f| {
            napwiz::tui::view::draw(&state, f);
        })
        .unwrap();
    let mut slowest = Duration::ZERO;
    for action in [Action::End, Action::Up, Action::Up, Action::Down, Action::Home, Action::Down] {
        let started = Instant::now();
        napwiz::tui::update::update(&mut state, action);
        terminal
            .draw(|f| {
                napwiz::tui::view::draw(&state, f);
            })
            .unwrap();
        slowest = slowest.max(started.elapsed());
    }
    // Quadratic work took seconds per key here even in an optimised build.
    assert!(slowest < Duration::from_millis(250), "slowest key took {slowest:?}");
}
