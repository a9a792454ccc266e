//! The figures of a period: implementation per area, goal and institution, overdue actions,
//! institutions that owe reports, indicator progress, spending against budget and the trend
//! across periods. The Monitor dashboard and the implementation report show exactly these.

use std::collections::{BTreeMap, HashMap};

use jiff::civil::Date;
use serde::Serialize;

use super::measure::{Measure, number_in};
use super::{ActionReport, ReportingPeriod, Status, Value};
use crate::content::Content;
use crate::plan::merge::area_of;
use crate::plan::{Plan, Timeframe};

/// Counts of included actions by what was reported for them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Tally {
    pub actions: usize,
    pub not_reported: usize,
    pub by_status: BTreeMap<Status, usize>,
}

impl Tally {
    fn add(&mut self, report: Option<&ActionReport>) {
        self.actions += 1;
        match report {
            Some(r) => *self.by_status.entry(r.status).or_default() += 1,
            None => self.not_reported += 1,
        }
    }

    pub fn count(&self, status: Status) -> usize {
        self.by_status.get(&status).copied().unwrap_or(0)
    }

    pub fn reported(&self) -> usize {
        self.actions - self.not_reported
    }

    /// Completed or continuous.
    pub fn implemented(&self) -> usize {
        self.count(Status::Completed) + self.count(Status::Continuous)
    }

    /// Implemented actions as a share (0.0 to 1.0) of the actions still planned (dropped ones
    /// left out); `None` when none are.
    pub fn rate(&self) -> Option<f64> {
        let planned = self.actions - self.count(Status::Dropped);
        (planned > 0).then(|| self.implemented() as f64 / planned as f64)
    }
}

/// An action whose timeframe is over by the end of the period and that is not completed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Overdue {
    pub action: String,
    pub lead: Option<String>,
    /// The last year of its timeframe.
    pub ended: u16,
    /// What was reported for the period; `None` when nothing was.
    pub status: Option<Status>,
}

/// An institution that has not reported on some of the actions it leads.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Owing {
    /// `None` for actions that have no lead institution.
    pub institution: Option<String>,
    pub actions: Vec<String>,
}

/// One indicator of one included action in the period.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct IndicatorProgress {
    pub action: String,
    pub indicator: String,
    #[serde(serialize_with = "measure_name")]
    pub measure: Measure,
    pub baseline: String,
    pub target: String,
    pub value: Option<Value>,
    /// The latest value reported in an earlier period, for the trend.
    pub previous: Option<Value>,
    /// How far from baseline to target the value is: 0.0 at the baseline, 1.0 at the target
    /// (beyond either end when it overshoots); `None` for text or when either end is no number.
    pub progress: Option<f64>,
}

fn measure_name<S: serde::Serializer>(m: &Measure, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(match m {
        Measure::Count => "count",
        Measure::Share => "share",
        Measure::Text => "text",
    })
}

/// Budget of the included actions against what was reported spent, in whole currency units.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Spending {
    pub budget: u64,
    pub spent_in_period: u64,
    /// This period and every one before it.
    pub spent_to_date: u64,
    pub areas: Vec<AreaSpending>,
}

impl Spending {
    /// Spent to date as a share of the budget; `None` without a budget.
    pub fn execution(&self) -> Option<f64> {
        (self.budget > 0).then(|| self.spent_to_date as f64 / self.budget as f64)
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct AreaSpending {
    pub area: String,
    pub budget: u64,
    pub spent_in_period: u64,
    pub spent_to_date: u64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TrendPoint {
    pub period: String,
    pub tally: Tally,
}

/// Everything a period dashboard or implementation report shows.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Dashboard {
    pub period: String,
    pub overall: Tally,
    /// By area id, in checklist order (areas with included actions only).
    pub areas: Vec<(String, Tally)>,
    /// By goal id, in checklist order.
    pub goals: Vec<(String, Tally)>,
    /// By lead institution id, in roster order.
    pub institutions: Vec<(String, Tally)>,
    pub overdue: Vec<Overdue>,
    pub owing: Vec<Owing>,
    pub indicators: Vec<IndicatorProgress>,
    pub spending: Spending,
    /// Every period up to and including this one, first to last.
    pub trend: Vec<TrendPoint>,
}

/// The figures of `period`; `None` when the plan has no such period.
pub fn dashboard(plan: &Plan, content: &Content, period: &str) -> Option<Dashboard> {
    let at = plan.periods.iter().position(|p| p.id == period)?;
    let this = &plan.periods[at];
    let actions = included(plan, content);
    Some(Dashboard {
        period: period.to_string(),
        overall: tally(&actions, this, |_| true),
        areas: grouped(&actions, this, |a| a.area.clone()),
        goals: grouped(&actions, this, |a| Some(a.goal.to_string())),
        institutions: by_institution(plan, &actions, this),
        overdue: overdue(plan, &actions, this),
        owing: owing(plan, &actions, this),
        indicators: indicators(plan, &actions, &plan.periods[..=at]),
        spending: spending(plan, &actions, &plan.periods[..=at]),
        trend: plan.periods[..=at]
            .iter()
            .map(|p| TrendPoint { period: p.id.clone(), tally: tally(&actions, p, |_| true) })
            .collect(),
    })
}

/// How many included actions `period` has a report for, out of how many: the Monitor list's
/// count, without the rest of the [`dashboard`] (worked out again at each change it shows).
pub fn overall(plan: &Plan, content: &Content, period: &str) -> Option<Tally> {
    let this = plan.periods.iter().find(|p| p.id == period)?;
    let mut tally = Tally::default();
    for (_, id) in plan.action_ids(content) {
        if plan.decision(id).is_some_and(crate::plan::Decision::is_included) {
            tally.add(this.report(id));
        }
    }
    Some(tally)
}

/// Values reported for one indicator of an action, period by period (`None` where none was).
pub fn indicator_trajectory<'a>(
    plan: &'a Plan,
    action: &str,
    indicator: &str,
) -> Vec<(&'a str, Option<&'a Value>)> {
    plan.periods
        .iter()
        .map(|p| (p.id.as_str(), p.report(action).and_then(|r| r.values.get(indicator))))
        .collect()
}

/// An included action with where it sits.
struct Placed<'a> {
    id: &'a str,
    goal: &'a str,
    area: Option<String>,
}

fn included<'a>(plan: &'a Plan, content: &'a Content) -> Vec<Placed<'a>> {
    plan.action_ids(content)
        .into_iter()
        .filter(|(_, id)| plan.decision(id).is_some_and(crate::plan::Decision::is_included))
        .map(|(goal, id)| Placed { id, goal, area: area_of(plan, content, id) })
        .collect()
}

fn tally(actions: &[Placed], period: &ReportingPeriod, keep: impl Fn(&Placed) -> bool) -> Tally {
    let mut t = Tally::default();
    for a in actions.iter().filter(|a| keep(a)) {
        t.add(period.report(a.id));
    }
    t
}

/// One tally per key, keys in the order they first appear.
fn grouped(
    actions: &[Placed],
    period: &ReportingPeriod,
    key: impl Fn(&Placed) -> Option<String>,
) -> Vec<(String, Tally)> {
    let mut out: Vec<(String, Tally)> = vec![];
    // Where each key's tally is: a lookup per action, not a scan of the keys so far (goals are
    // thousands in a big pack).
    let mut at_key: HashMap<String, usize> = HashMap::new();
    for a in actions {
        let Some(k) = key(a) else { continue };
        let at = *at_key.entry(k).or_insert_with_key(|k| {
            out.push((k.clone(), Tally::default()));
            out.len() - 1
        });
        out[at].1.add(period.report(a.id));
    }
    out
}

fn lead<'a>(plan: &'a Plan, action: &str) -> Option<&'a String> {
    plan.decision(action).and_then(|d| d.lead.as_ref())
}

fn by_institution(
    plan: &Plan,
    actions: &[Placed],
    period: &ReportingPeriod,
) -> Vec<(String, Tally)> {
    let mut out = grouped(actions, period, |a| lead(plan, a.id).cloned());
    let roster: Vec<&String> =
        plan.roster.institutions.iter().chain(plan.roster.custom.iter().map(|c| &c.id)).collect();
    out.sort_by_key(|(id, _)| roster.iter().position(|r| *r == id).unwrap_or(usize::MAX));
    out
}

/// The last year of an action's timeframe (the plan's last year when none is set).
fn last_year(plan: &Plan, action: &str) -> u16 {
    let timeframe = plan.decision(action).and_then(|d| d.timeframe).unwrap_or(Timeframe::LongTerm);
    timeframe.years_within(plan.meta.period).1
}

fn overdue(plan: &Plan, actions: &[Placed], period: &ReportingPeriod) -> Vec<Overdue> {
    actions
        .iter()
        .filter_map(|a| {
            let ended = last_year(plan, a.id);
            let over = i16::try_from(ended)
                .ok()
                .and_then(|y| Date::new(y, 12, 31).ok())
                .is_some_and(|end| end <= period.to);
            let status = period.report(a.id).map(|r| r.status);
            (over && !status.is_some_and(Status::is_settled)).then(|| Overdue {
                action: a.id.to_string(),
                lead: lead(plan, a.id).cloned(),
                ended,
                status,
            })
        })
        .collect()
}

fn owing(plan: &Plan, actions: &[Placed], period: &ReportingPeriod) -> Vec<Owing> {
    let mut out: Vec<Owing> = vec![];
    for a in actions.iter().filter(|a| period.report(a.id).is_none()) {
        let institution = lead(plan, a.id).cloned();
        match out.iter_mut().find(|o| o.institution == institution) {
            Some(o) => o.actions.push(a.id.to_string()),
            None => out.push(Owing { institution, actions: vec![a.id.to_string()] }),
        }
    }
    out
}

fn indicators(
    plan: &Plan,
    actions: &[Placed],
    periods: &[ReportingPeriod],
) -> Vec<IndicatorProgress> {
    let (this, earlier) = periods.split_last().expect("at least the period itself");
    let mut out = vec![];
    for a in actions {
        let Some(decision) = plan.decision(a.id) else { continue };
        for ind in &decision.indicators {
            let value = this.report(a.id).and_then(|r| r.values.get(&ind.text)).cloned();
            let previous = earlier
                .iter()
                .rev()
                .find_map(|p| p.report(a.id).and_then(|r| r.values.get(&ind.text)))
                .cloned();
            let measure = Measure::of(ind);
            out.push(IndicatorProgress {
                action: a.id.to_string(),
                indicator: ind.text.clone(),
                measure,
                progress: progress(measure, &ind.baseline, &ind.target, value.as_ref()),
                baseline: ind.baseline.clone(),
                target: ind.target.clone(),
                value,
                previous,
            });
        }
    }
    out
}

/// Share of the way from baseline to target; a baseline that is no number counts as 0.
fn progress(measure: Measure, baseline: &str, target: &str, value: Option<&Value>) -> Option<f64> {
    if measure == Measure::Text {
        return None;
    }
    let value = value?.as_number()?;
    let target = number_in(target)?;
    let baseline = number_in(baseline).unwrap_or(0.0);
    let distance = target - baseline;
    (distance != 0.0).then(|| (value - baseline) / distance)
}

fn spending(plan: &Plan, actions: &[Placed], periods: &[ReportingPeriod]) -> Spending {
    let this = periods.last().expect("at least the period itself");
    let mut total = Spending::default();
    for a in actions {
        let budget = plan.decision(a.id).and_then(|d| d.budget.as_ref()).and_then(|b| b.amount);
        let now = this.report(a.id).map_or(0, ActionReport::spent_amount);
        let to_date: u64 =
            periods.iter().filter_map(|p| p.report(a.id)).map(ActionReport::spent_amount).sum();
        let area = a.area.clone().unwrap_or_default();
        let row = match total.areas.iter_mut().position(|s| s.area == area) {
            Some(at) => &mut total.areas[at],
            None => {
                total.areas.push(AreaSpending { area, ..AreaSpending::default() });
                total.areas.last_mut().expect("just pushed")
            }
        };
        for s in [&mut row.budget, &mut total.budget] {
            *s = s.saturating_add(budget.unwrap_or(0));
        }
        row.spent_in_period = row.spent_in_period.saturating_add(now);
        row.spent_to_date = row.spent_to_date.saturating_add(to_date);
        total.spent_in_period = total.spent_in_period.saturating_add(now);
        total.spent_to_date = total.spent_to_date.saturating_add(to_date);
    }
    total
}
