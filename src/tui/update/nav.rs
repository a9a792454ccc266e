//! Moving between steps, cursors within lists, and jumps to an item.

use super::message::error;
use crate::tui::action::Action;
use crate::tui::state::{Overlay, State, Step};

pub(super) fn go_to(state: &mut State, step: Step) {
    if step != Step::Start && state.plan.is_none() {
        state.message = Some(error(&crate::fl!("change-no-plan")));
        return;
    }
    state.step = step;
    state.return_to = None;
}

/// Esc at a step's top level: back to where a jump came from, else up to the step list.
pub(super) fn back(state: &mut State) {
    match state.return_to.take() {
        Some(step) => state.step = step,
        None => {
            let cursor = state.step_list_cursor();
            state.overlay = Some(Overlay::Steps { cursor });
        }
    }
}

/// Goes to Monitor or the period dashboard; Esc from them returns to the step they were
/// opened from.
pub(super) fn enter_monitoring(state: &mut State, step: Step) {
    if !Step::MONITORING.contains(&state.step) {
        state.return_to = Some(state.step);
    }
    state.step = step;
    // The first row is an area's heading: start on its first action.
    if state.monitor.cursor == 0 && state.monitor.field.is_none() {
        state.monitor.cursor = 1;
    }
}

pub(super) fn go_relative(state: &mut State, by: isize) {
    // Monitor and its dashboard are outside the walk: Esc leads back into it.
    if Step::MONITORING.contains(&state.step) {
        return;
    }
    let steps = state.steps();
    let here = state.step_position().0 as isize - 1;
    let target = (here + by).clamp(0, steps.len() as isize - 1) as usize;
    go_to(state, steps[target]);
}

/// Moves a cursor within `len` rows.
pub(super) fn move_cursor(cursor: &mut usize, len: usize, action: &Action, page: usize) -> bool {
    let last = len.saturating_sub(1);
    *cursor = match action {
        Action::Up => cursor.saturating_sub(1),
        Action::Down => (*cursor + 1).min(last),
        Action::PageUp => cursor.saturating_sub(page),
        Action::PageDown => (*cursor + page).min(last),
        Action::Home => 0,
        Action::End => last,
        _ => return false,
    };
    true
}

pub(super) fn page(state: &State) -> usize {
    usize::from(state.size.1.saturating_sub(8)).max(1)
}

pub(super) fn goal_of(state: &State, action_id: &str) -> Option<String> {
    if let Some((goal, _)) = state.content.action(action_id) {
        return Some(goal.id.clone());
    }
    let open = state.plan.as_ref()?;
    open.index(&state.content).goal_of_own_action(&open.plan, action_id)
}

/// Shows an item in its area step: its goal opened, the cursor on it.
pub fn jump_to(state: &mut State, id: &str) {
    let plan = state.plan();
    if let Some(why) = plan.and_then(|p| crate::plan::part::refusal_to_visit(p, &state.content, id))
    {
        state.message = Some(error(&why));
        return;
    }
    let goal = goal_of(state, id).unwrap_or_else(|| id.to_string());
    let area_id = state.content.area_of(&goal).map(|a| a.id.clone()).or_else(|| {
        plan.and_then(|p| p.custom_goals.iter().find(|g| g.id == goal)).map(|g| g.area.clone())
    });
    let Some(a) = area_id.and_then(|area| state.content.areas.iter().position(|x| x.id == area))
    else {
        state.message = Some(error(&crate::fl!("nav-not-in-checklist", item = id)));
        return;
    };
    state.areas[a].expanded.insert(goal);
    state.areas[a].field = None;
    state.areas[a].cursor = state.area_rows(a).iter().position(|r| r.id() == id).unwrap_or(0);
    if state.step != Step::Area(a) {
        state.return_to = Some(state.step);
    }
    state.step = Step::Area(a);
}

pub(super) fn clamp_area_cursor(state: &mut State, a: usize) {
    let len = state.area_rows(a).len();
    let view = &mut state.areas[a];
    view.cursor = view.cursor.min(len.saturating_sub(1));
}

/// The step list overlay: Enter goes to the step under the cursor.
pub(super) fn steps_list(state: &mut State, action: Action, mut cursor: usize) {
    let steps = state.step_list();
    let page = page(state);
    if !move_cursor(&mut cursor, steps.len(), &action, page) {
        match action {
            Action::Enter if Step::MONITORING.contains(&steps[cursor]) => {
                return enter_monitoring(state, steps[cursor]);
            }
            Action::Enter => return go_to(state, steps[cursor]),
            Action::Back | Action::Steps => return,
            _ => {}
        }
    }
    state.overlay = Some(Overlay::Steps { cursor });
}

/// Scrolls the current area's list only as far as its cursor needs, at the list's height on
/// this terminal: the list stays put while the cursor moves inside it.
pub(super) fn keep_area_list_in_view(state: &mut State) {
    let Step::Area(a) = state.step else { return };
    if a >= state.areas.len() {
        return;
    }
    let len = state.area_rows(a).len();
    let height = crate::tui::view::area_list_height(state);
    let margin = state.link.scroll_margin();
    let view = &mut state.areas[a];
    view.top = crate::tui::view::keep_in_view(view.top, view.cursor, len, height, margin);
}
