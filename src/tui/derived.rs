//! Data derived from the whole open plan: the dashboard's summary and health check, the draft
//! preview, progress per step. Like the plan index (`tui::index`: goal counts, the header's share
//! decided, list rows), each piece is worked out on first use and kept for the plan as it is
//! (`PlanKey`), so frames never redo it and a key on a screen that does not show it costs nothing.
//! A plan that is not the open one (a copy) is computed on the spot.

use std::sync::Arc;

use crate::content::Content;
use crate::plan::fields;
use crate::plan::monitor::{self, Dashboard};
use crate::plan::{self, Decision, Health, Plan, Summary};
use crate::tui::state::{MonitorRow, OpenPlan, State, StatusFilter, Step};

/// The open plan, if `plan` is it (not a copy or an older version).
fn open_for<'a>(state: &'a State, plan: &Plan) -> Option<&'a OpenPlan> {
    state.plan.as_ref().filter(|open| std::ptr::eq(&open.plan, plan))
}

/// Today in the app; elsewhere the last workshop date, or the first day of the plan period.
pub fn draft_date(state: &State, plan: &Plan) -> jiff::civil::Date {
    state.today.unwrap_or_else(|| {
        let workshop = plan.meta.workshop_dates.iter().filter_map(|d| d.parse().ok()).max();
        workshop.unwrap_or_else(|| first_day_of(plan.meta.period.first))
    })
}

/// 1 January of a plan's first year; a year no calendar holds (a hand-edited file, reported by
/// the health check) falls back to the last one that does.
fn first_day_of(year: u16) -> jiff::civil::Date {
    let year = i16::try_from(year).unwrap_or(i16::MAX);
    jiff::civil::Date::new(year, 1, 1).unwrap_or(jiff::civil::Date::MAX.first_of_year())
}

pub fn summary(state: &State, plan: &Plan) -> Arc<Summary> {
    let make = || plan::summarize(plan, &state.content);
    match open_for(state, plan) {
        Some(open) => open.derived.summary.get_or(&open.key(), make),
        None => Arc::new(make()),
    }
}

pub fn health(state: &State, plan: &Plan) -> Arc<Health> {
    let make = || plan::check(plan, &state.content);
    match open_for(state, plan) {
        Some(open) => open.derived.health.get_or(&open.key(), make),
        None => Arc::new(make()),
    }
}

/// The draft action plan as the Generate step previews it, one line per entry: the clean copy
/// when that is what will be written.
pub fn preview(state: &State, plan: &Plan) -> Arc<Vec<String>> {
    let date = draft_date(state, plan);
    let clean = state.generate.clean;
    let make = || {
        let doc = if clean {
            crate::document::build_clean(plan, &state.content, date).0
        } else {
            crate::document::build(plan, &state.content, date)
        };
        crate::export::preview_lines(&doc)
    };
    match open_for(state, plan) {
        Some(open) => open.derived.preview.get_or(&(open.key(), date, clean), make),
        None => Arc::new(make()),
    }
}

/// The figures of `period` for the period dashboard (None when the plan has no such period).
pub fn dashboard(state: &State, plan: &Plan, period: &str) -> Arc<Option<Dashboard>> {
    let make = || monitor::dashboard(plan, &state.content, period);
    match open_for(state, plan) {
        Some(open) => open.derived.dashboard.get_or(&(open.key(), period.to_string()), make),
        None => Arc::new(make()),
    }
}

/// How many included actions `period` has a report for, as the Monitor list counts them.
pub fn overall(state: &State, plan: &Plan, period: &str) -> Arc<Option<monitor::Tally>> {
    let make = || monitor::overall(plan, &state.content, period);
    match open_for(state, plan) {
        Some(open) => open.derived.overall.get_or(&(open.key(), period.to_string()), make),
        None => Arc::new(make()),
    }
}

/// The Monitor list for `period` with the screen's filters: each area with included actions
/// that pass, then those actions, in checklist order.
pub fn monitor_rows(state: &State, plan: &Plan, period: &str) -> Arc<Vec<MonitorRow>> {
    let (institution, status) = (state.monitor.institution.clone(), state.monitor.status);
    let make = || filtered_rows(state, plan, period, institution.as_deref(), status);
    match open_for(state, plan) {
        Some(open) => {
            let key = (open.key(), period.to_string(), institution.clone(), status);
            open.derived.monitor_rows.get_or(&key, make)
        }
        None => Arc::new(make()),
    }
}

fn filtered_rows(
    state: &State,
    plan: &Plan,
    period: &str,
    institution: Option<&str>,
    status: StatusFilter,
) -> Vec<MonitorRow> {
    let report = |id: &str| plan.report(period, id);
    let keep = |id: &str| {
        let lead = plan.decision(id).and_then(|d| d.lead.as_deref());
        let by_status = match status {
            StatusFilter::Any => true,
            StatusFilter::Missing => report(id).is_none(),
            StatusFilter::Is(s) => report(id).is_some_and(|r| r.status == s),
        };
        by_status && institution.is_none_or(|i| lead == Some(i))
    };
    let mut rows = vec![];
    let mut area_now: Option<String> = None;
    for id in plan.included_actions(&state.content).into_iter().filter(|id| keep(id)) {
        let area = crate::plan::merge::area_of(plan, &state.content, id).unwrap_or_default();
        if area_now.as_ref() != Some(&area) {
            rows.push(MonitorRow::Area(area.clone()));
            area_now = Some(area);
        }
        rows.push(MonitorRow::Action(id.to_string()));
    }
    rows
}

/// How much of a step is done, in a few words: "5 of 10 filled", "34 of 52 decided".
pub fn step_progress(state: &State, step: Step) -> String {
    let Some(open) = state.plan.as_ref() else { return String::new() };
    let all = || state.steps().into_iter().map(|s| (s, compute_progress(state, &open.plan, s)));
    let steps = open.derived.steps.get_or(&open.key(), || all().collect());
    let found = steps.iter().find(|(s, _)| *s == step).map(|(_, text)| text.clone());
    found.unwrap_or_else(|| compute_progress(state, &open.plan, step))
}

fn compute_progress(state: &State, plan: &Plan, step: Step) -> String {
    let content = &state.content;
    let filled = |all: Vec<fields::Field>| {
        let n = all.iter().filter(|f| fields::display(plan, content, f) != "-").count();
        crate::fl!("steps-filled", n = n, all = all.len())
    };
    match step {
        Step::Start | Step::Generate => String::new(),
        Step::Monitor | Step::Progress => monitor_progress(state, plan),
        Step::Setup => filled(fields::meta_fields()),
        Step::Monitoring => filled(fields::monitoring_fields()),
        Step::Roster => {
            let n = plan.roster.institutions.len() + plan.roster.custom.len();
            crate::fl!("steps-institutions", count = n)
        }
        Step::Area(a) => {
            let actions = area_actions(plan, content, a);
            let decided =
                actions.iter().filter(|id| plan.decision(id).is_some_and(Decision::is_decided));
            crate::fl!("steps-decided", n = decided.count(), all = actions.len())
        }
        Step::Review => {
            let health = health(state, plan);
            crate::fl!("review-health-title", errors = health.errors, warnings = health.warnings)
        }
    }
}

/// The shown period's reporting in a few words: "2027-H2: 30 of 38 reported".
fn monitor_progress(state: &State, plan: &Plan) -> String {
    let Some(period) = state.monitor_period() else { return String::new() };
    let Some(t) = overall(state, plan, &period).as_ref().clone() else { return String::new() };
    crate::fl!("monitor-progress", period = period, reported = t.reported(), actions = t.actions)
}

/// Every action of an area, the checklist's and the team's own.
fn area_actions(plan: &Plan, content: &Content, a: usize) -> Vec<String> {
    let Some(area) = content.areas.get(a) else { return vec![] };
    let mut ids: Vec<String> =
        area.goals.iter().flat_map(|g| g.actions.iter().map(|x| x.id.clone())).collect();
    let goals = area
        .goals
        .iter()
        .map(|g| g.id.as_str())
        .chain(plan.custom_goals.iter().filter(|g| g.area == area.id).map(|g| g.id.as_str()));
    for goal in goals {
        ids.extend(plan.custom_actions_of(goal).map(|x| x.id.clone()));
    }
    ids
}

#[cfg(test)]
mod tests {
    use super::*;

    fn demo() -> State {
        let content = Content::embedded();
        let plan = plan::demo_plan(&content);
        let mut state = State::new(content, vec![]);
        state.plan = Some(OpenPlan::new("demo.ron".into(), plan, None));
        state
    }

    fn open_summary(state: &State) -> Arc<Summary> {
        summary(state, state.plan().unwrap())
    }

    #[test]
    fn a_stale_cache_is_never_read() {
        let mut state = demo();
        assert!(open_summary(&state).decided > 0);
        let open = state.plan.as_mut().unwrap();
        open.plan.items.clear();
        open.revision += 1;
        assert_eq!(open_summary(&state).decided, 0);
    }

    #[test]
    fn a_plan_changed_without_a_new_revision_is_noticed() {
        let mut state = demo();
        assert!(open_summary(&state).decided > 0);
        state.plan.as_mut().unwrap().plan.items.clear();
        assert_eq!(open_summary(&state).decided, 0);
    }

    #[test]
    fn a_plan_opened_later_gets_its_own_cache() {
        let mut state = demo();
        assert!(open_summary(&state).decided > 0);
        let content = state.content.clone();
        let period = plan::Period { first: 2027, last: 2030 };
        let empty = Plan::new("Other", "Nowhere", period, &content);
        state.plan = Some(OpenPlan::new("other.ron".into(), empty, None));
        assert_eq!(open_summary(&state).decided, 0);
    }

    #[test]
    fn cached_pieces_equal_what_the_views_computed_before() {
        let state = demo();
        let plan = state.plan().unwrap();
        let content = &state.content;
        let doc = crate::document::build(plan, content, draft_date(&state, plan));
        for _ in 0..2 {
            assert_eq!(*preview(&state, plan), crate::export::preview_lines(&doc));
            assert_eq!(health(&state, plan).errors, plan::check(plan, content).errors);
            for step in state.steps() {
                assert_eq!(step_progress(&state, step), compute_progress(&state, plan, step));
            }
        }
    }

    #[test]
    fn a_year_no_calendar_holds_dates_the_draft_on_the_last_one() {
        let mut state = demo();
        let open = state.plan.as_mut().unwrap();
        open.plan.meta.workshop_dates.clear();
        open.plan.meta.period.first = u16::MAX;
        let date = draft_date(&state, state.plan().unwrap());
        assert_eq!(date, jiff::civil::Date::MAX.first_of_year());
    }
}
