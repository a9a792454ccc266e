//! How the user wants the screen to look and what the terminal can show: the theme's name, the
//! colour depth, ASCII glyphs. Plain settings with no drawing in them, so the config file and the
//! command line can name a theme without reaching into the wizard (its styles are in `tui::theme`).

use serde::{Deserialize, Serialize};

/// The themes a facilitator can switch between.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum ThemeName {
    /// The 16 named ANSI colours: follows the terminal's palette and contrast settings.
    #[default]
    Default,
    /// For projectors: bold text, no dim text, a strong focus.
    HighContrast,
    /// For white-background projectors and terminals.
    Light,
    /// No colour, only bold, reverse and underline.
    Monochrome,
}

impl ThemeName {
    pub const ALL: [ThemeName; 4] =
        [Self::Default, Self::HighContrast, Self::Light, Self::Monochrome];

    pub fn label(self) -> &'static str {
        match self {
            Self::Default => "default",
            Self::HighContrast => "high-contrast",
            Self::Light => "light",
            Self::Monochrome => "monochrome",
        }
    }

    pub fn next(self) -> ThemeName {
        let i = Self::ALL.iter().position(|t| *t == self).unwrap_or(0);
        Self::ALL[(i + 1) % Self::ALL.len()]
    }
}

/// How many colours the terminal shows. ratatui sends RGB as-is, so napwiz maps it down.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColorDepth {
    TrueColor,
    Indexed256,
    Ansi16,
}

impl ColorDepth {
    /// From COLORTERM and TERM, as terminals announce it.
    pub fn detect(colorterm: Option<&str>, term: Option<&str>) -> ColorDepth {
        let colorterm = colorterm.unwrap_or("").to_ascii_lowercase();
        if colorterm.contains("truecolor") || colorterm.contains("24bit") {
            ColorDepth::TrueColor
        } else if term.unwrap_or("").contains("256") {
            ColorDepth::Indexed256
        } else {
            ColorDepth::Ansi16
        }
    }
}

/// What the user chose and what the terminal can do: everything a theme is built from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Look {
    pub theme: ThemeName,
    /// False with NO_COLOR or --color never: styles keep bold/reverse/underline only.
    pub color: bool,
    pub depth: ColorDepth,
    /// ASCII glyphs only: `+-|` borders.
    pub ascii: bool,
}

impl Default for Look {
    fn default() -> Self {
        Look { theme: ThemeName::Default, color: true, depth: ColorDepth::Ansi16, ascii: false }
    }
}

/// Whether a terminal shows colour, by its TERM name. Terminals without colour get none of its
/// sequences (see `sgr`), only bold, underline, blink and reverse video:
///
/// | TERM                                  | colour |
/// |---------------------------------------|--------|
/// | `dumb`, unset or empty                | no     |
/// | `vt52`, `vt100`, `vt102`, `vt220`, `vt320`, `vt420`, `vt520` and their variants (`vt100-am`, `vt220-8bit`) | no |
/// | everything else (`xterm*`, `screen*`, `tmux*`, `linux`, `rxvt*`, ...) | yes |
pub fn term_has_colour(term: Option<&str>) -> bool {
    let term = term.unwrap_or("").trim();
    let dec = term
        .strip_prefix("vt")
        .is_some_and(|rest| rest.chars().next().is_some_and(|c| c.is_ascii_digit()));
    !(term.is_empty() || term == "dumb" || dec)
}

/// Whether the terminal should get ASCII glyphs: TERM=linux/vt100/vt220/dumb, or a locale that is
/// not UTF-8 (LC_ALL, then LC_CTYPE, then LANG, as the C library reads them).
pub fn wants_ascii(
    term: Option<&str>,
    lc_all: Option<&str>,
    lc_ctype: Option<&str>,
    lang: Option<&str>,
) -> bool {
    let term = term.unwrap_or("");
    if matches!(term, "linux" | "vt100" | "vt102" | "vt220" | "dumb") || term.starts_with("vt1") {
        return true;
    }
    let locale =
        [lc_all, lc_ctype, lang].into_iter().flatten().find(|v| !v.is_empty()).unwrap_or("C");
    let locale = locale.to_ascii_lowercase();
    !(locale.contains("utf-8") || locale.contains("utf8"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truecolor_is_announced_by_colorterm() {
        assert_eq!(
            ColorDepth::detect(Some("truecolor"), Some("xterm-256color")),
            ColorDepth::TrueColor
        );
        assert_eq!(ColorDepth::detect(None, Some("screen-256color")), ColorDepth::Indexed256);
        assert_eq!(ColorDepth::detect(None, Some("xterm")), ColorDepth::Ansi16);
    }

    #[test]
    fn dec_terminals_and_dumb_get_no_colour() {
        for term in ["vt100", "vt102", "vt220", "vt220-8bit", "vt52", "dumb", ""] {
            assert!(!term_has_colour(Some(term)), "{term}");
        }
        assert!(!term_has_colour(None));
        for term in ["xterm", "xterm-256color", "screen", "linux", "tmux-256color", "rxvt"] {
            assert!(term_has_colour(Some(term)), "{term}");
        }
    }

    #[test]
    fn old_terminals_and_c_locales_get_ascii() {
        assert!(wants_ascii(Some("linux"), None, None, Some("en_US.UTF-8")));
        assert!(wants_ascii(Some("vt100"), None, None, Some("en_US.UTF-8")));
        assert!(wants_ascii(Some("xterm"), None, None, None));
        assert!(wants_ascii(Some("xterm"), Some("C"), None, Some("en_US.UTF-8")));
        assert!(!wants_ascii(Some("xterm-256color"), None, None, Some("de_DE.utf8")));
        assert!(!wants_ascii(Some("screen"), None, Some("en_GB.UTF-8"), None));
    }
}
