//! The plan setup and monitoring forms, and editing one field (also an item's fields).

use super::change::{aspect_of, change, change_item};
use super::message::{error, info, key_for};
use super::nav::{back, move_cursor, page};
use super::prompt::{open_editor, open_picker};
use crate::content::Content;
use crate::plan::Plan;
use crate::plan::edit;
use crate::plan::fields::{self, Field, ItemField};
use crate::plan::patch::Touches;
use crate::tui::action::Action;
use crate::tui::fields::{Edit, edit_kind};
use crate::tui::keymap::{self, Mode};
use crate::tui::state::{State, Step, TextTarget};

pub(super) fn form(state: &mut State, action: Action, fields: Vec<Field>) {
    let cursor =
        if state.step == Step::Setup { state.setup.cursor } else { state.monitoring.cursor };
    let mut cursor = cursor.min(fields.len().saturating_sub(1));
    let page = page(state);
    let moved = match action {
        Action::NextField => move_cursor(&mut cursor, fields.len(), &Action::Down, page),
        Action::PrevField => move_cursor(&mut cursor, fields.len(), &Action::Up, page),
        ref other => move_cursor(&mut cursor, fields.len(), other, page),
    };
    if state.step == Step::Setup {
        state.setup.cursor = cursor;
    } else {
        state.monitoring.cursor = cursor;
    }
    if moved {
        return;
    }
    match action {
        Action::Back => back(state),
        Action::Enter => edit_field(state, &fields[cursor], true),
        Action::Right => edit_field(state, &fields[cursor], false),
        Action::Left => edit_field_cycle(state, &fields[cursor], false),
        Action::Clear => clear_field(state, &fields[cursor]),
        _ => {}
    }
}

/// Enter on a field: cycle it, open its editor or picker, or press it.
pub(super) fn edit_field(state: &mut State, field: &Field, enter: bool) {
    match edit_kind(field) {
        Edit::Cycle => edit_field_cycle(state, field, true),
        Edit::Text { multiline } => {
            let text =
                state.plan().map(|p| fields::text_of(p, &state.content, field)).unwrap_or_default();
            open_editor(state, TextTarget::Field(field.clone()), text, multiline);
        }
        Edit::CycleOrText if enter => {
            let text =
                state.plan().map(|p| fields::text_of(p, &state.content, field)).unwrap_or_default();
            open_editor(state, TextTarget::Field(field.clone()), text, false);
        }
        Edit::CycleOrText => edit_field_cycle(state, field, true),
        Edit::Pick(target) => open_picker(state, target),
        Edit::Button => add_indicator(state, field),
    }
}

pub(super) fn edit_field_cycle(state: &mut State, field: &Field, forward: bool) {
    let label = crate::fl!("form-changed", field = fields::label(field).trim().to_string());
    let cycle = |plan: &mut Plan, content: &Content| {
        edit::cycle(plan, content, field, forward);
        Ok(())
    };
    let _ = match field {
        Field::Item(id, _) => {
            let label = format!("{id} {}", label.to_lowercase());
            change_item(state, id, aspect_of(field), &label, cycle)
        }
        _ => change(state, &label, Touches::field(field), cycle),
    };
}

/// The explicit way back to "not set" (cycling never clears); says so, and how to undo it.
pub(super) fn clear_field(state: &mut State, field: &Field) {
    if !edit::clearable(field) {
        let key = keymap::key_for(Mode::Form, &Action::Enter).unwrap_or_default();
        state.message = Some(error(&crate::fl!("form-nothing-to-clear", key = key)));
        return;
    }
    let name = fields::label(field).trim().to_lowercase();
    let undo = key_for(&Action::Undo);
    let clear = |plan: &mut Plan, content: &Content| {
        edit::clear(plan, content, field);
        Ok(())
    };
    let before = state.plan.as_ref().map_or(0, |p| p.revision);
    let result = match field {
        Field::Item(id, _) => {
            let said = format!("{id} {}", crate::fl!("form-cleared", field = name.clone()));
            change_item(state, id, aspect_of(field), &said, clear)
        }
        _ => change(
            state,
            &crate::fl!("form-cleared", field = name.clone()),
            Touches::field(field),
            clear,
        ),
    };
    if result.is_err() {
        return;
    }
    if state.plan.as_ref().map_or(0, |p| p.revision) == before {
        state.message = Some(info(&crate::fl!("form-already-not-set", field = name)));
        return;
    }
    let said = state.message.take().map_or(crate::fl!("form-cleared", field = name), |m| m.text);
    state.message = Some(info(&crate::fl!("form-undo-restores", said = said, key = undo)));
}

pub(super) fn add_indicator(state: &mut State, field: &Field) {
    let Field::Item(id, _) = field else { return };
    let mut added = 0;
    let touches = Touches::Decisions(vec![id.clone()]);
    if change(state, &crate::fl!("form-indicator-added", item = id.clone()), touches, |plan, _| {
        added = edit::add_indicator(plan, id);
        Ok(())
    })
    .is_err()
    {
        return;
    }
    let text_field =
        Field::Item(id.clone(), ItemField::Indicator(added, fields::IndicatorField::Text));
    if let Step::Area(a) = state.step
        && let Some(plan) = state.plan()
    {
        let all = fields::item_fields(plan, &state.content, id);
        state.areas[a].field = all.iter().position(|f| *f == text_field);
    }
    open_editor(state, TextTarget::Field(text_field), crate::fl!("form-new-indicator"), false);
}
