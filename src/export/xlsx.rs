//! Excel (XLSX), with rust_xlsxwriter: one workbook with the sheets Actions, Monitoring
//! framework, Responsibilities, Gaps and Institutions, for the team to go on editing. Frozen
//! header rows, autofilter, wrapped text, widths from the document's hints, and drop-down lists
//! for the columns with fixed values (priority, baseline, ...).
//!
//! User text is always written as a string cell, never as a formula, so `=HYPERLINK(...)` in a
//! note stays text.

use anyhow::{Context, Result};
use rust_xlsxwriter::{
    Color, DataValidation, DocProperties, Format, FormatAlign, FormatBorder, Workbook, Worksheet,
    XlsxError,
};

use crate::document::{Cell, ColumnKind, Document, Table};

use crate::sanitize::clean;

/// Rows below the data that still get the drop-down lists, for actions added in Excel.
const SPARE_ROWS: u32 = 500;
/// Default row height in points (Calibri 11), and the most lines a row is made tall for.
const LINE_HEIGHT: f64 = 15.0;
const MAX_LINES: usize = 27;
/// Characters of column width that print readably across an A4 landscape page.
const PAGE_WIDTH_CHARS: u32 = 200;
/// Excel's limit for the text of one cell.
const MAX_CELL_CHARS: usize = 32_767;

pub fn write(doc: &Document) -> Result<Vec<u8>> {
    let m = &doc.matrices;
    let sheets: [(&str, &Table, u16); 5] = [
        ("Actions", &m.actions, 1),
        ("Monitoring framework", &m.monitoring, 1),
        ("Responsibilities", &m.responsibilities, 2),
        ("Gaps", &m.gaps, 1),
        ("Institutions", &m.institutions, 1),
    ];
    let mut workbook = Workbook::new();
    workbook.set_properties(
        &DocProperties::new()
            .set_title(clean(&doc.title_page.title))
            .set_subject(format!("{} {}", clean(&doc.title_page.country), doc.title_page.period))
            .set_status("Draft")
            .set_comment("Made with napwiz"),
    );
    for (name, table, frozen_columns) in sheets {
        let sheet = workbook.add_worksheet();
        write_sheet(sheet, name, table, frozen_columns)
            .with_context(|| format!("could not write the sheet '{name}'"))?;
    }
    workbook.save_to_buffer().context("could not assemble the workbook")
}

fn write_sheet(
    sheet: &mut Worksheet,
    name: &str,
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
        sheet.set_column_width(col, f64::from(column_width(column.width)))?;
        sheet.write_string_with_format(0, col, clean(&column.title), &header)?;
    }
    for (r, row) in table.rows.iter().enumerate() {
        for (c, cell) in row.iter().enumerate() {
            write_cell(sheet, r as u32 + 1, c as u16, cell, &table.columns[c].kind, &body)?;
        }
        sheet.set_row_height(r as u32 + 1, row_height(row, table))?;
    }
    let last_row = table.rows.len().max(1) as u32;
    let last_col = table.columns.len().saturating_sub(1) as u16;
    sheet.set_freeze_panes(1, frozen_columns)?;
    sheet.autofilter(0, 0, last_row, last_col)?;
    drop_down_lists(sheet, table)?;
    page_setup(sheet, name, table)?;
    Ok(())
}

/// Points for a row tall enough for its wrapped text. Spreadsheets do not fit row heights to
/// wrapped text when they open a file (LibreOffice shows overlapping lines), so we estimate.
fn row_height(row: &[Cell], table: &Table) -> f64 {
    let lines = row
        .iter()
        .zip(&table.columns)
        .map(|(cell, column)| wrapped_lines(&cell.text, usize::from(column_width(column.width))))
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
    if *kind == ColumnKind::Number
        && let Ok(number) = text.parse::<f64>()
    {
        sheet.write_number_with_format(row, col, number, format)?;
        return Ok(());
    }
    let text: String = text.chars().take(MAX_CELL_CHARS).collect();
    sheet.write_string_with_format(row, col, text, format)?;
    Ok(())
}

fn drop_down_lists(sheet: &mut Worksheet, table: &Table) -> Result<(), XlsxError> {
    let last_row = table.rows.len() as u32 + SPARE_ROWS;
    for (c, column) in table.columns.iter().enumerate() {
        if let ColumnKind::Choice(values) = &column.kind {
            let validation = DataValidation::new()
                .allow_list_strings(values)?
                .set_error_title("Not in the list")?
                .set_error_message(format!("{} is one of: {}", column.title, values.join(", ")))?;
            sheet.add_data_validation(1, c as u16, last_row, c as u16, &validation)?;
        }
    }
    Ok(())
}

/// A4 landscape, as many pages wide as keeps the text readable, the header row on every page
/// and the first column on every page across.
fn page_setup(sheet: &mut Worksheet, name: &str, table: &Table) -> Result<(), XlsxError> {
    let width: u32 = table.columns.iter().map(|c| u32::from(column_width(c.width))).sum();
    let pages_wide = width.div_ceil(PAGE_WIDTH_CHARS).max(1) as u16;
    sheet.set_paper_size(9).set_landscape().set_print_fit_to_pages(pages_wide, 0);
    sheet.set_repeat_rows(0, 0)?;
    if pages_wide > 1 {
        sheet.set_repeat_columns(0, 0)?;
    }
    sheet.set_header(format!("&L&\"-,Bold\"DRAFT&R{}", name.replace('&', "&&")));
    sheet.set_footer("&CPage &P of &N");
    Ok(())
}
