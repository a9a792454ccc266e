//! Decisions recorded under ids that a later edition of the content pack merged away: each is
//! moved to the item that is now its home (the pack's aliases), so a plan made with an earlier
//! edition keeps every decision, and the next save shows the move as a plain one-line diff.

use std::collections::BTreeMap;

use super::Plan;
use crate::content::Content;

/// One decision under a merged-away id, and what became of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Moved {
    pub from: String,
    pub to: String,
    /// False when the new home already had a decision of its own: both are kept, for the team to
    /// merge by hand, and the old one stays under its old id.
    pub done: bool,
}

impl Moved {
    pub fn describe(&self) -> String {
        if self.done {
            crate::fl!("moved-done", from = self.from.as_str(), to = self.to.as_str())
        } else {
            crate::fl!("moved-kept", from = self.from.as_str(), to = self.to.as_str())
        }
    }
}

/// Moves every decision recorded under a merged-away id to its new home, and re-parents the
/// team's own actions and any merge conflicts with it. Returns what moved, in id order.
pub fn follow_moves(plan: &mut Plan, content: &Content) -> Vec<Moved> {
    let moves = pending_moves(plan, content);
    for m in moves.iter().filter(|m| m.done) {
        if let Some(decision) = plan.items.remove(&m.from) {
            plan.items.insert(m.to.clone(), decision);
            for conflict in plan.conflicts.iter_mut().filter(|c| c.target == m.from) {
                conflict.target = m.to.clone();
            }
        }
    }
    for action in &mut plan.custom_actions {
        if let Some(to) = content.moved_to(&action.goal) {
            action.goal = to.to_string();
        }
    }
    moves
}

/// What [`follow_moves`] does, without changing the plan (for `napwiz check`): worked out on
/// the plan as it is, not on a copy (a copy of a big plan doubles the memory a check takes).
pub fn pending_moves(plan: &Plan, content: &Content) -> Vec<Moved> {
    // Whether an id is empty once the earlier moves are done: a move fills its new home with
    // the decision it carries and leaves its old id empty.
    let mut empty_after: BTreeMap<&str, bool> = BTreeMap::new();
    let mut moves = vec![];
    for (from, decision) in &plan.items {
        let Some(to) = content.moved_to(from) else { continue };
        let done = empty_after
            .get(to)
            .copied()
            .unwrap_or_else(|| plan.decision(to).is_none_or(|d| d.is_empty()));
        if done {
            empty_after.insert(to, decision.is_empty());
            empty_after.insert(from, true);
        }
        moves.push(Moved { from: from.clone(), to: to.to_string(), done });
    }
    for action in &plan.custom_actions {
        if let Some(to) = content.moved_to(&action.goal) {
            moves.push(Moved { from: action.goal.clone(), to: to.to_string(), done: true });
        }
    }
    moves
}

/// A one-line notice for the user, or `None` when nothing moved.
pub fn notice(moves: &[Moved]) -> Option<String> {
    if moves.is_empty() {
        return None;
    }
    let list: Vec<String> = moves.iter().map(Moved::describe).collect();
    Some(crate::fl!("moved-summary", moves = list.join("; ")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::{Decision, Inclusion, Period, Priority};

    /// The embedded pack with one alias added, so the test does not depend on which ids the
    /// current edition merged.
    fn content_with_alias(from: &str, to: &str) -> Content {
        let mut content = Content::embedded();
        content.meta.aliases.insert(from.into(), to.into());
        content
    }

    fn decided(priority: Priority) -> Decision {
        Decision { inclusion: Inclusion::Included, priority: Some(priority), ..Decision::default() }
    }

    fn plan(content: &Content) -> Plan {
        Plan::new("NAP", "X", Period { first: 2027, last: 2030 }, content)
    }

    #[test]
    fn a_decision_under_a_merged_away_id_moves_to_its_new_home() {
        let content = content_with_alias("Z1.1", "P1.1");
        let mut plan = plan(&content);
        plan.items.insert("Z1.1".into(), decided(Priority::High));
        let moves = follow_moves(&mut plan, &content);
        assert_eq!(moves, vec![Moved { from: "Z1.1".into(), to: "P1.1".into(), done: true }]);
        assert!(plan.decision("Z1.1").is_none());
        assert_eq!(plan.decision("P1.1").unwrap().priority, Some(Priority::High));
        assert_eq!(moves[0].describe(), "decision for Z1.1 now lives at P1.1");
        assert!(follow_moves(&mut plan, &content).is_empty(), "moving twice changes nothing");
    }

    #[test]
    fn a_new_home_with_its_own_decision_keeps_both() {
        let content = content_with_alias("Z1.1", "P1.1");
        let mut plan = plan(&content);
        plan.items.insert("Z1.1".into(), decided(Priority::High));
        plan.items.insert("P1.1".into(), decided(Priority::Low));
        let moves = follow_moves(&mut plan, &content);
        assert!(!moves[0].done);
        assert_eq!(plan.decision("Z1.1").unwrap().priority, Some(Priority::High));
        assert_eq!(plan.decision("P1.1").unwrap().priority, Some(Priority::Low));
        assert!(moves[0].describe().contains("merge them by hand"));
    }

    #[test]
    fn own_actions_under_a_merged_away_goal_follow_it() {
        let content = content_with_alias("Z1", "P1");
        let mut plan = plan(&content);
        plan.custom_actions.push(crate::plan::CustomAction {
            id: "Z1.X1".into(),
            goal: "Z1".into(),
            text: "Our own".into(),
        });
        let moves = follow_moves(&mut plan, &content);
        assert_eq!(plan.custom_actions[0].goal, "P1");
        assert_eq!(moves.len(), 1);
    }

    #[test]
    fn pending_moves_leave_the_plan_as_it_is() {
        let content = content_with_alias("Z1.1", "P1.1");
        let mut plan = plan(&content);
        plan.items.insert("Z1.1".into(), decided(Priority::High));
        let before = plan.clone();
        assert_eq!(pending_moves(&plan, &content).len(), 1);
        assert_eq!(plan, before);
    }

    #[test]
    fn two_old_ids_merged_into_one_move_the_first_and_keep_the_second_as_pending_says() {
        let mut content = content_with_alias("Z1.1", "P1.1");
        content.meta.aliases.insert("Z1.2".into(), "P1.1".into());
        let mut plan = plan(&content);
        plan.items.insert("Z1.1".into(), decided(Priority::High));
        plan.items.insert("Z1.2".into(), decided(Priority::Low));
        let pending = pending_moves(&plan, &content);
        let moved = follow_moves(&mut plan, &content);
        assert_eq!(pending, moved);
        assert_eq!(
            moved,
            vec![
                Moved { from: "Z1.1".into(), to: "P1.1".into(), done: true },
                Moved { from: "Z1.2".into(), to: "P1.1".into(), done: false },
            ]
        );
        assert_eq!(plan.decision("P1.1").unwrap().priority, Some(Priority::High));
        assert_eq!(plan.decision("Z1.2").unwrap().priority, Some(Priority::Low));
    }
}
