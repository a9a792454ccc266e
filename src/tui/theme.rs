//! Every style and glyph the wizard uses, in one place. Meaning is never carried by colour alone:
//! the selection is reversed and marked with '>', decisions are written as [x] / [-] / [ ] and
//! words, so every theme (and no colour at all) reads the same.

use ratatui::style::{Color, Modifier, Style};
use ratatui::symbols::border;
use ratatui::text::Span;
use ratatui::widgets::Block;

pub use crate::look::{ColorDepth, Look, ThemeName, term_has_colour, wants_ascii};

/// The symbol beside a report's status word (`None`: no report yet). Every symbol is one
/// narrow cell; the ASCII set is for terminals without Unicode.
pub fn status_symbol(status: Option<crate::plan::monitor::Status>, ascii: bool) -> &'static str {
    use crate::plan::monitor::Status;
    match (status, ascii) {
        (None, _) => "?",
        (Some(Status::NotStarted), false) => "\u{b7}",
        (Some(Status::NotStarted), true) => ".",
        (Some(Status::OnTrack), false) => "\u{bb}",
        (Some(Status::OnTrack), true) => ">",
        (Some(Status::Delayed), _) => "!",
        (Some(Status::Completed), false) => "\u{2713}",
        (Some(Status::Completed), true) => "+",
        (Some(Status::Continuous), false) => "\u{21bb}",
        (Some(Status::Continuous), true) => "~",
        (Some(Status::Dropped), false) => "\u{2717}",
        (Some(Status::Dropped), true) => "x",
    }
}

/// ASCII borders for terminals without box drawing (TERM=linux, vt100, a C locale).
const ASCII_BORDER: border::Set<'static> = border::Set {
    top_left: "+",
    top_right: "+",
    bottom_left: "+",
    bottom_right: "+",
    vertical_left: "|",
    vertical_right: "|",
    horizontal_top: "-",
    horizontal_bottom: "-",
};

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
    pub border: Style,
    pub border_set: border::Set<'static>,
}

impl Theme {
    pub fn new(look: Look) -> Theme {
        let theme = match look.theme {
            ThemeName::Default => Theme::ansi(),
            ThemeName::HighContrast => Theme::high_contrast(),
            ThemeName::Light => Theme::light(),
            ThemeName::Monochrome => Theme::monochrome(),
        };
        let theme = if look.color {
            theme.map(|s| downsample_style(s, look.depth))
        } else {
            theme.map(strip_colour)
        };
        Theme { border_set: if look.ascii { ASCII_BORDER } else { border::PLAIN }, ..theme }
    }

    fn map(self, f: impl Fn(Style) -> Style) -> Theme {
        Theme {
            title: f(self.title),
            header: f(self.header),
            selected: f(self.selected),
            muted: f(self.muted),
            key: f(self.key),
            error: f(self.error),
            ok: f(self.ok),
            heading: f(self.heading),
            border: f(self.border),
            border_set: self.border_set,
        }
    }

    fn ansi() -> Theme {
        Theme {
            title: Style::new().add_modifier(Modifier::BOLD),
            header: Style::new().fg(Color::Black).bg(Color::Cyan),
            // A solid bar: the row's own colours (muted columns, a goal's id) would show as
            // patches of another background under reverse video, and each costs bytes to send.
            selected: Style::new()
                .fg(Color::Reset)
                .bg(Color::Reset)
                .add_modifier(Modifier::REVERSED | Modifier::BOLD),
            muted: Style::new().fg(Color::DarkGray),
            key: Style::new().add_modifier(Modifier::BOLD | Modifier::REVERSED),
            error: Style::new().fg(Color::Red).add_modifier(Modifier::BOLD),
            ok: Style::new().fg(Color::Green),
            heading: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
            border: Style::new(),
            border_set: border::PLAIN,
        }
    }

    fn high_contrast() -> Theme {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        Theme {
            title: bold.fg(Color::White),
            header: bold.fg(Color::Black).bg(Color::White),
            selected: bold.fg(Color::Black).bg(Color::Yellow).add_modifier(Modifier::UNDERLINED),
            muted: bold,
            key: bold.fg(Color::Black).bg(Color::White),
            error: bold.fg(Color::LightRed).add_modifier(Modifier::UNDERLINED),
            ok: bold.fg(Color::LightGreen),
            heading: bold.fg(Color::LightYellow),
            border: bold,
            border_set: border::PLAIN,
        }
    }

    fn light() -> Theme {
        let navy = Color::Rgb(0, 51, 128);
        Theme {
            title: Style::new().fg(Color::Black).add_modifier(Modifier::BOLD),
            header: Style::new().fg(Color::White).bg(navy).add_modifier(Modifier::BOLD),
            selected: Style::new().fg(Color::White).bg(navy).add_modifier(Modifier::BOLD),
            muted: Style::new().fg(Color::Rgb(64, 64, 64)),
            key: Style::new().fg(Color::White).bg(Color::Black).add_modifier(Modifier::BOLD),
            error: Style::new().fg(Color::Rgb(160, 0, 0)).add_modifier(Modifier::BOLD),
            ok: Style::new().fg(Color::Rgb(0, 100, 0)),
            heading: Style::new().fg(navy).add_modifier(Modifier::BOLD),
            border: Style::new().fg(Color::Black),
            border_set: border::PLAIN,
        }
    }

    fn monochrome() -> Theme {
        Theme::ansi().map(strip_colour)
    }

    /// A bordered block with a title, in this theme's glyphs.
    pub fn block(&self, title: impl Into<String>) -> Block<'static> {
        Block::bordered()
            .border_set(self.border_set)
            .border_style(self.border)
            .title(Span::styled(title.into(), self.title))
    }
}

/// Without colour, what stood out by its background (header, selection, keys) is reversed, so
/// it still stands out.
fn strip_colour(style: Style) -> Style {
    let style = if style.bg.is_some() { style.add_modifier(Modifier::REVERSED) } else { style };
    Style { fg: None, bg: None, underline_color: None, ..style }
}

fn downsample_style(style: Style, depth: ColorDepth) -> Style {
    Style {
        fg: style.fg.map(|c| downsample(c, depth)),
        bg: style.bg.map(|c| downsample(c, depth)),
        ..style
    }
}

/// Maps an RGB colour to what the terminal can show: itself, the 256-colour cube or the
/// nearest of the 16 named colours. Named and indexed colours pass through.
pub fn downsample(color: Color, depth: ColorDepth) -> Color {
    let Color::Rgb(r, g, b) = color else { return color };
    match depth {
        ColorDepth::TrueColor => color,
        ColorDepth::Indexed256 => nearest_indexed(r, g, b),
        ColorDepth::Ansi16 => nearest_named(r, g, b),
    }
}

/// The nearest entry of the xterm 256-colour table: the 6x6x6 cube or the grey ramp.
fn nearest_indexed(r: u8, g: u8, b: u8) -> Color {
    const LEVELS: [u8; 6] = [0, 95, 135, 175, 215, 255];
    let d = |a: u8, b: u8| (i32::from(a) - i32::from(b)).pow(2);
    let nearest_level = |v: u8| (0..6).min_by_key(|&i| d(v, LEVELS[i])).unwrap_or(0);
    let (ri, gi, bi) = (nearest_level(r), nearest_level(g), nearest_level(b));
    let cube = (16 + 36 * ri + 6 * gi + bi) as u8;
    let cube_distance = d(r, LEVELS[ri]) + d(g, LEVELS[gi]) + d(b, LEVELS[bi]);
    let grey_index = (0..24u8)
        .min_by_key(|&i| {
            let v = 8 + 10 * i;
            d(r, v) + d(g, v) + d(b, v)
        })
        .unwrap_or(0);
    let v = 8 + 10 * grey_index;
    let grey_distance = d(r, v) + d(g, v) + d(b, v);
    Color::Indexed(if grey_distance < cube_distance { 232 + grey_index } else { cube })
}

fn nearest_named(r: u8, g: u8, b: u8) -> Color {
    const NAMED: [(Color, (u8, u8, u8)); 16] = [
        (Color::Black, (0, 0, 0)),
        (Color::Red, (128, 0, 0)),
        (Color::Green, (0, 128, 0)),
        (Color::Yellow, (128, 128, 0)),
        (Color::Blue, (0, 0, 128)),
        (Color::Magenta, (128, 0, 128)),
        (Color::Cyan, (0, 128, 128)),
        (Color::Gray, (192, 192, 192)),
        (Color::DarkGray, (128, 128, 128)),
        (Color::LightRed, (255, 0, 0)),
        (Color::LightGreen, (0, 255, 0)),
        (Color::LightYellow, (255, 255, 0)),
        (Color::LightBlue, (0, 0, 255)),
        (Color::LightMagenta, (255, 0, 255)),
        (Color::LightCyan, (0, 255, 255)),
        (Color::White, (255, 255, 255)),
    ];
    let distance = |(nr, ng, nb): (u8, u8, u8)| {
        let d = |a: u8, b: u8| (i32::from(a) - i32::from(b)).pow(2);
        d(r, nr) + d(g, ng) + d(b, nb)
    };
    NAMED.iter().min_by_key(|(_, rgb)| distance(*rgb)).map_or(Color::Reset, |(c, _)| *c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rgb_is_mapped_down() {
        let navy = Color::Rgb(0, 51, 128);
        assert_eq!(downsample(navy, ColorDepth::TrueColor), navy);
        assert_eq!(downsample(navy, ColorDepth::Indexed256), Color::Indexed(16 + 6 + 2));
        assert_eq!(downsample(Color::Rgb(200, 0, 0), ColorDepth::Indexed256), Color::Indexed(160));
        assert_eq!(downsample(Color::Rgb(64, 64, 64), ColorDepth::Indexed256), Color::Indexed(238));
        assert_eq!(downsample(navy, ColorDepth::Ansi16), Color::Blue);
        assert_eq!(downsample(Color::Cyan, ColorDepth::Ansi16), Color::Cyan);
    }

    #[test]
    fn no_colour_keeps_bold_and_reverse() {
        let look = Look { theme: ThemeName::HighContrast, color: false, ..Look::default() };
        let theme = Theme::new(look);
        assert_eq!(theme.selected.fg, None);
        assert!(theme.selected.add_modifier.contains(Modifier::BOLD));
    }
}
