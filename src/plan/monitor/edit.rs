//! Changing periods: starting monitoring, closing and reopening, moving dates. Every front
//! end (commands, plain mode, the wizard) goes through these, so a closed period is read-only
//! everywhere.

use jiff::civil::Date;

use super::{ActionReport, ReportingPeriod, derive_periods};
use crate::plan::Plan;

/// Adds the reporting periods derived from the plan period and reporting frequency when the
/// plan has none yet; returns how many were added.
pub fn start_monitoring(plan: &mut Plan) -> usize {
    if !plan.periods.is_empty() {
        return 0;
    }
    plan.periods = derive_periods(plan.meta.period, plan.monitoring.reporting);
    plan.periods.len()
}

/// The period `id`, open for changes; the error says why not.
pub fn open_period<'a>(plan: &'a mut Plan, id: &str) -> Result<&'a mut ReportingPeriod, String> {
    let known = known_ids(plan);
    let period = plan
        .period_mut(id)
        .ok_or_else(|| crate::fl!("monitor-no-such-period", period = id, known = known))?;
    if period.closed {
        return Err(crate::fl!("monitor-period-is-closed", period = id));
    }
    Ok(period)
}

fn known_ids(plan: &Plan) -> String {
    match plan.periods.as_slice() {
        [] => crate::fl!("monitor-no-periods-yet"),
        ps => ps.iter().map(|p| p.id.as_str()).collect::<Vec<_>>().join(", "),
    }
}

/// Closes or reopens a period; `Ok(false)` when it already was so.
pub fn set_closed(plan: &mut Plan, id: &str, closed: bool) -> Result<bool, String> {
    let known = known_ids(plan);
    let period = plan
        .period_mut(id)
        .ok_or_else(|| crate::fl!("monitor-no-such-period", period = id, known = known))?;
    let changed = period.closed != closed;
    period.closed = closed;
    Ok(changed)
}

/// Moves a period's dates; refused on a closed period or when it would end before it starts.
pub fn set_dates(plan: &mut Plan, id: &str, from: Date, to: Date, due: Date) -> Result<(), String> {
    if from > to {
        return Err(crate::fl!(
            "monitor-ends-before-start",
            to = to.to_string(),
            from = from.to_string()
        ));
    }
    let period = open_period(plan, id)?;
    (period.from, period.to, period.due) = (from, to, due);
    Ok(())
}

/// Records an action's report for an open period, replacing what was there.
pub fn set_report(
    plan: &mut Plan,
    period: &str,
    action: &str,
    report: ActionReport,
) -> Result<(), String> {
    open_period(plan, period)?.reports.insert(action.to_string(), report);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Content;
    use crate::plan::{Frequency, Period};

    fn plan() -> Plan {
        let mut plan =
            Plan::new("NAP", "X", Period { first: 2027, last: 2028 }, &Content::embedded());
        plan.monitoring.reporting = Some(Frequency::SixMonthly);
        plan
    }

    #[test]
    fn monitoring_starts_once_with_the_derived_periods() {
        let mut plan = plan();
        assert_eq!(start_monitoring(&mut plan), 4);
        plan.periods[0].closed = true;
        assert_eq!(start_monitoring(&mut plan), 0, "never replaces existing periods");
        assert!(plan.periods[0].closed);
    }

    #[test]
    fn a_closed_period_refuses_reports_until_reopened() {
        let mut plan = plan();
        start_monitoring(&mut plan);
        assert_eq!(set_closed(&mut plan, "2027-H1", true), Ok(true));
        assert_eq!(set_closed(&mut plan, "2027-H1", true), Ok(false));
        let err = set_report(&mut plan, "2027-H1", "P1.1", ActionReport::default()).unwrap_err();
        assert!(err.contains("closed; reopen it first"), "{err}");
        set_closed(&mut plan, "2027-H1", false).unwrap();
        set_report(&mut plan, "2027-H1", "P1.1", ActionReport::default()).unwrap();
        let unknown = set_closed(&mut plan, "2031", true).unwrap_err();
        assert!(unknown.contains("2027-H1, 2027-H2, 2028-H1, 2028-H2"), "{unknown}");
    }

    #[test]
    fn dates_move_only_in_order() {
        let mut plan = plan();
        start_monitoring(&mut plan);
        let d = |m, day| jiff::civil::date(2027, m, day);
        assert!(set_dates(&mut plan, "2027-H1", d(6, 1), d(1, 1), d(7, 1)).is_err());
        set_dates(&mut plan, "2027-H1", d(1, 1), d(6, 30), d(7, 31)).unwrap();
        assert_eq!(plan.period("2027-H1").unwrap().due, d(7, 31));
    }
}
