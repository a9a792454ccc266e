//! Reporting periods in a three-way merge (`napwiz merge-driver`, `napwiz merge`): reports are
//! merged field by field against the base like decisions are; breakout parts never change
//! reports (they are refused there), so only whole-plan sides count.

use super::combine::{fields_of, report_field, report_target, set_report_field};
use super::{ActionReport, ReportingPeriod};
use crate::plan::{Choice, Conflict};

/// One side of the merge: its name and its periods.
pub struct PeriodsSide<'a> {
    pub name: &'a str,
    pub periods: &'a [ReportingPeriod],
}

/// What the merge made of the periods.
#[derive(Debug, Default)]
pub struct MergedPeriods {
    pub periods: Vec<ReportingPeriod>,
    pub conflicts: Vec<Conflict>,
    /// Changes not applied, in plain words.
    pub not_applied: Vec<String>,
}

/// A period without its reports: what closing, reopening or moving dates changes.
fn frame(
    p: &ReportingPeriod,
) -> (&str, jiff::civil::Date, jiff::civil::Date, jiff::civil::Date, bool) {
    (&p.id, p.from, p.to, p.due, p.closed)
}

fn frames(
    periods: &[ReportingPeriod],
) -> Vec<(&str, jiff::civil::Date, jiff::civil::Date, jiff::civil::Date, bool)> {
    periods.iter().map(frame).collect()
}

/// Merges the sides' periods against `base`. The periods themselves (ids, dates, closed) come
/// from the first side that changed them; reports merge field by field, a field changed
/// differently on two sides being a conflict unless `prefer` names one of them. A report
/// deleted on one side is kept: losing a report is worse than keeping one too many.
pub fn merge_periods(
    base: &[ReportingPeriod],
    sides: &[PeriodsSide],
    prefer: Option<&str>,
) -> MergedPeriods {
    let mut out = MergedPeriods::default();
    let changed: Vec<&PeriodsSide> =
        sides.iter().filter(|s| frames(s.periods) != frames(base)).collect();
    let shape = changed.first().map_or(base, |s| s.periods);
    for other in changed.iter().skip(1).filter(|s| frames(s.periods) != frames(shape)) {
        out.not_applied.push(format!(
            "reporting periods (dates, closed) changed in {} too; {}'s are kept",
            other.name, changed[0].name
        ));
    }
    for period in shape {
        let mut merged = period.clone();
        merged.reports = Default::default();
        let find = |ps: &'_ [ReportingPeriod]| ps.iter().find(|p| p.id == period.id).cloned();
        let base_p = find(base);
        let side_ps: Vec<(&str, Option<ReportingPeriod>)> =
            sides.iter().map(|s| (s.name, find(s.periods))).collect();
        let mut actions: Vec<&String> = base_p.iter().flat_map(|p| p.reports.keys()).collect();
        for (_, p) in &side_ps {
            actions.extend(p.iter().flat_map(|p| p.reports.keys()));
        }
        actions.sort();
        actions.dedup();
        for action in actions {
            let base_r = base_p.as_ref().and_then(|p| p.reports.get(action));
            let side_rs: Vec<(&str, Option<&ActionReport>)> = side_ps
                .iter()
                .map(|(n, p)| (*n, p.as_ref().and_then(|p| p.reports.get(action))))
                .collect();
            let target = report_target(&period.id, action);
            let report = merge_report(base_r, &side_rs, prefer, &target, &mut out.conflicts);
            merged.reports.insert(action.clone(), report);
        }
        out.periods.push(merged);
    }
    out
}

fn merge_report(
    base: Option<&ActionReport>,
    sides: &[(&str, Option<&ActionReport>)],
    prefer: Option<&str>,
    target: &str,
    conflicts: &mut Vec<Conflict>,
) -> ActionReport {
    let blank = ActionReport::default();
    let base_r = base.unwrap_or(&blank);
    // A side without the report leaves it as the base has it.
    let present: Vec<(&str, &ActionReport)> =
        sides.iter().filter_map(|(n, r)| r.map(|r| (*n, r))).collect();
    let mut merged = base.cloned().unwrap_or_default();
    let mut fields = fields_of(base_r, None);
    fields.push("validated".into());
    for (_, r) in &present {
        for f in fields_of(r, None) {
            if !fields.contains(&f) {
                fields.push(f);
            }
        }
    }
    for field in fields {
        let before = report_field(base_r, &field);
        let changes: Vec<(&str, String)> = present
            .iter()
            .map(|(n, r)| (*n, report_field(r, &field)))
            .filter(|(_, v)| *v != before || base.is_none())
            .collect();
        let Some((_, first)) = changes.first() else { continue };
        let agreed = changes.iter().all(|(_, v)| v == first);
        let preferred = prefer.and_then(|p| changes.iter().find(|(n, _)| *n == p));
        let value = match (agreed, preferred) {
            (true, _) => first.clone(),
            (false, Some((_, v))) => v.clone(),
            (false, None) => {
                let choices =
                    changes.iter().map(|(n, v)| Choice { source: n.to_string(), value: v.clone() });
                let mut unique: Vec<Choice> = vec![];
                for c in choices {
                    if !unique.iter().any(|u| u.value == c.value) {
                        unique.push(c);
                    }
                }
                conflicts.push(Conflict {
                    target: target.to_string(),
                    field: field.clone(),
                    choices: unique,
                });
                first.clone()
            }
        };
        // The values come from reports, so they always parse back.
        let _ = set_report_field(&mut merged, &field, &value);
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::monitor::{Status, derive_periods};
    use crate::plan::{Frequency, Period};

    fn periods() -> Vec<ReportingPeriod> {
        derive_periods(Period { first: 2027, last: 2027 }, Some(Frequency::SixMonthly))
    }

    fn with(status: Status, done: &str) -> Vec<ReportingPeriod> {
        let mut p = periods();
        let r = ActionReport { status, done: done.into(), ..ActionReport::default() };
        p[0].reports.insert("P1.1".into(), r);
        p
    }

    #[test]
    fn reports_added_on_either_side_are_both_kept() {
        let base = periods();
        let ours = with(Status::OnTrack, "a");
        let mut theirs = periods();
        theirs[1].reports.insert("A1.1".into(), ActionReport::default());
        let sides = [
            PeriodsSide { name: "ours", periods: &ours },
            PeriodsSide { name: "theirs", periods: &theirs },
        ];
        let out = merge_periods(&base, &sides, None);
        assert!(out.conflicts.is_empty(), "{:?}", out.conflicts);
        assert_eq!(out.periods[0].reports["P1.1"].status, Status::OnTrack);
        assert!(out.periods[1].reports.contains_key("A1.1"));
    }

    #[test]
    fn a_field_changed_differently_on_two_sides_is_a_conflict_unless_preferred() {
        let base = with(Status::NotStarted, "a");
        let ours = with(Status::OnTrack, "a");
        let theirs = with(Status::Delayed, "b");
        let sides = [
            PeriodsSide { name: "ours", periods: &ours },
            PeriodsSide { name: "theirs", periods: &theirs },
        ];
        let out = merge_periods(&base, &sides, None);
        assert_eq!(out.conflicts.len(), 1, "{:?}", out.conflicts);
        assert_eq!(out.conflicts[0].field, "status");
        assert_eq!(out.periods[0].reports["P1.1"].done, "b", "only theirs changed what was done");
        let preferred = merge_periods(&base, &sides, Some("theirs"));
        assert!(preferred.conflicts.is_empty());
        assert_eq!(preferred.periods[0].reports["P1.1"].status, Status::Delayed);
    }

    #[test]
    fn closing_a_period_on_one_side_is_kept() {
        let base = periods();
        let mut ours = periods();
        ours[0].closed = true;
        let theirs = with(Status::OnTrack, "a");
        let sides = [
            PeriodsSide { name: "ours", periods: &ours },
            PeriodsSide { name: "theirs", periods: &theirs },
        ];
        let out = merge_periods(&base, &sides, None);
        assert!(out.periods[0].closed);
        assert_eq!(out.periods[0].reports["P1.1"].status, Status::OnTrack);
    }
}
