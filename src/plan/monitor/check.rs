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
            out.push(error(None, format!("reporting period {} appears twice", period.id)));
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
        out.push(error(
            None,
            format!("reporting period {} ends ({}) before it starts ({})", p.id, p.to, p.from),
        ));
    }
    if p.due < p.to {
        out.push(warning(
            None,
            format!("reports for period {} are due ({}) before it ends ({})", p.id, p.due, p.to),
        ));
    }
    let (first, last) = plan.meta.period.bounds();
    let years = i32::from(first)..=i32::from(last);
    if !years.contains(&i32::from(p.from.year())) || !years.contains(&i32::from(p.to.year())) {
        out.push(warning(
            None,
            format!(
                "reporting period {} ({}) is outside the plan period {first}-{last}",
                p.id,
                p.span()
            ),
        ));
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
        out.push(error(
            at,
            format!("period {period} has a report for {action}, which is no action of the plan"),
        ));
        return;
    }
    let decision = plan.decision(action).cloned().unwrap_or_default();
    if !decision.is_included() {
        out.push(warning(
            at,
            format!("period {period} has a report for {action}, which is not included in the plan"),
        ));
    }
    if report.status == Status::Dropped && report.dropped_reason.trim().is_empty() {
        out.push(warning(at, format!("{action} is reported dropped in {period} without a reason")));
    }
    for (text, value) in &report.values {
        match decision.indicators.iter().find(|i| &i.text == text) {
            None => out.push(warning(
                at,
                format!(
                    "period {period} has a value for '{text}', which is no indicator of {action}"
                ),
            )),
            Some(ind) if !fits(Measure::of(ind), value) => out.push(error(
                at,
                format!(
                    "the {period} value of '{text}' is '{}'; expected {}",
                    value.words(),
                    Measure::of(ind).expected()
                ),
            )),
            Some(_) => {}
        }
    }
}
