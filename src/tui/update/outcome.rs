//! What the app loop did about an effect (opened, saved, exported, failed), shown in the state.

use std::path::PathBuf;

use super::follow;
use super::message::{error, info};
use super::prompt::text_area;
use crate::tui::action::{Opened, Outcome};
use crate::tui::state::{Message, OpenPlan, Overlay, SaveState, State, Step, TextTarget};

pub(super) fn done(state: &mut State, outcome: Outcome) {
    match outcome {
        Outcome::Opened(opened) => open(state, *opened),
        Outcome::LockedElsewhere { path, holder } => {
            state.overlay = Some(Overlay::LockQuestion { path, holder })
        }
        Outcome::Missing(path) => state.overlay = Some(Overlay::ConfirmCreate(path)),
        Outcome::Created(path) => created(state, &path),
        Outcome::KeptAside(kept) => {
            let text = match state.message.take() {
                Some(m) => format!("{} {kept}", m.text),
                None => kept,
            };
            state.message = Some(error(&text));
        }
        Outcome::Saved { save, note } => saved(state, save, note),
        Outcome::SavedAs { path, shown } => saved_as(state, path, &shown),
        Outcome::SaveAsRefused { path, why } => {
            state.overlay = Some(Overlay::Editor {
                target: TextTarget::SaveElsewhere,
                input: text_area(&path.display().to_string(), false),
                multiline: false,
                error: Some(why),
            });
        }
        Outcome::Exported(text) => state.message = Some(info(&text)),
        Outcome::KeptBackup(farewell) => {
            state.farewell = Some(farewell);
            state.quit = true;
        }
        Outcome::BackupRefused(why) => {
            state.message = Some(error(&why));
            state.overlay = Some(Overlay::UnsavedQuit);
        }
        Outcome::Leave => leave(state),
        Outcome::Failed(why) => state.message = Some(error(&why)),
        Outcome::Follow(following) => follow::start(state, *following),
        Outcome::Followed { plan, lines, at } => follow::followed(state, *plan, lines, at),
        Outcome::FollowedRecords { records, at } => follow::followed_records(state, records, at),
        Outcome::FollowProblem(why) => follow::problem(state, why),
        Outcome::Writer(holder) => follow::writer(state, holder),
        Outcome::FacilitatorAt(place) => follow::facilitator_at(state, place),
        Outcome::MarksFaded => follow::marks_faded(state),
        Outcome::Resume(place) => {
            crate::tui::resume::resume(state, &place);
        }
    }
}

/// A plan loaded: it replaces the open one, on the setup step or where it was left.
fn open(state: &mut State, opened: Opened) {
    let Opened { path, plan, read_only, mut notices, place, moved } = opened;
    let mut open = OpenPlan::new(path, plan, read_only);
    if moved && !open.is_read_only() {
        open.save = SaveState::Unsaved;
    }
    state.plan = Some(open);
    // A plan opened is written or read-only; following it is said after, when it is followed.
    state.follow = None;
    for view in &mut state.areas {
        *view = Default::default();
    }
    state.step = Step::Setup;
    state.return_to = None;
    let resumed = place.and_then(|place| crate::tui::resume::resume(state, &place));
    if let Some(name) = resumed {
        notices.push(crate::fl!("outcome-resumed", place = name));
    }
    let notices = notices.join(" ");
    if !notices.is_empty() {
        state.message = Some(info(&notices));
    }
}

/// An error from opening (the previous plan's work kept aside) must stay visible.
fn created(state: &mut State, path: &std::path::Path) {
    let created = crate::fl!("outcome-created", path = path.display().to_string());
    state.message = Some(match state.message.take() {
        Some(m) if m.error => error(&format!("{created}. {}", m.text)),
        _ => info(&created),
    });
}

fn saved(state: &mut State, save: SaveState, note: Option<Message>) {
    let Some(open) = state.plan.as_mut() else { return };
    open.save = save;
    if let Some(note) = note {
        state.message = Some(note);
    }
}

fn saved_as(state: &mut State, path: PathBuf, shown: &str) {
    let Some(open) = state.plan.as_mut() else { return };
    open.path = path;
    open.save = SaveState::Saved;
    state.message = Some(info(&crate::fl!("outcome-saved-as", path = shown)));
    state.farewell = Some(crate::fl!("rescue-saved", path = shown));
}

/// Quits once everything is in a file; otherwise asks what to do with the unsaved work (unless
/// a dialog about it is already open).
fn leave(state: &mut State) {
    if state.plan.as_ref().is_some_and(|p| p.has_unsaved_work()) {
        if state.overlay.is_none() {
            state.overlay = Some(Overlay::UnsavedQuit);
        }
        return;
    }
    state.quit = true;
}
