//! The monitoring model (Chapter B): reporting periods, reports, the figures a period dashboard
//! and an implementation report show, copy forward, `napwiz check` findings, the demo's
//! progress, and the plan id through split and merge.

use std::collections::BTreeMap;

use jiff::civil::date;
use napwiz::content::IndicatorKind;
use napwiz::plan::monitor::{
    Measure, Overdue, Owing, copy_forward, dashboard, derive_periods, indicator_trajectory,
};
use napwiz::plan::{
    ActionReport, Budget, Decision, Frequency, Inclusion, Indicator, Period, Plan, Severity,
    Status, Timeframe, Value, check, demo_plan, merge, split,
};

mod common;
use common::content;

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

fn included(lead: &str, timeframe: Timeframe, budget: Option<u64>) -> Decision {
    Decision {
        inclusion: Inclusion::Included,
        lead: Some(lead.into()),
        timeframe: Some(timeframe),
        budget: budget.map(|amount| Budget { amount: Some(amount), source: "State budget".into() }),
        ..Decision::default()
    }
}

fn report(status: Status) -> ActionReport {
    ActionReport { status, ..ActionReport::default() }
}

const TRAINED: &str = "Frontline staff trained";
const SHARE: &str = "Share of referrals within 48 hours";
const LAW: &str = "Identification procedure in force";

/// Four included actions in two areas, reported six-monthly: P1.1 (2027 only, MOI), P1.2
/// (MOI, long term), A1.1 (NRM, 2027-2028, with indicators), A1.2 (MOJ, dropped in H2).
fn plan() -> Plan {
    let mut plan = Plan::new("NAP", "Veldora", Period { first: 2027, last: 2030 }, content());
    plan.roster.institutions = vec!["nrm".into(), "moi".into(), "moj".into()];
    plan.monitoring.reporting = Some(Frequency::SixMonthly);
    let y2027 = Timeframe::Years { first: 2027, last: 2027 };
    plan.items.insert("P1.1".into(), included("moi", y2027, Some(10_000)));
    plan.items.insert("P1.2".into(), included("moi", Timeframe::LongTerm, None));
    let mut a11 = included("nrm", Timeframe::Years { first: 2027, last: 2028 }, Some(40_000));
    a11.indicators = vec![
        indicator(TRAINED, "0 (2026)", "At least 200 by 2028"),
        indicator(SHARE, "20% (2026)", "80% by 2028"),
        indicator(LAW, "Not yet", "In force by 2028"),
    ];
    plan.items.insert("A1.1".into(), a11);
    plan.items.insert("A1.2".into(), included("moj", Timeframe::MediumTerm, Some(50_000)));
    plan.items
        .insert("A1.3".into(), Decision { inclusion: Inclusion::Excluded, ..Decision::default() });
    plan.periods = derive_periods(plan.meta.period, plan.monitoring.reporting);
    let h1 = &mut plan.periods[0].reports;
    h1.insert("P1.1".into(), report(Status::OnTrack));
    h1.insert(
        "A1.1".into(),
        ActionReport {
            values: BTreeMap::from([(TRAINED.into(), Value::Number(50.0))]),
            spent: Some(Budget { amount: Some(5_000), source: "State budget".into() }),
            ..report(Status::OnTrack)
        },
    );
    h1.insert("A1.2".into(), report(Status::NotStarted));
    let h2 = &mut plan.periods[1].reports;
    h2.insert("P1.1".into(), report(Status::Delayed));
    h2.insert(
        "A1.1".into(),
        ActionReport {
            values: BTreeMap::from([
                (TRAINED.into(), Value::Number(110.0)),
                (SHARE.into(), Value::Number(50.0)),
                (LAW.into(), Value::Text("Draft sent to Parliament".into())),
            ]),
            spent: Some(Budget { amount: Some(15_000), source: "State budget".into() }),
            ..report(Status::Completed)
        },
    );
    h2.insert(
        "A1.2".into(),
        ActionReport {
            dropped_reason: "Merged into the new social services law".into(),
            ..report(Status::Dropped)
        },
    );
    plan
}

#[test]
fn the_implementation_rate_counts_completed_and_continuous_and_leaves_out_dropped() {
    let d = dashboard(&plan(), content(), "2027-H2").unwrap();
    assert_eq!((d.overall.actions, d.overall.not_reported, d.overall.reported()), (4, 1, 3));
    assert_eq!(d.overall.count(Status::Completed), 1);
    assert_eq!(d.overall.rate(), Some(1.0 / 3.0), "1 implemented of 3 still planned");
    let h1 = dashboard(&plan(), content(), "2027-H1").unwrap();
    assert_eq!(h1.overall.rate(), Some(0.0));
    assert!(dashboard(&plan(), content(), "2031-H1").is_none());
}

#[test]
fn figures_are_given_per_area_goal_and_lead_institution() {
    let d = dashboard(&plan(), content(), "2027-H2").unwrap();
    let areas: Vec<(&str, usize, Option<f64>)> =
        d.areas.iter().map(|(id, t)| (id.as_str(), t.actions, t.rate())).collect();
    assert_eq!(areas, [("P", 2, Some(0.0)), ("A", 2, Some(1.0))]);
    let goals: Vec<&str> = d.goals.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(goals, ["P1", "A1"]);
    let leads: Vec<(&str, usize)> =
        d.institutions.iter().map(|(id, t)| (id.as_str(), t.actions)).collect();
    assert_eq!(leads, [("nrm", 1), ("moi", 2), ("moj", 1)], "in roster order");
}

#[test]
fn an_action_is_overdue_once_its_timeframe_is_over_and_it_is_not_completed() {
    let plan = plan();
    let h1 = dashboard(&plan, content(), "2027-H1").unwrap();
    assert!(h1.overdue.is_empty(), "2027 is not over in June: {:?}", h1.overdue);
    let h2 = dashboard(&plan, content(), "2027-H2").unwrap();
    let p11 = Overdue {
        action: "P1.1".into(),
        lead: Some("moi".into()),
        ended: 2027,
        status: Some(Status::Delayed),
    };
    assert_eq!(h2.overdue, [p11]);
    // A1.1 ends in 2028 but is completed; A1.2 (medium term, 2029-2030) is dropped.
    let later = dashboard(&plan, content(), "2030-H2").unwrap();
    let ids: Vec<&str> = later.overdue.iter().map(|o| o.action.as_str()).collect();
    assert_eq!(ids, ["P1.1", "P1.2", "A1.1", "A1.2"], "nothing reported in 2030-H2 counts");
}

#[test]
fn institutions_that_have_not_reported_are_listed_with_what_they_owe() {
    let d = dashboard(&plan(), content(), "2027-H2").unwrap();
    assert_eq!(d.owing, [Owing { institution: Some("moi".into()), actions: vec!["P1.2".into()] }]);
}

#[test]
fn indicator_progress_runs_from_baseline_to_target() {
    let d = dashboard(&plan(), content(), "2027-H2").unwrap();
    let by_text = |t: &str| d.indicators.iter().find(|i| i.indicator == t).unwrap();
    let trained = by_text(TRAINED);
    assert_eq!(trained.measure, Measure::Count);
    assert_eq!(trained.value, Some(Value::Number(110.0)));
    assert_eq!(trained.previous, Some(Value::Number(50.0)));
    assert_eq!(trained.progress, Some(110.0 / 200.0));
    let share = by_text(SHARE);
    assert_eq!(share.measure, Measure::Share);
    assert_eq!(share.progress, Some(0.5), "50% is half way from 20% to 80%");
    assert_eq!(share.previous, None);
    let law = by_text(LAW);
    assert_eq!((law.measure, law.progress), (Measure::Text, None));
    assert_eq!(d.indicators.len(), 3, "only A1.1 has indicators");
}

#[test]
fn spending_is_set_against_the_budget_per_area_and_to_date() {
    let d = dashboard(&plan(), content(), "2027-H2").unwrap();
    let s = &d.spending;
    assert_eq!((s.budget, s.spent_in_period, s.spent_to_date), (100_000, 15_000, 20_000));
    assert_eq!(s.execution(), Some(0.2));
    let a = s.areas.iter().find(|a| a.area == "A").unwrap();
    assert_eq!((a.budget, a.spent_in_period, a.spent_to_date), (90_000, 15_000, 20_000));
}

#[test]
fn the_trend_runs_through_every_period_up_to_this_one() {
    let d = dashboard(&plan(), content(), "2028-H1").unwrap();
    let trend: Vec<(&str, usize, usize)> = d
        .trend
        .iter()
        .map(|p| (p.period.as_str(), p.tally.implemented(), p.tally.not_reported))
        .collect();
    assert_eq!(trend, [("2027-H1", 0, 1), ("2027-H2", 1, 1), ("2028-H1", 0, 4)]);
    let plan = plan();
    let values: Vec<Option<String>> = indicator_trajectory(&plan, "A1.1", TRAINED)
        .into_iter()
        .take(3)
        .map(|(_, v)| v.map(Value::words))
        .collect();
    assert_eq!(values, [Some("50".into()), Some("110".into()), None]);
}

#[test]
fn copy_forward_carries_what_still_holds_and_never_overwrites() {
    let mut plan = plan();
    plan.periods[1].reports.remove("P1.1");
    plan.periods[0].reports.get_mut("P1.1").unwrap().difficulties = "No staff".into();
    let copied = copy_forward(&mut plan, content(), "2027-H2").unwrap();
    assert_eq!(copied, ["P1.1"], "A1.1 and A1.2 were already reported; P1.2 had nothing");
    let p11 = plan.report("2027-H2", "P1.1").unwrap();
    assert_eq!((p11.status, p11.difficulties.as_str()), (Status::OnTrack, "No staff"));
    assert_eq!(plan.report("2027-H2", "A1.1").unwrap().status, Status::Completed);
    let into_h1 = copy_forward(&mut plan, content(), "2027-H1").unwrap_err();
    assert!(into_h1.contains("first period"), "{into_h1}");
    plan.periods[2].closed = true;
    let closed = copy_forward(&mut plan, content(), "2028-H1").unwrap_err();
    assert!(closed.contains("closed"), "{closed}");
}

fn messages(plan: &Plan, severity: Severity) -> Vec<String> {
    check(plan, content())
        .findings
        .into_iter()
        .filter(|f| f.severity == severity)
        .map(|f| f.message)
        .collect()
}

#[test]
fn check_reports_what_a_hand_edited_file_can_get_wrong_in_monitoring() {
    let mut plan = plan();
    let clean = messages(&plan, Severity::Error).len();
    let h2 = &mut plan.periods[1];
    h2.reports.insert("A1.3".into(), report(Status::OnTrack));
    h2.reports.insert("Z9.9".into(), report(Status::OnTrack));
    let a11 = h2.reports.get_mut("A1.1").unwrap();
    a11.values.insert(TRAINED.into(), Value::Text("many".into()));
    a11.values.insert(SHARE.into(), Value::Number(140.0));
    a11.values.insert("An old indicator".into(), Value::Number(1.0));
    h2.reports.get_mut("A1.2").unwrap().dropped_reason.clear();
    plan.periods[2].to = date(2027, 12, 31);
    plan.periods[3].due = date(2028, 12, 1);
    let errors = messages(&plan, Severity::Error);
    let has = |list: &[String], text: &str| list.iter().any(|m| m.contains(text));
    assert!(has(&errors, "period 2027-H2 has a report for Z9.9, which is no action"), "{errors:?}");
    assert!(has(&errors, "'many'; expected a number of 0 or more"), "{errors:?}");
    assert!(has(&errors, "'140'; expected a percentage from 0 to 100"), "{errors:?}");
    assert!(
        has(&errors, "reporting period 2028-H1 ends (2027-12-31) before it starts"),
        "{errors:?}"
    );
    assert_eq!(errors.len(), clean + 4, "{errors:?}");
    let warnings = messages(&plan, Severity::Warning);
    assert!(has(&warnings, "a report for A1.3, which is not included"), "{warnings:?}");
    assert!(has(&warnings, "'An old indicator', which is no indicator of A1.1"), "{warnings:?}");
    assert!(has(&warnings, "A1.2 is reported dropped in 2027-H2 without a reason"), "{warnings:?}");
    assert!(has(&warnings, "2028-H2 are due (2028-12-01) before it ends"), "{warnings:?}");
}

#[test]
fn the_demo_plan_has_two_periods_of_believable_progress_and_no_findings() {
    let demo = demo_plan(content());
    assert_eq!(demo.periods.len(), 8, "six-monthly over 2027-2030");
    assert!(demo.periods[0].closed && !demo.periods[1].closed);
    assert!(demo.periods[2..].iter().all(|p| p.reports.is_empty()));
    let health = check(&demo, content());
    assert!(health.findings.is_empty(), "{:?}", health.findings);
    let h1 = dashboard(&demo, content(), "2027-H1").unwrap();
    let h2 = dashboard(&demo, content(), "2027-H2").unwrap();
    for status in [Status::OnTrack, Status::Delayed, Status::NotStarted] {
        assert!(h1.overall.count(status) > 0, "{status:?} in H1: {:?}", h1.overall);
    }
    for status in [Status::Completed, Status::Delayed, Status::Continuous, Status::Dropped] {
        assert!(h2.overall.count(status) > 0, "{status:?} in H2: {:?}", h2.overall);
    }
    assert!(h2.overall.rate() > h1.overall.rate(), "progress over the year");
    assert!(h1.overall.not_reported > 0, "{:?}", h1.overall);
    assert!(h2.overall.not_reported > h1.overall.not_reported, "{:?}", h2.overall);
    assert!(h2.owing.iter().any(|o| o.institution.as_deref() == Some("moj")), "{:?}", h2.owing);
    assert!(!h2.overdue.is_empty(), "some 2027 actions are late");
    assert!(h2.spending.spent_to_date > 0 && h2.spending.execution() < Some(1.0));
    assert!(h2.indicators.iter().any(|i| i.progress.is_some_and(|p| p > 0.0)));
}

#[test]
fn a_new_plan_gets_its_own_id_which_split_and_merge_keep() {
    let (a, b) = (plan(), plan());
    assert_ne!(a.id, b.id);
    let part = split(&a, content(), "A", "nap.ron");
    assert_eq!(part.id, a.id);
    let reported: Vec<&String> = part.periods[1].reports.keys().collect();
    assert_eq!(reported, ["A1.1", "A1.2"], "a part carries its own area's reports");
    let merged = merge(&a, &[napwiz::plan::Side::new("a.ron", &part)], None, content());
    assert_eq!(merged.plan.id, a.id);
    assert_eq!(merged.plan.periods, a.periods, "the whole plan's reports are kept");
}

#[test]
fn a_report_conflict_is_resolved_and_described_like_any_other() {
    use napwiz::plan::monitor::{Incoming, combine};
    let mut plan = plan();
    let form = |source: &str, status| Incoming {
        source: source.into(),
        action: "P1.2".into(),
        report: ActionReport { status, ..ActionReport::default() },
    };
    let forms = [form("moi.xlsx", Status::OnTrack), form("moi-v2.xlsx", Status::Delayed)];
    combine(&mut plan, "nap.ron", "2027-H2", &forms, None).unwrap();
    let line = napwiz::plan::merge::conflict_line(&plan.conflicts[0], &plan, content());
    assert_eq!(line, "report 2027-H2 P1.2 status: on track (moi.xlsx) vs delayed (moi-v2.xlsx)");
    napwiz::plan::merge::resolve(&mut plan, 0, 1).unwrap();
    assert_eq!(plan.report("2027-H2", "P1.2").unwrap().status, Status::Delayed);
    assert!(plan.conflicts.is_empty());
}

#[test]
fn a_git_merge_of_two_whole_plans_keeps_both_sides_reports() {
    let base = plan();
    let mut ours = base.clone();
    ours.periods[1].reports.insert("P1.2".into(), report(Status::OnTrack));
    let mut theirs = base.clone();
    theirs.periods[0].closed = true;
    theirs.periods[1].reports.get_mut("P1.1").unwrap().done = "Inspections resumed".into();
    let sides =
        [napwiz::plan::Side::new("ours", &ours), napwiz::plan::Side::new("theirs", &theirs)];
    let merged = merge(&base, &sides, None, content());
    assert!(merged.is_clean(), "{:?}", merged.conflicts);
    let plan = merged.plan;
    assert!(plan.periods[0].closed, "theirs closed 2027-H1");
    assert_eq!(plan.report("2027-H2", "P1.2").unwrap().status, Status::OnTrack, "ours");
    assert_eq!(plan.report("2027-H2", "P1.1").unwrap().done, "Inspections resumed", "theirs");

    theirs.periods[1].reports.insert("P1.2".into(), report(Status::Delayed));
    let sides =
        [napwiz::plan::Side::new("ours", &ours), napwiz::plan::Side::new("theirs", &theirs)];
    let merged = merge(&base, &sides, None, content());
    let line = napwiz::plan::merge::conflict_line(&merged.conflicts[0], &merged.plan, content());
    assert_eq!(line, "report 2027-H2 P1.2 status: on track (ours) vs delayed (theirs)");
}
