//! The layout of a monitoring form, shared by the writer and the reader: sheet names, column
//! headers and the hidden sheet that ties a workbook to its plan and period.

pub const INSTRUCTIONS: &str = "Instructions";
pub const LEAD: &str = "Lead actions";
pub const INDICATORS: &str = "Indicators";
pub const PARTNER: &str = "Partner actions";
/// Hidden and protected: the plan id, plan title, period and institution.
pub const ABOUT: &str = "napwiz";

/// Rows of the hidden sheet: key in column A, value in column B.
pub const ABOUT_PLAN_ID: &str = "plan id";
pub const ABOUT_PLAN: &str = "plan";
pub const ABOUT_PERIOD: &str = "period";
pub const ABOUT_INSTITUTION: &str = "institution";
pub const ABOUT_KEYS: [&str; 4] = [ABOUT_PLAN_ID, ABOUT_PLAN, ABOUT_PERIOD, ABOUT_INSTITUTION];

/// A column: the key the reader looks for at the start of a header, and the full header.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Column {
    pub key: &'static str,
    pub header: &'static str,
    pub editable: bool,
    pub width: f64,
}

const fn col(key: &'static str, header: &'static str, editable: bool, width: f64) -> Column {
    Column { key, header, editable, width }
}

pub const ACTION_ID: Column = col("action id", "Action id", false, 9.0);
pub const ACTION: Column = col("action", "Action", false, 45.0);
pub const TIMEFRAME: Column = col("timeframe", "Timeframe", false, 11.0);
pub const BUDGET: Column = col("budget", "Budget", false, 12.0);
pub const LAST_STATUS: Column = col("status last period", "Status last period", false, 12.0);
pub const STATUS: Column = col("status", "Status", true, 13.0);
pub const DROPPED_REASON: Column = col("reason if dropped", "Reason if dropped", true, 20.0);
pub const DONE: Column = col("what was done", "What was done in the period", true, 45.0);
pub const SPENT: Column = col("amount spent", "Amount spent in the period", true, 13.0);
pub const SOURCE: Column = col("funding source", "Funding source", true, 16.0);
pub const DIFFICULTIES: Column = col("difficulties", "Difficulties", true, 30.0);
pub const MEASURES: Column = col("corrective measures", "Corrective measures", true, 30.0);
pub const EVIDENCE: Column = col("evidence", "Evidence (references, separated by ;)", true, 24.0);
pub const REPORTED_BY: Column = col("reported by", "Reported by", true, 18.0);
pub const DATE: Column = col("date", "Date (YYYY-MM-DD)", true, 12.0);

pub const LEAD_COLUMNS: [Column; 15] = [
    ACTION_ID,
    ACTION,
    TIMEFRAME,
    BUDGET,
    LAST_STATUS,
    STATUS,
    DROPPED_REASON,
    DONE,
    SPENT,
    SOURCE,
    DIFFICULTIES,
    MEASURES,
    EVIDENCE,
    REPORTED_BY,
    DATE,
];

pub const INDICATOR: Column = col("indicator", "Indicator", false, 45.0);
pub const BASELINE: Column = col("baseline", "Baseline", false, 16.0);
pub const TARGET: Column = col("target", "Target", false, 16.0);
pub const EXPECTED: Column = col("expected", "Expected value", false, 16.0);
pub const LAST_VALUE: Column = col("last value", "Last value", false, 11.0);
pub const VALUE: Column = col("value", "Value for the period", true, 14.0);

pub const INDICATOR_COLUMNS: [Column; 7] =
    [ACTION_ID, INDICATOR, BASELINE, TARGET, EXPECTED, LAST_VALUE, VALUE];

pub const LEAD_OF_PARTNER: Column = col("lead", "Lead institution", false, 14.0);
pub const PARTNER_COLUMNS: [Column; 5] =
    [ACTION_ID, ACTION, TIMEFRAME, LEAD_OF_PARTNER, LAST_STATUS];

/// A header as the reader compares it: lower case, single spaces.
pub fn normal(header: &str) -> String {
    header.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// The column a header names: the longest key it starts with (`status last period` before
/// `status`), so headers a ministry shortened or extended still match.
pub fn column_of(header: &str, columns: &[Column]) -> Option<Column> {
    let h = normal(header);
    columns
        .iter()
        .filter(|c| {
            h == c.key
                || h.starts_with(&format!("{} ", c.key))
                || h.starts_with(&format!("{}(", c.key))
        })
        .max_by_key(|c| c.key.len())
        .copied()
}

/// Excel's name of a cell: row and column from 0, as `B7`.
pub fn cell_name(row: u32, col: u32) -> String {
    let mut letters = String::new();
    let mut n = col + 1;
    while n > 0 {
        let rem = (n - 1) % 26;
        letters.insert(0, char::from(b'A' + rem as u8));
        n = (n - 1) / 26;
    }
    format!("{letters}{}", row + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_match_by_their_start_whatever_the_case() {
        assert_eq!(column_of("STATUS", &LEAD_COLUMNS), Some(STATUS));
        assert_eq!(column_of("Status last  period", &LEAD_COLUMNS), Some(LAST_STATUS));
        assert_eq!(column_of("Amount spent (EUR)", &LEAD_COLUMNS), Some(SPENT));
        assert_eq!(column_of("Date (YYYY-MM-DD)", &LEAD_COLUMNS), Some(DATE));
        assert_eq!(column_of("Action", &LEAD_COLUMNS), Some(ACTION));
        assert_eq!(column_of("Comments of the minister", &LEAD_COLUMNS), None);
        assert_eq!(column_of("Value for the period", &INDICATOR_COLUMNS), Some(VALUE));
    }

    #[test]
    fn cells_are_named_as_excel_names_them() {
        assert_eq!(cell_name(0, 0), "A1");
        assert_eq!(cell_name(6, 1), "B7");
        assert_eq!(cell_name(0, 26), "AA1");
        assert_eq!(cell_name(9, 27), "AB10");
    }
}
