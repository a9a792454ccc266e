//! `update`: the one place the wizard's state changes. Pure: no I/O; what needs the outside
//! world (opening, creating, quitting) is returned as an [`Effect`] for the app loop.

use std::path::PathBuf;

use ratatui_textarea::TextArea;

use super::action::Action;
use super::changes::{self, Aspect};
use super::derived;
use super::fields::{Edit, edit_kind};
use super::keymap::{self, Mode};
use super::state::{
    Hit, Message, Overlay, PickTarget, Row, SaveState, StartEntry, State, Step, TextTarget,
};
use crate::content::Content;
use crate::plan::edit::{
    self, add_custom_action, add_custom_goal, add_custom_institution, parse_institution,
};
use crate::plan::fields::{self, Field, ItemField};
use crate::plan::search::find_items;
use crate::plan::{Inclusion, Plan, Priority};

/// What the app loop must do after an update.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    Open(PathBuf),
    /// Create a new plan with this title in the plans folder.
    Create {
        title: String,
    },
    CreateAt(PathBuf),
    /// Open a plan read-only because another session (on another computer) holds its lock.
    OpenReadOnly(PathBuf, crate::store::Holder),
    /// Open a plan, taking over the lock of a session the user says has ended.
    OpenTakingOver(PathBuf),
    OpenDemo,
    Quit,
    /// Remember the theme and mouse setting in the config file.
    SaveSettings,
    /// Turn mouse capture on or off.
    SetMouse(bool),
    /// Save over the plan file although it changed on disk (the other version is backed up).
    SaveOver,
    /// Write the draft action plan in these formats next to the plan.
    Export(Vec<crate::export::Format>),
    /// Save the plan to another file, which becomes the plan's file.
    SaveAs(PathBuf),
    /// Write the unsaved plan as an emergency backup in the data folder, then quit.
    QuitKeepingBackup,
}

pub fn update(state: &mut State, action: Action) -> Vec<Effect> {
    match action {
        Action::Resize(w, h) => {
            state.size = (w, h);
            return vec![];
        }
        Action::CycleTheme => {
            state.look.theme = state.look.theme.next();
            let next = key_for(&Action::CycleTheme);
            let theme = state.look.theme.label();
            state.message = Some(info(&format!("theme: {theme} ({next} for the next one)")));
            return vec![Effect::SaveSettings];
        }
        Action::ToggleMouse => {
            state.mouse = !state.mouse;
            let note = if state.mouse {
                "on: clicks select; Shift+drag still copies in most terminals"
            } else {
                "off"
            };
            state.message = Some(info(&format!("mouse {note}")));
            return vec![Effect::SetMouse(state.mouse), Effect::SaveSettings];
        }
        Action::Click(x, y) => return super::mouse::click(state, x, y),
        _ => {}
    }
    if !matches!(action, Action::Key(_) | Action::Paste(_)) {
        state.message = None;
    }
    if state.overlay.is_some() {
        return overlay(state, action);
    }
    match action {
        Action::Quit => return quit_or_ask(state),
        Action::Help => state.overlay = Some(Overlay::Help { scroll: 0 }),
        Action::Steps => {
            let cursor = state.step_position().0 - 1;
            state.overlay = Some(Overlay::Steps { cursor });
        }
        Action::Search => open_search(state),
        Action::Conflicts => open_conflicts(state),
        Action::SaveOver => match state.plan.as_ref().map(|p| &p.save) {
            Some(SaveState::Failed(_) | SaveState::ChangedOnDisk(_)) => {
                return vec![Effect::SaveOver];
            }
            Some(SaveState::ReadOnly(why)) => {
                state.message = Some(error(&format!("read-only: {why}")))
            }
            _ => state.message = Some(info("everything is saved")),
        },
        Action::Undo => undo(state),
        Action::Redo => redo(state),
        Action::NextStep => go_relative(state, 1),
        Action::PrevStep => go_relative(state, -1),
        action => return step_action(state, action),
    }
    vec![]
}

// ---------------------------------------------------------------------------------------------
// Plan changes and undo

/// Applies a change to the open plan, recording it for undo. A change that fails leaves the plan
/// as it was and shows why.
fn change(
    state: &mut State,
    label: &str,
    f: impl FnOnce(&mut Plan, &Content) -> Result<(), String>,
) -> Result<(), String> {
    let State { plan: open, content, message, .. } = state;
    let Some(open) = open else {
        *message = Some(error("open or create a plan first"));
        return Err("no plan".into());
    };
    if let SaveState::ReadOnly(why) = &open.save {
        let text = format!("read-only: {why}");
        *message = Some(error(&text));
        return Err(text);
    }
    let before = open.plan.clone();
    if let Err(why) = f(&mut open.plan, content) {
        open.plan = before;
        return Err(why);
    }
    if let Some(why) = crate::plan::part::refusal(&before, &open.plan, content) {
        open.plan = before;
        *message = Some(error(&why));
        return Err(why);
    }
    if open.plan != before {
        open.undo.push((before, label.to_string()));
        if open.undo.len() > 1000 {
            open.undo.remove(0);
        }
        open.redo.clear();
        open.revision += 1;
        open.save = SaveState::Unsaved;
    }
    Ok(())
}

/// A change to one item's decision; the status line says what changed, side effects included
/// (nothing changes silently).
fn change_item(
    state: &mut State,
    id: &str,
    primary: Aspect,
    label: &str,
    f: impl FnOnce(&mut Plan, &Content) -> Result<(), String>,
) -> Result<(), String> {
    let before = state.plan().cloned();
    change(state, label, f)?;
    if let (Some(before), Some(after)) = (before, state.plan())
        && let Some(text) = changes::describe(&before, after, &state.content, id, primary)
    {
        state.message = Some(info(&text));
    }
    Ok(())
}

/// The part of a decision a field edits, to name it first in the status line.
fn aspect_of(field: &Field) -> Aspect {
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

/// "Ctrl+Z": the key that does `action` in the area list, as the key map (and config) say.
fn key_for(action: &Action) -> String {
    keymap::key_for(Mode::AreaList, action).unwrap_or_else(|| format!("{action:?}"))
}

fn undo(state: &mut State) {
    travel(state, true);
}

fn redo(state: &mut State) {
    travel(state, false);
}

/// Moves one step back (undo) or forward (redo) in the plan's history.
fn travel(state: &mut State, back: bool) {
    let Some(open) = state.plan.as_mut().filter(|o| !o.is_read_only()) else { return };
    let (from, to, done) = if back {
        (&mut open.undo, &mut open.redo, "undone")
    } else {
        (&mut open.redo, &mut open.undo, "redone")
    };
    let Some((plan, label)) = from.pop() else {
        state.message = Some(info(if back { "nothing to undo" } else { "nothing to redo" }));
        return;
    };
    let now = std::mem::replace(&mut open.plan, plan);
    to.push((now, label.clone()));
    open.revision += 1;
    open.save = SaveState::Unsaved;
    state.message = Some(info(&format!("{done}: {label}")));
    clamp_cursors(state);
}

/// Keeps every cursor on an existing row after the plan changed under it (undo, redo).
fn clamp_cursors(state: &mut State) {
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
    state.roster_cursor = state.roster_cursor.min(rows.saturating_sub(1));
}

fn info(text: &str) -> Message {
    Message { text: text.into(), error: false }
}

fn error(text: &str) -> Message {
    Message { text: text.into(), error: true }
}

// ---------------------------------------------------------------------------------------------
// Steps

fn go_to(state: &mut State, step: Step) {
    if step != Step::Start && state.plan.is_none() {
        state.message = Some(error("open or create a plan first"));
        return;
    }
    state.step = step;
    state.return_to = None;
}

/// Esc at a step's top level: back to where a jump came from, else up to the step list.
fn back(state: &mut State) {
    match state.return_to.take() {
        Some(step) => state.step = step,
        None => {
            let cursor = state.step_position().0 - 1;
            state.overlay = Some(Overlay::Steps { cursor });
        }
    }
}

fn go_relative(state: &mut State, by: isize) {
    let steps = state.steps();
    let here = state.step_position().0 as isize - 1;
    let target = (here + by).clamp(0, steps.len() as isize - 1) as usize;
    go_to(state, steps[target]);
}

fn step_action(state: &mut State, action: Action) -> Vec<Effect> {
    match state.step {
        Step::Start => return start(state, action),
        Step::Setup => form(state, action, fields::meta_fields()),
        Step::Monitoring => form(state, action, fields::monitoring_fields()),
        Step::Roster => roster(state, action),
        Step::Area(i) => area(state, i, action),
        Step::Review => review(state, action),
        Step::Generate => return generate(state, action),
    }
    vec![]
}

/// Moves a cursor within `len` rows.
fn move_cursor(cursor: &mut usize, len: usize, action: &Action, page: usize) -> bool {
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

fn page(state: &State) -> usize {
    usize::from(state.size.1.saturating_sub(8)).max(1)
}

fn start(state: &mut State, action: Action) -> Vec<Effect> {
    let page = page(state);
    if move_cursor(&mut state.start_cursor, state.start.len(), &action, page) {
        return vec![];
    }
    match action {
        Action::Back => state.overlay = Some(Overlay::ConfirmQuit),
        Action::Enter => match state.start.get(state.start_cursor).cloned() {
            Some(StartEntry::NewPlan) => {
                open_editor(state, TextTarget::NewPlanTitle, String::new(), false)
            }
            Some(StartEntry::OpenDemo) => return vec![Effect::OpenDemo],
            Some(StartEntry::OpenFile) => {
                open_editor(state, TextTarget::OpenPath, String::new(), false)
            }
            Some(StartEntry::Recent(path)) => return vec![Effect::Open(path)],
            None => {}
        },
        _ => {}
    }
    vec![]
}

fn form(state: &mut State, action: Action, fields: Vec<Field>) {
    let cursor =
        if state.step == Step::Setup { state.setup_cursor } else { state.monitoring_cursor };
    let mut cursor = cursor.min(fields.len().saturating_sub(1));
    let page = page(state);
    let moved = match action {
        Action::NextField => move_cursor(&mut cursor, fields.len(), &Action::Down, page),
        Action::PrevField => move_cursor(&mut cursor, fields.len(), &Action::Up, page),
        ref other => move_cursor(&mut cursor, fields.len(), other, page),
    };
    if state.step == Step::Setup {
        state.setup_cursor = cursor;
    } else {
        state.monitoring_cursor = cursor;
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
fn edit_field(state: &mut State, field: &Field, enter: bool) {
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

fn edit_field_cycle(state: &mut State, field: &Field, forward: bool) {
    let label = format!("{} changed", fields::label(field).trim());
    let cycle = |plan: &mut Plan, content: &Content| {
        edit::cycle(plan, content, field, forward);
        Ok(())
    };
    let _ = match field {
        Field::Item(id, _) => {
            let label = format!("{id} {}", label.to_lowercase());
            change_item(state, id, aspect_of(field), &label, cycle)
        }
        _ => change(state, &label, cycle),
    };
}

/// The explicit way back to "not set" (cycling never clears); says so, and how to undo it.
fn clear_field(state: &mut State, field: &Field) {
    if !edit::clearable(field) {
        let key = keymap::key_for(Mode::Form, &Action::Enter).unwrap_or_default();
        state.message = Some(error(&format!("nothing to clear here: {key} edits this field")));
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
            change_item(state, id, aspect_of(field), &format!("{id} {name} cleared"), clear)
        }
        _ => change(state, &format!("{name} cleared"), clear),
    };
    if result.is_err() {
        return;
    }
    if state.plan.as_ref().map_or(0, |p| p.revision) == before {
        state.message = Some(info(&format!("{name}: already not set")));
        return;
    }
    let said = state.message.take().map_or(format!("{name} cleared"), |m| m.text);
    state.message = Some(info(&format!("{said} ({undo} restores it)")));
}

fn add_indicator(state: &mut State, field: &Field) {
    let Field::Item(id, _) = field else { return };
    let mut added = 0;
    if change(state, &format!("{id}: indicator added"), |plan, _| {
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
    open_editor(state, TextTarget::Field(text_field), "New indicator".into(), false);
}

// ---------------------------------------------------------------------------------------------
// Institutions

/// Rows of the roster step: catalogue institutions, then the plan's own, filtered.
pub fn roster_rows(state: &State) -> Vec<(String, bool)> {
    let filter = state.roster_filter.to_lowercase();
    let keep = |code: &str, name: &str| {
        filter.is_empty()
            || code.to_lowercase().contains(&filter)
            || name.to_lowercase().contains(&filter)
    };
    let Some(plan) = state.plan() else { return vec![] };
    let catalogue = state
        .content
        .institutions
        .iter()
        .filter(|i| keep(&i.code, &i.name))
        .map(|i| (i.id.clone(), false));
    let own =
        plan.roster.custom.iter().filter(|c| keep(&c.code, &c.name)).map(|c| (c.id.clone(), true));
    catalogue.chain(own).collect()
}

fn roster(state: &mut State, action: Action) {
    let rows = roster_rows(state);
    let page = page(state);
    if move_cursor(&mut state.roster_cursor, rows.len(), &action, page) {
        return;
    }
    let selected = rows.get(state.roster_cursor).cloned();
    match action {
        Action::Back => back(state),
        Action::Filter => {
            let current = state.roster_filter.clone();
            state.filter_before = current.clone();
            open_editor(state, TextTarget::RosterFilter, current, false);
        }
        Action::AddInstitution => {
            open_editor(state, TextTarget::NewInstitution, String::new(), false)
        }
        Action::Enter | Action::ToggleInclude => {
            if let Some((id, false)) = selected {
                toggle_roster(state, &id);
            }
        }
        Action::Left | Action::Right => {
            if let Some((id, true)) = selected {
                let forward = action == Action::Right;
                let _ = change(state, "institution type changed", |plan, _| {
                    if let Some(c) = plan.roster.custom.iter_mut().find(|c| c.id == id) {
                        let all = crate::content::InstitutionKind::ALL;
                        let i = all.iter().position(|k| *k == c.kind).unwrap_or(0);
                        c.kind = all[if forward {
                            (i + 1) % all.len()
                        } else {
                            (i + all.len() - 1) % all.len()
                        }];
                    }
                    Ok(())
                });
            }
        }
        Action::Delete => {
            if let Some((id, true)) = selected {
                delete_custom_institution(state, &id);
            }
        }
        _ => {}
    }
}

fn toggle_roster(state: &mut State, id: &str) {
    let code = state.content.institution(id).map_or(id.to_string(), |i| i.code.clone());
    let uses = state.plan().map_or(0, |p| {
        p.items
            .values()
            .filter(|d| d.lead.as_deref() == Some(id) || d.partners.iter().any(|x| x == id))
            .count()
    });
    let mut added = false;
    let changed = change(state, &format!("roster: {code}"), |plan, _| {
        if let Some(pos) = plan.roster.institutions.iter().position(|x| x == id) {
            plan.roster.institutions.remove(pos);
        } else {
            plan.roster.institutions.push(id.to_string());
            added = true;
        }
        Ok(())
    });
    if changed.is_err() {
        return;
    }
    state.message = Some(match (added, uses) {
        (true, _) => info(&format!("{code} added to the roster")),
        (false, 0) => info(&format!("{code} removed from the roster")),
        (false, n) => error(&format!(
            "{code} removed from the roster, but it still has {n} roles in the plan (see Review)"
        )),
    });
}

fn delete_custom_institution(state: &mut State, id: &str) {
    let uses = state.plan().map_or(0, |p| {
        p.items
            .values()
            .filter(|d| d.lead.as_deref() == Some(id) || d.partners.iter().any(|x| x == id))
            .count()
    });
    if uses > 0 {
        state.message =
            Some(error(&format!("it has {uses} roles in the plan; assign them to others first")));
        return;
    }
    let code =
        state.plan().map_or(id.to_string(), |p| p.institution_code(id, &state.content).into());
    let deleted = change(state, "own institution deleted", |plan, _| {
        plan.roster.custom.retain(|c| c.id != id);
        Ok(())
    });
    if deleted.is_ok() {
        let undo = key_for(&Action::Undo);
        state.message = Some(info(&format!("{code} deleted from the roster ({undo} restores it)")));
    }
}

// ---------------------------------------------------------------------------------------------
// Area steps

fn area(state: &mut State, a: usize, action: Action) {
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

fn collapse_to_goal(state: &mut State, a: usize, action_id: &str) {
    let Some(goal) = goal_of(state, action_id) else { return };
    state.areas[a].expanded.remove(&goal);
    let rows = state.area_rows(a);
    state.areas[a].cursor = rows.iter().position(|r| r.id() == goal).unwrap_or(0);
}

fn goal_of(state: &State, action_id: &str) -> Option<String> {
    if let Some((goal, _)) = state.content.action(action_id) {
        return Some(goal.id.clone());
    }
    let open = state.plan.as_ref()?;
    open.index(&state.content).goal_of_own_action(&open.plan, action_id)
}

fn clamp_area_cursor(state: &mut State, a: usize) {
    let len = state.area_rows(a).len();
    let view = &mut state.areas[a];
    view.cursor = view.cursor.min(len.saturating_sub(1));
}

fn is_action(state: &State, id: &str) -> bool {
    state.plan.as_ref().is_some_and(|open| open.index(&state.content).is_action(&state.content, id))
}

/// The one-keystroke decisions, on the selected item (list or fields).
fn decide(state: &mut State, a: usize, id: String, action: Action) {
    let action_only = |state: &mut State| {
        if is_action(state, &id) {
            true
        } else {
            let open = key_for(&Action::Enter);
            state.message =
                Some(error(&format!("open the goal ({open}) and choose one of its actions")));
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
            let label = format!("{id} not included");
            let _ = change_item(state, &id, Aspect::Inclusion, &label, |plan, content| {
                edit::set_inclusion(plan, content, &id, Inclusion::Excluded);
                Ok(())
            });
        }
        Action::SuggestedLead if action_only(state) => take_suggested_lead(state, &id),
        Action::SetPriority(p) if action_only(state) => set_priority(state, &id, p),
        Action::CycleBaseline => {
            edit_field_cycle(state, &Field::Item(id.clone(), ItemField::Baseline), true);
            // Said in words: on a goal row the baseline shows nowhere else.
            // (`b` has no side effects, so this replaces the change's own description.)
            if state.message.as_ref().is_none_or(|m| !m.error)
                && let Some(d) = state.plan().map(|p| p.decision(&id).cloned().unwrap_or_default())
            {
                let next = key_for(&Action::CycleBaseline);
                let text = format!("{id} baseline: {} ({next} for the next)", d.baseline.label());
                state.message = Some(info(&text));
            }
        }
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

fn set_priority(state: &mut State, id: &str, priority: Priority) {
    let label = format!("{id} priority {}", priority.label());
    let _ = change_item(state, id, Aspect::Priority, &label, |plan, content| {
        plan.items.entry(id.into()).or_default().priority = Some(priority);
        edit::include_when_decided(plan, content, id);
        Ok(())
    });
}

/// One key for the common case: the content pack's suggested lead becomes the lead.
fn take_suggested_lead(state: &mut State, id: &str) {
    let suggested = state
        .content
        .action(id)
        .and_then(|(g, a)| state.content.action_lead(g, a).first().cloned());
    let pick = keymap::key_for(Mode::AreaList, &Action::PickLead).unwrap_or_default();
    let Some(lead) = suggested else {
        state.message = Some(error(&format!("no suggested lead for {id}: {pick} picks one")));
        return;
    };
    if state.plan().and_then(|p| p.decision(id)).and_then(|d| d.lead.as_deref()) == Some(&lead) {
        let code = state
            .plan()
            .map_or(lead.clone(), |p| p.institution_code(&lead, &state.content).to_string());
        state.message = Some(info(&format!("{code} already leads {id}")));
        return;
    }
    set_lead(state, id, &lead);
}

/// Makes an institution the lead of an action: on the roster, not also a partner, and the
/// action included (the one rule, see `edit::include_when_decided`).
fn set_lead(state: &mut State, id: &str, lead: &str) {
    let code = state
        .plan()
        .map_or(lead.to_string(), |p| p.institution_code(lead, &state.content).to_string());
    let _ = change_item(state, id, Aspect::Lead, &format!("{id} lead {code}"), |plan, content| {
        if !plan.in_roster(lead) {
            plan.roster.institutions.push(lead.to_string());
        }
        let d = plan.items.entry(id.to_string()).or_default();
        d.lead = Some(lead.to_string());
        d.partners.retain(|p| p != lead);
        edit::include_when_decided(plan, content, id);
        Ok(())
    });
}

fn add_goal(state: &mut State, a: usize) {
    let area = state.content.areas[a].id.clone();
    open_editor(state, TextTarget::NewCustomGoal { area }, String::new(), false);
}

fn delete_custom_item(state: &mut State, a: usize, id: &str) {
    if state.content.has_item(id) {
        state.message = Some(error(
            "only the team's own goals and actions can be deleted; exclude this one with x",
        ));
        return;
    }
    let has_actions = state.plan().is_some_and(|p| p.custom_actions.iter().any(|c| c.goal == id));
    if has_actions {
        state.message = Some(error("delete this goal's actions first"));
        return;
    }
    let text =
        state.plan().map(|p| crate::plan::item_text(p, &state.content, id)).unwrap_or_default();
    let deleted = change(state, &format!("{id} deleted"), |plan, _| {
        plan.custom_goals.retain(|g| g.id != id);
        plan.custom_actions.retain(|c| c.id != id);
        plan.items.remove(id);
        Ok(())
    });
    if deleted.is_ok() {
        let undo = key_for(&Action::Undo);
        let short = super::view::fit(&text, 30);
        state.message = Some(info(&format!("{id} '{short}' deleted ({undo} restores it)")));
    }
    clamp_area_cursor(state, a);
}

fn area_fields(state: &mut State, a: usize, action: Action) {
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

fn delete_indicator_or_item(state: &mut State, a: usize, field: &Field) {
    match field {
        Field::Item(id, ItemField::Indicator(i, _)) => {
            let _ = change(state, &format!("{id}: indicator {} deleted", i + 1), |plan, _| {
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

// ---------------------------------------------------------------------------------------------
// Review

/// The review dashboard: Tab walks the panels; in the gaps and health panels the cursor picks
/// an item and Enter shows it in its area step.
fn review(state: &mut State, action: Action) {
    use super::view::dashboard::{GAPS, HEALTH, PANELS};
    let panels = PANELS.len();
    match action {
        Action::NextField => return state.review_panel = (state.review_panel + 1) % panels,
        Action::PrevField => {
            return state.review_panel = (state.review_panel + panels - 1) % panels;
        }
        Action::Panel(n) if n < panels => return state.review_panel = n,
        Action::Back => return back(state),
        _ => {}
    }
    let Some(plan) = state.plan() else { return };
    let items: Vec<Option<String>> = match state.review_panel {
        GAPS => derived::summary(state, plan).gaps.iter().map(|g| Some(g.id.clone())).collect(),
        HEALTH => derived::health(state, plan).findings.iter().map(|f| f.item.clone()).collect(),
        _ => return,
    };
    let page = page(state);
    let cursor =
        if state.review_panel == GAPS { &mut state.gaps_cursor } else { &mut state.review_cursor };
    if move_cursor(cursor, items.len(), &action, page) {
        return;
    }
    if action == Action::Enter
        && let Some(Some(id)) = items.get(*cursor).cloned()
    {
        jump_to(state, &id);
    }
}

/// Generate: pick formats, scroll the preview, write the files.
fn generate(state: &mut State, action: Action) -> Vec<Effect> {
    use super::view::generate::ROWS;
    let write = || {
        Effect::Export(
            crate::export::Format::ALL
                .iter()
                .zip(state.generate_formats)
                .filter(|(_, on)| *on)
                .map(|(f, _)| *f)
                .collect(),
        )
    };
    match action {
        Action::Back => back(state),
        Action::Up | Action::Down | Action::Home => {
            move_cursor(&mut state.generate_cursor, ROWS, &action, 1);
        }
        Action::PageDown => {
            state.preview_scroll = state.preview_scroll.saturating_add(page(state) as u16)
        }
        Action::PageUp => {
            state.preview_scroll = state.preview_scroll.saturating_sub(page(state) as u16)
        }
        Action::WriteFiles => return vec![write()],
        Action::Enter if state.generate_cursor == ROWS - 1 => return vec![write()],
        Action::Enter => state.generate_formats[state.generate_cursor] ^= true,
        _ => {}
    }
    vec![]
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
        state.message = Some(error(&format!("'{id}' is not in the checklist")));
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

// ---------------------------------------------------------------------------------------------
// Overlays

pub fn text_area(text: &str, multiline: bool) -> TextArea<'static> {
    let lines: Vec<String> = if multiline {
        text.lines().map(String::from).collect()
    } else {
        vec![text.replace('\n', " ")]
    };
    let mut area = TextArea::new(if lines.is_empty() { vec![String::new()] } else { lines });
    area.move_cursor(ratatui_textarea::CursorMove::Bottom);
    area.move_cursor(ratatui_textarea::CursorMove::End);
    if multiline {
        area.set_wrap_mode(ratatui_textarea::WrapMode::WordOrGlyph);
    }
    // Reverse video, not a colour, so a selection shows without colour too.
    area.set_selection_style(
        ratatui::style::Style::new().add_modifier(ratatui::style::Modifier::REVERSED),
    );
    area
}

fn open_editor(state: &mut State, target: TextTarget, text: String, multiline: bool) {
    state.editor_keys = false;
    state.overlay = Some(Overlay::Editor {
        target,
        input: text_area(&text, multiline),
        multiline,
        error: None,
    });
}

fn open_picker(state: &mut State, target: PickTarget) {
    if state.plan.as_ref().is_some_and(|p| p.is_read_only()) {
        state.message = Some(error("this plan is open read-only"));
        return;
    }
    state.overlay = Some(Overlay::Picker { target, filter: text_area("", false), cursor: 0 });
}

fn open_conflicts(state: &mut State) {
    match state.plan().map_or(0, |p| p.conflicts.len()) {
        0 => state.message = Some(info("no merge conflicts")),
        _ => state.overlay = Some(Overlay::Conflicts { cursor: 0, choice: 0 }),
    }
}

/// The merge conflicts list: pick a side per field, keep the current value, or go to the item.
fn conflicts(
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
            let label =
                format!("conflict on {} {} resolved", list[cursor].target, list[cursor].field);
            let _ = change(state, &label, |plan, _| {
                if action == Action::Enter {
                    crate::plan::merge::resolve(plan, cursor, choice)
                } else {
                    plan.conflicts.remove(cursor);
                    Ok(())
                }
            });
            choice = 0;
            if state.plan().is_none_or(|p| p.conflicts.is_empty()) {
                state.message = Some(info("all merge conflicts resolved"));
                return vec![];
            }
        }
        Action::Guidance => {
            let target = list[cursor].target.clone();
            if target != "meta" && target != "monitoring" {
                jump_to(state, &target);
                return vec![];
            }
        }
        _ => {}
    }
    state.overlay = Some(Overlay::Conflicts { cursor, choice });
    vec![]
}

fn open_search(state: &mut State) {
    state.overlay = Some(Overlay::Search { input: text_area("", false), hits: vec![], cursor: 0 });
}

fn overlay(state: &mut State, action: Action) -> Vec<Effect> {
    let Some(overlay) = state.overlay.take() else { return vec![] };
    let mode = keymap::mode_of_overlay(&overlay);
    match overlay {
        Overlay::Help { scroll } => {
            state.overlay = scroll_or_close(action, scroll, |s| Overlay::Help { scroll: s })
        }
        Overlay::Guidance { id, scroll } => {
            state.overlay =
                scroll_or_close(action, scroll, |s| Overlay::Guidance { id: id.clone(), scroll: s })
        }
        Overlay::Steps { mut cursor } => {
            let steps = state.steps();
            let page = page(state);
            if !move_cursor(&mut cursor, steps.len(), &action, page) {
                match action {
                    Action::Enter => {
                        go_to(state, steps[cursor]);
                        return vec![];
                    }
                    Action::Back | Action::Steps => return vec![],
                    _ => {}
                }
            }
            state.overlay = Some(Overlay::Steps { cursor });
        }
        Overlay::ConfirmQuit => {
            if action == Action::Yes {
                return quit_or_ask(state);
            }
            if action != Action::No {
                state.overlay = Some(Overlay::ConfirmQuit);
            }
        }
        Overlay::UnsavedQuit => return unsaved_quit(state, action),
        Overlay::ConfirmCreate(path) => match action {
            Action::Yes => return vec![Effect::CreateAt(path)],
            Action::No => {}
            _ => state.overlay = Some(Overlay::ConfirmCreate(path)),
        },
        Overlay::LockQuestion { path, holder } => match action {
            Action::OpenReadOnly => return vec![Effect::OpenReadOnly(path, holder)],
            Action::TakeOver => return vec![Effect::OpenTakingOver(path)],
            Action::No => {}
            _ => state.overlay = Some(Overlay::LockQuestion { path, holder }),
        },
        Overlay::Conflicts { cursor, choice } => return conflicts(state, action, cursor, choice),
        Overlay::Search { input, hits, cursor } => {
            return search(state, action, input, hits, cursor);
        }
        Overlay::Picker { target, filter, cursor } => picker(state, action, target, filter, cursor),
        Overlay::Editor { target, input, multiline, error } => {
            return editor(state, action, target, input, multiline, error, mode);
        }
    }
    vec![]
}

/// Quits, unless the plan has changes in no file: then asks what to do with them.
fn quit_or_ask(state: &mut State) -> Vec<Effect> {
    if state.plan.as_ref().is_some_and(|p| p.has_unsaved_work()) {
        state.overlay = Some(Overlay::UnsavedQuit);
        return vec![];
    }
    vec![Effect::Quit]
}

fn unsaved_quit(state: &mut State, action: Action) -> Vec<Effect> {
    match action {
        Action::SaveElsewhere => {
            let path = save_elsewhere_default(state).display().to_string();
            open_editor(state, TextTarget::SaveElsewhere, path, false);
        }
        // The app quits only if the save then succeeds; otherwise it asks again.
        Action::RetrySave => return vec![Effect::SaveOver, Effect::Quit],
        Action::QuitKeepingBackup => return vec![Effect::QuitKeepingBackup],
        Action::Back => {}
        _ => state.overlay = Some(Overlay::UnsavedQuit),
    }
    vec![]
}

/// Where "save elsewhere" proposes to put the plan: the plans folder under its own file name,
/// or the home folder when the plan already lives in the plans folder.
pub fn save_elsewhere_default(state: &State) -> PathBuf {
    let current = state.plan.as_ref().map(|p| p.path.clone()).unwrap_or_default();
    let name = current.file_name().map_or_else(|| "plan.ron".into(), |n| n.to_os_string());
    let in_plans = crate::paths::plans_dir().join(&name);
    if crate::paths::absolute(&in_plans) != crate::paths::absolute(&current) {
        return in_plans;
    }
    std::env::var_os("HOME").map_or_else(|| PathBuf::from(&name), |h| PathBuf::from(h).join(&name))
}

fn scroll_or_close(action: Action, scroll: u16, make: impl Fn(u16) -> Overlay) -> Option<Overlay> {
    let scroll = match action {
        Action::Back | Action::Help => return None,
        Action::Up => scroll.saturating_sub(1),
        Action::Down => scroll.saturating_add(1),
        Action::PageUp => scroll.saturating_sub(10),
        Action::PageDown => scroll.saturating_add(10),
        Action::Home => 0,
        _ => scroll,
    };
    Some(make(scroll))
}

fn input_text(input: &TextArea<'static>) -> String {
    input.lines().join("\n")
}

fn editor(
    state: &mut State,
    action: Action,
    target: TextTarget,
    mut input: TextArea<'static>,
    multiline: bool,
    error_text: Option<String>,
    _mode: Mode,
) -> Vec<Effect> {
    // The key list shows until the next key; `?` on it types a question mark.
    let keys_shown = std::mem::take(&mut state.editor_keys);
    match action {
        // A one-line prompt is never a trap: Esc leaves it and the old value stays. So does Esc
        // on a text that could not be kept (a read-only plan), once the reason was shown.
        Action::Back if !multiline || error_text.is_some() => {
            let unchanged = input_text(&input) == editor_start(state, &target);
            if target == TextTarget::RosterFilter {
                state.roster_filter = std::mem::take(&mut state.filter_before);
            }
            // The path prompt was opened from the quit question: Esc goes back to it.
            if target == TextTarget::SaveElsewhere {
                state.overlay = Some(Overlay::UnsavedQuit);
                return vec![];
            }
            let note =
                if unchanged { "nothing changed" } else { "cancelled: the old value is kept" };
            state.message = Some(info(note));
            return vec![];
        }
        Action::Help if keys_shown && !multiline => input.insert_char('?'),
        Action::Help => state.editor_keys = !keys_shown,
        Action::Enter | Action::Back => {
            let text = input_text(&input);
            match commit_text(state, &target, &text) {
                Ok(effects) => return effects,
                Err(why) => {
                    state.overlay =
                        Some(Overlay::Editor { target, input, multiline, error: Some(why) });
                    return vec![];
                }
            }
        }
        Action::Undo => {
            input.undo();
        }
        Action::Redo => {
            input.redo();
        }
        Action::Key(key) => {
            input.input(key);
        }
        Action::Paste(text) => {
            let text = crate::sanitize::clean(&text);
            input.insert_str(if multiline { text.into_owned() } else { text.replace('\n', " ") });
        }
        _ => {}
    }
    if target == TextTarget::RosterFilter {
        state.roster_filter = input_text(&input).trim().to_string();
        state.roster_cursor = 0;
    }
    state.overlay = Some(Overlay::Editor { target, input, multiline, error: error_text });
    vec![]
}

/// The text a prompt opens with, to tell whether Esc throws anything away.
fn editor_start(state: &State, target: &TextTarget) -> String {
    match target {
        TextTarget::Field(field) => {
            state.plan().map(|p| fields::text_of(p, &state.content, field)).unwrap_or_default()
        }
        TextTarget::RosterFilter => state.filter_before.clone(),
        _ => String::new(),
    }
}

/// Writes an editor's text where it belongs. An error keeps the editor open with the text.
fn commit_text(state: &mut State, target: &TextTarget, text: &str) -> Result<Vec<Effect>, String> {
    let line = crate::sanitize::clean_line(text).trim().to_string();
    match target {
        TextTarget::Field(field) => {
            let label = format!("{} edited", fields::label(field).trim());
            let apply =
                |plan: &mut Plan, content: &Content| edit::apply_text(plan, content, field, text);
            match field {
                Field::Item(id, _) => change_item(state, id, aspect_of(field), &label, apply)?,
                _ => change(state, &label, apply)?,
            }
        }
        TextTarget::NewPlanTitle if line.is_empty() => {
            return Err("type a title for the plan".into());
        }
        TextTarget::NewPlanTitle => return Ok(vec![Effect::Create { title: line }]),
        TextTarget::OpenPath if line.is_empty() => {
            return Err("type the path of a plan file".into());
        }
        TextTarget::OpenPath => return Ok(vec![Effect::Open(expand_home(&line))]),
        TextTarget::SaveElsewhere if line.is_empty() => {
            return Err("type the path of the file to save the plan in".into());
        }
        TextTarget::SaveElsewhere => {
            return Ok(vec![Effect::SaveAs(expand_home(&line)), Effect::Quit]);
        }
        TextTarget::RosterFilter => state.roster_filter = line,
        TextTarget::NewInstitution => add_institution(state, &line)?,
        TextTarget::NewCustomAction { goal } => {
            if line.is_empty() {
                return Ok(vec![]);
            }
            let mut new_id = String::new();
            change(state, "action added", |plan, _| {
                new_id = add_custom_action(plan, goal, &line);
                Ok(())
            })?;
            jump_to(state, &new_id);
        }
        TextTarget::NewCustomGoal { area } => {
            if line.is_empty() {
                return Ok(vec![]);
            }
            let mut new_id = String::new();
            change(state, "goal added", |plan, _| {
                new_id = add_custom_goal(plan, area, &line);
                Ok(())
            })?;
            jump_to(state, &new_id);
        }
    }
    Ok(vec![])
}

fn expand_home(path: &str) -> PathBuf {
    match (path.strip_prefix("~/"), std::env::var_os("HOME")) {
        (Some(rest), Some(home)) => PathBuf::from(home).join(rest),
        _ => PathBuf::from(path),
    }
}

/// "Anti-Trafficking Office, ATO" adds an institution of the plan's own.
fn add_institution(state: &mut State, line: &str) -> Result<(), String> {
    if line.is_empty() {
        return Ok(());
    }
    let (name, code) = parse_institution(line)?;
    change(state, &format!("{code} added"), |plan, content| {
        add_custom_institution(plan, content, &name, &code)
    })?;
    state.message = Some(info(&format!("{code} added; Left/Right sets its type")));
    Ok(())
}

/// Where a picker entry comes from; the picker shows each as its own section, so choosing an
/// institution that is not on the roster (and so adds it) is never a surprise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum PickSection {
    /// Suggested by the content pack for this action.
    Suggested,
    /// On the plan's roster.
    Roster,
    /// The rest of the catalogue: choosing one adds it to the roster.
    Catalogue,
}

/// An entry of a picker: an institution, whether the content suggests it, whether it is chosen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PickEntry {
    pub id: String,
    pub code: String,
    pub name: String,
    pub suggested: bool,
    pub chosen: bool,
    pub on_roster: bool,
    pub section: PickSection,
    /// How well it matches the filter: 0 exact code, 1 code prefix, 2 name words (0 unfiltered).
    pub rank: u8,
}

/// How an institution matches a typed filter: an exact code (or id) first, then a code prefix,
/// then words of the name (each typed word starts a word of the name). None: no match.
pub fn match_rank(filter: &str, id: &str, code: &str, name: &str) -> Option<u8> {
    let filter = filter.trim().to_lowercase();
    if filter.is_empty() {
        return Some(0);
    }
    let code = code.to_lowercase();
    if code == filter || id.to_lowercase() == filter {
        return Some(0);
    }
    if code.starts_with(&filter) {
        return Some(1);
    }
    let name = name.to_lowercase();
    let words: Vec<&str> = name.split(|c: char| !c.is_alphanumeric()).collect();
    let all = filter.split_whitespace().all(|f| words.iter().any(|w| w.starts_with(f)));
    all.then_some(2)
}

/// Picker entries in sections (suggested, roster, catalogue), each ordered by how well it
/// matches the filter; entries that do not match are left out.
pub fn pick_entries(state: &State, target: &PickTarget, filter: &str) -> Vec<PickEntry> {
    let Some(plan) = state.plan() else { return vec![] };
    let content = &state.content;
    let (suggested, chosen): (Vec<String>, Vec<String>) = match target {
        PickTarget::Lead(id) | PickTarget::Partners(id) => {
            let lead = matches!(target, PickTarget::Lead(_));
            let suggested = content
                .action(id)
                .map(|(g, a)| {
                    if lead { content.action_lead(g, a) } else { content.action_partners(g, a) }
                        .to_vec()
                })
                .unwrap_or_default();
            let d = plan.decision(id);
            let chosen = if lead {
                d.and_then(|d| d.lead.clone()).into_iter().collect()
            } else {
                d.map(|d| d.partners.clone()).unwrap_or_default()
            };
            (suggested, chosen)
        }
        PickTarget::MonitoringBody => {
            (vec!["nco".into(), "ncb".into()], vec![plan.monitoring.body.clone()])
        }
    };
    let mut ids: Vec<String> = suggested.clone();
    ids.extend(plan.roster.institutions.iter().cloned());
    ids.extend(plan.roster.custom.iter().map(|c| c.id.clone()));
    ids.extend(content.institutions.iter().map(|i| i.id.clone()));
    let mut seen = std::collections::BTreeSet::new();
    ids.retain(|id| seen.insert(id.clone()));
    let mut entries: Vec<PickEntry> = ids
        .into_iter()
        .filter_map(|id| {
            let code = plan.institution_code(&id, content).to_string();
            let name = plan.institution_name(&id, content).to_string();
            let rank = match_rank(filter, &id, &code, &name)?;
            let suggested = suggested.contains(&id);
            let on_roster = plan.in_roster(&id);
            let section = match (suggested, on_roster) {
                (true, _) => PickSection::Suggested,
                (false, true) => PickSection::Roster,
                (false, false) => PickSection::Catalogue,
            };
            Some(PickEntry {
                chosen: chosen.contains(&id),
                code,
                name,
                suggested,
                on_roster,
                section,
                rank,
                id,
            })
        })
        .collect();
    entries.sort_by_key(|e| (e.section, e.rank));
    entries
}

/// Where the picker's cursor goes as the filter changes: the best match (an exact code wins
/// over a suggestion that only matches by name).
fn best_match(entries: &[PickEntry]) -> usize {
    let best = entries.iter().map(|e| e.rank).min().unwrap_or(0);
    entries.iter().position(|e| e.rank == best).unwrap_or(0)
}

fn picker(
    state: &mut State,
    action: Action,
    target: PickTarget,
    mut filter: TextArea<'static>,
    mut cursor: usize,
) {
    let typed = input_text(&filter);
    let entries = pick_entries(state, &target, &typed);
    let page = page(state);
    if move_cursor(&mut cursor, entries.len(), &action, page) {
        state.overlay = Some(Overlay::Picker { target, filter, cursor });
        return;
    }
    let chosen = entries.get(cursor).cloned();
    match action {
        Action::Back => return,
        Action::Enter | Action::ToggleInclude => {
            let Some(entry) = chosen else {
                let close = keymap::key_for(Mode::Picker, &Action::Back).unwrap_or_default();
                state.message = Some(error(&format!(
                    "no institution matches '{}': Backspace changes the filter, {close} closes",
                    typed.trim()
                )));
                state.overlay = Some(Overlay::Picker { target, filter, cursor });
                return;
            };
            let close = pick(state, &target, &entry);
            if close && action == Action::Enter {
                return;
            }
            // The filter starts afresh after each pick, so the next code is not appended to it.
            filter = text_area("", false);
            let all = pick_entries(state, &target, "");
            cursor = all.iter().position(|e| e.id == entry.id).unwrap_or(0);
        }
        Action::Key(key) => {
            filter.input(key);
            cursor = best_match(&pick_entries(state, &target, &input_text(&filter)));
        }
        Action::Paste(text) => {
            filter.insert_str(text.replace('\n', " "));
            cursor = best_match(&pick_entries(state, &target, &input_text(&filter)));
        }
        _ => {}
    }
    state.overlay = Some(Overlay::Picker { target, filter, cursor });
}

/// Applies a picker choice; returns true when the picker should close (single choice).
fn pick(state: &mut State, target: &PickTarget, entry: &PickEntry) -> bool {
    match target {
        PickTarget::Lead(id) => {
            set_lead(state, id, &entry.id);
            true
        }
        PickTarget::Partners(id) => {
            toggle_partner(state, id, entry);
            false
        }
        PickTarget::MonitoringBody => {
            let before = state.plan().cloned();
            let _ = change(state, "monitoring body", |plan, _| {
                if !plan.in_roster(&entry.id) {
                    plan.roster.institutions.push(entry.id.clone());
                }
                plan.monitoring.body = entry.id.clone();
                Ok(())
            });
            if let (Some(before), Some(after)) = (before, state.plan()) {
                let mut said = vec![format!("monitoring body {}", entry.code)];
                said.extend(changes::roster_texts(&before, after, &state.content));
                state.message = Some(info(&said.join("; ")));
            }
            true
        }
    }
}

/// Marks or unmarks a partner; the lead is never also a partner, and the picker says so.
fn toggle_partner(state: &mut State, id: &str, entry: &PickEntry) {
    let lead = state.plan().and_then(|p| p.decision(id)).and_then(|d| d.lead.clone());
    if lead.as_deref() == Some(entry.id.as_str()) {
        let pick = key_for(&Action::PickLead);
        state.message = Some(error(&format!(
            "{} leads {id}, so it is not also a partner ({pick} changes the lead)",
            entry.code
        )));
        return;
    }
    let label = format!("{id} partner {}", entry.code);
    let _ = change_item(state, id, Aspect::Partners, &label, |plan, content| {
        let d = plan.items.entry(id.to_string()).or_default();
        if let Some(pos) = d.partners.iter().position(|p| p == &entry.id) {
            d.partners.remove(pos);
            return Ok(());
        }
        d.partners.push(entry.id.clone());
        if !plan.in_roster(&entry.id) {
            plan.roster.institutions.push(entry.id.clone());
        }
        edit::include_when_decided(plan, content, id);
        Ok(())
    });
}

/// Every goal and action (content and custom) whose id or words match all the query's words.
pub fn search_hits(state: &State, query: &str) -> Vec<Hit> {
    find_items(&state.content, state.plan(), query)
}

fn search(
    state: &mut State,
    action: Action,
    mut input: TextArea<'static>,
    mut hits: Vec<Hit>,
    mut cursor: usize,
) -> Vec<Effect> {
    let page = page(state);
    if move_cursor(&mut cursor, hits.len(), &action, page) {
        state.overlay = Some(Overlay::Search { input, hits, cursor });
        return vec![];
    }
    match action {
        Action::Back => return vec![],
        Action::Enter => {
            if let Some(hit) = hits.get(cursor) {
                if state.plan.is_none() {
                    state.message = Some(error("open or create a plan first"));
                    return vec![];
                }
                let id = hit.id.clone();
                jump_to(state, &id);
                return vec![];
            }
        }
        Action::Key(key) => {
            input.input(key);
            hits = search_hits(state, &input_text(&input));
            cursor = 0;
        }
        Action::Paste(text) => {
            input.insert_str(text.replace('\n', " "));
            hits = search_hits(state, &input_text(&input));
            cursor = 0;
        }
        _ => {}
    }
    state.overlay = Some(Overlay::Search { input, hits, cursor });
    vec![]
}
