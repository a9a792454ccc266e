//! The demo plan's first year of implementation: two six-monthly periods of believable
//! progress (most on track, some delayed, a few completed, one dropped, and an institution
//! that did not report the second time). Deterministic, like the rest of the demo, and written
//! in the plan's language like it (built inside `demo_plan`'s `in_language`).

use jiff::ToSpan;

use super::monitor::{ActionReport, Measure, Status, Value, derive_periods, number_in};
use super::{Budget, Decision, Plan};
use crate::content::Content;

/// The institution whose second report never came (the demo's "what it still owes").
const LATE_INSTITUTION: &str = "moj";

/// Adds the reporting periods and fills the first two.
pub fn add_progress(plan: &mut Plan, content: &Content) {
    plan.periods = derive_periods(plan.meta.period, plan.monitoring.reporting);
    let actions: Vec<String> =
        plan.included_actions(content).into_iter().map(String::from).collect();
    for (n, id) in actions.iter().enumerate() {
        let decision = plan.items[id].clone();
        let code =
            plan.institution_code(decision.lead.as_deref().unwrap_or(""), content).to_string();
        if let Some(r) = first_half(&decision, n, &code) {
            plan.periods[0].reports.insert(id.clone(), r);
        }
        if decision.lead.as_deref() != Some(LATE_INSTITUTION)
            && let Some(r) = second_half(&decision, n, &code)
        {
            plan.periods[1].reports.insert(id.clone(), r);
        }
    }
    plan.periods[0].closed = true;
}

fn first_half(d: &Decision, n: usize, code: &str) -> Option<ActionReport> {
    if n % 9 == 4 {
        return None; // a few reports missing even in the first round
    }
    let status = match n % 6 {
        0 | 3 => Status::NotStarted,
        1 | 4 => Status::OnTrack,
        2 => Status::Delayed,
        _ if is_routine(d) => Status::Continuous,
        _ => Status::OnTrack,
    };
    Some(report(d, n, status, 0.2, code, 0))
}

fn second_half(d: &Decision, n: usize, code: &str) -> Option<ActionReport> {
    if n % 9 == 7 {
        return None; // late reports, besides the institution that sent none
    }
    let status = match n % 6 {
        0 if n.is_multiple_of(12) => Status::NotStarted,
        0 => Status::OnTrack,
        3 if n % 4 == 3 => Status::Delayed,
        3 => Status::OnTrack,
        1 if n % 4 == 1 => Status::Completed,
        1 | 4 => Status::OnTrack,
        2 if n % 8 == 2 => Status::Dropped,
        2 => Status::Delayed,
        _ if is_routine(d) => Status::Continuous,
        _ => Status::Completed,
    };
    Some(report(d, n, status, 0.45, code, 1))
}

/// An action with no end date of its own in practice: a service that keeps running.
fn is_routine(d: &Decision) -> bool {
    d.timeframe == Some(super::Timeframe::LongTerm)
}

fn report(
    d: &Decision,
    n: usize,
    status: Status,
    share: f64,
    code: &str,
    half: usize,
) -> ActionReport {
    let done_share = match status {
        Status::NotStarted | Status::Dropped => 0.0,
        Status::Delayed => share / 2.0,
        Status::Completed => 1.0,
        _ => share,
    };
    ActionReport {
        status,
        dropped_reason: if status == Status::Dropped {
            crate::fl!("demo-progress-dropped-reason")
        } else {
            String::new()
        },
        done: done_text(status, n),
        values: d
            .indicators
            .iter()
            .filter(|_| status != Status::NotStarted)
            .filter_map(|i| value(i, done_share).map(|v| (i.text.clone(), v)))
            .collect(),
        spent: spent(d, status, half),
        difficulties: if status == Status::Delayed { difficulty(n) } else { String::new() },
        corrective_measures: if status == Status::Delayed {
            corrective_measure(n)
        } else {
            String::new()
        },
        evidence: if status == Status::NotStarted {
            vec![]
        } else {
            vec![format!("{code}/{}/{:03}", 2027, 40 + n)]
        },
        reported_by: crate::fl!("demo-progress-reported-by", code = code),
        date: Some(demo_date(half, n)),
        validated: half == 0 || n.is_multiple_of(2),
    }
}

/// When the report came in: around the due date (15 July, 15 January).
fn demo_date(half: usize, n: usize) -> jiff::civil::Date {
    let due =
        if half == 0 { jiff::civil::date(2027, 7, 15) } else { jiff::civil::date(2028, 1, 15) };
    due.checked_sub(((n % 10) as i64).days()).unwrap_or(due)
}

fn value(ind: &super::Indicator, done: f64) -> Option<Value> {
    match Measure::of(ind) {
        Measure::Text if done >= 1.0 => {
            Some(Value::Text(crate::fl!("demo-progress-value-adopted")))
        }
        Measure::Text if done > 0.0 => Some(Value::Text(crate::fl!("demo-progress-value-draft"))),
        Measure::Text => None,
        Measure::Count | Measure::Share => {
            let target = number_in(&ind.target)?;
            let base = number_in(&ind.baseline).unwrap_or(0.0);
            Some(Value::Number((base + (target - base) * done).round()))
        }
    }
}

fn spent(d: &Decision, status: Status, half: usize) -> Option<Budget> {
    let budget = d.budget.as_ref()?;
    let amount = budget.amount?;
    let share = match status {
        Status::NotStarted | Status::Dropped => return None,
        Status::Delayed => 10,
        _ => [20, 25][half],
    };
    Some(Budget { amount: Some(amount * share / 100), source: budget.source.clone() })
}

fn done_text(status: Status, n: usize) -> String {
    match status {
        Status::NotStarted => crate::fl!("demo-progress-done-not-started"),
        Status::Dropped => crate::fl!("demo-progress-done-dropped"),
        Status::Completed if n.is_multiple_of(2) => crate::fl!("demo-progress-done-completed"),
        Status::Completed => crate::fl!("demo-progress-done-delivered"),
        Status::Continuous => crate::fl!("demo-progress-done-routine"),
        _ => match n % 4 {
            0 => crate::fl!("demo-progress-done-working-group"),
            1 => crate::fl!("demo-progress-done-training"),
            2 => crate::fl!("demo-progress-done-draft"),
            _ => crate::fl!("demo-progress-done-tender"),
        },
    }
}

/// Why a delayed action is late; `corrective_measure(n)` answers the same difficulty.
fn difficulty(n: usize) -> String {
    match n % 3 {
        0 => crate::fl!("demo-progress-difficulty-budget"),
        1 => crate::fl!("demo-progress-difficulty-staff"),
        _ => crate::fl!("demo-progress-difficulty-comments"),
    }
}

fn corrective_measure(n: usize) -> String {
    match n % 3 {
        0 => crate::fl!("demo-progress-measure-budget"),
        1 => crate::fl!("demo-progress-measure-staff"),
        _ => crate::fl!("demo-progress-measure-comments"),
    }
}
