//! CSV: the action matrix, the monitoring framework and the responsibility matrix, one file
//! each, UTF-8 with RFC 4180 quoting.
//!
//! For Excel (`--excel`) a byte-order mark comes first (or Excel misreads accented letters) and
//! fields are separated by ';' (the list separator of most European locales).
//!
//! A spreadsheet reads a CSV cell as it would a typed one, so two kinds of cell are rewritten
//! in every variant: a cell it would evaluate as a formula (CSV injection) gets a leading
//! apostrophe, and an action number (4.1.1, which a German-locale spreadsheet reads as the date
//! 4 January 2001) is written "Action 4.1.1".

use anyhow::{Context, Result};

use crate::document::{ColumnKind, Document, Matrix, Table};
use crate::sanitize::clean;

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// The three files as (name suffix, bytes).
pub fn write_all(doc: &Document, excel: bool) -> Result<Vec<(String, Vec<u8>)>> {
    files(doc)
        .into_iter()
        .map(|(suffix, table)| Ok((suffix.to_string(), write(table, excel)?)))
        .collect()
}

/// The three files: name suffix and matrix.
pub const FILES: [(&str, Matrix); 3] = [
    ("-actions.csv", Matrix::Actions),
    ("-monitoring.csv", Matrix::Monitoring),
    ("-responsibilities.csv", Matrix::Responsibilities),
];

/// The three files' name suffixes and tables.
pub fn files(doc: &Document) -> [(&'static str, &Table); 3] {
    FILES.map(|(suffix, matrix)| (suffix, doc.matrices.table(matrix)))
}

/// One table as CSV: the header row, then the rows.
pub fn write(table: &Table, excel: bool) -> Result<Vec<u8>> {
    let mut out = Vec::with_capacity(64 * 1024);
    write_to(table, excel, &mut out)?;
    Ok(out)
}

/// The same CSV as [`write`], written into `file` a row at a time.
pub fn write_to(table: &Table, excel: bool, mut file: impl std::io::Write) -> Result<()> {
    write_table(table, excel, &mut file)
        .with_context(|| crate::fl!("csv-table-failed", table = table.caption.as_str()))
}

fn write_table(table: &Table, excel: bool, file: &mut impl std::io::Write) -> Result<()> {
    if excel {
        file.write_all(BOM)?;
    }
    let mut writer = ::csv::WriterBuilder::new()
        .delimiter(if excel { b';' } else { b',' })
        .terminator(::csv::Terminator::CRLF)
        .from_writer(file);
    writer.write_record(table.columns.iter().map(|c| neutralise(&c.title)))?;
    for row in &table.rows {
        let cells = row.iter().zip(&table.columns).map(|(cell, column)| match column.kind {
            ColumnKind::ActionNumber if !cell.text.is_empty() => {
                crate::fl!("export-csv-action", number = cell.text.as_str())
            }
            _ => neutralise(&cell.text),
        });
        writer.write_record(cells)?;
    }
    writer.flush()?;
    Ok(())
}

/// A cell that no spreadsheet will evaluate: control characters stripped, and a leading
/// apostrophe before a formula.
pub fn neutralise(text: &str) -> String {
    let text = clean(text);
    if is_formula(&text) { format!("'{text}") } else { text.into_owned() }
}

/// Whether a spreadsheet would evaluate `text` as a formula: anything after `=` or `@` (or a
/// tab or carriage return, which some strip first), and after `+` or `-` an expression it can
/// parse (`+1+2`, `-A1`, `-state budget`, an intersection of two names), a function call or a
/// link to another program. `+30% by 2030` does not parse (a number cannot be intersected),
/// so it stays text, as does `-` alone.
pub fn is_formula(text: &str) -> bool {
    let Some(first) = text.chars().next() else { return false };
    match first {
        '=' | '@' | '\t' | '\r' => true,
        '+' | '-' => {
            let rest = text[1..].trim_start();
            rest.contains(['(', '|', '!']) || parses_as_expression(rest)
        }
        _ => false,
    }
}

/// A formula token, as far as telling text from a formula needs.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Token {
    Number,
    /// A name or cell reference (`budget`, `A1`, `$B$2`, `A1:B3`).
    Name,
    Operator,
    Space,
}

fn tokens(text: &str) -> Option<Vec<Token>> {
    let mut tokens = vec![];
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let token = if c.is_whitespace() {
            Token::Space
        } else if c.is_ascii_digit() || c == '.' {
            while chars.next_if(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '%')).is_some() {}
            Token::Number
        } else if c.is_alphabetic() || c == '_' || c == '$' {
            while chars
                .next_if(|c| c.is_alphanumeric() || matches!(c, '_' | '.' | '$' | ':'))
                .is_some()
            {}
            Token::Name
        } else if "+-*/^&=<>%".contains(c) {
            Token::Operator
        } else {
            return None;
        };
        if token != Token::Space || tokens.last() != Some(&Token::Space) {
            tokens.push(token);
        }
    }
    Some(tokens)
}

/// Operands joined by operators, or names side by side (the intersection operator), with
/// spaces around operators allowed. A lone number is not a formula: it is read as the number.
fn parses_as_expression(text: &str) -> bool {
    let Some(tokens) = tokens(text) else { return false };
    let mut expect_operand = true;
    let mut previous: Option<Token> = None;
    let mut names_or_operators = false;
    for (i, &token) in tokens.iter().enumerate() {
        match token {
            Token::Space => {
                let next = tokens.get(i + 1).copied();
                let operand_follows = matches!(next, Some(Token::Number | Token::Name));
                if !expect_operand && operand_follows {
                    // Two operands side by side intersect: only names (references) can.
                    if previous != Some(Token::Name) || next != Some(Token::Name) {
                        return false;
                    }
                    expect_operand = true;
                }
                continue;
            }
            Token::Number | Token::Name if expect_operand => expect_operand = false,
            Token::Operator if !expect_operand => expect_operand = true,
            // Unary signs before an operand.
            Token::Operator => {}
            Token::Number | Token::Name => return false,
        }
        names_or_operators |= token == Token::Name
            || token == Token::Operator && previous.is_some_and(|p| p != Token::Operator);
        previous = Some(token);
    }
    !expect_operand && names_or_operators
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
    fn formulas_are_neutralised() {
        let formulas = [
            "=1+1",
            "=SUM(A1)",
            "+1+2",
            "-2+3",
            "@cmd",
            "@SUM(A1:A9)",
            "\tx",
            "-A1",
            "+A1 * 2",
            "-state budget",
            "- not a list",
            "+cmd|' /C calc'!A0",
            "-SUM(B2:B9)",
            "-x",
        ];
        for bad in formulas {
            assert!(neutralise(bad).starts_with('\''), "{bad:?}");
        }
    }

    #[test]
    fn text_that_only_starts_like_a_formula_stays_as_it_is() {
        let texts = [
            "+30% by 2030",
            "-30% victims",
            "2027-2030",
            "+5",
            "-",
            "- 20 %",
            "+ 10 new shelters",
            "-5 cases in 2027",
            "Action 4.1.1",
            "+30%",
        ];
        for text in texts {
            assert_eq!(neutralise(text), text, "{text:?}");
        }
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
