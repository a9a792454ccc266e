//! Mouse clicks (optional, off by default): a click selects a row of the current list, a click
//! on the top line opens the step list, a click in the step list goes to that step.

use ratatui::layout::{Position, Rect};

use super::state::{Overlay, State, Step};
use super::update::Effect;
use super::view::{self, scroll_offset};

pub fn click(state: &mut State, x: u16, y: u16) -> Vec<Effect> {
    if let Some(Overlay::Steps { cursor }) = &state.overlay {
        let area = view::overlay::steps_area(view::body_area_of(state));
        let inner = Rect {
            x: area.x + 1,
            y: area.y + 1,
            width: area.width.saturating_sub(2),
            height: area.height.saturating_sub(2),
        };
        let steps = state.steps();
        if let Some(row) = row_at(inner, x, y, *cursor, steps.len()) {
            state.overlay = None;
            if steps[row] == Step::Start || state.plan.is_some() {
                state.step = steps[row];
                state.return_to = None;
            }
        }
        return vec![];
    }
    if state.overlay.is_some() {
        return vec![];
    }
    if y == 0 {
        let cursor = state.step_position().0 - 1;
        state.overlay = Some(Overlay::Steps { cursor });
        return vec![];
    }
    let Some(area) = view::list_area(state) else { return vec![] };
    let Some((len, cursor)) = view::list_position(state) else { return vec![] };
    if let Some(row) = row_at(area, x, y, cursor, len) {
        set_cursor(state, row);
    }
    vec![]
}

/// The list row under (x, y), given how the view scrolls the list.
fn row_at(area: Rect, x: u16, y: u16, cursor: usize, len: usize) -> Option<usize> {
    if !area.contains(Position { x, y }) {
        return None;
    }
    let offset = scroll_offset(cursor, len, usize::from(area.height));
    let row = offset + usize::from(y - area.y);
    (row < len).then_some(row)
}

fn set_cursor(state: &mut State, row: usize) {
    match state.step {
        Step::Start => state.start_cursor = row,
        Step::Setup => state.setup_cursor = row,
        Step::Monitoring => state.monitoring_cursor = row,
        Step::Roster => state.roster_cursor = row,
        Step::Area(a) => {
            state.areas[a].cursor = row;
            state.areas[a].field = None;
        }
        Step::Review => state.review_cursor = row,
        Step::Generate => {}
    }
}
