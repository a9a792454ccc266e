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
    pub unknown_items: Vec<String>,
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
        unknown_items: plan.unknown_items(content).into_iter().map(String::from).collect(),
    }
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
        let header = ["actions", "decided", "included", "high", "med", "low"].map(String::from);
        let mut lines = vec![row("Area", header)];
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
        writeln!(
            f,
            "{} of {} actions decided ({}%), {} included in the plan",
            self.decided, self.actions, self.progress_percent, self.included
        )?;
        writeln!(f)?;
        for line in self.area_table(36) {
            writeln!(f, "{line}")?;
        }
        let b = &self.baseline;
        writeln!(f)?;
        writeln!(
            f,
            "Baseline: {} in place, {} partly in place, {} missing, {} not applicable, {} unknown",
            b.in_place, b.partly_in_place, b.missing, b.not_applicable, b.unknown
        )?;
        writeln!(f)?;
        writeln!(f, "{:<8} {:>5} {:>8}  Institution", "Code", "leads", "partners")?;
        for i in &self.institutions {
            writeln!(f, "{:<8} {:>5} {:>8}  {}", i.code, i.leads, i.partners, i.name)?;
        }
        if !self.unknown_items.is_empty() {
            writeln!(f)?;
            writeln!(f, "Kept but not in the content pack: {}", self.unknown_items.join(", "))?;
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
        assert_eq!((s.actions, s.decided, s.included), (194, 3, 2));
        assert_eq!(s.progress_percent, 1);
        let prevention = &s.areas[0];
        assert_eq!((prevention.decided, prevention.included, prevention.excluded), (2, 1, 1));
        assert_eq!(prevention.priority.high, 1);
        assert_eq!(s.baseline.missing, 2);
        assert_eq!(s.baseline.unknown, 192);
        let nco = s.institutions.iter().find(|i| i.id == "nco").unwrap();
        assert_eq!((nco.leads, nco.partners), (1, 1));
        assert_eq!(s.institutions[0].id, "nco", "busiest institution first");
    }

    #[test]
    fn custom_actions_count_in_their_area() {
        let content = Content::embedded();
        let plan = crate::plan::demo_plan(&content);
        let s = summarize(&plan, &content);
        assert_eq!(s.actions, 194 + plan.custom_actions.len());
        assert_eq!(s.areas[0].actions, 50 + 1);
        assert_eq!(s.areas[0].goals, 12 + 1);
    }

    #[test]
    fn long_titles_are_cut_with_an_ellipsis() {
        assert_eq!(fit("Assistance and protection of victims", 12), "Assistanc...");
        assert_eq!(fit("Prevention", 12), "Prevention");
    }
}
