//! Quitting, the questions before it, and where unsaved work can go.

use super::effect::Effect;
use super::prompt::open_editor;
use crate::store::Holder;
use crate::tui::action::Action;
use crate::tui::state::{OpenPlan, Overlay, SaveState, State, TextTarget};
use std::path::PathBuf;

/// Quits, unless the plan has changes its file refused: then asks what to do with them.
/// Changes waiting for the autosave are saved by the quit itself (it asks if that fails).
pub(super) fn quit_or_ask(state: &mut State) -> Vec<Effect> {
    let refused = |p: &OpenPlan| p.has_unsaved_work() && p.save != SaveState::Unsaved;
    if state.plan.as_ref().is_some_and(refused) {
        state.overlay = Some(Overlay::UnsavedQuit);
        return vec![];
    }
    vec![Effect::Quit]
}

pub(super) fn unsaved_quit(state: &mut State, action: Action) -> Vec<Effect> {
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

/// "Quit napwiz?": yes quits (or asks about unsaved work), no stays.
pub(super) fn confirm_quit(state: &mut State, action: Action) -> Vec<Effect> {
    match action {
        Action::Yes => return quit_or_ask(state),
        Action::No => {}
        _ => state.overlay = Some(Overlay::ConfirmQuit),
    }
    vec![]
}

/// "'PATH' does not exist. Create a new plan there?"
pub(super) fn confirm_create(state: &mut State, action: Action, path: PathBuf) -> Vec<Effect> {
    match action {
        Action::Yes => return vec![Effect::CreateAt(path)],
        Action::No => {}
        _ => state.overlay = Some(Overlay::ConfirmCreate(path)),
    }
    vec![]
}

/// A plan locked on another computer: open it read-only, take the lock over, or leave it.
pub(super) fn lock_question(
    state: &mut State,
    action: Action,
    path: PathBuf,
    holder: Holder,
) -> Vec<Effect> {
    match action {
        Action::OpenReadOnly => return vec![Effect::OpenReadOnly(path, holder)],
        Action::TakeOver => return vec![Effect::OpenTakingOver(path)],
        Action::No => {}
        _ => state.overlay = Some(Overlay::LockQuestion { path, holder }),
    }
    vec![]
}
