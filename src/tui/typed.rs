//! The text being typed in an open dialog, folded into the plan (or kept aside when it fits no
//! part of the plan), so that a signal, a lost terminal or a panic never loses a word of it.

use super::state::{Overlay, State, TextTarget};
use crate::plan::Plan;
use crate::plan::edit::{
    add_custom_action, add_custom_goal, add_custom_institution, apply_text, parse_institution,
};
use crate::plan::fields;
use crate::plan::patch::{Patch, Touches};

/// What an exit must keep of the text in an open dialog.
#[derive(Debug, Clone, PartialEq)]
pub struct Typed {
    /// The parts of the plan the text goes in, with the text in them, when the text fits the
    /// plan (a note, an own action, ...): applied to the plan, it folds the text in.
    pub change: Option<Patch>,
    /// The text itself, when it fits no part of the plan (a new plan's title, a value the field
    /// refuses): kept in a file of its own.
    pub loose: Option<String>,
    /// What it is, for the message that says where it went: "the note for P1.1".
    pub what: String,
}

/// The text of the open dialog, if one is open and holds text worth keeping.
pub fn typed(state: &State) -> Option<Typed> {
    let Some(Overlay::Editor { target, input, .. }) = &state.overlay else { return None };
    let text = input.lines().join("\n");
    let line = crate::sanitize::clean_line(&text).trim().to_string();
    let plan = state.plan();
    // Only the parts the text goes in are copied: this runs after every key typed.
    let folded =
        |what: String, touches: Touches, fold: &dyn Fn(&mut Plan) -> Result<(), String>| {
            let Some(plan) = plan else {
                return Typed { change: None, loose: Some(text.clone()), what };
            };
            let mut change = Patch::record(plan, &touches);
            match fold(change.parts_mut()) {
                Ok(()) => Typed { change: Some(change), loose: None, what },
                Err(_) => Typed { change: None, loose: Some(text.clone()), what },
            }
        };
    let typed = match target {
        TextTarget::Field(field) => {
            let label = fields::label(field).trim().to_lowercase();
            let what = match field {
                fields::Field::Item(id, _) => {
                    crate::fl!("typed-field-of", field = label, item = id.clone())
                }
                fields::Field::Report(period, id, _) => crate::fl!(
                    "typed-report-field",
                    field = label,
                    item = id.clone(),
                    period = period.clone()
                ),
                _ => crate::fl!("typed-field", field = label),
            };
            let touches = Touches::field(field);
            folded(what, touches, &|plan| apply_text(plan, &state.content, field, &text))
        }
        // Nothing new typed yet: nothing to keep.
        _ if line.is_empty() => return None,
        TextTarget::NewCustomAction { goal } => folded(
            crate::fl!("typed-new-action", goal = goal.clone()),
            Touches::NoDecision,
            &|plan| {
                add_custom_action(plan, goal, &line);
                Ok(())
            },
        ),
        TextTarget::NewCustomGoal { area } => folded(
            crate::fl!("typed-new-goal", area = area.clone()),
            Touches::NoDecision,
            &|plan| {
                add_custom_goal(plan, area, &line);
                Ok(())
            },
        ),
        TextTarget::NewInstitution => {
            folded(crate::fl!("typed-new-institution"), Touches::NoDecision, &|plan| {
                let (name, code) = parse_institution(&line)?;
                add_custom_institution(plan, &state.content, &name, &code)
            })
        }
        TextTarget::NewPlanTitle => {
            Typed { change: None, loose: Some(line), what: crate::fl!("typed-new-plan-title") }
        }
        TextTarget::OpenPath => {
            Typed { change: None, loose: Some(line), what: crate::fl!("typed-path") }
        }
        // A filter, and a path napwiz proposed: nothing of the user's work.
        TextTarget::RosterFilter | TextTarget::SaveElsewhere => return None,
    };
    Some(typed)
}
