//! What a change to one item's decision did, in words, for the status line. Every side effect
//! (an action included, indicators pre-filled, an institution added to the roster, a lead
//! dropped from the partners) is said, so nothing in the plan changes silently.

use crate::content::Content;
use crate::plan::{Decision, Inclusion, Plan, Roster};

/// The part of a decision a key set directly; it is named first, the side effects after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Aspect {
    Inclusion,
    Priority,
    Baseline,
    Timeframe,
    Lead,
    Partners,
    Other,
}

/// "P1.2 priority high; included again; pre-filled 2 indicators, short term", or None when
/// nothing changed.
pub fn describe(
    before: &Plan,
    after: &Plan,
    content: &Content,
    id: &str,
    primary: Aspect,
) -> Option<String> {
    let old = before.decision(id).cloned().unwrap_or_default();
    let new = after.decision(id).cloned().unwrap_or_default();
    let code = |i: &str| after.institution_code(i, content).to_string();
    let mut said: Vec<(Aspect, String)> = Vec::new();
    let mut say = |aspect: Aspect, text: String| said.push((aspect, text));
    let included_now = old.inclusion != new.inclusion && new.inclusion == Inclusion::Included;
    if old.inclusion != new.inclusion {
        say(Aspect::Inclusion, inclusion_text(old.inclusion, new.inclusion, primary));
    }
    for (aspect, text) in priority_and_role_texts(&old, &new, &code) {
        say(aspect, text);
    }
    let tf_prefilled = included_now
        && primary != Aspect::Timeframe
        && old.timeframe.is_none()
        && new.timeframe.is_some();
    let indicators_prefilled =
        included_now && old.indicators.is_empty() && !new.indicators.is_empty();
    if old.timeframe != new.timeframe && !tf_prefilled {
        let text = new.timeframe.map_or(crate::fl!("changed-timeframe-cleared"), |t| {
            crate::fl!("changed-timeframe", timeframe = t.label())
        });
        say(Aspect::Timeframe, text);
    }
    if !indicators_prefilled && let Some(text) = indicators_text(&old, &new) {
        say(Aspect::Other, text);
    }
    if old.notes != new.notes {
        say(Aspect::Other, crate::fl!("changed-notes"));
    }
    for text in roster_texts(before, after, content) {
        say(Aspect::Other, text);
    }
    // Pre-filled values come last: they matter least, and a narrow status line cuts the end.
    if let Some(text) = prefill_text(&new, indicators_prefilled, tf_prefilled) {
        say(Aspect::Other, text);
    }
    // The part the key set comes first; the side effects follow in a fixed order.
    said.sort_by_key(|(aspect, _)| *aspect != primary);
    let texts: Vec<String> = said.into_iter().map(|(_, t)| t).collect();
    (!texts.is_empty()).then(|| format!("{id} {}", texts.join("; ")))
}

/// What changed in an item's priority, baseline, lead and partners.
fn priority_and_role_texts(
    old: &Decision,
    new: &Decision,
    code: &dyn Fn(&str) -> String,
) -> Vec<(Aspect, String)> {
    let mut said = Vec::new();
    if old.priority != new.priority {
        let text = new.priority.map_or(crate::fl!("changed-priority-cleared"), |p| {
            crate::fl!("changed-priority", priority = p.label())
        });
        said.push((Aspect::Priority, text));
    }
    if old.baseline != new.baseline {
        said.push((
            Aspect::Baseline,
            crate::fl!("changed-baseline", baseline = new.baseline.label()),
        ));
    }
    if old.lead != new.lead {
        let text = new.lead.as_deref().map_or(crate::fl!("changed-lead-cleared"), |l| {
            crate::fl!("changed-lead", code = code(l))
        });
        said.push((Aspect::Lead, text));
    }
    for p in new.partners.iter().filter(|p| !old.partners.contains(p)) {
        said.push((Aspect::Partners, crate::fl!("changed-partner-added", code = code(p))));
    }
    for p in old.partners.iter().filter(|p| !new.partners.contains(p)) {
        said.push((Aspect::Partners, crate::fl!("changed-partner-removed", code = code(p))));
    }
    said
}

fn inclusion_text(old: Inclusion, new: Inclusion, primary: Aspect) -> String {
    match (old, new) {
        (Inclusion::Excluded, Inclusion::Included) if primary != Aspect::Inclusion => {
            crate::fl!("changed-included-again")
        }
        (_, new) => new.label(),
    }
}

/// What including the action pre-filled from the content: "pre-filled 2 indicators, short
/// term".
fn prefill_text(new: &Decision, indicators: bool, timeframe: bool) -> Option<String> {
    let mut parts = Vec::new();
    if indicators {
        let n = new.indicators.len();
        parts.push(crate::fl!("changed-indicators", count = n));
    }
    if let Some(t) = new.timeframe.filter(|_| timeframe) {
        parts.push(t.label());
    }
    (!parts.is_empty()).then(|| crate::fl!("changed-prefilled", parts = parts.join(", ")))
}

fn indicators_text(old: &Decision, new: &Decision) -> Option<String> {
    let (a, b) = (old.indicators.len(), new.indicators.len());
    match b.cmp(&a) {
        std::cmp::Ordering::Greater => {
            Some(crate::fl!("changed-indicators-added", count = (b - a)))
        }
        std::cmp::Ordering::Less => Some(crate::fl!("changed-indicators-deleted", count = (a - b))),
        std::cmp::Ordering::Equal => None,
    }
}

/// "MoI now on the roster", "MoI off the roster".
pub fn roster_texts(before: &Plan, after: &Plan, content: &Content) -> Vec<String> {
    roster_changes(&before.roster, after, content)
}

/// [`roster_texts`] from the roster as it was (all a caller need keep of the plan before).
pub fn roster_changes(before: &Roster, after: &Plan, content: &Content) -> Vec<String> {
    let was_on = |id: &str| {
        before.institutions.iter().any(|i| i == id) || before.custom.iter().any(|c| c.id == id)
    };
    let code_before = |id: &str| match before.custom.iter().find(|c| c.id == id) {
        Some(custom) => custom.code.clone(),
        None => content.institution(id).map_or(id.to_string(), |i| i.code.clone()),
    };
    let added = after.roster.institutions.iter().filter(|i| !was_on(i));
    let removed = before.institutions.iter().filter(|i| !after.in_roster(i));
    added
        .map(|i| crate::fl!("changed-on-roster", code = after.institution_code(i, content)))
        .chain(removed.map(|i| crate::fl!("changed-off-roster", code = code_before(i))))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::edit;
    use crate::plan::{Period, Priority};

    fn plan() -> (Plan, Content) {
        let content = Content::embedded();
        (Plan::new("NAP", "X", Period { first: 2027, last: 2030 }, &content), content)
    }

    #[test]
    fn the_key_s_own_change_comes_first_and_pre_filled_values_last() {
        let (before, content) = plan();
        let mut after = before.clone();
        after.items.entry("P1.1".into()).or_default().lead = Some("labinsp".into());
        after.roster.institutions.push("labinsp".into());
        edit::include_when_decided(&mut after, &content, "P1.1");
        let text = describe(&before, &after, &content, "P1.1", Aspect::Lead).unwrap();
        // The action's own suggested indicators (P1.1 has one in the second edition).
        let (goal, action) = content.action("P1.1").unwrap();
        let prefilled = match content.action_indicators(goal, action).len() {
            1 => "1 indicator".to_string(),
            n => format!("{n} indicators"),
        };
        assert_eq!(
            text,
            format!(
                "P1.1 lead LI; included; LI now on the roster; pre-filled {prefilled}, short term"
            )
        );
    }

    #[test]
    fn an_excluded_action_included_by_its_priority_says_so() {
        let (mut before, content) = plan();
        edit::set_inclusion(&mut before, &content, "P1.1", Inclusion::Included);
        edit::set_inclusion(&mut before, &content, "P1.1", Inclusion::Excluded);
        let mut after = before.clone();
        after.items.get_mut("P1.1").unwrap().priority = Some(Priority::Medium);
        edit::include_when_decided(&mut after, &content, "P1.1");
        let text = describe(&before, &after, &content, "P1.1", Aspect::Priority).unwrap();
        assert_eq!(text, "P1.1 priority medium; included again");
        assert_eq!(describe(&after, &after, &content, "P1.1", Aspect::Priority), None);
    }
}
