//! Text cut, padded and wrapped to a width, for screens and status messages alike. Widths are
//! terminal columns (display width): a CJK character takes two, a combining accent none.

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// The columns `text` takes in a terminal.
pub fn width(text: &str) -> usize {
    text.width()
}

fn char_width(c: char) -> usize {
    c.width().unwrap_or(0)
}

/// Words of `text` in lines of at most `width` columns; a word longer than a line is cut
/// into pieces.
pub fn wrap_text(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let len = self::width(&line);
        if len > 0 && len + 1 + self::width(word) <= width {
            line.push(' ');
            line.push_str(word);
            continue;
        }
        if len > 0 {
            lines.push(std::mem::take(&mut line));
        }
        let mut rest = word;
        while self::width(rest) > width {
            let (head, tail) = split_at_width(rest, width);
            lines.push(head.to_string());
            rest = tail;
        }
        line = rest.to_string();
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// `text` split where its first part is as wide as fits in `width` columns (at least one
/// character, so a character wider than the line still moves on).
fn split_at_width(text: &str, width: usize) -> (&str, &str) {
    let mut used = 0;
    for (i, c) in text.char_indices() {
        used += char_width(c);
        if used > width && i > 0 {
            return text.split_at(i);
        }
    }
    (text, "")
}

/// The end of `text` that fits in `width` columns.
fn tail_within(text: &str, width: usize) -> &str {
    let mut used = 0;
    for (i, c) in text.char_indices().rev() {
        used += char_width(c);
        if used > width {
            return &text[i + c.len_utf8()..];
        }
    }
    text
}

/// A path cut to `width` columns in its middle, so its end (the file name, with its year)
/// always shows: `/home/ana/.local/.../plans/nap-2027-2030.ron`.
pub fn fit_path(path: &str, width: usize) -> String {
    if self::width(path) <= width {
        return path.to_string();
    }
    let name_start = path.rfind(['/', '\\']).unwrap_or(0);
    let name = &path[name_start..];
    if self::width(name) + 6 > width {
        return format!("...{}", tail_within(path, width.saturating_sub(3)));
    }
    let head = split_at_width(path, width - self::width(name) - 3).0;
    format!("{head}...{name}")
}

/// Cuts a text to `width` columns, marking the cut with "...".
pub fn fit(text: &str, width: usize) -> String {
    if self::width(text) <= width {
        return text.to_string();
    }
    let kept = split_at_width(text, width.saturating_sub(3)).0;
    let kept = if self::width(kept) > width.saturating_sub(3) { "" } else { kept };
    format!("{kept}...")
}

/// `text` followed by spaces up to `width` columns (as `{:<width$}` does for ASCII).
pub fn pad_right(text: &str, width: usize) -> String {
    let pad = width.saturating_sub(self::width(text));
    format!("{text}{}", " ".repeat(pad))
}

/// Spaces then `text`, up to `width` columns (as `{:>width$}` does for ASCII).
pub fn pad_left(text: &str, width: usize) -> String {
    let pad = width.saturating_sub(self::width(text));
    format!("{}{text}", " ".repeat(pad))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_characters_count_twice() {
        assert_eq!(width("計画"), 4);
        assert_eq!(fit("計画計画計画", 7), "計画...");
        assert_eq!(pad_right("план", 6), "план  ");
        assert_eq!(pad_left("計", 3), " 計");
        assert!(wrap_text("計画計画計画 план", 4).iter().all(|l| width(l) <= 4));
        assert_eq!(fit_path("/a/b/c/d/e/f/計画.ron", 16), "/a/b.../計画.ron");
    }
}
