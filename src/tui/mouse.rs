//! Mouse clicks (optional, off by default), resolved against the last drawn frame into actions:
//! a click selects a row of the current list, a click on the top line opens the step list, a
//! click in the step list goes to that step.

use super::action::{Action, Click};
use super::state::State;
use super::view::Drawn;

/// The action a left click at (x, y) means on the frame `drawn`, if any.
pub fn action(state: &State, drawn: &Drawn, x: u16, y: u16) -> Option<Action> {
    let click = if let Some(steps) = &drawn.steps {
        Click::Step(steps.row_at(x, y)?)
    } else if state.overlay.is_some() {
        return None;
    } else if y == 0 {
        Click::TopLine
    } else {
        Click::Row(drawn.list?.row_at(x, y)?)
    };
    Some(Action::Click(click))
}
