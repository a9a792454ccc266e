//! The Generate step: formats to write, the preview's scroll, writing the files.

use super::effect::Effect;
use super::nav::{back, move_cursor, page};
use crate::tui::action::Action;
use crate::tui::state::State;

/// Generate: pick formats, scroll the preview, write the files.
pub(super) fn generate(state: &mut State, action: Action) -> Vec<Effect> {
    use crate::tui::state::{GENERATE_CLEAN_ROW, GENERATE_ROWS as ROWS};
    let write = || {
        let formats = crate::export::Format::ALL
            .iter()
            .zip(state.generate.formats)
            .filter(|(_, on)| *on)
            .map(|(f, _)| *f)
            .collect();
        if state.generate.clean { Effect::ExportClean(formats) } else { Effect::Export(formats) }
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
        Action::Enter if state.generate.cursor == GENERATE_CLEAN_ROW => toggle_clean(state),
        Action::Enter => state.generate.formats[state.generate.cursor] ^= true,
        _ => {}
    }
    vec![]
}

/// Says what the choice means, since the draft written differs a lot between the two.
fn toggle_clean(state: &mut State) {
    state.generate.clean ^= true;
    let said = if state.generate.clean {
        crate::fl!("generate-clean-on")
    } else {
        crate::fl!("generate-clean-off")
    };
    state.message = Some(super::message::info(&said));
}
