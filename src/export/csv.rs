//! CSV: the action matrix, the monitoring framework and the responsibility matrix, one file
//! each, UTF-8 with RFC 4180 quoting.
//!
//! For Excel (`--excel`) a byte-order mark comes first (or Excel misreads accented letters) and
//! fields are separated by ';' (the list separator of most European locales). A cell that
//! starts with `=`, `+`, `-`, `@`, a tab or a carriage return would be run as a formula by
//! spreadsheets (CSV injection), so it gets a leading apostrophe in every variant.

use anyhow::{Context, Result};

use crate::document::{Document, Table};
use crate::sanitize::clean;

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// The three files as (name suffix, bytes).
pub fn write_all(doc: &Document, excel: bool) -> Result<Vec<(String, Vec<u8>)>> {
    let m = &doc.matrices;
    [
        ("-actions.csv", &m.actions),
        ("-monitoring.csv", &m.monitoring),
        ("-responsibilities.csv", &m.responsibilities),
    ]
    .into_iter()
    .map(|(suffix, table)| {
        let bytes = write(table, excel)
            .with_context(|| format!("could not write the CSV table '{}'", table.caption))?;
        Ok((suffix.to_string(), bytes))
    })
    .collect()
}

/// One table as CSV: the header row, then the rows.
pub fn write(table: &Table, excel: bool) -> Result<Vec<u8>> {
    let mut out = Vec::with_capacity(64 * 1024);
    if excel {
        out.extend_from_slice(BOM);
    }
    let mut writer = ::csv::WriterBuilder::new()
        .delimiter(if excel { b';' } else { b',' })
        .terminator(::csv::Terminator::CRLF)
        .from_writer(out);
    writer.write_record(table.columns.iter().map(|c| neutralise(&c.title)))?;
    for row in &table.rows {
        writer.write_record(row.iter().map(|c| neutralise(&c.text)))?;
    }
    writer.into_inner().map_err(|e| anyhow::anyhow!("{}", e.error()))
}

/// A cell that no spreadsheet will evaluate: control characters stripped, and a leading
/// apostrophe before anything that would start a formula.
pub fn neutralise(text: &str) -> String {
    let text = clean(text);
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.into_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::{Cell, Column};

    fn table(cells: &[&str]) -> Table {
        Table {
            caption: "t".into(),
            columns: cells.iter().map(|_| Column::text("h", 5)).collect(),
            rows: vec![cells.iter().map(|c| Cell::from(*c)).collect()],
            wide: false,
        }
    }

    #[test]
    fn formula_starts_are_neutralised() {
        for bad in ["=1+1", "+1", "-30% victims", "@SUM(A1)", "\tx"] {
            assert!(neutralise(bad).starts_with('\''), "{bad:?}");
        }
        assert_eq!(neutralise("2027-2030"), "2027-2030");
    }

    #[test]
    fn excel_variant_has_a_bom_and_semicolons() {
        let bytes = write(&table(&["a;b", "c"]), true).unwrap();
        assert!(bytes.starts_with(BOM));
        assert_eq!(&bytes[3..], b"h;h\r\n\"a;b\";c\r\n");
        let plain = write(&table(&["a,b", "c"]), false).unwrap();
        assert_eq!(plain, b"h,h\r\n\"a,b\",c\r\n");
    }
}
