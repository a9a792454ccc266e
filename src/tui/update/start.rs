//! The start screen: new plan, demo, open a file, recent plans.

use super::effect::Effect;
use super::nav::{move_cursor, page};
use super::prompt::open_editor;
use crate::tui::action::Action;
use crate::tui::state::{Overlay, StartEntry, State, TextTarget};

pub(super) fn start(state: &mut State, action: Action) -> Vec<Effect> {
    let page = page(state);
    let entries = state.start_entries();
    if move_cursor(&mut state.start.cursor, entries.len(), &action, page) {
        return vec![];
    }
    match action {
        Action::Back => state.overlay = Some(Overlay::ConfirmQuit),
        Action::Enter => match entries.get(state.start.cursor).cloned() {
            Some(StartEntry::Monitor) => super::monitor::open_monitor(state),
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
