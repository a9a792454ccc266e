//! The draft as plain text lines, for a scrollable preview in the terminal. Lines are not
//! wrapped (the view wraps them to its width) and hold no control characters.

use crate::document::{BarChart, Block, Document, ListItem, Section, Table};
use crate::sanitize::clean_line;

/// The preview in the draft's language (the plan's), whatever the interface's.
pub fn preview_lines(doc: &Document) -> Vec<String> {
    crate::i18n::in_language(&doc.language, || lines_of(doc))
}

fn lines_of(doc: &Document) -> Vec<String> {
    let mut lines = vec![];
    let page = &doc.title_page;
    lines.push(page.status.clone());
    lines.push(page.title.clone());
    lines.push(format!(
        "{} - {} - {}",
        page.country,
        page.period,
        crate::fl!("export-preview-draft-of", date = page.date.as_str())
    ));
    list(&mut lines, &page.facts);
    for chapter in &doc.chapters {
        section(&mut lines, chapter);
    }
    lines.into_iter().map(|l| clean_line(&l).into_owned()).collect()
}

fn section(lines: &mut Vec<String>, s: &Section) {
    lines.push(String::new());
    let heading = s.heading();
    lines.push(heading.clone());
    if s.level() == 1 {
        lines.push("=".repeat(heading.chars().count()));
    }
    for block in &s.blocks {
        match block {
            Block::Paragraph(text) => lines.extend(text.lines().map(String::from)),
            Block::Placeholder(text) => {
                let label = crate::fl!("export-for-drafting-team");
                lines.push(format!("[{label} {}]", text.replace('\n', " ")))
            }
            Block::List(items) => list(lines, items),
            Block::Table(t) => table(lines, t),
            Block::Chart(c) => chart(lines, c),
            Block::Timeline(t) => table(lines, &t.as_table()),
            Block::Trajectories(t) => table(lines, &t.as_table()),
        }
    }
    for sub in &s.sections {
        section(lines, sub);
    }
}

fn list(lines: &mut Vec<String>, items: &[ListItem]) {
    for item in items {
        let text = item.text.replace('\n', " / ");
        match &item.label {
            Some(label) => lines.push(format!("  * {} {text}", crate::i18n::label(label))),
            None => lines.push(format!("  * {text}")),
        }
    }
}

/// A table as one line per row, cells separated by " | ", under its caption and header.
fn table(lines: &mut Vec<String>, t: &Table) {
    lines.push(format!("  {}", crate::i18n::label(&t.caption)));
    let header: Vec<&str> = t.columns.iter().map(|c| c.title.as_str()).collect();
    lines.push(format!("  {}", header.join(" | ")));
    for row in &t.rows {
        let cells: Vec<String> = row.iter().map(|c| c.text.replace('\n', "; ")).collect();
        lines.push(format!("  {}", cells.join(" | ")));
    }
}

/// A chart as text bars: "label  ####### 12".
fn chart(lines: &mut Vec<String>, c: &BarChart) {
    lines.push(format!("  {} ({})", c.title, c.series.join(", ")));
    let width = c.bars.iter().map(|b| b.label.chars().count()).max().unwrap_or(0).min(40);
    let max = c.max_total();
    for bar in &c.bars {
        let length = (bar.total() * 30).div_ceil(max);
        let label: String = bar.label.chars().take(width).collect();
        let values: Vec<String> = bar.values.iter().map(|v| v.to_string()).collect();
        lines.push(format!("  {label:<width$} {} {}", "#".repeat(length), values.join(" + ")));
    }
}
