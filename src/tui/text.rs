//! Text cut and wrapped to a width, for screens and status messages alike.

/// Words of `text` in lines of at most `width` characters; a word longer than a line is cut
/// into pieces.
pub fn wrap_text(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let mut word: Vec<char> = word.chars().collect();
        let len = line.chars().count();
        if len > 0 && len + 1 + word.len() <= width {
            line.push(' ');
            line.extend(word);
            continue;
        }
        if len > 0 {
            lines.push(std::mem::take(&mut line));
        }
        while word.len() > width {
            lines.push(word.drain(..width).collect());
        }
        line = word.into_iter().collect();
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// A path cut to `width` characters in its middle, so its end (the file name, with its year)
/// always shows: `/home/ana/.local/.../plans/nap-2027-2030.ron`.
pub fn fit_path(path: &str, width: usize) -> String {
    let chars: Vec<char> = path.chars().collect();
    if chars.len() <= width {
        return path.to_string();
    }
    let name_start = path.rfind(['/', '\\']).map_or(0, |i| path[..i].chars().count());
    let name = &chars[name_start..];
    if name.len() + 6 > width {
        let keep = width.saturating_sub(3);
        return format!("...{}", chars[chars.len() - keep..].iter().collect::<String>());
    }
    let head: String = chars[..width - name.len() - 3].iter().collect();
    format!("{head}...{}", name.iter().collect::<String>())
}

/// Cuts a text to `width` characters, marking the cut with "...".
pub fn fit(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_string();
    }
    let kept: String = text.chars().take(width.saturating_sub(3)).collect();
    format!("{kept}...")
}
