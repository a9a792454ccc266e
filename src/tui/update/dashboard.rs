//! The review dashboard: panels, and the gaps and health check lists that jump to items.

use super::nav::{back, jump_to, move_cursor, page};
use crate::tui::action::Action;
use crate::tui::derived;
use crate::tui::state::State;

/// The review dashboard: Tab walks the panels; in the gaps and health panels the cursor picks
/// an item and Enter shows it in its area step.
pub(super) fn review(state: &mut State, action: Action) {
    use crate::tui::state::{GAPS, HEALTH, PANELS};
    let panels = PANELS.len();
    match action {
        Action::NextField => return state.review.panel = (state.review.panel + 1) % panels,
        Action::PrevField => {
            return state.review.panel = (state.review.panel + panels - 1) % panels;
        }
        Action::Panel(n) if n < panels => return state.review.panel = n,
        Action::Back => return back(state),
        _ => {}
    }
    let Some(plan) = state.plan() else { return };
    let items: Vec<Option<String>> = match state.review.panel {
        GAPS => derived::summary(state, plan).gaps.iter().map(|g| Some(g.id.clone())).collect(),
        HEALTH => derived::health(state, plan).findings.iter().map(|f| f.item.clone()).collect(),
        _ => return,
    };
    let page = page(state);
    let cursor = if state.review.panel == GAPS {
        &mut state.review.gaps_cursor
    } else {
        &mut state.review.health_cursor
    };
    if move_cursor(cursor, items.len(), &action, page) {
        return;
    }
    if action == Action::Enter
        && let Some(Some(id)) = items.get(*cursor).cloned()
    {
        jump_to(state, &id);
    }
}
