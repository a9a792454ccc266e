//! An area step: the list of goals and actions, the selected item's fields, one-key decisions.

use super::change::{change, change_item};
use super::form::{clear_field, edit_field, edit_field_cycle};
use super::message::{error, info, key_for};
use super::nav::{back, clamp_area_cursor, goal_of, move_cursor, page};
use super::prompt::{open_editor, open_picker};
use crate::plan::edit;
use crate::plan::fields::{self, Field, ItemField};
use crate::plan::patch::Touches;
use crate::plan::{Inclusion, Priority};
use crate::tui::action::Action;
use crate::tui::changes::Aspect;
use crate::tui::keymap::{self, Mode};
use crate::tui::state::{Overlay, PickTarget, Row, State, TextTarget};

pub(super) fn area(state: &mut State, a: usize, action: Action) {
    if state.areas[a].field.is_some() {
        return area_fields(state, a, action);
    }
    let rows = state.area_rows(a);
    let page = page(state);
    if move_cursor(&mut state.areas[a].cursor, rows.len(), &action, page) {
        return;
    }
    let Some(row) = rows.get(state.areas[a].cursor).cloned() else {
        if action == Action::Back {
            back(state);
        }
        if action == Action::AddGoal {
            add_goal(state, a);
        }
        return;
    };
    match (action, &row) {
        // One level up: an action's goal, then the step list (or back where a jump came from).
        (Action::Back, Row::Action(id)) if state.return_to.is_none() => {
            collapse_to_goal(state, a, id)
        }
        (Action::Back, _) => back(state),
        (Action::Enter | Action::Right | Action::ToggleInclude, Row::Goal(id))
            if !state.areas[a].expanded.contains(id) =>
        {
            state.areas[a].expanded.insert(id.clone());
        }
        (Action::ToggleInclude | Action::Left, Row::Goal(id)) => {
            state.areas[a].expanded.remove(id);
        }
        (Action::Enter | Action::Right, _) => state.areas[a].field = Some(0),
        (Action::Left, Row::Action(id)) => collapse_to_goal(state, a, id),
        (action, _) => decide(state, a, row.id().to_string(), action),
    }
    clamp_area_cursor(state, a);
}

pub(super) fn collapse_to_goal(state: &mut State, a: usize, action_id: &str) {
    let Some(goal) = goal_of(state, action_id) else { return };
    state.areas[a].expanded.remove(&goal);
    let rows = state.area_rows(a);
    state.areas[a].cursor = rows.iter().position(|r| r.id() == goal).unwrap_or(0);
}

pub(super) fn is_action(state: &State, id: &str) -> bool {
    state.plan.as_ref().is_some_and(|open| open.index(&state.content).is_action(&state.content, id))
}

/// The one-keystroke decisions, on the selected item (list or fields).
pub(super) fn decide(state: &mut State, a: usize, id: String, action: Action) {
    let action_only = |state: &mut State| {
        if is_action(state, &id) {
            true
        } else {
            let open = key_for(&Action::Enter);
            state.message = Some(error(&crate::fl!("area-open-goal-first", key = open)));
            false
        }
    };
    match action {
        Action::ToggleInclude if action_only(state) => {
            let now =
                state.plan().and_then(|p| p.decision(&id)).map(|d| d.inclusion).unwrap_or_default();
            let next =
                if now == Inclusion::Included { Inclusion::Excluded } else { Inclusion::Included };
            let label = format!("{id} {}", next.label());
            let _ = change_item(state, &id, Aspect::Inclusion, &label, |plan, content| {
                edit::set_inclusion(plan, content, &id, next);
                Ok(())
            });
        }
        Action::Exclude if action_only(state) => {
            let label = format!("{id} {}", Inclusion::Excluded.label());
            let _ = change_item(state, &id, Aspect::Inclusion, &label, |plan, content| {
                edit::set_inclusion(plan, content, &id, Inclusion::Excluded);
                Ok(())
            });
        }
        Action::SuggestedLead if action_only(state) => take_suggested_lead(state, &id),
        Action::SetPriority(p) if action_only(state) => set_priority(state, &id, p),
        Action::CycleBaseline => cycle_baseline(state, &id),
        Action::CycleTimeframe if action_only(state) => {
            edit_field_cycle(state, &Field::Item(id, ItemField::Timeframe), true)
        }
        Action::PickLead if action_only(state) => open_picker(state, PickTarget::Lead(id)),
        Action::PickPartners if action_only(state) => open_picker(state, PickTarget::Partners(id)),
        Action::EditNotes => {
            let field = Field::Item(id, ItemField::Notes);
            edit_field(state, &field, true);
        }
        Action::Guidance => state.overlay = Some(Overlay::Guidance { id, scroll: 0 }),
        Action::AddAction => {
            let goal = if is_action(state, &id) { goal_of(state, &id) } else { Some(id) };
            if let Some(goal) = goal {
                open_editor(state, TextTarget::NewCustomAction { goal }, String::new(), false);
            }
        }
        Action::AddGoal => add_goal(state, a),
        Action::Delete => delete_custom_item(state, a, &id),
        _ => {}
    }
}

/// `b`: the next baseline, said in words, since on a goal row the baseline shows nowhere else.
/// (`b` has no side effects, so this replaces the change's own description.)
fn cycle_baseline(state: &mut State, id: &str) {
    edit_field_cycle(state, &Field::Item(id.to_string(), ItemField::Baseline), true);
    if state.message.as_ref().is_none_or(|m| !m.error)
        && let Some(d) = state.plan().map(|p| p.decision(id).cloned().unwrap_or_default())
    {
        let next = key_for(&Action::CycleBaseline);
        let text =
            crate::fl!("area-baseline-next", item = id, baseline = d.baseline.label(), key = next);
        state.message = Some(info(&text));
    }
}

pub(super) fn set_priority(state: &mut State, id: &str, priority: Priority) {
    let label = format!("{id} {}", crate::fl!("changed-priority", priority = priority.label()));
    let _ = change_item(state, id, Aspect::Priority, &label, |plan, content| {
        plan.items.entry(id.into()).or_default().priority = Some(priority);
        edit::include_when_decided(plan, content, id);
        Ok(())
    });
}

/// One key for the common case: the content pack's suggested lead becomes the lead.
pub(super) fn take_suggested_lead(state: &mut State, id: &str) {
    let suggested = state
        .content
        .action(id)
        .and_then(|(g, a)| state.content.action_lead(g, a).first().cloned());
    let pick = keymap::key_for(Mode::AreaList, &Action::PickLead).unwrap_or_default();
    let Some(lead) = suggested else {
        state.message = Some(error(&crate::fl!("area-no-suggested-lead", item = id, key = pick)));
        return;
    };
    if state.plan().and_then(|p| p.decision(id)).and_then(|d| d.lead.as_deref()) == Some(&lead) {
        let code = state
            .plan()
            .map_or(lead.clone(), |p| p.institution_code(&lead, &state.content).to_string());
        state.message = Some(info(&crate::fl!("area-already-leads", code = code, item = id)));
        return;
    }
    set_lead(state, id, &lead);
}

/// Makes an institution the lead of an action: on the roster, not also a partner, and the
/// action included (the one rule, see `edit::include_when_decided`).
pub(super) fn set_lead(state: &mut State, id: &str, lead: &str) {
    let code = state
        .plan()
        .map_or(lead.to_string(), |p| p.institution_code(lead, &state.content).to_string());
    let _ = change_item(
        state,
        id,
        Aspect::Lead,
        &format!("{id} {}", crate::fl!("changed-lead", code = code.clone())),
        |plan, content| {
            if !plan.in_roster(lead) {
                plan.roster.institutions.push(lead.to_string());
            }
            let d = plan.items.entry(id.to_string()).or_default();
            d.lead = Some(lead.to_string());
            d.partners.retain(|p| p != lead);
            edit::include_when_decided(plan, content, id);
            Ok(())
        },
    );
}

pub(super) fn add_goal(state: &mut State, a: usize) {
    let area = state.content.areas[a].id.clone();
    open_editor(state, TextTarget::NewCustomGoal { area }, String::new(), false);
}

pub(super) fn delete_custom_item(state: &mut State, a: usize, id: &str) {
    if state.content.has_item(id) {
        let exclude = key_for(&Action::Exclude);
        state.message = Some(error(&crate::fl!("area-delete-own-only", key = exclude)));
        return;
    }
    let has_actions = state.plan().is_some_and(|p| p.custom_actions.iter().any(|c| c.goal == id));
    if has_actions {
        state.message = Some(error(&crate::fl!("area-delete-actions-first")));
        return;
    }
    let text =
        state.plan().map(|p| crate::plan::item_text(p, &state.content, id)).unwrap_or_default();
    let deleted = change(
        state,
        &crate::fl!("area-deleted", item = id),
        Touches::Decisions(vec![id.to_string()]),
        |plan, _| {
            plan.custom_goals.retain(|g| g.id != id);
            plan.custom_actions.retain(|c| c.id != id);
            plan.items.remove(id);
            Ok(())
        },
    );
    if deleted.is_ok() {
        let undo = key_for(&Action::Undo);
        let short = crate::tui::text::fit(&text, 30);
        state.message =
            Some(info(&crate::fl!("area-deleted-undo", item = id, text = short, key = undo)));
    }
    clamp_area_cursor(state, a);
}

pub(super) fn area_fields(state: &mut State, a: usize, action: Action) {
    let Some(row) = state.selected_row(a) else {
        state.areas[a].field = None;
        return;
    };
    let id = row.id().to_string();
    let all = state.plan().map(|p| fields::item_fields(p, &state.content, &id)).unwrap_or_default();
    let mut cursor = state.areas[a].field.unwrap_or(0).min(all.len().saturating_sub(1));
    let page = page(state);
    let moved = match &action {
        Action::NextField => move_cursor(&mut cursor, all.len(), &Action::Down, page),
        Action::PrevField => move_cursor(&mut cursor, all.len(), &Action::Up, page),
        other => move_cursor(&mut cursor, all.len(), other, page),
    };
    state.areas[a].field = Some(cursor);
    if moved {
        return;
    }
    let Some(field) = all.get(cursor).cloned() else { return };
    match action {
        Action::Back => state.areas[a].field = None,
        Action::Enter => edit_field(state, &field, true),
        Action::Right => edit_field(state, &field, false),
        Action::Left => edit_field_cycle(state, &field, false),
        Action::Delete => delete_indicator_or_item(state, a, &field),
        Action::Clear => clear_field(state, &field),
        other => decide(state, a, id, other),
    }
    let len =
        state.plan().map(|p| fields::item_fields(p, &state.content, row.id()).len()).unwrap_or(0);
    if let Some(f) = state.areas[a].field.as_mut() {
        *f = (*f).min(len.saturating_sub(1));
    }
}

pub(super) fn delete_indicator_or_item(state: &mut State, a: usize, field: &Field) {
    match field {
        Field::Item(id, ItemField::Indicator(i, _)) => {
            let said = crate::fl!("area-indicator-deleted", item = id.clone(), n = (i + 1));
            let _ = change(state, &said, Touches::Decisions(vec![id.clone()]), |plan, _| {
                if let Some(d) = plan.items.get_mut(id)
                    && *i < d.indicators.len()
                {
                    d.indicators.remove(*i);
                }
                Ok(())
            });
        }
        Field::Item(id, _) => delete_custom_item(state, a, id),
        _ => {}
    }
}
