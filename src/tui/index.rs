//! What the wizard reads on every keystroke, worked out once per plan change: with 100,000 own
//! actions in a goal, scanning them on every key made each key cost seconds.

use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, Mutex, PoisonError};

use crate::content::Content;
use crate::plan::patch::Patch;
use crate::plan::{Decision, Plan};

/// Own goals and actions by id, own actions per goal, and the share of actions decided.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct PlanIndex {
    /// Share of checklist actions decided (included or not), 0.0 to 1.0.
    pub progress: f64,
    /// The actions counted (an action under a goal counted twice counts twice) and those decided.
    counted: usize,
    decided: usize,
    /// How many times each goal is counted (an own goal under a content goal's id: twice).
    goal_seen: HashMap<String, usize>,
    /// Indices into `plan.custom_actions` of every own action, per action id.
    own_action_at: HashMap<String, Vec<usize>>,
    /// Indices into `plan.custom_actions`, per goal id, in plan order.
    own_actions: HashMap<String, Vec<usize>>,
    /// Index into `plan.custom_goals` or `plan.custom_actions` of each own item; the first
    /// holder of an id wins, as `Plan::item_kind` and `plan::item_text` do.
    own_goals: HashMap<String, usize>,
    own_action_ids: HashMap<String, usize>,
    /// Per goal: (decided, included, all) of its content and own actions.
    goal_counts: HashMap<String, (usize, usize, usize)>,
}

impl PlanIndex {
    pub fn new(plan: &Plan, content: &Content) -> PlanIndex {
        let mut index = PlanIndex::default();
        for (i, goal) in plan.custom_goals.iter().enumerate() {
            index.own_goals.entry(goal.id.clone()).or_insert(i);
        }
        for (i, action) in plan.custom_actions.iter().enumerate() {
            index.own_actions.entry(action.goal.clone()).or_default().push(i);
            index.own_action_ids.entry(action.id.clone()).or_insert(i);
            index.own_action_at.entry(action.id.clone()).or_default().push(i);
        }
        index.count_decided(plan, content);
        index
    }

    /// Brings the index over an edit of a few decisions: `undo` is the edit's inverse (what it
    /// touched, as it was). Only those decisions are counted again, so a decision costs the same
    /// in a plan of 20,000 actions as in one of 200. `false` (the index left as it was) when
    /// the edit changed the own goals or actions (they shape the whole index): build it anew.
    pub fn carry(&mut self, undo: &Patch, plan: &Plan, content: &Content) -> bool {
        let before = undo.parts();
        if before.custom_goals != plan.custom_goals || before.custom_actions != plan.custom_actions
        {
            return false;
        }
        let index = self;
        for id in undo.decision_ids() {
            let (was, now) = (before.items.get(id), plan.items.get(id));
            let decided = flag(now, Decision::is_decided) - flag(was, Decision::is_decided);
            let included = flag(now, Decision::is_included) - flag(was, Decision::is_included);
            if decided != 0 || included != 0 {
                index.recount(plan, content, id, decided, included);
            }
        }
        index.progress = index.share();
        true
    }

    /// Moves the counts of every goal `id` is counted under by `decided` and `included`.
    fn recount(
        &mut self,
        plan: &Plan,
        content: &Content,
        id: &str,
        decided: isize,
        included: isize,
    ) {
        let content_goal = content.action(id).map(|(g, _)| g.id.as_str());
        let own = self.own_action_at.get(id).into_iter().flatten();
        let goals: Vec<&str> = content_goal
            .into_iter()
            .chain(own.filter_map(|&i| Some(&*plan.custom_actions.get(i)?.goal)))
            .collect();
        for goal in goals {
            let Some(&seen) = self.goal_seen.get(goal) else { continue };
            if let Some(counts) = self.goal_counts.get_mut(goal) {
                counts.0 = counts.0.saturating_add_signed(decided);
                counts.1 = counts.1.saturating_add_signed(included);
            }
            self.decided = self.decided.saturating_add_signed(decided * seen as isize);
        }
    }

    fn share(&self) -> f64 {
        if self.counted == 0 { 0.0 } else { self.decided as f64 / self.counted as f64 }
    }

    /// The same figure as `Plan::progress`, without rescanning the own actions per goal; counts
    /// the included actions of each goal on the way.
    fn count_decided(&mut self, plan: &Plan, content: &Content) {
        let (mut total, mut done) = (0usize, 0usize);
        for area in &content.areas {
            let own_goals = plan.custom_goals.iter().filter(|g| g.area == area.id);
            for goal in area.goals.iter().map(|g| g.id.as_str()).chain(own_goals.map(|g| &*g.id)) {
                let content_actions = content.goal(goal).into_iter().flat_map(|g| &g.actions);
                let ids = content_actions.map(|a| a.id.as_str());
                let ids = ids.chain(self.own_actions_of(plan, goal).map(|a| a.id.as_str()));
                let (mut decided, mut included, mut all) = (0, 0, 0);
                for d in ids.map(|id| plan.decision(id)) {
                    all += 1;
                    decided += usize::from(d.is_some_and(Decision::is_decided));
                    included += usize::from(d.is_some_and(Decision::is_included));
                }
                (total, done) = (total + all, done + decided);
                self.goal_counts.insert(goal.to_string(), (decided, included, all));
                *self.goal_seen.entry(goal.to_string()).or_default() += 1;
            }
        }
        (self.counted, self.decided) = (total, done);
        self.progress = self.share();
    }

    /// How many of a goal's actions (content and own) are decided and included, of how many.
    pub fn goal_counts(&self, goal: &str) -> (usize, usize, usize) {
        self.goal_counts.get(goal).copied().unwrap_or_default()
    }

    /// The own actions under a goal, in plan order.
    pub fn own_actions_of<'a>(
        &'a self,
        plan: &'a Plan,
        goal: &str,
    ) -> impl Iterator<Item = &'a crate::plan::CustomAction> {
        let at = self.own_actions.get(goal).map(Vec::as_slice).unwrap_or_default();
        at.iter().filter_map(|&i| plan.custom_actions.get(i))
    }

    /// The wording of a content or own item, as `plan::item_text` gives it.
    pub fn item_text(&self, plan: &Plan, content: &Content, id: &str) -> String {
        if content.has_item(id) {
            return crate::plan::item_text(plan, content, id);
        }
        let goal = self.own_goals.get(id).and_then(|&i| plan.custom_goals.get(i));
        let action = || self.own_action_ids.get(id).and_then(|&i| plan.custom_actions.get(i));
        goal.map(|g| g.title.clone())
            .or_else(|| action().map(|a| a.text.clone()))
            .unwrap_or_default()
    }

    /// The goal an own action is under.
    pub fn goal_of_own_action(&self, plan: &Plan, id: &str) -> Option<String> {
        self.own_action_ids
            .get(id)
            .and_then(|&i| plan.custom_actions.get(i))
            .map(|a| a.goal.clone())
    }

    /// Whether an id names an action (content or own), as `Plan::item_kind` decides.
    pub fn is_action(&self, content: &Content, id: &str) -> bool {
        match content.item(id) {
            Some(r) => r.action.is_some(),
            None => !self.own_goals.contains_key(id) && self.own_action_ids.contains_key(id),
        }
    }
}

/// 1 when the decision is there and `is` holds, else 0.
fn flag(decision: Option<&Decision>, is: fn(&Decision) -> bool) -> isize {
    isize::from(decision.is_some_and(is))
}

/// What a cached value was worked out from. The revision moves with every change the wizard
/// makes; the counts catch a plan edited in place (tests, the app replacing a plan).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlanKey {
    revision: u64,
    plan_at: usize,
    items: usize,
    custom_goals: usize,
    custom_actions: usize,
    /// Reports across all periods, and closed periods (a report entered in place).
    reports: usize,
    closed: usize,
}

impl PlanKey {
    pub fn of(plan: &Plan, revision: u64) -> PlanKey {
        PlanKey {
            revision,
            plan_at: std::ptr::from_ref(plan) as usize,
            items: plan.items.len(),
            custom_goals: plan.custom_goals.len(),
            custom_actions: plan.custom_actions.len(),
            reports: plan.periods.iter().map(|p| p.reports.len()).sum(),
            closed: plan.periods.iter().filter(|p| p.closed).count(),
        }
    }
}

/// A value computed on first use and kept until its key changes. Cloning gives an empty memo,
/// so a copy of the state never shares a stale value.
pub struct Memo<K, V>(Mutex<Option<(K, Arc<V>)>>);

impl<K: PartialEq + Clone, V> Memo<K, V> {
    /// Moves a value kept under `from` to `to`, changed in place by `carry` (copied first only
    /// while a frame still shares it); nothing kept, or `carry` says `false`: it is worked out
    /// anew on first use.
    pub fn carry(&self, from: &K, to: &K, carry: impl FnOnce(&mut V) -> bool)
    where
        V: Clone,
    {
        let mut slot = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        let kept = slot.take().filter(|(k, _)| k == from);
        *slot = kept.and_then(|(_, mut v)| carry(Arc::make_mut(&mut v)).then(|| (to.clone(), v)));
    }

    pub fn get_or(&self, key: &K, make: impl FnOnce() -> V) -> Arc<V> {
        let mut slot = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some((_, v)) = slot.as_ref().filter(|(k, _)| k == key) {
            return Arc::clone(v);
        }
        let value = Arc::new(make());
        *slot = Some((key.clone(), Arc::clone(&value)));
        value
    }
}

impl<K, V> Default for Memo<K, V> {
    fn default() -> Self {
        Memo(Mutex::new(None))
    }
}

impl<K, V> Clone for Memo<K, V> {
    fn clone(&self) -> Self {
        Memo::default()
    }
}

impl<K, V> std::fmt::Debug for Memo<K, V> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Memo")
    }
}

/// A row of an area step's list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Row {
    Goal(String),
    Action(String),
}

impl Row {
    pub fn id(&self) -> &str {
        match self {
            Row::Goal(id) | Row::Action(id) => id,
        }
    }
}

/// The rows of an area's list, shared between the update and the frame that follows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rows(pub Arc<Vec<Row>>);

impl std::ops::Deref for Rows {
    type Target = [Row];

    fn deref(&self) -> &[Row] {
        &self.0
    }
}

impl IntoIterator for Rows {
    type Item = Row;
    type IntoIter = std::vec::IntoIter<Row>;

    fn into_iter(self) -> Self::IntoIter {
        Arc::unwrap_or_clone(self.0).into_iter()
    }
}

/// The key of an area's rows: the plan they came from, the area and which goals are open.
pub type RowsKey = (PlanKey, usize, BTreeSet<String>);

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::plan::patch::Touches;
    use crate::plan::{CustomAction, CustomGoal, Inclusion, demo_plan};

    /// The demo plan with own items that are counted in odd ways: an own goal under a content
    /// goal's id, an own action under a content action's id, one action id used twice.
    fn odd_plan(content: &Content) -> Plan {
        let mut plan = demo_plan(content);
        let area = content.areas[0].id.clone();
        let (goal, action) = (content.areas[0].goals[0].id.clone(), "P1.1".to_string());
        plan.custom_goals.push(CustomGoal {
            id: goal.clone(),
            area,
            title: "Twin".into(),
            guidance: String::new(),
        });
        for (id, under) in [("X1", &goal), ("X1", &goal), (action.as_str(), &goal)] {
            let text = "Own".to_string();
            plan.custom_actions.push(CustomAction { id: id.into(), goal: under.clone(), text });
        }
        plan
    }

    /// Ids an edit may touch: checklist actions, goals, own actions, and one nobody knows.
    fn ids(content: &Content) -> Vec<String> {
        let mut ids: Vec<String> = content.actions().map(|(_, _, a)| a.id.clone()).collect();
        ids.extend(["X1", "P1", "P2", "Z9.9"].map(String::from));
        ids
    }

    const CHOICES: [Option<Inclusion>; 4] =
        [None, Some(Inclusion::Open), Some(Inclusion::Included), Some(Inclusion::Excluded)];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        /// After any series of edits of decisions (one at a time, or several at once as a
        /// plan-wide edit does), the carried index equals one built anew.
        #[test]
        fn a_carried_index_equals_one_built_anew(
            edits in prop::collection::vec(
                (prop::collection::vec((0usize..10_000, 0usize..4), 1..4), any::<bool>()),
                1..12,
            )
        ) {
            let content = Content::embedded();
            let ids = ids(&content);
            let mut plan = odd_plan(&content);
            let mut index = PlanIndex::new(&plan, &content);
            for (decisions, wide) in edits {
                let touched: Vec<String> =
                    decisions.iter().map(|(i, _)| ids[i % ids.len()].clone()).collect();
                let touches =
                    if wide { Touches::AnyDecision } else { Touches::Decisions(touched.clone()) };
                let undo = Patch::record(&plan, &touches);
                for (id, (_, choice)) in touched.iter().zip(&decisions) {
                    match CHOICES[*choice] {
                        None => drop(plan.items.remove(id)),
                        Some(inclusion) => plan.items.entry(id.clone()).or_default().inclusion = inclusion,
                    }
                }
                let undo = if wide { undo.narrow(&plan) } else { undo };
                prop_assert!(index.carry(&undo, &plan, &content), "no own item changed");
                prop_assert_eq!(&index, &PlanIndex::new(&plan, &content));
            }
        }
    }

    #[test]
    fn an_edit_of_own_actions_builds_the_index_anew() {
        let content = Content::embedded();
        let mut plan = odd_plan(&content);
        let mut index = PlanIndex::new(&plan, &content);
        let undo = Patch::record(&plan, &Touches::NoDecision);
        plan.custom_actions.pop();
        assert!(!index.carry(&undo, &plan, &content));
    }
}
