//! HTML: one self-contained page (no external files, no scripts) that prints well on A4: each
//! chapter starts a page, wide tables get landscape pages where the browser supports named
//! pages, table headers repeat on every page. Charts are inline SVG.
//!
//! Every user text goes through [`escape`]; a content security policy forbids scripts as a
//! second line of defence.

use std::fmt::Write;
use std::io;

use super::text_out::TextOut;

use crate::document::{BarChart, Block, Cell, Document, ListItem, Section, Table, TitlePage};

pub fn write(doc: &Document) -> String {
    let mut out = TextOut::in_memory(256 * 1024);
    write_into(&mut out, doc);
    out.finish().expect("text kept in memory cannot fail to write")
}

/// The same page as [`write`], sent on to `file` as it is made.
pub fn write_to(doc: &Document, file: &mut dyn io::Write) -> io::Result<()> {
    let mut out = TextOut::streaming(file);
    write_into(&mut out, doc);
    out.finish().map(drop)
}

fn write_into(out: &mut TextOut, doc: &Document) {
    head(out, doc);
    out.push_str("<body>\n");
    title_page(out, &doc.title_page);
    contents(out, doc);
    out.push_str("<main>\n");
    for chapter in &doc.chapters {
        section(out, chapter);
    }
    out.push_str("</main>\n</body>\n</html>\n");
}

fn head(out: &mut TextOut, doc: &Document) {
    let lang = if doc.language.is_empty() { "en" } else { &doc.language };
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
<meta name=\"generator\" content=\"napwiz\">\n<title>{}</title>\n<style>\n{CSS}</style>\n</head>\n",
        escape(lang),
        escape(&super::naming::html_title(&doc.title_page))
    );
}

fn title_page(out: &mut TextOut, page: &TitlePage) {
    let _ = write!(
        out,
        "<header class=\"title-page\">\n<p class=\"status\">{}</p>\n<h1 class=\"title\">{}</h1>\n\
<p class=\"country\">{}</p>\n<p class=\"period\">{}</p>\n<p class=\"date\">{}</p>\n",
        escape(&page.status),
        escape(&page.title),
        escape(&page.country),
        escape(&page.period),
        escape(&super::naming::dated(page))
    );
    list(out, &page.facts);
    out.push_str("</header>\n");
}

fn contents(out: &mut TextOut, doc: &Document) {
    let heading = escape(&crate::fl!("export-contents"));
    let _ = write!(out, "<nav class=\"contents\">\n<h2>{heading}</h2>\n<ol>\n");
    for chapter in &doc.chapters {
        let _ = write!(out, "<li>{}", link(chapter));
        if !chapter.sections.is_empty() {
            out.push_str("\n<ol>\n");
            for sub in &chapter.sections {
                let _ = writeln!(out, "<li>{}</li>", link(sub));
            }
            out.push_str("</ol>\n");
        }
        out.push_str("</li>\n");
    }
    out.push_str("</ol>\n</nav>\n");
}

fn link(s: &Section) -> String {
    format!("<a href=\"#{}\">{}</a>", s.anchor(), escape(&s.heading()))
}

fn section(out: &mut TextOut, s: &Section) {
    let class = match (s.level(), s.is_wide()) {
        (1, true) => " class=\"chapter wide\"",
        (1, false) => " class=\"chapter\"",
        _ => "",
    };
    let level = (s.level() + 1).min(6);
    let _ = writeln!(
        out,
        "<section id=\"{}\"{class}>\n<h{level}>{}</h{level}>",
        s.anchor(),
        escape(&s.heading())
    );
    for block in &s.blocks {
        match block {
            Block::Paragraph(text) => {
                let _ = writeln!(out, "<p>{}</p>", multiline(text));
            }
            Block::Placeholder(text) => placeholder(out, text),
            Block::List(items) => list(out, items),
            Block::Table(t) => table(out, t),
            Block::Chart(c) => chart(out, c),
            Block::Timeline(t) => timeline(out, t),
            Block::Trajectories(t) => trajectories(out, t),
        }
        out.flush_if_full();
    }
    for sub in &s.sections {
        section(out, sub);
    }
    out.push_str("</section>\n");
}

fn placeholder(out: &mut TextOut, text: &str) {
    let _ = writeln!(
        out,
        "<div class=\"placeholder\"><strong>{}</strong> {}</div>",
        escape(&crate::fl!("export-for-drafting-team")),
        multiline(text)
    );
}

fn list(out: &mut TextOut, items: &[ListItem]) {
    out.push_str("<ul>\n");
    for item in items {
        out.push_str("<li>");
        if let Some(label) = &item.label {
            let _ = write!(out, "<strong>{}</strong> ", escape(&crate::i18n::label(label)));
        }
        if item.placeholder {
            let _ = write!(out, "<span class=\"gap\">{}</span>", multiline(&item.text));
        } else {
            out.push_str(&multiline(&item.text));
        }
        out.push_str("</li>\n");
    }
    out.push_str("</ul>\n");
}

fn table(out: &mut TextOut, t: &Table) {
    let class = if t.wide { "wide" } else { "narrow" };
    let total: u32 = t.columns.iter().map(|c| u32::from(c.width)).sum::<u32>().max(1);
    let _ = writeln!(
        out,
        "<table class=\"{class}\">\n<caption>{}</caption>\n<colgroup>",
        escape(&t.caption)
    );
    for c in &t.columns {
        let share = f64::from(c.width) * 100.0 / f64::from(total);
        let _ = writeln!(out, "<col style=\"width:{share:.1}%\">");
    }
    out.push_str("</colgroup>\n<thead>\n<tr>");
    for c in &t.columns {
        let _ = write!(out, "<th scope=\"col\">{}</th>", escape(&c.title));
    }
    out.push_str("</tr>\n</thead>\n<tbody>\n");
    for row in &t.rows {
        out.push_str("<tr>");
        for c in row {
            out.push_str(&cell(c));
        }
        out.push_str("</tr>\n");
        out.flush_if_full();
    }
    out.push_str("</tbody>\n</table>\n");
}

fn cell(c: &Cell) -> String {
    if c.placeholder {
        format!("<td class=\"gap\">{}</td>", multiline(&c.text))
    } else {
        format!("<td>{}</td>", multiline(&c.text))
    }
}

/// Escaped text with its line breaks kept.
fn multiline(text: &str) -> String {
    text.lines().map(escape).collect::<Vec<_>>().join("<br>\n")
}

/// Text safe in element content and in double-quoted attributes.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

// ---- timelines ----

const TIMELINE_ROW: u32 = 16;
const YEAR_WIDTH: u32 = 70;
const TIMELINE_LABEL: u32 = 360;

/// A Gantt chart: one row per action (its number and text), one column per year, a bar over
/// the years it runs; the same as a table in the print of any browser that cannot draw SVG.
fn timeline(out: &mut TextOut, t: &crate::document::Timeline) {
    let header = 22;
    let height = header + TIMELINE_ROW * t.rows.len() as u32 + 4;
    let width = TIMELINE_LABEL + YEAR_WIDTH * t.years.len() as u32 + 4;
    let _ = writeln!(
        out,
        "<figure class=\"timeline\">\n<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" \
viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" aria-label=\"{}\">\n<title>{}</title>\n<desc>{}</desc>",
        escape(&t.title),
        escape(&t.title),
        escape(&t.description)
    );
    for (i, year) in t.years.iter().enumerate() {
        let x = TIMELINE_LABEL + YEAR_WIDTH * i as u32;
        let _ = writeln!(
            out,
            "<rect x=\"{x}\" y=\"0\" width=\"{YEAR_WIDTH}\" height=\"{height}\" fill=\"{}\"/>\
<text x=\"{}\" y=\"15\" text-anchor=\"middle\" font-weight=\"bold\">{year}</text>",
            if i % 2 == 0 { "#f2f5f9" } else { "#ffffff" },
            x + YEAR_WIDTH / 2
        );
    }
    let first_year = t.years.first().copied().unwrap_or_default();
    for (i, row) in t.rows.iter().enumerate() {
        let y = header + TIMELINE_ROW * i as u32;
        let label = short_label(&format!("{} {}", row.number, row.text), 56);
        let start = u32::from(row.first.saturating_sub(first_year));
        let years = u32::from(row.last.saturating_sub(row.first)) + 1;
        let _ = writeln!(
            out,
            "<g><title>{} {}: {}-{}</title><text x=\"2\" y=\"{}\">{}</text>\
<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" rx=\"2\" fill=\"{}\"/></g>",
            escape(&row.number),
            escape(&row.text),
            row.first,
            row.last,
            y + 12,
            escape(&label),
            TIMELINE_LABEL + YEAR_WIDTH * start + 3,
            y + 3,
            YEAR_WIDTH * years - 6,
            TIMELINE_ROW - 5,
            COLOURS[0]
        );
        out.flush_if_full();
    }
    let _ = writeln!(out, "</svg>\n<figcaption>{}</figcaption>\n</figure>", escape(&t.title));
}

// ---- indicator trajectories ----

const TRAJECTORY_WIDTH: u32 = 300;
const TRAJECTORY_HEIGHT: u32 = 130;
const TRAJECTORY_PLOT: (u32, u32, u32, u32) = (36, 28, 284, 104); // left, top, right, bottom

/// The trajectories as a table, then one small line chart per indicator with a number in at
/// least one period: a dot and its value per period, the target as a dashed line.
fn trajectories(out: &mut TextOut, t: &crate::document::Trajectories) {
    table(out, &t.as_table());
    let drawn: Vec<&crate::document::Trajectory> =
        t.rows.iter().filter(|r| r.points.iter().any(Option::is_some)).collect();
    if drawn.is_empty() {
        return;
    }
    let _ =
        writeln!(out, "<figure class=\"trajectories\" aria-label=\"{}\">", escape(&t.description));
    for row in drawn {
        trajectory(out, row, &t.periods);
        out.flush_if_full();
    }
    let _ = writeln!(out, "<figcaption>{}</figcaption>\n</figure>", escape(&t.description));
}

fn trajectory(out: &mut TextOut, row: &crate::document::Trajectory, periods: &[String]) {
    let (left, top, right, bottom) = TRAJECTORY_PLOT;
    let highest = row.points.iter().flatten().copied().chain(row.target_number).fold(0.0, f64::max);
    let scale = if highest > 0.0 { f64::from(bottom - top) / highest } else { 0.0 };
    let y = |v: f64| f64::from(bottom) - v * scale;
    let step = f64::from(right - left) / periods.len().max(1) as f64;
    let x = |i: usize| f64::from(left) + step * (i as f64 + 0.5);
    let title = format!("{} {}", row.number, row.indicator);
    let _ = writeln!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 {TRAJECTORY_WIDTH} {TRAJECTORY_HEIGHT}\" \
width=\"{TRAJECTORY_WIDTH}\" height=\"{TRAJECTORY_HEIGHT}\" aria-label=\"{}\">\n<title>{}</title>\n\
<text x=\"2\" y=\"12\" class=\"label\">{}</text>\n\
<line x1=\"{left}\" y1=\"{bottom}\" x2=\"{right}\" y2=\"{bottom}\" stroke=\"#333\"/>",
        escape(&title),
        escape(&title),
        escape(&short_label(&title, 46))
    );
    if let Some(target) = row.target_number {
        let _ = writeln!(
            out,
            "<line x1=\"{left}\" y1=\"{:.1}\" x2=\"{right}\" y2=\"{:.1}\" stroke=\"#333\" stroke-dasharray=\"4 3\"/>\
<text x=\"{}\" y=\"{:.1}\" text-anchor=\"end\" class=\"value\">{}</text>",
            y(target),
            y(target),
            right,
            y(target) - 3.0,
            escape(&crate::fl!(
                "export-chart-target",
                value = crate::document::number_words(target)
            ))
        );
    }
    let line: Vec<String> = row
        .points
        .iter()
        .enumerate()
        .filter_map(|(i, p)| p.map(|v| format!("{:.1},{:.1}", x(i), y(v))))
        .collect();
    if line.len() > 1 {
        let _ = writeln!(
            out,
            "<polyline points=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"2\"/>",
            line.join(" "),
            COLOURS[0]
        );
    }
    for (i, period) in periods.iter().enumerate() {
        let _ = writeln!(
            out,
            "<text x=\"{:.1}\" y=\"{}\" text-anchor=\"middle\" class=\"legend\">{}</text>",
            x(i),
            bottom + 14,
            escape(period)
        );
        if let Some(v) = row.points.get(i).copied().flatten() {
            let _ = writeln!(
                out,
                "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"3.5\" fill=\"{}\"/><text x=\"{:.1}\" y=\"{:.1}\" \
text-anchor=\"middle\" class=\"value\">{}</text>",
                x(i),
                y(v),
                COLOURS[0],
                x(i),
                y(v) - 7.0,
                escape(&row.values[i])
            );
        }
    }
    out.push_str("</svg>\n");
}

// ---- charts ----

/// Height of one bar's row; charts with many bars get slimmer rows to fit on a page.
fn bar_height(bars: usize) -> u32 {
    if bars > 30 { 17 } else { 22 }
}
const PLOT_WIDTH: u32 = 400;
/// Longest label shown in full; longer ones are cut (the bar's tooltip has them whole).
const LABEL_CHARS: usize = 44;
const COLOURS: [&str; 4] = ["#1d4e89", "#7aa6d6", "#b9cde5", "#d9d9d9"];

/// A horizontal bar chart; each bar ends with its total and each series has a legend entry
/// with a pattern-free colour plus its name, so the chart reads in black and white too.
fn chart(out: &mut TextOut, c: &BarChart) {
    let legend_height = 24;
    let row = bar_height(c.bars.len());
    let height = legend_height + row * c.bars.len() as u32 + 8;
    let longest = c.bars.iter().map(|b| b.label.chars().count()).max().unwrap_or(0);
    let label_width = 16 + 7 * longest.min(LABEL_CHARS) as u32;
    let width = label_width + PLOT_WIDTH + 60;
    let _ = writeln!(
        out,
        "<figure class=\"chart\">\n<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" \
viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" aria-label=\"{}\">\n<title>{}</title>\n<desc>{}</desc>",
        escape(&c.title),
        escape(&c.title),
        escape(&c.description)
    );
    legend(out, c, label_width);
    let max = c.max_total() as f64;
    for (i, bar) in c.bars.iter().enumerate() {
        let y = legend_height + row * i as u32;
        bar_row(out, bar, BarRow { label_width, y, height: row }, max);
    }
    let _ = writeln!(out, "</svg>\n<figcaption>{}</figcaption>\n</figure>", escape(&c.title));
}

fn legend(out: &mut TextOut, c: &BarChart, label_width: u32) {
    let mut x = label_width;
    for (s, name) in c.series.iter().enumerate() {
        let colour = COLOURS[s % COLOURS.len()];
        let _ = writeln!(
            out,
            "<rect x=\"{x}\" y=\"4\" width=\"12\" height=\"12\" fill=\"{colour}\" stroke=\"#333\" stroke-width=\"0.5\"/>\
<text x=\"{}\" y=\"14\" class=\"legend\">{}</text>",
            x + 16,
            escape(name)
        );
        x += 16 + 7 * name.chars().count() as u32 + 16;
    }
}

/// Where a bar goes: the plot starts at `label_width` (the label ends just left of it), the
/// row at `y`.
struct BarRow {
    label_width: u32,
    y: u32,
    height: u32,
}

fn bar_row(out: &mut TextOut, bar: &crate::document::Bar, row: BarRow, max: f64) {
    let BarRow { label_width, y, height } = row;
    let baseline = y + height / 2 + 4;
    let label = short_label(&bar.label, LABEL_CHARS);
    let _ = writeln!(
        out,
        "<g><title>{}: {}</title><text x=\"{}\" y=\"{}\" text-anchor=\"end\" class=\"label\">{}</text>",
        escape(&bar.label),
        bar.total(),
        label_width - 8,
        baseline,
        escape(&label)
    );
    let mut x = f64::from(label_width);
    for (s, value) in bar.values.iter().enumerate() {
        let w = *value as f64 / max * f64::from(PLOT_WIDTH);
        if w > 0.0 {
            let _ = writeln!(
                out,
                "<rect x=\"{x:.1}\" y=\"{}\" width=\"{w:.1}\" height=\"{}\" fill=\"{}\" stroke=\"#333\" stroke-width=\"0.5\"/>",
                y + 3,
                height - 6,
                COLOURS[s % COLOURS.len()]
            );
        }
        x += w;
    }
    let _ = writeln!(
        out,
        "<text x=\"{:.1}\" y=\"{}\" class=\"value\">{}</text></g>",
        x + 6.0,
        baseline,
        bar.total()
    );
}

/// A label cut to `width` characters with an ellipsis (the full label is in the bar's title).
fn short_label(label: &str, width: usize) -> String {
    if label.chars().count() <= width {
        return label.to_string();
    }
    let kept: String = label.chars().take(width - 1).collect();
    format!("{}…", kept.trim_end())
}

const CSS: &str = r#"
:root { --ink: #1a1a1a; --muted: #555; --rule: #999; --head: #e8eef5; --gap: #fff4c2; }
body { font-family: "Segoe UI", Calibri, "Liberation Sans", Arial, sans-serif; color: var(--ink);
  max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.45; font-size: 11pt; }
h1, h2, h3, h4 { line-height: 1.2; page-break-after: avoid; break-after: avoid; }
h2 { font-size: 1.6em; border-bottom: 2px solid var(--ink); padding-bottom: .2em; margin-top: 2em; }
h3 { font-size: 1.25em; margin-top: 1.6em; }
h4 { font-size: 1.05em; }
.title-page { text-align: center; padding: 4rem 0 3rem; border-bottom: 1px solid var(--rule); }
.title-page .status { display: inline-block; font-size: 1.6em; font-weight: bold; letter-spacing: .3em;
  border: 3px solid var(--ink); padding: .2em .6em; }
.title-page .title { font-size: 2.2em; margin: 1em 0 .5em; }
.title-page .country { font-size: 1.4em; margin: .2em; }
.title-page .period, .title-page .date { font-size: 1.2em; margin: .2em; color: var(--muted); }
.title-page ul { list-style: none; padding: 0; margin-top: 2em; }
nav.contents ol { list-style: none; padding-left: 1.2em; }
nav.contents > ol { padding-left: 0; }
nav.contents a { color: var(--ink); text-decoration: none; }
.placeholder { border: 2px dashed #b58900; background: var(--gap); padding: .6em .8em; margin: 1em 0; }
.gap { background: var(--gap); font-style: italic; }
table { border-collapse: collapse; width: 100%; margin: 1em 0 1.5em; font-size: 9pt; table-layout: fixed; }
caption { text-align: left; font-weight: bold; padding: .3em 0; caption-side: top;
  break-after: avoid; page-break-after: avoid; }
th, td { border: 1px solid var(--rule); padding: .25em .4em; vertical-align: top; text-align: left;
  overflow-wrap: anywhere; }
thead th { background: var(--head); }
thead { display: table-header-group; break-after: avoid; page-break-after: avoid; }
tr { break-inside: avoid; page-break-inside: avoid; }
figure.chart { margin: 1em 0; break-inside: avoid; page-break-inside: avoid; }
figure.chart svg, figure.timeline svg { max-width: 100%; height: auto; }
figure.timeline { margin: 1em 0; }
figure.trajectories { margin: 1em 0; display: flex; flex-wrap: wrap; gap: .5em 1em; }
figure.trajectories svg { break-inside: avoid; page-break-inside: avoid; font-size: 10px; }
figure.trajectories figcaption { flex-basis: 100%; font-size: .9em; color: var(--muted); }
figure.timeline svg text { font-size: 11px; }
figure.chart figcaption { font-size: .9em; color: var(--muted); }
svg text { font-family: inherit; font-size: 12px; fill: #1a1a1a; }
@page { size: A4; margin: 16mm 14mm 18mm;
  @bottom-center { content: counter(page); font-size: 9pt; color: #555; } }
@page wide { size: A4 landscape; margin: 14mm 12mm 16mm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }
  .title-page { padding-top: 30vh; border: none; page-break-after: always; break-after: page; }
  nav.contents { page-break-after: always; break-after: page; }
  section.chapter { page-break-before: always; break-before: page; }
  section.chapter.wide { page: wide; }
  a { color: inherit; text-decoration: none; }
}
"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_special_characters_are_escaped() {
        assert_eq!(
            escape("<script>alert('x')</script> & \"q\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"
        );
    }

    #[test]
    fn long_chart_labels_are_cut() {
        assert_eq!(short_label("Assistance and protection", 10), "Assistanc…");
        assert_eq!(short_label("MoI", 10), "MoI");
    }
}
