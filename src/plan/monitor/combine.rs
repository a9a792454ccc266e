//! Bringing returned reports into a period field by field, the way `merge` brings in parts: a
//! blank never erases, a field only the form fills is taken, and a field filled differently
//! in the plan and the form (or in two forms) is a conflict, held in the plan with every
//! choice until someone picks (or `--prefer` decides).

use serde::Serialize;
use serde::de::DeserializeOwned;

use super::edit::open_period;
use super::{ActionReport, Status, Value};
use crate::plan::{Budget, Choice, Conflict, Plan};

/// A report from outside the plan (a returned form) and the file it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct Incoming {
    pub source: String,
    pub action: String,
    pub report: ActionReport,
}

/// Which side wins a conflict.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Prefer {
    /// What the plan already holds.
    Mine,
    /// What the forms say.
    Theirs,
}

/// One field changed by the forms, in RON like a conflict's choices.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub action: String,
    pub field: String,
    pub before: String,
    pub after: String,
    pub source: String,
}

#[derive(Debug, Default)]
pub struct Combined {
    pub changes: Vec<Change>,
    /// Conflicts left for a person (also recorded in `plan.conflicts`).
    pub conflicts: Vec<Conflict>,
    /// Fields where `--prefer mine` kept the plan's value over a form's.
    pub kept: Vec<Change>,
}

/// Fields of a report a form can fill, besides one `value: <indicator>` per indicator.
const FIELDS: [&str; 9] = [
    "status",
    "dropped_reason",
    "done",
    "spent",
    "difficulties",
    "corrective_measures",
    "evidence",
    "reported_by",
    "date",
];

const VALUE_PREFIX: &str = "value: ";

/// The conflict target of a report: `report 2027-H2 A1.1`.
pub fn report_target(period: &str, action: &str) -> String {
    format!("report {period} {action}")
}

/// Combines `incoming` reports into the open `period`; `plan_name` names the plan's side in
/// conflicts. Refused (nothing changed) when the period is closed or unknown.
pub fn combine(
    plan: &mut Plan,
    plan_name: &str,
    period: &str,
    incoming: &[Incoming],
    prefer: Option<Prefer>,
) -> Result<Combined, String> {
    open_period(plan, period)?;
    let mut out = Combined::default();
    let mut conflicts: Vec<Conflict> = vec![];
    // Who set each field in this run, so a second form's conflict names the first form.
    let mut set_by: Vec<(String, String, String)> = vec![];
    for inc in incoming {
        let reports = &mut plan.period_mut(period).expect("opened above").reports;
        let existing = reports.get(&inc.action).cloned();
        let mut report = existing.clone().unwrap_or_default();
        for field in fields_of(&inc.report, existing.as_ref()) {
            let theirs = report_field(&inc.report, &field);
            let mine = report_field(&report, &field);
            let blank = report_field(&ActionReport::default(), &field);
            let mine_blank = existing.is_none() || mine == blank;
            if theirs == blank || theirs == mine {
                continue;
            }
            let change = Change {
                action: inc.action.clone(),
                field: field.clone(),
                // Empty when nothing was there, shown as `-`.
                before: if mine_blank { String::new() } else { mine.clone() },
                after: theirs.clone(),
                source: inc.source.clone(),
            };
            let taken_here = set_by.iter().find(|(a, f, _)| *a == inc.action && *f == field);
            if mine_blank || prefer == Some(Prefer::Theirs) {
                set_report_field(&mut report, &field, &theirs)?;
                set_by.push((inc.action.clone(), field.clone(), inc.source.clone()));
                out.changes.push(change);
            } else if prefer == Some(Prefer::Mine) {
                out.kept.push(change);
            } else {
                let mine_source = taken_here.map_or(plan_name, |(_, _, s)| s.as_str()).to_string();
                add_conflict(
                    &mut conflicts,
                    report_target(period, &inc.action),
                    &field,
                    [(mine_source, mine), (inc.source.clone(), theirs)],
                );
            }
        }
        if existing.as_ref() != Some(&report) {
            // A changed report needs the coordinator's check again.
            report.validated = false;
            reports.insert(inc.action.clone(), report);
        }
    }
    plan.conflicts.extend(conflicts.iter().cloned());
    out.conflicts = conflicts;
    Ok(out)
}

/// The fields to compare: the fixed ones and a value field per indicator either side has.
pub(super) fn fields_of(theirs: &ActionReport, mine: Option<&ActionReport>) -> Vec<String> {
    let mut fields: Vec<String> = FIELDS.iter().map(|f| f.to_string()).collect();
    let indicators = theirs.values.keys().chain(mine.into_iter().flat_map(|m| m.values.keys()));
    for text in indicators {
        let field = format!("{VALUE_PREFIX}{text}");
        if !fields.contains(&field) {
            fields.push(field);
        }
    }
    fields
}

fn add_conflict(
    conflicts: &mut Vec<Conflict>,
    target: String,
    field: &str,
    sides: [(String, String); 2],
) {
    let at = match conflicts.iter().position(|c| c.target == target && c.field == field) {
        Some(at) => at,
        None => {
            conflicts.push(Conflict { target, field: field.to_string(), choices: vec![] });
            conflicts.len() - 1
        }
    };
    let choices = &mut conflicts[at].choices;
    for (source, value) in sides {
        if !choices.iter().any(|c| c.value == value) {
            choices.push(Choice { source, value });
        }
    }
}

fn ron<T: Serialize>(value: &T) -> String {
    ron::to_string(value).expect("report values serialise")
}

fn from_ron<T: DeserializeOwned>(text: &str) -> Result<T, String> {
    ron::from_str(text)
        .map_err(|e| crate::fl!("merge-bad-value", text = text, error = e.to_string()))
}

/// One field of a report as RON (`value: <indicator>` for an indicator's value).
pub fn report_field(r: &ActionReport, field: &str) -> String {
    if let Some(text) = field.strip_prefix(VALUE_PREFIX) {
        return ron(&r.values.get(text));
    }
    match field {
        "status" => ron(&r.status),
        "dropped_reason" => ron(&r.dropped_reason),
        "done" => ron(&r.done),
        "spent" => ron(&r.spent),
        "difficulties" => ron(&r.difficulties),
        "corrective_measures" => ron(&r.corrective_measures),
        "evidence" => ron(&r.evidence),
        "reported_by" => ron(&r.reported_by),
        "date" => ron(&r.date),
        "validated" => ron(&r.validated),
        _ => String::new(),
    }
}

/// Sets one field of a report from RON.
pub fn set_report_field(r: &mut ActionReport, field: &str, value: &str) -> Result<(), String> {
    if let Some(text) = field.strip_prefix(VALUE_PREFIX) {
        match from_ron::<Option<Value>>(value)? {
            Some(v) => r.values.insert(text.to_string(), v),
            None => r.values.remove(text),
        };
        return Ok(());
    }
    match field {
        "status" => r.status = from_ron::<Status>(value)?,
        "dropped_reason" => r.dropped_reason = from_ron(value)?,
        "done" => r.done = from_ron(value)?,
        "spent" => r.spent = from_ron::<Option<Budget>>(value)?,
        "difficulties" => r.difficulties = from_ron(value)?,
        "corrective_measures" => r.corrective_measures = from_ron(value)?,
        "evidence" => r.evidence = from_ron(value)?,
        "reported_by" => r.reported_by = from_ron(value)?,
        "date" => r.date = from_ron(value)?,
        "validated" => r.validated = from_ron(value)?,
        other => return Err(crate::fl!("monitor-unknown-field", field = other)),
    }
    Ok(())
}

/// Applies a conflict choice whose target is a report (`report PERIOD ACTION`); `None` when
/// the target is not a report.
pub fn resolve_report(
    plan: &mut Plan,
    target: &str,
    field: &str,
    value: &str,
) -> Option<Result<(), String>> {
    let rest = target.strip_prefix("report ")?;
    let (period, action) = rest.split_once(' ')?;
    let Some(p) = plan.period_mut(period) else {
        return Some(Err(crate::fl!("report-no-period", period = period)));
    };
    let report = p.reports.entry(action.to_string()).or_default();
    Some(set_report_field(report, field, value))
}

/// A report field's RON value in plain words, for conflict and change lines; `None` for a
/// field that is plain text.
pub fn describe_report_field(field: &str, value: &str, currency: &str) -> Option<String> {
    if field.starts_with(VALUE_PREFIX) {
        return from_ron::<Option<Value>>(value).ok().map(|v| v.map_or("-".into(), |v| v.words()));
    }
    match field {
        "status" => from_ron::<Status>(value).ok().map(|s| s.label().to_string()),
        "spent" => from_ron::<Option<Budget>>(value)
            .ok()
            .map(|b| b.map_or("-".into(), |b| b.words(currency))),
        "date" => from_ron::<Option<jiff::civil::Date>>(value)
            .ok()
            .map(|d| d.map_or("-".into(), |d| d.to_string())),
        "evidence" => from_ron::<Vec<String>>(value).ok().map(|v| v.join("; ")),
        _ => None,
    }
}

/// A report field's name as people read it (`status`, `value: <indicator>`), in the language
/// `fl!` writes in.
pub fn field_label(field: &str) -> String {
    match field.strip_prefix(VALUE_PREFIX) {
        Some(indicator) => crate::fl!("monitor-field-value", indicator = indicator),
        None => crate::fl!("monitor-field", field = field),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Content;
    use crate::plan::monitor::edit::start_monitoring;
    use crate::plan::{Frequency, Period};

    fn plan() -> Plan {
        let mut plan =
            Plan::new("NAP", "X", Period { first: 2027, last: 2028 }, &Content::embedded());
        plan.monitoring.reporting = Some(Frequency::SixMonthly);
        start_monitoring(&mut plan);
        plan
    }

    fn incoming(source: &str, status: Status, done: &str) -> Incoming {
        let report = ActionReport { status, done: done.into(), ..ActionReport::default() };
        Incoming { source: source.into(), action: "P1.1".into(), report }
    }

    #[test]
    fn a_new_report_is_taken_whole_and_a_blank_never_erases() {
        let mut plan = plan();
        let first = [incoming("moi.xlsx", Status::OnTrack, "Met twice")];
        let out = combine(&mut plan, "nap.ron", "2027-H1", &first, None).unwrap();
        assert_eq!(out.changes.len(), 2, "{:?}", out.changes);
        let blank_done = [incoming("moi.xlsx", Status::OnTrack, "")];
        let out = combine(&mut plan, "nap.ron", "2027-H1", &blank_done, None).unwrap();
        assert!(out.changes.is_empty() && out.conflicts.is_empty());
        assert_eq!(plan.report("2027-H1", "P1.1").unwrap().done, "Met twice");
    }

    #[test]
    fn two_forms_that_disagree_leave_a_conflict_naming_both() {
        let mut plan = plan();
        let forms = [
            incoming("moi.xlsx", Status::OnTrack, "Met twice"),
            incoming("moi-v2.xlsx", Status::Delayed, "Met twice"),
        ];
        let out = combine(&mut plan, "nap.ron", "2027-H1", &forms, None).unwrap();
        assert_eq!(out.conflicts.len(), 1, "{:?}", out.conflicts);
        let c = &out.conflicts[0];
        assert_eq!((c.target.as_str(), c.field.as_str()), ("report 2027-H1 P1.1", "status"));
        let sources: Vec<&str> = c.choices.iter().map(|ch| ch.source.as_str()).collect();
        assert_eq!(sources, ["moi.xlsx", "moi-v2.xlsx"]);
        assert_eq!(plan.report("2027-H1", "P1.1").unwrap().status, Status::OnTrack, "first held");
        assert_eq!(plan.conflicts, out.conflicts);
    }

    #[test]
    fn prefer_decides_conflicts_either_way() {
        for (prefer, status) in [(Prefer::Mine, Status::OnTrack), (Prefer::Theirs, Status::Delayed)]
        {
            let mut plan = plan();
            combine(&mut plan, "nap.ron", "2027-H1", &[incoming("a", Status::OnTrack, "")], None)
                .unwrap();
            let out = combine(
                &mut plan,
                "nap.ron",
                "2027-H1",
                &[incoming("b", Status::Delayed, "")],
                Some(prefer),
            )
            .unwrap();
            assert!(out.conflicts.is_empty());
            assert_eq!(plan.report("2027-H1", "P1.1").unwrap().status, status, "{prefer:?}");
        }
    }

    #[test]
    fn a_changed_report_loses_its_validation() {
        let mut plan = plan();
        let mut done =
            ActionReport { status: Status::OnTrack, validated: true, ..ActionReport::default() };
        done.reported_by = "A".into();
        plan.periods[0].reports.insert("P1.1".into(), done);
        combine(&mut plan, "nap.ron", "2027-H1", &[incoming("a", Status::OnTrack, "More")], None)
            .unwrap();
        assert!(!plan.report("2027-H1", "P1.1").unwrap().validated);
    }
}
