//! The institution picker overlay (lead, partners, monitoring body).

use super::area::set_lead;
use super::change::{change, change_item};
use super::message::{error, info, key_for};
use super::nav::{move_cursor, page};
use super::prompt::{input_text, text_area};
use crate::plan::edit;
use crate::plan::patch::Touches;
use crate::tui::action::Action;
use crate::tui::changes::{self, Aspect};
use crate::tui::keymap::{self, Mode};
use crate::tui::select::{PickEntry, pick_entries};
use crate::tui::state::{Overlay, PickTarget, State};
use ratatui_textarea::TextArea;

/// Where the picker's cursor goes as the filter changes: the best match (an exact code wins
/// over a suggestion that only matches by name).
pub(super) fn best_match(entries: &[PickEntry]) -> usize {
    let best = entries.iter().map(|e| e.rank).min().unwrap_or(0);
    entries.iter().position(|e| e.rank == best).unwrap_or(0)
}

pub(super) fn picker(
    state: &mut State,
    action: Action,
    target: PickTarget,
    mut filter: TextArea<'static>,
    mut cursor: usize,
) {
    let typed = input_text(&filter);
    let entries = pick_entries(state, &target, &typed);
    let page = page(state);
    if move_cursor(&mut cursor, entries.len(), &action, page) {
        state.overlay = Some(Overlay::Picker { target, filter, cursor });
        return;
    }
    let chosen = entries.get(cursor).cloned();
    match action {
        Action::Back => return,
        Action::Enter | Action::ToggleInclude => {
            let Some(entry) = chosen else {
                let close = keymap::key_for(Mode::Picker, &Action::Back).unwrap_or_default();
                state.message = Some(error(&crate::fl!(
                    "picker-nothing-matches",
                    filter = typed.trim().to_string(),
                    key = close
                )));
                state.overlay = Some(Overlay::Picker { target, filter, cursor });
                return;
            };
            let close = pick(state, &target, &entry);
            if close && action == Action::Enter {
                return;
            }
            // The filter starts afresh after each pick, so the next code is not appended to it.
            filter = text_area("", false);
            let all = pick_entries(state, &target, "");
            cursor = all.iter().position(|e| e.id == entry.id).unwrap_or(0);
        }
        Action::Key(key) => {
            filter.input(key);
            cursor = best_match(&pick_entries(state, &target, &input_text(&filter)));
        }
        Action::Paste(text) => {
            filter.insert_str(text.replace('\n', " "));
            cursor = best_match(&pick_entries(state, &target, &input_text(&filter)));
        }
        _ => {}
    }
    state.overlay = Some(Overlay::Picker { target, filter, cursor });
}

/// Applies a picker choice; returns true when the picker should close (single choice).
pub(super) fn pick(state: &mut State, target: &PickTarget, entry: &PickEntry) -> bool {
    match target {
        PickTarget::Lead(id) => {
            set_lead(state, id, &entry.id);
            true
        }
        PickTarget::Partners(id) => {
            toggle_partner(state, id, entry);
            false
        }
        PickTarget::MonitoringBody => {
            let before = state.plan().map(|p| p.roster.clone());
            let _ = change(
                state,
                &crate::fl!("field-monitoring-body"),
                Touches::NoDecision,
                |plan, _| {
                    if !plan.in_roster(&entry.id) {
                        plan.roster.institutions.push(entry.id.clone());
                    }
                    plan.monitoring.body = entry.id.clone();
                    Ok(())
                },
            );
            if let (Some(before), Some(after)) = (before, state.plan()) {
                let mut said =
                    vec![crate::fl!("picker-monitoring-body-set", code = entry.code.clone())];
                said.extend(changes::roster_changes(&before, after, &state.content));
                state.message = Some(info(&said.join("; ")));
            }
            true
        }
    }
}

/// Marks or unmarks a partner; the lead is never also a partner, and the picker says so.
pub(super) fn toggle_partner(state: &mut State, id: &str, entry: &PickEntry) {
    let lead = state.plan().and_then(|p| p.decision(id)).and_then(|d| d.lead.clone());
    if lead.as_deref() == Some(entry.id.as_str()) {
        let pick = key_for(&Action::PickLead);
        state.message = Some(error(&crate::fl!(
            "picker-lead-not-partner",
            code = entry.code.clone(),
            item = id,
            key = pick
        )));
        return;
    }
    let label = crate::fl!("picker-partner-label", item = id, code = entry.code.clone());
    let _ = change_item(state, id, Aspect::Partners, &label, |plan, content| {
        let d = plan.items.entry(id.to_string()).or_default();
        if let Some(pos) = d.partners.iter().position(|p| p == &entry.id) {
            d.partners.remove(pos);
            return Ok(());
        }
        d.partners.push(entry.id.clone());
        if !plan.in_roster(&entry.id) {
            plan.roster.institutions.push(entry.id.clone());
        }
        edit::include_when_decided(plan, content, id);
        Ok(())
    });
}
