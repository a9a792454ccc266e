//! Plans in plain words: what changed between two versions (`napwiz diff A B`), and a plan as
//! one decision per line (`napwiz textconv`, for `git diff` through a textconv driver).

use std::collections::BTreeSet;

use super::merge::{DECISION_FIELDS, decision_field, describe};
use super::{Decision, Plan};
use crate::content::Content;

/// Every decision that differs between `old` and `new`, one line each, in id order.
pub fn changes(old: &Plan, new: &Plan, content: &Content) -> Vec<String> {
    let mut lines = Vec::new();
    let (old_lines, new_lines) = (describe_plan(old, content), describe_plan(new, content));
    let keyed = |lines: &[String]| -> Vec<(String, String)> {
        lines
            .iter()
            .map(|l| {
                l.split_once(": ")
                    .map_or((l.clone(), String::new()), |(k, v)| (k.to_string(), v.to_string()))
            })
            .collect()
    };
    let (old_kv, new_kv) = (keyed(&old_lines), keyed(&new_lines));
    let keys: BTreeSet<&String> = old_kv.iter().chain(&new_kv).map(|(k, _)| k).collect();
    for key in keys {
        let before: Vec<&String> =
            old_kv.iter().filter(|(k, _)| k == key).map(|(_, v)| v).collect();
        let after: Vec<&String> = new_kv.iter().filter(|(k, _)| k == key).map(|(_, v)| v).collect();
        if before == after {
            continue;
        }
        let text = |v: &[&String]| {
            if v.is_empty() {
                "-".to_string()
            } else {
                v.iter().map(|s| s.as_str()).collect::<Vec<_>>().join("; ")
            }
        };
        lines.push(format!("{key}: {} -> {}", text(&before), text(&after)));
    }
    lines
}

/// The plan as lines `what: value`, one per decision, for reading and for line diffs.
pub fn describe_plan(plan: &Plan, content: &Content) -> Vec<String> {
    let m = &plan.meta;
    let mut lines = vec![
        format!("title: {}", m.title),
        format!("country: {}", m.country),
        format!("period: {}-{}", m.period.first, m.period.last),
    ];
    let optional = [
        ("coordinating body", m.coordinating_body.clone()),
        ("national coordinator", m.national_coordinator.clone()),
        ("facilitator", m.facilitator.clone()),
        ("workshop dates", m.workshop_dates.join(", ")),
        ("currency", m.currency.clone()),
    ];
    lines.extend(
        optional.into_iter().filter(|(_, v)| !v.is_empty()).map(|(k, v)| format!("{k}: {v}")),
    );
    for id in &plan.roster.institutions {
        lines.push(format!(
            "roster {}: {}",
            plan.institution_code(id, content),
            plan.institution_name(id, content)
        ));
    }
    for c in &plan.roster.custom {
        lines.push(format!("roster {} (own): {} ({})", c.code, c.name, c.kind.label()));
    }
    for g in &plan.custom_goals {
        lines.push(format!("own goal {} in area {}: {}", g.id, g.area, g.title));
    }
    for a in &plan.custom_actions {
        lines.push(format!("own action {} under {}: {}", a.id, a.goal, a.text));
    }
    for (id, d) in &plan.items {
        lines.extend(decision_lines(plan, content, id, d));
    }
    lines.extend(monitoring_lines(plan, content));
    for c in &plan.conflicts {
        lines.push(format!("conflict on {}", super::merge::conflict_line(c, plan, content)));
    }
    lines
}

fn decision_lines(plan: &Plan, content: &Content, id: &str, d: &Decision) -> Vec<String> {
    let empty = Decision::default();
    DECISION_FIELDS
        .iter()
        .filter(|f| decision_field(d, f) != decision_field(&empty, f))
        .map(|f| {
            let value = describe(f, &decision_field(d, f), plan, content).replace('\n', " / ");
            format!("{id} {f}: {value}")
        })
        .collect()
}

fn monitoring_lines(plan: &Plan, content: &Content) -> Vec<String> {
    let m = &plan.monitoring;
    let mut lines = Vec::new();
    if !m.body.is_empty() {
        lines.push(format!("monitoring body: {}", plan.institution_code(&m.body, content)));
    }
    if let Some(f) = m.reporting {
        lines.push(format!("monitoring reports: {}", f.label()));
    }
    if let Some(f) = m.review {
        lines.push(format!("monitoring review: {}", f.label()));
    }
    if let Some(y) = m.mid_term_evaluation {
        lines.push(format!("mid-term evaluation: {y}"));
    }
    if let Some(y) = m.final_evaluation {
        lines.push(format!("final evaluation: {y}"));
    }
    if !m.data_sources.is_empty() {
        lines.push(format!("data sources: {}", m.data_sources.join("; ")));
    }
    if !m.notes.is_empty() {
        lines.push(format!("monitoring notes: {}", m.notes.replace('\n', " / ")));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::{Priority, demo_plan};

    #[test]
    fn a_changed_priority_reads_in_plain_words() {
        let content = Content::embedded();
        let old = demo_plan(&content);
        let mut new = old.clone();
        new.items.get_mut("P1.1").unwrap().priority = Some(Priority::Low);
        new.roster.institutions.retain(|i| i != "gov");
        let lines = changes(&old, &new, &content);
        assert!(lines.contains(&"P1.1 priority: high -> low".to_string()), "{lines:?}");
        assert!(lines.iter().any(|l| l.starts_with("roster GOV: Government")), "{lines:?}");
        assert_eq!(lines.len(), 2, "{lines:?}");
    }

    #[test]
    fn identical_plans_have_no_changes() {
        let content = Content::embedded();
        let plan = demo_plan(&content);
        assert!(changes(&plan, &plan.clone(), &content).is_empty());
    }
}
