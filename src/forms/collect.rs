//! Writing the monitoring forms: one workbook per implementing institution, with its lead
//! actions to fill in (drop-down status, number checks), the indicators of those actions, the
//! actions it partners in (read only), and a hidden sheet naming the plan and period.

use anyhow::{Context, Result};
use rust_xlsxwriter::{
    Color, DataValidation, DataValidationRule, Format, FormatAlign, FormatBorder, Workbook,
    Worksheet, XlsxError,
};

use super::layout::{self, Column, Sheet};
use crate::content::Content;
use crate::plan::monitor::{Measure, ReportingPeriod, Status, previous_period};
use crate::plan::{Plan, item_text};
use crate::sanitize::clean;

/// One institution's form: the included actions it leads and those it partners in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Form {
    pub institution: String,
    pub lead: Vec<String>,
    pub partner: Vec<String>,
}

/// A form per institution that leads or partners in an included action, in roster order.
pub fn forms_for(plan: &Plan, content: &Content) -> Vec<Form> {
    let mut forms: Vec<Form> = vec![];
    let mut add = |inst: &str, action: &str, lead: bool| {
        let at = match forms.iter().position(|f| f.institution == inst) {
            Some(at) => at,
            None => {
                forms.push(Form { institution: inst.into(), lead: vec![], partner: vec![] });
                forms.len() - 1
            }
        };
        let list = if lead { &mut forms[at].lead } else { &mut forms[at].partner };
        list.push(action.to_string());
    };
    for action in plan.included_actions(content) {
        let d = plan.decision(action).expect("included actions have decisions");
        if let Some(lead) = &d.lead {
            add(lead, action, true);
        }
        for p in d.partners.iter().filter(|p| Some(*p) != d.lead.as_ref()) {
            add(p, action, false);
        }
    }
    let roster: Vec<&String> =
        plan.roster.institutions.iter().chain(plan.roster.custom.iter().map(|c| &c.id)).collect();
    forms.sort_by_key(|f| roster.iter().position(|r| **r == f.institution).unwrap_or(usize::MAX));
    forms
}

/// The form's file name: `2027-H2-moi.xlsx`.
pub fn file_name(plan: &Plan, content: &Content, period: &str, form: &Form) -> String {
    let code = plan.institution_code(&form.institution, content);
    format!("{}-{}.xlsx", crate::paths::slug(period), crate::paths::slug(code))
}

struct Formats {
    header: Format,
    locked: Format,
    editable: Format,
    money: Format,
    editable_money: Format,
}

impl Formats {
    fn new() -> Formats {
        let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
        let editable = wrap.clone().set_unlocked().set_background_color(Color::RGB(0xFFF9E5));
        Formats {
            header: wrap
                .clone()
                .set_bold()
                .set_background_color(Color::RGB(0xDCE6F1))
                .set_border_bottom(FormatBorder::Thin),
            money: wrap.clone().set_num_format("#,##0"),
            editable_money: editable.clone().set_num_format("#,##0"),
            locked: wrap,
            editable,
        }
    }
}

/// Writes one sheet's cells.
type FillSheet<'a> = dyn Fn(&mut Worksheet) -> Result<(), XlsxError> + 'a;

/// The workbook for one institution and period, in the plan's language (headers, status
/// words, instructions), whoever runs napwiz.
pub fn write_form(
    plan: &Plan,
    content: &Content,
    period: &ReportingPeriod,
    form: &Form,
) -> Result<Vec<u8>> {
    crate::i18n::in_language(&plan.meta.language, || write_book(plan, content, period, form))
}

fn write_book(
    plan: &Plan,
    content: &Content,
    period: &ReportingPeriod,
    form: &Form,
) -> Result<Vec<u8>> {
    let mut book = Workbook::new();
    let f = Formats::new();
    let name = plan.institution_name(&form.institution, content).to_string();
    let sheets: [(String, &FillSheet); 5] = [
        (Sheet::Instructions.name(), &|s| instructions(s, plan, period, &name, &f)),
        (Sheet::Lead.name(), &|s| lead_sheet(s, plan, content, period, form, &f)),
        (Sheet::Indicators.name(), &|s| indicator_sheet(s, plan, period, form, &f)),
        (Sheet::Partner.name(), &|s| partner_sheet(s, plan, content, period, form, &f)),
        (layout::ABOUT.to_string(), &|s| about_sheet(s, plan, period, form)),
    ];
    for (sheet_name, fill) in sheets {
        let sheet = book.add_worksheet();
        sheet
            .set_name(&sheet_name)
            .and_then(|s| {
                fill(s)?;
                Ok(())
            })
            .with_context(|| crate::fl!("xlsx-sheet-failed", name = sheet_name.as_str()))?;
    }
    book.save_to_buffer().with_context(|| crate::fl!("xlsx-assemble-failed"))
}

fn instructions(
    s: &mut Worksheet,
    plan: &Plan,
    p: &ReportingPeriod,
    name: &str,
    f: &Formats,
) -> Result<(), XlsxError> {
    let statuses: Vec<String> = Status::ALL.iter().map(|s| s.label()).collect();
    let lines = [
        crate::fl!("form-title", plan = clean(&plan.meta.title).into_owned()),
        crate::fl!("form-institution", institution = clean(name).into_owned()),
        crate::fl!("form-period", period = p.id.as_str(), span = p.span(), due = p.due.to_string()),
        String::new(),
        crate::fl!("form-step-lead", sheet = Sheet::Lead.name()),
        crate::fl!("form-step-status", statuses = statuses.join(", ")),
        crate::fl!("form-step-amounts"),
        crate::fl!("form-step-indicators", sheet = Sheet::Indicators.name()),
        crate::fl!("form-step-partner", sheet = Sheet::Partner.name()),
        crate::fl!("form-step-return"),
    ];
    s.set_column_width(0, 110)?;
    for (row, line) in lines.iter().enumerate() {
        s.write_string_with_format(
            row as u32,
            0,
            line,
            if row == 0 { &f.header } else { &f.locked },
        )?;
    }
    s.protect();
    Ok(())
}

fn headers(s: &mut Worksheet, columns: &[Column], f: &Formats) -> Result<(), XlsxError> {
    for (c, column) in columns.iter().enumerate() {
        s.set_column_width(c as u16, column.width)?;
        s.write_string_with_format(0, c as u16, column.header(), &f.header)?;
    }
    s.set_freeze_panes(1, 1)?;
    Ok(())
}

/// The status reported in the period before, in words.
fn last_status(plan: &Plan, period: &ReportingPeriod, action: &str) -> String {
    match previous_period(plan, &period.id) {
        None => "-".into(),
        Some(prev) => prev
            .report(action)
            .map_or_else(|| crate::fl!("monitor-not-reported"), |r| r.status.label()),
    }
}

fn timeframe(plan: &Plan, action: &str) -> String {
    let tf =
        plan.decision(action).and_then(|d| d.timeframe).unwrap_or(crate::plan::Timeframe::LongTerm);
    match tf.years_within(plan.meta.period) {
        (a, b) if a == b => a.to_string(),
        (a, b) => format!("{a}-{b}"),
    }
}

fn lead_sheet(
    s: &mut Worksheet,
    plan: &Plan,
    content: &Content,
    period: &ReportingPeriod,
    form: &Form,
    f: &Formats,
) -> Result<(), XlsxError> {
    headers(s, &layout::LEAD_COLUMNS, f)?;
    for (i, action) in form.lead.iter().enumerate() {
        let row = i as u32 + 1;
        let d = plan.decision(action).cloned().unwrap_or_default();
        let r = period.report(action).cloned().unwrap_or_default();
        let reported = period.report(action).is_some();
        let text = |v: &str| clean(v).into_owned();
        let cells: [String; 15] = [
            action.clone(),
            text(&item_text(plan, content, action)),
            timeframe(plan, action),
            String::new(),
            last_status(plan, period, action),
            if reported { r.status.label() } else { String::new() },
            text(&r.dropped_reason),
            text(&r.done),
            String::new(),
            text(&r.spent.as_ref().map(|b| b.source.clone()).unwrap_or_default()),
            text(&r.difficulties),
            text(&r.corrective_measures),
            text(&r.evidence.join("; ")),
            text(&r.reported_by),
            r.date.map(|d| d.to_string()).unwrap_or_default(),
        ];
        for (c, (column, value)) in layout::LEAD_COLUMNS.iter().zip(cells).enumerate() {
            let format = if column.editable { &f.editable } else { &f.locked };
            s.write_string_with_format(row, c as u16, value, format)?;
        }
        let col = |c: Column| layout::LEAD_COLUMNS.iter().position(|x| *x == c).unwrap_or(0) as u16;
        match d.budget.as_ref().and_then(|b| b.amount) {
            Some(a) => s.write_number_with_format(row, col(layout::BUDGET), a as f64, &f.money)?,
            None => s.write_string_with_format(row, col(layout::BUDGET), "-", &f.locked)?,
        };
        match r.spent.as_ref().and_then(|b| b.amount) {
            Some(a) => {
                s.write_number_with_format(row, col(layout::SPENT), a as f64, &f.editable_money)?
            }
            None => s.write_blank(row, col(layout::SPENT), &f.editable_money)?,
        };
    }
    lead_validation(s, form.lead.len() as u32)?;
    s.protect();
    Ok(())
}

fn lead_validation(s: &mut Worksheet, rows: u32) -> Result<(), XlsxError> {
    if rows == 0 {
        return Ok(());
    }
    let col = |c: Column| layout::LEAD_COLUMNS.iter().position(|x| *x == c).unwrap_or(0) as u16;
    let labels: Vec<String> = Status::ALL.iter().map(|s| s.label()).collect();
    let status = DataValidation::new()
        .allow_list_strings(&labels)?
        .set_error_title(layout::STATUS.header())?
        .set_error_message(crate::fl!("form-status-error", statuses = labels.join(", ")))?;
    s.add_data_validation(1, col(layout::STATUS), rows, col(layout::STATUS), &status)?;
    let money = DataValidation::new()
        .allow_whole_number(DataValidationRule::GreaterThanOrEqualTo(0))
        .set_error_message(crate::fl!("form-amount-error"))?;
    s.add_data_validation(1, col(layout::SPENT), rows, col(layout::SPENT), &money)?;
    Ok(())
}

fn indicator_sheet(
    s: &mut Worksheet,
    plan: &Plan,
    period: &ReportingPeriod,
    form: &Form,
    f: &Formats,
) -> Result<(), XlsxError> {
    headers(s, &layout::INDICATOR_COLUMNS, f)?;
    let mut row = 1;
    for action in &form.lead {
        let Some(d) = plan.decision(action) else { continue };
        for ind in &d.indicators {
            let measure = Measure::of(ind);
            let last = previous_period(plan, &period.id)
                .and_then(|p| p.report(action))
                .and_then(|r| r.values.get(&ind.text))
                .map_or(String::new(), |v| v.words());
            let value = period.report(action).and_then(|r| r.values.get(&ind.text));
            let fixed = [
                action.clone(),
                clean(&ind.text).into(),
                clean(&ind.baseline).into(),
                clean(&ind.target).into(),
                measure.expected(),
                clean(&last).into(),
            ];
            for (c, v) in fixed.into_iter().enumerate() {
                s.write_string_with_format(row, c as u16, v, &f.locked)?;
            }
            let value_col = (layout::INDICATOR_COLUMNS.len() - 1) as u16;
            match value {
                Some(crate::plan::Value::Number(n)) => {
                    s.write_number_with_format(row, value_col, *n, &f.editable)?
                }
                Some(crate::plan::Value::Text(t)) => {
                    s.write_string_with_format(row, value_col, clean(t), &f.editable)?
                }
                None => s.write_blank(row, value_col, &f.editable)?,
            };
            if let Some(rule) = value_rule(measure) {
                s.add_data_validation(row, value_col, row, value_col, &rule)?;
            }
            row += 1;
        }
    }
    s.protect();
    Ok(())
}

/// The number check of a value cell; none for text.
fn value_rule(measure: Measure) -> Option<DataValidation> {
    let rule = match measure {
        Measure::Count => DataValidationRule::GreaterThanOrEqualTo(0.0),
        Measure::Share => DataValidationRule::Between(0.0, 100.0),
        Measure::Text => return None,
    };
    DataValidation::new().allow_decimal_number(rule).set_error_message(measure.expected()).ok()
}

fn partner_sheet(
    s: &mut Worksheet,
    plan: &Plan,
    content: &Content,
    period: &ReportingPeriod,
    form: &Form,
    f: &Formats,
) -> Result<(), XlsxError> {
    headers(s, &layout::PARTNER_COLUMNS, f)?;
    for (i, action) in form.partner.iter().enumerate() {
        let lead = plan.decision(action).and_then(|d| d.lead.clone()).unwrap_or_default();
        let cells = [
            action.clone(),
            clean(&item_text(plan, content, action)).into_owned(),
            timeframe(plan, action),
            clean(plan.institution_code(&lead, content)).into_owned(),
            last_status(plan, period, action),
        ];
        for (c, v) in cells.into_iter().enumerate() {
            s.write_string_with_format(i as u32 + 1, c as u16, v, &f.locked)?;
        }
    }
    s.protect();
    Ok(())
}

fn about_sheet(
    s: &mut Worksheet,
    plan: &Plan,
    period: &ReportingPeriod,
    form: &Form,
) -> Result<(), XlsxError> {
    let values = [plan.id.as_str(), &clean(&plan.meta.title), &period.id, &form.institution];
    for (row, (key, value)) in layout::ABOUT_KEYS.iter().zip(values).enumerate() {
        s.write_string(row as u32, 0, *key)?;
        s.write_string(row as u32, 1, value)?;
    }
    s.set_hidden(true);
    s.protect();
    Ok(())
}
