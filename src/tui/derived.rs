//! Data derived from the whole open plan: the dashboard's summary and health check, the draft
//! preview, progress per step. Computed once per plan revision (after `update` and after the app
//! opens a plan), so drawing a frame never recomputes it. Goal counts, the header's share decided
//! and the list rows are the plan index's (`tui::index`), built on first use per revision. Views read it through
//! the functions here; a stale or missing cache (a state built by hand, as in tests) is computed
//! on the spot for that one piece, so a view never shows numbers of an older revision.

use std::borrow::Cow;

use crate::content::Content;
use crate::plan::{self, Decision, Health, Plan, Summary};
use crate::tui::fields;
use crate::tui::state::{Derived, OpenPlan, State, Step};

/// Brings the cache up to the open plan's revision (and the draft's date); cheap when it is.
pub fn refresh(state: &mut State) {
    let Some(open) = &state.plan else { return };
    let date = draft_date(state, &open.plan);
    // The plan compare (cheap next to the work) catches a plan written without a new revision.
    if open.derived.as_ref().is_some_and(|d| is_for(d, open, date) && d.plan == open.plan) {
        return;
    }
    let derived = compute(state, &open.plan, open.revision, date);
    if let Some(open) = state.plan.as_mut() {
        open.derived = Some(derived);
    }
}

fn compute(state: &State, plan: &Plan, revision: u64, date: jiff::civil::Date) -> Derived {
    let content = &state.content;
    let doc = crate::document::build(plan, content, date);
    Derived {
        revision,
        plan: plan.clone(),
        date,
        summary: plan::summarize(plan, content),
        health: plan::check(plan, content),
        preview: crate::export::preview_lines(&doc),
        steps: state.steps().into_iter().map(|s| (s, compute_progress(state, plan, s))).collect(),
    }
}

/// The cache, if it is for the open plan as it is now.
fn cached(state: &State) -> Option<&Derived> {
    let open = state.plan.as_ref()?;
    let derived = open.derived.as_ref()?;
    is_for(derived, open, draft_date(state, &open.plan)).then_some(derived)
}

fn is_for(derived: &Derived, open: &OpenPlan, date: jiff::civil::Date) -> bool {
    derived.revision == open.revision && derived.date == date
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

pub fn summary<'a>(state: &'a State, plan: &Plan) -> Cow<'a, Summary> {
    cached(state).map_or_else(
        || Cow::Owned(plan::summarize(plan, &state.content)),
        |d| Cow::Borrowed(&d.summary),
    )
}

pub fn health<'a>(state: &'a State, plan: &Plan) -> Cow<'a, Health> {
    cached(state)
        .map_or_else(|| Cow::Owned(plan::check(plan, &state.content)), |d| Cow::Borrowed(&d.health))
}

/// The draft action plan as the Generate step previews it, one line per entry.
pub fn preview<'a>(state: &'a State, plan: &Plan) -> Cow<'a, [String]> {
    cached(state).map_or_else(
        || {
            let doc = crate::document::build(plan, &state.content, draft_date(state, plan));
            Cow::Owned(crate::export::preview_lines(&doc))
        },
        |d| Cow::Borrowed(d.preview.as_slice()),
    )
}

/// How much of a step is done, in a few words: "5 of 10 filled", "34 of 52 decided".
pub fn step_progress(state: &State, step: Step) -> String {
    let Some(plan) = state.plan() else { return String::new() };
    let from_cache = cached(state).and_then(|d| d.steps.iter().find(|(s, _)| *s == step));
    from_cache.map_or_else(|| compute_progress(state, plan, step), |(_, text)| text.clone())
}

fn compute_progress(state: &State, plan: &Plan, step: Step) -> String {
    let content = &state.content;
    let filled = |all: Vec<fields::Field>| {
        let n = all.iter().filter(|f| fields::display(plan, content, f) != "-").count();
        format!("{n} of {} filled", all.len())
    };
    match step {
        Step::Start | Step::Generate => String::new(),
        Step::Setup => filled(fields::meta_fields()),
        Step::Monitoring => filled(fields::monitoring_fields()),
        Step::Roster => {
            let n = plan.roster.institutions.len() + plan.roster.custom.len();
            format!("{n} institutions")
        }
        Step::Area(a) => {
            let actions = area_actions(plan, content, a);
            let decided =
                actions.iter().filter(|id| plan.decision(id).is_some_and(Decision::is_decided));
            format!("{} of {} decided", decided.count(), actions.len())
        }
        Step::Review => {
            let health = plan::check(plan, content);
            format!("{} errors, {} warnings", health.errors, health.warnings)
        }
    }
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
    use crate::tui::action::Action;

    fn demo() -> State {
        let content = Content::embedded();
        let plan = plan::demo_plan(&content);
        let mut state = State::new(content, vec![]);
        state.plan = Some(OpenPlan::new("demo.ron".into(), plan, None));
        state
    }

    fn is_fresh(state: &State) -> bool {
        cached(state).is_some()
    }

    #[test]
    fn update_leaves_the_cache_at_the_plans_revision() {
        let mut state = demo();
        state.step = Step::Area(0);
        crate::tui::update::update(&mut state, Action::Down);
        assert!(is_fresh(&state));
        let before = summary(&state, state.plan().unwrap()).decided;
        for action in [Action::Down, Action::ToggleInclude] {
            crate::tui::update::update(&mut state, action);
        }
        assert!(is_fresh(&state), "a change recomputes the cache");
        let plan = state.plan().unwrap().clone();
        assert_eq!(*summary(&state, &plan), plan::summarize(&plan, &state.content));
        crate::tui::update::update(&mut state, Action::Undo);
        assert!(is_fresh(&state), "undo recomputes the cache");
        assert_eq!(summary(&state, state.plan().unwrap()).decided, before);
    }

    #[test]
    fn a_stale_cache_is_never_read() {
        let mut state = demo();
        refresh(&mut state);
        let open = state.plan.as_mut().unwrap();
        open.plan.items.clear();
        open.revision += 1;
        let plan = state.plan().unwrap().clone();
        assert_eq!(summary(&state, &plan).decided, 0);
    }

    #[test]
    fn a_plan_changed_without_a_new_revision_is_noticed() {
        let mut state = demo();
        refresh(&mut state);
        state.plan.as_mut().unwrap().plan.items.clear();
        refresh(&mut state);
        let plan = state.plan().unwrap().clone();
        assert_eq!(summary(&state, &plan).decided, 0);
    }

    #[test]
    fn a_plan_opened_later_gets_its_own_cache() {
        let mut state = demo();
        refresh(&mut state);
        let content = state.content.clone();
        let period = plan::Period { first: 2027, last: 2030 };
        let empty = Plan::new("Other", "Nowhere", period, &content);
        state.plan = Some(OpenPlan::new("other.ron".into(), empty, None));
        assert!(!is_fresh(&state), "the new plan starts without the old plan's numbers");
        refresh(&mut state);
        assert_eq!(summary(&state, state.plan().unwrap()).decided, 0);
    }

    #[test]
    fn cached_pieces_equal_what_the_views_computed_before() {
        let mut state = demo();
        refresh(&mut state);
        let plan = state.plan().unwrap().clone();
        let content = state.content.clone();
        let doc = crate::document::build(&plan, &content, draft_date(&state, &plan));
        assert_eq!(&*preview(&state, &plan), crate::export::preview_lines(&doc).as_slice());
        assert_eq!(health(&state, &plan).errors, plan::check(&plan, &content).errors);
        for step in state.steps() {
            assert_eq!(step_progress(&state, step), compute_progress(&state, &plan, step));
        }
    }
}
