//! Word (DOCX), with docx-rs: real heading styles (Word's navigation pane and table of contents
//! see them), a title page, a table of contents with page numbers, table header rows that repeat on every
//! page, landscape sections for chapters with wide tables, and page numbers in the footer.
//!
//! docx-rs writes control characters raw, which makes a corrupt file, and drops line breaks
//! inside a run: every text goes through [`crate::sanitize::clean`] and is split into lines
//! here. What docx-rs cannot write the way Word's schema wants (element order, unique paragraph
//! ids, repeated header rows, rows kept whole, right-to-left paragraphs, the language) is done
//! on its XML by [`ooxml`], and the package with its properties is assembled in [`package`].

mod ooxml;
mod package;

use anyhow::Result;
use docx_rs as w;

use crate::document::{
    Bar, BarChart, Block, Cell, Column, Document, ListItem, Section, Table, TitlePage,
};
use crate::sanitize::clean;

use super::naming;

const PORTRAIT: (u32, u32) = (11906, 16838);
const MARGIN: i32 = 1134;
/// Numbering id of the bullet list (docx-rs already defines id 1 as a numbered list).
const BULLETS: usize = 2;

/// Text width in twips for a page orientation.
fn text_width(landscape: bool) -> u32 {
    let page = if landscape { PORTRAIT.1 } else { PORTRAIT.0 };
    page - 2 * MARGIN as u32
}

/// The document body as it is written: paragraphs and tables go straight into the package,
/// but the air after a table waits, to be dropped before a page break or a section's end.
struct Body<'a> {
    package: package::Package<'a>,
    spacer_pending: bool,
}

impl Body<'_> {
    fn paragraph(&mut self, p: w::Paragraph) -> Result<()> {
        self.flush_spacer()?;
        self.package.paragraph(&p)
    }

    fn paragraphs(&mut self, ps: impl IntoIterator<Item = w::Paragraph>) -> Result<()> {
        ps.into_iter().try_for_each(|p| self.paragraph(p))
    }

    /// A table's head (properties, grid, header row), then its body rows built one at a time.
    fn table(&mut self, head: w::Table, rows: impl Iterator<Item = w::TableRow>) -> Result<()> {
        self.flush_spacer()?;
        self.package.table_head(&head)?;
        drop(head);
        for row in rows {
            self.package.row(&row)?;
        }
        self.package.end_table()
    }

    /// Air after a table; also keeps two tables from merging.
    fn spacer(&mut self) -> Result<()> {
        self.flush_spacer()?;
        self.spacer_pending = true;
        Ok(())
    }

    /// Drops a spacer at the end, where it could spill onto a page of its own.
    fn trim_spacer(&mut self) {
        self.spacer_pending = false;
    }

    fn flush_spacer(&mut self) -> Result<()> {
        if std::mem::take(&mut self.spacer_pending) {
            self.package.paragraph(&spacer())?;
        }
        Ok(())
    }
}

fn spacer() -> w::Paragraph {
    w::Paragraph::new().size(8).line_spacing(w::LineSpacing::new().before(0).after(0))
}

/// Consecutive chapters printed in the same orientation.
struct PageGroup<'a> {
    landscape: bool,
    chapters: Vec<&'a Section>,
}

pub fn write(doc: &Document) -> Result<Vec<u8>> {
    let mut bytes = std::io::Cursor::new(Vec::new());
    write_to(doc, &mut bytes)?;
    Ok(bytes.into_inner())
}

/// The same document as [`write`], written into `out` as it is made.
pub fn write_to(doc: &Document, out: &mut dyn package::Output) -> Result<()> {
    let groups = page_groups(doc);
    let props = package::Properties {
        title: clean(&doc.title_page.title).into_owned(),
        subject: naming::subject(&doc.title_page, &clean(&doc.title_page.country)),
        status: naming::status(&doc.title_page),
        author: clean(&doc.author).into_owned(),
        created: doc.created,
        language: doc.language.clone(),
    };
    let skeleton = skeleton(&groups, &doc.title_page).build();
    let mut body =
        Body { package: package::Package::start(skeleton, &props, out)?, spacer_pending: false };
    let mut bookmarks = Bookmarks::default();
    for (i, group) in groups.iter().enumerate() {
        if i == 0 {
            body.paragraphs(title_page(&doc.title_page))?;
            body.paragraphs(contents(doc))?;
        }
        for (n, chapter) in group.chapters.iter().enumerate() {
            let new_page = n > 0 || i == 0;
            section(&mut body, chapter, new_page, group.landscape, &mut bookmarks)?;
        }
        body.trim_spacer();
        body.package.end_section()?;
    }
    body.package.finish()
}

/// The docx-rs document without its body's content: styles, numbering, and one section per
/// page group with its page size and footer; the last group's properties close the body.
fn skeleton(groups: &[PageGroup], title_page: &TitlePage) -> w::Docx {
    let mut docx = styled(w::Docx::new());
    let last = groups.len() - 1;
    for (i, group) in groups.iter().enumerate() {
        let footer = footer(title_page);
        if i == last {
            docx = finish(docx, group.landscape, footer, i == 0);
        } else {
            docx = docx.add_section(docx_section(group.landscape, footer, i == 0));
        }
    }
    docx
}

/// Chapters grouped by orientation: landscape when a chapter has a wide table.
fn page_groups(doc: &Document) -> Vec<PageGroup<'_>> {
    let mut groups: Vec<PageGroup> = vec![];
    for chapter in &doc.chapters {
        let landscape = chapter.is_wide();
        match groups.last_mut() {
            Some(g) if g.landscape == landscape => g.chapters.push(chapter),
            _ => groups.push(PageGroup { landscape, chapters: vec![chapter] }),
        }
    }
    if groups.first().is_some_and(|g| g.landscape) || groups.is_empty() {
        // The title page and contents are portrait.
        groups.insert(0, PageGroup { landscape: false, chapters: vec![] });
    }
    groups
}

fn page_size(landscape: bool) -> w::PageSize {
    if landscape {
        w::PageSize::new().size(PORTRAIT.1, PORTRAIT.0).orient(w::PageOrientationType::Landscape)
    } else {
        w::PageSize::new().size(PORTRAIT.0, PORTRAIT.1)
    }
}

fn page_margin() -> w::PageMargin {
    w::PageMargin::new()
        .top(MARGIN)
        .bottom(MARGIN)
        .left(MARGIN)
        .right(MARGIN)
        .header(567)
        .footer(567)
}

fn docx_section(landscape: bool, footer: w::Footer, first: bool) -> w::Section {
    let s =
        w::Section::new().page_size(page_size(landscape)).page_margin(page_margin()).footer(footer);
    // A distinct first page without a first-page footer: the title page has none.
    if first { s.title_pg() } else { s }
}

/// The last group's page properties are the document body's own.
fn finish(mut docx: w::Docx, landscape: bool, footer: w::Footer, first: bool) -> w::Docx {
    let size = if landscape { (PORTRAIT.1, PORTRAIT.0) } else { PORTRAIT };
    docx = docx.page_size(size.0, size.1).page_margin(page_margin()).footer(footer);
    if landscape {
        docx = docx.page_orient(w::PageOrientationType::Landscape);
    }
    if first {
        docx = docx.title_pg();
    }
    docx
}

// ---- styles ----

fn styled(docx: w::Docx) -> w::Docx {
    let heading = |level: usize, size: usize, color: &str| {
        w::Style::new(format!("Heading{level}"), w::StyleType::Paragraph)
            .name(format!("heading {level}"))
            .based_on("Normal")
            .next("Normal")
            .q_format(true)
            .outline_lvl(level - 1)
            .size(size)
            .bold()
            .color(color)
            .line_spacing(
                w::LineSpacing::new().before(if level == 1 { 360 } else { 240 }).after(120),
            )
    };
    let toc = |level: usize| {
        w::Style::new(format!("TOC{level}"), w::StyleType::Paragraph)
            .name(format!("toc {level}"))
            .based_on("Normal")
            .next("Normal")
            .indent(Some(((level - 1) * 240) as i32), None, None, None)
            .line_spacing(w::LineSpacing::new().after(60))
    };
    docx.default_fonts(w::RunFonts::new().ascii("Calibri").hi_ansi("Calibri").cs("Calibri"))
        .default_size(21)
        .default_line_spacing(
            w::LineSpacing::new().after(120).line_rule(w::LineSpacingType::Auto).line(264),
        )
        .add_style(heading(1, 32, "1F3864"))
        .add_style(heading(2, 26, "1F3864"))
        .add_style(heading(3, 22, "1F3864"))
        .add_style(toc(1))
        .add_style(toc(2))
        .add_style(
            w::Style::new("Caption", w::StyleType::Paragraph)
                .name("caption")
                .based_on("Normal")
                .next("Normal")
                .size(18)
                .bold()
                .line_spacing(w::LineSpacing::new().before(120).after(60)),
        )
        .add_style(
            w::Style::new("TableText", w::StyleType::Paragraph)
                .name("Table Text")
                .based_on("Normal")
                .size(17)
                .line_spacing(
                    w::LineSpacing::new()
                        .before(0)
                        .after(0)
                        .line_rule(w::LineSpacingType::Auto)
                        .line(240),
                ),
        )
        .add_abstract_numbering(
            w::AbstractNumbering::new(BULLETS).add_level(
                w::Level::new(
                    0,
                    w::Start::new(1),
                    w::NumberFormat::new("bullet"),
                    w::LevelText::new("•"),
                    w::LevelJc::new("left"),
                )
                .indent(
                    Some(360),
                    Some(w::SpecialIndentType::Hanging(360)),
                    None,
                    None,
                ),
            ),
        )
        .add_numbering(w::Numbering::new(BULLETS, BULLETS))
}

// ---- text ----

/// Runs for a text: cleaned of characters XML forbids, one line per run, lines joined by
/// line breaks and tabs kept as tabs.
fn runs(text: &str, style: impl Fn(w::Run) -> w::Run) -> Vec<w::Run> {
    let cleaned = clean(text);
    let lines: Vec<&str> = cleaned.lines().collect();
    let mut runs = vec![];
    for (i, line) in lines.iter().enumerate() {
        let mut run = w::Run::new();
        for (j, part) in line.split('\t').enumerate() {
            if j > 0 {
                run = run.add_tab();
            }
            run = run.add_text(part);
        }
        if i + 1 < lines.len() {
            run = run.add_break(w::BreakType::TextWrapping);
        }
        runs.push(style(run));
    }
    runs
}

fn plain(run: w::Run) -> w::Run {
    run
}

fn paragraph(text: &str) -> w::Paragraph {
    runs(text, plain).into_iter().fold(w::Paragraph::new(), w::Paragraph::add_run)
}

fn placeholder(text: &str) -> w::Paragraph {
    let label = w::Run::new()
        .add_text(format!("{} ", crate::fl!("export-for-drafting-team")))
        .bold()
        .highlight("yellow");
    runs(text, gap_style)
        .into_iter()
        .fold(w::Paragraph::new().add_run(label), w::Paragraph::add_run)
}

fn gap_style(run: w::Run) -> w::Run {
    run.italic().highlight("yellow")
}

fn list_item(item: &ListItem) -> w::Paragraph {
    let mut p = w::Paragraph::new().numbering(w::NumberingId::new(BULLETS), w::IndentLevel::new(0));
    if let Some(label) = &item.label {
        p = p.add_run(
            w::Run::new().add_text(format!("{} ", crate::i18n::label(&clean(label)))).bold(),
        );
    }
    let style = if item.placeholder { gap_style } else { plain };
    runs(&item.text, style).into_iter().fold(p, w::Paragraph::add_run)
}

// ---- title page, contents, footer ----

fn title_page(page: &TitlePage) -> Vec<w::Paragraph> {
    let centred = |text: &str, size: usize, bold: bool, before: u32| {
        let run = |r: w::Run| if bold { r.size(size).bold() } else { r.size(size) };
        runs(text, run).into_iter().fold(
            w::Paragraph::new().align(w::AlignmentType::Center).line_spacing(
                w::LineSpacing::new()
                    .before(before)
                    .after(120)
                    .line_rule(w::LineSpacingType::Auto)
                    .line(240),
            ),
            w::Paragraph::add_run,
        )
    };
    let mut children = vec![
        centred(&page.status, 40, true, 1800),
        centred(&page.title, 44, true, 960),
        centred(&page.country, 32, false, 480),
        centred(&page.period, 28, false, 120),
        centred(&naming::dated(page), 24, false, 120),
    ];
    let mut first = true;
    for fact in &page.facts {
        let text = match &fact.label {
            Some(label) => format!("{} {}", crate::i18n::label(label), fact.text),
            None => fact.text.clone(),
        };
        children.push(centred(&text, 21, false, if first { 1440 } else { 60 }));
        first = false;
    }
    children
}

/// The contents: one entry per heading of levels 1-2, linked to its heading, with a PAGEREF
/// field for its page. Not a TOC field: LibreOffice shows a TOC field's stored result and
/// never updates it on opening, so its page numbers would stay blank; PAGEREF fields it
/// computes on layout, and Word updates them on opening (`updateFields` in the settings).
/// The contents' heading, then one entry per chapter and section, each made as it is written
/// (a big plan's contents are thousands of entries).
fn contents(doc: &Document) -> impl Iterator<Item = w::Paragraph> + '_ {
    let heading = w::Paragraph::new()
        .add_run(
            w::Run::new().add_text(crate::fl!("export-contents")).size(32).bold().color("1F3864"),
        )
        .page_break_before(true)
        .line_spacing(w::LineSpacing::new().after(240));
    let page_column = w::Tab::new()
        .val(w::TabValueType::Right)
        .leader(w::TabLeaderType::Dot)
        .pos(text_width(false) as usize);
    let entries = doc.sections().into_iter().filter(|s| s.level() <= 2).map(move |s| {
        let link = w::Hyperlink::new(bookmark_name(s), w::HyperlinkType::Anchor)
            .add_run(w::Run::new().add_text(clean(&s.heading())))
            .add_run(w::Run::new().add_tab())
            .add_run(page_reference(&bookmark_name(s)));
        w::Paragraph::new()
            .style(&format!("TOC{}", s.level()))
            .add_tab(page_column.clone())
            .add_hyperlink(link)
    });
    std::iter::once(heading).chain(entries)
}

/// A PAGEREF field to a heading's bookmark; its result is filled in on layout.
fn page_reference(bookmark: &str) -> w::Run {
    w::Run::new()
        .add_field_char(w::FieldCharType::Begin, true)
        .add_instr_text(w::InstrText::PAGEREF(w::InstrPAGEREF::new(bookmark).hyperlink()))
        .add_field_char(w::FieldCharType::Separate, false)
        .add_text("")
        .add_field_char(w::FieldCharType::End, false)
}

fn footer(page: &TitlePage) -> w::Footer {
    let text = naming::footer(page, &clean(&page.title));
    let page_number = w::Run::new()
        .size(16)
        .color("595959")
        .add_field_char(w::FieldCharType::Begin, false)
        .add_instr_text(w::InstrText::PAGE(w::InstrPAGE {}))
        .add_field_char(w::FieldCharType::Separate, false)
        .add_text("1")
        .add_field_char(w::FieldCharType::End, false);
    let p = w::Paragraph::new()
        .align(w::AlignmentType::Center)
        .add_run(w::Run::new().add_text(text).size(16).color("595959"))
        .add_run(page_number);
    w::Footer::new().add_paragraph(p)
}

// ---- sections ----

/// Bookmark ids for the headings, so the contents can link to them.
#[derive(Default)]
struct Bookmarks {
    next: usize,
}

/// A bookmark name Word accepts (letters, digits, underscore; at most 40 characters).
fn bookmark_name(s: &Section) -> String {
    format!("_Toc_{}", s.anchor().replace('-', "_"))
}

fn section(
    body: &mut Body,
    s: &Section,
    new_page: bool,
    landscape: bool,
    bookmarks: &mut Bookmarks,
) -> Result<()> {
    let level = s.level().min(3);
    if level == 1 && new_page {
        body.trim_spacer();
    }
    let id = bookmarks.next;
    bookmarks.next += 1;
    let heading = w::Paragraph::new()
        .style(&format!("Heading{level}"))
        .keep_next(true)
        .page_break_before(level == 1 && new_page)
        .add_bookmark_start(id, bookmark_name(s))
        .add_run(w::Run::new().add_text(clean(&s.heading())))
        .add_bookmark_end(id);
    body.paragraph(heading)?;
    for block in &s.blocks {
        match block {
            Block::Paragraph(text) => body.paragraph(paragraph(text))?,
            Block::Placeholder(text) => body.paragraph(placeholder(text))?,
            Block::List(items) => body.paragraphs(items.iter().map(list_item))?,
            Block::Table(t) => table(body, t, landscape)?,
            Block::Chart(c) => chart(body, c, landscape)?,
            Block::Timeline(t) => timeline(body, t, landscape)?,
            Block::Trajectories(t) => table(body, &t.as_table(), landscape)?,
        }
    }
    for sub in &s.sections {
        section(body, sub, true, landscape, bookmarks)?;
    }
    Ok(())
}

fn table(body: &mut Body, t: &Table, landscape: bool) -> Result<()> {
    let widths = column_widths(t, text_width(landscape));
    let rows = t.rows.iter().map(|row| w::TableRow::new(body_cells(row, &widths)));
    push_table(body, t, widths.clone(), rows)
}

/// Caption, header row and body rows of a table.
fn push_table(
    body: &mut Body,
    t: &Table,
    widths: Vec<usize>,
    rows: impl Iterator<Item = w::TableRow>,
) -> Result<()> {
    let caption = w::Paragraph::new()
        .style("Caption")
        .keep_next(true)
        .add_run(w::Run::new().add_text(clean(&t.caption)));
    body.paragraph(caption)?;
    let header: Vec<w::TableCell> =
        t.columns.iter().zip(&widths).map(|(c, &width)| header_cell(&c.title, width)).collect();
    let total: usize = widths.iter().sum();
    let head = w::Table::new(vec![w::TableRow::new(header)])
        .set_grid(widths)
        .layout(w::TableLayoutType::Fixed)
        .width(total, w::WidthType::Dxa);
    body.table(head, rows)?;
    body.spacer()
}

fn body_cells(row: &[Cell], widths: &[usize]) -> Vec<w::TableCell> {
    row.iter().zip(widths).map(|(c, &width)| body_cell(c, width)).collect()
}

// ---- charts ----

const BAR_COLOURS: [&str; 4] = ["1D4E89", "7AA6D6", "B9CDE5", "D9D9D9"];
/// Length of the longest bar, in shaded spaces.
const BAR_STEPS: usize = 40;

/// A chart as its table of numbers with a last column of bars: runs of shaded non-breaking
/// spaces, so the bars need no picture and no special font.
fn chart(body: &mut Body, c: &BarChart, landscape: bool) -> Result<()> {
    body.paragraph(paragraph(&c.description))?;
    body.paragraph(legend(c))?;
    let mut t = c.as_table();
    t.columns.push(Column::text("", 36));
    let widths = column_widths(&t, text_width(landscape));
    let data_widths = &widths[..widths.len() - 1];
    let bar_width = widths[widths.len() - 1];
    let rows = t.rows.iter().zip(&c.bars).map(|(row, bar)| {
        let mut cells = body_cells(row, data_widths);
        cells.push(bar_cell(bar, c.max_total(), bar_width));
        w::TableRow::new(cells)
    });
    push_table(body, &t, widths.clone(), rows)
}

/// A timeline as its table, the years an action runs shaded (and marked, for readers of the
/// text alone).
fn timeline(body: &mut Body, t: &crate::document::Timeline, landscape: bool) -> Result<()> {
    body.paragraph(paragraph(&t.description))?;
    let table = t.as_table();
    let widths = column_widths(&table, text_width(landscape));
    let rows = table.rows.iter().map(|row| {
        let cells = row
            .iter()
            .zip(&widths)
            .map(|(c, &width)| {
                let cell = body_cell(c, width);
                if c.text == crate::document::TIMELINE_MARK {
                    let fill = w::Shading::new().shd_type(w::ShdType::Clear).color("auto");
                    cell.shading(fill.fill(BAR_COLOURS[0]))
                } else {
                    cell
                }
            })
            .collect();
        w::TableRow::new(cells)
    });
    push_table(body, &table, widths.clone(), rows)
}

fn shaded(run: w::Run, series: usize) -> w::Run {
    let fill = BAR_COLOURS[series % BAR_COLOURS.len()];
    run.shading(w::Shading::new().shd_type(w::ShdType::Clear).color("auto").fill(fill))
}

fn legend(c: &BarChart) -> w::Paragraph {
    let mut p = w::Paragraph::new().keep_next(true);
    for (s, name) in c.series.iter().enumerate() {
        p = p
            .add_run(shaded(w::Run::new().add_text("\u{a0}\u{a0}\u{a0}"), s))
            .add_run(w::Run::new().add_text(format!(" {}    ", clean(name))).size(18));
    }
    p
}

fn bar_cell(bar: &Bar, max: usize, width: usize) -> w::TableCell {
    let mut p = w::Paragraph::new().style("TableText");
    for (s, value) in bar.values.iter().enumerate() {
        let steps = (value * BAR_STEPS).div_ceil(max);
        if *value > 0 {
            p = p.add_run(shaded(w::Run::new().add_text("\u{a0}".repeat(steps)).size(14), s));
        }
    }
    w::TableCell::new().width(width, w::WidthType::Dxa).add_paragraph(p)
}

/// Column widths in twips, proportional to the hints, filling `width`.
fn column_widths(t: &Table, width: u32) -> Vec<usize> {
    let weights: Vec<u32> = (0..t.columns.len()).map(|c| column_weight(t, c)).collect();
    let total: u32 = weights.iter().sum::<u32>().max(1);
    weights.iter().map(|w| (w * width / total) as usize).collect()
}

/// Longest word a cell word may widen its column to (a web address must not take the page).
const LONGEST_CELL_WORD: usize = 14;

/// A column's share: its hint, widened so its title's words and its cells' short words (a
/// number such as 4.10.3, a French or Russian header) are not broken across lines.
fn column_weight(t: &Table, c: usize) -> u32 {
    let column = &t.columns[c];
    let longest =
        |text: &str| text.split_whitespace().map(|w| w.chars().count()).max().unwrap_or(0);
    let cells = t.rows.iter().filter_map(|r| r.get(c)).map(|cell| longest(&cell.text));
    let cells = cells.max().unwrap_or(0).min(LONGEST_CELL_WORD);
    let words = longest(&column.title).max(cells) as u32;
    // A quarter more than the characters: bold headers and wide letters take more room.
    u32::from(column.width.max(1)).max(words * 5 / 4 + 2)
}

fn header_cell(title: &str, width: usize) -> w::TableCell {
    let p = runs(title, |r| r.bold())
        .into_iter()
        .fold(w::Paragraph::new().style("TableText"), w::Paragraph::add_run);
    w::TableCell::new()
        .width(width, w::WidthType::Dxa)
        .shading(w::Shading::new().shd_type(w::ShdType::Clear).color("auto").fill("DCE6F1"))
        .add_paragraph(p)
}

fn body_cell(c: &Cell, width: usize) -> w::TableCell {
    let style = if c.placeholder { gap_style } else { plain };
    let cell = w::TableCell::new().width(width, w::WidthType::Dxa);
    let cleaned = clean(&c.text);
    let lines: Vec<&str> = cleaned.lines().collect();
    if lines.is_empty() {
        return cell.add_paragraph(w::Paragraph::new().style("TableText"));
    }
    lines.into_iter().fold(cell, |cell, line| {
        let p = runs(line, style)
            .into_iter()
            .fold(w::Paragraph::new().style("TableText"), w::Paragraph::add_run);
        cell.add_paragraph(p)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_never_reach_the_xml() {
        let bytes = w::Docx::new().add_paragraph(paragraph("a\u{b}b\u{1}c\nd")).build().document;
        let xml = String::from_utf8(bytes).unwrap();
        assert!(!xml.contains('\u{b}') && !xml.contains('\u{1}'));
        assert!(xml.contains("abc") && xml.contains("<w:br"));
    }
}
