//! The text editor overlay: typing, and writing the text where it belongs when it closes.

use super::change::{aspect_of, change, change_item};
use super::effect::Effect;
use super::message::info;
use super::nav::jump_to;
use super::prompt::input_text;
use super::roster::add_institution;
use crate::content::Content;
use crate::plan::Plan;
use crate::plan::edit::{self, add_custom_action, add_custom_goal};
use crate::plan::fields::{self, Field};
use crate::plan::patch::Touches;
use crate::tui::action::Action;
use crate::tui::state::{Overlay, State, TextTarget};
use ratatui_textarea::TextArea;
use std::path::PathBuf;

pub(super) fn editor(
    state: &mut State,
    action: Action,
    target: TextTarget,
    mut input: TextArea<'static>,
    multiline: bool,
    error_text: Option<String>,
) -> Vec<Effect> {
    // The key list shows until the next key; `?` on it types a question mark.
    let keys_shown = std::mem::take(&mut state.editor_keys);
    match action {
        // A one-line prompt is never a trap: Esc leaves it and the old value stays. So does Esc
        // on a text that could not be kept (a read-only plan), once the reason was shown.
        Action::Back if !multiline || error_text.is_some() => {
            cancel(state, &target, &input);
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
        state.roster.filter = input_text(&input).trim().to_string();
        state.roster.cursor = 0;
    }
    state.overlay = Some(Overlay::Editor { target, input, multiline, error: error_text });
    vec![]
}

/// Esc on a prompt: the old value stays, and the status line says whether anything was lost.
fn cancel(state: &mut State, target: &TextTarget, input: &TextArea<'static>) {
    let unchanged = input_text(input) == editor_start(state, target);
    if *target == TextTarget::RosterFilter {
        state.roster.filter = std::mem::take(&mut state.roster.filter_before);
    }
    // The path prompt was opened from the quit question: Esc goes back to it.
    if *target == TextTarget::SaveElsewhere {
        state.overlay = Some(Overlay::UnsavedQuit);
        return;
    }
    let note = if unchanged {
        crate::fl!("editor-nothing-changed")
    } else {
        crate::fl!("editor-cancelled")
    };
    state.message = Some(info(&note));
}

/// The text a prompt opens with, to tell whether Esc throws anything away.
pub(super) fn editor_start(state: &State, target: &TextTarget) -> String {
    match target {
        TextTarget::Field(field) => {
            state.plan().map(|p| fields::text_of(p, &state.content, field)).unwrap_or_default()
        }
        TextTarget::RosterFilter => state.roster.filter_before.clone(),
        _ => String::new(),
    }
}

/// Writes an editor's text where it belongs. An error keeps the editor open with the text.
pub(super) fn commit_text(
    state: &mut State,
    target: &TextTarget,
    text: &str,
) -> Result<Vec<Effect>, String> {
    let line = crate::sanitize::clean_line(text).trim().to_string();
    match target {
        TextTarget::Field(field) => {
            let label =
                crate::fl!("editor-edited", field = fields::label(field).trim().to_string());
            let apply =
                |plan: &mut Plan, content: &Content| edit::apply_text(plan, content, field, text);
            match field {
                Field::Item(id, _) => change_item(state, id, aspect_of(field), &label, apply)?,
                _ => change(state, &label, Touches::field(field), apply)?,
            }
        }
        TextTarget::NewPlanTitle if line.is_empty() => {
            return Err(crate::fl!("editor-need-title"));
        }
        TextTarget::NewPlanTitle => return Ok(vec![Effect::Create { title: line }]),
        TextTarget::OpenPath if line.is_empty() => {
            return Err(crate::fl!("editor-need-path"));
        }
        TextTarget::OpenPath => return Ok(vec![Effect::Open(expand_home(&line))]),
        TextTarget::SaveElsewhere if line.is_empty() => {
            return Err(crate::fl!("editor-need-save-path"));
        }
        TextTarget::SaveElsewhere => {
            return Ok(vec![Effect::SaveAs(expand_home(&line)), Effect::Quit]);
        }
        TextTarget::RosterFilter => state.roster.filter = line,
        TextTarget::NewInstitution => add_institution(state, &line)?,
        TextTarget::NewCustomAction { goal } => {
            if line.is_empty() {
                return Ok(vec![]);
            }
            let mut new_id = String::new();
            change(state, &crate::fl!("editor-action-added"), Touches::NoDecision, |plan, _| {
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
            change(state, &crate::fl!("editor-goal-added"), Touches::NoDecision, |plan, _| {
                new_id = add_custom_goal(plan, area, &line);
                Ok(())
            })?;
            jump_to(state, &new_id);
        }
    }
    Ok(vec![])
}

pub(super) fn expand_home(path: &str) -> PathBuf {
    match (path.strip_prefix("~/"), std::env::var_os("HOME")) {
        (Some(rest), Some(home)) => PathBuf::from(home).join(rest),
        _ => PathBuf::from(path),
    }
}
