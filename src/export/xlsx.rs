//! Excel (XLSX), with rust_xlsxwriter: one workbook with the sheets Actions, Budget, Timeline, Monitoring
//! framework, Responsibilities, Gaps and Institutions, for the team to go on editing. Frozen
//! header rows, autofilter, wrapped text, widths from the document's hints, and drop-down lists
//! for the columns with fixed values (priority, baseline, ...).
//!
//! User text is always written as a string cell, never as a formula, so `=HYPERLINK(...)` in a
//! note stays text. Budgets are numbers with a thousands format. A text longer than a cell can
//! hold (32,767 characters) is cut with a marker that says so; [`cut_cells`] lists them for the
//! export's output.

use anyhow::{Context, Result};
use rust_xlsxwriter::{
    Color, DataValidation, DocProperties, Format, FormatAlign, FormatBorder, Workbook, Worksheet,
    XlsxError,
};

use std::borrow::Cow;

use crate::document::{Cell, ColumnKind, Document, DocumentKind, Table, TitlePage};

use crate::sanitize::clean;

/// Rows below the data that still get the drop-down lists, for actions added in Excel.
const SPARE_ROWS: u32 = 500;
/// Default row height in points (Calibri 11), and the most lines a row is made tall for.
const LINE_HEIGHT: f64 = 15.0;
const MAX_LINES: usize = 27;
/// Excel's limit for the text of one cell.
const MAX_CELL_CHARS: usize = 32_767;
/// The number format of amounts of money: thousands separated, no decimals.
const MONEY_FORMAT: &str = "#,##0";

pub fn write(doc: &Document) -> Result<Vec<u8>> {
    let sheets = built_sheets(doc);
    workbook(&doc.title_page, sheets)?
        .0
        .save_to_buffer()
        .with_context(|| crate::fl!("xlsx-assemble-failed"))
}

/// A sheet to write: its name, table (built or made for it) and frozen columns.
pub type Sheet<'a> = (String, Cow<'a, Table>, u16);

/// The workbook of the draft with title page `page`, written into `file`, its sheets made one
/// at a time by `sheets` (each leaves memory once written). Returns the cells it cut, as
/// [`cut_cells`] does.
pub fn write_sheets_to<'a>(
    page: &TitlePage,
    sheets: impl IntoIterator<Item = Sheet<'a>>,
    file: impl std::io::Write + Send,
) -> Result<Vec<String>> {
    let (mut workbook, cut) = workbook(page, sheets)?;
    workbook.save_to_writer(file).with_context(|| crate::fl!("xlsx-assemble-failed"))?;
    Ok(cut)
}

/// [`write`] into `file`.
pub fn write_to(doc: &Document, file: impl std::io::Write + Send) -> Result<()> {
    write_sheets_to(&doc.title_page, built_sheets(doc), file).map(drop)
}

pub(super) fn built_sheets(doc: &Document) -> impl Iterator<Item = Sheet<'_>> {
    doc.workbook().into_iter().map(|(name, table, frozen)| (name, Cow::Borrowed(table), frozen))
}

fn workbook<'a>(
    page: &TitlePage,
    sheets: impl IntoIterator<Item = Sheet<'a>>,
) -> Result<(Workbook, Vec<String>)> {
    let mut workbook = Workbook::new();
    workbook.set_properties(
        &DocProperties::new()
            .set_title(clean(&page.title))
            .set_subject(format!("{} {}", clean(&page.country), page.period))
            .set_status(match page.kind {
                DocumentKind::Draft => crate::fl!("xlsx-status-draft"),
                _ => super::naming::status(page),
            })
            .set_comment(crate::fl!("xlsx-made-with")),
    );
    let header = super::naming::sheet_header(page);
    let mut cut = vec![];
    for (name, table, frozen_columns) in sheets {
        cut.extend(cut_in(&name, &table));
        let name = sheet_name(&name);
        // Rows are written top to bottom, so each can leave memory once the next one starts.
        let sheet = workbook
            .add_worksheet_with_constant_memory()
            .with_context(|| crate::fl!("xlsx-sheet-failed", name = name.as_str()))?;
        write_sheet(sheet, (&name, &header), &table, frozen_columns)
            .with_context(|| crate::fl!("xlsx-sheet-failed", name = name.as_str()))?;
    }
    Ok((workbook, cut))
}

/// A sheet name Excel accepts, whatever a translation (or the pseudo-locale's brackets) made
/// of it: none of `[ ] : * ? / \`, no apostrophe at either end, at most 31 characters.
fn sheet_name(name: &str) -> String {
    let kept: String = name.chars().filter(|c| !"[]:*?/\\".contains(*c)).collect();
    let kept: String = kept.trim().trim_matches('\'').chars().take(31).collect();
    kept.trim_end().to_string()
}

/// `name`: the sheet's; `header`: the words printed at the left of each page's header.
fn write_sheet(
    sheet: &mut Worksheet,
    (name, page_header): (&str, &str),
    table: &Table,
    frozen_columns: u16,
) -> Result<(), XlsxError> {
    sheet.set_name(name)?;
    let header = Format::new()
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::Top)
        .set_background_color(Color::RGB(0xDCE6F1))
        .set_border_bottom(FormatBorder::Thin);
    let body = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    for (c, column) in table.columns.iter().enumerate() {
        let col = c as u16;
        sheet.set_column_width(col, f64::from(width_of(column)))?;
        sheet.write_string_with_format(0, col, clean(&column.title), &header)?;
    }
    // Tall enough for the wrapped titles, so a title never runs over the first data row.
    sheet.set_row_height(0, header_height(table))?;
    let money = body.clone().set_num_format(MONEY_FORMAT);
    for (r, row) in table.rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            let kind = &table.columns[c].kind;
            let format = if *kind == ColumnKind::Money { &money } else { &body };
            write_cell(sheet, r as u32 + 1, c as u16, cell, kind, format)?;
        }
        sheet.set_row_height(r as u32 + 1, row_height(row, table))?;
    }
    let last_row = table.rows.len().max(1) as u32;
    let last_col = table.columns.len().saturating_sub(1) as u16;
    sheet.set_freeze_panes(1, frozen_columns)?;
    sheet.autofilter(0, 0, last_row, last_col)?;
    drop_down_lists(sheet, table)?;
    page_setup(sheet, name, page_header)?;
    Ok(())
}

/// Points for a row tall enough for its wrapped text. Spreadsheets do not fit row heights to
/// wrapped text when they open a file (LibreOffice shows overlapping lines), so we estimate.
fn row_height(row: &[Cell], table: &Table) -> f64 {
    let lines = row
        .iter()
        .zip(&table.columns)
        .map(|(cell, column)| wrapped_lines(&cell.text, usize::from(width_of(column))))
        .max()
        .unwrap_or(1);
    LINE_HEIGHT * lines.clamp(1, MAX_LINES) as f64
}

/// Points for the header row: its longest wrapped title.
fn header_height(table: &Table) -> f64 {
    let lines = table
        .columns
        .iter()
        .map(|c| wrapped_lines(&c.title, usize::from(width_of(c))))
        .max()
        .unwrap_or(1);
    LINE_HEIGHT * lines.clamp(1, MAX_LINES) as f64
}

/// Lines a text takes in a column `width` characters wide (a little narrower, for margins).
fn wrapped_lines(text: &str, width: usize) -> usize {
    let usable = width.saturating_sub(1).max(1);
    text.lines().map(|line| line.chars().count().div_ceil(usable).max(1)).sum()
}

fn column_width(hint: u16) -> u16 {
    hint.clamp(6, 60)
}

/// A column's width: its hint, widened so no word of its title is broken across lines (a
/// translated title is often longer: "Responsable", "Ответственный").
fn width_of(column: &crate::document::Column) -> u16 {
    let longest = column.title.split_whitespace().map(|w| w.chars().count()).max().unwrap_or(0);
    // Two more for the bold face and the filter button.
    column_width(column.width).max(column_width(longest as u16 + 2))
}

fn write_cell(
    sheet: &mut Worksheet,
    row: u32,
    col: u16,
    cell: &Cell,
    kind: &ColumnKind,
    format: &Format,
) -> Result<(), XlsxError> {
    let text = clean(&cell.text);
    if text.is_empty() {
        return Ok(());
    }
    if matches!(kind, ColumnKind::Number | ColumnKind::Money)
        && let Ok(number) = text.parse::<f64>()
    {
        sheet.write_number_with_format(row, col, number, format)?;
        return Ok(());
    }
    sheet.write_string_with_format(row, col, fit_cell(&text), format)?;
    Ok(())
}

/// The text as it fits a cell: whole, or cut before the limit with a marker that says how much
/// is missing and where the whole text is.
fn fit_cell(text: &str) -> String {
    let length = text.chars().count();
    if length <= MAX_CELL_CHARS {
        return text.to_string();
    }
    let marker = |missing: usize| {
        format!(" [{}]", crate::fl!("xlsx-cut-marker", count = crate::i18n::number(missing as u64)))
    };
    // The marker's length barely depends on the count: size it for the largest one.
    let keep = MAX_CELL_CHARS - marker(length).chars().count();
    let kept: String = text.chars().take(keep).collect();
    format!("{kept}{}", marker(length - keep))
}

/// The cells [`write`] cuts, as "sheet, column, row N (action 4.1.1): kept of total characters".
pub fn cut_cells(doc: &Document) -> Vec<String> {
    doc.workbook().into_iter().flat_map(|(name, table, _)| cut_in(&name, table)).collect()
}

/// The cells of one sheet that are cut, as [`cut_cells`] lists them.
fn cut_in(name: &str, table: &Table) -> Vec<String> {
    let mut cut = vec![];
    for (r, row) in table.rows.iter().enumerate() {
        for (cell, column) in row.iter().zip(&table.columns) {
            let length = clean(&cell.text).chars().count();
            if length > MAX_CELL_CHARS {
                let first = row.first().map(|c| c.text.as_str()).unwrap_or_default();
                cut.push(crate::fl!(
                    "xlsx-cut-cell",
                    sheet = name,
                    column = clean(&column.title).into_owned(),
                    row = (r + 2),
                    first = first,
                    length = crate::i18n::number(length as u64),
                    limit = crate::i18n::number(MAX_CELL_CHARS as u64)
                ));
            }
        }
    }
    cut
}

fn drop_down_lists(sheet: &mut Worksheet, table: &Table) -> Result<(), XlsxError> {
    let last_row = table.rows.len() as u32 + SPARE_ROWS;
    for (c, column) in table.columns.iter().enumerate() {
        if let ColumnKind::Choice(values) = &column.kind {
            let validation = DataValidation::new()
                .allow_list_strings(values)?
                .set_error_title(crate::fl!("xlsx-not-in-list"))?
                .set_error_message(crate::fl!(
                    "xlsx-one-of",
                    column = column.title.clone(),
                    values = values.join(", ")
                ))?;
            sheet.add_data_validation(1, c as u16, last_row, c as u16, &validation)?;
        }
    }
    Ok(())
}

/// A4 landscape, one page wide (the columns scaled to fit), the header row on every page.
fn page_setup(sheet: &mut Worksheet, name: &str, header: &str) -> Result<(), XlsxError> {
    sheet.set_paper_size(9).set_landscape().set_print_fit_to_pages(1, 0);
    sheet.set_repeat_rows(0, 0)?;
    let draft = clean(header).replace('&', "&&");
    sheet.set_header(format!("&L&\"-,Bold\"{draft}&R{}", name.replace('&', "&&")));
    sheet.set_footer(format!("&C{}", crate::fl!("xlsx-footer-page", page = "&P", pages = "&N")));
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn no_word_of_a_column_title_is_broken_across_lines() {
        for (title, hint) in [("Responsable", 6), ("Ответственный", 6), ("Lead", 6)] {
            let column = crate::document::Column::text(title, hint);
            let width = usize::from(super::width_of(&column));
            assert!(width >= title.chars().count() + 2, "{title}: {width}");
        }
        assert_eq!(super::width_of(&crate::document::Column::text("No.", 6)), 6);
    }

    use super::*;

    #[test]
    fn a_text_too_long_for_a_cell_is_cut_with_a_marker() {
        let long = "word ".repeat(10_000);
        let fitted = fit_cell(&long);
        assert_eq!(fitted.chars().count(), MAX_CELL_CHARS);
        assert!(fitted.contains("[… cut: 17,"), "{}", &fitted[fitted.len() - 200..]);
        assert_eq!(fit_cell("short"), "short");
    }
}
