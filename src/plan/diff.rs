//! Plans in plain words: what changed between two versions (`napwiz diff A B`), and a plan as
//! one decision per line (`napwiz textconv`, for `git diff` through a textconv driver).
//!
//! Every line reads `what: value` in words a workshop uses (`P1.2 budget: EUR 52,500 (State
//! budget)`), never RON; a diff line is the same key with both values (`P1.2 priority: high ->
//! medium`). The order is the plan file's, so line diffs stay small. Text from the plan is
//! printed as it is: `napwiz::output` cleans it on the way to the terminal.

use std::collections::BTreeSet;

use super::merge::{DECISION_FIELDS, decision_field, describe};
use super::{Decision, Indicator, Plan};
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
        ("language", m.language.clone()),
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
        if !g.guidance.is_empty() {
            lines.push(format!("own goal {} guidance: {}", g.id, one_line(&g.guidance)));
        }
    }
    for a in &plan.custom_actions {
        lines.push(format!("own action {} under {}: {}", a.id, a.goal, a.text));
    }
    for (id, d) in &plan.items {
        lines.extend(decision_lines(plan, content, id, d));
    }
    lines.extend(monitoring_lines(plan, content));
    if let Some(part) = &plan.part {
        lines.push(format!("breakout part: area {} of {}", part.area, part.of));
    }
    for c in &plan.conflicts {
        lines.push(format!("conflict on {}", super::merge::conflict_line(c, plan, content)));
    }
    lines
}

/// One line per field that is set; one line per indicator, with its details.
fn decision_lines(plan: &Plan, content: &Content, id: &str, d: &Decision) -> Vec<String> {
    let empty = Decision::default();
    let mut lines = Vec::new();
    for f in DECISION_FIELDS.iter().filter(|f| decision_field(d, f) != decision_field(&empty, f)) {
        if *f == "indicators" {
            lines.extend(d.indicators.iter().map(|i| format!("{id} indicator: {}", indicator(i))));
        } else {
            let value = describe(f, &decision_field(d, f), plan, content);
            lines.push(format!("{id} {f}: {}", one_line(&value)));
        }
    }
    lines
}

/// `Victims identified (outcome; baseline: 40; target: 80; verified by: NRM data; annually)`.
fn indicator(i: &Indicator) -> String {
    let mut details = vec![i.kind.label().to_string()];
    let labelled =
        [("baseline", &i.baseline), ("target", &i.target), ("verified by", &i.verification)];
    details.extend(
        labelled
            .iter()
            .filter(|(_, v)| !v.is_empty())
            .map(|(k, v)| format!("{k}: {}", one_line(v))),
    );
    details.extend(i.frequency.map(|f| f.label().to_string()));
    format!("{} ({})", one_line(&i.text), details.join("; "))
}

/// Multi-line text on one line, so each field stays one line of a diff.
fn one_line(text: &str) -> String {
    text.trim_end().replace('\n', " / ")
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
        lines.push(format!("monitoring notes: {}", one_line(&m.notes)));
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
    fn textconv_reads_in_plain_words_never_ron() {
        let content = Content::embedded();
        let mut plan = demo_plan(&content);
        let d = plan.items.get_mut("P1.2").unwrap();
        d.budget =
            Some(crate::plan::Budget { amount: Some(52_500), source: "State budget".into() });
        d.indicators = vec![Indicator {
            text: "Victims identified".into(),
            kind: crate::content::IndicatorKind::Outcome,
            baseline: "40".into(),
            target: "80".into(),
            verification: "NRM data".into(),
            frequency: Some(crate::plan::Frequency::Annually),
        }];
        let lines = describe_plan(&plan, &content);
        for wanted in [
            "P1.2 budget: EUR 52,500 (State budget)",
            "P1.2 indicator: Victims identified (outcome; baseline: 40; target: 80; verified by: NRM data; annually)",
            "period: 2027-2030",
            "monitoring reports: every six months",
        ] {
            assert!(lines.iter().any(|l| l == wanted), "{wanted:?} missing from {lines:#?}");
        }
        let ron_syntax = ["Some(", "(amount", "source:", "\"", "Years(", "first:"];
        let bad: Vec<&String> =
            lines.iter().filter(|l| ron_syntax.iter().any(|s| l.contains(s))).collect();
        assert!(bad.is_empty(), "RON syntax in textconv: {bad:#?}");
    }

    #[test]
    fn a_changed_budget_reads_as_a_sentence_in_the_diff() {
        let content = Content::embedded();
        let old = demo_plan(&content);
        let mut new = old.clone();
        new.items.get_mut("P1.1").unwrap().budget =
            Some(crate::plan::Budget { amount: Some(15_000), source: "Donor".into() });
        let lines = changes(&old, &new, &content);
        let line = lines.iter().find(|l| l.starts_with("P1.1 budget: ")).expect("a budget line");
        assert!(line.ends_with("-> EUR 15,000 (Donor)"), "{line}");
    }

    #[test]
    fn identical_plans_have_no_changes() {
        let content = Content::embedded();
        let plan = demo_plan(&content);
        assert!(changes(&plan, &plan.clone(), &content).is_empty());
    }
}
