//! Undo and save without copying the plan: a patch holds the parts of a plan an edit may change,
//! the decisions it touches (by id) and the plan's other, small parts. Recorded before an edit
//! it undoes it; recorded after, it carries the edit to the copy the save writes. Applying a
//! patch returns the patch that undoes that (redo), so undo and redo are one operation.

use std::collections::BTreeSet;

use super::Plan;
use crate::content::Content;

/// Why an edit left the plan as it was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refused {
    /// The edit itself failed (a value that cannot be taken).
    Failed(String),
    /// A breakout part may not make it (outside its area, or shared with the other parts).
    OutsidePart(String),
}

/// Runs an edit that may change the parts of `plan` it `touches`, as every front end does: an
/// edit that fails, or that a breakout part may not make, leaves the plan as it was. Returns the
/// patch that undoes it; no copy of the plan is made (debug builds check that undoing restores
/// the plan exactly, so an edit never changes a decision it did not declare). `label` names
/// the edit in that check.
pub fn edit(
    plan: &mut Plan,
    content: &Content,
    (label, touches): (&str, Touches),
    f: impl FnOnce(&mut Plan, &Content) -> Result<(), String>,
) -> Result<Patch, Refused> {
    let inverse = Patch::record(plan, &touches);
    #[cfg(debug_assertions)]
    let whole = plan.clone();
    let result = f(plan, content);
    let inverse = if touches == Touches::AnyDecision { inverse.narrow(plan) } else { inverse };
    #[cfg(debug_assertions)]
    {
        let mut undone = plan.clone();
        inverse.clone().apply(&mut undone);
        assert!(undone == whole, "an edit ({label}) changed decisions beyond {touches:?}");
    }
    let _ = label;
    if let Err(why) = result {
        inverse.apply(plan);
        return Err(Refused::Failed(why));
    }
    let refusal = super::part::refusal_among(
        inverse.parts(),
        plan,
        content,
        inverse.decision_ids(),
        inverse.reports_differ(plan),
    );
    if let Some(why) = refusal {
        inverse.apply(plan);
        return Err(Refused::OutsidePart(why));
    }
    Ok(inverse)
}

/// Which parts of the plan an edit may change. The small parts (setup, roster, monitoring set-up,
/// own goals and actions, conflicts) are always recorded; decisions and the reports of the
/// reporting periods (both grow with the checklist) only when the edit may change them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Touches {
    /// No decision; the reports maybe.
    NoDecision,
    /// These decisions (an item's own edit and what it pre-fills in it); never the reports.
    Decisions(Vec<String>),
    /// Any decision (rare, plan-wide edits such as resolving a merge conflict): the decisions are
    /// copied before the edit, and only those that changed are kept.
    AnyDecision,
    /// One action's report in one period (its status or a field of it): no decision, no other
    /// report, so a Monitor key does not copy every report of a big plan.
    Report { period: String, action: String },
}

impl Touches {
    /// What an edit of `field` may change: its decision, its report, or neither.
    pub fn field(field: &super::fields::Field) -> Touches {
        use super::fields::Field;
        match field {
            Field::Item(id, _) => Touches::Decisions(vec![id.clone()]),
            Field::Report(period, action, _) => {
                Touches::Report { period: period.clone(), action: action.clone() }
            }
            _ => Touches::NoDecision,
        }
    }
}

/// A report by where it is: (period id, action id).
pub type ReportKey = (String, String);

/// Parts of a plan with their values: applied to a plan, it puts those values in.
#[derive(Debug, Clone, PartialEq)]
pub struct Patch {
    /// The plan without its decisions, and with the decisions of `items`.
    before: Plan,
    /// Ids of the decisions the patch sets, with `before.items` holding each one's value
    /// (absent there: no decision).
    items: BTreeSet<String>,
    /// Whether the patch sets the reporting periods whole (`before.periods`).
    periods: bool,
    /// Else the reports it sets one by one: `before.periods` holds each of their periods without
    /// its other reports (a report absent there: none).
    reports: BTreeSet<ReportKey>,
}

impl Patch {
    /// Records what an edit that `touches` may change, before it runs.
    pub fn record(plan: &Plan, touches: &Touches) -> Patch {
        let periods = matches!(touches, Touches::NoDecision | Touches::AnyDecision);
        let mut before = without_decisions(plan, periods);
        let (items, reports): (BTreeSet<String>, BTreeSet<ReportKey>) = match touches {
            Touches::NoDecision => Default::default(),
            Touches::Decisions(ids) => (ids.iter().cloned().collect(), BTreeSet::new()),
            Touches::Report { period, action } => {
                (BTreeSet::new(), BTreeSet::from([(period.clone(), action.clone())]))
            }
            Touches::AnyDecision => {
                before.items = plan.items.clone();
                let items = plan.items.keys().cloned().collect();
                return Patch { items, before, periods, reports: BTreeSet::new() };
            }
        };
        Self::with_decisions(plan, before, items, periods, reports)
    }

    /// The same parts as `like` holds, as they are in `plan` now (after the edit `like` undoes):
    /// what carries the edit to another copy of the plan.
    pub fn record_like(plan: &Plan, like: &Patch) -> Patch {
        let before = without_decisions(plan, like.periods);
        Self::with_decisions(plan, before, like.items.clone(), like.periods, like.reports.clone())
    }

    /// The parts of `plan` a series of changes touched (the decisions `items`, the small parts,
    /// the reports whole when `periods`, else the reports `reports`): what carries them all to
    /// another copy at once (a journal record, `store`).
    pub fn record_parts(
        plan: &Plan,
        items: BTreeSet<String>,
        periods: bool,
        reports: BTreeSet<ReportKey>,
    ) -> Patch {
        let reports = if periods { BTreeSet::new() } else { reports };
        Self::with_decisions(plan, without_decisions(plan, periods), items, periods, reports)
    }

    /// A patch read back from its parts, as [`Patch::record_parts`] made it: `parts.items` holds
    /// the value of each of `items` (absent: no decision), `parts.periods` the periods whole
    /// when `periods`, else the periods of `reports` with those reports only.
    pub fn from_parts(
        parts: Plan,
        items: BTreeSet<String>,
        periods: bool,
        reports: BTreeSet<ReportKey>,
    ) -> Patch {
        let mut before = parts;
        before.items.retain(|id, _| items.contains(id));
        let reports = if periods { BTreeSet::new() } else { reports };
        if !periods {
            before.periods.retain(|p| reports.iter().any(|(at, _)| *at == p.id));
            for period in &mut before.periods {
                period.reports.retain(|a, _| reports.contains(&(period.id.clone(), a.clone())));
            }
        }
        Patch { before, items, periods, reports }
    }

    fn with_decisions(
        plan: &Plan,
        mut before: Plan,
        items: BTreeSet<String>,
        periods: bool,
        reports: BTreeSet<ReportKey>,
    ) -> Patch {
        for id in &items {
            if let Some(d) = plan.items.get(id) {
                before.items.insert(id.clone(), d.clone());
            }
        }
        for (period, action) in &reports {
            let Some(whole) = plan.period(period) else { continue };
            let at = match before.periods.iter().position(|p| p.id == *period) {
                Some(at) => at,
                None => {
                    before.periods.push(whole.without_reports());
                    before.periods.len() - 1
                }
            };
            if let Some(report) = whole.report(action) {
                before.periods[at].reports.insert(action.clone(), report.clone());
            }
        }
        Patch { before, items, periods, reports }
    }

    /// Whether the patch holds reports: the periods whole, or some reports one by one.
    pub fn holds_reports(&self) -> bool {
        self.periods || !self.reports.is_empty()
    }

    /// Whether the patch holds the reporting periods whole (else `parts().periods` holds only
    /// the periods of [`Patch::report_keys`], with those reports).
    pub fn holds_all_reports(&self) -> bool {
        self.periods
    }

    /// The reports the patch sets one by one.
    pub fn report_keys(&self) -> &BTreeSet<ReportKey> {
        &self.reports
    }

    /// Whether applying the patch would change the reports of `after`.
    pub fn reports_differ(&self, after: &Plan) -> bool {
        if self.periods {
            return self.before.periods != after.periods;
        }
        self.reports.iter().any(|(p, a)| self.before.report(p, a) != after.report(p, a))
    }

    /// After an edit recorded with [`Touches::AnyDecision`]: keeps only the decisions it changed
    /// (new ones included), so the undo history holds no copy of the whole plan.
    pub fn narrow(mut self, after: &Plan) -> Patch {
        let added = after.items.keys().filter(|id| !self.before.items.contains_key(*id));
        let mut changed: BTreeSet<String> = added.cloned().collect();
        let before = std::mem::take(&mut self.before.items);
        for (id, d) in before {
            if after.items.get(&id) != Some(&d) {
                changed.insert(id.clone());
                self.before.items.insert(id, d);
            }
        }
        self.items = changed;
        self
    }

    /// The plan as the patch holds it: its decisions are only those of [`Patch::decision_ids`].
    pub fn parts(&self) -> &Plan {
        &self.before
    }

    /// The parts to change before applying the patch (text typed but not yet entered); a
    /// decision outside [`Patch::decision_ids`] is not carried.
    pub fn parts_mut(&mut self) -> &mut Plan {
        &mut self.before
    }

    /// The decisions the patch sets.
    pub fn decision_ids(&self) -> impl Iterator<Item = &String> {
        self.items.iter()
    }

    /// Whether applying the patch would leave `after` as it is (an edit that changed nothing).
    pub fn is_noop(&self, after: &Plan) -> bool {
        let same_decisions =
            self.items.iter().all(|id| self.before.items.get(id) == after.items.get(id));
        same_decisions && !self.reports_differ(after) && same_outside_decisions(&self.before, after)
    }

    /// Puts the patch's values into the plan; returns the patch that undoes that (the redo of
    /// an undo).
    pub fn apply(mut self, plan: &mut Plan) -> Patch {
        swap_outside_decisions(&mut self.before, plan);
        if self.periods {
            std::mem::swap(&mut self.before.periods, &mut plan.periods);
        }
        for (period, action) in &self.reports {
            let (Some(held), Some(into)) =
                (self.before.period_mut(period), plan.period_mut(period))
            else {
                continue;
            };
            let now = match held.reports.remove(action) {
                Some(report) => into.reports.insert(action.clone(), report),
                None => into.reports.remove(action),
            };
            if let Some(now) = now {
                held.reports.insert(action.clone(), now);
            }
        }
        for id in &self.items {
            let old = self.before.items.remove(id);
            let now = match old {
                Some(d) => plan.items.insert(id.clone(), d),
                None => plan.items.remove(id),
            };
            if let Some(now) = now {
                self.before.items.insert(id.clone(), now);
            }
        }
        self
    }
}

/// The plan without its decisions (and without its reports unless `with_reports`): the cheap part to
/// copy whole.
fn without_decisions(plan: &Plan, with_reports: bool) -> Plan {
    // Destructured so that a new field of the plan cannot be forgotten here.
    let Plan {
        format,
        version,
        id,
        meta,
        roster,
        items: _,
        custom_goals,
        custom_actions,
        monitoring,
        periods,
        previous,
        part,
        conflicts,
    } = plan;
    Plan {
        format: format.clone(),
        version: *version,
        id: id.clone(),
        meta: meta.clone(),
        roster: roster.clone(),
        items: Default::default(),
        custom_goals: custom_goals.clone(),
        custom_actions: custom_actions.clone(),
        monitoring: monitoring.clone(),
        periods: if with_reports { periods.clone() } else { vec![] },
        previous: previous.clone(),
        part: part.clone(),
        conflicts: conflicts.clone(),
    }
}

fn same_outside_decisions(a: &Plan, b: &Plan) -> bool {
    let Plan {
        format,
        version,
        id,
        meta,
        roster,
        items: _,
        custom_goals,
        custom_actions,
        monitoring,
        periods: _,
        previous,
        part,
        conflicts,
    } = a;
    *format == b.format
        && *version == b.version
        && *id == b.id
        && *meta == b.meta
        && *roster == b.roster
        && *custom_goals == b.custom_goals
        && *custom_actions == b.custom_actions
        && *monitoring == b.monitoring
        && *previous == b.previous
        && *part == b.part
        && *conflicts == b.conflicts
}

fn swap_outside_decisions(a: &mut Plan, b: &mut Plan) {
    let Plan {
        format,
        version,
        id,
        meta,
        roster,
        items: _,
        custom_goals,
        custom_actions,
        monitoring,
        periods: _,
        previous,
        part,
        conflicts,
    } = a;
    std::mem::swap(format, &mut b.format);
    std::mem::swap(version, &mut b.version);
    std::mem::swap(id, &mut b.id);
    std::mem::swap(meta, &mut b.meta);
    std::mem::swap(roster, &mut b.roster);
    std::mem::swap(custom_goals, &mut b.custom_goals);
    std::mem::swap(custom_actions, &mut b.custom_actions);
    std::mem::swap(monitoring, &mut b.monitoring);
    std::mem::swap(previous, &mut b.previous);
    std::mem::swap(part, &mut b.part);
    std::mem::swap(conflicts, &mut b.conflicts);
}

/// A decision as the inverse holds it, for tests.
#[cfg(test)]
fn held<'a>(inverse: &'a Patch, id: &str) -> Option<&'a super::Decision> {
    inverse.before.items.get(id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Content;
    use crate::plan::Decision;
    use crate::plan::edit::{cycle, set_inclusion};
    use crate::plan::fields::{Field, ItemField};
    use crate::plan::{Inclusion, demo_plan};

    fn undo_then_redo(plan: &mut Plan, touches: Touches, edit: impl FnOnce(&mut Plan)) {
        let before = plan.clone();
        let inverse = Patch::record(plan, &touches);
        edit(plan);
        let after = plan.clone();
        let inverse = if touches == Touches::AnyDecision { inverse.narrow(plan) } else { inverse };
        assert!(!inverse.is_noop(plan), "the edit changed the plan");
        let redo = inverse.apply(plan);
        assert_eq!(*plan, before, "undo gives back the plan before the edit");
        let undo = redo.apply(plan);
        assert_eq!(*plan, after, "redo gives back the plan after the edit");
        undo.apply(plan);
        assert_eq!(*plan, before, "undo again after redo");
    }

    fn first_open_action(plan: &Plan, content: &Content) -> String {
        let open = |id: &String| plan.decision(id).is_none_or(|d| d.inclusion == Inclusion::Open);
        content.actions().map(|(_, _, a)| a.id.clone()).find(open).expect("an open action")
    }

    fn new_plan(content: &Content) -> Plan {
        Plan::new("Test", "", crate::plan::Period { first: 2027, last: 2030 }, content)
    }

    #[test]
    fn undoes_and_redoes_an_inclusion_that_creates_a_decision() {
        let content = Content::embedded();
        let mut plan = new_plan(&content);
        let id = first_open_action(&plan, &content);
        let touches = Touches::Decisions(vec![id.clone()]);
        undo_then_redo(&mut plan, touches, |p| {
            set_inclusion(p, &content, &id, Inclusion::Included)
        });
    }

    #[test]
    fn undoes_and_redoes_a_change_to_an_existing_decision() {
        let content = Content::embedded();
        let mut plan = demo_plan(&content);
        let id = plan.items.keys().next().unwrap().clone();
        let field = Field::Item(id.clone(), ItemField::Priority);
        let touches = Touches::Decisions(vec![id.clone()]);
        undo_then_redo(&mut plan, touches, |p| assert!(cycle(p, &content, &field, true)));
    }

    #[test]
    fn undoes_and_redoes_a_removed_decision() {
        let content = Content::embedded();
        let mut plan = demo_plan(&content);
        let id = plan.items.keys().next().unwrap().clone();
        let touches = Touches::Decisions(vec![id.clone()]);
        undo_then_redo(&mut plan, touches, |p| {
            p.items.remove(&id);
        });
    }

    #[test]
    fn undoes_and_redoes_an_edit_outside_the_decisions() {
        let content = Content::embedded();
        let mut plan = demo_plan(&content);
        assert!(!plan.periods.is_empty(), "the demo reports on its actions");
        undo_then_redo(&mut plan, Touches::NoDecision, |p| {
            p.periods[0].reports.clear();
            p.meta.title = "Renamed".into();
            p.roster.institutions.pop();
            p.custom_goals.clear();
        });
    }

    #[test]
    fn a_plan_wide_edit_keeps_only_the_decisions_it_changed() {
        let content = Content::embedded();
        let mut plan = demo_plan(&content);
        let ids: Vec<String> = plan.items.keys().take(2).cloned().collect();
        let new = "P9.9".to_string();
        let inverse = Patch::record(&plan, &Touches::AnyDecision);
        plan.items.get_mut(&ids[0]).unwrap().notes = "changed".into();
        plan.items.remove(&ids[1]);
        plan.items.insert(new.clone(), Decision { notes: "new".into(), ..Decision::default() });
        let inverse = inverse.narrow(&plan);
        let kept: Vec<&String> = inverse.decision_ids().collect();
        let mut expected = vec![&ids[0], &ids[1], &new];
        expected.sort();
        assert_eq!(kept, expected);
        assert!(held(&inverse, &new).is_none(), "the new decision was absent before");
        assert_eq!(inverse.parts().items.len(), 2);
        let mut again = demo_plan(&content);
        undo_then_redo(&mut again, Touches::AnyDecision, |p| {
            p.items.get_mut(&ids[0]).unwrap().notes = "changed".into();
            p.items.remove(&ids[1]);
        });
    }

    #[test]
    fn a_patch_of_decisions_leaves_the_reports_out_and_untouched() {
        let content = Content::embedded();
        let mut plan = demo_plan(&content);
        let id = plan.items.keys().next().unwrap().clone();
        let patch = Patch::record(&plan, &Touches::Decisions(vec![id]));
        assert!(patch.parts().periods.is_empty() && !patch.holds_reports());
        let before = plan.clone();
        let carried = Patch::record_like(&plan, &patch);
        assert!(carried.parts().periods.is_empty());
        patch.apply(&mut plan);
        assert_eq!(plan.periods, before.periods, "the reports stay as they were");
    }

    #[test]
    fn an_edit_that_changes_nothing_is_a_noop() {
        let content = Content::embedded();
        let plan = demo_plan(&content);
        let id = plan.items.keys().next().unwrap().clone();
        let inverse = Patch::record(&plan, &Touches::Decisions(vec![id]));
        assert!(inverse.is_noop(&plan));
        let mut renamed = plan.clone();
        renamed.meta.title = "Renamed".into();
        assert!(!Patch::record(&plan, &Touches::NoDecision).is_noop(&renamed));
    }

    /// The demo's open period, one action with a report in it and one without.
    fn reported_and_not(plan: &Plan, content: &Content) -> (String, String, String) {
        let period = plan.periods.iter().find(|p| !p.closed).expect("an open period");
        let included = plan.included_actions(content);
        let with = included.iter().find(|a| period.report(a).is_some()).expect("a report");
        let without = included.iter().find(|a| period.report(a).is_none()).expect("none yet");
        (period.id.clone(), with.to_string(), without.to_string())
    }

    #[test]
    fn a_report_change_holds_that_report_alone_and_undoes_and_redoes() {
        use crate::plan::monitor::{Status, form::set_status};
        let content = Content::embedded();
        let mut plan = demo_plan(&content);
        let (period, with, without) = reported_and_not(&plan, &content);
        for action in [with, without] {
            let touches = Touches::Report { period: period.clone(), action: action.clone() };
            let patch = Patch::record(&plan, &touches);
            let held: usize = patch.parts().periods.iter().map(|p| p.reports.len()).sum();
            assert!(held <= 1 && patch.parts().periods.len() == 1, "{action}: {held} reports held");
            assert!(patch.holds_reports() && !patch.holds_all_reports());
            undo_then_redo(&mut plan, touches, |plan| {
                set_status(plan, &period, &action, Status::Delayed).unwrap();
            });
        }
    }

    #[test]
    fn a_report_change_carried_to_another_copy_and_read_back_gives_the_same_plan() {
        use crate::plan::monitor::{Status, form::set_status};
        let content = Content::embedded();
        let mut plan = demo_plan(&content);
        let copy = plan.clone();
        let (period, _, action) = reported_and_not(&plan, &content);
        let touches = Touches::Report { period: period.clone(), action: action.clone() };
        let undo = edit(&mut plan, &content, ("status", touches), |plan, _| {
            set_status(plan, &period, &action, Status::OnTrack)
        })
        .unwrap();
        assert!(!undo.is_noop(&plan) && undo.reports_differ(&plan));
        let keys = BTreeSet::from([(period.clone(), action.clone())]);
        let carried = Patch::record_parts(&plan, BTreeSet::new(), false, keys.clone());
        let read_back = Patch::from_parts(carried.parts().clone(), BTreeSet::new(), false, keys);
        let mut other = copy;
        read_back.apply(&mut other);
        assert_eq!(other, plan, "the other copy has the report, and nothing else changed");
    }

    #[test]
    fn a_breakout_part_refuses_a_change_to_one_report() {
        use crate::plan::monitor::{Status, form::set_status};
        let content = Content::embedded();
        let whole = demo_plan(&content);
        let (period, action, _) = reported_and_not(&whole, &content);
        let area = content.areas[0].id.clone();
        let mut part = crate::plan::merge::split(&whole, &content, &area, "part");
        let before = part.clone();
        let touches = Touches::Report { period: period.clone(), action: action.clone() };
        let result = edit(&mut part, &content, ("status", touches), |plan, _| {
            set_status(plan, &period, &action, Status::Delayed)
        });
        let Err(Refused::OutsidePart(why)) = result else { panic!("not refused: {result:?}") };
        assert!(why.starts_with("Progress reports belong to the whole plan"), "{why}");
        assert_eq!(part, before, "refused: the part is as it was");
    }
}
