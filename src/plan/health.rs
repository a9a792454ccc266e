//! The plan's health check: what a drafting team must fix before the plan can go to a ministry.

use serde::Serialize;

use super::{Decision, ItemKind, Plan, Timeframe};
use crate::content::Content;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// One problem of the plan, tied to the item it concerns where there is one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub severity: Severity,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub item: Option<String>,
    pub message: String,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Health {
    pub errors: usize,
    pub warnings: usize,
    pub findings: Vec<Finding>,
}

impl Health {
    pub fn is_ok(&self) -> bool {
        self.errors == 0
    }
}

struct Checker<'a> {
    plan: &'a Plan,
    content: &'a Content,
    /// Decisions under ids the pack merged away, reported instead of "unknown item".
    moves: Vec<super::Moved>,
    findings: Vec<Finding>,
    /// Indicators without a target, by wording: the actions that have each one. An example
    /// indicator copied into many actions is reported once, with its count.
    untargeted: std::collections::BTreeMap<String, Vec<String>>,
}

impl Checker<'_> {
    fn error(&mut self, item: Option<&str>, message: String) {
        self.push(Severity::Error, item, message);
    }

    fn warn(&mut self, item: Option<&str>, message: String) {
        self.push(Severity::Warning, item, message);
    }

    fn push(&mut self, severity: Severity, item: Option<&str>, message: String) {
        self.findings.push(Finding { severity, item: item.map(String::from), message });
    }
}

/// Runs every check; errors come first, then warnings, each in checklist order.
pub fn check(plan: &Plan, content: &Content) -> Health {
    let moves = super::pending_moves(plan, content);
    let mut c = Checker { plan, content, moves, findings: vec![], untargeted: Default::default() };
    meta(&mut c);
    roster(&mut c);
    custom_items(&mut c);
    for (id, decision) in &plan.items {
        item(&mut c, id, decision);
    }
    untargeted_indicators(&mut c);
    monitoring(&mut c);
    c.findings.extend(super::monitor::findings(plan, content));
    // A stable sort: what must be fixed before the plan can go out is read first.
    c.findings.sort_by_key(|f| f.severity);
    let errors = c.findings.iter().filter(|f| f.severity == Severity::Error).count();
    Health { errors, warnings: c.findings.len() - errors, findings: c.findings }
}

fn meta(c: &mut Checker) {
    let m = &c.plan.meta;
    if m.title.trim().is_empty() {
        c.error(None, crate::fl!("health-no-title"));
    }
    if m.country.trim().is_empty() {
        c.error(None, crate::fl!("health-no-country"));
    }
    let (first, last) = (m.period.first.to_string(), m.period.last.to_string());
    if m.period.first > m.period.last {
        c.error(
            None,
            crate::fl!("health-period-reversed", first = first.as_str(), last = last.as_str()),
        );
    }
    if !(1990..=2100).contains(&m.period.first) || !(1990..=2100).contains(&m.period.last) {
        c.error(None, crate::fl!("health-period-implausible", first = first, last = last));
    }
    for date in &m.workshop_dates {
        if date.parse::<jiff::civil::Date>().is_err() {
            c.error(None, crate::fl!("health-workshop-date", date = date.as_str()));
        }
    }
    if m.content.id != c.content.meta.id {
        let msg = crate::fl!(
            "health-other-pack",
            plan_pack = m.content.id.as_str(),
            pack = c.content.meta.id.as_str()
        );
        c.warn(None, msg);
    }
}

fn roster(c: &mut Checker) {
    for id in &c.plan.roster.institutions {
        if c.content.institution(id).is_none() && !c.plan.roster.custom.iter().any(|x| &x.id == id)
        {
            c.error(None, crate::fl!("health-roster-unknown", id = id.as_str()));
        }
    }
    let mut seen = std::collections::BTreeSet::new();
    for custom in &c.plan.roster.custom {
        if !seen.insert(custom.id.as_str()) || c.content.institution(&custom.id).is_some() {
            c.error(None, crate::fl!("health-institution-twice", id = custom.id.as_str()));
        }
    }
}

fn custom_items(c: &mut Checker) {
    let mut seen = std::collections::BTreeSet::new();
    for goal in &c.plan.custom_goals {
        if !seen.insert(goal.id.as_str()) || c.content.has_item(&goal.id) {
            c.error(Some(&goal.id), crate::fl!("health-goal-twice", id = goal.id.as_str()));
        }
        if c.content.area(&goal.area).is_none() {
            c.error(
                Some(&goal.id),
                crate::fl!("health-goal-area", id = goal.id.as_str(), area = goal.area.as_str()),
            );
        }
    }
    for action in &c.plan.custom_actions {
        if !seen.insert(action.id.as_str()) || c.content.has_item(&action.id) {
            c.error(Some(&action.id), crate::fl!("health-action-twice", id = action.id.as_str()));
        }
        if let Some(to) = c.content.moved_to(&action.goal) {
            let msg = crate::fl!(
                "health-action-goal-moved",
                id = action.id.as_str(),
                goal = action.goal.as_str(),
                to = to
            );
            c.warn(Some(&action.id), msg);
        } else if c.plan.item_kind(&action.goal, c.content) != Some(ItemKind::Goal) {
            c.error(
                Some(&action.id),
                crate::fl!(
                    "health-action-goal",
                    id = action.id.as_str(),
                    goal = action.goal.as_str()
                ),
            );
        }
    }
}

fn item(c: &mut Checker, id: &str, d: &Decision) {
    if let Some(moved) = c.moves.iter().find(|m| m.from == id) {
        let msg = moved.describe();
        c.warn(Some(id), msg);
        return;
    }
    let Some(kind) = c.plan.item_kind(id, c.content) else {
        let msg = crate::fl!("health-item-unknown", id = id);
        c.warn(Some(id), msg);
        return;
    };
    references(c, id, d);
    years(c, id, d);
    long_texts(c, id, d);
    if kind == ItemKind::Action && d.is_included() {
        included_action(c, id, d);
    }
}

fn references(c: &mut Checker, id: &str, d: &Decision) {
    for inst in d.lead.iter().chain(&d.partners) {
        let known = c.content.institution(inst).is_some() || c.plan.in_roster(inst);
        if !known {
            c.error(
                Some(id),
                crate::fl!("health-institution-unknown", id = id, institution = inst.as_str()),
            );
        } else if !c.plan.in_roster(inst) {
            c.warn(
                Some(id),
                crate::fl!("health-not-on-roster", id = id, institution = inst.as_str()),
            );
        }
    }
    if d.lead.as_ref().is_some_and(|lead| d.partners.contains(lead)) {
        c.warn(Some(id), crate::fl!("health-lead-also-partner", id = id));
    }
}

fn years(c: &mut Checker, id: &str, d: &Decision) {
    let period = c.plan.meta.period;
    if let Some(Timeframe::Years { first, last }) = d.timeframe {
        if first > last {
            c.error(
                Some(id),
                crate::fl!(
                    "health-timeframe-reversed",
                    id = id,
                    first = first.to_string(),
                    last = last.to_string()
                ),
            );
        } else if !period.contains(first) || !period.contains(last) {
            let msg = crate::fl!(
                "health-timeframe-outside",
                id = id,
                first = first.to_string(),
                last = last.to_string(),
                period_first = period.first.to_string(),
                period_last = period.last.to_string()
            );
            c.error(Some(id), msg);
        }
    }
}

fn included_action(c: &mut Checker, id: &str, d: &Decision) {
    if d.lead.is_none() {
        c.error(Some(id), crate::fl!("health-no-lead", id = id));
    }
    if d.timeframe.is_none() {
        c.error(Some(id), crate::fl!("health-no-timeframe", id = id));
    }
    if d.indicators.is_empty() {
        c.error(Some(id), crate::fl!("health-no-indicator", id = id));
    }
    if d.priority.is_none() {
        c.warn(Some(id), crate::fl!("health-no-priority", id = id));
    }
    for indicator in d.indicators.iter().filter(|i| i.target.trim().is_empty()) {
        let actions = c.untargeted.entry(indicator.text.clone()).or_default();
        if !actions.iter().any(|a| a == id) {
            actions.push(id.to_string());
        }
    }
}

/// One warning per indicator wording without a target: "in 7 actions: P1.1, P1.2, ... and 4
/// more" when the same (usually example) indicator was copied into several actions.
fn untargeted_indicators(c: &mut Checker) {
    const NAMED: usize = 3;
    for (text, actions) in std::mem::take(&mut c.untargeted) {
        let first = actions[0].clone();
        let message = match actions.len() {
            1 => crate::fl!("health-no-target", id = first.as_str(), indicator = text.as_str()),
            n => {
                let named = actions.iter().take(NAMED).cloned().collect::<Vec<_>>().join(", ");
                crate::fl!(
                    "health-no-target-in",
                    indicator = text.as_str(),
                    count = n,
                    named = named,
                    more = n.saturating_sub(NAMED)
                )
            }
        };
        c.warn(Some(&first), message);
    }
}

/// Characters from which a text is too long to read in a table cell (about two pages).
pub const LONG_TEXT: usize = 6_000;
/// The most characters a spreadsheet cell holds (Excel, LibreOffice).
pub const CELL_LIMIT: usize = 32_767;

/// Very long notes or indicator texts: unreadable in the draft's tables, and cut in a
/// spreadsheet cell beyond its limit.
fn long_texts(c: &mut Checker, id: &str, d: &Decision) {
    let mut texts = vec![(crate::fl!("health-what-notes"), d.notes.as_str())];
    texts.extend(d.indicators.iter().flat_map(|i| {
        [
            (crate::fl!("health-what-indicator"), i.text.as_str()),
            (crate::fl!("health-what-target"), i.target.as_str()),
        ]
    }));
    for (what, text) in texts {
        if let Some(message) = long_text_message(&what, text) {
            c.warn(Some(id), message);
        }
    }
}

fn long_text_message(what: &str, text: &str) -> Option<String> {
    let length = text.chars().count();
    if length < LONG_TEXT {
        return None;
    }
    let size = crate::i18n::number(length as u64);
    let pages = length.div_ceil(3_000);
    Some(if length > CELL_LIMIT {
        let limit = crate::i18n::number(CELL_LIMIT as u64);
        crate::fl!("health-long-text-cut", what = what, size = size, pages = pages, limit = limit)
    } else {
        crate::fl!("health-long-text", what = what, size = size, pages = pages)
    })
}

fn monitoring(c: &mut Checker) {
    let m = &c.plan.monitoring;
    if let Some(message) = long_text_message(&crate::fl!("health-what-monitoring-notes"), &m.notes)
    {
        c.warn(None, message);
    }
    let period = c.plan.meta.period;
    if m.body.trim().is_empty() {
        c.warn(None, crate::fl!("health-no-monitoring-body"));
    }
    for (what, year) in [
        (crate::fl!("health-what-mid-term"), m.mid_term_evaluation),
        (crate::fl!("health-what-final"), m.final_evaluation),
    ] {
        if let Some(year) = year.filter(|&y| y < period.first || y > period.last.saturating_add(1))
        {
            let msg = crate::fl!(
                "health-evaluation-outside",
                what = what,
                year = year.to_string(),
                period_first = period.first.to_string(),
                period_last = period.last.to_string()
            );
            c.warn(None, msg);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::IndicatorKind;
    use crate::plan::{Decision, Inclusion, Indicator, Period, Plan, Priority};

    fn plan_with(id: &str, d: Decision) -> (Plan, Content) {
        let content = Content::embedded();
        let mut plan = Plan::new("NAP", "Testland", Period { first: 2027, last: 2030 }, &content);
        plan.roster.institutions = vec!["nco".into(), "moi".into()];
        plan.monitoring.body = "nco".into();
        plan.items.insert(id.into(), d);
        (plan, content)
    }

    fn complete() -> Decision {
        Decision {
            inclusion: Inclusion::Included,
            priority: Some(Priority::High),
            timeframe: Some(Timeframe::ShortTerm),
            lead: Some("nco".into()),
            partners: vec!["moi".into()],
            indicators: vec![Indicator {
                text: "Study published".into(),
                kind: IndicatorKind::Output,
                baseline: "none".into(),
                target: "published by 2028".into(),
                verification: "website".into(),
                frequency: None,
            }],
            ..Decision::default()
        }
    }

    fn messages(plan: &Plan, content: &Content) -> Vec<String> {
        check(plan, content).findings.into_iter().map(|f| f.message).collect()
    }

    #[test]
    fn a_complete_included_action_is_healthy() {
        let (plan, content) = plan_with("P1.1", complete());
        let health = check(&plan, &content);
        assert!(health.findings.is_empty(), "{:?}", health.findings);
    }

    #[test]
    fn included_action_without_lead_timeframe_or_indicator_is_an_error() {
        let d = Decision { lead: None, timeframe: None, indicators: vec![], ..complete() };
        let (plan, content) = plan_with("P1.1", d);
        let health = check(&plan, &content);
        assert_eq!(health.errors, 3);
        let all = messages(&plan, &content).join("\n");
        assert!(all.contains("P1.1: included action has no lead institution"));
        assert!(all.contains("no timeframe") && all.contains("no indicator"));
    }

    #[test]
    fn excluded_actions_need_nothing() {
        let d = Decision { inclusion: Inclusion::Excluded, ..Decision::default() };
        let (plan, content) = plan_with("P1.1", d);
        assert!(check(&plan, &content).is_ok());
    }

    #[test]
    fn unknown_institution_is_an_error_and_off_roster_a_warning() {
        let d = Decision { partners: vec!["nowhere".into(), "pros".into()], ..complete() };
        let (plan, content) = plan_with("P1.1", d);
        let health = check(&plan, &content);
        assert_eq!((health.errors, health.warnings), (1, 1), "{:?}", health.findings);
    }

    #[test]
    fn years_outside_the_period_are_an_error() {
        let d = Decision {
            timeframe: Some(Timeframe::Years { first: 2026, last: 2028 }),
            ..complete()
        };
        let (plan, content) = plan_with("P1.1", d);
        assert!(
            messages(&plan, &content)
                .iter()
                .any(|m| m.contains("outside the plan period 2027-2030"))
        );
        let d = Decision {
            timeframe: Some(Timeframe::Years { first: 2029, last: 2028 }),
            ..complete()
        };
        let (plan, content) = plan_with("P1.1", d);
        assert!(messages(&plan, &content).iter().any(|m| m.contains("ends before it starts")));
    }

    #[test]
    fn unknown_items_are_warnings_not_errors() {
        let (plan, content) = plan_with("P99.9", complete());
        let health = check(&plan, &content);
        assert!(health.is_ok());
        assert_eq!(health.findings[0].item.as_deref(), Some("P99.9"));
    }

    #[test]
    fn bad_period_dates_and_missing_title_are_errors() {
        let (mut plan, content) = plan_with("P1.1", complete());
        plan.meta.title.clear();
        plan.meta.period = Period { first: 2030, last: 2027 };
        plan.meta.workshop_dates = vec!["28/11/2026".into()];
        assert_eq!(check(&plan, &content).errors, 3);
    }

    #[test]
    fn custom_action_under_unknown_goal_is_an_error() {
        let (mut plan, content) = plan_with("P1.1", complete());
        plan.custom_actions.push(crate::plan::CustomAction {
            id: "Z9.X1".into(),
            goal: "Z9".into(),
            text: "x".into(),
        });
        assert!(messages(&plan, &content).iter().any(|m| m.contains("under unknown goal 'Z9'")));
    }

    #[test]
    fn errors_come_before_warnings() {
        // In checklist order the warning (P1.1) would come before the error (P1.2).
        let (mut plan, content) = plan_with("P1.1", Decision { priority: None, ..complete() });
        plan.items.insert("P1.2".into(), Decision { lead: None, ..complete() });
        plan.monitoring.body.clear();
        let findings = check(&plan, &content).findings;
        let order: Vec<(Severity, Option<String>)> =
            findings.into_iter().map(|f| (f.severity, f.item)).collect();
        assert_eq!(
            order,
            [
                (Severity::Error, Some("P1.2".into())),
                (Severity::Warning, Some("P1.1".into())),
                (Severity::Warning, None),
            ]
        );
    }

    #[test]
    fn a_copied_indicator_without_target_is_one_warning_with_a_count() {
        let mut d = complete();
        d.indicators[0].target.clear();
        let (mut plan, content) = plan_with("P1.1", d.clone());
        for id in ["P1.2", "P1.3", "P1.4", "P2.1"] {
            plan.items.insert(id.into(), d.clone());
        }
        let health = check(&plan, &content);
        assert_eq!(health.warnings, 1, "{:?}", health.findings);
        let finding = &health.findings[0];
        assert_eq!(
            finding.message,
            "indicator 'Study published' has no target in 5 actions: P1.1, P1.2, P1.3 and 2 more"
        );
        assert_eq!(finding.item.as_deref(), Some("P1.1"), "Enter goes to the first");
    }

    #[test]
    fn a_decision_under_a_merged_away_id_says_where_it_now_lives() {
        let (mut plan, mut content) = plan_with("P1.1", complete());
        content.meta.aliases.insert("Z1.1".into(), "P1.2".into());
        plan.items.insert("Z1.1".into(), complete());
        let health = check(&plan, &content);
        let finding = health.findings.iter().find(|f| f.item.as_deref() == Some("Z1.1")).unwrap();
        assert_eq!(finding.severity, Severity::Warning);
        assert_eq!(finding.message, "decision for Z1.1 now lives at P1.2");
    }

    #[test]
    fn the_demo_plan_is_healthy() {
        let content = Content::embedded();
        let health = check(&crate::plan::demo_plan(&content), &content);
        assert!(health.findings.is_empty(), "{:?}", health.findings);
    }

    #[test]
    fn very_long_notes_are_a_warning_that_says_where_they_are_cut() {
        let notes = "A long account of the discussion. ".repeat(1_500);
        let (plan, content) = plan_with("P1.1", Decision { notes, ..complete() });
        let health = check(&plan, &content);
        let finding = health.findings.iter().find(|f| f.message.contains("very long"));
        let finding = finding.expect("a warning about the long notes");
        assert_eq!(finding.severity, Severity::Warning);
        assert_eq!(finding.item.as_deref(), Some("P1.1"));
        assert!(finding.message.contains("51,000 characters"), "{}", finding.message);
        assert!(finding.message.contains("cuts it at 32,767"), "{}", finding.message);
        let (plan, content) =
            plan_with("P1.1", Decision { notes: "x".repeat(5_000), ..complete() });
        assert!(!check(&plan, &content).findings.iter().any(|f| f.message.contains("very long")));
    }
}
