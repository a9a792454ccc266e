//! The institutions step: the roster, its filter, and the plan's own institutions.

use super::change::change;
use super::message::{error, info, key_for};
use super::nav::{back, move_cursor, page};
use super::prompt::open_editor;
use crate::plan::edit::{add_custom_institution, parse_institution};
use crate::plan::patch::Touches;
use crate::tui::action::Action;
use crate::tui::select::roster_rows;
use crate::tui::state::{State, TextTarget};

pub(super) fn roster(state: &mut State, action: Action) {
    let rows = roster_rows(state);
    let page = page(state);
    if move_cursor(&mut state.roster.cursor, rows.len(), &action, page) {
        return;
    }
    let selected = rows.get(state.roster.cursor).cloned();
    match action {
        Action::Back => back(state),
        Action::Filter => {
            let current = state.roster.filter.clone();
            state.roster.filter_before = current.clone();
            open_editor(state, TextTarget::RosterFilter, current, false);
        }
        Action::AddInstitution => {
            open_editor(state, TextTarget::NewInstitution, String::new(), false)
        }
        Action::Enter | Action::ToggleInclude => {
            if let Some((id, false)) = selected {
                toggle_roster(state, &id);
            }
        }
        Action::Left | Action::Right => {
            if let Some((id, true)) = selected {
                let forward = action == Action::Right;
                let _ = change(
                    state,
                    &crate::fl!("roster-type-changed"),
                    Touches::NoDecision,
                    |plan, _| {
                        if let Some(c) = plan.roster.custom.iter_mut().find(|c| c.id == id) {
                            let all = crate::content::InstitutionKind::ALL;
                            let i = all.iter().position(|k| *k == c.kind).unwrap_or(0);
                            c.kind = all[if forward {
                                (i + 1) % all.len()
                            } else {
                                (i + all.len() - 1) % all.len()
                            }];
                        }
                        Ok(())
                    },
                );
            }
        }
        Action::Delete => {
            if let Some((id, true)) = selected {
                delete_custom_institution(state, &id);
            }
        }
        _ => {}
    }
}

pub(super) fn toggle_roster(state: &mut State, id: &str) {
    let code = state.content.institution(id).map_or(id.to_string(), |i| i.code.clone());
    let uses = state.plan().map_or(0, |p| {
        p.items
            .values()
            .filter(|d| d.lead.as_deref() == Some(id) || d.partners.iter().any(|x| x == id))
            .count()
    });
    let mut added = false;
    let changed = change(
        state,
        &crate::fl!("roster-changed", code = code.clone()),
        Touches::NoDecision,
        |plan, _| {
            if let Some(pos) = plan.roster.institutions.iter().position(|x| x == id) {
                plan.roster.institutions.remove(pos);
            } else {
                plan.roster.institutions.push(id.to_string());
                added = true;
            }
            Ok(())
        },
    );
    if changed.is_err() {
        return;
    }
    state.message = Some(match (added, uses) {
        (true, _) => info(&crate::fl!("roster-added", code = code)),
        (false, 0) => info(&crate::fl!("roster-removed", code = code)),
        (false, n) => error(&crate::fl!("roster-removed-with-roles", code = code, roles = n)),
    });
}

pub(super) fn delete_custom_institution(state: &mut State, id: &str) {
    let uses = state.plan().map_or(0, |p| {
        p.items
            .values()
            .filter(|d| d.lead.as_deref() == Some(id) || d.partners.iter().any(|x| x == id))
            .count()
    });
    if uses > 0 {
        state.message = Some(error(&crate::fl!("roster-has-roles", roles = uses)));
        return;
    }
    let code =
        state.plan().map_or(id.to_string(), |p| p.institution_code(id, &state.content).into());
    let deleted =
        change(state, &crate::fl!("roster-own-deleted"), Touches::NoDecision, |plan, _| {
            plan.roster.custom.retain(|c| c.id != id);
            Ok(())
        });
    if deleted.is_ok() {
        let undo = key_for(&Action::Undo);
        state.message = Some(info(&crate::fl!("roster-deleted-undo", code = code, key = undo)));
    }
}

/// "Anti-Trafficking Office, ATO" adds an institution of the plan's own.
pub(super) fn add_institution(state: &mut State, line: &str) -> Result<(), String> {
    if line.is_empty() {
        return Ok(());
    }
    let (name, code) = parse_institution(line)?;
    change(
        state,
        &crate::fl!("roster-own-added", code = code.clone()),
        Touches::NoDecision,
        |plan, content| add_custom_institution(plan, content, &name, &code),
    )?;
    state.message = Some(info(&crate::fl!("roster-own-added-type", code = code)));
    Ok(())
}
