//! Reading a returned monitoring form: every cell checked, each problem as
//! `file: sheet!cell: what was expected`. Formulas are never evaluated: their cached value is
//! read, as Excel last showed it.

use std::collections::BTreeMap;
use std::fmt;
use std::io::Cursor;

use calamine::{Data, Range, Reader, Xlsx};
use jiff::civil::Date;

use super::layout::{self, Column, cell_name, column_of};
use crate::content::Content;
use crate::plan::monitor::{ActionReport, Measure, Status, format_number, parse_value};
use crate::plan::{Budget, Plan};

/// The largest form napwiz reads: a real one is well under 1 MiB.
pub const FORM_SIZE_LIMIT: u64 = 10 * 1024 * 1024;

/// One problem of a form, where it is and what was expected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormProblem {
    pub file: String,
    pub sheet: Option<String>,
    pub cell: Option<String>,
    pub what: String,
}

impl fmt::Display for FormProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.sheet, &self.cell) {
            (Some(s), Some(c)) => write!(f, "{}: {s}!{c}: {}", self.file, self.what),
            (Some(s), None) => write!(f, "{}: sheet '{s}': {}", self.file, self.what),
            _ => write!(f, "{}: {}", self.file, self.what),
        }
    }
}

/// A form read and checked: which plan, period and institution, and its reports by action.
#[derive(Debug, Clone, PartialEq)]
pub struct ReturnedForm {
    pub file: String,
    pub period: String,
    pub institution: String,
    pub reports: Vec<(String, ActionReport)>,
}

/// Reads the form in `bytes` (the file shown as `file`) against the plan.
pub fn read_form(
    file: &str,
    bytes: &[u8],
    plan: &Plan,
    content: &Content,
) -> Result<ReturnedForm, Vec<FormProblem>> {
    let mut r = FormReader { file, plan, content, problems: vec![] };
    let form = r.read(bytes);
    match form {
        Some(form) if r.problems.is_empty() => Ok(form),
        _ => Err(r.problems),
    }
}

struct FormReader<'a> {
    file: &'a str,
    plan: &'a Plan,
    content: &'a Content,
    problems: Vec<FormProblem>,
}

/// A sheet's cells and where its header row is.
struct Table {
    sheet: &'static str,
    range: Range<Data>,
    header: u32,
    columns: Vec<(u32, Column)>,
}

impl Table {
    fn cell(&self, row: u32, col: u32) -> &Data {
        self.range.get_value((row, col)).unwrap_or(&Data::Empty)
    }

    fn col(&self, c: Column) -> Option<u32> {
        self.columns.iter().find(|(_, x)| *x == c).map(|(at, _)| *at)
    }

    /// Data rows below the header, blank rows left out.
    fn rows(&self) -> Vec<u32> {
        let end = self.range.end().map_or(0, |(r, _)| r);
        let cols: Vec<u32> = self.columns.iter().map(|(c, _)| *c).collect();
        ((self.header + 1)..=end)
            .filter(|&r| cols.iter().any(|&c| !text(self.cell(r, c)).trim().is_empty()))
            .collect()
    }
}

/// A cell as text: numbers without a useless `.0`, Excel dates as YYYY-MM-DD.
fn text(d: &Data) -> String {
    match d {
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Float(f) => format_number(*f),
        Data::Int(i) => i.to_string(),
        Data::Bool(b) => {
            if *b {
                "TRUE".into()
            } else {
                "FALSE".into()
            }
        }
        Data::DateTime(dt) => {
            excel_date(dt.as_f64()).map_or(format_number(dt.as_f64()), |d| d.to_string())
        }
        Data::Error(_) | Data::Empty => String::new(),
    }
}

/// An Excel serial day number as a date (1900 system).
fn excel_date(serial: f64) -> Option<Date> {
    let epoch = jiff::civil::date(1899, 12, 30);
    epoch.checked_add(jiff::Span::new().days(serial.floor() as i64)).ok()
}

impl FormReader<'_> {
    fn problem(&mut self, sheet: Option<&str>, cell: Option<String>, what: impl Into<String>) {
        self.problems.push(FormProblem {
            file: self.file.to_string(),
            sheet: sheet.map(String::from),
            cell,
            what: what.into(),
        });
    }

    fn read(&mut self, bytes: &[u8]) -> Option<ReturnedForm> {
        if let Some(why) = not_a_workbook(bytes) {
            self.problem(None, None, why);
            return None;
        }
        let mut book = match Xlsx::new(Cursor::new(bytes)) {
            Ok(book) => book,
            Err(e) => {
                self.problem(None, None, format!("could not be read as an Excel workbook ({e}); expected a form written by napwiz monitor collect"));
                return None;
            }
        };
        let names = book.sheet_names();
        let missing: Vec<&str> = [layout::ABOUT, layout::LEAD, layout::INDICATORS]
            .into_iter()
            .filter(|s| !names.iter().any(|n| n == s))
            .collect();
        for sheet in &missing {
            self.problem(None, None, format!("the sheet '{sheet}' is missing (renamed or deleted?); the form's sheets must keep their names, found: {}", names.join(", ")));
        }
        if !missing.is_empty() {
            return None;
        }
        let mut range = |name: &str| book.worksheet_range(name).ok();
        let about = range(layout::ABOUT)?;
        let (period, institution) = self.about(&about)?;
        let lead = range(layout::LEAD).and_then(|r| {
            self.table(layout::LEAD, r, &layout::LEAD_COLUMNS, &[layout::ACTION_ID, layout::STATUS])
        });
        let indicators = range(layout::INDICATORS).and_then(|r| {
            self.table(
                layout::INDICATORS,
                r,
                &layout::INDICATOR_COLUMNS,
                &[layout::ACTION_ID, layout::INDICATOR, layout::VALUE],
            )
        });
        let (mut reports, refused) = self.lead_rows(&lead?, &institution);
        self.indicator_rows(&indicators?, &mut reports, &refused);
        Some(ReturnedForm {
            file: self.file.to_string(),
            period,
            institution,
            reports: reports.into_iter().collect(),
        })
    }

    /// The plan id, period and institution from the hidden sheet, checked against the plan.
    fn about(&mut self, range: &Range<Data>) -> Option<(String, String)> {
        let value = |key: &str| -> (String, String) {
            let start = range.start().unwrap_or((0, 0));
            let end = range.end().unwrap_or((0, 0));
            (start.0..=end.0)
                .find(|&r| text(range.get_value((r, 0)).unwrap_or(&Data::Empty)).trim() == key)
                .map(|r| {
                    (
                        text(range.get_value((r, 1)).unwrap_or(&Data::Empty)).trim().to_string(),
                        cell_name(r, 1),
                    )
                })
                .unwrap_or_default()
        };
        let sheet = Some(layout::ABOUT);
        let ((id, id_cell), (title, _)) = (value(layout::ABOUT_PLAN_ID), value(layout::ABOUT_PLAN));
        if id != self.plan.id {
            let form_plan =
                if title.is_empty() { "an unnamed plan".to_string() } else { format!("'{title}'") };
            let what = format!(
                "this form belongs to {form_plan} (plan id {}), not to '{}' (plan id {}); it cannot be imported into this plan",
                if id.is_empty() { "missing" } else { &id },
                self.plan.meta.title,
                self.plan.id
            );
            self.problem(sheet, Some(if id_cell.is_empty() { "B1".into() } else { id_cell }), what);
            return None;
        }
        let (period, period_cell) = value(layout::ABOUT_PERIOD);
        match self.plan.period(&period) {
            None => {
                self.problem(
                    sheet,
                    Some(period_cell),
                    format!("the plan has no reporting period '{period}'"),
                );
                return None;
            }
            Some(p) if p.closed => {
                let what = format!(
                    "period {period} is closed; reopen it first (napwiz monitor reopen PLAN {period}) to import into it"
                );
                self.problem(sheet, Some(period_cell), what);
                return None;
            }
            Some(_) => {}
        }
        let (institution, _) = value(layout::ABOUT_INSTITUTION);
        Some((period, institution))
    }

    /// Finds the header row (the first with an `Action id` cell) and the columns it names.
    fn table(
        &mut self,
        sheet: &'static str,
        range: Range<Data>,
        known: &[Column],
        required: &[Column],
    ) -> Option<Table> {
        let start = range.start().unwrap_or((0, 0));
        let end = range.end().unwrap_or((0, 0));
        let header = (start.0..=end.0.min(start.0 + 20)).find(|&r| {
            (start.1..=end.1).any(|c| {
                column_of(&text(range.get_value((r, c)).unwrap_or(&Data::Empty)), known)
                    == Some(layout::ACTION_ID)
            })
        });
        let Some(header) = header else {
            self.problem(Some(sheet), None, "no header row with an 'Action id' column; expected the headers napwiz wrote in row 1");
            return None;
        };
        let mut columns: Vec<(u32, Column)> = vec![];
        for c in start.1..=end.1 {
            if let Some(col) =
                column_of(&text(range.get_value((header, c)).unwrap_or(&Data::Empty)), known)
                && !columns.iter().any(|(_, x)| *x == col)
            {
                columns.push((c, col));
            }
        }
        let missing: Vec<&str> = required
            .iter()
            .filter(|r| !columns.iter().any(|(_, c)| c == *r))
            .map(|c| c.header)
            .collect();
        if !missing.is_empty() {
            self.problem(
                Some(sheet),
                Some(cell_name(header, start.1)),
                format!("the header row has no column {}", missing.join(", ")),
            );
            return None;
        }
        Some(Table { sheet, range, header, columns })
    }

    /// The reports of the lead sheet, and the actions whose rows were refused (their values
    /// are then not reported again as lacking a status).
    fn lead_rows(
        &mut self,
        t: &Table,
        institution: &str,
    ) -> (BTreeMap<String, ActionReport>, Vec<String>) {
        let mut reports = BTreeMap::new();
        let mut refused = vec![];
        let mut seen: BTreeMap<String, u32> = BTreeMap::new();
        for row in t.rows() {
            let Some(action) = self.action_id(t, row, institution, true) else { continue };
            if let Some(first) = seen.insert(action.clone(), row) {
                let at = Some(cell_name(row, t.col(layout::ACTION_ID).unwrap_or(0)));
                self.problem(
                    Some(t.sheet),
                    at,
                    format!(
                        "{action} appears twice (rows {} and {}); keep one row per action",
                        first + 1,
                        row + 1
                    ),
                );
                continue;
            }
            let before = self.problems.len();
            match self.lead_row(t, row) {
                Some(report) => {
                    reports.insert(action, report);
                }
                None if self.problems.len() > before => refused.push(action),
                None => {}
            }
        }
        (reports, refused)
    }

    /// The row's action id, checked: an included action this institution leads (`lead`) or
    /// any included action.
    fn action_id(&mut self, t: &Table, row: u32, institution: &str, lead: bool) -> Option<String> {
        let col = t.col(layout::ACTION_ID)?;
        let id = text(t.cell(row, col)).trim().to_string();
        let at = Some(cell_name(row, col));
        if id.is_empty() {
            self.problem(Some(t.sheet), at, "this row has values but no action id");
            return None;
        }
        let decision = self.plan.decision(&id).filter(|d| d.is_included());
        let Some(decision) = decision.filter(|_| {
            self.plan.item_kind(&id, self.content) == Some(crate::plan::ItemKind::Action)
        }) else {
            self.problem(
                Some(t.sheet),
                at,
                format!("unknown action id '{id}'; expected an action included in the plan"),
            );
            return None;
        };
        if lead && decision.lead.as_deref() != Some(institution) {
            let code = decision
                .lead
                .as_deref()
                .map_or("no institution", |l| self.plan.institution_code(l, self.content));
            self.problem(
                Some(t.sheet),
                at,
                format!("{id} is led by {code}, not by the institution this form was made for"),
            );
            return None;
        }
        Some(id)
    }

    /// One lead action's row; `None` when it was left unfilled or has problems.
    fn lead_row(&mut self, t: &Table, row: u32) -> Option<ActionReport> {
        let get = |c: Column| t.col(c).map(|col| (col, text(t.cell(row, col)).trim().to_string()));
        let here = |col: u32| Some(cell_name(row, col));
        let filled = layout::LEAD_COLUMNS
            .iter()
            .filter(|c| c.editable && **c != layout::STATUS)
            .any(|c| get(*c).is_some_and(|(_, v)| !v.is_empty()));
        for (col, c) in &t.columns {
            if let Data::Error(e) = t.cell(row, *col) {
                self.problem(
                    Some(t.sheet),
                    here(*col),
                    format!("the cell shows the error {e}; expected {}", c.header),
                );
            }
        }
        let (status_col, status_text) = get(layout::STATUS)?;
        if status_text.is_empty() {
            if filled {
                let all: Vec<String> = Status::ALL.iter().map(|s| s.label()).collect();
                self.problem(
                    Some(t.sheet),
                    here(status_col),
                    format!(
                        "a status is required when the row is filled: one of {}",
                        all.join(", ")
                    ),
                );
            }
            return None;
        }
        let Some(status) = Status::from_label(&status_text) else {
            let all: Vec<String> = Status::ALL.iter().map(|s| s.label()).collect();
            self.problem(
                Some(t.sheet),
                here(status_col),
                format!("'{status_text}' is not a status; expected one of {}", all.join(", ")),
            );
            return None;
        };
        let text_of = |c: Column| get(c).map(|(_, v)| v).unwrap_or_default();
        let mut report = ActionReport {
            status,
            dropped_reason: text_of(layout::DROPPED_REASON),
            done: text_of(layout::DONE),
            difficulties: text_of(layout::DIFFICULTIES),
            corrective_measures: text_of(layout::MEASURES),
            evidence: text_of(layout::EVIDENCE)
                .split([';', '\n'])
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(String::from)
                .collect(),
            reported_by: text_of(layout::REPORTED_BY),
            ..ActionReport::default()
        };
        if status == Status::Dropped && report.dropped_reason.is_empty() {
            let col = t.col(layout::DROPPED_REASON).unwrap_or(status_col);
            self.problem(Some(t.sheet), here(col), "the action is dropped: give the reason");
        }
        let amount = get(layout::SPENT).and_then(|(col, _)| self.amount(t, row, col));
        let source = text_of(layout::SOURCE);
        if amount.is_some() || !source.is_empty() {
            report.spent = Some(Budget { amount, source });
        }
        report.date = get(layout::DATE).and_then(|(col, _)| self.date(t, row, col));
        Some(report)
    }

    /// A whole amount of 0 or more; numbers typed as text (`12,500`) are read too.
    fn amount(&mut self, t: &Table, row: u32, col: u32) -> Option<u64> {
        let cell = t.cell(row, col);
        let raw = text(cell);
        if raw.trim().is_empty() {
            return None;
        }
        let n = match cell {
            Data::Float(f) => Some(*f),
            Data::Int(i) => Some(*i as f64),
            _ => crate::plan::monitor::parse_value(Measure::Count, raw.trim_start_matches('-'))
                .ok()
                .flatten()
                .and_then(|v| v.as_number())
                .map(|n| if raw.trim().starts_with('-') { -n } else { n }),
        };
        let at = Some(cell_name(row, col));
        match n {
            Some(n) if n < 0.0 => self.problem(
                Some(t.sheet),
                at,
                format!("a negative amount ({raw}); expected the amount spent, 0 or more"),
            ),
            Some(n) if n.fract() != 0.0 || n > 1e15 => self.problem(
                Some(t.sheet),
                at,
                format!(
                    "'{raw}' is not a whole amount; expected whole units of the plan's currency"
                ),
            ),
            Some(n) => return Some(n as u64),
            None => self.problem(
                Some(t.sheet),
                at,
                format!("'{raw}' is not a number; expected the amount spent, 0 or more"),
            ),
        }
        None
    }

    fn date(&mut self, t: &Table, row: u32, col: u32) -> Option<Date> {
        let cell = t.cell(row, col);
        let raw = text(cell);
        if raw.trim().is_empty() {
            return None;
        }
        let parsed = match cell {
            Data::Float(f) => excel_date(*f),
            _ => raw.trim().get(..10).unwrap_or(raw.trim()).parse::<Date>().ok(),
        };
        if parsed.is_none() {
            self.problem(
                Some(t.sheet),
                Some(cell_name(row, col)),
                format!("'{raw}' is not a date; expected YYYY-MM-DD"),
            );
        }
        parsed
    }

    fn indicator_rows(
        &mut self,
        t: &Table,
        reports: &mut BTreeMap<String, ActionReport>,
        refused: &[String],
    ) {
        let (Some(ind_col), Some(value_col)) = (t.col(layout::INDICATOR), t.col(layout::VALUE))
        else {
            return;
        };
        for row in t.rows() {
            let cell = t.cell(row, value_col);
            if text(cell).trim().is_empty() {
                continue;
            }
            let Some(action) = self.action_id(t, row, "", false) else { continue };
            let wording = text(t.cell(row, ind_col)).trim().to_string();
            let indicator = self
                .plan
                .decision(&action)
                .and_then(|d| d.indicators.iter().find(|i| i.text.trim() == wording))
                .cloned();
            let Some(indicator) = indicator else {
                self.problem(
                    Some(t.sheet),
                    Some(cell_name(row, ind_col)),
                    format!(
                        "'{wording}' is no indicator of {action}; keep the wording napwiz wrote"
                    ),
                );
                continue;
            };
            let measure = Measure::of(&indicator);
            let value = match (cell, measure) {
                (Data::Float(f), Measure::Count | Measure::Share) => {
                    parse_value(measure, &format_number(*f))
                }
                (Data::Int(i), Measure::Count | Measure::Share) => {
                    parse_value(measure, &i.to_string())
                }
                _ => parse_value(measure, &text(cell)),
            };
            let at = Some(cell_name(row, value_col));
            match (value, reports.get_mut(&action)) {
                (Err(expected), _) => {
                    self.problem(Some(t.sheet), at, format!("expected {expected}"))
                }
                (Ok(_), None) if refused.contains(&action) => {}
                (Ok(_), None) => self.problem(
                    Some(t.sheet),
                    at,
                    format!(
                        "a value for {action}, which has no status in '{}'; give its status there",
                        layout::LEAD
                    ),
                ),
                (Ok(Some(v)), Some(report)) => {
                    report.values.insert(indicator.text.clone(), v);
                }
                (Ok(None), Some(_)) => {}
            }
        }
    }
}

/// Why the bytes are not an XLSX workbook at all, if they are not.
fn not_a_workbook(bytes: &[u8]) -> Option<String> {
    const ZIP: &[u8] = b"PK\x03\x04";
    const OLE: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    if bytes.starts_with(ZIP) {
        None
    } else if bytes.starts_with(OLE) {
        Some("the file is password-protected (encrypted) or an old .xls workbook; save it as an Excel workbook (.xlsx) without a password to open".into())
    } else {
        Some("not an XLSX workbook; expected a form written by napwiz monitor collect".into())
    }
}
