//! What a breakout part may change: its own area's decisions and own items, and additions to
//! the roster. Everything else belongs to the whole plan, so a part refuses it and says where to
//! make the change; `merge` never has to guess what a group meant outside its area.

use std::collections::BTreeSet;

use super::merge::area_of;
use super::{CustomAction, CustomGoal, Part, Plan};
use crate::content::Content;

/// Why `after` may not replace `before` when the plan is a breakout part; `None` when the plan
/// is whole or the change stays inside the part's area.
pub fn refusal(before: &Plan, after: &Plan, content: &Content) -> Option<String> {
    let ids: BTreeSet<&String> = before.items.keys().chain(after.items.keys()).collect();
    refusal_among(before, after, content, ids.into_iter(), before.periods != after.periods)
}

/// [`refusal`] when only the decisions `items` can have changed (and the reports when
/// `reports_changed` says they did):
/// `before` need hold no other (the wizard's undo keeps only those, see `plan::patch`).
pub fn refusal_among<'a>(
    before: &Plan,
    after: &Plan,
    content: &Content,
    items: impl Iterator<Item = &'a String>,
    reports_changed: bool,
) -> Option<String> {
    let part = before.part.as_ref()?;
    let of = part.of.as_str();
    if before.meta != after.meta {
        return Some(crate::fl!("part-setup-shared", of = of));
    }
    if before.monitoring != after.monitoring {
        return Some(crate::fl!("part-monitoring-shared", of = of));
    }
    if reports_changed {
        return Some(crate::fl!("part-reports-shared", of = of));
    }
    if let Some(id) = removed_institution(before, after) {
        let code = before.institution_code(&id, content);
        return Some(crate::fl!("part-institution-shared", code = code, of = of));
    }
    changed_item_outside(before, after, content, &part.area, items)
        .map(|id| outside(part, &item_place(after, content, &id)))
}

/// What a session opening a breakout part is told first.
pub fn notice(plan: &Plan, content: &Content) -> Option<String> {
    let part = plan.part.as_ref()?;
    let area = content.area(&part.area).map_or(part.area.clone(), |a| short(&a.title));
    Some(crate::fl!("part-notice", area = area, of = part.of.as_str()))
}

/// Why a part cannot go to an item: `None` when the plan is whole or the item is in its area.
pub fn refusal_to_visit(plan: &Plan, content: &Content, id: &str) -> Option<String> {
    let part = plan.part.as_ref()?;
    (area_of(plan, content, id).as_deref() != Some(part.area.as_str()))
        .then(|| outside(part, &item_place(plan, content, id)))
}

/// `P3.2 is in Prevention`; short, as it must fit the status line of an 80-column terminal.
fn item_place(plan: &Plan, content: &Content, id: &str) -> String {
    match area_of(plan, content, id).and_then(|a| content.area(&a).map(|a| short(&a.title))) {
        Some(area) => crate::fl!("part-item-in", id = id, area = area),
        None => crate::fl!("part-item-in-no-area", id = id),
    }
}

fn outside(part: &Part, place: &str) -> String {
    crate::fl!("part-outside", place = place, of = part.of.as_str())
}

/// An area's first word, as `split` names the part files: `Assistance`.
fn short(title: &str) -> String {
    title.split_whitespace().next().unwrap_or(title).to_string()
}

fn removed_institution(before: &Plan, after: &Plan) -> Option<String> {
    let kept = |id: &str| after.in_roster(id);
    let mut ids =
        before.roster.institutions.iter().chain(before.roster.custom.iter().map(|c| &c.id));
    ids.find(|&id| !kept(id)).cloned()
}

/// The first item, own goal or own action that changed outside `area`.
fn changed_item_outside<'a>(
    before: &Plan,
    after: &Plan,
    content: &Content,
    area: &str,
    items: impl Iterator<Item = &'a String>,
) -> Option<String> {
    let outside = |plan: &Plan, id: &str| area_of(plan, content, id).as_deref() != Some(area);
    let changed_items = items.filter(|id| before.items.get(*id) != after.items.get(*id));
    let goals = changed(&before.custom_goals, &after.custom_goals, |g: &CustomGoal| &g.id);
    let actions = changed(&before.custom_actions, &after.custom_actions, |a: &CustomAction| &a.id);
    changed_items
        .cloned()
        .chain(goals)
        .chain(actions)
        .find(|id| outside(after, id) && outside(before, id))
}

/// Ids of the entries added, removed or edited between two lists.
fn changed<T: PartialEq>(before: &[T], after: &[T], id: impl Fn(&T) -> &String) -> Vec<String> {
    let same = |x: &T, list: &[T]| list.iter().any(|y| y == x);
    before
        .iter()
        .filter(|x| !same(x, after))
        .chain(after.iter().filter(|x| !same(x, before)))
        .map(|x| id(x).clone())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::{Inclusion, demo_plan, split};

    fn assistance_part() -> (Content, Plan) {
        let content = Content::embedded();
        let part = split(&demo_plan(&content), &content, "A", "nap.ron");
        (content, part)
    }

    #[test]
    fn a_change_in_the_parts_area_is_allowed() {
        let (content, before) = assistance_part();
        let mut after = before.clone();
        after.items.entry("A1.1".into()).or_default().inclusion = Inclusion::Excluded;
        after.roster.institutions.push("recruit".into());
        assert_eq!(refusal(&before, &after, &content), None);
    }

    #[test]
    fn a_change_outside_the_area_is_refused_saying_where_to_make_it() {
        let (content, before) = assistance_part();
        let mut after = before.clone();
        after.items.entry("P3.2".into()).or_default().lead = Some("molsp".into());
        let why = refusal(&before, &after, &content).expect("refused");
        assert_eq!(
            why,
            "P3.2 is in Prevention, not this part: change it in nap.ron after napwiz merge"
        );
        assert!(refusal_to_visit(&before, &content, "P3.2").is_some());
        assert!(refusal_to_visit(&before, &content, "A1.1").is_none());
    }

    #[test]
    fn shared_setup_monitoring_and_roster_removals_are_refused() {
        let (content, before) = assistance_part();
        let mut title = before.clone();
        title.meta.title = "Other".into();
        assert!(refusal(&before, &title, &content).unwrap().starts_with("The setup is shared"));
        let mut body = before.clone();
        body.monitoring.body = "moi".into();
        assert!(refusal(&before, &body, &content).unwrap().starts_with("Monitoring is shared"));
        let mut roster = before.clone();
        roster.roster.institutions.remove(0);
        assert!(refusal(&before, &roster, &content).unwrap().starts_with("Other groups may name "));
    }

    #[test]
    fn a_whole_plan_refuses_nothing() {
        let content = Content::embedded();
        let before = demo_plan(&content);
        let mut after = before.clone();
        after.meta.title = "Other".into();
        after.items.entry("P3.2".into()).or_default().lead = Some("molsp".into());
        assert_eq!(refusal(&before, &after, &content), None);
        assert_eq!(refusal_to_visit(&before, &content, "P3.2"), None);
    }
}
