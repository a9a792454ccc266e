//! The merge conflicts overlay: pick a side per field, or go to the item.

use super::change::change;
use super::effect::Effect;
use super::message::info;
use super::nav::{jump_to, move_cursor, page};
use crate::plan::patch::Touches;
use crate::tui::action::Action;
use crate::tui::state::{Overlay, State};

pub(super) fn open_conflicts(state: &mut State) {
    match state.plan().map_or(0, |p| p.conflicts.len()) {
        0 => state.message = Some(info(&crate::fl!("conflicts-none"))),
        _ => state.overlay = Some(Overlay::Conflicts { cursor: 0, choice: 0 }),
    }
}

/// The merge conflicts list: pick a side per field, keep the current value, or go to the item.
pub(super) fn conflicts(
    state: &mut State,
    action: Action,
    mut cursor: usize,
    mut choice: usize,
) -> Vec<Effect> {
    let list = state.plan().map(|p| p.conflicts.clone()).unwrap_or_default();
    if list.is_empty() {
        return vec![];
    }
    cursor = cursor.min(list.len() - 1);
    let choices = list[cursor].choices.len().max(1);
    let page = page(state);
    if move_cursor(&mut cursor, list.len(), &action, page) {
        state.overlay = Some(Overlay::Conflicts { cursor, choice: 0 });
        return vec![];
    }
    match action {
        Action::Back => return vec![],
        Action::Left => choice = (choice + choices - 1) % choices,
        Action::Right => choice = (choice + 1) % choices,
        Action::Enter | Action::Delete => {
            let label = crate::fl!(
                "conflicts-resolved-one",
                target = list[cursor].target.clone(),
                field = list[cursor].field.clone()
            );
            let _ = change(state, &label, Touches::AnyDecision, |plan, _| {
                if action == Action::Enter {
                    crate::plan::merge::resolve(plan, cursor, choice)
                } else {
                    plan.conflicts.remove(cursor);
                    Ok(())
                }
            });
            choice = 0;
            if state.plan().is_none_or(|p| p.conflicts.is_empty()) {
                state.message = Some(info(&crate::fl!("conflicts-all-resolved")));
                return vec![];
            }
        }
        Action::Guidance => {
            let target = list[cursor].target.clone();
            if target != "meta" && target != "monitoring" && !target.starts_with("report ") {
                jump_to(state, &target);
                return vec![];
            }
        }
        _ => {}
    }
    state.overlay = Some(Overlay::Conflicts { cursor, choice });
    vec![]
}
