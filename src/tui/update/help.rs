//! Scrolling overlays (help, guidance).

use crate::tui::action::Action;
use crate::tui::state::Overlay;

pub(super) fn scroll_or_close(
    action: Action,
    scroll: u16,
    make: impl Fn(u16) -> Overlay,
) -> Option<Overlay> {
    let scroll = match action {
        Action::Back | Action::Help => return None,
        Action::Up => scroll.saturating_sub(1),
        Action::Down => scroll.saturating_add(1),
        Action::PageUp => scroll.saturating_sub(10),
        Action::PageDown => scroll.saturating_add(10),
        Action::Home => 0,
        _ => scroll,
    };
    Some(make(scroll))
}
