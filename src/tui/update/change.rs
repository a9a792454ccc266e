//! Changes to the open plan, recorded for undo, and undo/redo themselves.

use super::message::{error, info};
use super::nav::clamp_area_cursor;
use crate::content::Content;
use crate::plan::Plan;
use crate::plan::fields::{self, Field, ItemField};
use crate::plan::patch::{Patch, Refused, Touches, edit};
use crate::tui::changes::{self, Aspect};
use crate::tui::select::roster_rows;
use crate::tui::state::{SaveState, State};

/// Applies a change to the open plan, recording its inverse for undo (the decisions it
/// `touches`, never a copy of the whole plan). A change that fails leaves the plan as it was and
/// shows why.
pub(super) fn change(
    state: &mut State,
    label: &str,
    touches: Touches,
    f: impl FnOnce(&mut Plan, &Content) -> Result<(), String>,
) -> Result<(), String> {
    let State { plan: open, content, message, .. } = state;
    let Some(open) = open else {
        *message = Some(error(&crate::fl!("change-no-plan")));
        return Err("no plan".into());
    };
    if let SaveState::ReadOnly(why) = &open.save {
        let text = crate::fl!("change-read-only", why = why.clone());
        *message = Some(error(&text));
        return Err(text);
    }
    let old_key = open.key();
    let inverse = match edit(&mut open.plan, content, (label, touches), f) {
        Ok(inverse) => inverse,
        Err(Refused::Failed(why)) => return Err(why),
        Err(Refused::OutsidePart(why)) => {
            *message = Some(error(&why));
            return Err(why);
        }
    };
    if !inverse.is_noop(&open.plan) {
        open.changes.push(Patch::record_like(&open.plan, &inverse));
        open.revision += 1;
        open.carry_index(&old_key, &inverse, content);
        open.undo.push_back((inverse, label.to_string()));
        if open.undo.len() > UNDO_DEPTH {
            open.undo.pop_front();
        }
        open.redo.clear();
        open.save = SaveState::Unsaved;
    }
    Ok(())
}

/// How many changes undo goes back.
const UNDO_DEPTH: usize = 1000;

/// A change to one item's decision; the status line says what changed, side effects included
/// (nothing changes silently).
pub(super) fn change_item(
    state: &mut State,
    id: &str,
    primary: Aspect,
    label: &str,
    f: impl FnOnce(&mut Plan, &Content) -> Result<(), String>,
) -> Result<(), String> {
    let revision = state.plan.as_ref().map(|o| o.revision);
    change(state, label, Touches::Decisions(vec![id.to_string()]), f)?;
    let Some(open) = state.plan.as_ref().filter(|o| Some(o.revision) != revision) else {
        return Ok(());
    };
    // The change just recorded holds the decision (and roster) as they were.
    if let Some((inverse, _)) = open.undo.back()
        && let Some(text) =
            changes::describe(inverse.parts(), &open.plan, &state.content, id, primary)
    {
        state.message = Some(info(&text));
    }
    Ok(())
}

/// The part of a decision a field edits, to name it first in the status line.
pub(super) fn aspect_of(field: &Field) -> Aspect {
    match field {
        Field::Item(_, ItemField::Inclusion) => Aspect::Inclusion,
        Field::Item(_, ItemField::Priority) => Aspect::Priority,
        Field::Item(_, ItemField::Baseline) => Aspect::Baseline,
        Field::Item(_, ItemField::Timeframe) => Aspect::Timeframe,
        Field::Item(_, ItemField::Lead) => Aspect::Lead,
        Field::Item(_, ItemField::Partners) => Aspect::Partners,
        _ => Aspect::Other,
    }
}

pub(super) fn undo(state: &mut State) {
    travel(state, true);
}

pub(super) fn redo(state: &mut State) {
    travel(state, false);
}

/// Moves one step back (undo) or forward (redo) in the plan's history.
pub(super) fn travel(state: &mut State, back: bool) {
    let State { plan, content, .. } = state;
    let Some(open) = plan.as_mut().filter(|o| !o.is_read_only()) else { return };
    let done = if back { crate::fl!("change-undone") } else { crate::fl!("change-redone") };
    let popped = if back { open.undo.pop_back() } else { open.redo.pop_back() };
    let Some((inverse, label)) = popped else {
        let nothing = if back {
            crate::fl!("change-nothing-to-undo")
        } else {
            crate::fl!("change-nothing-to-redo")
        };
        state.message = Some(info(&nothing));
        return;
    };
    let old_key = open.key();
    let opposite = inverse.apply(&mut open.plan);
    open.changes.push(Patch::record_like(&open.plan, &opposite));
    open.revision += 1;
    open.carry_index(&old_key, &opposite, content);
    let to = if back { &mut open.redo } else { &mut open.undo };
    to.push_back((opposite, label.clone()));
    open.save = SaveState::Unsaved;
    state.message = Some(info(&crate::fl!("change-travelled", done = done, label = label)));
    clamp_cursors(state);
}

/// Keeps every cursor on an existing row after the plan changed under it (undo, redo).
pub(super) fn clamp_cursors(state: &mut State) {
    for a in 0..state.areas.len() {
        clamp_area_cursor(state, a);
        let fields = state.selected_row(a).and_then(|row| {
            state.plan().map(|p| fields::item_fields(p, &state.content, row.id()).len())
        });
        if let (Some(field), Some(len)) = (state.areas[a].field.as_mut(), fields) {
            *field = (*field).min(len.saturating_sub(1));
        }
    }
    let rows = roster_rows(state).len();
    state.roster.cursor = state.roster.cursor.min(rows.saturating_sub(1));
}
