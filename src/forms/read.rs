//! Reading a returned monitoring form: every cell checked, each problem as
//! `file: sheet!cell: what was expected`. Formulas are never evaluated: their cached value is
//! read, as Excel last showed it.

use std::collections::BTreeMap;
use std::fmt;
use std::io::Cursor;

use calamine::{Data, Range, Reader, Xlsx};
use jiff::civil::Date;

use super::layout::{self, Column, Sheet, cell_name, column_of, header_keys};
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
            (Some(s), None) => {
                let at = crate::fl!("form-problem-sheet", sheet = s.as_str());
                write!(f, "{}: {at}: {}", self.file, self.what)
            }
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
    sheet: String,
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

    /// A sheet's name as napwiz writes it for this plan (in its language).
    fn sheet_name(&self, sheet: Sheet) -> String {
        crate::i18n::in_language(&self.plan.meta.language, || sheet.name())
    }

    fn read(&mut self, bytes: &[u8]) -> Option<ReturnedForm> {
        if let Some(why) = not_a_workbook(bytes) {
            self.problem(None, None, why);
            return None;
        }
        let mut book = match Xlsx::new(Cursor::new(bytes)) {
            Ok(book) => book,
            Err(e) => {
                self.problem(None, None, crate::fl!("form-unreadable", error = e.to_string()));
                return None;
            }
        };
        let names = book.sheet_names();
        let about = names.iter().find(|n| *n == layout::ABOUT).cloned();
        let (lead, indicators) = (Sheet::Lead.find(&names), Sheet::Indicators.find(&names));
        let missing: Vec<String> = [
            (about.is_none(), layout::ABOUT.to_string()),
            (lead.is_none(), self.sheet_name(Sheet::Lead)),
            (indicators.is_none(), self.sheet_name(Sheet::Indicators)),
        ]
        .into_iter()
        .filter_map(|(missing, name)| missing.then_some(name))
        .collect();
        for sheet in &missing {
            let what =
                crate::fl!("form-sheet-missing", sheet = sheet.as_str(), found = names.join(", "));
            self.problem(None, None, what);
        }
        let (Some(about), Some(lead), Some(indicators)) =
            (about, lead.cloned(), indicators.cloned())
        else {
            return None;
        };
        let mut range = |name: &str| book.worksheet_range(name).ok();
        let about = range(&about)?;
        let (period, institution) = self.about(&about)?;
        let lead_columns = [layout::ACTION_ID, layout::STATUS];
        let lead =
            range(&lead).and_then(|r| self.table(lead, r, &layout::LEAD_COLUMNS, &lead_columns));
        let indicator_columns = [layout::ACTION_ID, layout::INDICATOR, layout::VALUE];
        let indicators = range(&indicators).and_then(|r| {
            self.table(indicators, r, &layout::INDICATOR_COLUMNS, &indicator_columns)
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
            let form_plan = if title.is_empty() {
                crate::fl!("form-unnamed-plan")
            } else {
                crate::fl!("form-named-plan", title = title.as_str())
            };
            let what = crate::fl!(
                "form-other-plan",
                form_plan = form_plan,
                form_id = if id.is_empty() { crate::fl!("form-id-missing") } else { id.clone() },
                plan = self.plan.meta.title.as_str(),
                id = self.plan.id.as_str()
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
                    crate::fl!("form-no-period", period = period.as_str()),
                );
                return None;
            }
            Some(p) if p.closed => {
                let what = crate::fl!("form-period-closed", period = period.as_str());
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
        sheet: String,
        range: Range<Data>,
        known: &[Column],
        required: &[Column],
    ) -> Option<Table> {
        let keys = header_keys(known);
        let start = range.start().unwrap_or((0, 0));
        let end = range.end().unwrap_or((0, 0));
        let header = (start.0..=end.0.min(start.0 + 20)).find(|&r| {
            (start.1..=end.1).any(|c| {
                column_of(&text(range.get_value((r, c)).unwrap_or(&Data::Empty)), &keys)
                    == Some(layout::ACTION_ID)
            })
        });
        let Some(header) = header else {
            let column = layout::ACTION_ID.header();
            self.problem(Some(&sheet), None, crate::fl!("form-no-header", column = column));
            return None;
        };
        let mut columns: Vec<(u32, Column)> = vec![];
        for c in start.1..=end.1 {
            if let Some(col) =
                column_of(&text(range.get_value((header, c)).unwrap_or(&Data::Empty)), &keys)
                && !columns.iter().any(|(_, x)| *x == col)
            {
                columns.push((c, col));
            }
        }
        let missing: Vec<String> = required
            .iter()
            .filter(|r| !columns.iter().any(|(_, c)| c == *r))
            .map(|c| c.header())
            .collect();
        if !missing.is_empty() {
            self.problem(
                Some(&sheet),
                Some(cell_name(header, start.1)),
                crate::fl!("form-missing-columns", columns = missing.join(", ")),
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
                let what = crate::fl!(
                    "form-twice",
                    action = action.as_str(),
                    first = (first + 1),
                    second = (row + 1)
                );
                self.problem(Some(&t.sheet), at, what);
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
            self.problem(Some(&t.sheet), at, crate::fl!("form-no-action-id"));
            return None;
        }
        let decision = self.plan.decision(&id).filter(|d| d.is_included());
        let Some(decision) = decision.filter(|_| {
            self.plan.item_kind(&id, self.content) == Some(crate::plan::ItemKind::Action)
        }) else {
            self.problem(Some(&t.sheet), at, crate::fl!("form-unknown-action", id = id.as_str()));
            return None;
        };
        if lead && decision.lead.as_deref() != Some(institution) {
            let code = decision.lead.as_deref().map_or_else(
                || crate::fl!("form-no-lead"),
                |l| self.plan.institution_code(l, self.content).to_string(),
            );
            let what = crate::fl!("form-led-by-other", id = id.as_str(), code = code);
            self.problem(Some(&t.sheet), at, what);
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
                let what =
                    crate::fl!("form-cell-error", error = e.to_string(), column = c.header());
                self.problem(Some(&t.sheet), here(*col), what);
            }
        }
        let (status_col, status_text) = get(layout::STATUS)?;
        if status_text.is_empty() {
            if filled {
                let all: Vec<String> = Status::ALL.iter().map(|s| s.label()).collect();
                let what = crate::fl!("form-status-required", statuses = all.join(", "));
                self.problem(Some(&t.sheet), here(status_col), what);
            }
            return None;
        }
        let Some(status) = Status::from_label(&status_text) else {
            let all: Vec<String> = Status::ALL.iter().map(|s| s.label()).collect();
            let what = crate::fl!(
                "form-not-status",
                text = status_text.as_str(),
                statuses = all.join(", ")
            );
            self.problem(Some(&t.sheet), here(status_col), what);
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
            self.problem(Some(&t.sheet), here(col), crate::fl!("form-dropped-reason"));
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
            Some(n) if n < 0.0 => {
                self.problem(Some(&t.sheet), at, crate::fl!("form-negative", text = raw.as_str()))
            }
            Some(n) if n.fract() != 0.0 || n > 1e15 => {
                self.problem(Some(&t.sheet), at, crate::fl!("form-not-whole", text = raw.as_str()))
            }
            Some(n) => return Some(n as u64),
            None => {
                self.problem(Some(&t.sheet), at, crate::fl!("form-not-number", text = raw.as_str()))
            }
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
            let what = crate::fl!("form-not-date", text = raw.as_str());
            self.problem(Some(&t.sheet), Some(cell_name(row, col)), what);
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
                let what = crate::fl!(
                    "form-not-indicator",
                    wording = wording.as_str(),
                    action = action.as_str()
                );
                self.problem(Some(&t.sheet), Some(cell_name(row, ind_col)), what);
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
                    self.problem(Some(&t.sheet), at, crate::fl!("form-expected", what = expected))
                }
                (Ok(_), None) if refused.contains(&action) => {}
                (Ok(_), None) => {
                    let what = crate::fl!(
                        "form-value-without-status",
                        action = action.as_str(),
                        sheet = self.sheet_name(Sheet::Lead)
                    );
                    self.problem(Some(&t.sheet), at, what)
                }
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
        Some(crate::fl!("form-encrypted"))
    } else {
        Some(crate::fl!("form-not-workbook"))
    }
}
