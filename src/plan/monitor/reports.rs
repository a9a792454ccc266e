//! Editing reports across periods: starting a period from the one before.

use super::{ActionReport, ReportingPeriod};
use crate::content::Content;
use crate::plan::{Budget, Plan};

/// The period before `id` in the plan's order, if any.
pub fn previous_period<'a>(plan: &'a Plan, id: &str) -> Option<&'a ReportingPeriod> {
    let at = plan.periods.iter().position(|p| p.id == id)?;
    at.checked_sub(1).map(|i| &plan.periods[i])
}

/// Starts `period` from the previous period's reports: for each included action reported
/// there and not yet here, the status, dropped reason, difficulties, corrective measures, who
/// reports and the funding source carry over; what was done, values, amounts, evidence, date
/// and validation are the new period's own. Returns the actions copied, in checklist order.
pub fn copy_forward(
    plan: &mut Plan,
    content: &Content,
    period: &str,
) -> Result<Vec<String>, String> {
    let target =
        plan.period(period).ok_or_else(|| crate::fl!("report-no-period", period = period))?;
    if target.closed {
        return Err(crate::fl!("monitor-period-is-closed", period = period));
    }
    let Some(previous) = previous_period(plan, period) else {
        return Err(crate::fl!("monitor-first-period", period = period));
    };
    let carried: Vec<(String, ActionReport)> = plan
        .included_actions(content)
        .into_iter()
        .filter(|id| target.report(id).is_none())
        .filter_map(|id| previous.report(id).map(|r| (id.to_string(), carried_over(r))))
        .collect();
    let ids = carried.iter().map(|(id, _)| id.clone()).collect();
    let target = plan.period_mut(period).expect("found above");
    target.reports.extend(carried);
    Ok(ids)
}

/// What of a report still holds in the next period.
fn carried_over(report: &ActionReport) -> ActionReport {
    ActionReport {
        status: report.status,
        dropped_reason: report.dropped_reason.clone(),
        difficulties: report.difficulties.clone(),
        corrective_measures: report.corrective_measures.clone(),
        reported_by: report.reported_by.clone(),
        spent: report
            .spent
            .as_ref()
            .filter(|b| !b.source.is_empty())
            .map(|b| Budget { amount: None, source: b.source.clone() }),
        ..ActionReport::default()
    }
}
