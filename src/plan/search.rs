//! Finding goals and actions by their words: the checklist's and the plan's own (with their
//! notes). The wizard's search and the plain mode's `/words` both use it.

use super::Plan;
use crate::content::Content;

/// A search hit: an item id and the text shown for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub id: String,
    pub text: String,
}

/// Every goal and action, of the checklist and the plan's own, whose id or words contain all
/// the query's words (notes count for the plan's own items).
pub fn find_items(content: &Content, plan: Option<&Plan>, query: &str) -> Vec<Hit> {
    let words: Vec<String> = query.split_whitespace().map(str::to_lowercase).collect();
    if words.is_empty() {
        return vec![];
    }
    let matches = |id: &str, text: &str| {
        let hay = format!("{} {}", id.to_lowercase(), text.to_lowercase());
        words.iter().all(|w| hay.contains(w.as_str()))
    };
    let mut hits = Vec::new();
    for (_, goal) in content.goals() {
        if matches(&goal.id, &format!("{} {}", goal.title, goal.guidance)) {
            hits.push(Hit { id: goal.id.clone(), text: goal.title.clone() });
        }
        for action in &goal.actions {
            if matches(&action.id, &action.text) {
                hits.push(Hit { id: action.id.clone(), text: action.text.clone() });
            }
        }
    }
    if let Some(plan) = plan {
        let custom = plan
            .custom_goals
            .iter()
            .map(|g| (&g.id, &g.title))
            .chain(plan.custom_actions.iter().map(|a| (&a.id, &a.text)));
        for (id, text) in custom {
            let notes = plan.decision(id).map(|d| d.notes.as_str()).unwrap_or("");
            if matches(id, &format!("{text} {notes}")) {
                hits.push(Hit { id: id.clone(), text: text.clone() });
            }
        }
    }
    hits
}
