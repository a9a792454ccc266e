//! Follow mode as the wizard shows it: whose session it follows, when the last change arrived,
//! the rows that change touched (marked by a symbol and the word "changed", never by colour
//! alone), why it stopped updating, and whether it jumps with the facilitator. Pure data and
//! selectors; the app loop watches the files (`tui::app`), `update::follow` changes this state.

use std::collections::BTreeSet;

use super::action::Action;
use super::keymap::{self, Mode};
use super::state::State;
use crate::content::Content;
use crate::plan::Plan;

/// The mark for the row of `id`, if the last update changed it: a symbol and a word, readable
/// without colour (`* changed `).
pub fn row_mark(state: &State, id: &str) -> Option<String> {
    state.follow.as_ref().filter(|f| f.changed.contains(id))?;
    Some(format!("{} ", crate::fl!("follow-changed-mark")))
}

/// The goals and actions a change touched, read from its `napwiz diff` lines (`P1.2 priority:
/// ...`, `own action X1 under P1: ...`); a goal is marked with its changed actions.
pub fn changed_items(lines: &[String], plan: &Plan, content: &Content) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for line in lines {
        let key = line.split(": ").next().unwrap_or_default();
        let words: Vec<&str> = key.split(' ').collect();
        let id = match words.as_slice() {
            ["own", "action" | "goal", id, ..] => *id,
            [id, ..] => *id,
            [] => continue,
        };
        if let Some(goal) = goal_of(plan, content, id) {
            ids.insert(goal);
            ids.insert(id.to_string());
        }
    }
    ids
}

/// The goal of an item (itself for a goal), if `id` is a goal or action of the plan.
fn goal_of(plan: &Plan, content: &Content, id: &str) -> Option<String> {
    if let Some((goal, _)) = content.action(id) {
        return Some(goal.id.clone());
    }
    if content.goal(id).is_some() || plan.custom_goals.iter().any(|g| g.id == id) {
        return Some(id.to_string());
    }
    plan.custom_actions.iter().find(|a| a.id == id).map(|a| a.goal.clone())
}

/// The status line of a follower: whom it follows, when the last change came and what it was,
/// or why it stopped updating; keys from the key map. The bool says it is a warning.
pub fn status(state: &State) -> Option<(String, bool)> {
    let follow = state.follow.as_ref()?;
    let key = |action: Action| keymap::key_for(Mode::AreaList, &action).unwrap_or_default();
    let take_over = key(Action::TakeOverWriting);
    let who = match (&follow.holder, &follow.writer_left) {
        (Some(h), _) => {
            crate::fl!("follow-who-writer", user = h.user.clone(), host = h.host.clone())
        }
        (None, Some(left)) => crate::fl!(
            "follow-who-left",
            user = left.user.clone(),
            host = left.host.clone(),
            key = take_over
        ),
        (None, None) => crate::fl!("follow-who-nobody", key = take_over),
    };
    let who = if follow.polling { crate::fl!("follow-who-polling", who = who) } else { who };
    let facilitator = key(Action::FollowFacilitator);
    let tail = if follow.facilitator {
        crate::fl!("follow-tail-on", key = facilitator)
    } else {
        crate::fl!("follow-tail-off", key = facilitator)
    };
    if let Some(why) = &follow.problem {
        return Some((
            crate::fl!("follow-problem", why = why.clone(), who = who, tail = tail),
            true,
        ));
    }
    let last = match (&follow.last_change, follow.changes.as_slice()) {
        (Some(at), [one]) => crate::fl!("follow-last-one", at = at.clone(), change = one.clone()),
        (Some(at), [first, rest @ ..]) => crate::fl!(
            "follow-last-more",
            at = at.clone(),
            change = first.clone(),
            more = rest.len()
        ),
        _ => String::new(),
    };
    Some((crate::fl!("follow-status", who = who, last = last, tail = tail), false))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::demo_plan;

    #[test]
    fn a_changed_action_marks_its_goal_too_and_other_lines_mark_nothing() {
        let content = Content::embedded();
        let plan = demo_plan(&content);
        let lines = vec![
            "P1.2 priority: high -> medium".to_string(),
            "title: A -> B".to_string(),
            "roster GOV: Government -> -".to_string(),
        ];
        let ids = changed_items(&lines, &plan, &content);
        assert_eq!(ids, BTreeSet::from(["P1".to_string(), "P1.2".to_string()]));
    }
}
