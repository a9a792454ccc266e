//! Plans in plain words: what changed between two versions (`napwiz diff A B`), and a plan as
//! one decision per line (`napwiz textconv`, for `git diff` through a textconv driver).
//!
//! Every line reads `what: value` in words a workshop uses (`P1.2 budget: EUR 52,500 (State
//! budget)`), never RON; a diff line is the same key with both values (`P1.2 priority: high ->
//! medium`). The order is the plan file's, so line diffs stay small. Text from the plan is
//! printed as it is: `napwiz::output` cleans it on the way to the terminal.

use std::collections::{BTreeMap, BTreeSet};

use super::merge::{DECISION_FIELDS, decision_field, describe};
use super::patch::Patch;
use super::{Decision, Indicator, Plan};
use crate::content::Content;

/// Every decision that differs between `old` and `new`, one line each, in id order.
pub fn changes(old: &Plan, new: &Plan, content: &Content) -> Vec<String> {
    let (old_lines, new_lines) = (describe_plan(old, content), describe_plan(new, content));
    let (before, after) = (by_key(&old_lines), by_key(&new_lines));
    let keys: BTreeSet<&str> = before.keys().chain(after.keys()).copied().collect();
    let text = |values: Option<&Vec<&str>>| match values {
        Some(values) if !values.is_empty() => values.join("; "),
        _ => "-".to_string(),
    };
    let mut lines = Vec::new();
    for key in keys {
        let (was, is) = (before.get(key), after.get(key));
        if was != is {
            lines.push(format!("{key}: {} -> {}", text(was), text(is)));
        }
    }
    lines
}

/// Lines `what: value` grouped by what they describe, values in the order they came: one look
/// per key, so a diff of two big plans takes as long as reading them (it was quadratic).
fn by_key(lines: &[String]) -> BTreeMap<&str, Vec<&str>> {
    let mut keyed: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for line in lines {
        let (key, value) = line.split_once(": ").unwrap_or((line.as_str(), ""));
        keyed.entry(key).or_default().push(value);
    }
    keyed
}

/// Applies a change read back (a journal record a follower reads) to `plan`, and says what it
/// changed, as [`changes`] does between the plan before and after, looking only at the parts
/// the change holds. Returns the change that undoes it and the lines.
pub fn apply_change(plan: &mut Plan, change: Patch, content: &Content) -> (Patch, Vec<String>) {
    let undo = change.apply(plan);
    let now = Patch::record_like(plan, &undo);
    let lines = changes(undo.parts(), now.parts(), content);
    (undo, lines)
}

/// The plan as lines `what: value`, one per decision, for reading and for line diffs.
pub fn describe_plan(plan: &Plan, content: &Content) -> Vec<String> {
    let m = &plan.meta;
    let mut lines = vec![
        format!("{}: {}", crate::fl!("diff-title"), m.title),
        format!("{}: {}", crate::fl!("diff-country"), m.country),
        format!("{}: {}-{}", crate::fl!("diff-period"), m.period.first, m.period.last),
    ];
    let optional = [
        (crate::fl!("diff-coordinating-body"), m.coordinating_body.clone()),
        (crate::fl!("diff-national-coordinator"), m.national_coordinator.clone()),
        (crate::fl!("diff-facilitator"), m.facilitator.clone()),
        (crate::fl!("diff-workshop-dates"), m.workshop_dates.join(", ")),
        (crate::fl!("diff-language"), m.language.clone()),
        (crate::fl!("diff-currency"), m.currency.clone()),
    ];
    lines.extend(
        optional.into_iter().filter(|(_, v)| !v.is_empty()).map(|(k, v)| format!("{k}: {v}")),
    );
    for id in &plan.roster.institutions {
        let code = plan.institution_code(id, content);
        lines.push(format!(
            "{}: {}",
            crate::fl!("diff-roster", code = code),
            plan.institution_name(id, content)
        ));
    }
    for c in &plan.roster.custom {
        let key = crate::fl!("diff-roster-own", code = c.code.as_str());
        lines.push(format!("{key}: {} ({})", c.name, c.kind.label()));
    }
    for g in &plan.custom_goals {
        let key = crate::fl!("diff-own-goal", id = g.id.as_str(), area = g.area.as_str());
        lines.push(format!("{key}: {}", g.title));
        if !g.guidance.is_empty() {
            let key = crate::fl!("diff-own-goal-guidance", id = g.id.as_str());
            lines.push(format!("{key}: {}", one_line(&g.guidance)));
        }
    }
    for a in &plan.custom_actions {
        let key = crate::fl!("diff-own-action", id = a.id.as_str(), goal = a.goal.as_str());
        lines.push(format!("{key}: {}", a.text));
    }
    for (id, d) in &plan.items {
        lines.extend(decision_lines(plan, content, id, d));
    }
    lines.extend(monitoring_lines(plan, content));
    if let Some(part) = &plan.part {
        let (area, of) = (part.area.as_str(), part.of.as_str());
        lines.push(format!(
            "{}: {}",
            crate::fl!("diff-part"),
            crate::fl!("diff-part-of", area = area, of = of)
        ));
    }
    for c in &plan.conflicts {
        let line = super::merge::conflict_line(c, plan, content);
        lines.push(crate::fl!("diff-conflict", conflict = line));
    }
    lines
}

/// One line per field that is set; one line per indicator, with its details.
fn decision_lines(plan: &Plan, content: &Content, id: &str, d: &Decision) -> Vec<String> {
    let empty = Decision::default();
    let mut lines = Vec::new();
    for f in DECISION_FIELDS.iter().filter(|f| decision_field(d, f) != decision_field(&empty, f)) {
        if *f == "indicators" {
            let key = format!("{id} {}", crate::fl!("diff-indicator"));
            lines.extend(d.indicators.iter().map(|i| format!("{key}: {}", indicator(i))));
        } else {
            let value = describe(f, &decision_field(d, f), plan, content);
            lines.push(format!("{id} {}: {}", field_name(f), one_line(&value)));
        }
    }
    lines
}

/// `Victims identified (outcome; baseline: 40; target: 80; verified by: NRM data; annually)`.
fn indicator(i: &Indicator) -> String {
    let mut details = vec![i.kind.label().to_string()];
    let labelled = [
        (crate::fl!("diff-baseline"), &i.baseline),
        (crate::fl!("diff-target"), &i.target),
        (crate::fl!("diff-verified-by"), &i.verification),
    ];
    details.extend(
        labelled
            .iter()
            .filter(|(_, v)| !v.is_empty())
            .map(|(k, v)| format!("{k}: {}", one_line(v))),
    );
    details.extend(i.frequency.map(|f| f.label().to_string()));
    format!("{} ({})", one_line(&i.text), details.join("; "))
}

/// A decision field's name as the lines print it ("lead", "timeframe").
fn field_name(field: &str) -> String {
    match field {
        "baseline" => crate::fl!("diff-baseline"),
        "inclusion" => crate::fl!("diff-inclusion"),
        "priority" => crate::fl!("diff-priority"),
        "timeframe" => crate::fl!("diff-timeframe"),
        "lead" => crate::fl!("diff-lead"),
        "partners" => crate::fl!("diff-partners"),
        "budget" => crate::fl!("diff-budget"),
        "notes" => crate::fl!("diff-notes"),
        other => other.to_string(),
    }
}

/// Multi-line text on one line, so each field stays one line of a diff.
fn one_line(text: &str) -> String {
    text.trim_end().replace('\n', " / ")
}

fn monitoring_lines(plan: &Plan, content: &Content) -> Vec<String> {
    let m = &plan.monitoring;
    let mut lines = Vec::new();
    if !m.body.is_empty() {
        let code = plan.institution_code(&m.body, content);
        lines.push(format!("{}: {code}", crate::fl!("diff-monitoring-body")));
    }
    if let Some(f) = m.reporting {
        lines.push(format!("{}: {}", crate::fl!("diff-monitoring-reports"), f.label()));
    }
    if let Some(f) = m.review {
        lines.push(format!("{}: {}", crate::fl!("diff-monitoring-review"), f.label()));
    }
    if let Some(y) = m.mid_term_evaluation {
        lines.push(format!("{}: {y}", crate::fl!("diff-mid-term")));
    }
    if let Some(y) = m.final_evaluation {
        lines.push(format!("{}: {y}", crate::fl!("diff-final-evaluation")));
    }
    if !m.data_sources.is_empty() {
        lines.push(format!("{}: {}", crate::fl!("diff-data-sources"), m.data_sources.join("; ")));
    }
    if !m.notes.is_empty() {
        lines.push(format!("{}: {}", crate::fl!("diff-monitoring-notes"), one_line(&m.notes)));
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
