//! Figures across periods, for the implementation report and the evaluation pack: spending by
//! funding source, actions delayed again and again, institutions that never reported, and
//! each action's latest report.

use serde::Serialize;

use super::{ActionReport, ReportingPeriod, Status};
use crate::content::Content;
use crate::plan::Plan;

/// Planned budget and reported spending for one funding source, in whole currency units.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct SourceSpending {
    /// As written in the plan or the reports; empty when none was given.
    pub source: String,
    pub budget: u64,
    pub spent_in_period: u64,
    pub spent_to_date: u64,
}

/// An action reported delayed in more than one period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RepeatedDelay {
    pub action: String,
    pub lead: Option<String>,
    /// The periods it was reported delayed in, first to last.
    pub periods: Vec<String>,
}

/// The periods of the plan up to and including `period`; `None` when there is no such period.
pub fn periods_up_to<'a>(plan: &'a Plan, period: &str) -> Option<&'a [ReportingPeriod]> {
    let at = plan.periods.iter().position(|p| p.id == period)?;
    Some(&plan.periods[..=at])
}

/// Budget and spending by funding source: the budget under the source the plan gives, the
/// spending under the source the report gives (the plan's when the report names none).
/// Sources in order of first appearance; the last of `periods` is "the period".
pub fn spending_by_source(
    plan: &Plan,
    content: &Content,
    periods: &[ReportingPeriod],
) -> Vec<SourceSpending> {
    let mut out: Vec<SourceSpending> = vec![];
    let Some(this) = periods.last() else { return out };
    for id in plan.included_actions(content) {
        let planned = plan.decision(id).and_then(|d| d.budget.as_ref());
        let planned_source = planned.map(|b| b.source.trim().to_string()).unwrap_or_default();
        if let Some(amount) = planned.and_then(|b| b.amount) {
            let row = source_row(&mut out, &planned_source);
            row.budget = row.budget.saturating_add(amount);
        }
        for period in periods {
            let Some(report) = period.report(id).filter(|r| r.spent_amount() > 0) else {
                continue;
            };
            let source = report
                .spent
                .as_ref()
                .map(|b| b.source.trim())
                .filter(|s| !s.is_empty())
                .unwrap_or(&planned_source)
                .to_string();
            let row = source_row(&mut out, &source);
            row.spent_to_date = row.spent_to_date.saturating_add(report.spent_amount());
            if std::ptr::eq(period, this) {
                row.spent_in_period = row.spent_in_period.saturating_add(report.spent_amount());
            }
        }
    }
    out
}

fn source_row<'a>(rows: &'a mut Vec<SourceSpending>, source: &str) -> &'a mut SourceSpending {
    let at = match rows.iter().position(|r| r.source.eq_ignore_ascii_case(source)) {
        Some(at) => at,
        None => {
            rows.push(SourceSpending { source: source.to_string(), ..SourceSpending::default() });
            rows.len() - 1
        }
    };
    &mut rows[at]
}

/// Included actions reported delayed in two or more of `periods`, in checklist order.
pub fn repeated_delays(
    plan: &Plan,
    content: &Content,
    periods: &[ReportingPeriod],
) -> Vec<RepeatedDelay> {
    plan.included_actions(content)
        .into_iter()
        .filter_map(|id| {
            let delayed: Vec<String> = periods
                .iter()
                .filter(|p| p.report(id).is_some_and(|r| r.status == Status::Delayed))
                .map(|p| p.id.clone())
                .collect();
            (delayed.len() >= 2).then(|| RepeatedDelay {
                action: id.to_string(),
                lead: plan.decision(id).and_then(|d| d.lead.clone()),
                periods: delayed,
            })
        })
        .collect()
}

/// Lead institutions (ids, roster order) that sent no report for any of their actions in any
/// of `periods`.
pub fn never_reported(plan: &Plan, content: &Content, periods: &[ReportingPeriod]) -> Vec<String> {
    let actions = plan.included_actions(content);
    let leads = plan.roster.institutions.iter().chain(plan.roster.custom.iter().map(|c| &c.id));
    leads
        .filter(|inst| {
            let led: Vec<&str> = actions
                .iter()
                .copied()
                .filter(|id| {
                    plan.decision(id).and_then(|d| d.lead.as_ref()).is_some_and(|l| l == *inst)
                })
                .collect();
            !led.is_empty() && !periods.iter().any(|p| led.iter().any(|id| p.report(id).is_some()))
        })
        .cloned()
        .collect()
}

/// The last report for `action` in `periods`, with its period's id.
pub fn latest_report<'a>(
    periods: &'a [ReportingPeriod],
    action: &str,
) -> Option<(&'a str, &'a ActionReport)> {
    periods.iter().rev().find_map(|p| p.report(action).map(|r| (p.id.as_str(), r)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::{Budget, Decision, Inclusion, Period};

    fn content() -> Content {
        Content::embedded()
    }

    /// A plan with the first two actions of the pack included, led by `moi` and `moj`.
    fn plan(content: &Content) -> (Plan, Vec<String>) {
        let mut plan = Plan::new("T", "C", Period { first: 2027, last: 2028 }, content);
        plan.roster.institutions = vec!["moi".into(), "moj".into()];
        let ids: Vec<String> = content.actions().take(2).map(|(_, _, a)| a.id.clone()).collect();
        for (id, lead) in ids.iter().zip(["moi", "moj"]) {
            plan.items.insert(
                id.clone(),
                Decision {
                    inclusion: Inclusion::Included,
                    lead: Some(lead.into()),
                    budget: Some(Budget { amount: Some(1000), source: "State budget".into() }),
                    ..Decision::default()
                },
            );
        }
        plan.periods = super::super::derive_periods(plan.meta.period, None);
        (plan, ids)
    }

    fn report(status: Status, spent: u64, source: &str) -> ActionReport {
        ActionReport {
            status,
            spent: Some(Budget { amount: Some(spent), source: source.into() }),
            ..ActionReport::default()
        }
    }

    #[test]
    fn spending_is_grouped_by_source_with_the_plans_source_as_fallback() {
        let content = content();
        let (mut plan, ids) = plan(&content);
        plan.periods[0].reports.insert(ids[0].clone(), report(Status::OnTrack, 200, ""));
        plan.periods[1].reports.insert(ids[0].clone(), report(Status::OnTrack, 300, "EU grant"));
        let rows = spending_by_source(&plan, &content, &plan.periods[..2]);
        assert_eq!(rows.len(), 2, "{rows:?}");
        assert_eq!(
            (rows[0].budget, rows[0].spent_to_date, rows[0].spent_in_period),
            (2000, 200, 0)
        );
        assert_eq!(rows[1].source, "EU grant");
        assert_eq!((rows[1].budget, rows[1].spent_to_date, rows[1].spent_in_period), (0, 300, 300));
    }

    #[test]
    fn actions_delayed_twice_are_found_and_once_is_not() {
        let content = content();
        let (mut plan, ids) = plan(&content);
        for p in 0..2 {
            plan.periods[p].reports.insert(ids[0].clone(), report(Status::Delayed, 0, ""));
        }
        plan.periods[1].reports.insert(ids[1].clone(), report(Status::Delayed, 0, ""));
        let found = repeated_delays(&plan, &content, &plan.periods);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].action, ids[0]);
        assert_eq!(found[0].periods, [plan.periods[0].id.clone(), plan.periods[1].id.clone()]);
        assert!(repeated_delays(&plan, &content, &plan.periods[..1]).is_empty());
    }

    #[test]
    fn an_institution_that_never_reported_is_named() {
        let content = content();
        let (mut plan, ids) = plan(&content);
        assert_eq!(never_reported(&plan, &content, &plan.periods), ["moi", "moj"]);
        plan.periods[1].reports.insert(ids[0].clone(), report(Status::OnTrack, 0, ""));
        assert_eq!(never_reported(&plan, &content, &plan.periods), ["moj"]);
        assert_eq!(never_reported(&plan, &content, &plan.periods[..1]), ["moi", "moj"]);
    }

    #[test]
    fn the_latest_report_is_the_last_period_with_one() {
        let content = content();
        let (mut plan, ids) = plan(&content);
        plan.periods[0].reports.insert(ids[0].clone(), report(Status::Delayed, 0, ""));
        let (period, r) = latest_report(&plan.periods, &ids[0]).expect("a report");
        assert_eq!((period, r.status), (plan.periods[0].id.as_str(), Status::Delayed));
        assert!(latest_report(&plan.periods, &ids[1]).is_none());
    }
}
