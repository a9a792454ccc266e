//! The wizard's `update`, driven through the real key bindings: every key goes through
//! `keymap::action_for(keymap::mode(&state), key)` and then `update`, as the app loop does.

use std::path::PathBuf;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use napwiz::content::Content;
use napwiz::plan::fields::{Field, ItemField};
use napwiz::plan::{Baseline, Decision, Inclusion, Period, Plan, Priority, Timeframe, demo_plan};
use napwiz::tui::action::{Action, Opened, Outcome};
use napwiz::tui::keymap::{self, Mode};
use napwiz::tui::select::search_hits;
use napwiz::tui::state::{OpenPlan, Overlay, PickTarget, Row, SaveState, State, Step, TextTarget};
use napwiz::tui::update::{Effect, update};

mod common;
use common::draw_text;
use common::keys::press;

// ---------------------------------------------------------------------------------------------
// Helpers

const PREVENTION: usize = 0;

fn fresh() -> State {
    State::new(Content::embedded(), vec![])
}

/// A state with the demo plan open in memory, on `step`.
fn with_demo(step: Step) -> State {
    common::demo_state(step)
}

/// A state with the demo plan open read-only.
fn read_only(step: Step) -> State {
    let mut state = with_demo(step);
    let plan = state.plan.take().unwrap().plan;
    state.plan = Some(OpenPlan::new(
        PathBuf::from("/plans/demo.ron"),
        plan,
        Some("open in another napwiz".into()),
    ));
    state
}

/// Presses keys in order; returns the effects of the last one.
fn keys(state: &mut State, names: &[&str]) -> Vec<Effect> {
    let mut effects = vec![];
    for name in names {
        effects = press(state, name);
    }
    effects
}

/// Types text into whatever has the input (editor, filter, search).
fn type_text(state: &mut State, text: &str) {
    for c in text.chars() {
        let name = if c == ' ' { "Space".to_string() } else { c.to_string() };
        press(state, &name);
    }
}

fn plan(state: &State) -> &Plan {
    state.plan().expect("a plan is open")
}

fn decision(state: &State, id: &str) -> Decision {
    plan(state).decision(id).cloned().unwrap_or_default()
}

fn revision(state: &State) -> u64 {
    state.plan.as_ref().unwrap().revision
}

fn save(state: &State) -> SaveState {
    state.plan.as_ref().unwrap().save.clone()
}

fn message(state: &State) -> String {
    state.message.as_ref().map(|m| m.text.clone()).unwrap_or_default()
}

fn is_error(state: &State) -> bool {
    state.message.as_ref().is_some_and(|m| m.error)
}

/// The text in the open editor, search or picker input.
fn input(state: &State) -> String {
    match &state.overlay {
        Some(Overlay::Editor { input, .. }) | Some(Overlay::Search { input, .. }) => {
            input.lines().join("\n")
        }
        Some(Overlay::Picker { filter, .. }) => filter.lines().join("\n"),
        other => panic!("no text input open: {other:?}"),
    }
}

fn editor_error(state: &State) -> Option<String> {
    match &state.overlay {
        Some(Overlay::Editor { error, .. }) => error.clone(),
        other => panic!("no editor open: {other:?}"),
    }
}

fn selected(state: &State, a: usize) -> Option<Row> {
    state.selected_row(a)
}

/// Puts the cursor of area `a` on `id` with its goal opened, through the real jump.
fn select(state: &mut State, id: &str) {
    napwiz::tui::update::jump_to(state, id);
    let Step::Area(a) = state.step else { panic!("{id} is not in an area") };
    assert_eq!(selected(state, a), Some(Row::Action(id.into())), "cursor on {id}");
}

/// Makes an action undecided again, as if the team had not looked at it yet.
fn forget(state: &mut State, id: &str) {
    state.plan.as_mut().unwrap().plan.items.remove(id);
}

/// Asserts that a key changed the plan as a recorded change: revision bumped, unsaved, undoable.
fn assert_changed(state: &State, before: u64) {
    assert_eq!(revision(state), before + 1, "the revision moves on every change");
    assert_eq!(save(state), SaveState::Unsaved);
    assert!(!state.plan.as_ref().unwrap().undo.is_empty());
}

// ---------------------------------------------------------------------------------------------
// Navigation

#[test]
fn list_movement_stays_in_range() {
    let mut state = with_demo(Step::Area(PREVENTION));
    let len = state.area_rows(PREVENTION).len();
    assert!(len > 1);
    press(&mut state, "Up");
    assert_eq!(state.areas[PREVENTION].cursor, 0, "Up at the top stays at the top");
    press(&mut state, "Down");
    assert_eq!(state.areas[PREVENTION].cursor, 1);
    press(&mut state, "j");
    assert_eq!(state.areas[PREVENTION].cursor, 2, "j moves down too");
    press(&mut state, "k");
    assert_eq!(state.areas[PREVENTION].cursor, 1, "k moves up");
    for _ in 0..5 {
        press(&mut state, "PageDown");
    }
    assert_eq!(state.areas[PREVENTION].cursor, len - 1, "PageDown stops at the last row");
    press(&mut state, "Down");
    assert_eq!(state.areas[PREVENTION].cursor, len - 1, "Down at the bottom stays");
    press(&mut state, "Home");
    assert_eq!(state.areas[PREVENTION].cursor, 0);
    press(&mut state, "End");
    assert_eq!(state.areas[PREVENTION].cursor, len - 1);
    press(&mut state, "g");
    assert_eq!(state.areas[PREVENTION].cursor, 0, "g is Home");
    press(&mut state, "G");
    assert_eq!(state.areas[PREVENTION].cursor, len - 1, "G is End");
    for _ in 0..5 {
        press(&mut state, "PageUp");
    }
    assert_eq!(state.areas[PREVENTION].cursor, 0, "PageUp stops at the first row");
}

#[test]
fn page_down_moves_by_the_screen_height() {
    let mut state = with_demo(Step::Area(PREVENTION));
    // Open every goal so the list is longer than a page.
    let goals = state.area_rows(PREVENTION).len();
    for i in (0..goals).rev() {
        state.areas[PREVENTION].cursor = i;
        press(&mut state, "Enter");
    }
    press(&mut state, "Home");
    state.size = (80, 24);
    press(&mut state, "PageDown");
    let small = state.areas[PREVENTION].cursor;
    press(&mut state, "Home");
    update(&mut state, Action::Resize(80, 40));
    press(&mut state, "PageDown");
    let large = state.areas[PREVENTION].cursor;
    assert!(small > 1 && large > small, "a taller terminal pages further: {small} vs {large}");
}

#[test]
fn enter_on_a_goal_expands_it_and_left_collapses_it() {
    let mut state = with_demo(Step::Area(PREVENTION));
    assert_eq!(selected(&state, PREVENTION), Some(Row::Goal("P1".into())));
    let before = state.area_rows(PREVENTION).len();
    press(&mut state, "Enter");
    assert!(state.areas[PREVENTION].expanded.contains("P1"));
    assert_eq!(state.area_rows(PREVENTION).len(), before + 5, "P1's five actions are shown");
    assert_eq!(selected(&state, PREVENTION), Some(Row::Goal("P1".into())), "cursor stays");
    assert_eq!(state.areas[PREVENTION].field, None, "Enter on a goal does not open its fields");
    press(&mut state, "Left");
    assert!(!state.areas[PREVENTION].expanded.contains("P1"));
    assert_eq!(state.area_rows(PREVENTION).len(), before);
}

#[test]
fn left_on_an_action_closes_its_goal_and_selects_it() {
    let mut state = with_demo(Step::Area(PREVENTION));
    select(&mut state, "P1.3");
    press(&mut state, "h");
    assert!(!state.areas[PREVENTION].expanded.contains("P1"));
    assert_eq!(selected(&state, PREVENTION), Some(Row::Goal("P1".into())));
}

#[test]
fn brackets_move_between_steps_and_stop_at_the_ends() {
    let mut state = with_demo(Step::Start);
    let steps = state.steps();
    press(&mut state, "]");
    assert_eq!(state.step, Step::Setup);
    press(&mut state, "]");
    assert_eq!(state.step, Step::Roster);
    press(&mut state, "]");
    assert_eq!(state.step, Step::Area(0));
    press(&mut state, "[");
    assert_eq!(state.step, Step::Roster);
    for _ in 0..steps.len() + 2 {
        press(&mut state, "]");
    }
    assert_eq!(state.step, Step::Generate, "] on the last step stays there");
    for _ in 0..steps.len() + 2 {
        press(&mut state, "[");
    }
    assert_eq!(state.step, Step::Start, "[ on the first step stays there");
}

#[test]
fn every_step_is_reached_by_brackets_in_order() {
    let mut state = with_demo(Step::Start);
    let mut seen = vec![state.step];
    for _ in 1..state.steps().len() {
        press(&mut state, "]");
        seen.push(state.step);
    }
    assert_eq!(seen, state.steps());
    let (n, m) = state.step_position();
    assert_eq!((n, m), (m, state.steps().len()));
}

#[test]
fn the_step_list_opens_on_the_current_step_and_enter_jumps() {
    let mut state = with_demo(Step::Setup);
    press(&mut state, "s");
    assert!(matches!(state.overlay, Some(Overlay::Steps { cursor: 1 })));
    keys(&mut state, &["Down", "Down", "Down"]);
    assert!(matches!(state.overlay, Some(Overlay::Steps { cursor: 4 })));
    press(&mut state, "Enter");
    assert!(state.overlay.is_none());
    assert_eq!(state.step, Step::Area(1));
}

#[test]
fn the_step_list_closes_with_esc_without_moving() {
    let mut state = with_demo(Step::Review);
    keys(&mut state, &["s", "Home", "Esc"]);
    assert!(state.overlay.is_none());
    assert_eq!(state.step, Step::Review);
}

#[test]
fn every_key_in_the_step_list_footer_does_something() {
    let fingerprint = |s: &State| {
        format!("{:?} {:?} {:?}", s.step, s.overlay, s.plan.as_ref().map(|p| p.revision))
    };
    let open = || {
        let mut state = with_demo(Step::Area(PREVENTION));
        select(&mut state, "P1.2");
        press(&mut state, "Space"); // something to undo
        press(&mut state, "s");
        state
    };
    let mut idle = vec![];
    for (k, label) in keymap::footer(Mode::Steps) {
        let mut state = open();
        let before = fingerprint(&state);
        let effects = press(&mut state, &k);
        if effects.is_empty() && fingerprint(&state) == before {
            idle.push(format!("{k} {label}"));
        }
    }
    assert!(idle.is_empty(), "footer keys that do nothing in the step list: {idle:?}");
}

#[test]
fn steps_after_start_are_refused_without_a_plan() {
    let mut state = fresh();
    press(&mut state, "]");
    assert_eq!(state.step, Step::Start);
    assert!(is_error(&state));
    assert!(message(&state).contains("open or create a plan first"));

    // Through the step list too.
    keys(&mut state, &["s", "End", "Enter"]);
    assert_eq!(state.step, Step::Start);
    assert!(state.overlay.is_none());
    assert!(message(&state).contains("open or create a plan first"));

    // Going back from Start is allowed (it is Start itself).
    press(&mut state, "[");
    assert_eq!(state.step, Step::Start);
}

#[test]
fn start_entries_return_effects() {
    let mut state = fresh();
    assert_eq!(keys(&mut state, &["Down", "Enter"]), vec![Effect::OpenDemo]);

    let mut state = State::new(Content::embedded(), vec![PathBuf::from("/plans/old.ron")]);
    assert_eq!(keys(&mut state, &["End", "Enter"]), vec![Effect::Open("/plans/old.ron".into())]);

    let mut state = fresh();
    press(&mut state, "Enter");
    assert!(matches!(
        state.overlay,
        Some(Overlay::Editor { target: TextTarget::NewPlanTitle, .. })
    ));
    press(&mut state, "Enter");
    assert!(editor_error(&state).is_some(), "an empty title is refused, editor stays open");
    type_text(&mut state, "NAP 2027");
    assert_eq!(press(&mut state, "Enter"), vec![Effect::Create { title: "NAP 2027".into() }]);
}

// ---------------------------------------------------------------------------------------------
// Decisions on an action in the list

#[test]
fn space_includes_an_undecided_action_and_prefills_from_the_content() {
    let mut state = with_demo(Step::Area(PREVENTION));
    forget(&mut state, "P1.2");
    select(&mut state, "P1.2");
    let before = revision(&state);
    press(&mut state, "Space");
    let d = decision(&state, "P1.2");
    assert_eq!(d.inclusion, Inclusion::Included);
    let (goal, action) = state.content.action("P1.2").unwrap();
    assert!(!action.indicators.is_empty(), "P1.2 has indicators of its own");
    let texts: Vec<&str> = d.indicators.iter().map(|i| i.text.as_str()).collect();
    let suggested: Vec<&str> =
        state.content.action_indicators(goal, action).iter().map(|i| i.text.as_str()).collect();
    let own: Vec<&str> = action.indicators.iter().map(|i| i.text.as_str()).collect();
    assert_eq!(texts, own, "the action's own indicators are pre-filled, not the goal's");
    assert_eq!(texts, suggested);
    assert_eq!(d.timeframe, Some(Timeframe::ShortTerm), "P1 is short-and-long: short first");
    assert_changed(&state, before);
}

#[test]
fn space_again_excludes_and_x_excludes() {
    let mut state = with_demo(Step::Area(PREVENTION));
    forget(&mut state, "P1.2");
    select(&mut state, "P1.2");
    press(&mut state, "Space");
    let before = revision(&state);
    press(&mut state, "Space");
    assert_eq!(decision(&state, "P1.2").inclusion, Inclusion::Excluded);
    assert_changed(&state, before);

    press(&mut state, "Space");
    assert_eq!(decision(&state, "P1.2").inclusion, Inclusion::Included, "Space toggles back");

    let before = revision(&state);
    press(&mut state, "x");
    assert_eq!(decision(&state, "P1.2").inclusion, Inclusion::Excluded);
    assert_changed(&state, before);

    let before = revision(&state);
    press(&mut state, "x");
    assert_eq!(decision(&state, "P1.2").inclusion, Inclusion::Excluded, "x twice stays out");
    assert_eq!(revision(&state), before, "no change, no new revision");
}

#[test]
fn i_includes_like_space() {
    let mut state = with_demo(Step::Area(PREVENTION));
    forget(&mut state, "P1.2");
    select(&mut state, "P1.2");
    press(&mut state, "i");
    assert_eq!(decision(&state, "P1.2").inclusion, Inclusion::Included);
}

#[test]
fn number_keys_set_the_priority_and_include_an_undecided_action() {
    let mut state = with_demo(Step::Area(PREVENTION));
    forget(&mut state, "P1.2");
    select(&mut state, "P1.2");
    for (k, p) in [("1", Priority::High), ("2", Priority::Medium), ("3", Priority::Low)] {
        let before = revision(&state);
        press(&mut state, k);
        let d = decision(&state, "P1.2");
        assert_eq!(d.priority, Some(p), "key {k}");
        assert_eq!(d.inclusion, Inclusion::Included, "key {k} includes");
        assert_changed(&state, before);
    }
    assert!(!decision(&state, "P1.2").indicators.is_empty(), "including by priority pre-fills");
}

#[test]
fn b_cycles_the_baseline_through_every_value() {
    let mut state = with_demo(Step::Area(PREVENTION));
    forget(&mut state, "P1.2");
    select(&mut state, "P1.2");
    let mut seen = vec![];
    for _ in 0..Baseline::ALL.len() {
        let before = revision(&state);
        press(&mut state, "b");
        assert_changed(&state, before);
        seen.push(decision(&state, "P1.2").baseline);
    }
    assert_eq!(
        seen,
        [
            Baseline::InPlace,
            Baseline::PartlyInPlace,
            Baseline::Missing,
            Baseline::NotApplicable,
            Baseline::Unknown
        ]
    );
    assert!(plan(&state).decision("P1.2").is_none(), "back to unknown leaves no empty decision");
}

#[test]
fn t_cycles_the_timeframe_through_the_terms_and_never_clears_it() {
    let mut state = with_demo(Step::Area(PREVENTION));
    forget(&mut state, "P1.2");
    select(&mut state, "P1.2");
    let mut seen = vec![];
    for _ in 0..4 {
        let before = revision(&state);
        press(&mut state, "t");
        assert_changed(&state, before);
        seen.push(decision(&state, "P1.2").timeframe);
        let term = seen.last().unwrap().unwrap().label();
        assert!(message(&state).contains(&format!("timeframe {term}")), "{}", message(&state));
    }
    use Timeframe::*;
    assert_eq!(seen, [Some(ShortTerm), Some(MediumTerm), Some(LongTerm), Some(ShortTerm)]);
}

#[test]
fn t_on_a_timeframe_in_years_moves_to_the_terms() {
    let mut state = with_demo(Step::Area(PREVENTION));
    select(&mut state, "P1.4");
    assert!(matches!(decision(&state, "P1.4").timeframe, Some(Timeframe::Years { .. })));
    press(&mut state, "t");
    assert_eq!(decision(&state, "P1.4").timeframe, Some(Timeframe::ShortTerm));
}

#[test]
fn decisions_on_a_goal_row_ask_for_an_action() {
    let mut state = with_demo(Step::Area(PREVENTION));
    assert_eq!(selected(&state, PREVENTION), Some(Row::Goal("P1".into())));
    let before = plan(&state).clone();
    for k in ["x", "1", "t", "L", "p"] {
        press(&mut state, k);
        assert!(state.overlay.is_none(), "{k} opens nothing on a goal");
        assert!(is_error(&state), "{k} explains");
        assert!(message(&state).contains("choose one of its actions"), "{k}: {}", message(&state));
    }
    assert_eq!(plan(&state), &before);
}

#[test]
fn space_on_a_goal_opens_and_closes_it() {
    let mut state = with_demo(Step::Area(PREVENTION));
    press(&mut state, "Space");
    assert!(state.areas[PREVENTION].expanded.contains("P1"));
    press(&mut state, "Space");
    assert!(!state.areas[PREVENTION].expanded.contains("P1"));
}

// ---------------------------------------------------------------------------------------------
// Fields

#[test]
fn enter_on_an_action_opens_its_fields_and_esc_returns_to_the_list() {
    let mut state = with_demo(Step::Area(PREVENTION));
    select(&mut state, "P1.2");
    press(&mut state, "Enter");
    assert_eq!(state.areas[PREVENTION].field, Some(0));
    assert_eq!(keymap::mode(&state), Mode::AreaFields);
    press(&mut state, "Tab");
    assert_eq!(state.areas[PREVENTION].field, Some(1));
    press(&mut state, "Shift+Tab");
    assert_eq!(state.areas[PREVENTION].field, Some(0));
    press(&mut state, "Esc");
    assert_eq!(state.areas[PREVENTION].field, None);
    assert_eq!(state.step, Step::Area(PREVENTION), "Esc in fields stays on the step");
    assert_eq!(selected(&state, PREVENTION), Some(Row::Action("P1.2".into())));
}

#[test]
fn space_in_fields_changes_the_focused_field() {
    let mut state = with_demo(Step::Area(PREVENTION));
    forget(&mut state, "P1.2");
    select(&mut state, "P1.2");
    press(&mut state, "Enter");
    // Field 0 is "In the plan": Space cycles open -> included -> excluded.
    press(&mut state, "Space");
    assert_eq!(decision(&state, "P1.2").inclusion, Inclusion::Included);
    press(&mut state, "Space");
    assert_eq!(decision(&state, "P1.2").inclusion, Inclusion::Excluded);
    press(&mut state, "Left");
    assert_eq!(decision(&state, "P1.2").inclusion, Inclusion::Included);
}

#[test]
fn notes_are_typed_in_a_multiline_editor_and_kept_with_ctrl_s() {
    let mut state = with_demo(Step::Area(PREVENTION));
    select(&mut state, "P1.2");
    assert_eq!(decision(&state, "P1.2").notes, "");
    keys(&mut state, &["Enter", "End"]);
    press(&mut state, "Enter");
    assert!(matches!(
        &state.overlay,
        Some(Overlay::Editor { multiline: true, target: TextTarget::Field(_), .. })
    ));
    assert_eq!(keymap::mode(&state), Mode::MultilineEditor);
    let before = revision(&state);
    type_text(&mut state, "Ask the statistics office");
    press(&mut state, "Enter");
    type_text(&mut state, "q and s are text here");
    assert_eq!(input(&state), "Ask the statistics office\nq and s are text here");
    assert_eq!(decision(&state, "P1.2").notes, "", "nothing written before closing");
    press(&mut state, "Ctrl+S");
    assert!(state.overlay.is_none());
    assert_eq!(decision(&state, "P1.2").notes, "Ask the statistics office\nq and s are text here");
    assert_changed(&state, before);
}

#[test]
fn n_opens_the_notes_editor_with_the_current_notes() {
    let mut state = with_demo(Step::Area(PREVENTION));
    select(&mut state, "P1.1");
    let notes = decision(&state, "P1.1").notes;
    assert!(!notes.is_empty(), "the demo has notes on P1.1");
    press(&mut state, "n");
    assert_eq!(input(&state), notes);
    type_text(&mut state, " Agreed.");
    press(&mut state, "Esc");
    assert!(state.overlay.is_none());
    assert_eq!(decision(&state, "P1.1").notes, format!("{notes} Agreed."), "Esc keeps the text");
}

/// Setup: cursor on "First year", editor open with its text cleared.
fn first_year_editor() -> State {
    let mut state = with_demo(Step::Setup);
    keys(&mut state, &["Down", "Down"]);
    assert_eq!(state.setup.cursor, 2);
    press(&mut state, "Enter");
    assert_eq!(input(&state), "2027");
    for _ in 0..4 {
        press(&mut state, "Backspace");
    }
    assert_eq!(input(&state), "");
    state
}

#[test]
fn a_year_that_is_not_a_year_keeps_the_editor_open_with_the_text() {
    let mut state = first_year_editor();
    let before = plan(&state).clone();
    let rev = revision(&state);
    type_text(&mut state, "20x7");
    press(&mut state, "Enter");
    assert!(matches!(state.overlay, Some(Overlay::Editor { .. })), "the editor stays open");
    let error = editor_error(&state).expect("an error is shown");
    assert!(error.contains("is not a year"), "{error}");
    assert_eq!(input(&state), "20x7", "the typed text is never lost");
    assert_eq!(plan(&state), &before, "the plan is unchanged");
    assert_eq!(revision(&state), rev);

    // Fixing it and Enter keeps it.
    keys(&mut state, &["Left", "Backspace"]);
    type_text(&mut state, "2");
    assert_eq!(input(&state), "2027");
    press(&mut state, "Enter");
    assert!(state.overlay.is_none());
    assert_eq!(plan(&state).meta.period.first, 2027);
}

#[test]
fn a_first_year_after_the_last_year_is_refused() {
    let mut state = first_year_editor();
    let before = plan(&state).clone();
    type_text(&mut state, "2031");
    press(&mut state, "Enter");
    let error = editor_error(&state).expect("an error is shown");
    assert!(error.contains("must not be after the last year (2030)"), "{error}");
    assert_eq!(input(&state), "2031");
    assert_eq!(plan(&state), &before);
    assert_eq!(keymap::mode(&state), Mode::Editor);
}

#[test]
fn esc_on_a_one_line_editor_cancels_and_enter_keeps() {
    let mut state = with_demo(Step::Setup);
    press(&mut state, "Enter");
    let title = plan(&state).meta.title.clone();
    assert_eq!(input(&state), title);
    type_text(&mut state, " (draft)");
    let before = revision(&state);
    press(&mut state, "Esc");
    assert!(state.overlay.is_none());
    assert_eq!(plan(&state).meta.title, title, "Esc keeps the old value");
    assert_eq!(revision(&state), before);
    press(&mut state, "Enter");
    type_text(&mut state, " (draft)");
    press(&mut state, "Enter");
    assert_eq!(plan(&state).meta.title, format!("{title} (draft)"));
    assert_changed(&state, before);
}

#[test]
fn a_timeframe_typed_outside_the_period_is_refused() {
    let mut state = with_demo(Step::Area(PREVENTION));
    select(&mut state, "P1.2");
    press(&mut state, "Enter");
    keys(&mut state, &["Down", "Down", "Down"]); // In the plan, Baseline, Priority, Timeframe
    let before = plan(&state).clone();
    press(&mut state, "Enter");
    assert!(matches!(state.overlay, Some(Overlay::Editor { multiline: false, .. })));
    for _ in 0..20 {
        press(&mut state, "Backspace");
    }
    type_text(&mut state, "2026-2028");
    press(&mut state, "Enter");
    assert!(editor_error(&state).unwrap().contains("outside the plan period"));
    assert_eq!(input(&state), "2026-2028");
    assert_eq!(plan(&state), &before);
    for _ in 0..4 {
        press(&mut state, "Backspace");
    }
    keys(&mut state, &["Left", "Backspace"]);
    type_text(&mut state, "7");
    press(&mut state, "End");
    assert_eq!(input(&state), "2027-");
    type_text(&mut state, "2029");
    press(&mut state, "Enter");
    assert!(state.overlay.is_none());
    assert_eq!(
        decision(&state, "P1.2").timeframe,
        Some(Timeframe::Years { first: 2027, last: 2029 })
    );
}

#[test]
fn enter_on_add_indicator_adds_one_and_opens_its_text() {
    let mut state = with_demo(Step::Area(PREVENTION));
    select(&mut state, "P1.2");
    let count = decision(&state, "P1.2").indicators.len();
    press(&mut state, "Enter");
    // Move to "+ Add indicator": 6 fixed fields, then 6 per indicator.
    for _ in 0..6 + 6 * count {
        press(&mut state, "Down");
    }
    press(&mut state, "Enter");
    assert_eq!(decision(&state, "P1.2").indicators.len(), count + 1);
    assert_eq!(input(&state), "New indicator");
    for _ in 0.."New indicator".len() {
        press(&mut state, "Backspace");
    }
    type_text(&mut state, "Map updated every two years");
    press(&mut state, "Enter");
    assert_eq!(
        decision(&state, "P1.2").indicators.last().unwrap().text,
        "Map updated every two years"
    );
}

// ---------------------------------------------------------------------------------------------
// Pickers

#[test]
fn the_lead_picker_filters_by_typing_and_enter_sets_the_lead() {
    let mut state = with_demo(Step::Area(PREVENTION));
    select(&mut state, "P1.2");
    press(&mut state, "L");
    assert!(matches!(
        &state.overlay,
        Some(Overlay::Picker { target: PickTarget::Lead(id), .. }) if id == "P1.2"
    ));
    type_text(&mut state, "moi");
    assert_eq!(input(&state), "moi");
    let entries =
        napwiz::tui::select::pick_entries(&state, &PickTarget::Lead("P1.2".into()), "moi");
    assert_eq!(entries.first().map(|e| e.id.as_str()), Some("moi"));
    let before = revision(&state);
    press(&mut state, "Enter");
    assert!(state.overlay.is_none(), "choosing a lead closes the picker");
    assert_eq!(decision(&state, "P1.2").lead.as_deref(), Some("moi"));
    assert_changed(&state, before);
}

#[test]
fn the_partners_picker_toggles_on_enter_and_stays_open_until_esc() {
    let mut state = with_demo(Step::Area(PREVENTION));
    forget(&mut state, "P1.2");
    select(&mut state, "P1.2");
    press(&mut state, "p");
    assert!(matches!(
        &state.overlay,
        Some(Overlay::Picker { target: PickTarget::Partners(_), .. })
    ));
    press(&mut state, "Enter");
    assert!(matches!(state.overlay, Some(Overlay::Picker { .. })), "stays open");
    assert_eq!(decision(&state, "P1.2").partners, ["stats"], "P1's first suggested partner");
    keys(&mut state, &["Down", "Enter"]);
    assert_eq!(decision(&state, "P1.2").partners, ["stats", "research"]);
    keys(&mut state, &["Up", "Enter"]);
    assert_eq!(decision(&state, "P1.2").partners, ["research"], "Enter again removes");
    press(&mut state, "Esc");
    assert!(state.overlay.is_none());
    assert_eq!(decision(&state, "P1.2").partners, ["research"], "Esc keeps the choices");
}

#[test]
fn a_typical_action_takes_fewer_than_ten_keystrokes() {
    let mut state = with_demo(Step::Area(PREVENTION));
    forget(&mut state, "P1.2");
    select(&mut state, "P1.2");
    let strokes = ["Space", "1", "L", "Enter", "p", "Enter", "Esc"];
    assert!(strokes.len() < 10);
    keys(&mut state, &strokes);
    assert!(state.overlay.is_none());
    let d = decision(&state, "P1.2");
    assert_eq!(d.inclusion, Inclusion::Included);
    assert_eq!(d.priority, Some(Priority::High));
    assert_eq!(d.lead.as_deref(), Some("nco"), "the suggested lead comes first");
    assert_eq!(d.partners, ["stats"]);
    assert!(d.timeframe.is_some() && !d.indicators.is_empty(), "pre-filled on inclusion");
}

#[test]
fn picking_a_lead_that_is_a_partner_moves_it() {
    let mut state = with_demo(Step::Area(PREVENTION));
    forget(&mut state, "P1.2");
    select(&mut state, "P1.2");
    keys(&mut state, &["p", "Enter", "Esc"]);
    assert_eq!(decision(&state, "P1.2").partners, ["stats"]);
    press(&mut state, "L");
    type_text(&mut state, "nso");
    press(&mut state, "Enter");
    let d = decision(&state, "P1.2");
    assert_eq!(d.lead.as_deref(), Some("stats"), "NSO is the statistics office");
    assert!(d.partners.is_empty(), "the lead is not also a partner");
}

#[test]
fn the_picker_keeps_the_cursor_in_range() {
    let mut state = with_demo(Step::Area(PREVENTION));
    select(&mut state, "P1.2");
    press(&mut state, "L");
    type_text(&mut state, "zzzz");
    keys(&mut state, &["Down", "PageDown", "Enter"]);
    assert!(matches!(state.overlay, Some(Overlay::Picker { cursor: 0, .. })), "no entry: open");
    press(&mut state, "Esc");
    assert!(state.overlay.is_none());
}

// ---------------------------------------------------------------------------------------------
// Undo and redo

#[test]
fn ctrl_z_and_u_undo_ctrl_y_and_ctrl_r_redo() {
    let mut state = with_demo(Step::Area(PREVENTION));
    forget(&mut state, "P1.2");
    select(&mut state, "P1.2");
    let p0 = plan(&state).clone();
    press(&mut state, "Space");
    let p1 = plan(&state).clone();
    press(&mut state, "1");
    let p2 = plan(&state).clone();
    assert_ne!(p0, p1);
    assert_ne!(p1, p2);

    let rev = revision(&state);
    press(&mut state, "Ctrl+Z");
    assert_eq!(plan(&state), &p1, "undo restores exactly the previous plan");
    assert!(revision(&state) > rev, "undo is a change to save");
    assert_eq!(save(&state), SaveState::Unsaved);
    assert!(message(&state).contains("undone"));
    press(&mut state, "u");
    assert_eq!(plan(&state), &p0);
    press(&mut state, "u");
    assert_eq!(plan(&state), &p0);
    assert_eq!(message(&state), "nothing to undo");

    press(&mut state, "Ctrl+Y");
    assert_eq!(plan(&state), &p1);
    press(&mut state, "Ctrl+R");
    assert_eq!(plan(&state), &p2);
    press(&mut state, "Ctrl+R");
    assert_eq!(plan(&state), &p2);
    assert_eq!(message(&state), "nothing to redo");
}

#[test]
fn a_new_change_clears_the_redo_stack() {
    let mut state = with_demo(Step::Area(PREVENTION));
    forget(&mut state, "P1.2");
    select(&mut state, "P1.2");
    keys(&mut state, &["Space", "1", "Ctrl+Z"]);
    assert_eq!(state.plan.as_ref().unwrap().redo.len(), 1);
    press(&mut state, "b");
    assert!(state.plan.as_ref().unwrap().redo.is_empty());
    let now = plan(&state).clone();
    press(&mut state, "Ctrl+Y");
    assert_eq!(plan(&state), &now, "nothing to redo after a new change");
}

#[test]
fn undo_in_fields_works_and_ctrl_z_in_an_editor_undoes_typing_only() {
    let mut state = with_demo(Step::Area(PREVENTION));
    select(&mut state, "P1.2");
    press(&mut state, "Enter");
    let p0 = plan(&state).clone();
    press(&mut state, "Space");
    assert_ne!(plan(&state), &p0);
    press(&mut state, "u");
    assert_eq!(plan(&state), &p0, "u undoes in the fields too");

    press(&mut state, "n");
    type_text(&mut state, "abc");
    press(&mut state, "Ctrl+Z");
    assert!(matches!(state.overlay, Some(Overlay::Editor { .. })), "still typing");
    assert_ne!(input(&state), "abc", "Ctrl+Z undid typing");
    assert_eq!(plan(&state), &p0, "the plan is untouched");
}

#[test]
fn undo_keeps_the_area_cursor_on_a_row() {
    let mut state = with_demo(Step::Area(PREVENTION));
    press(&mut state, "A");
    type_text(&mut state, "Protect seasonal workers");
    press(&mut state, "Enter");
    let rows = state.area_rows(PREVENTION).len();
    assert_eq!(state.areas[PREVENTION].cursor, rows - 1, "the new goal is the last row");
    press(&mut state, "Ctrl+Z");
    assert!(
        selected(&state, PREVENTION).is_some(),
        "cursor {} but only {} rows",
        state.areas[PREVENTION].cursor,
        state.area_rows(PREVENTION).len()
    );
}

#[test]
fn undo_keeps_the_field_cursor_on_a_field() {
    let mut state = with_demo(Step::Area(PREVENTION));
    select(&mut state, "P1.2");
    let count = decision(&state, "P1.2").indicators.len();
    press(&mut state, "Enter");
    press(&mut state, "End"); // Notes, the last field
    let fields_before = 6 + 6 * count + 4;
    assert_eq!(state.areas[PREVENTION].field, Some(fields_before - 1));
    // Add an indicator via the button, close its editor, go to the last field, and undo.
    for _ in 0..3 {
        press(&mut state, "Up");
    }
    press(&mut state, "Enter");
    press(&mut state, "Esc");
    press(&mut state, "End");
    assert_eq!(state.areas[PREVENTION].field, Some(fields_before + 6 - 1));
    press(&mut state, "Ctrl+Z");
    let field = state.areas[PREVENTION].field.unwrap();
    assert!(field < fields_before, "field {field} of {fields_before} fields");
}

// ---------------------------------------------------------------------------------------------
// Esc

#[test]
fn esc_on_a_step_opens_the_step_list_and_enter_there_goes_back() {
    // Esc goes one level up (the step list), not to the previous step; `[` does that.
    let mut state = with_demo(Step::Area(1));
    press(&mut state, "Esc");
    assert_eq!(state.step, Step::Area(1));
    assert_eq!(keymap::mode(&state), Mode::Steps);
    keys(&mut state, &["Up", "Enter"]);
    assert_eq!(state.step, Step::Area(0));
    press(&mut state, "[");
    assert_eq!(state.step, Step::Roster);
}

#[test]
fn esc_on_start_asks_before_quitting() {
    let mut state = fresh();
    assert!(press(&mut state, "Esc").is_empty());
    assert!(matches!(state.overlay, Some(Overlay::ConfirmQuit)));
    assert_eq!(keymap::mode(&state), Mode::Confirm);
    press(&mut state, "x");
    assert!(matches!(state.overlay, Some(Overlay::ConfirmQuit)), "other keys keep the question");
    assert!(press(&mut state, "n").is_empty());
    assert!(state.overlay.is_none());
    assert_eq!(state.step, Step::Start);

    press(&mut state, "Esc");
    assert_eq!(press(&mut state, "y"), vec![Effect::Quit]);

    let mut state = fresh();
    keys(&mut state, &["Esc", "Esc"]);
    assert!(state.overlay.is_none(), "Esc answers no");
}

#[test]
fn esc_on_an_empty_new_plan_title_closes_the_editor() {
    let mut state = fresh();
    press(&mut state, "Enter");
    assert!(matches!(
        state.overlay,
        Some(Overlay::Editor { target: TextTarget::NewPlanTitle, .. })
    ));
    // Nothing typed, so nothing to lose: Esc should take the user back to the start screen.
    press(&mut state, "Esc");
    assert!(state.overlay.is_none(), "trapped in the editor: {:?}", editor_error(&state));
}

#[test]
fn esc_on_an_empty_open_path_closes_the_editor() {
    let mut state = fresh();
    keys(&mut state, &["Down", "Down", "Enter"]);
    assert!(matches!(state.overlay, Some(Overlay::Editor { target: TextTarget::OpenPath, .. })));
    press(&mut state, "Esc");
    assert!(state.overlay.is_none(), "trapped in the editor: {:?}", editor_error(&state));
}

#[test]
fn q_quits_from_a_step_but_is_text_in_an_editor() {
    let mut state = with_demo(Step::Area(PREVENTION));
    assert_eq!(press(&mut state, "q"), vec![Effect::Quit]);
    let mut state = with_demo(Step::Setup);
    press(&mut state, "Enter");
    assert!(press(&mut state, "q").is_empty());
    assert!(input(&state).ends_with('q'));
}

// ---------------------------------------------------------------------------------------------
// Search

#[test]
fn search_lists_hits_and_enter_jumps_to_the_item() {
    let mut state = with_demo(Step::Setup);
    press(&mut state, "/");
    assert_eq!(keymap::mode(&state), Mode::Search);
    type_text(&mut state, "referral");
    let Some(Overlay::Search { hits, cursor: 0, .. }) = &state.overlay else {
        panic!("search open: {:?}", state.overlay)
    };
    assert!(!hits.is_empty(), "'referral' is in the checklist");
    assert_eq!(hits, &search_hits(&state, "referral"));
    // Go to the first action among the hits.
    let (n, hit) = hits
        .iter()
        .enumerate()
        .find(|(_, h)| state.content.action(&h.id).is_some())
        .map(|(n, h)| (n, h.id.clone()))
        .expect("an action mentions referral");
    for _ in 0..n {
        press(&mut state, "Down");
    }
    press(&mut state, "Enter");
    assert!(state.overlay.is_none());
    let (goal, _) = state.content.action(&hit).unwrap();
    let goal = goal.id.clone();
    let area = state.content.areas.iter().position(|a| a.goals.iter().any(|g| g.id == goal));
    let area = area.unwrap();
    assert_eq!(state.step, Step::Area(area));
    assert!(state.areas[area].expanded.contains(&goal), "its goal is opened");
    assert_eq!(selected(&state, area), Some(Row::Action(hit)), "the cursor is on it");
    assert_eq!(state.areas[area].field, None);
}

#[test]
fn search_finds_a_goal_and_custom_items() {
    let mut state = with_demo(Step::Start);
    let hits = search_hits(&state, "P1");
    assert!(hits.iter().any(|h| h.id == "P1"));
    let hits = search_hits(&state, "games construction");
    assert_eq!(hits.iter().map(|h| h.id.as_str()).collect::<Vec<_>>(), ["PX1.X1"]);
    assert!(search_hits(&state, "   ").is_empty());

    press(&mut state, "/");
    type_text(&mut state, "regional games");
    press(&mut state, "Enter");
    assert_eq!(state.step, Step::Area(PREVENTION));
    assert_eq!(selected(&state, PREVENTION), Some(Row::Goal("PX1".into())));
    assert!(state.areas[PREVENTION].expanded.contains("PX1"));
}

#[test]
fn search_without_a_plan_does_not_jump() {
    let mut state = fresh();
    press(&mut state, "/");
    type_text(&mut state, "referral");
    press(&mut state, "Enter");
    assert_eq!(state.step, Step::Start);
    assert!(message(&state).contains("open or create a plan first"));
}

#[test]
fn esc_closes_the_search_where_it_was() {
    let mut state = with_demo(Step::Review);
    press(&mut state, "/");
    type_text(&mut state, "referral");
    press(&mut state, "Esc");
    assert!(state.overlay.is_none());
    assert_eq!(state.step, Step::Review);
}

// ---------------------------------------------------------------------------------------------
// Review

#[test]
fn review_lists_an_included_action_without_lead_and_enter_jumps_to_it() {
    let mut state = with_demo(Step::Review);
    {
        let d = state.plan.as_mut().unwrap().plan.items.get_mut("P1.1").unwrap();
        assert_eq!(d.inclusion, Inclusion::Included);
        d.lead = None;
    }
    let findings = napwiz::plan::check(plan(&state), &state.content).findings;
    let at = findings
        .iter()
        .position(|f| f.item.as_deref() == Some("P1.1") && f.message.contains("no lead"))
        .expect("the finding is listed");
    // Tab walks the dashboard's panels to the health check.
    for _ in 0..napwiz::tui::view::dashboard::HEALTH {
        press(&mut state, "Tab");
    }
    assert_eq!(state.review.panel, napwiz::tui::view::dashboard::HEALTH);
    press(&mut state, "Home");
    for _ in 0..at {
        press(&mut state, "Down");
    }
    assert_eq!(state.review.health_cursor, at);
    let screen = draw_text(&state, 120, 40);
    assert!(screen.contains("P1.1: included action has no lead institution"), "{screen}");
    press(&mut state, "Enter");
    assert_eq!(state.step, Step::Area(PREVENTION));
    assert_eq!(selected(&state, PREVENTION), Some(Row::Action("P1.1".into())));
}

#[test]
fn review_cursor_stays_in_range() {
    let mut state = with_demo(Step::Review);
    let n = napwiz::plan::check(plan(&state), &state.content).findings.len();
    keys(&mut state, &["End", "Down", "PageDown"]);
    assert_eq!(state.review.health_cursor, n.saturating_sub(1));
}

// ---------------------------------------------------------------------------------------------
// Custom items

#[test]
fn a_adds_a_custom_action_under_the_goal() {
    let mut state = with_demo(Step::Area(PREVENTION));
    select(&mut state, "P1.3");
    press(&mut state, "a");
    assert!(matches!(
        &state.overlay,
        Some(Overlay::Editor { target: TextTarget::NewCustomAction { goal }, .. }) if goal == "P1"
    ));
    let before = revision(&state);
    type_text(&mut state, "Survey seasonal farm workers");
    press(&mut state, "Enter");
    assert!(state.overlay.is_none());
    let added = plan(&state).custom_actions.iter().find(|a| a.goal == "P1").expect("added");
    assert_eq!(added.id, "P1.X1");
    assert_eq!(added.text, "Survey seasonal farm workers");
    assert_changed(&state, before);
    assert_eq!(selected(&state, PREVENTION), Some(Row::Action("P1.X1".into())), "cursor on it");

    // A second one gets the next id; from a goal row it goes under that goal.
    press(&mut state, "Left");
    assert_eq!(selected(&state, PREVENTION), Some(Row::Goal("P1".into())));
    press(&mut state, "a");
    type_text(&mut state, "Second");
    press(&mut state, "Enter");
    assert_eq!(selected(&state, PREVENTION), Some(Row::Action("P1.X2".into())));
}

#[test]
fn an_empty_custom_action_is_not_added() {
    let mut state = with_demo(Step::Area(PREVENTION));
    select(&mut state, "P1.3");
    let before = plan(&state).clone();
    keys(&mut state, &["a", "Enter"]);
    assert!(state.overlay.is_none());
    assert_eq!(plan(&state), &before);
}

#[test]
fn shift_a_adds_a_custom_goal_to_the_area() {
    let mut state = with_demo(Step::Area(PREVENTION));
    press(&mut state, "A");
    assert!(matches!(
        &state.overlay,
        Some(Overlay::Editor { target: TextTarget::NewCustomGoal { area }, .. }) if area == "P"
    ));
    type_text(&mut state, "Protect seasonal workers");
    press(&mut state, "Enter");
    let goal = plan(&state).custom_goals.last().unwrap().clone();
    assert_eq!(goal.id, "PX2", "PX1 is the demo's own goal");
    assert_eq!(goal.area, "P");
    assert_eq!(goal.title, "Protect seasonal workers");
    assert_eq!(selected(&state, PREVENTION), Some(Row::Goal("PX2".into())));
}

#[test]
fn d_deletes_a_custom_action_but_refuses_a_content_action() {
    let mut state = with_demo(Step::Area(PREVENTION));
    select(&mut state, "P1.3");
    let before = plan(&state).clone();
    press(&mut state, "d");
    assert_eq!(plan(&state), &before);
    assert!(is_error(&state));
    assert!(message(&state).contains("only the team's own goals and actions can be deleted"));

    select(&mut state, "PX1.X1");
    let rev = revision(&state);
    press(&mut state, "d");
    assert!(!plan(&state).custom_actions.iter().any(|a| a.id == "PX1.X1"));
    assert!(plan(&state).decision("PX1.X1").is_none(), "its decision goes too");
    assert_changed(&state, rev);
    assert!(selected(&state, PREVENTION).is_some(), "the cursor is still on a row");
}

#[test]
fn d_refuses_a_custom_goal_that_still_has_actions() {
    let mut state = with_demo(Step::Area(PREVENTION));
    select(&mut state, "PX1.X1");
    press(&mut state, "Left");
    assert_eq!(selected(&state, PREVENTION), Some(Row::Goal("PX1".into())));
    press(&mut state, "d");
    assert!(message(&state).contains("delete this goal's actions first"));
    assert!(plan(&state).custom_goals.iter().any(|g| g.id == "PX1"));
}

// ---------------------------------------------------------------------------------------------
// Read-only

#[test]
fn a_read_only_plan_refuses_changes_with_a_message() {
    let mut state = read_only(Step::Area(PREVENTION));
    select(&mut state, "P1.2");
    let before = plan(&state).clone();
    for k in ["Space", "x", "1", "b", "t"] {
        press(&mut state, k);
        assert_eq!(plan(&state), &before, "{k} changed a read-only plan");
        assert!(is_error(&state), "{k} explains");
        assert!(message(&state).contains("open in another napwiz"), "{k}: {}", message(&state));
    }
    for k in ["L", "p"] {
        press(&mut state, k);
        assert!(state.overlay.is_none(), "{k} opens no picker on a read-only plan");
        assert!(message(&state).contains("read-only"));
    }
    press(&mut state, "u");
    assert_eq!(plan(&state), &before);
    assert_eq!(revision(&state), 0);
    assert!(matches!(save(&state), SaveState::ReadOnly(_)));
}

#[test]
fn a_read_only_plan_keeps_typed_text_in_the_editor() {
    let mut state = read_only(Step::Setup);
    press(&mut state, "Enter");
    type_text(&mut state, "!");
    press(&mut state, "Enter");
    assert!(editor_error(&state).unwrap().contains("read-only"));
    assert!(input(&state).ends_with('!'), "the typed text stays");
    assert_eq!(plan(&state).meta.title, demo_plan(&state.content).meta.title);
}

#[test]
fn a_read_only_roster_says_it_is_read_only() {
    let mut state = read_only(Step::Roster);
    let before = plan(&state).clone();
    press(&mut state, "Space");
    assert_eq!(plan(&state), &before);
    assert!(is_error(&state));
    assert!(message(&state).contains("read-only"), "message: {}", message(&state));
}

// ---------------------------------------------------------------------------------------------
// Roster

/// Puts the roster cursor on catalogue institution `id`.
fn roster_select(state: &mut State, id: &str) {
    press(state, "Home");
    let rows = napwiz::tui::select::roster_rows(state);
    let at = rows.iter().position(|(x, _)| x == id).expect("in the roster list");
    for _ in 0..at {
        press(state, "Down");
    }
    assert_eq!(state.roster.cursor, at);
}

#[test]
fn space_toggles_a_catalogue_institution_on_the_roster() {
    // An empty plan, so the institution has no roles yet.
    let mut state = with_demo(Step::Roster);
    let empty = Plan::new("NAP", "Testland", Period { first: 2027, last: 2030 }, &state.content);
    state.plan = Some(OpenPlan::new(PathBuf::from("/plans/new.ron"), empty, None));
    roster_select(&mut state, "moi");
    let rev = revision(&state);
    press(&mut state, "Space");
    assert!(plan(&state).in_roster("moi"));
    assert_eq!(message(&state), "MoI added to the roster");
    assert_changed(&state, rev);
    press(&mut state, "Enter");
    assert!(!plan(&state).in_roster("moi"));
    assert_eq!(message(&state), "MoI removed from the roster");
    assert!(!is_error(&state));
    assert_eq!(revision(&state), rev + 2);
}

#[test]
fn removing_an_institution_with_roles_warns() {
    let mut state = with_demo(Step::Roster);
    roster_select(&mut state, "nco");
    press(&mut state, "Space");
    assert!(!plan(&state).in_roster("nco"));
    assert!(is_error(&state));
    assert!(message(&state).contains("still has"), "{}", message(&state));
}

#[test]
fn a_adds_an_institution_of_the_plans_own() {
    let mut state = with_demo(Step::Roster);
    press(&mut state, "a");
    assert!(matches!(
        state.overlay,
        Some(Overlay::Editor { target: TextTarget::NewInstitution, .. })
    ));
    let rev = revision(&state);
    type_text(&mut state, "Anti-Trafficking Office, ATO");
    press(&mut state, "Enter");
    assert!(state.overlay.is_none());
    let own = plan(&state).roster.custom.iter().find(|c| c.code == "ATO").expect("added");
    assert_eq!(own.name, "Anti-Trafficking Office");
    assert_eq!(own.id, "x-ato");
    assert!(plan(&state).in_roster("x-ato"));
    assert_changed(&state, rev);

    // The same code again is refused, and the text stays.
    press(&mut state, "a");
    type_text(&mut state, "Another office, ATO");
    press(&mut state, "Enter");
    assert!(editor_error(&state).unwrap().contains("already exists"));
    assert_eq!(input(&state), "Another office, ATO");
}

#[test]
fn an_institution_without_a_code_keeps_the_editor_open() {
    let mut state = with_demo(Step::Roster);
    let before = plan(&state).clone();
    press(&mut state, "a");
    type_text(&mut state, "Anti-Trafficking Office");
    press(&mut state, "Enter");
    let error = editor_error(&state).expect("an error");
    assert!(error.contains("a comma"), "{error}");
    assert_eq!(input(&state), "Anti-Trafficking Office");
    assert_eq!(plan(&state), &before);
}

#[test]
fn f_filters_the_roster_as_you_type() {
    let mut state = with_demo(Step::Roster);
    let all = napwiz::tui::select::roster_rows(&state).len();
    press(&mut state, "f");
    type_text(&mut state, "labour");
    assert_eq!(state.roster.filter, "labour");
    let rows = napwiz::tui::select::roster_rows(&state);
    assert!(!rows.is_empty() && rows.len() < all, "{} of {all}", rows.len());
    press(&mut state, "Enter");
    assert!(state.overlay.is_none());
    assert_eq!(state.roster.filter, "labour");
}

#[test]
fn left_and_right_change_the_type_of_an_own_institution() {
    let mut state = with_demo(Step::Roster);
    press(&mut state, "End");
    let rows = napwiz::tui::select::roster_rows(&state);
    assert_eq!(rows.last(), Some(&("x-shelter".to_string(), true)));
    let kind = |s: &State| plan(s).roster.custom[0].kind;
    let k0 = kind(&state);
    press(&mut state, "Right");
    assert_ne!(kind(&state), k0);
    press(&mut state, "Left");
    assert_eq!(kind(&state), k0);
}

// ---------------------------------------------------------------------------------------------
// Overlays and the rest

#[test]
fn help_and_guidance_open_and_close() {
    let mut state = with_demo(Step::Area(PREVENTION));
    press(&mut state, "?");
    assert!(matches!(state.overlay, Some(Overlay::Help { scroll: 0 })));
    press(&mut state, "Down");
    assert!(matches!(state.overlay, Some(Overlay::Help { scroll: 1 })));
    press(&mut state, "?");
    assert!(state.overlay.is_none());

    select(&mut state, "P1.2");
    press(&mut state, "o");
    assert!(matches!(&state.overlay, Some(Overlay::Guidance { id, .. }) if id == "P1.2"));
    press(&mut state, "q");
    assert!(state.overlay.is_none(), "q closes guidance, it does not quit");
}

#[test]
fn resize_updates_the_size() {
    let mut state = fresh();
    assert!(update(&mut state, Action::Resize(132, 43)).is_empty());
    assert_eq!(state.size, (132, 43));
    assert!(state.wide());
    update(&mut state, Action::Resize(80, 24));
    assert!(!state.wide());
}

#[test]
fn paste_goes_into_the_editor_on_one_line() {
    let mut state = with_demo(Step::Setup);
    press(&mut state, "Down");
    press(&mut state, "Enter");
    for _ in 0..60 {
        press(&mut state, "Backspace");
    }
    update(&mut state, Action::Paste("Republic of\nVeldora".into()));
    assert_eq!(input(&state), "Republic of Veldora");
    press(&mut state, "Enter");
    assert_eq!(plan(&state).meta.country, "Republic of Veldora");
}

#[test]
fn monitoring_fields_cycle_and_edit() {
    let mut state = with_demo(Step::Monitoring);
    press(&mut state, "Down"); // Progress reports
    let before = plan(&state).monitoring.reporting;
    press(&mut state, "Space");
    assert_ne!(plan(&state).monitoring.reporting, before);
    press(&mut state, "Left");
    assert_eq!(plan(&state).monitoring.reporting, before);
    press(&mut state, "Home");
    press(&mut state, "Enter");
    assert!(matches!(
        &state.overlay,
        Some(Overlay::Picker { target: PickTarget::MonitoringBody, .. })
    ));
    press(&mut state, "Down");
    press(&mut state, "Enter");
    assert!(state.overlay.is_none());
    assert_eq!(plan(&state).monitoring.body, "ncb", "the second suggested body");
}

#[test]
fn unbound_keys_do_nothing() {
    let mut state = with_demo(Step::Generate);
    let before = plan(&state).clone();
    for k in ["Space", "x", "1", "Enter", "z"] {
        assert!(press(&mut state, k).is_empty());
    }
    assert_eq!(plan(&state), &before);
    assert_eq!(state.step, Step::Generate);
}

// ---------------------------------------------------------------------------------------------
// Generate

#[test]
fn generate_toggles_formats_and_writes_the_chosen_ones() {
    use napwiz::export::Format;
    use napwiz::tui::update::Effect;
    let mut state = with_demo(Step::Generate);
    press(&mut state, "Down");
    press(&mut state, "Space");
    assert!(!state.generate.formats[1], "HTML unticked");
    for _ in 0..5 {
        press(&mut state, "Down");
    }
    let action =
        keymap::action_for(keymap::mode(&state), KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE))
            .unwrap();
    let effects = update(&mut state, action);
    assert_eq!(
        effects,
        vec![Effect::Export(vec![Format::Markdown, Format::Docx, Format::Xlsx, Format::Csv])]
    );
    press(&mut state, "PageDown");
    assert!(state.generate.preview_scroll > 0, "the preview scrolls");
}

// ---------------------------------------------------------------------------------------------
// Issue 13: nothing changes silently (timeframe, pickers, excluded actions, roster, deleting)

/// The action row of `id` as drawn at 80x24.
fn drawn_row(state: &State, id: &str) -> String {
    let screen = draw_text(state, 80, 24);
    let needle = format!(" {id} ");
    screen.lines().find(|l| l.contains(&needle)).unwrap_or_default().to_string()
}

#[test]
fn the_timeframe_shows_on_the_row_and_partners_and_notes_under_the_list() {
    let mut state = with_demo(Step::Area(PREVENTION));
    select(&mut state, "P1.2");
    assert!(drawn_row(&state, "P1.2").contains(" short "), "{}", drawn_row(&state, "P1.2"));
    press(&mut state, "t");
    assert!(drawn_row(&state, "P1.2").contains(" medium "), "{}", drawn_row(&state, "P1.2"));
    select(&mut state, "P1.4");
    assert!(drawn_row(&state, "P1.4").contains(" 2028-29 "), "{}", drawn_row(&state, "P1.4"));
    select(&mut state, "P1.1");
    let screen = draw_text(&state, 80, 24);
    assert!(screen.contains("Timeframe short term | partners NSO, VSHN | notes: yes"), "{screen}");
    assert!(screen.contains("Suggested lead NCO (S takes it)"), "{screen}");
}

#[test]
fn wide_rows_also_show_partners_and_a_notes_marker() {
    let mut state = with_demo(Step::Area(PREVENTION));
    select(&mut state, "P1.1");
    let screen = draw_text(&state, 200, 60);
    let row = screen.lines().find(|l| l.contains(" P1.1 ")).unwrap();
    assert!(row.contains("NSO,VSHN") && row.contains("notes"), "{row}");
}

#[test]
fn backspace_clears_a_field_and_says_how_to_undo_it() {
    let mut state = with_demo(Step::Area(PREVENTION));
    select(&mut state, "P1.2");
    press(&mut state, "Enter");
    let timeframe = state
        .plan()
        .map(|p| napwiz::plan::fields::item_fields(p, &state.content, "P1.2"))
        .unwrap()
        .iter()
        .position(|f| *f == Field::Item("P1.2".into(), ItemField::Timeframe))
        .unwrap();
    state.areas[PREVENTION].field = Some(timeframe);
    for _ in 0..4 {
        press(&mut state, "Space");
        assert!(decision(&state, "P1.2").timeframe.is_some(), "Space never clears");
    }
    press(&mut state, "Backspace");
    assert_eq!(decision(&state, "P1.2").timeframe, None);
    assert_eq!(message(&state), "P1.2 timeframe cleared (Ctrl+Z restores it)");
    press(&mut state, "Ctrl+Z");
    assert!(decision(&state, "P1.2").timeframe.is_some());
}

#[test]
fn priority_in_the_form_cycles_without_clearing() {
    let mut state = with_demo(Step::Area(PREVENTION));
    forget(&mut state, "P1.2");
    select(&mut state, "P1.2");
    press(&mut state, "Enter");
    keys(&mut state, &["Down", "Down"]);
    let mut seen = vec![];
    for _ in 0..4 {
        press(&mut state, "Space");
        seen.push(decision(&state, "P1.2").priority);
    }
    use Priority::*;
    assert_eq!(seen, [Some(High), Some(Medium), Some(Low), Some(High)]);
}

#[test]
fn an_exact_code_beats_a_suggested_lead_that_only_matches_by_name() {
    let mut state = with_demo(Step::Area(PREVENTION));
    select(&mut state, "P3.1");
    keys(&mut state, &["L", "l", "i", "Enter"]);
    assert!(state.overlay.is_none());
    assert_eq!(decision(&state, "P3.1").lead.as_deref(), Some("labinsp"), "LI, not MoLSP");
    // Ranking: exact code, then code prefix, then words of the name; never inside a word.
    use napwiz::tui::select::match_rank;
    assert_eq!(match_rank("li", "labinsp", "LI", "Labour inspectorate"), Some(0));
    assert_eq!(match_rank("mol", "molsp", "MoLSP", "Ministry of Labour"), Some(1));
    assert_eq!(match_rank("labour", "molsp", "MoLSP", "Ministry of Labour"), Some(2));
    assert_eq!(match_rank("li", "molsp", "MoLSP", "Ministry of Labour and Social Policy"), None);
}

#[test]
fn the_partners_filter_clears_after_each_pick_so_codes_are_not_appended() {
    let mut state = with_demo(Step::Area(PREVENTION));
    forget(&mut state, "P1.2");
    select(&mut state, "P1.2");
    press(&mut state, "p");
    type_text(&mut state, "csw");
    press(&mut state, "Enter");
    assert_eq!(input(&state), "", "the filter starts afresh");
    assert!(message(&state).contains("CSW added as partner"), "{}", message(&state));
    type_text(&mut state, "lsg");
    press(&mut state, "Enter");
    press(&mut state, "Esc");
    assert_eq!(decision(&state, "P1.2").partners, ["swc", "local"]);
}

#[test]
fn enter_on_an_empty_picker_list_says_so() {
    let mut state = with_demo(Step::Area(PREVENTION));
    select(&mut state, "P1.2");
    let before = plan(&state).clone();
    press(&mut state, "L");
    type_text(&mut state, "zzz");
    press(&mut state, "Enter");
    assert!(matches!(state.overlay, Some(Overlay::Picker { .. })), "the picker stays open");
    assert!(is_error(&state));
    assert!(message(&state).contains("no institution matches 'zzz'"), "{}", message(&state));
    assert_eq!(plan(&state), &before);
    let screen = draw_text(&state, 80, 24);
    assert!(screen.contains("no institution matches 'zzz'"), "visible: {screen}");
}

#[test]
fn s_takes_the_suggested_lead_with_one_key() {
    let mut state = with_demo(Step::Area(PREVENTION));
    forget(&mut state, "P3.2");
    select(&mut state, "P3.2");
    let before = revision(&state);
    press(&mut state, "S");
    assert_changed(&state, before);
    let d = decision(&state, "P3.2");
    assert_eq!(d.lead.as_deref(), Some("migration"), "P3.2's own suggested lead");
    assert_eq!(d.inclusion, Inclusion::Included, "a lead includes the action");
    assert!(message(&state).starts_with("P3.2 lead MAA; included"), "{}", message(&state));
    press(&mut state, "S");
    assert_eq!(message(&state), "MAA already leads P3.2");
}

#[test]
fn a_priority_lead_partner_or_timeframe_on_an_excluded_action_includes_it_and_says_so() {
    let cases: [&[&str]; 6] = [
        &["2"],
        &["t"],
        &["S"],
        &["L", "n", "c", "o", "Enter"],
        &["p", "Enter", "Esc"],
        &["Enter", "Down", "Down", "Space"],
    ];
    for strokes in cases {
        let mut state = with_demo(Step::Area(PREVENTION));
        select(&mut state, "P1.3");
        assert_eq!(decision(&state, "P1.3").inclusion, Inclusion::Excluded);
        let mut said = vec![];
        for k in strokes {
            press(&mut state, k);
            said.push(message(&state));
        }
        assert_eq!(decision(&state, "P1.3").inclusion, Inclusion::Included, "{strokes:?}");
        assert!(said.iter().any(|m| m.contains("included again")), "{strokes:?}: {said:?}");
    }
}

#[test]
fn a_lead_not_on_the_roster_joins_it_and_the_status_line_says_so() {
    let mut state = with_demo(Step::Area(PREVENTION));
    state.plan.as_mut().unwrap().plan.roster.institutions.retain(|i| i != "labinsp");
    select(&mut state, "P1.2");
    keys(&mut state, &["L", "l", "i", "Enter"]);
    assert!(plan(&state).in_roster("labinsp"));
    assert!(message(&state).contains("LI now on the roster"), "{}", message(&state));
}

#[test]
fn a_partner_made_lead_leaves_the_partners_and_the_status_line_says_so() {
    let mut state = with_demo(Step::Area(PREVENTION));
    select(&mut state, "P1.1");
    assert!(decision(&state, "P1.1").partners.contains(&"stats".to_string()));
    keys(&mut state, &["L", "n", "s", "o", "Enter"]);
    assert_eq!(decision(&state, "P1.1").lead.as_deref(), Some("stats"));
    assert!(!decision(&state, "P1.1").partners.contains(&"stats".to_string()));
    assert_eq!(message(&state), "P1.1 lead NSO; NSO no longer a partner");
    // And the lead cannot silently fail to become a partner.
    keys(&mut state, &["p", "n", "s", "o", "Enter"]);
    assert!(message(&state).contains("NSO leads P1.1, so it is not also a partner"));
}

#[test]
fn d_on_an_own_action_says_it_was_deleted_and_how_to_restore_it() {
    let mut state = with_demo(Step::Area(PREVENTION));
    select(&mut state, "PX1.X1");
    press(&mut state, "d");
    assert!(message(&state).starts_with("PX1.X1 '"), "{}", message(&state));
    assert!(message(&state).ends_with("deleted (Ctrl+Z restores it)"), "{}", message(&state));
    press(&mut state, "Ctrl+Z");
    assert!(plan(&state).custom_actions.iter().any(|a| a.id == "PX1.X1"));
}

#[test]
fn d_on_an_own_institution_says_it_left_the_roster_and_how_to_restore_it() {
    let mut state = with_demo(Step::Roster);
    keys(&mut state, &["a"]);
    type_text(&mut state, "Anti-Trafficking Office, ATO");
    press(&mut state, "Enter");
    let rows = napwiz::tui::select::roster_rows(&state);
    state.roster.cursor = rows.iter().position(|(id, _)| id == "x-ato").unwrap();
    press(&mut state, "d");
    assert!(!plan(&state).in_roster("x-ato"));
    assert_eq!(message(&state), "ATO deleted from the roster (Ctrl+Z restores it)");
}

// ---------------------------------------------------------------------------------------------
// A plan locked on another computer

fn lock_question() -> (State, PathBuf, napwiz::store::Holder) {
    let mut state = fresh();
    let path = PathBuf::from("/plans/nap.ron");
    let holder = napwiz::store::Holder {
        user: "alice".into(),
        host: "laptop-of-alice".into(),
        pid: 4242,
        since: "2026-11-27 09:00 CET".into(),
    };
    state.overlay = Some(Overlay::LockQuestion { path: path.clone(), holder: holder.clone() });
    (state, path, holder)
}

#[test]
fn a_lock_on_another_computer_asks_who_since_when_and_what_to_do() {
    let (state, _, _) = lock_question();
    assert_eq!(keymap::mode(&state), Mode::LockQuestion);
    let screen = draw_text(&state, 80, 24);
    for expected in [
        "nap.ron is open in another napwiz",
        "alice on laptop-of-alice",
        "since 2026-11-27 09:00 CET",
    ] {
        assert!(screen.contains(expected), "{expected:?} missing:\n{screen}");
    }
    for choice in ["r  open read-only", "t  take over", "c  cancel"] {
        assert!(screen.contains(choice), "{choice:?} missing:\n{screen}");
    }
}

#[test]
fn the_lock_question_opens_read_only_takes_over_or_cancels_only_when_told() {
    let (mut state, path, holder) = lock_question();
    assert_eq!(press(&mut state, "x"), vec![], "other keys do nothing");
    assert!(state.overlay.is_some(), "the question stays until answered");
    assert_eq!(press(&mut state, "r"), vec![Effect::OpenReadOnly(path.clone(), holder)]);
    let (mut state, path, _) = lock_question();
    assert_eq!(press(&mut state, "t"), vec![Effect::OpenTakingOver(path)]);
    let (mut state, _, _) = lock_question();
    assert_eq!(press(&mut state, "Esc"), vec![]);
    assert!(state.overlay.is_none(), "Esc cancels");
    assert!(state.plan.is_none(), "nothing was opened");
}

// ---------------------------------------------------------------------------------------------
// What the app loop did, reported back as actions: update is the only writer of the state.

fn done(state: &mut State, outcome: Outcome) {
    assert!(update(state, Action::Done(outcome)).is_empty(), "an outcome asks for nothing more");
}

#[test]
fn an_opened_plan_replaces_the_open_one_on_the_setup_step_with_its_notices() {
    let mut state = with_demo(Step::Area(0));
    state.areas[0].cursor = 3;
    let plan = demo_plan(&state.content);
    let path = PathBuf::from("/plans/other.ron");
    let notices = vec!["2 merge conflicts to resolve: press C.".to_string()];
    let opened =
        Opened { path: path.clone(), plan, read_only: None, notices, place: None, moved: false };
    done(&mut state, Outcome::Opened(Box::new(opened)));
    assert_eq!(state.plan.as_ref().map(|p| p.path.clone()), Some(path));
    assert_eq!((state.step, state.areas[0].cursor), (Step::Setup, 0));
    assert_eq!(message(&state), "2 merge conflicts to resolve: press C.");
    assert_eq!(save(&state), SaveState::Saved);
}

#[test]
fn a_plan_whose_decisions_moved_is_opened_unsaved_unless_read_only() {
    let mut state = fresh();
    let opened = |read_only: Option<String>| Opened {
        path: PathBuf::from("/plans/moved.ron"),
        plan: demo_plan(&state.content),
        read_only,
        notices: vec![],
        place: None,
        moved: true,
    };
    let (writable, locked) = (opened(None), opened(Some("locked".into())));
    done(&mut state, Outcome::Opened(Box::new(writable)));
    assert_eq!(save(&state), SaveState::Unsaved);
    done(&mut state, Outcome::Opened(Box::new(locked)));
    assert_eq!(save(&state), SaveState::ReadOnly("locked".into()));
}

#[test]
fn leaving_with_work_in_no_file_asks_and_a_created_plan_keeps_an_earlier_error() {
    let mut state = with_demo(Step::Setup);
    let failed = SaveState::Failed("disk full".into());
    done(&mut state, Outcome::Saved { save: failed, note: None });
    done(&mut state, Outcome::Leave);
    assert!(matches!(state.overlay, Some(Overlay::UnsavedQuit)));
    assert!(!state.quit);
    state.overlay = None;
    done(&mut state, Outcome::Saved { save: SaveState::Saved, note: None });
    done(&mut state, Outcome::Leave);
    assert!(state.quit);

    let mut state = fresh();
    done(&mut state, Outcome::KeptAside("the previous plan's work is in 'x'.".into()));
    done(&mut state, Outcome::Created(PathBuf::from("/plans/new.ron")));
    assert!(is_error(&state));
    assert_eq!(message(&state), "created /plans/new.ron. the previous plan's work is in 'x'.");
}

/// The dashboard's summary is worked out once per plan change (moved from tui::derived's unit
/// tests: a lower module's tests must not reach up into update).
#[test]
fn a_derived_piece_is_worked_out_once_per_plan_change() {
    use napwiz::tui::derived::summary;
    use std::sync::Arc;
    let mut state = with_demo(Step::Area(0));
    let goal = state.content.areas[0].goals[0].id.clone();
    state.areas[0].expanded.insert(goal);
    let open_summary = |state: &State| summary(state, state.plan().unwrap());
    let first = open_summary(&state);
    assert!(Arc::ptr_eq(&first, &open_summary(&state)), "the second read is the cached one");
    for action in [Action::Down, Action::ToggleInclude] {
        update(&mut state, action);
    }
    let changed = open_summary(&state);
    assert!(!Arc::ptr_eq(&first, &changed), "a change recomputes it");
    assert_eq!(*changed, napwiz::plan::summarize(state.plan().unwrap(), &state.content));
    update(&mut state, Action::Undo);
    assert_eq!(open_summary(&state).decided, first.decided, "undo recomputes it");
}

#[test]
fn generate_offers_the_clean_copy_for_circulation_and_says_what_it_means() {
    use napwiz::export::Format;
    use napwiz::tui::update::Effect;
    let mut state = with_demo(Step::Generate);
    for _ in 0..5 {
        press(&mut state, "Down");
    }
    let screen = draw_text(&state, 80, 24);
    assert!(screen.contains("[ ] Clean copy for circulation"), "{screen}");
    let working = napwiz::tui::derived::preview(&state, plan(&state));
    press(&mut state, "Enter");
    assert!(state.generate.clean);
    assert!(message(&state).starts_with("clean copy: no workshop notes"), "{}", message(&state));
    let clean = napwiz::tui::derived::preview(&state, plan(&state));
    let mentions = |lines: &[String], word: &str| lines.iter().any(|l| l.contains(word));
    assert!(mentions(&working, "napwiz"), "the working draft says where it comes from");
    assert!(!mentions(&clean, "napwiz"), "the preview shows the clean copy once it is chosen");
    assert!(draw_text(&state, 80, 24).contains("[x] Clean copy for circulation"));
    press(&mut state, "Down");
    let action =
        keymap::action_for(keymap::mode(&state), KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE))
            .unwrap();
    assert_eq!(update(&mut state, action), vec![Effect::ExportClean(Format::ALL.to_vec())]);
    press(&mut state, "Up");
    press(&mut state, "Enter");
    assert!(!state.generate.clean, "Enter again goes back to the working draft");
    assert!(message(&state).starts_with("working draft"), "{}", message(&state));
}
