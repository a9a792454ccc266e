//! Every style the wizard uses, in one place. Meaning is never carried by colour alone: the
//! selection is reversed and marked with '>', decisions are written as [x] / [-] / [ ] and words.

use ratatui::style::{Color, Modifier, Style};

#[derive(Debug, Clone, Copy)]
pub struct Theme {
    pub title: Style,
    pub header: Style,
    pub selected: Style,
    pub muted: Style,
    pub key: Style,
    pub error: Style,
    pub ok: Style,
    pub heading: Style,
}

impl Theme {
    /// The 16 named ANSI colours, so the terminal's own palette (and its contrast settings) apply.
    pub fn default_ansi() -> Theme {
        Theme {
            title: Style::new().add_modifier(Modifier::BOLD),
            header: Style::new().fg(Color::Black).bg(Color::Cyan),
            selected: Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
            muted: Style::new().fg(Color::DarkGray),
            key: Style::new().add_modifier(Modifier::BOLD | Modifier::REVERSED),
            error: Style::new().fg(Color::Red).add_modifier(Modifier::BOLD),
            ok: Style::new().fg(Color::Green),
            heading: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
        }
    }
}
