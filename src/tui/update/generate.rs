//! The Generate step: formats to write, the preview's scroll, writing the files.

use super::effect::Effect;
use super::nav::{back, move_cursor, page};
use crate::tui::action::Action;
use crate::tui::state::State;

/// Generate: pick formats, scroll the preview, write the files.
pub(super) fn generate(state: &mut State, action: Action) -> Vec<Effect> {
    use crate::tui::state::GENERATE_ROWS as ROWS;
    let write = || {
        Effect::Export(
            crate::export::Format::ALL
                .iter()
                .zip(state.generate.formats)
                .filter(|(_, on)| *on)
                .map(|(f, _)| *f)
                .collect(),
        )
    };
    match action {
        Action::Back => back(state),
        Action::Up | Action::Down | Action::Home => {
            move_cursor(&mut state.generate.cursor, ROWS, &action, 1);
        }
        Action::PageDown => {
            state.generate.preview_scroll =
                state.generate.preview_scroll.saturating_add(page(state) as u16)
        }
        Action::PageUp => {
            state.generate.preview_scroll =
                state.generate.preview_scroll.saturating_sub(page(state) as u16)
        }
        Action::WriteFiles => return vec![write()],
        Action::Enter if state.generate.cursor == ROWS - 1 => return vec![write()],
        Action::Enter => state.generate.formats[state.generate.cursor] ^= true,
        _ => {}
    }
    vec![]
}
