//! Finding where a value sits in a RON file, so a problem found after parsing can still be
//! reported as file:line:column.

/// A 1-based line and column (columns count characters, as ron's own errors do).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

pub struct Locator<'a> {
    text: &'a str,
}

impl<'a> Locator<'a> {
    pub fn new(text: &'a str) -> Self {
        Locator { text }
    }

    pub fn position(&self, offset: usize) -> Position {
        let before = &self.text[..offset.min(self.text.len())];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        Position { line, column: before[line_start..].chars().count() + 1 }
    }

    /// Byte offsets of every `id: "value"` in the file, in order.
    pub fn id_offsets(&self, id: &str) -> Vec<usize> {
        let quoted = format!("\"{id}\"");
        self.text
            .match_indices(&quoted)
            .map(|(at, _)| at)
            .filter(|&at| self.preceded_by_field(at, "id"))
            .collect()
    }

    /// True when the text before `at` is `field:` (spaces allowed) and `field` is a whole word.
    fn preceded_by_field(&self, at: usize, field: &str) -> bool {
        let before = self.text[..at].trim_end();
        let Some(before) = before.strip_suffix(':') else {
            return false;
        };
        let before = before.trim_end();
        before.ends_with(field)
            && !before[..before.len() - field.len()]
                .chars()
                .next_back()
                .is_some_and(|c| c.is_alphanumeric() || c == '_')
    }

    /// Offset of `field:` at or after `from`, as a whole word, outside strings and comments.
    fn field_offset(&self, from: usize, field: &str) -> Option<usize> {
        let pattern = format!("{field}:");
        let code = self.code_mask();
        self.text[from..].match_indices(&pattern).map(|(i, _)| from + i).find(|&at| {
            code[at]
                && !self.text[..at]
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_alphanumeric() || c == '_')
        })
    }

    /// For each byte, whether it is code (not inside a string literal or a comment).
    fn code_mask(&self) -> Vec<bool> {
        let bytes = self.text.as_bytes();
        let mut mask = vec![true; bytes.len() + 1];
        let mut i = 0;
        while i < bytes.len() {
            let end = match bytes[i] {
                b'/' if bytes.get(i + 1) == Some(&b'/') => {
                    self.text[i..].find('\n').map_or(bytes.len(), |n| i + n)
                }
                b'/' if bytes.get(i + 1) == Some(&b'*') => {
                    self.text[i + 2..].find("*/").map_or(bytes.len(), |n| i + n + 4)
                }
                b'"' => string_end(bytes, i + 1),
                b'r' if is_raw_string_start(bytes, i) => {
                    let hashes = bytes[i + 1..].iter().take_while(|&&b| b == b'#').count();
                    let closing = format!("\"{}", "#".repeat(hashes));
                    let body = i + 2 + hashes;
                    let found = self.text.get(body..).and_then(|t| t.find(&closing));
                    found.map_or(bytes.len(), |n| body + n + closing.len())
                }
                _ => {
                    i += 1;
                    continue;
                }
            };
            mask[i..end.min(bytes.len())].iter_mut().for_each(|m| *m = false);
            i = end.max(i + 1);
        }
        mask
    }

    /// Best position for a value: the `owner` item's id (its `nth` occurrence), then `field:`
    /// after it, then `"value"` after that. Falls back to the nearest part found.
    pub fn find(&self, owner: Option<(&str, usize)>, field: &str, value: Option<&str>) -> Position {
        let start = owner.and_then(|(id, nth)| self.id_offsets(id).get(nth).copied()).unwrap_or(0);
        if field == "id" && owner.is_some() {
            return self.position(start);
        }
        let Some(field_at) = self.field_offset(start, field) else {
            return self.position(start);
        };
        let value_at = value.and_then(|v| {
            let quoted = format!("\"{v}\"");
            self.text[field_at..].find(&quoted).map(|i| field_at + i)
        });
        self.position(value_at.unwrap_or(field_at))
    }
}

/// `r"` or `r#` at `i`, not inside a word.
fn is_raw_string_start(bytes: &[u8], i: usize) -> bool {
    matches!(bytes.get(i + 1), Some(b'#' | b'"'))
        && (i == 0 || !(bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_'))
}

/// The offset just past a string literal whose body starts at `from`.
fn string_end(bytes: &[u8], from: usize) -> usize {
    let mut i = from;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    bytes.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "[\n    Goal(\n        id: \"P1\",\n        lead: [\"nco\", \"moX\"],\n    ),\n    Goal(id: \"P1\", lead: [\"moX\"]),\n]\n";

    #[test]
    fn finds_the_second_occurrence_of_an_id() {
        let loc = Locator::new(TEXT);
        assert_eq!(loc.id_offsets("P1").len(), 2);
        assert_eq!(loc.find(Some(("P1", 1)), "id", Some("P1")), Position { line: 6, column: 14 });
    }

    #[test]
    fn finds_a_reference_inside_its_owner() {
        let loc = Locator::new(TEXT);
        assert_eq!(
            loc.find(Some(("P1", 0)), "lead", Some("moX")),
            Position { line: 4, column: 23 }
        );
    }

    #[test]
    fn field_names_in_strings_and_comments_are_skipped() {
        let loc = Locator::new("(// areas: here\n text: \"areas: no\", areas: [])");
        assert_eq!(loc.find(None, "areas", None), Position { line: 2, column: 21 });
    }

    #[test]
    fn field_names_match_whole_words_only() {
        let loc = Locator::new("(misled: 1, lead: 2)");
        assert_eq!(loc.find(None, "lead", None), Position { line: 1, column: 13 });
    }
}
