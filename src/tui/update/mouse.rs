//! Clicks, already resolved against the drawn frame by `tui::mouse`.

use crate::tui::action::Click;
use crate::tui::state::{Overlay, State, Step};

pub(super) fn click(state: &mut State, click: Click) {
    match click {
        Click::Step(row) if matches!(state.overlay, Some(Overlay::Steps { .. })) => {
            state.overlay = None;
            let Some(step) = state.step_list().get(row).copied() else { return };
            if step == Step::Start || state.plan.is_some() {
                state.step = step;
                state.return_to = None;
            }
        }
        Click::TopLine if state.overlay.is_none() => {
            let cursor = state.step_list_cursor();
            state.overlay = Some(Overlay::Steps { cursor });
        }
        Click::Row(row) if state.overlay.is_none() => select_row(state, row),
        _ => {}
    }
}

fn select_row(state: &mut State, row: usize) {
    match state.step {
        Step::Start => state.start.cursor = row,
        Step::Setup => state.setup.cursor = row,
        Step::Monitoring => state.monitoring.cursor = row,
        Step::Roster => state.roster.cursor = row,
        Step::Area(a) => {
            state.areas[a].cursor = row;
            state.areas[a].field = None;
        }
        Step::Review => state.review.health_cursor = row,
        Step::Monitor => {
            state.monitor.cursor = row;
            state.monitor.field = None;
        }
        Step::Generate | Step::Progress => {}
    }
}
