//! Counts that describe where a plan stands: per area, baseline, priority and institution.
//! The same figures feed `napwiz summary` and, later, the review dashboard.

use std::collections::BTreeMap;
use std::fmt;

use serde::Serialize;

use super::{Baseline, Decision, Plan, Priority};
use crate::content::Content;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct BaselineCounts {
    pub unknown: usize,
    pub in_place: usize,
    pub partly_in_place: usize,
    pub missing: usize,
    pub not_applicable: usize,
}

impl BaselineCounts {
    fn add(&mut self, baseline: Baseline) {
        *match baseline {
            Baseline::Unknown => &mut self.unknown,
            Baseline::InPlace => &mut self.in_place,
            Baseline::PartlyInPlace => &mut self.partly_in_place,
            Baseline::Missing => &mut self.missing,
            Baseline::NotApplicable => &mut self.not_applicable,
        } += 1;
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct PriorityCounts {
    pub high: usize,
    pub medium: usize,
    pub low: usize,
    pub unset: usize,
}

impl PriorityCounts {
    fn add(&mut self, priority: Option<Priority>) {
        *match priority {
            Some(Priority::High) => &mut self.high,
            Some(Priority::Medium) => &mut self.medium,
            Some(Priority::Low) => &mut self.low,
            None => &mut self.unset,
        } += 1;
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct AreaSummary {
    pub id: String,
    pub title: String,
    pub goals: usize,
    /// Goals with at least one included action.
    pub goals_included: usize,
    pub actions: usize,
    pub decided: usize,
    pub included: usize,
    pub excluded: usize,
    /// Baselines of all actions.
    pub baseline: BaselineCounts,
    /// Priorities of included actions.
    pub priority: PriorityCounts,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct InstitutionLoad {
    pub id: String,
    pub code: String,
    pub name: String,
    /// Included actions this institution leads.
    pub leads: usize,
    /// Included actions it partners in.
    pub partners: usize,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Summary {
    /// The plan's id, which monitoring forms carry back.
    pub plan_id: String,
    pub title: String,
    pub country: String,
    pub period: String,
    pub actions: usize,
    pub decided: usize,
    pub included: usize,
    /// Share of actions decided, in per cent, rounded down.
    pub progress_percent: u32,
    pub areas: Vec<AreaSummary>,
    pub baseline: BaselineCounts,
    pub priority: PriorityCounts,
    /// Roster institutions and any institution referenced, busiest first.
    pub institutions: Vec<InstitutionLoad>,
    /// Items assessed as missing or partly in place that no included action addresses.
    pub gaps: Vec<Gap>,
    /// Included actions per goal and year of the plan period.
    pub timeline: Timeline,
    pub unknown_items: Vec<String>,
}

/// An assessed gap the plan leaves open.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Gap {
    pub id: String,
    pub area: String,
    pub baseline: Baseline,
    pub text: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Timeline {
    /// The plan's years, first to last.
    pub years: Vec<u16>,
    /// One row per goal with included actions, in checklist order.
    pub goals: Vec<TimelineRow>,
    /// Included actions without a timeframe.
    pub unscheduled: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TimelineRow {
    pub goal: String,
    /// Included actions running in each year (same order as `Timeline::years`).
    pub actions: Vec<usize>,
}

pub fn summarize(plan: &Plan, content: &Content) -> Summary {
    let ids = plan.action_ids(content);
    let empty = Decision::default();
    let decision = |id: &str| plan.decision(id).unwrap_or(&empty).clone();
    let mut areas: Vec<AreaSummary> = content
        .areas
        .iter()
        .map(|a| AreaSummary {
            id: a.id.clone(),
            title: a.title.clone(),
            goals: a.goals.len() + plan.custom_goals.iter().filter(|g| g.area == a.id).count(),
            ..Default::default()
        })
        .collect();
    let mut goals_with_included = std::collections::BTreeSet::new();
    let mut loads: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for id in &plan.roster.institutions {
        loads.entry(id.clone()).or_default();
    }
    for custom in &plan.roster.custom {
        loads.entry(custom.id.clone()).or_default();
    }
    for (goal_id, action_id) in &ids {
        let area_index = area_index_of(plan, content, goal_id);
        let d = decision(action_id);
        let area = &mut areas[area_index];
        area.actions += 1;
        area.baseline.add(d.baseline);
        area.decided += usize::from(d.is_decided());
        area.excluded += usize::from(d.inclusion == super::Inclusion::Excluded);
        if d.is_included() {
            area.included += 1;
            area.priority.add(d.priority);
            if goals_with_included.insert(*goal_id) {
                area.goals_included += 1;
            }
            if let Some(lead) = &d.lead {
                loads.entry(lead.clone()).or_default().0 += 1;
            }
            for partner in &d.partners {
                loads.entry(partner.clone()).or_default().1 += 1;
            }
        }
    }
    let mut institutions: Vec<InstitutionLoad> = loads
        .into_iter()
        .map(|(id, (leads, partners))| InstitutionLoad {
            code: plan.institution_code(&id, content).to_string(),
            name: plan.institution_name(&id, content).to_string(),
            id,
            leads,
            partners,
        })
        .collect();
    institutions.sort_by(|a, b| {
        (b.leads + b.partners, b.leads)
            .cmp(&(a.leads + a.partners, a.leads))
            .then(a.code.cmp(&b.code))
    });
    let mut baseline = BaselineCounts::default();
    let mut priority = PriorityCounts::default();
    for (_, action_id) in &ids {
        let d = decision(action_id);
        baseline.add(d.baseline);
        if d.is_included() {
            priority.add(d.priority);
        }
    }
    let decided: usize = areas.iter().map(|a| a.decided).sum();
    let meta = &plan.meta;
    Summary {
        plan_id: plan.id.clone(),
        title: meta.title.clone(),
        country: meta.country.clone(),
        period: format!("{}-{}", meta.period.first, meta.period.last),
        actions: ids.len(),
        decided,
        included: areas.iter().map(|a| a.included).sum(),
        progress_percent: (decided * 100).checked_div(ids.len()).unwrap_or(0) as u32,
        areas,
        baseline,
        priority,
        institutions,
        gaps: gaps(plan, content),
        timeline: timeline(plan, &ids),
        unknown_items: plan.unknown_items(content).into_iter().map(String::from).collect(),
    }
}

/// The wording of a content or custom item.
pub fn item_text(plan: &Plan, content: &Content, id: &str) -> String {
    if let Some(goal) = content.goal(id) {
        return goal.title.clone();
    }
    if let Some((_, action)) = content.action(id) {
        return action.text.clone();
    }
    let goal = plan.custom_goals.iter().find(|g| g.id == id).map(|g| g.title.clone());
    goal.or_else(|| plan.custom_actions.iter().find(|a| a.id == id).map(|a| a.text.clone()))
        .unwrap_or_default()
}

/// Actions assessed as gaps and not included; goals assessed as gaps with no included action.
fn gaps(plan: &Plan, content: &Content) -> Vec<Gap> {
    let included = |id: &str| plan.decision(id).is_some_and(Decision::is_included);
    let mut gaps = Vec::new();
    for area in &content.areas {
        let custom_goals =
            plan.custom_goals.iter().filter(|g| g.area == area.id).map(|g| g.id.as_str());
        for goal in area.goals.iter().map(|g| g.id.as_str()).chain(custom_goals) {
            let actions: Vec<&str> = content
                .goal(goal)
                .map(|g| g.actions.iter().map(|a| a.id.as_str()).collect::<Vec<_>>())
                .unwrap_or_default()
                .into_iter()
                .chain(plan.custom_actions_of(goal).map(|a| a.id.as_str()))
                .collect();
            let mut push = |id: &str, baseline: Baseline| {
                let text = item_text(plan, content, id);
                gaps.push(Gap { id: id.to_string(), area: area.id.clone(), baseline, text });
            };
            let goal_baseline = plan.decision(goal).map(|d| d.baseline).unwrap_or_default();
            if goal_baseline.is_gap() && !actions.iter().any(|a| included(a)) {
                push(goal, goal_baseline);
            }
            for action in actions {
                let baseline = plan.decision(action).map(|d| d.baseline).unwrap_or_default();
                if baseline.is_gap() && !included(action) {
                    push(action, baseline);
                }
            }
        }
    }
    gaps
}

fn timeline(plan: &Plan, ids: &[(&str, &str)]) -> Timeline {
    let period = plan.meta.period;
    let years: Vec<u16> = (period.first..=period.last).collect();
    let mut rows: Vec<TimelineRow> = Vec::new();
    let mut unscheduled = 0;
    for (goal, action) in ids {
        let Some(d) = plan.decision(action).filter(|d| d.is_included()) else { continue };
        let Some(timeframe) = d.timeframe else {
            unscheduled += 1;
            continue;
        };
        let (first, last) = timeframe.years_within(period);
        if rows.last().is_none_or(|r| r.goal != *goal) {
            rows.push(TimelineRow { goal: goal.to_string(), actions: vec![0; years.len()] });
        }
        let row = rows.last_mut().expect("just pushed");
        for (i, year) in years.iter().enumerate() {
            row.actions[i] += usize::from((first..=last).contains(year));
        }
    }
    Timeline { years, goals: rows, unscheduled }
}

/// Cuts a text to `width` characters, marking the cut with "...".
fn fit(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_string();
    }
    let kept: String = text.chars().take(width.saturating_sub(3)).collect();
    format!("{}...", kept.trim_end())
}

fn area_index_of(plan: &Plan, content: &Content, goal_id: &str) -> usize {
    if let Some(r) = content.item(goal_id) {
        return r.area;
    }
    let area = plan.custom_goals.iter().find(|g| g.id == goal_id).map(|g| g.area.as_str());
    content.areas.iter().position(|a| Some(a.id.as_str()) == area).unwrap_or(0)
}

impl Summary {
    /// The per-area table as text lines (a header, then one line per area), with the area
    /// names cut to `name_width`.
    pub fn area_table(&self, name_width: usize) -> Vec<String> {
        let row = |name: &str, cells: [String; 6]| {
            let [a, d, i, h, m, l] = cells;
            format!(
                "{:<name_width$} {a:>7} {d:>7} {i:>8} {h:>4} {m:>4} {l:>4}",
                fit(name, name_width)
            )
        };
        let header = [
            crate::fl!("summary-actions"),
            crate::fl!("summary-decided"),
            crate::fl!("summary-included"),
            crate::fl!("summary-high"),
            crate::fl!("summary-medium"),
            crate::fl!("summary-low"),
        ];
        let mut lines = vec![row(&crate::fl!("summary-area"), header)];
        for a in &self.areas {
            let p = &a.priority;
            let cells =
                [a.actions, a.decided, a.included, p.high, p.medium, p.low].map(|n| n.to_string());
            lines.push(row(&a.title, cells));
        }
        lines
    }
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{} ({}, {})", self.title, self.country, self.period)?;
        writeln!(f, "{}", crate::fl!("summary-plan-id", id = self.plan_id.as_str()))?;
        let progress = crate::fl!(
            "summary-progress",
            decided = self.decided,
            actions = self.actions,
            percent = self.progress_percent,
            included = self.included
        );
        writeln!(f, "{progress}")?;
        writeln!(f)?;
        for line in self.area_table(36) {
            writeln!(f, "{line}")?;
        }
        let b = &self.baseline;
        writeln!(f)?;
        let baseline = crate::fl!(
            "summary-baseline",
            in_place = b.in_place,
            partly = b.partly_in_place,
            missing = b.missing,
            not_applicable = b.not_applicable,
            unknown = b.unknown
        );
        writeln!(f, "{baseline}")?;
        writeln!(f)?;
        writeln!(
            f,
            "{:<8} {:>5} {:>8}  {}",
            crate::fl!("summary-code"),
            crate::fl!("summary-leads"),
            crate::fl!("summary-partners"),
            crate::fl!("summary-institution")
        )?;
        for i in &self.institutions {
            writeln!(f, "{:<8} {:>5} {:>8}  {}", i.code, i.leads, i.partners, i.name)?;
        }
        writeln!(f)?;
        writeln!(f, "{}", crate::fl!("summary-gaps", count = self.gaps.len()))?;
        if !self.unknown_items.is_empty() {
            writeln!(f)?;
            let items = self.unknown_items.join(", ");
            writeln!(f, "{}", crate::fl!("summary-unknown-items", items = items))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::{Inclusion, Period};

    #[test]
    fn counts_follow_the_decisions() {
        let content = Content::embedded();
        let mut plan = Plan::new("NAP", "Testland", Period { first: 2027, last: 2030 }, &content);
        let included = Decision {
            inclusion: Inclusion::Included,
            priority: Some(Priority::High),
            baseline: Baseline::Missing,
            lead: Some("moi".into()),
            partners: vec!["nco".into()],
            ..Decision::default()
        };
        plan.items.insert("P1.1".into(), included.clone());
        plan.items.insert(
            "I1.1".into(),
            Decision { lead: Some("nco".into()), partners: vec![], ..included },
        );
        plan.items.insert(
            "P1.2".into(),
            Decision { inclusion: Inclusion::Excluded, ..Decision::default() },
        );
        let s = summarize(&plan, &content);
        let actions = content.actions().count();
        assert_eq!((s.actions, s.decided, s.included), (actions, 3, 2));
        assert_eq!(s.progress_percent, 1);
        let prevention = &s.areas[0];
        assert_eq!((prevention.decided, prevention.included, prevention.excluded), (2, 1, 1));
        assert_eq!(prevention.priority.high, 1);
        assert_eq!(s.baseline.missing, 2);
        assert_eq!(s.baseline.unknown, actions - 2);
        let nco = s.institutions.iter().find(|i| i.id == "nco").unwrap();
        assert_eq!((nco.leads, nco.partners), (1, 1));
        assert_eq!(s.institutions[0].id, "nco", "busiest institution first");
    }

    #[test]
    fn custom_actions_count_in_their_area() {
        let content = Content::embedded();
        let plan = crate::plan::demo_plan(&content);
        let s = summarize(&plan, &content);
        assert_eq!(s.actions, content.actions().count() + plan.custom_actions.len());
        let prevention_actions =
            content.areas[0].goals.iter().map(|g| g.actions.len()).sum::<usize>();
        assert_eq!(s.areas[0].actions, prevention_actions + 1);
        assert_eq!(s.areas[0].goals, content.areas[0].goals.len() + 1);
    }

    #[test]
    fn long_titles_are_cut_with_an_ellipsis() {
        assert_eq!(fit("Assistance and protection of victims", 12), "Assistanc...");
        assert_eq!(fit("Prevention", 12), "Prevention");
    }
}
