//! Plans survive writing and reading unchanged: a property test over random plans (every enum,
//! custom items, monitoring, text with quotes, backslashes, `#`, line breaks and non-ASCII), and
//! the promises of the written form: one final newline, non-ASCII text as is, items in id order,
//! and the same bytes for the same plan.

use std::fs;
use std::path::Path;

use proptest::collection::{btree_map, vec};
use proptest::option;
use proptest::prelude::*;
use proptest::sample::select;
use proptest::test_runner::RngSeed;

use napwiz::content::{IndicatorKind, InstitutionKind};
use napwiz::plan::{ActionReport, ReportingPeriod, Status, Value};
use napwiz::plan::{
    Baseline, Budget, Choice, Conflict, ContentRef, CustomAction, CustomGoal, CustomInstitution,
    Decision, Frequency, Inclusion, Indicator, Lesson, Meta, Monitoring, PLAN_FORMAT, PLAN_VERSION,
    Part, Period, Plan, PreviousPlan, Priority, Roster, Timeframe, demo_plan, from_ron, to_ron,
};
use napwiz::store::PlanFile;

mod common;

fn data_dir() -> &'static Path {
    common::data_dir("plan_roundtrip")
}

use common::content;

// ---------------------------------------------------------------------------------------------
// Strategies
// ---------------------------------------------------------------------------------------------

/// Texts as teams type them, and the ones that stress the writer: quotes and backslashes (which
/// make RON raw strings, `r#"..."#`), runs of `#` after a quote, line breaks, and non-ASCII. No
/// control characters but the line feed (napwiz strips the others on load).
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => "[a-zA-Z0-9 .,:;()'/-]{0,16}",
        4 => "[a-z \"\\\\#'\n(){}\\[\\]:,éüßТбилисиქართულიالعربية—€😀]{0,16}",
        2 => "[\\PC\n]{0,16}",
        2 => select(vec![
            "",
            "\"",
            "\\",
            "#",
            "\"#",
            "\"##",
            "a\"###b",
            "r#\"raw\"#",
            "C:\\plans\\\"2027\"#1",
            "\n",
            "line one\nline two\n",
            "  padded  ",
            "Тбилиси",
            "ملاحظة: \"الخط الساخن\"",
            "None",
            "Some(\"x\")",
            "()",
            "// not a comment",
            "/* nor this */",
            "\u{a0}\u{10ffff}",
        ])
        .prop_map(String::from),
    ]
}

fn id() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => "[A-Z][0-9]{1,2}(\\.[0-9X]{1,2})?",
        1 => text(),
    ]
}

fn frequency() -> impl Strategy<Value = Frequency> {
    select(Frequency::ALL.to_vec())
}

fn timeframe() -> impl Strategy<Value = Timeframe> {
    prop_oneof![
        Just(Timeframe::ShortTerm),
        Just(Timeframe::MediumTerm),
        Just(Timeframe::LongTerm),
        (any::<u16>(), any::<u16>()).prop_map(|(first, last)| Timeframe::Years { first, last }),
    ]
}

prop_compose! {
    fn indicator()(
        text in text(),
        kind in select(IndicatorKind::ALL.to_vec()),
        baseline in text(),
        target in text(),
        verification in text(),
        frequency in option::of(frequency()),
    ) -> Indicator {
        Indicator { text, kind, baseline, target, verification, frequency }
    }
}

fn budget() -> impl Strategy<Value = Option<Budget>> {
    prop_oneof![
        2 => Just(None),
        // Both fields left out: written as `budget: ()`.
        1 => Just(Some(Budget::default())),
        3 => (option::of(any::<u64>()), text())
            .prop_map(|(amount, source)| Some(Budget { amount, source })),
    ]
}

prop_compose! {
    fn full_decision()(
        baseline in select(Baseline::ALL.to_vec()),
        inclusion in select(vec![Inclusion::Open, Inclusion::Included, Inclusion::Excluded]),
        priority in option::of(select(Priority::ALL.to_vec())),
        timeframe in option::of(timeframe()),
        lead in option::of(id()),
        partners in vec(id(), 0..3),
        indicators in vec(indicator(), 0..3),
        budget in budget(),
        notes in text(),
    ) -> Decision {
        Decision {
            baseline, inclusion, priority, timeframe, lead, partners, indicators, budget, notes,
        }
    }
}

fn decision() -> impl Strategy<Value = Decision> {
    prop_oneof![
        // Every field left out: written as `()`.
        1 => Just(Decision::default()),
        5 => full_decision(),
    ]
}

prop_compose! {
    fn meta()(
        title in text(),
        country in text(),
        (first, last) in (any::<u16>(), any::<u16>()),
        coordinating_body in text(),
        national_coordinator in text(),
        facilitator in text(),
        workshop_dates in vec(text(), 0..3),
        language in text(),
        currency in text(),
        (content_id, content_version) in (text(), text()),
    ) -> Meta {
        Meta {
            title,
            country,
            period: Period { first, last },
            coordinating_body,
            national_coordinator,
            facilitator,
            workshop_dates,
            language,
            currency,
            content: ContentRef { id: content_id, version: content_version },
        }
    }
}

prop_compose! {
    fn custom_institution()(
        id in id(),
        name in text(),
        code in text(),
        kind in select(InstitutionKind::ALL.to_vec()),
    ) -> CustomInstitution {
        CustomInstitution { id, name, code, kind }
    }
}

prop_compose! {
    fn roster()(
        institutions in vec(id(), 0..4),
        custom in vec(custom_institution(), 0..3),
    ) -> Roster {
        Roster { institutions, custom }
    }
}

prop_compose! {
    fn custom_goal()(id in id(), area in id(), title in text(), guidance in text()) -> CustomGoal {
        CustomGoal { id, area, title, guidance }
    }
}

prop_compose! {
    fn custom_action()(id in id(), goal in id(), text in text()) -> CustomAction {
        CustomAction { id, goal, text }
    }
}

prop_compose! {
    fn monitoring()(
        body in text(),
        reporting in option::of(frequency()),
        review in option::of(frequency()),
        mid_term_evaluation in option::of(any::<u16>()),
        final_evaluation in option::of(any::<u16>()),
        data_sources in vec(text(), 0..3),
        notes in text(),
    ) -> Monitoring {
        Monitoring {
            body, reporting, review, mid_term_evaluation, final_evaluation, data_sources, notes,
        }
    }
}

fn date() -> impl Strategy<Value = jiff::civil::Date> {
    (1990i16..2100, 1i8..=12, 1i8..=28).prop_map(|(y, m, d)| jiff::civil::date(y, m, d))
}

fn value() -> impl Strategy<Value = Value> {
    prop_oneof![
        // Quarters and whole numbers: what people report, and exact in binary.
        (0u32..4_000_000).prop_map(|n| Value::Number(f64::from(n) / 4.0)),
        text().prop_map(Value::Text),
    ]
}

prop_compose! {
    fn report()(
        status in select(Status::ALL.to_vec()),
        (dropped_reason, done, difficulties, corrective_measures, reported_by) in
            (text(), text(), text(), text(), text()),
        values in btree_map(text(), value(), 0..3),
        spent in budget(),
        evidence in vec(text(), 0..2),
        date in option::of(date()),
        validated in any::<bool>(),
    ) -> ActionReport {
        ActionReport {
            status, dropped_reason, done, values, spent, difficulties, corrective_measures,
            evidence, reported_by, date, validated,
        }
    }
}

prop_compose! {
    fn period()(
        id in id(),
        (from, to, due) in (date(), date(), date()),
        closed in any::<bool>(),
        reports in btree_map(id(), report(), 0..3),
    ) -> ReportingPeriod {
        ReportingPeriod { id, from, to, due, closed, reports }
    }
}

prop_compose! {
    fn lesson()(
        (action, period, difficulties, corrective_measures) in (id(), id(), text(), text()),
    ) -> Lesson {
        Lesson { action, period, difficulties, corrective_measures }
    }
}

prop_compose! {
    fn previous()(
        (id, title) in (id(), text()),
        (first, last) in (1990u16..2100, 1990u16..2100),
        carried_over in vec(id(), 0..3),
        lessons in vec(lesson(), 0..3),
    ) -> PreviousPlan {
        PreviousPlan { id, title, period: Period { first, last }, carried_over, lessons }
    }
}

prop_compose! {
    fn plan()(
        id in id(),
        periods in vec(period(), 0..3),
        meta in meta(),
        roster in roster(),
        items in btree_map(id(), decision(), 0..6),
        custom_goals in vec(custom_goal(), 0..3),
        custom_actions in vec(custom_action(), 0..3),
        monitoring in prop_oneof![1 => Just(Monitoring::default()), 3 => monitoring()],
        part in proptest::option::of((id(), text()).prop_map(|(area, of)| Part { area, of })),
        conflicts in vec(conflict(), 0..2),
        previous in option::of(previous()),
    ) -> Plan {
        Plan {
            format: PLAN_FORMAT.into(),
            version: PLAN_VERSION,
            id,
            meta,
            roster,
            items,
            custom_goals,
            custom_actions,
            monitoring,
            periods,
            previous,
            part,
            conflicts,
        }
    }
}

prop_compose! {
    fn conflict()(target in id(), field in id(), choices in vec((text(), text()), 1..3)) -> Conflict {
        let choices = choices.into_iter().map(|(source, value)| Choice { source, value }).collect();
        Conflict { target, field, choices }
    }
}

// ---------------------------------------------------------------------------------------------
// The property
// ---------------------------------------------------------------------------------------------

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 256,
        // Deterministic, and no regression files written into the source tree.
        rng_seed: RngSeed::Fixed(0x6e61_7077_697a),
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn any_plan_reads_back_exactly_as_written(plan in plan()) {
        let text = to_ron(&plan);
        prop_assert!(text.ends_with('\n') && !text.ends_with("\n\n"), "{}", text);
        let parsed = from_ron("random.ron", &text)
            .map_err(|p| TestCaseError::fail(format!("{p}\n{text}")))?;
        prop_assert_eq!(parsed.migrated_from, None);
        prop_assert_eq!(&parsed.plan, &plan, "{}", text);
        // Writing what was read gives the same bytes.
        prop_assert_eq!(to_ron(&parsed.plan), text);
    }
}

// ---------------------------------------------------------------------------------------------
// The written form
// ---------------------------------------------------------------------------------------------

fn small_plan() -> Plan {
    Plan::new("სამოქმედო გეგმა 2027-2030", "Тбилиси", Period { first: 2027, last: 2030 }, content())
}

#[test]
fn the_written_plan_ends_with_exactly_one_newline() {
    for plan in [small_plan(), demo_plan(content())] {
        let text = to_ron(&plan);
        assert!(text.ends_with(")\n"), "{:?}", &text[text.len() - 20..]);
        assert!(!text.ends_with("\n\n"));
    }
}

#[test]
fn non_ascii_text_is_written_as_is_not_escaped() {
    let mut plan = small_plan();
    plan.meta.facilitator = "Åsa Ødegård".into();
    plan.items.insert(
        "P1.1".into(),
        Decision {
            notes: "ملاحظة: الخط الساخن يعمل — 😀".into(), ..Decision::default()
        },
    );
    let text = to_ron(&plan);
    for literal in
        ["Тбилиси", "სამოქმედო გეგმა 2027-2030", "Åsa Ødegård", "ملاحظة: الخط الساخن يعمل — 😀"]
    {
        assert!(text.contains(literal), "{literal} not written as is:\n{text}");
    }
    assert!(!text.contains("\\u{"), "escaped:\n{text}");
    assert!(!text.contains("\\x"), "escaped:\n{text}");
    assert_eq!(from_ron("plan.ron", &text).unwrap().plan, plan);
}

#[test]
fn quotes_and_backslashes_round_trip_as_raw_strings() {
    let mut plan = small_plan();
    let tricky = "C:\\plans\\\"2027\"# and \"## more";
    plan.meta.title = tricky.into();
    let text = to_ron(&plan);
    assert!(text.contains(&format!("r###\"{tricky}\"###")), "{text}");
    assert_eq!(from_ron("plan.ron", &text).unwrap().plan.meta.title, tricky);
}

/// The item ids in the order the text lists them: the keys of the `items` map.
fn written_item_ids(text: &str) -> Vec<String> {
    let start = text.find("\n    items: {").expect("an items map");
    let end = start + text[start..].find("\n    },").expect("the end of the items map");
    text[start..end]
        .lines()
        .filter_map(|l| l.strip_prefix("        \""))
        .filter_map(|l| l.split_once("\": ("))
        .map(|(id, _)| id.to_string())
        .collect()
}

#[test]
fn items_are_written_in_sorted_id_order() {
    let mut plan = small_plan();
    for id in ["P2.1", "A1.1", "E10", "P10.2", "E2.1", "A1"] {
        plan.items
            .insert(id.into(), Decision { baseline: Baseline::Missing, ..Decision::default() });
    }
    let text = to_ron(&plan);
    assert_eq!(written_item_ids(&text), ["A1", "A1.1", "E10", "E2.1", "P10.2", "P2.1"]);

    let demo = to_ron(&demo_plan(content()));
    let ids = written_item_ids(&demo);
    assert!(ids.len() > 100, "{} items found", ids.len());
    let mut sorted = ids.clone();
    sorted.sort();
    assert_eq!(ids, sorted);
}

#[test]
fn the_demo_plan_saved_twice_gives_identical_bytes() {
    data_dir();
    let dir = tempfile::tempdir().unwrap();
    let first_path = dir.path().join("demo.ron");
    let demo = demo_plan(content());
    assert_eq!(demo, demo_plan(content()), "the demo plan is deterministic");

    let mut file = PlanFile::create(&first_path, demo.clone(), false).expect("create");
    let first = fs::read(&first_path).unwrap();
    assert_eq!(first, to_ron(&demo).into_bytes());
    file.save().expect("save again");
    assert_eq!(fs::read(&first_path).unwrap(), first, "a second save differs");
    drop(file);

    // Loaded and saved again: still the same bytes.
    let mut reopened = PlanFile::open(&first_path).expect("open");
    assert_eq!(reopened.plan, demo);
    reopened.save().expect("save after reopening");
    assert_eq!(fs::read(&first_path).unwrap(), first);

    // And the same plan saved elsewhere is the same file.
    let second_path = dir.path().join("copy.ron");
    PlanFile::create(&second_path, demo, false).expect("create a copy");
    assert_eq!(fs::read(&second_path).unwrap(), first);
}

#[test]
fn the_small_fixture_reads_back_and_rewrites_stably() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/plan-v1-small.ron");
    let text = fs::read_to_string(&path).unwrap();
    let plan = from_ron("plan-v1-small.ron", &text).unwrap().plan;
    assert_eq!(plan.meta.title, "NAP 2027-2030");
    assert_eq!(plan.items.keys().collect::<Vec<_>>(), ["P1.1"], "{:?}", plan.items);
    let written = to_ron(&plan);
    assert_eq!(from_ron("rewritten.ron", &written).unwrap().plan, plan);
    assert_eq!(to_ron(&from_ron("again.ron", &written).unwrap().plan), written);
}
