//! The progress report form: one period's report on one action, field by field. The wizard's
//! Monitor mode edits reports through here (as plan setup goes through `plan::edit`), so a closed
//! period refuses every change with the same words wherever it is edited.

use jiff::civil::Date;

use super::measure::{Measure, parse_value};
use super::{ActionReport, Status};
use crate::plan::{Budget, Plan};

/// One field of an action's report for a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReportField {
    Status,
    DroppedReason,
    Done,
    /// The value of the action's indicator number N (0-based, in the plan's order).
    Value(usize),
    SpentAmount,
    SpentSource,
    Difficulties,
    CorrectiveMeasures,
    Evidence,
    ReportedBy,
    Date,
    Validated,
}

/// The fields of `action`'s report form for `period`: one value per indicator the action has;
/// why it was dropped only once it is (or a reason is on file).
pub fn report_fields(plan: &Plan, period: &str, action: &str) -> Vec<ReportField> {
    use ReportField::*;
    let indicators = plan.decision(action).map_or(0, |d| d.indicators.len());
    let report = plan.report(period, action);
    let dropped =
        report.is_some_and(|r| r.status == super::Status::Dropped || !r.dropped_reason.is_empty());
    let mut fields = vec![Status];
    if dropped {
        fields.push(DroppedReason);
    }
    fields.push(Done);
    fields.extend((0..indicators).map(Value));
    fields.extend([
        SpentAmount,
        SpentSource,
        Difficulties,
        CorrectiveMeasures,
        Evidence,
        ReportedBy,
        Date,
        Validated,
    ]);
    fields
}

/// A field's name without the plan: `Value 2` for an indicator's value.
pub fn name(field: ReportField) -> String {
    match field {
        ReportField::Status => crate::fl!("report-field-status"),
        ReportField::DroppedReason => crate::fl!("report-dropped-reason"),
        ReportField::Done => crate::fl!("report-done"),
        ReportField::Value(i) => crate::fl!("report-value", n = (i + 1).to_string()),
        ReportField::SpentAmount => crate::fl!("report-spent-amount"),
        ReportField::SpentSource => crate::fl!("report-spent-source"),
        ReportField::Difficulties => crate::fl!("report-difficulties"),
        ReportField::CorrectiveMeasures => crate::fl!("report-corrective-measures"),
        ReportField::Evidence => crate::fl!("report-evidence"),
        ReportField::ReportedBy => crate::fl!("report-reported-by"),
        ReportField::Date => crate::fl!("report-date"),
        ReportField::Validated => crate::fl!("report-validated"),
    }
}

/// A field's label in the form: an indicator's value is named by the indicator.
pub fn label(plan: &Plan, action: &str, field: ReportField) -> String {
    match field {
        ReportField::Value(i) => match indicator_text(plan, action, i) {
            Some(text) => crate::fl!("report-value-of", indicator = text),
            None => name(field),
        },
        _ => name(field),
    }
}

/// What a field expects, shown under its prompt.
pub fn hint(plan: &Plan, action: &str, field: ReportField) -> Option<String> {
    Some(match field {
        ReportField::Value(i) => match measure(plan, action, i) {
            Some(Measure::Count) => crate::fl!("report-hint-count"),
            Some(Measure::Share) => crate::fl!("report-hint-share"),
            _ => crate::fl!("report-hint-text"),
        },
        ReportField::SpentAmount => crate::fl!("report-hint-amount"),
        ReportField::Evidence => crate::fl!("report-hint-evidence"),
        ReportField::Date => crate::fl!("report-hint-date"),
        ReportField::DroppedReason => crate::fl!("report-hint-dropped"),
        _ => return None,
    })
}

/// Whether a field is edited in a multi-line editor (narratives and lists).
pub fn multiline(field: ReportField) -> bool {
    matches!(
        field,
        ReportField::Done
            | ReportField::Difficulties
            | ReportField::CorrectiveMeasures
            | ReportField::Evidence
            | ReportField::DroppedReason
    )
}

/// Whether a field steps through values rather than taking text.
pub fn cycles(field: ReportField) -> bool {
    matches!(field, ReportField::Status | ReportField::Validated)
}

fn indicator_text<'a>(plan: &'a Plan, action: &str, i: usize) -> Option<&'a str> {
    plan.decision(action)?.indicators.get(i).map(|x| x.text.as_str())
}

fn measure(plan: &Plan, action: &str, i: usize) -> Option<Measure> {
    plan.decision(action)?.indicators.get(i).map(Measure::of)
}

/// The text an editor starts with for a field of `action`'s report in `period`.
pub fn text_of(plan: &Plan, period: &str, action: &str, field: ReportField) -> String {
    let Some(r) = plan.report(period, action) else { return String::new() };
    match field {
        ReportField::Status => r.status.label(),
        ReportField::DroppedReason => r.dropped_reason.clone(),
        ReportField::Done => r.done.clone(),
        ReportField::Value(i) => indicator_text(plan, action, i)
            .and_then(|text| r.values.get(text))
            .map(super::Value::words)
            .unwrap_or_default(),
        ReportField::SpentAmount => {
            r.spent.as_ref().and_then(|b| b.amount).map(crate::i18n::number).unwrap_or_default()
        }
        ReportField::SpentSource => r.spent.as_ref().map(|b| b.source.clone()).unwrap_or_default(),
        ReportField::Difficulties => r.difficulties.clone(),
        ReportField::CorrectiveMeasures => r.corrective_measures.clone(),
        ReportField::Evidence => r.evidence.join("\n"),
        ReportField::ReportedBy => r.reported_by.clone(),
        ReportField::Date => r.date.map(|d| d.to_string()).unwrap_or_default(),
        ReportField::Validated => {
            if r.validated {
                crate::fl!("report-yes")
            } else {
                crate::fl!("report-no")
            }
        }
    }
}

/// The value as a form shows it (one line; "-" when empty, "no report" before one exists).
pub fn display(plan: &Plan, period: &str, action: &str, field: ReportField) -> String {
    if plan.report(period, action).is_none() {
        return if field == ReportField::Status {
            crate::fl!("report-none-yet")
        } else {
            "-".into()
        };
    }
    let text = text_of(plan, period, action, field).replace('\n', " / ");
    if text.trim().is_empty() { "-".into() } else { text }
}

/// Why `period` cannot be changed, if it cannot: it does not exist or it is closed.
pub fn refusal(plan: &Plan, period: &str) -> Option<String> {
    match plan.period(period) {
        None => Some(crate::fl!("report-no-period", period = period)),
        Some(p) if p.closed => Some(crate::fl!("report-closed", period = period)),
        Some(_) => None,
    }
}

/// Writes typed text into a report field, or says what is wrong with it (the text then stays
/// in the editor). Typing nothing where there is no report yet creates none.
pub fn apply_text(
    plan: &mut Plan,
    period: &str,
    action: &str,
    field: ReportField,
    text: &str,
) -> Result<(), String> {
    if let Some(why) = refusal(plan, period) {
        return Err(why);
    }
    let line = crate::sanitize::clean_line(text).trim().to_string();
    let block = crate::sanitize::clean(text).trim().to_string();
    if line.is_empty() && plan.report(period, action).is_none() {
        return Ok(());
    }
    let value = match field {
        ReportField::Value(i) => {
            let m = measure(plan, action, i).unwrap_or(Measure::Text);
            parse_value(m, &line)?
        }
        _ => None,
    };
    let amount = match field {
        ReportField::SpentAmount => crate::plan::parse_amount(&line)?,
        _ => None,
    };
    let date = match field {
        ReportField::Date if !line.is_empty() => Some(
            line.parse::<Date>().map_err(|_| crate::fl!("report-bad-date", text = line.clone()))?,
        ),
        _ => None,
    };
    let indicator = match field {
        ReportField::Value(i) => indicator_text(plan, action, i).map(String::from),
        _ => None,
    };
    let r = report_mut(plan, period, action);
    match field {
        ReportField::DroppedReason => r.dropped_reason = block,
        ReportField::Done => r.done = block,
        ReportField::Value(_) => {
            let Some(indicator) = indicator else { return Ok(()) };
            match value {
                Some(v) => r.values.insert(indicator, v),
                None => r.values.remove(&indicator),
            };
        }
        ReportField::SpentAmount => spent(r).amount = amount,
        ReportField::SpentSource => spent(r).source = line,
        ReportField::Difficulties => r.difficulties = block,
        ReportField::CorrectiveMeasures => r.corrective_measures = block,
        ReportField::Evidence => {
            r.evidence =
                block.lines().map(str::trim).filter(|l| !l.is_empty()).map(String::from).collect()
        }
        ReportField::ReportedBy => r.reported_by = line,
        ReportField::Date => r.date = date,
        ReportField::Status => {
            let status = Status::from_label(&line).ok_or_else(|| {
                let all: Vec<String> = Status::ALL.iter().map(|s| s.label()).collect();
                crate::fl!("report-bad-status", text = line.clone(), statuses = all.join(", "))
            })?;
            r.status = status;
        }
        ReportField::Validated => {
            let yes = line.to_lowercase();
            r.validated =
                yes == crate::fl!("report-yes").to_lowercase() || yes == "yes" || yes == "y";
        }
    }
    if r.spent.as_ref().is_some_and(|b| b.amount.is_none() && b.source.is_empty()) {
        r.spent = None;
    }
    Ok(())
}

fn report_mut<'a>(plan: &'a mut Plan, period: &str, action: &str) -> &'a mut ActionReport {
    let p = plan.period_mut(period).expect("checked by refusal");
    p.reports.entry(action.to_string()).or_default()
}

fn spent(report: &mut ActionReport) -> &mut Budget {
    report.spent.get_or_insert_with(Budget::default)
}

/// Steps the status (through every status) or the validation mark. Returns false when the
/// field does not cycle or the period refuses changes.
pub fn cycle(
    plan: &mut Plan,
    period: &str,
    action: &str,
    field: ReportField,
    forward: bool,
) -> bool {
    if refusal(plan, period).is_some() || !cycles(field) {
        return false;
    }
    let fresh = plan.report(period, action).is_none();
    let r = report_mut(plan, period, action);
    match field {
        // A report that did not exist starts at its first status: "not started".
        ReportField::Status if fresh => {}
        ReportField::Status => {
            let all = Status::ALL;
            let i = all.iter().position(|s| *s == r.status).unwrap_or(0);
            let n = all.len();
            r.status = all[if forward { (i + 1) % n } else { (i + n - 1) % n }];
        }
        _ => r.validated = !r.validated,
    }
    true
}

/// Sets an action's status for a period (the Monitor mode's one key per status).
pub fn set_status(
    plan: &mut Plan,
    period: &str,
    action: &str,
    status: Status,
) -> Result<(), String> {
    if let Some(why) = refusal(plan, period) {
        return Err(why);
    }
    report_mut(plan, period, action).status = status;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Content;

    fn demo() -> (Plan, String) {
        let content = Content::embedded();
        let plan = crate::plan::demo_plan(&content);
        let action = plan.included_actions(&content)[0].to_string();
        (plan, action)
    }

    fn open_period(plan: &Plan) -> String {
        plan.periods.iter().find(|p| !p.closed).unwrap().id.clone()
    }

    #[test]
    fn a_closed_period_refuses_every_change_and_says_why() {
        let (mut plan, action) = demo();
        let closed = plan.periods.iter().find(|p| p.closed).unwrap().id.clone();
        let before = plan.clone();
        let why = apply_text(&mut plan, &closed, &action, ReportField::Done, "x").unwrap_err();
        assert!(why.contains("closed"), "{why}");
        assert!(!cycle(&mut plan, &closed, &action, ReportField::Status, true));
        assert!(set_status(&mut plan, &closed, &action, Status::Completed).is_err());
        assert_eq!(plan, before);
    }

    #[test]
    fn typing_nothing_creates_no_report() {
        let (mut plan, _) = demo();
        let period = open_period(&plan);
        let before = plan.clone();
        apply_text(&mut plan, &period, "NOT-REPORTED", ReportField::Done, "  ").unwrap();
        assert_eq!(plan, before);
    }

    #[test]
    fn values_are_read_as_the_indicator_measures_them() {
        let (mut plan, _) = demo();
        let period = open_period(&plan);
        let content = Content::embedded();
        let (action, i, m) = plan
            .included_actions(&content)
            .into_iter()
            .find_map(|a| {
                let d = plan.decision(a)?;
                d.indicators
                    .iter()
                    .position(|x| Measure::of(x) == Measure::Count)
                    .map(|i| (a.to_string(), i, Measure::Count))
            })
            .unwrap();
        assert_eq!(m, Measure::Count);
        let err =
            apply_text(&mut plan, &period, &action, ReportField::Value(i), "many").unwrap_err();
        assert!(err.contains("a number of 0 or more"), "{err}");
        apply_text(&mut plan, &period, &action, ReportField::Value(i), "1,200").unwrap();
        assert_eq!(text_of(&plan, &period, &action, ReportField::Value(i)), "1200");
    }

    #[test]
    fn spending_and_dates_are_checked() {
        let (mut plan, action) = demo();
        let period = open_period(&plan);
        assert!(apply_text(&mut plan, &period, &action, ReportField::Date, "12/01/2028").is_err());
        apply_text(&mut plan, &period, &action, ReportField::SpentAmount, "52,500").unwrap();
        apply_text(&mut plan, &period, &action, ReportField::SpentSource, "State budget").unwrap();
        let r = plan.report(&period, &action).unwrap();
        assert_eq!(r.spent, Some(Budget { amount: Some(52_500), source: "State budget".into() }));
        apply_text(&mut plan, &period, &action, ReportField::SpentAmount, "").unwrap();
        apply_text(&mut plan, &period, &action, ReportField::SpentSource, "").unwrap();
        assert_eq!(plan.report(&period, &action).unwrap().spent, None);
    }

    #[test]
    fn status_cycles_through_every_status_and_a_new_report_starts_not_started() {
        let (mut plan, _) = demo();
        let period = open_period(&plan);
        assert!(cycle(&mut plan, &period, "NEW", ReportField::Status, true));
        assert_eq!(plan.report(&period, "NEW").unwrap().status, Status::NotStarted);
        for expected in Status::ALL.iter().cycle().skip(1).take(6) {
            cycle(&mut plan, &period, "NEW", ReportField::Status, true);
            assert_eq!(plan.report(&period, "NEW").unwrap().status, *expected);
        }
    }
}
