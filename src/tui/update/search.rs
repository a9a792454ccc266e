//! The search overlay over the checklist and the plan's own items.

use super::effect::Effect;
use super::message::error;
use super::nav::{jump_to, move_cursor, page};
use super::prompt::{input_text, text_area};
use crate::tui::action::Action;
use crate::tui::select::search_hits;
use crate::tui::state::{Hit, Overlay, State};
use ratatui_textarea::TextArea;

pub(super) fn open_search(state: &mut State) {
    state.overlay = Some(Overlay::Search { input: text_area("", false), hits: vec![], cursor: 0 });
}

pub(super) fn search(
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
                    state.message = Some(error(&crate::fl!("change-no-plan")));
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
