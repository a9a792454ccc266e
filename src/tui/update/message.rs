//! The status line's messages, and key names for them from the key map.

use crate::tui::action::Action;
use crate::tui::keymap::{self, Mode};
use crate::tui::state::Message;

pub(super) fn info(text: &str) -> Message {
    Message { text: text.into(), error: false }
}

pub(super) fn error(text: &str) -> Message {
    Message { text: text.into(), error: true }
}

/// "Ctrl+Z": the key that does `action` in the area list, as the key map (and config) say.
pub(super) fn key_for(action: &Action) -> String {
    keymap::key_for(Mode::AreaList, action).unwrap_or_else(|| format!("{action:?}"))
}
