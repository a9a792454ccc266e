//! When a thin link holds the description and the keys line back (see `tui::link`): from a
//! move to another row of an area's list until the keys pause or the list is left.

use crate::tui::state::{State, Step};

/// Where the selection is: the step, whether an overlay covers it, and the selected area row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Selection {
    step: Step,
    overlay: bool,
    row: Option<String>,
}

impl Selection {
    pub fn of(state: &State) -> Selection {
        let row = match state.step {
            Step::Area(a) => state.selected_row(a).map(|r| r.id().to_string()),
            _ => None,
        };
        Selection { step: state.step, overlay: state.overlay.is_some(), row }
    }
}

/// What to remember before an action, so [`after`] can tell whether it moved the selection: the
/// selection and, unless one is held already, the keys line then (only on a thin link; locally
/// nothing is held).
pub fn before(state: &State) -> Option<(Selection, Vec<(String, String)>)> {
    let keys = || match state.link.held_keys {
        Some(_) => vec![],
        None => crate::tui::offer::footer_here(state),
    };
    state.link.thin.then(|| (Selection::of(state), keys()))
}

/// After an action: a move to another row of the same area list holds the description and the
/// keys line back (keeping the keys line it had); anything that leaves the list draws them.
pub fn after(state: &mut State, before: Option<(Selection, Vec<(String, String)>)>) {
    let Some((was, keys)) = before else { return };
    let now = Selection::of(state);
    let in_list = match now.step {
        Step::Area(a) => state.areas.get(a).is_some_and(|view| view.field.is_none()),
        _ => false,
    };
    let same_list = in_list && now.step == was.step && !now.overlay && !was.overlay;
    if !same_list {
        state.link.held_keys = None;
    } else if now.row != was.row && state.link.held_keys.is_none() {
        state.link.held_keys = Some(keys);
    }
}

/// The keys paused: draw what was held back.
pub fn settle(state: &mut State) {
    state.link.held_keys = None;
}
