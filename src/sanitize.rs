//! The one place that makes text from files safe to show: plans and packs are data, and data
//! must never drive the terminal (an ESC in a note could repaint the screen or retitle the window).
//!
//! Two layers use it. Files are cleaned when they are read ([`clean`]: forbidden characters are
//! removed, and the user is told). Then every byte napwiz sends to the terminal passes
//! [`for_terminal`] (command-line output, through [`crate::output`]) or the same check cell by
//! cell (the wizard's frames, in `tui::view::draw`): whatever a command forgets to clean, and
//! paths, which are never cleaned, show a visible [`PLACEHOLDER`] instead of acting.

use std::borrow::Cow;

/// What the terminal shows in place of a forbidden character that reached the output: the
/// Unicode replacement character, so a reader sees that something was there.
pub const PLACEHOLDER: char = '\u{fffd}';

/// True for characters that must never reach a terminal or a document: C0 controls other than
/// line feed and tab, DEL, C1 controls, the bidi controls that can disguise text (embeddings,
/// overrides, isolates, and the LRM, RLM and ALM marks), and the noncharacters U+FFFE and U+FFFF
/// (which XML forbids, so a Word file holding one is corrupt).
pub fn is_forbidden(c: char) -> bool {
    match c {
        '\n' | '\t' => false,
        '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}' => true,
        '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => true,
        '\u{200e}' | '\u{200f}' | '\u{61c}' => true,
        '\u{fffe}' | '\u{ffff}' => true,
        _ => false,
    }
}

/// Strips forbidden characters and turns CR LF / lone CR into LF. Borrows when nothing changes.
pub fn clean(text: &str) -> Cow<'_, str> {
    if !needs_cleaning(text) {
        return Cow::Borrowed(text);
    }
    let unified = text.replace("\r\n", "\n").replace('\r', "\n");
    Cow::Owned(unified.chars().filter(|c| !is_forbidden(*c)).collect())
}

/// Whether [`clean`] would change `text`. Plain ASCII (most of a plan's text) is settled a byte
/// at a time, which the compiler turns into wide compares; other text is read as characters.
fn needs_cleaning(text: &str) -> bool {
    let suspect = |b: &u8| (*b < 0x20 && *b != b'\n' && *b != b'\t') || *b >= 0x7f;
    if !text.as_bytes().iter().any(suspect) {
        return false;
    }
    text.chars().any(|c| c == '\r' || is_forbidden(c))
}

/// Like [`clean`] but for one-line fields: line breaks and tabs become spaces.
pub fn clean_line(text: &str) -> Cow<'_, str> {
    let cleaned = clean(text);
    if !cleaned.contains(['\n', '\t']) {
        return cleaned;
    }
    Cow::Owned(cleaned.replace(['\n', '\t'], " "))
}

/// Text about to be written to the terminal: line feeds and tabs stay (multi-line output), every
/// other forbidden character (ESC, BEL, CR, C1, bidi controls) becomes [`PLACEHOLDER`].
/// Borrows when nothing changes.
pub fn for_terminal(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_forbidden) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.chars().map(|c| if is_forbidden(c) { PLACEHOLDER } else { c }).collect())
}

/// Cleans a string in place; returns true when something was removed or changed.
pub fn clean_in_place(text: &mut String) -> bool {
    match clean(text) {
        Cow::Borrowed(_) => false,
        Cow::Owned(cleaned) => {
            *text = cleaned;
            true
        }
    }
}

/// Values whose every string can be cleaned in place. Returns how many strings changed.
pub trait Sanitize {
    fn sanitize(&mut self) -> usize;
}

impl Sanitize for String {
    fn sanitize(&mut self) -> usize {
        usize::from(clean_in_place(self))
    }
}

impl<T: Sanitize> Sanitize for Option<T> {
    fn sanitize(&mut self) -> usize {
        self.as_mut().map_or(0, Sanitize::sanitize)
    }
}

impl<T: Sanitize> Sanitize for Vec<T> {
    fn sanitize(&mut self) -> usize {
        self.iter_mut().map(Sanitize::sanitize).sum()
    }
}

impl<V: Sanitize> Sanitize for std::collections::BTreeMap<String, V> {
    fn sanitize(&mut self) -> usize {
        // Keys are ids; an id with control characters is re-keyed under its cleaned form.
        let dirty: Vec<String> =
            self.keys().filter(|k| matches!(clean(k), Cow::Owned(_))).cloned().collect();
        let mut changed = dirty.len();
        for key in dirty {
            if let Some(value) = self.remove(&key) {
                // Never let the cleaned key replace an entry that is already there.
                let clean = clean_line(&key).into_owned();
                let free =
                    (0..).map(|n| if n == 0 { clean.clone() } else { format!("{clean}~{n}") });
                let key = free.into_iter().find(|k| !self.contains_key(k)).expect("unbounded");
                self.insert(key, value);
            }
        }
        changed += self.values_mut().map(Sanitize::sanitize).sum::<usize>();
        changed
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_are_stripped() {
        assert_eq!(clean("a\u{1b}[2Jb\u{7}c"), "a[2Jbc");
        assert_eq!(clean("x\u{9b}31my"), "x31my");
    }

    #[test]
    fn line_breaks_and_tabs_survive_and_crlf_becomes_lf() {
        assert_eq!(clean("one\r\ntwo\rthree\tfour\n"), "one\ntwo\nthree\tfour\n");
    }

    #[test]
    fn clean_text_is_borrowed() {
        assert!(matches!(clean("Ministère de l'Intérieur"), Cow::Borrowed(_)));
    }

    #[test]
    fn bidi_overrides_are_stripped_but_arabic_stays() {
        assert_eq!(clean("وزارة\u{202e}الداخلية"), "وزارةالداخلية");
    }

    #[test]
    fn bidi_marks_are_stripped_too() {
        assert_eq!(clean("a\u{200e}b\u{200f}c\u{61c}d\u{2066}e\u{2069}"), "abcde");
    }

    #[test]
    fn terminal_text_shows_a_placeholder_for_each_forbidden_character() {
        let hostile = "x\u{1b}]0;title\u{7}\u{9b}2J\u{202e}\r\ny\tz";
        assert_eq!(
            for_terminal(hostile),
            "x\u{fffd}]0;title\u{fffd}\u{fffd}2J\u{fffd}\u{fffd}\ny\tz"
        );
        assert!(matches!(for_terminal("Ministère\n\tوزارة"), Cow::Borrowed(_)));
    }

    #[test]
    fn noncharacters_that_xml_forbids_are_stripped() {
        assert_eq!(clean("a\u{fffe}b\u{ffff}c"), "abc");
    }

    #[test]
    fn the_ascii_fast_path_decides_as_the_character_scan_does() {
        let slow = |t: &str| t.chars().any(|c| c == '\r' || is_forbidden(c));
        let specials = ['\u{fffe}', '\u{ffff}', '\u{10000}', '\u{10ffff}'];
        for c in (0..0x3000u32).filter_map(char::from_u32).chain(specials) {
            for text in [c.to_string(), format!("plain text {c} more"), format!("é{c}")] {
                assert_eq!(needs_cleaning(&text), slow(&text), "{:?}", c as u32);
            }
        }
    }

    #[test]
    fn one_line_fields_lose_breaks() {
        assert_eq!(clean_line("a\nb\tc\u{0}"), "a b c");
    }

    #[test]
    fn nested_values_are_cleaned_and_counted() {
        let mut notes = vec![Some("ok".to_string()), Some("bad\u{1b}".to_string()), None];
        assert_eq!(notes.sanitize(), 1);
        assert_eq!(notes[1].as_deref(), Some("bad"));
    }
}
