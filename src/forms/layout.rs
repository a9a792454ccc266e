//! The layout of a monitoring form, shared by the writer and the reader: sheet names, column
//! headers and the hidden sheet that ties a workbook to its plan and period.

/// Hidden and protected: the plan id, plan title, period and institution (never translated).
pub const ABOUT: &str = "napwiz";

/// The sheets a person reads and fills, named in the plan's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sheet {
    Instructions,
    Lead,
    Indicators,
    Partner,
}

impl Sheet {
    /// The sheet's name in the language `fl!` writes in, as Excel allows it (no `[]:*?/\`, at
    /// most 31 characters).
    pub fn name(self) -> String {
        let name = match self {
            Sheet::Instructions => crate::fl!("form-sheet-instructions"),
            Sheet::Lead => crate::fl!("form-sheet-lead"),
            Sheet::Indicators => crate::fl!("form-sheet-indicators"),
            Sheet::Partner => crate::fl!("form-sheet-partner"),
        };
        name.chars().filter(|c| !"[]:*?/\\".contains(*c)).take(31).collect::<String>().trim().into()
    }

    /// The sheet of a workbook that is this one in any shipped language (a French form in an
    /// English plan, an English form in a French plan).
    pub fn find(self, names: &[String]) -> Option<&String> {
        let wanted: Vec<String> = in_every_language(|| normal(&self.name()));
        names.iter().find(|n| wanted.contains(&normal(n)))
    }
}

/// `make` in English and in every language napwiz ships (or a translator's folder adds).
pub fn in_every_language<T>(make: impl Fn() -> T) -> Vec<T> {
    let mut languages = crate::i18n::interface_languages();
    if !languages.iter().any(|l| l == crate::i18n::ENGLISH) {
        languages.insert(0, crate::i18n::ENGLISH.to_string());
    }
    languages.iter().map(|l| crate::i18n::in_language(l, &make)).collect()
}

/// Rows of the hidden sheet: key in column A, value in column B.
pub const ABOUT_PLAN_ID: &str = "plan id";
pub const ABOUT_PLAN: &str = "plan";
pub const ABOUT_PERIOD: &str = "period";
pub const ABOUT_INSTITUTION: &str = "institution";
pub const ABOUT_KEYS: [&str; 4] = [ABOUT_PLAN_ID, ABOUT_PLAN, ABOUT_PERIOD, ABOUT_INSTITUTION];

/// A column: `key` names it for good (the English start of its header, which the reader also
/// accepts); its header and the shorter start a reader accepts come from Fluent.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Column {
    pub key: &'static str,
    pub editable: bool,
    pub width: f64,
}

const fn col(key: &'static str, editable: bool, width: f64) -> Column {
    Column { key, editable, width }
}

/// A message and its `.key` attribute: the header and the start a reader looks for.
macro_rules! header_and_key {
    ($id:literal) => {
        (crate::fl!($id), crate::fl!($id, "key"))
    };
}

impl Column {
    /// The header in the language `fl!` writes in.
    pub fn header(self) -> String {
        self.texts().0
    }

    /// The header and the start of it a reader accepts, in the language `fl!` writes in.
    fn texts(self) -> (String, String) {
        match self.key {
            "action id" => header_and_key!("form-column-action-id"),
            "action" => header_and_key!("form-column-action"),
            "timeframe" => header_and_key!("form-column-timeframe"),
            "budget" => header_and_key!("form-column-budget"),
            "status last period" => header_and_key!("form-column-last-status"),
            "status" => header_and_key!("form-column-status"),
            "reason if dropped" => header_and_key!("form-column-dropped-reason"),
            "what was done" => header_and_key!("form-column-done"),
            "amount spent" => header_and_key!("form-column-spent"),
            "funding source" => header_and_key!("form-column-source"),
            "difficulties" => header_and_key!("form-column-difficulties"),
            "corrective measures" => header_and_key!("form-column-measures"),
            "evidence" => header_and_key!("form-column-evidence"),
            "reported by" => header_and_key!("form-column-reported-by"),
            "date" => header_and_key!("form-column-date"),
            "indicator" => header_and_key!("form-column-indicator"),
            "baseline" => header_and_key!("form-column-baseline"),
            "target" => header_and_key!("form-column-target"),
            "expected" => header_and_key!("form-column-expected"),
            "last value" => header_and_key!("form-column-last-value"),
            "value" => header_and_key!("form-column-value"),
            "lead" => header_and_key!("form-column-lead"),
            other => (other.to_string(), other.to_string()),
        }
    }
}

pub const ACTION_ID: Column = col("action id", false, 9.0);
pub const ACTION: Column = col("action", false, 45.0);
pub const TIMEFRAME: Column = col("timeframe", false, 11.0);
pub const BUDGET: Column = col("budget", false, 12.0);
pub const LAST_STATUS: Column = col("status last period", false, 12.0);
pub const STATUS: Column = col("status", true, 13.0);
pub const DROPPED_REASON: Column = col("reason if dropped", true, 20.0);
pub const DONE: Column = col("what was done", true, 45.0);
pub const SPENT: Column = col("amount spent", true, 13.0);
pub const SOURCE: Column = col("funding source", true, 16.0);
pub const DIFFICULTIES: Column = col("difficulties", true, 30.0);
pub const MEASURES: Column = col("corrective measures", true, 30.0);
pub const EVIDENCE: Column = col("evidence", true, 24.0);
pub const REPORTED_BY: Column = col("reported by", true, 18.0);
pub const DATE: Column = col("date", true, 12.0);

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

pub const INDICATOR: Column = col("indicator", false, 45.0);
pub const BASELINE: Column = col("baseline", false, 16.0);
pub const TARGET: Column = col("target", false, 16.0);
pub const EXPECTED: Column = col("expected", false, 16.0);
pub const LAST_VALUE: Column = col("last value", false, 11.0);
pub const VALUE: Column = col("value", true, 14.0);

pub const INDICATOR_COLUMNS: [Column; 7] =
    [ACTION_ID, INDICATOR, BASELINE, TARGET, EXPECTED, LAST_VALUE, VALUE];

pub const LEAD_OF_PARTNER: Column = col("lead", false, 14.0);
pub const PARTNER_COLUMNS: [Column; 5] =
    [ACTION_ID, ACTION, TIMEFRAME, LEAD_OF_PARTNER, LAST_STATUS];

/// A header as the reader compares it: lower case, single spaces.
pub fn normal(header: &str) -> String {
    header.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// The column a header names, in any shipped language: the longest key it starts with
/// (`status last period` before `status`), so headers a ministry shortened or extended still
/// match. `keys` comes from `header_keys` (made once per sheet read).
pub fn column_of(header: &str, keys: &[(String, Column)]) -> Option<Column> {
    let h = normal(header);
    keys.iter()
        .filter(|(key, _)| {
            !key.is_empty()
                && (h == *key
                    || h.starts_with(&format!("{key} "))
                    || h.starts_with(&format!("{key}(")))
        })
        .max_by_key(|(key, _)| key.chars().count())
        .map(|(_, c)| *c)
}

/// What the reader accepts as the start of each column's header: the English key, and the
/// full header and its short start in every shipped language.
pub fn header_keys(columns: &[Column]) -> Vec<(String, Column)> {
    let mut keys: Vec<(String, Column)> = columns.iter().map(|c| (c.key.to_string(), *c)).collect();
    for texts in in_every_language(|| columns.iter().map(|c| c.texts()).collect::<Vec<_>>()) {
        for ((header, key), c) in texts.into_iter().zip(columns) {
            keys.extend([(normal(&header), *c), (normal(&key), *c)]);
        }
    }
    keys.sort_by(|a, b| a.0.cmp(&b.0));
    keys.dedup_by(|a, b| a.0 == b.0 && a.1 == b.1);
    keys
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
        let lead = header_keys(&LEAD_COLUMNS);
        assert_eq!(column_of("STATUS", &lead), Some(STATUS));
        assert_eq!(column_of("Status last  period", &lead), Some(LAST_STATUS));
        assert_eq!(column_of("Amount spent (EUR)", &lead), Some(SPENT));
        assert_eq!(column_of("Date (YYYY-MM-DD)", &lead), Some(DATE));
        assert_eq!(column_of("Action", &lead), Some(ACTION));
        assert_eq!(column_of("Comments of the minister", &lead), None);
        assert_eq!(
            column_of("Value for the period", &header_keys(&INDICATOR_COLUMNS)),
            Some(VALUE)
        );
    }

    #[test]
    fn every_languages_headers_and_sheet_names_are_read_back() {
        for columns in [&LEAD_COLUMNS[..], &INDICATOR_COLUMNS, &PARTNER_COLUMNS] {
            let keys = header_keys(columns);
            for language in ["en", "fr", "es", "ru"] {
                for c in columns {
                    let (header, key) = crate::i18n::in_language(language, || c.texts());
                    assert_eq!(column_of(&header, &keys), Some(*c), "{language}: {header}");
                    let extended = format!("{} (EUR)", key.to_uppercase());
                    assert_eq!(column_of(&extended, &keys), Some(*c), "{language}: {extended}");
                }
            }
        }
        for sheet in [Sheet::Instructions, Sheet::Lead, Sheet::Indicators, Sheet::Partner] {
            for language in ["en", "fr", "es", "ru"] {
                let name = crate::i18n::in_language(language, || sheet.name());
                assert!(name.chars().count() <= 31, "{name}");
                let names = vec!["napwiz".to_string(), name.clone()];
                assert_eq!(sheet.find(&names), Some(&name), "{language}");
            }
        }
        let french_lead = crate::i18n::in_language("fr", || Sheet::Lead.name());
        assert_eq!(Sheet::Indicators.find(&[french_lead]), None);
    }

    #[test]
    fn cells_are_named_as_excel_names_them() {
        assert_eq!(cell_name(0, 0), "A1");
        assert_eq!(cell_name(6, 1), "B7");
        assert_eq!(cell_name(0, 26), "AA1");
        assert_eq!(cell_name(9, 27), "AB10");
    }
}
