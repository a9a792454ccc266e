//! Where the wizard is, as a [`Place`] to remember per plan, and going back there when the plan
//! is opened again.

use super::state::{Row, State, Step};
use crate::store::place::Place;

/// The step on screen and, in an area step, the goal or action under the cursor.
pub fn place_of(state: &State) -> Option<Place> {
    state.plan.as_ref()?;
    let item = match state.step {
        Step::Area(a) => state.selected_row(a).map(|row| row.id().to_string()),
        _ => None,
    };
    Some(Place { step: state.step.key(&state.content), item })
}

/// Goes to `place` if this plan still has it (a breakout part shows only its area); returns
/// the name of the step it resumed on.
pub fn resume(state: &mut State, place: &Place) -> Option<String> {
    let step = Step::from_key(&place.step, &state.content)
        .filter(|s| *s != Step::Start && state.steps().contains(s))?;
    state.step = step;
    if let (Step::Area(a), Some(item)) = (step, &place.item) {
        let goal = goal_of(state, item);
        if let Some(goal) = goal {
            state.areas[a].expanded.insert(goal);
        }
        let rows = state.area_rows(a);
        state.areas[a].cursor = rows.iter().position(|r| r.id() == item).unwrap_or(0);
    }
    let name = state.step.name(&state.content);
    Some(match state.step {
        Step::Area(a) => match state.selected_row(a) {
            Some(Row::Action(id) | Row::Goal(id)) => format!("{name}, {id}"),
            None => name,
        },
        _ => name,
    })
}

/// The goal an action belongs to (content or the plan's own), or the item itself for a goal.
fn goal_of(state: &State, item: &str) -> Option<String> {
    if let Some((goal, _)) = state.content.action(item) {
        return Some(goal.id.clone());
    }
    let plan = state.plan()?;
    plan.custom_actions.iter().find(|c| c.id == item).map(|c| c.goal.clone())
}
