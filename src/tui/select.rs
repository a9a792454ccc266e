//! Read-only selectors that update and view both use: list positions, roster rows, picker
//! entries, search hits.

use crate::plan::search::find_items;
use crate::tui::state::{Hit, PickTarget, State, Step};

/// The length of the current step's main list and the cursor in it.
pub fn list_position(state: &State) -> Option<(usize, usize)> {
    Some(match state.step {
        Step::Start => (state.start_entries().len(), state.start.cursor),
        Step::Setup => (crate::plan::fields::meta_fields().len(), state.setup.cursor),
        Step::Monitoring => {
            (crate::plan::fields::monitoring_fields().len(), state.monitoring.cursor)
        }
        Step::Roster => (roster_rows(state).len(), state.roster.cursor),
        Step::Area(a) => (state.area_rows(a).len(), state.areas[a].cursor),
        Step::Monitor => {
            let period = state.monitor_period()?;
            let rows = crate::tui::derived::monitor_rows(state, state.plan()?, &period);
            (rows.len(), state.monitor.cursor)
        }
        Step::Review | Step::Generate | Step::Progress => return None,
    })
}

/// Rows of the roster step: catalogue institutions, then the plan's own, filtered.
pub fn roster_rows(state: &State) -> Vec<(String, bool)> {
    let filter = state.roster.filter.to_lowercase();
    let keep = |code: &str, name: &str| {
        filter.is_empty()
            || code.to_lowercase().contains(&filter)
            || name.to_lowercase().contains(&filter)
    };
    let Some(plan) = state.plan() else { return vec![] };
    let catalogue = state
        .content
        .institutions
        .iter()
        .filter(|i| keep(&i.code, &i.name))
        .map(|i| (i.id.clone(), false));
    let own =
        plan.roster.custom.iter().filter(|c| keep(&c.code, &c.name)).map(|c| (c.id.clone(), true));
    catalogue.chain(own).collect()
}

/// Where a picker entry comes from; the picker shows each as its own section, so choosing an
/// institution that is not on the roster (and so adds it) is never a surprise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum PickSection {
    /// Suggested by the content pack for this action.
    Suggested,
    /// On the plan's roster.
    Roster,
    /// The rest of the catalogue: choosing one adds it to the roster.
    Catalogue,
}

/// An entry of a picker: an institution, whether the content suggests it, whether it is chosen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PickEntry {
    pub id: String,
    pub code: String,
    pub name: String,
    pub suggested: bool,
    pub chosen: bool,
    pub on_roster: bool,
    pub section: PickSection,
    /// How well it matches the filter: 0 exact code, 1 code prefix, 2 name words (0 unfiltered).
    pub rank: u8,
}

/// How an institution matches a typed filter: an exact code (or id) first, then a code prefix,
/// then words of the name (each typed word starts a word of the name). None: no match.
pub fn match_rank(filter: &str, id: &str, code: &str, name: &str) -> Option<u8> {
    let filter = filter.trim().to_lowercase();
    if filter.is_empty() {
        return Some(0);
    }
    let code = code.to_lowercase();
    if code == filter || id.to_lowercase() == filter {
        return Some(0);
    }
    if code.starts_with(&filter) {
        return Some(1);
    }
    let name = name.to_lowercase();
    let words: Vec<&str> = name.split(|c: char| !c.is_alphanumeric()).collect();
    let all = filter.split_whitespace().all(|f| words.iter().any(|w| w.starts_with(f)));
    all.then_some(2)
}

/// Picker entries in sections (suggested, roster, catalogue), each ordered by how well it
/// matches the filter; entries that do not match are left out.
pub fn pick_entries(state: &State, target: &PickTarget, filter: &str) -> Vec<PickEntry> {
    let Some(plan) = state.plan() else { return vec![] };
    let content = &state.content;
    let (suggested, chosen): (Vec<String>, Vec<String>) = match target {
        PickTarget::Lead(id) | PickTarget::Partners(id) => {
            let lead = matches!(target, PickTarget::Lead(_));
            let suggested = content
                .action(id)
                .map(|(g, a)| {
                    if lead { content.action_lead(g, a) } else { content.action_partners(g, a) }
                        .to_vec()
                })
                .unwrap_or_default();
            let d = plan.decision(id);
            let chosen = if lead {
                d.and_then(|d| d.lead.clone()).into_iter().collect()
            } else {
                d.map(|d| d.partners.clone()).unwrap_or_default()
            };
            (suggested, chosen)
        }
        PickTarget::MonitoringBody => {
            (vec!["nco".into(), "ncb".into()], vec![plan.monitoring.body.clone()])
        }
    };
    let mut ids: Vec<String> = suggested.clone();
    ids.extend(plan.roster.institutions.iter().cloned());
    ids.extend(plan.roster.custom.iter().map(|c| c.id.clone()));
    ids.extend(content.institutions.iter().map(|i| i.id.clone()));
    let mut seen = std::collections::BTreeSet::new();
    ids.retain(|id| seen.insert(id.clone()));
    let mut entries: Vec<PickEntry> = ids
        .into_iter()
        .filter_map(|id| {
            let code = plan.institution_code(&id, content).to_string();
            let name = plan.institution_name(&id, content).to_string();
            let rank = match_rank(filter, &id, &code, &name)?;
            let suggested = suggested.contains(&id);
            let on_roster = plan.in_roster(&id);
            let section = match (suggested, on_roster) {
                (true, _) => PickSection::Suggested,
                (false, true) => PickSection::Roster,
                (false, false) => PickSection::Catalogue,
            };
            Some(PickEntry {
                chosen: chosen.contains(&id),
                code,
                name,
                suggested,
                on_roster,
                section,
                rank,
                id,
            })
        })
        .collect();
    entries.sort_by_key(|e| (e.section, e.rank));
    entries
}

/// Every goal and action (content and custom) whose id or words match all the query's words.
pub fn search_hits(state: &State, query: &str) -> Vec<Hit> {
    find_items(&state.content, state.plan(), query)
}
