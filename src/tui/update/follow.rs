//! Follow mode's state changes: a new version of the followed plan replaces the shown one
//! while the follower keeps its place (step, open goals, cursor by item id); the writer comes
//! and goes; the facilitator's place is followed when asked.

use std::collections::BTreeSet;

use super::effect::Effect;
use super::message::{error, info, key_for};
use crate::plan::Plan;
use crate::plan::diff::apply_change;
use crate::plan::patch::Patch;
use crate::store::Holder;
use crate::store::place::Place;
use crate::tui::action::Action;
use crate::tui::follow::changed_items;
use crate::tui::state::{Following, OpenPlan, SaveState, State};

/// F and W: follow the facilitator, take over writing.
pub(super) fn action(state: &mut State, action: Action) -> Vec<Effect> {
    let Some(follow) = state.follow.as_mut() else {
        state.message = Some(error(&crate::fl!("follow-only-when-following")));
        return vec![];
    };
    match action {
        Action::FollowFacilitator => {
            follow.facilitator = !follow.facilitator;
            if follow.facilitator {
                state.message = Some(info(&crate::fl!("follow-facilitator-on")));
                return vec![Effect::ReadFacilitatorPlace];
            }
            state.message = Some(info(&crate::fl!("follow-facilitator-off")));
        }
        Action::TakeOverWriting => match (&follow.holder, state.plan.as_ref()) {
            (Some(h), _) => {
                let text = crate::fl!(
                    "follow-still-writing",
                    user = h.user.clone(),
                    host = h.host.clone(),
                    key = key_for(&Action::TakeOverWriting)
                );
                state.message = Some(error(&text));
            }
            (None, Some(open)) => return vec![Effect::TakeOverWriting(open.path.clone())],
            (None, None) => {}
        },
        _ => {}
    }
    vec![]
}

/// The open plan is followed from now on.
pub(super) fn start(state: &mut State, following: Following) {
    let first = state.follow.is_none();
    if first && let Some(h) = &following.holder {
        let text = crate::fl!("follow-opened", user = h.user.clone(), host = h.host.clone());
        state.message = Some(info(&text));
    }
    state.follow = Some(following);
}

/// A new version arrived: it replaces the shown plan, the follower stays where it was.
pub(super) fn followed(state: &mut State, plan: Plan, lines: Vec<String>, at: String) {
    let Some(old) = state.plan.as_ref() else { return };
    let read_only = match &old.save {
        SaveState::ReadOnly(why) => why.clone(),
        _ => "following".into(),
    };
    let selected = selected_ids(state);
    let mut open = OpenPlan::new(old.path.clone(), plan, Some(read_only));
    open.revision = old.revision + 1;
    state.plan = Some(open);
    show_changes(state, selected, lines, at);
}

/// The followed plan's journal gained records: each is applied to the shown plan, its index
/// carried over (counting again only what a record touched), so a change to a big plan costs
/// what the change costs.
pub(super) fn followed_records(state: &mut State, records: Vec<Patch>, at: String) {
    let selected = selected_ids(state);
    let Some(open) = state.plan.as_mut() else { return };
    let mut lines = vec![];
    for record in records {
        let before = open.key();
        let (undo, said) = apply_change(&mut open.plan, record, &state.content);
        open.revision += 1;
        open.carry_index(&before, &undo, &state.content);
        lines.extend(said);
    }
    if !lines.is_empty() {
        show_changes(state, selected, lines, at);
    }
}

/// Each area's selected item, by id, before a new version replaces the shown one.
fn selected_ids(state: &State) -> Vec<Option<String>> {
    (0..state.areas.len()).map(|a| state.selected_row(a).map(|row| row.id().to_string())).collect()
}

/// After a new version is shown: the cursors back on their items, the follow status saying what
/// changed.
fn show_changes(state: &mut State, selected: Vec<Option<String>>, lines: Vec<String>, at: String) {
    let Some(open) = state.plan.as_ref() else { return };
    let changed = changed_items(&lines, &open.plan, &state.content);
    for (a, id) in selected.into_iter().enumerate() {
        keep_cursor(state, a, id.as_deref());
    }
    if let Some(follow) = state.follow.as_mut() {
        follow.changes = lines;
        follow.changed = changed;
        follow.last_change = Some(at);
        follow.problem = None;
    }
    // The follow status says what changed; an older note would hide it.
    state.message = None;
}

/// Puts area `a`'s cursor back on the item it was on (by id, as rows may have come or gone),
/// or on the nearest row that is left.
fn keep_cursor(state: &mut State, a: usize, id: Option<&str>) {
    let rows = state.area_rows(a);
    let view = &mut state.areas[a];
    let at = id.and_then(|id| rows.iter().position(|r| r.id() == id));
    view.cursor = at.unwrap_or_else(|| view.cursor.min(rows.len().saturating_sub(1)));
    if at.is_none() {
        view.field = None;
    }
}

/// The followed file could not be read: the last good version stays, and the status says why.
pub(super) fn problem(state: &mut State, why: String) {
    if let Some(follow) = state.follow.as_mut() {
        follow.problem = Some(why);
    }
}

/// The writer arrived or quit: the follow status says so (a message would hide the status).
pub(super) fn writer(state: &mut State, holder: Option<Holder>) {
    let Some(follow) = state.follow.as_mut() else { return };
    if holder == follow.holder {
        return;
    }
    let left = std::mem::replace(&mut follow.holder, holder);
    follow.writer_left = if follow.holder.is_some() { None } else { left };
    state.message = None;
}

/// Jumps to the facilitator's item, when the follower asked to.
pub(super) fn facilitator_at(state: &mut State, place: Place) {
    if !state.follow.as_ref().is_some_and(|f| f.facilitator) {
        return;
    }
    let Some(step) = crate::plan::Step::from_key(&place.step, &state.content) else { return };
    if let crate::plan::Step::Area(a) = step {
        state.areas[a].field = None;
    }
    crate::tui::resume::resume(state, &place);
}

/// The marks of the last change fade; the status keeps the change in words.
pub(super) fn marks_faded(state: &mut State) {
    if let Some(follow) = state.follow.as_mut() {
        follow.changed = BTreeSet::new();
    }
}

/// The id under the cursor, for tests.
#[cfg(test)]
fn selected_id(state: &State, a: usize) -> Option<String> {
    state.selected_row(a).map(|r| r.id().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Content;
    use crate::plan::{Priority, demo_plan};
    use crate::tui::state::Step;

    fn following() -> State {
        let content = Content::embedded();
        let plan = demo_plan(&content);
        let mut state = State::new(content, vec![]);
        state.plan = Some(OpenPlan::new("nap.ron".into(), plan, Some("opened read-only".into())));
        state.follow = Some(Following::default());
        state
    }

    #[test]
    fn a_reload_keeps_the_cursor_on_its_item_when_rows_above_it_come() {
        let mut state = following();
        state.step = Step::Area(0);
        state.areas[0].expanded.extend(["P1".to_string(), "P2".to_string()]);
        let rows = state.area_rows(0);
        let before = rows.iter().position(|r| r.id() == "P2.1").unwrap();
        state.areas[0].cursor = before;
        let mut plan = state.plan().unwrap().clone();
        // A row above the cursor: the writer added an action under the open goal P1.
        crate::plan::edit::add_custom_action(&mut plan, "P1", "A new action of the team");
        plan.items.get_mut("P2.1").unwrap().priority = Some(Priority::Low);
        followed(&mut state, plan, vec!["P2.1 priority: high -> low".into()], "10:00:00".into());
        assert_eq!(selected_id(&state, 0).as_deref(), Some("P2.1"));
        assert_eq!(state.areas[0].cursor, before + 1, "the row moved down by one");
        let follow = state.follow.as_ref().unwrap();
        assert!(follow.changed.contains("P2.1") && follow.changed.contains("P2"));
        assert!(state.plan.as_ref().unwrap().is_read_only(), "a follower stays read-only");
    }

    #[test]
    fn the_facilitators_place_is_followed_only_when_asked() {
        let mut state = following();
        let place = Place { step: "area:P".into(), item: Some("P1.2".into()) };
        facilitator_at(&mut state, place.clone());
        assert_eq!(state.step, Step::Start);
        let effects = action(&mut state, Action::FollowFacilitator);
        assert_eq!(effects, vec![Effect::ReadFacilitatorPlace]);
        facilitator_at(&mut state, place);
        assert_eq!(state.step, Step::Area(0));
        assert_eq!(selected_id(&state, 0).as_deref(), Some("P1.2"));
    }

    #[test]
    fn taking_over_waits_until_the_writer_has_quit() {
        let mut state = following();
        let alice = Holder { user: "alice".into(), host: "h".into(), pid: 1, since: "x".into() };
        writer(&mut state, Some(alice));
        assert!(action(&mut state, Action::TakeOverWriting).is_empty());
        writer(&mut state, None);
        let status = crate::tui::follow::status(&state).unwrap().0;
        assert!(status.contains("alice on h has quit writing (W: take over writing)"), "{status}");
        let effects = action(&mut state, Action::TakeOverWriting);
        assert_eq!(effects, vec![Effect::TakeOverWriting("nap.ron".into())]);
    }
}
