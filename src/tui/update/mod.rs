//! `update`: the one place the wizard's state changes. Pure: no I/O; what needs the outside
//! world (opening, creating, quitting) is returned as an [`Effect`] for the app loop. One file
//! per screen and overlay, mirroring `view/`; this file only dispatches.

mod area;
mod change;
mod conflicts;
mod dashboard;
mod editor;
mod effect;
mod follow;
mod form;
mod generate;
mod help;
mod link;
mod message;
mod monitor;
mod mouse;
mod nav;
mod outcome;
mod picker;
mod prompt;
mod quit;
mod roster;
mod search;
mod start;

pub use effect::Effect;
pub use nav::jump_to;
pub use prompt::text_area;
pub use quit::save_elsewhere_default;

use crate::plan::fields;
use crate::tui::action::Action;
use crate::tui::state::{Overlay, SaveState, State, Step};
use area::area;
use change::{redo, undo};
use conflicts::{conflicts, open_conflicts};
use dashboard::review;
use editor::editor;
use form::form;
use generate::generate;
use help::scroll_or_close;
use message::{error, info, key_for};
use nav::{go_relative, steps_list};
use picker::picker;
use quit::{confirm_create, confirm_quit, lock_question, quit_or_ask, unsaved_quit};
use roster::roster;
use search::{open_search, search};
use start::start;

/// Applies an action; then the checklist follows the plan's language, and the area list scrolls
/// as far as its cursor needs.
pub fn update(state: &mut State, action: Action) -> Vec<Effect> {
    let before = link::before(state);
    let effects = dispatch(state, action);
    state.follow_plan_language();
    nav::keep_area_list_in_view(state);
    link::after(state, before);
    effects
}

fn dispatch(state: &mut State, action: Action) -> Vec<Effect> {
    let action = match terminal_action(state, action) {
        Ok(effects) => return effects,
        Err(action) => action,
    };
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
            let cursor = state.step_list_cursor();
            state.overlay = Some(Overlay::Steps { cursor });
        }
        Action::Search => open_search(state),
        Action::Conflicts => open_conflicts(state),
        Action::Monitor => monitor::open_monitor(state),
        Action::SaveOver => return save_over(state),
        Action::Undo => undo(state),
        Action::Redo => redo(state),
        Action::NextStep => go_relative(state, 1),
        Action::PrevStep => go_relative(state, -1),
        Action::FollowFacilitator | Action::TakeOverWriting => {
            return follow::action(state, action);
        }
        action => return step_action(state, action),
    }
    vec![]
}

/// What happens the same over every screen and dialog and leaves the message line alone:
/// terminal settings, clicks, the app's reports. Err hands any other action back.
fn terminal_action(state: &mut State, action: Action) -> Result<Vec<Effect>, Action> {
    match action {
        Action::Resize(w, h) => state.size = (w, h),
        Action::CycleTheme => {
            state.look.theme = state.look.theme.next();
            let next = key_for(&Action::CycleTheme);
            let theme = state.look.theme.label();
            state.message = Some(info(&crate::fl!("update-theme", theme = theme, key = next)));
            return Ok(vec![Effect::SaveSettings]);
        }
        Action::ToggleMouse => {
            state.mouse = !state.mouse;
            let note = if state.mouse {
                crate::fl!("update-mouse-on")
            } else {
                crate::fl!("update-mouse-off")
            };
            state.message = Some(info(&note));
            return Ok(vec![Effect::SetMouse(state.mouse), Effect::SaveSettings]);
        }
        Action::Redraw => return Ok(vec![Effect::Redraw]),
        Action::Settle => link::settle(state),
        Action::Done(outcome) => outcome::done(state, outcome),
        Action::Click(click) => mouse::click(state, click),
        other => return Err(other),
    }
    Ok(vec![])
}

/// Ctrl+S: save over a file that changed on disk, or after a failed save.
fn save_over(state: &mut State) -> Vec<Effect> {
    match state.plan.as_ref().map(|p| &p.save) {
        Some(SaveState::Failed(_) | SaveState::ChangedOnDisk(_)) => return vec![Effect::SaveOver],
        Some(SaveState::ReadOnly(why)) => {
            state.message = Some(error(&crate::fl!("change-read-only", why = why.clone())))
        }
        Some(_) => {
            state.message = Some(info(&crate::fl!("update-everything-saved")));
            return vec![Effect::Compact];
        }
        None => state.message = Some(info(&crate::fl!("update-everything-saved"))),
    }
    vec![]
}

pub(super) fn step_action(state: &mut State, action: Action) -> Vec<Effect> {
    match state.step {
        Step::Start => return start(state, action),
        Step::Setup => form(state, action, fields::meta_fields()),
        Step::Monitoring => form(state, action, fields::monitoring_fields()),
        Step::Roster => roster(state, action),
        Step::Area(i) => area(state, i, action),
        Step::Review => review(state, action),
        Step::Generate => return generate(state, action),
        Step::Monitor => monitor::monitor(state, action),
        Step::Progress => monitor::progress(state, action),
    }
    vec![]
}

fn overlay(state: &mut State, action: Action) -> Vec<Effect> {
    let Some(overlay) = state.overlay.take() else { return vec![] };
    match overlay {
        Overlay::Help { scroll } => {
            state.overlay = scroll_or_close(action, scroll, |s| Overlay::Help { scroll: s })
        }
        Overlay::Guidance { id, scroll } => {
            state.overlay =
                scroll_or_close(action, scroll, |s| Overlay::Guidance { id: id.clone(), scroll: s })
        }
        Overlay::Steps { cursor } => steps_list(state, action, cursor),
        Overlay::ConfirmQuit => return confirm_quit(state, action),
        Overlay::ConfirmPeriod(asked) => monitor::confirm_period(state, action, asked),
        Overlay::StartMonitoring => monitor::start_monitoring(state, action),
        Overlay::UnsavedQuit => return unsaved_quit(state, action),
        Overlay::ConfirmCreate(path) => return confirm_create(state, action, path),
        Overlay::LockQuestion { path, holder } => {
            return lock_question(state, action, path, holder);
        }
        Overlay::Conflicts { cursor, choice } => return conflicts(state, action, cursor, choice),
        Overlay::Search { input, hits, cursor } => {
            return search(state, action, input, hits, cursor);
        }
        Overlay::Picker { target, filter, cursor } => picker(state, action, target, filter, cursor),
        Overlay::Editor { target, input, multiline, error } => {
            return editor(state, action, target, input, multiline, error);
        }
    }
    vec![]
}
