//! `napwiz check` findings about reporting periods and reports: what a hand-edited file or a
//! careless import can leave behind.

use std::collections::BTreeSet;

use super::measure::{Measure, fits};
use super::{ActionReport, ReportingPeriod, Status};
use crate::content::Content;
use crate::plan::{Finding, ItemKind, Plan, Severity};

/// Every monitoring problem of the plan, period by period.
pub fn findings(plan: &Plan, content: &Content) -> Vec<Finding> {
    let mut out = vec![];
    let mut seen = BTreeSet::new();
    for period in &plan.periods {
        if !seen.insert(period.id.as_str()) {
            let message = crate::fl!("monitor-check-twice", period = period.id.as_str());
            out.push(error(None, message));
        }
        dates(plan, period, &mut out);
        for (action, report) in &period.reports {
            report_findings(plan, content, &period.id, action, report, &mut out);
        }
    }
    out
}

fn error(item: Option<&str>, message: String) -> Finding {
    Finding { severity: Severity::Error, item: item.map(String::from), message }
}

fn warning(item: Option<&str>, message: String) -> Finding {
    Finding { severity: Severity::Warning, item: item.map(String::from), message }
}

fn dates(plan: &Plan, p: &ReportingPeriod, out: &mut Vec<Finding>) {
    if p.from > p.to {
        let message = crate::fl!(
            "monitor-check-ends-before-start",
            period = p.id.as_str(),
            to = p.to.to_string(),
            from = p.from.to_string()
        );
        out.push(error(None, message));
    }
    if p.due < p.to {
        let message = crate::fl!(
            "monitor-check-due-before-end",
            period = p.id.as_str(),
            due = p.due.to_string(),
            to = p.to.to_string()
        );
        out.push(warning(None, message));
    }
    let (first, last) = plan.meta.period.bounds();
    let years = i32::from(first)..=i32::from(last);
    if !years.contains(&i32::from(p.from.year())) || !years.contains(&i32::from(p.to.year())) {
        let message = crate::fl!(
            "monitor-check-outside",
            period = p.id.as_str(),
            span = p.span(),
            first = first.to_string(),
            last = last.to_string()
        );
        out.push(warning(None, message));
    }
}

fn report_findings(
    plan: &Plan,
    content: &Content,
    period: &str,
    action: &str,
    report: &ActionReport,
    out: &mut Vec<Finding>,
) {
    let at = Some(action);
    if plan.item_kind(action, content) != Some(ItemKind::Action) {
        let message = crate::fl!("monitor-check-no-action", period = period, action = action);
        out.push(error(at, message));
        return;
    }
    let decision = plan.decision(action).cloned().unwrap_or_default();
    if !decision.is_included() {
        let message = crate::fl!("monitor-check-excluded", period = period, action = action);
        out.push(warning(at, message));
    }
    if report.status == Status::Dropped && report.dropped_reason.trim().is_empty() {
        let message = crate::fl!("monitor-check-no-reason", period = period, action = action);
        out.push(warning(at, message));
    }
    for (text, value) in &report.values {
        match decision.indicators.iter().find(|i| &i.text == text) {
            None => out.push(warning(
                at,
                crate::fl!(
                    "monitor-check-no-indicator",
                    period = period,
                    text = text.as_str(),
                    action = action
                ),
            )),
            Some(ind) if !fits(Measure::of(ind), value) => out.push(error(
                at,
                crate::fl!(
                    "monitor-check-bad-value",
                    period = period,
                    text = text.as_str(),
                    value = value.words(),
                    expected = Measure::of(ind).expected()
                ),
            )),
            Some(_) => {}
        }
    }
}
