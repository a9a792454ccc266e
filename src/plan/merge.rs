//! Merging plans: breakout parts back into the plan (`napwiz merge`) and git's three-way merge
//! (`napwiz merge-driver`). Field by field: a field changed in one place is taken; changed
//! differently in two places it is a conflict, kept in the plan with every choice so the wizard
//! (or `--prefer`) can decide. Notes changed in two places are never dropped: both are kept.
//! Nothing a part changed is dropped silently: a change outside a part's area is a conflict, and
//! every value taken from a side is listed in the outcome so the command can say so.

use std::collections::BTreeMap;

use serde::Serialize;
use serde::de::DeserializeOwned;

use super::{
    Choice, Conflict, CustomAction, CustomGoal, CustomInstitution, Decision, Meta, Monitoring,
    Plan, Timeframe,
};
use crate::content::Content;

/// One of the plans being merged, with the name its values are reported under.
pub struct Side<'a> {
    pub name: String,
    pub plan: &'a Plan,
}

impl<'a> Side<'a> {
    /// A side named after its file; breakout parts say so.
    pub fn new(file_name: &str, plan: &'a Plan) -> Side<'a> {
        let name = if plan.part.is_some() {
            crate::fl!("merge-part", file = file_name)
        } else {
            file_name.to_string()
        };
        Side { name, plan }
    }
}

#[derive(Debug)]
pub struct MergeOutcome {
    pub plan: Plan,
    /// Conflicts that still need a decision (also recorded in `plan.conflicts`).
    pub conflicts: Vec<Conflict>,
    /// Items whose notes were edited in two places; both texts were kept.
    pub notes_kept_both: Vec<String>,
    /// Every value taken from a side because only that side changed it.
    pub taken: Vec<Taken>,
    /// Changes a side made that the merge did not apply, and why (in plain words).
    pub not_applied: Vec<String>,
}

/// A value taken from the side(s) that changed it: `target` is an item id, `meta`,
/// `monitoring` or `roster`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Taken {
    pub target: String,
    pub field: String,
    pub before: String,
    pub after: String,
    pub source: String,
}

impl MergeOutcome {
    pub fn is_clean(&self) -> bool {
        self.conflicts.is_empty()
    }
}

/// The breakout part of `plan` for one area: the shared metadata, roster and monitoring, and
/// only that area's decisions and own items.
pub fn split(plan: &Plan, content: &Content, area: &str, file_name: &str) -> Plan {
    let mut part = plan.clone();
    part.items.retain(|id, _| area_of(plan, content, id).as_deref() == Some(area));
    part.custom_goals.retain(|g| g.area == area);
    part.custom_actions.retain(|a| area_of(plan, content, &a.id).as_deref() == Some(area));
    part.conflicts.clear();
    for period in &mut part.periods {
        period.reports.retain(|id, _| area_of(plan, content, id).as_deref() == Some(area));
    }
    part.part = Some(super::Part { area: area.to_string(), of: file_name.to_string() });
    part
}

/// Merges `sides` that all started from `base`. With `prefer` (a side's name), conflicts take
/// that side's value.
pub fn merge(base: &Plan, sides: &[Side], prefer: Option<&str>, content: &Content) -> MergeOutcome {
    let mut m = Merger {
        base,
        sides,
        prefer,
        content,
        conflicts: vec![],
        notes: vec![],
        taken: vec![],
        not_applied: vec![],
    };
    let (custom_goals, custom_actions, remaps) = m.custom_items();
    let side_items: Vec<BTreeMap<String, Decision>> =
        sides.iter().zip(&remaps).map(|(s, remap)| remap_items(&s.plan.items, remap)).collect();
    let mut plan = base.clone();
    plan.custom_goals = custom_goals;
    plan.custom_actions = custom_actions;
    plan.meta = m.meta();
    plan.monitoring = m.monitoring();
    plan.roster.institutions = m.roster_ids();
    plan.roster.custom = m.custom_institutions();
    plan.items = m.items(&plan, &side_items);
    m.keep_used_institutions(&mut plan);
    m.periods(&mut plan);
    m.report_deleted_custom_items();
    plan.part = None;
    // A conflict still open in a side comes back by itself when its values still differ; one
    // whose field merged cleanly now stays only while nobody chose with --prefer.
    let mut conflicts = m.conflicts;
    if prefer.is_none() {
        for old in sides.iter().flat_map(|s| &s.plan.conflicts) {
            if !conflicts.iter().any(|c| c.target == old.target && c.field == old.field) {
                conflicts.push(old.clone());
            }
        }
    }
    plan.conflicts = conflicts.clone();
    MergeOutcome {
        plan,
        conflicts,
        notes_kept_both: m.notes,
        taken: m.taken,
        not_applied: m.not_applied,
    }
}

struct Merger<'a> {
    base: &'a Plan,
    sides: &'a [Side<'a>],
    prefer: Option<&'a str>,
    content: &'a Content,
    conflicts: Vec<Conflict>,
    notes: Vec<String>,
    taken: Vec<Taken>,
    not_applied: Vec<String>,
}

impl Merger<'_> {
    /// Reporting periods and their reports, from the whole-plan sides (parts cannot change
    /// them).
    fn periods(&mut self, plan: &mut Plan) {
        use super::monitor::three_way::{PeriodsSide, merge_periods};
        let sides: Vec<PeriodsSide> = self
            .sides
            .iter()
            .filter(|s| s.plan.part.is_none())
            .map(|s| PeriodsSide { name: &s.name, periods: &s.plan.periods })
            .collect();
        let merged = merge_periods(&self.base.periods, &sides, self.prefer);
        plan.periods = merged.periods;
        self.conflicts.extend(merged.conflicts);
        self.not_applied.extend(merged.not_applied);
    }
}

fn ron<T: Serialize>(value: &T) -> String {
    ron::to_string(value).expect("plan values serialise")
}

fn from_ron<T: DeserializeOwned>(text: &str) -> Result<T, String> {
    ron::from_str(text)
        .map_err(|e| crate::fl!("merge-bad-value", text = text, error = e.to_string()))
}

impl Merger<'_> {
    /// The merged value of one field: `base` and each side's value (None: not in the side's
    /// scope, so unchanged).
    fn pick(
        &mut self,
        target: &str,
        field: &str,
        base: String,
        values: Vec<Option<String>>,
    ) -> String {
        let mut changed: Vec<(String, Vec<&str>)> = Vec::new();
        for (side, value) in self.sides.iter().zip(values) {
            let Some(value) = value.filter(|v| *v != base) else { continue };
            match changed.iter_mut().find(|(v, _)| *v == value) {
                Some((_, names)) => names.push(&side.name),
                None => changed.push((value, vec![&side.name])),
            }
        }
        match changed.len() {
            0 => base,
            1 => {
                let (value, names) = changed.remove(0);
                self.record_taken(target, field, &base, &value, &names.join(", "));
                value
            }
            _ => {
                let value = self.conflict(target, field, changed.clone());
                if let Some((_, names)) = changed.iter().find(|(v, _)| *v == value) {
                    self.record_taken(target, field, &base, &value, &names.join(", "));
                }
                value
            }
        }
    }

    fn record_taken(&mut self, target: &str, field: &str, before: &str, after: &str, from: &str) {
        self.taken.push(Taken {
            target: target.into(),
            field: field.into(),
            before: before.into(),
            after: after.into(),
            source: from.into(),
        });
    }

    fn conflict(&mut self, target: &str, field: &str, changed: Vec<(String, Vec<&str>)>) -> String {
        if let Some(prefer) = self.prefer
            && let Some((value, _)) =
                changed.iter().find(|(_, names)| names.iter().any(|n| n.ends_with(prefer)))
        {
            return value.clone();
        }
        let choices: Vec<Choice> = changed
            .iter()
            .map(|(value, names)| Choice { source: names.join(", "), value: value.clone() })
            .collect();
        self.conflicts.push(Conflict { target: target.into(), field: field.into(), choices });
        if field == "notes" {
            self.notes.push(target.to_string());
            return joined_notes(&changed);
        }
        changed.into_iter().next().map(|(v, _)| v).unwrap_or_default()
    }

    fn meta(&mut self) -> Meta {
        let mut meta = self.base.meta.clone();
        for field in META_FIELDS {
            let base = meta_field(&self.base.meta, field);
            let values = self.sides.iter().map(|s| Some(meta_field(&s.plan.meta, field))).collect();
            let value = self.pick("meta", field, base, values);
            set_meta_field(&mut meta, field, &value).expect("values come from plans");
        }
        meta
    }

    fn monitoring(&mut self) -> Monitoring {
        let mut monitoring = self.base.monitoring.clone();
        for field in MONITORING_FIELDS {
            let base = monitoring_field(&self.base.monitoring, field);
            let values = self
                .sides
                .iter()
                .map(|s| Some(monitoring_field(&s.plan.monitoring, field)))
                .collect();
            let value = self.pick("monitoring", field, base, values);
            set_monitoring_field(&mut monitoring, field, &value).expect("values come from plans");
        }
        monitoring
    }

    /// Roster picks as a set: what any side added is in, what a side removed is out.
    fn roster_ids(&mut self) -> Vec<String> {
        let (base, sides) = (&self.base.roster.institutions, self.sides);
        let mut ids = Vec::new();
        for id in base {
            let removers: Vec<&str> = sides
                .iter()
                .filter(|s| !s.plan.roster.institutions.contains(id))
                .map(|s| s.name.as_str())
                .collect();
            if removers.is_empty() {
                ids.push(id.clone());
            } else {
                let from = removers.join(", ");
                self.record_taken("roster", "removed", &ron(id), "", &from);
            }
        }
        for side in sides {
            for id in &side.plan.roster.institutions {
                if !base.contains(id) && !ids.contains(id) {
                    ids.push(id.clone());
                    self.record_taken("roster", "added", "", &ron(id), &side.name);
                }
            }
        }
        ids
    }

    /// A side may remove an institution another side still names: it stays on the roster then,
    /// and the outcome says why.
    fn keep_used_institutions(&mut self, plan: &mut Plan) {
        let removed: Vec<Taken> = self
            .taken
            .iter()
            .filter(|t| t.target == "roster" && t.field == "removed")
            .cloned()
            .collect();
        for t in removed {
            let id: String = from_ron(&t.before).unwrap_or_default();
            let users = institution_users(plan, &id);
            if users.is_empty() {
                continue;
            }
            match self.base.roster.custom.iter().find(|c| c.id == id) {
                Some(own) => plan.roster.custom.push(own.clone()),
                None => plan.roster.institutions.push(id.clone()),
            }
            self.taken.retain(|x| *x != t);
            let named = match users.len() {
                1..=3 => users.join(", "),
                n => crate::fl!("merge-and-more", named = users[..3].join(", "), more = (n - 3)),
            };
            self.not_applied.push(crate::fl!(
                "merge-roster-stays",
                code = plan.institution_code(&id, self.content),
                source = t.source.as_str(),
                users = named
            ));
        }
    }

    /// Own goals and actions a side deleted stay in the plan (other sides may have decided
    /// under them); the outcome says so.
    fn report_deleted_custom_items(&mut self) {
        for side in self.sides {
            for g in &self.base.custom_goals {
                if in_scope(side.plan, self.base, self.content, &g.id)
                    && !side.plan.custom_goals.iter().any(|x| x.id == g.id)
                {
                    self.not_applied.push(crate::fl!(
                        "merge-goal-kept",
                        id = g.id.as_str(),
                        side = side.name.as_str()
                    ));
                }
            }
            for a in &self.base.custom_actions {
                if in_scope(side.plan, self.base, self.content, &a.id)
                    && !side.plan.custom_actions.iter().any(|x| x.id == a.id)
                {
                    self.not_applied.push(crate::fl!(
                        "merge-action-kept",
                        id = a.id.as_str(),
                        side = side.name.as_str()
                    ));
                }
            }
        }
    }

    /// The team's own institutions: all additions kept, the same one added twice recognised by
    /// its code.
    fn custom_institutions(&mut self) -> Vec<CustomInstitution> {
        let (base, sides) = (&self.base.roster.custom, self.sides);
        let mut all: Vec<CustomInstitution> = Vec::new();
        for c in base {
            let removers: Vec<&str> = sides
                .iter()
                .filter(|s| !s.plan.roster.custom.iter().any(|x| x.id == c.id))
                .map(|s| s.name.as_str())
                .collect();
            if removers.is_empty() {
                all.push(c.clone());
            } else {
                self.record_taken("roster", "removed", &ron(&c.id), "", &removers.join(", "));
            }
        }
        for side in sides {
            for c in &side.plan.roster.custom {
                let known =
                    all.iter().any(|x| x.id == c.id || x.code.eq_ignore_ascii_case(&c.code));
                if !known && !base.iter().any(|x| x.id == c.id) {
                    all.push(c.clone());
                    self.record_taken("roster", "added", "", &ron(&c.id), &side.name);
                }
            }
        }
        all
    }

    /// Custom goals and actions of all sides, with ids made unique; returns each side's id
    /// changes so its decisions follow.
    fn custom_items(
        &mut self,
    ) -> (Vec<CustomGoal>, Vec<CustomAction>, Vec<BTreeMap<String, String>>) {
        let mut goals = self.base.custom_goals.clone();
        let mut actions = self.base.custom_actions.clone();
        let mut remaps = vec![BTreeMap::new(); self.sides.len()];
        let sides = self.sides;
        for (s, side) in sides.iter().enumerate() {
            for goal in side
                .plan
                .custom_goals
                .iter()
                .filter(|g| !self.base.custom_goals.iter().any(|b| b.id == g.id))
            {
                let same =
                    goals.iter().find(|x| x.area == goal.area && same_words(&x.title, &goal.title));
                let id = match same {
                    Some(existing) => existing.id.clone(),
                    None => {
                        let id = free_id(&goals, &actions, &goal.id, &format!("{}X", goal.area));
                        goals.push(CustomGoal { id: id.clone(), ..goal.clone() });
                        let (title, from) = (ron(&goal.title), side.name.clone());
                        self.record_taken(&id, "own goal", "", &title, &from);
                        id
                    }
                };
                remaps[s].insert(goal.id.clone(), id);
            }
        }
        for (s, side) in sides.iter().enumerate() {
            for action in side
                .plan
                .custom_actions
                .iter()
                .filter(|a| !self.base.custom_actions.iter().any(|b| b.id == a.id))
            {
                let goal =
                    remaps[s].get(&action.goal).cloned().unwrap_or_else(|| action.goal.clone());
                let same =
                    actions.iter().find(|x| x.goal == goal && same_words(&x.text, &action.text));
                let id = match same {
                    Some(existing) => existing.id.clone(),
                    None => {
                        let id = free_id(&goals, &actions, &action.id, &format!("{goal}.X"));
                        actions.push(CustomAction {
                            id: id.clone(),
                            goal: goal.clone(),
                            text: action.text.clone(),
                        });
                        let (text, from) = (ron(&action.text), side.name.clone());
                        self.record_taken(&id, "own action", "", &text, &from);
                        id
                    }
                };
                remaps[s].insert(action.id.clone(), id);
            }
        }
        self.merge_custom_wording(&mut goals, &mut actions);
        (goals, actions, remaps)
    }

    /// Custom items the base already had: their wording merges like any field.
    fn merge_custom_wording(&mut self, goals: &mut [CustomGoal], actions: &mut [CustomAction]) {
        for goal in goals.iter_mut().filter(|g| self.base.custom_goals.iter().any(|b| b.id == g.id))
        {
            let values = self
                .sides
                .iter()
                .map(|s| {
                    s.plan.custom_goals.iter().find(|x| x.id == goal.id).map(|x| ron(&x.title))
                })
                .collect();
            goal.title =
                from_ron(&self.pick(&goal.id.clone(), "wording", ron(&goal.title), values))
                    .unwrap_or_default();
        }
        for action in
            actions.iter_mut().filter(|a| self.base.custom_actions.iter().any(|b| b.id == a.id))
        {
            let values = self
                .sides
                .iter()
                .map(|s| {
                    s.plan.custom_actions.iter().find(|x| x.id == action.id).map(|x| ron(&x.text))
                })
                .collect();
            action.text =
                from_ron(&self.pick(&action.id.clone(), "wording", ron(&action.text), values))
                    .unwrap_or_default();
        }
    }

    /// Decisions, item by item and field by field.
    fn items(
        &mut self,
        merged: &Plan,
        side_items: &[BTreeMap<String, Decision>],
    ) -> BTreeMap<String, Decision> {
        let mut ids: Vec<String> = self.base.items.keys().cloned().collect();
        for items in side_items {
            ids.extend(items.keys().filter(|k| !self.base.items.contains_key(*k)).cloned());
        }
        ids.sort();
        ids.dedup();
        let mut result = BTreeMap::new();
        for id in ids {
            let decision = self.item(merged, side_items, &id);
            if !decision.is_empty() {
                result.insert(id, decision);
            }
        }
        result
    }

    /// One item's decision, field by field.
    fn item(
        &mut self,
        merged: &Plan,
        side_items: &[BTreeMap<String, Decision>],
        id: &str,
    ) -> Decision {
        let base = self.base.items.get(id).cloned().unwrap_or_default();
        let mut decision = base.clone();
        let sides = self.sides;
        let in_scope: Vec<bool> =
            sides.iter().map(|s| in_scope(s.plan, merged, self.content, id)).collect();
        let side_decision = |s: usize| side_items[s].get(id).cloned().unwrap_or_default();
        for field in DECISION_FIELDS {
            let values = (0..sides.len())
                .map(|s| in_scope[s].then(|| decision_field(&side_decision(s), field)))
                .collect();
            let mut value = self.pick(id, field, decision_field(&base, field), values);
            let outside: Vec<usize> = (0..sides.len())
                .filter(|&s| !in_scope[s] && side_items[s].contains_key(id))
                .filter(|&s| {
                    let proposed = decision_field(&side_decision(s), field);
                    proposed != decision_field(&Decision::default(), field) && proposed != value
                })
                .collect();
            if !outside.is_empty() {
                let proposals = outside
                    .iter()
                    .map(|&s| (decision_field(&side_decision(s), field), &sides[s].name))
                    .collect();
                let keepers = (0..sides.len())
                    .filter(|&s| in_scope[s])
                    .filter(|&s| decision_field(&side_decision(s), field) == value)
                    .map(|s| sides[s].name.as_str())
                    .collect::<Vec<_>>();
                value = self.outside_conflict(id, field, value, &keepers.join(", "), proposals);
            }
            set_decision_field(&mut decision, field, &value).expect("values come from plans");
        }
        decision
    }

    /// A part changed a field outside its area: its group never saw the plan's value there, so
    /// the change is a conflict (unless `--prefer` names that part).
    fn outside_conflict(
        &mut self,
        target: &str,
        field: &str,
        kept: String,
        kept_by: &str,
        proposals: Vec<(String, &String)>,
    ) -> String {
        if let Some(prefer) = self.prefer
            && let Some((value, name)) = proposals.iter().find(|(_, n)| n.ends_with(prefer))
        {
            self.record_taken(target, field, &kept, value, name);
            return value.clone();
        }
        let kept_by =
            if kept_by.is_empty() { crate::fl!("merge-the-plan") } else { kept_by.to_string() };
        let mut choices = vec![Choice { source: kept_by, value: kept.clone() }];
        choices.extend(proposals.into_iter().map(|(value, name)| Choice {
            source: crate::fl!("merge-outside-area", side = name),
            value,
        }));
        self.conflicts.push(Conflict { target: target.into(), field: field.into(), choices });
        kept
    }
}

/// Both texts of notes edited in two places, each under the place it came from.
fn joined_notes(changed: &[(String, Vec<&str>)]) -> String {
    let texts: Vec<String> = changed
        .iter()
        .map(|(value, names)| {
            let text: String = from_ron(value).unwrap_or_default();
            format!("[{}]\n{text}", names.join(", "))
        })
        .collect();
    ron(&texts.join("\n\n"))
}

fn same_words(a: &str, b: &str) -> bool {
    let norm = |s: &str| s.split_whitespace().map(str::to_lowercase).collect::<Vec<_>>();
    norm(a) == norm(b)
}

/// `wanted` if no custom item has it, else the first free `prefix<n>`.
fn free_id(goals: &[CustomGoal], actions: &[CustomAction], wanted: &str, prefix: &str) -> String {
    let taken = |id: &str| goals.iter().any(|g| g.id == id) || actions.iter().any(|a| a.id == id);
    if !taken(wanted) {
        return wanted.to_string();
    }
    (1..).map(|n| format!("{prefix}{n}")).find(|id| !taken(id)).expect("ids are unbounded")
}

fn remap_items(
    items: &BTreeMap<String, Decision>,
    remap: &BTreeMap<String, String>,
) -> BTreeMap<String, Decision> {
    items
        .iter()
        .map(|(id, d)| (remap.get(id).cloned().unwrap_or_else(|| id.clone()), d.clone()))
        .collect()
}

/// Whether a side speaks for an item: a full plan for all, a breakout part for its area only.
fn in_scope(side: &Plan, merged: &Plan, content: &Content, id: &str) -> bool {
    let Some(part) = &side.part else { return true };
    area_of(merged, content, id).is_some_and(|area| area == part.area)
}

/// Where an institution is named in a plan: items (as lead or partner) and the monitoring body.
pub fn institution_users(plan: &Plan, id: &str) -> Vec<String> {
    let mut users: Vec<String> = plan
        .items
        .iter()
        .filter(|(_, d)| d.lead.as_deref() == Some(id) || d.partners.iter().any(|p| p == id))
        .map(|(item, _)| item.clone())
        .collect();
    if plan.monitoring.body == id {
        users.push("monitoring".into());
    }
    users
}

/// The area of a content or custom item.
pub fn area_of(plan: &Plan, content: &Content, id: &str) -> Option<String> {
    if let Some(area) = content.area_of(id) {
        return Some(area.id.clone());
    }
    let goal_id = plan.custom_actions.iter().find(|a| a.id == id).map_or(id, |a| a.goal.as_str());
    if let Some(area) = content.area_of(goal_id) {
        return Some(area.id.clone());
    }
    plan.custom_goals.iter().find(|g| g.id == goal_id).map(|g| g.area.clone())
}

pub const DECISION_FIELDS: [&str; 9] = [
    "baseline",
    "inclusion",
    "priority",
    "timeframe",
    "lead",
    "partners",
    "indicators",
    "budget",
    "notes",
];

pub fn decision_field(d: &Decision, field: &str) -> String {
    match field {
        "baseline" => ron(&d.baseline),
        "inclusion" => ron(&d.inclusion),
        "priority" => ron(&d.priority),
        "timeframe" => ron(&d.timeframe),
        "lead" => ron(&d.lead),
        "partners" => ron(&d.partners),
        "indicators" => ron(&d.indicators),
        "budget" => ron(&d.budget),
        "notes" => ron(&d.notes),
        _ => String::new(),
    }
}

pub fn set_decision_field(d: &mut Decision, field: &str, value: &str) -> Result<(), String> {
    match field {
        "baseline" => d.baseline = from_ron(value)?,
        "inclusion" => d.inclusion = from_ron(value)?,
        "priority" => d.priority = from_ron(value)?,
        "timeframe" => d.timeframe = from_ron(value)?,
        "lead" => d.lead = from_ron(value)?,
        "partners" => d.partners = from_ron(value)?,
        "indicators" => d.indicators = from_ron(value)?,
        "budget" => d.budget = from_ron(value)?,
        "notes" => d.notes = from_ron(value)?,
        other => return Err(crate::fl!("merge-unknown-field", field = other)),
    }
    Ok(())
}

const META_FIELDS: [&str; 10] = [
    "title",
    "country",
    "period",
    "coordinating_body",
    "national_coordinator",
    "facilitator",
    "workshop_dates",
    "language",
    "currency",
    "content",
];

fn meta_field(m: &Meta, field: &str) -> String {
    match field {
        "title" => ron(&m.title),
        "country" => ron(&m.country),
        "period" => ron(&m.period),
        "coordinating_body" => ron(&m.coordinating_body),
        "national_coordinator" => ron(&m.national_coordinator),
        "facilitator" => ron(&m.facilitator),
        "workshop_dates" => ron(&m.workshop_dates),
        "language" => ron(&m.language),
        "currency" => ron(&m.currency),
        "content" => ron(&m.content),
        _ => String::new(),
    }
}

fn set_meta_field(m: &mut Meta, field: &str, value: &str) -> Result<(), String> {
    match field {
        "title" => m.title = from_ron(value)?,
        "country" => m.country = from_ron(value)?,
        "period" => m.period = from_ron(value)?,
        "coordinating_body" => m.coordinating_body = from_ron(value)?,
        "national_coordinator" => m.national_coordinator = from_ron(value)?,
        "facilitator" => m.facilitator = from_ron(value)?,
        "workshop_dates" => m.workshop_dates = from_ron(value)?,
        "language" => m.language = from_ron(value)?,
        "currency" => m.currency = from_ron(value)?,
        "content" => m.content = from_ron(value)?,
        other => return Err(crate::fl!("merge-unknown-field", field = other)),
    }
    Ok(())
}

const MONITORING_FIELDS: [&str; 7] = [
    "body",
    "reporting",
    "review",
    "mid_term_evaluation",
    "final_evaluation",
    "data_sources",
    "notes",
];

fn monitoring_field(m: &Monitoring, field: &str) -> String {
    match field {
        "body" => ron(&m.body),
        "reporting" => ron(&m.reporting),
        "review" => ron(&m.review),
        "mid_term_evaluation" => ron(&m.mid_term_evaluation),
        "final_evaluation" => ron(&m.final_evaluation),
        "data_sources" => ron(&m.data_sources),
        "notes" => ron(&m.notes),
        _ => String::new(),
    }
}

fn set_monitoring_field(m: &mut Monitoring, field: &str, value: &str) -> Result<(), String> {
    match field {
        "body" => m.body = from_ron(value)?,
        "reporting" => m.reporting = from_ron(value)?,
        "review" => m.review = from_ron(value)?,
        "mid_term_evaluation" => m.mid_term_evaluation = from_ron(value)?,
        "final_evaluation" => m.final_evaluation = from_ron(value)?,
        "data_sources" => m.data_sources = from_ron(value)?,
        "notes" => m.notes = from_ron(value)?,
        other => return Err(crate::fl!("merge-unknown-field", field = other)),
    }
    Ok(())
}

/// Applies one choice of a conflict to the plan and removes the conflict.
pub fn resolve(plan: &mut Plan, index: usize, choice: usize) -> Result<(), String> {
    let conflict =
        plan.conflicts.get(index).cloned().ok_or_else(|| crate::fl!("merge-no-such-conflict"))?;
    let value =
        &conflict.choices.get(choice).ok_or_else(|| crate::fl!("merge-no-such-choice"))?.value;
    if let Some(done) =
        super::monitor::combine::resolve_report(plan, &conflict.target, &conflict.field, value)
    {
        done?;
        plan.conflicts.remove(index);
        return Ok(());
    }
    match conflict.target.as_str() {
        "meta" => set_meta_field(&mut plan.meta, &conflict.field, value)?,
        "monitoring" => set_monitoring_field(&mut plan.monitoring, &conflict.field, value)?,
        id if conflict.field == "wording" => {
            let text: String = from_ron(value)?;
            if let Some(g) = plan.custom_goals.iter_mut().find(|g| g.id == id) {
                g.title = text;
            } else if let Some(a) = plan.custom_actions.iter_mut().find(|a| a.id == id) {
                a.text = text;
            }
        }
        id => {
            let d = plan.items.entry(id.to_string()).or_default();
            set_decision_field(d, &conflict.field, value)?;
            if d.is_empty() {
                plan.items.remove(id);
            }
        }
    }
    plan.conflicts.remove(index);
    Ok(())
}

/// A field's value in plain words: institution codes, labels, texts.
pub fn describe(field: &str, value: &str, plan: &Plan, content: &Content) -> String {
    let code = |id: &str| plan.institution_code(id, content).to_string();
    let described = match field {
        "lead" | "body" => from_ron::<Option<String>>(value)
            .ok()
            .flatten()
            .or_else(|| from_ron::<String>(value).ok())
            .map(|id| code(&id)),
        "partners" => from_ron::<Vec<String>>(value)
            .ok()
            .map(|ids| ids.iter().map(|i| code(i)).collect::<Vec<_>>().join(", ")),
        "timeframe" => from_ron::<Option<Timeframe>>(value)
            .ok()
            .map(|t| t.map_or("-".into(), Timeframe::label)),
        "indicators" => from_ron::<Vec<super::Indicator>>(value)
            .ok()
            .map(|i| i.iter().map(|x| x.text.clone()).collect::<Vec<_>>().join("; ")),
        "inclusion" => from_ron::<super::Inclusion>(value).ok().map(|i| i.label().to_string()),
        "baseline" => from_ron::<super::Baseline>(value).ok().map(|b| b.label().to_string()),
        "priority" => from_ron::<Option<super::Priority>>(value)
            .ok()
            .map(|p| p.map_or("-".into(), |p| p.label())),
        "budget" => from_ron::<Option<super::Budget>>(value)
            .ok()
            .map(|b| b.map_or("-".into(), |b| b.words(&plan.meta.currency))),
        "period" => {
            from_ron::<super::Period>(value).ok().map(|p| format!("{}-{}", p.first, p.last))
        }
        "workshop_dates" | "data_sources" => {
            from_ron::<Vec<String>>(value).ok().map(|v| v.join(", "))
        }
        "reporting" | "review" => from_ron::<Option<super::Frequency>>(value)
            .ok()
            .map(|f| f.map_or("-".into(), |f| f.label())),
        "mid_term_evaluation" | "final_evaluation" => {
            from_ron::<Option<u16>>(value).ok().map(|y| y.map_or("-".into(), |y| y.to_string()))
        }
        "content" => from_ron::<super::ContentRef>(value).ok().map(|c| {
            crate::fl!("merge-pack-version", id = c.id.as_str(), version = c.version.to_string())
        }),
        f => super::monitor::combine::describe_report_field(f, value, &plan.meta.currency)
            .or_else(|| from_ron::<String>(value).ok()),
    };
    described.filter(|d| !d.is_empty()).unwrap_or_else(|| words(value))
}

/// `Some(PartlyInPlace)` -> `partly in place`.
fn words(value: &str) -> String {
    let inner = value.strip_prefix("Some(").and_then(|v| v.strip_suffix(')')).unwrap_or(value);
    if inner == "None" || inner.is_empty() {
        return "-".into();
    }
    let mut out = String::new();
    for (i, c) in inner.chars().enumerate() {
        if c.is_uppercase() && i > 0 && inner.chars().all(|x| x.is_alphanumeric()) {
            out.push(' ');
        }
        out.extend(c.to_lowercase());
    }
    out
}

/// A conflict in plain words: `P3.2 lead: MoI (part prevention.ron) vs MoLSP (part protection.ron)`.
pub fn conflict_line(conflict: &Conflict, plan: &Plan, content: &Content) -> String {
    let choices: Vec<String> = conflict
        .choices
        .iter()
        .map(|c| format!("{} ({})", describe(&conflict.field, &c.value, plan, content), c.source))
        .collect();
    format!("{} {}: {}", conflict.target, conflict.field.replace('_', " "), choices.join(" vs "))
}

/// A value taken in plain words: `P1.2 priority: medium -> high (part nap-prevention.ron)`.
pub fn taken_line(taken: &Taken, plan: &Plan, content: &Content) -> String {
    let t = taken;
    let value = |v: &str| describe(&t.field, v, plan, content);
    let code = |v: &str| {
        from_ron::<String>(v)
            .map_or_else(|_| v.to_string(), |id| plan.institution_code(&id, content).to_string())
    };
    match (t.target.as_str(), t.field.as_str()) {
        ("roster", "added") => {
            crate::fl!("merge-roster-added", code = code(&t.after), source = t.source.as_str())
        }
        ("roster", _) => {
            crate::fl!("merge-roster-removed", code = code(&t.before), source = t.source.as_str())
        }
        (id, "own goal") => {
            let text: String = from_ron(&t.after).unwrap_or_default();
            crate::fl!("merge-goal-added", id = id, text = text, source = t.source.as_str())
        }
        (id, "own action") => {
            let text: String = from_ron(&t.after).unwrap_or_default();
            crate::fl!("merge-action-added", id = id, text = text, source = t.source.as_str())
        }
        (target, field) => format!(
            "{target} {}: {} -> {} ({})",
            field.replace('_', " "),
            value(&t.before),
            value(&t.after),
            t.source
        ),
    }
}
