//! Markdown: GitHub-flavoured, with pipe tables; converts with `pandoc -f gfm`.
//!
//! Every user text goes through [`escape`]: Markdown punctuation is backslash-escaped, a line
//! can never start a heading, list, quote or code block, and a `|` can never end a table cell.

use std::fmt::Write;
use std::io;

use super::text_out::TextOut;

use crate::document::{BarChart, Block, Cell, Document, ListItem, Section, Table, TitlePage};

pub fn write(doc: &Document) -> String {
    let mut out = TextOut::in_memory(0);
    write_into(&mut out, doc);
    out.finish().expect("text kept in memory cannot fail to write")
}

/// The same text as [`write`], sent on to `file` as it is made.
pub fn write_to(doc: &Document, file: &mut dyn io::Write) -> io::Result<()> {
    let mut out = TextOut::streaming(file);
    write_into(&mut out, doc);
    out.finish().map(drop)
}

fn write_into(out: &mut TextOut, doc: &Document) {
    title_page(out, &doc.title_page);
    contents(out, doc);
    for chapter in &doc.chapters {
        section(out, chapter);
    }
}

fn title_page(out: &mut TextOut, page: &TitlePage) {
    let _ = writeln!(out, "**{}**\n", escape(&page.status));
    let _ = writeln!(out, "# {}\n", escape_line(&page.title));
    let _ = writeln!(
        out,
        "{} · {} · {}\n",
        escape(&page.country),
        escape(&page.period),
        escape(&super::naming::dated(page))
    );
    list(out, &page.facts);
}

fn contents(out: &mut TextOut, doc: &Document) {
    let _ = writeln!(out, "## {}\n", escape_line(&crate::fl!("export-contents")));
    for chapter in &doc.chapters {
        let _ = writeln!(out, "- {}", escape_line(&chapter.heading()));
        for sub in &chapter.sections {
            let _ = writeln!(out, "  - {}", escape_line(&sub.heading()));
        }
    }
    out.push('\n');
}

fn section(out: &mut TextOut, s: &Section) {
    let hashes = "#".repeat((s.level() + 1).min(6));
    let _ = writeln!(out, "{hashes} {}\n", escape_line(&s.heading()));
    for block in &s.blocks {
        match block {
            Block::Paragraph(text) => paragraph(out, text),
            Block::Placeholder(text) => placeholder(out, text),
            Block::List(items) => list(out, items),
            Block::Table(t) => table(out, t),
            Block::Chart(c) => chart(out, c),
            Block::Timeline(t) => {
                let _ = writeln!(out, "{}\n", escape_line(&t.description));
                table(out, &t.as_table());
            }
            Block::Trajectories(t) => table(out, &t.as_table()),
        }
        out.flush_if_full();
    }
    for sub in &s.sections {
        section(out, sub);
    }
}

fn paragraph(out: &mut TextOut, text: &str) {
    let _ = writeln!(out, "{}\n", lines(text, ""));
}

fn placeholder(out: &mut TextOut, text: &str) {
    let label = escape_line(&crate::fl!("export-for-drafting-team"));
    let _ = writeln!(out, "> **{label}** {}\n", lines(text, "> "));
}

fn list(out: &mut TextOut, items: &[ListItem]) {
    for item in items {
        let mut text = lines(&item.text, "  ");
        if item.placeholder {
            text = format!("*{text}*");
        }
        match &item.label {
            Some(label) => {
                let _ = writeln!(out, "- **{}** {text}", crate::i18n::label(&escape_line(label)));
            }
            None => {
                let _ = writeln!(out, "- {text}");
            }
        }
    }
    out.push('\n');
}

fn table(out: &mut TextOut, t: &Table) {
    let _ = writeln!(out, "*{}*\n", escape_line(&t.caption));
    let header: Vec<String> = t.columns.iter().map(|c| escape_line(&c.title)).collect();
    let _ = writeln!(out, "| {} |", header.join(" | "));
    let rule: Vec<&str> = t.columns.iter().map(|_| "---").collect();
    let _ = writeln!(out, "| {} |", rule.join(" | "));
    for row in &t.rows {
        let cells: Vec<String> = row.iter().map(cell).collect();
        let _ = writeln!(out, "| {} |", cells.join(" | "));
        out.flush_if_full();
    }
    out.push('\n');
}

fn cell(c: &Cell) -> String {
    let text =
        c.text.lines().map(|l| escape(l.trim())).filter(|l| !l.is_empty()).collect::<Vec<_>>();
    // The space keeps words apart where a converter drops the <br> (pandoc to Word or text).
    let text = text.join(" <br>");
    if c.placeholder && !text.is_empty() { format!("*{text}*") } else { text }
}

fn chart(out: &mut TextOut, c: &BarChart) {
    let _ = writeln!(out, "{}\n", escape_line(&c.description));
    table(out, &c.as_table());
}

/// A text of several lines: each line escaped, joined by hard line breaks; continuation lines
/// start with `indent` (for list items and quotes).
fn lines(text: &str, indent: &str) -> String {
    let lines: Vec<String> = text.lines().map(escape_line).filter(|l| !l.is_empty()).collect();
    lines.join(&format!("\\\n{indent}"))
}

/// One line of text, safe anywhere a line can start.
pub fn escape_line(text: &str) -> String {
    let text = text.trim();
    let mut out = escape(text);
    if starts_a_block(text) {
        out.insert(0, '\\');
    } else if let Some(marker) = ordered_list_marker(text) {
        out.insert(marker, '\\');
    }
    out
}

/// Inline text with every character Markdown (GFM or pandoc's) could read as syntax escaped.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '#' | '&' | '$' | '^'
            | '@' | '{' | '}' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' | '\t' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

/// A line starting with `-`, `+` or `=` could open a list or underline a heading (the other
/// block starters are escaped everywhere).
fn starts_a_block(line: &str) -> bool {
    line.starts_with(['-', '+', '='])
}

/// Where the `.` or `)` of an ordered-list marker ("12. ", "3)") sits, if the line starts
/// with one.
fn ordered_list_marker(line: &str) -> Option<usize> {
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    let mut rest = line[digits..].chars();
    let marker = matches!(rest.next(), Some('.' | ')'));
    let then_space = rest.next().is_none_or(char::is_whitespace);
    (digits > 0 && marker && then_space).then_some(digits)
}

/// The drafting team's checklist for a clean copy: the gaps it leaves out, by section.
/// In the draft's language.
pub fn checklist(doc: &Document, gaps: &[crate::document::Gap]) -> String {
    crate::i18n::in_language(&doc.language, || checklist_in_language(doc, gaps))
}

fn checklist_in_language(doc: &Document, gaps: &[crate::document::Gap]) -> String {
    let mut out = format!(
        "# {} {}\n\n{}\n",
        escape_line(&crate::fl!("export-for-drafting-team")),
        escape_line(&doc.title_page.title),
        crate::fl!("export-checklist-intro", date = escape_line(&doc.title_page.date))
    );
    let mut current = "";
    for gap in gaps {
        if gap.section != current {
            let _ = write!(out, "\n## {}\n\n", escape_line(&gap.section));
            current = &gap.section;
        }
        let _ = writeln!(out, "- [ ] {}", escape_line(&gap.what.replace('\n', " ")));
    }
    if gaps.is_empty() {
        let _ = writeln!(out, "\n{}", crate::fl!("export-checklist-none"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_syntax_in_user_text_is_escaped() {
        assert_eq!(escape("a | b"), "a \\| b");
        assert_eq!(escape("<script>"), "\\<script\\>");
        assert_eq!(escape_line("# heading"), "\\# heading");
        assert_eq!(escape_line("- item"), "\\- item");
        assert_eq!(escape_line("=HYPERLINK(x)"), "\\=HYPERLINK(x)");
        assert_eq!(escape_line("12. point"), "12\\. point");
        assert_eq!(escape_line("3)"), "3\\)");
        assert_eq!(escape_line("4.1.1 action"), "4.1.1 action");
        assert_eq!(escape_line("2027-2030 plan"), "2027-2030 plan");
    }

    #[test]
    fn multi_line_text_keeps_its_breaks() {
        assert_eq!(lines("one\n# two", ""), "one\\\n\\# two");
    }
}
