//! Opening the text prompts and the picker, which several screens do.

use super::message::error;
use crate::tui::state::{Overlay, PickTarget, State, TextTarget};
use ratatui_textarea::TextArea;

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

pub(super) fn open_editor(state: &mut State, target: TextTarget, text: String, multiline: bool) {
    state.editor_keys = false;
    state.overlay = Some(Overlay::Editor {
        target,
        input: text_area(&text, multiline),
        multiline,
        error: None,
    });
}

pub(super) fn input_text(input: &TextArea<'static>) -> String {
    input.lines().join("\n")
}

pub(super) fn open_picker(state: &mut State, target: PickTarget) {
    if state.plan.as_ref().is_some_and(|p| p.is_read_only()) {
        state.message = Some(error(&crate::fl!("prompt-read-only")));
        return;
    }
    state.overlay = Some(Overlay::Picker { target, filter: text_area("", false), cursor: 0 });
}
