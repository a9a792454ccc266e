//! What the keys do on the row under the cursor: the footer offers only keys that act here
//! (change something or say something), so it never promises what a key does not do.

use super::action::Action;
use super::keymap::{self, Binding};
use super::state::{GAPS, HEALTH};
use super::state::{Overlay, Row, State, Step};

/// The footer's entries here: the first key of each binding that acts, and its label. Back and
/// help come first, so they survive when a narrow footer has to drop entries.
pub fn footer_here(state: &State) -> Vec<(String, String)> {
    let mut shown: Vec<Binding> = keymap::bindings(keymap::mode(state))
        .into_iter()
        .filter(|b| b.footer && offered(state, &b.action))
        .collect();
    shown.sort_by_key(|b| footer_rank(&b.action));
    shown.into_iter().map(|b| (keymap::key_name(b.keys[0]), b.shown_label())).collect()
}

/// Back and help first, then a follower's own keys, so a narrow footer keeps them.
fn footer_rank(action: &Action) -> u8 {
    match action {
        Action::Back | Action::Help => 0,
        Action::FollowFacilitator | Action::TakeOverWriting => 1,
        _ => 2,
    }
}

/// Whether `action` does something where the cursor is.
pub fn offered(state: &State, action: &Action) -> bool {
    if let Some(overlay) = &state.overlay {
        return overlay_offers(state, overlay, action);
    }
    let history = |redo: bool| {
        state.plan.as_ref().is_some_and(|p| !if redo { &p.redo } else { &p.undo }.is_empty())
    };
    let (here, steps) = state.step_position();
    match action {
        // Without a plan only the start screen can be shown.
        Action::NextStep | Action::PrevStep if Step::MONITORING.contains(&state.step) => false,
        Action::NextStep => here < steps && state.plan.is_some(),
        Action::PrevStep => here > 1,
        Action::Monitor => monitor_offered(state),
        Action::Undo => history(false),
        Action::Redo => history(true),
        Action::FollowFacilitator => state.follow.is_some(),
        Action::TakeOverWriting => state.follow.as_ref().is_some_and(|f| f.holder.is_none()),
        _ => match state.step {
            Step::Area(a) => area_offers(state, a, action),
            Step::Roster => roster_offers(state, action),
            Step::Review => review_offers(state, action),
            Step::Monitor => monitor_offers(state, action),
            _ => true,
        },
    }
}

/// Decisions that only an action takes: on a goal row they would only ask for an action.
fn action_only(action: &Action) -> bool {
    matches!(
        action,
        Action::ToggleInclude
            | Action::Exclude
            | Action::SetPriority(_)
            | Action::CycleTimeframe
            | Action::PickLead
            | Action::SuggestedLead
            | Action::PickPartners
    )
}

fn area_offers(state: &State, a: usize, action: &Action) -> bool {
    match state.selected_row(a) {
        Some(Row::Goal(_)) => !action_only(action),
        Some(Row::Action(_)) => true,
        None => matches!(action, Action::AddGoal | Action::Back | Action::Help | Action::Steps),
    }
}

/// Monitor is offered where the plan's life goes on: from the start screen, the review, the
/// monitoring set-up and the generate step (the key works on every step).
fn monitor_offered(state: &State) -> bool {
    let here = matches!(
        state.step,
        Step::Start | Step::Review | Step::Monitoring | Step::Generate | Step::Progress
    );
    here && state.plan.is_some()
}

fn monitor_offers(state: &State, action: &Action) -> bool {
    let Some(period) = state.monitor_period() else { return false };
    let Some(plan) = state.plan() else { return false };
    let closed = plan.period(&period).is_some_and(|p| p.closed);
    let on_action = state.monitor.field.is_some()
        || super::select::list_position(state).is_some_and(|(len, cursor)| {
            cursor < len
                && matches!(
                    super::derived::monitor_rows(state, plan, &period).get(cursor),
                    Some(super::state::MonitorRow::Action(_))
                )
        });
    match action {
        Action::Enter if state.monitor.field.is_none() => on_action,
        Action::SetStatus(_) => on_action && !closed,
        Action::CopyForward => !closed && plan.periods.first().is_some_and(|p| p.id != period),
        Action::Right | Action::Left | Action::Clear if state.monitor.field.is_some() => !closed,
        Action::Enter => !closed,
        _ => true,
    }
}

fn roster_offers(state: &State, action: &Action) -> bool {
    let rows = super::select::roster_rows(state);
    let own = rows.get(state.roster.cursor).map(|(_, own)| *own);
    match action {
        // Own institutions are always on the roster; catalogue ones are added and removed.
        Action::Enter | Action::ToggleInclude => own == Some(false),
        Action::Left | Action::Right | Action::Delete => own == Some(true),
        _ => true,
    }
}

fn review_offers(state: &State, action: &Action) -> bool {
    if *action != Action::Enter {
        return true;
    }
    let Some(plan) = state.plan() else { return false };
    match state.review.panel {
        GAPS => !super::derived::summary(state, plan).gaps.is_empty(),
        HEALTH => {
            let findings = &super::derived::health(state, plan).findings;
            let cursor = state.review.health_cursor.min(findings.len().saturating_sub(1));
            findings.get(cursor).is_some_and(|f| f.item.is_some())
        }
        _ => false,
    }
}

fn overlay_offers(state: &State, overlay: &Overlay, action: &Action) -> bool {
    match (overlay, action) {
        (Overlay::Search { hits, .. }, Action::Enter) => !hits.is_empty(),
        (Overlay::Picker { target, filter, .. }, Action::Enter | Action::ToggleInclude) => {
            let text = filter.lines().join("");
            !super::select::pick_entries(state, target, &text).is_empty()
        }
        (Overlay::Conflicts { cursor, .. }, Action::Guidance) => {
            let target = state.plan().and_then(|p| p.conflicts.get(*cursor)).map(|c| &c.target);
            // Monitoring reports are not checklist items: nothing to go to (yet).
            target.is_some_and(|t| t != "meta" && t != "monitoring" && !t.starts_with("report "))
        }
        (Overlay::Conflicts { cursor, .. }, Action::Left | Action::Right) => {
            let choices =
                state.plan().and_then(|p| p.conflicts.get(*cursor)).map(|c| c.choices.len());
            choices.unwrap_or(0) > 1
        }
        _ => true,
    }
}
