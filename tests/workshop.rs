//! A scripted workshop: a facilitator records 34 Prevention decisions dictated by a room,
//! through the wizard's real key map, as in issue 13's trial (include, priority, lead,
//! partners, timeframe, baseline, exclusions, notes, and a few corrections).
//!
//! It checks two things:
//! - **No silent changes.** After every key the plan is compared with the plan before it. Any
//!   change beyond the field the key targets (an action included by its priority, indicators
//!   pre-filled, an institution added to the roster, a lead dropped from the partners) must be
//!   named in the status line as drawn on the screen.
//! - **Keys per decision.** It prints a table (`cargo test --test workshop -- --nocapture`) and
//!   asserts that the median for an included action with priority, lead and one or more
//!   partners is at most 6 keys (navigation between actions is counted apart).

// This file reports on itself (keys per decision); that is not napwiz's output (clippy.toml).
#![allow(clippy::disallowed_macros)]

use std::collections::BTreeSet;
use std::path::PathBuf;

use napwiz::content::Content;
use napwiz::plan::{Inclusion, Period, Plan, Priority};
use napwiz::tui::action::Action;
use napwiz::tui::keymap::{self, Mode};
use napwiz::tui::state::{OpenPlan, Overlay, PickTarget, Row, State, Step};

mod common;
use common::draw_text;
use common::keys::{key, press};

const PREVENTION: usize = 0;
/// The smallest full screen (the consultant's 80x24): the status line is cut first there, so a
/// message that names a change here names it at every size.
const SCREEN: (u16, u16) = (80, 24);

/// One decision as the room dictated it: the keys typed for it (`'ngo'` types n, g, o) and
/// what the plan must say afterwards.
struct Decision {
    id: &'static str,
    keys: &'static str,
    want: Want,
}

struct Want {
    included: bool,
    priority: Option<Priority>,
    lead: Option<&'static str>,
    partners: &'static [&'static str],
}

const fn inc(priority: Priority, lead: &'static str, partners: &'static [&'static str]) -> Want {
    Want { included: true, priority: Some(priority), lead: Some(lead), partners }
}

const OUT: Want = Want { included: false, priority: None, lead: None, partners: &[] };

use Priority::{High as H, Low as L, Medium as M};

/// The session. Most of the time the room takes the checklist's suggested lead (`S`) and a
/// suggested partner (`p Enter`, or `p Down Enter` for the next one); sometimes it names
/// another institution by its code; it changes its mind a few times.
const SESSION: &[Decision] = &[
    Decision { id: "P1.1", keys: "1 S p Enter Esc", want: inc(H, "nco", &["stats"]) },
    Decision { id: "P1.2", keys: "2 S p Down Enter Esc", want: inc(M, "nco", &["research"]) },
    Decision { id: "P1.3", keys: "x", want: OUT },
    Decision { id: "P1.4", keys: "3 S p 'ngo' Enter Esc", want: inc(L, "nco", &["ngo"]) },
    Decision { id: "P1.5", keys: "1 S p Enter Esc t", want: inc(H, "nco", &["stats"]) },
    Decision { id: "P2.1", keys: "1 L Down Enter p Enter Esc", want: inc(H, "moi", &["media"]) },
    Decision { id: "P2.2", keys: "2 S p Down Enter Esc", want: inc(M, "nco", &["ngo"]) },
    Decision { id: "P2.3", keys: "1 S p Enter Esc", want: inc(H, "nco", &["hotline"]) },
    Decision { id: "P2.4", keys: "x n 'MoI runs this' Ctrl+S", want: OUT },
    Decision { id: "P2.5", keys: "3 S p Enter Esc t t", want: inc(L, "nco", &["research"]) },
    Decision { id: "P3.1", keys: "1 S p Enter Esc", want: inc(H, "molsp", &["ngo"]) },
    Decision {
        id: "P3.2",
        keys: "1 S p Enter Down Enter Esc",
        want: inc(H, "migration", &["ngo", "io"]),
    },
    Decision { id: "P3.3", keys: "2 L 'csw' Enter p Enter Esc", want: inc(M, "swc", &["ngo"]) },
    Decision { id: "P3.4", keys: "x", want: OUT },
    Decision { id: "P3.5", keys: "2 S p Enter Esc", want: inc(M, "molsp", &["survivors"]) },
    Decision { id: "P4.1", keys: "1 S p Enter Esc", want: inc(H, "moe", &["ngo"]) },
    Decision { id: "P4.2", keys: "2 S p 'atu' Enter Esc", want: inc(M, "moe", &["police-thb"]) },
    Decision {
        id: "P4.3",
        keys: "b b b 1 S p Down Enter Esc",
        want: inc(H, "moe", &["childprot"]),
    },
    Decision { id: "P4.4", keys: "x", want: OUT },
    Decision { id: "P5.1", keys: "2 S p Enter Esc", want: inc(M, "employ", &["swc"]) },
    Decision { id: "P5.2", keys: "x", want: OUT },
    // The room first says high, then settles on medium.
    Decision { id: "P5.3", keys: "1 S p Enter Esc 2", want: inc(M, "molsp", &["gender"]) },
    Decision { id: "P5.4", keys: "x", want: OUT },
    Decision {
        id: "P6.1",
        keys: "1 L 'maa' Enter p 'li' Enter Esc",
        want: inc(H, "migration", &["labinsp"]),
    },
    // "High", then "no, leave it out": undone, and excluded.
    Decision { id: "P6.2", keys: "1 Ctrl+Z x", want: OUT },
    Decision { id: "P6.3", keys: "2 S p Enter Esc", want: inc(M, "mfa", &["nco"]) },
    Decision { id: "P6.4", keys: "1 S p Down Enter Esc", want: inc(H, "migration", &["labinsp"]) },
    Decision { id: "P7.1", keys: "1 S p Enter Esc", want: inc(H, "molsp", &["labinsp"]) },
    Decision { id: "P7.2", keys: "1 S p Enter Esc", want: inc(H, "labinsp", &["police-thb"]) },
    // Left out at first; after a discussion the room puts it in (the priority includes it).
    Decision { id: "P7.3", keys: "x 2 S p Enter Esc", want: inc(M, "procure", &["mof"]) },
    Decision {
        id: "P7.4",
        keys: "2 L 'molsp' Enter p Enter Esc",
        want: inc(M, "molsp", &["police-thb"]),
    },
    Decision { id: "P7.5", keys: "x", want: OUT },
    Decision { id: "P8.1", keys: "1 S p Enter Esc", want: inc(H, "moj", &["pros"]) },
    // The wrong partner is marked, unmarked again, and the right one typed.
    Decision {
        id: "P8.2",
        keys: "1 S p Down Enter Enter 'ngo' Enter Esc",
        want: inc(H, "moj", &["ngo"]),
    },
];

/// The roster the consultant prepared before the workshop; the room names others too.
const ROSTER: &[&str] =
    &["nco", "moi", "police-thb", "moj", "pros", "molsp", "swc", "moe", "ngo", "io", "stats"];

fn workshop_state() -> State {
    let content = Content::embedded();
    let mut plan =
        Plan::new("NAP 2027-2030", "Republic of X", Period { first: 2027, last: 2030 }, &content);
    plan.roster.institutions = ROSTER.iter().map(|s| s.to_string()).collect();
    let mut state = State::new(content, vec![]);
    state.plan = Some(OpenPlan::new(PathBuf::from("/plans/nap.ron"), plan, None));
    state.step = Step::Area(PREVENTION);
    state.size = SCREEN;
    state
}

/// `1 S 'ngo' Enter` as key names: a quoted word is typed one character at a time.
fn key_names(log: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut rest = log.trim();
    while !rest.is_empty() {
        if let Some(quoted) = rest.strip_prefix('\'') {
            let end = quoted.find('\'').expect("a closing quote");
            names.extend(
                quoted[..end].chars().map(|c| if c == ' ' { "Space".into() } else { c.into() }),
            );
            rest = quoted[end + 1..].trim_start();
        } else {
            let end = rest.find(' ').unwrap_or(rest.len());
            names.push(rest[..end].to_string());
            rest = rest[end..].trim_start();
        }
    }
    names
}

/// A part of the plan that a key can change.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Facet {
    Inclusion,
    Priority,
    Baseline,
    Timeframe,
    Lead,
    Partners,
    Indicators,
    Budget,
    Notes,
    Roster,
    CustomItems,
    Rest,
}

/// Everything that differs between two plans, as (item id or "", facet).
fn changes(before: &Plan, after: &Plan) -> BTreeSet<(String, Facet)> {
    let mut out = BTreeSet::new();
    let ids: BTreeSet<&String> = before.items.keys().chain(after.items.keys()).collect();
    for id in ids {
        let a = before.decision(id).cloned().unwrap_or_default();
        let b = after.decision(id).cloned().unwrap_or_default();
        let facets = [
            (a.inclusion != b.inclusion, Facet::Inclusion),
            (a.priority != b.priority, Facet::Priority),
            (a.baseline != b.baseline, Facet::Baseline),
            (a.timeframe != b.timeframe, Facet::Timeframe),
            (a.lead != b.lead, Facet::Lead),
            (a.partners != b.partners, Facet::Partners),
            (a.indicators != b.indicators, Facet::Indicators),
            (a.budget != b.budget, Facet::Budget),
            (a.notes != b.notes, Facet::Notes),
        ];
        out.extend(
            facets.into_iter().filter(|(changed, _)| *changed).map(|(_, f)| (id.clone(), f)),
        );
    }
    if before.roster != after.roster {
        out.insert((String::new(), Facet::Roster));
    }
    if before.custom_goals != after.custom_goals || before.custom_actions != after.custom_actions {
        out.insert((String::new(), Facet::CustomItems));
    }
    if before.meta != after.meta || before.monitoring != after.monitoring {
        out.insert((String::new(), Facet::Rest));
    }
    out
}

/// What a key asks for directly, given where it is pressed. None: anything (undo, redo).
fn asked_for(state: &State, name: &str) -> Option<BTreeSet<(String, Facet)>> {
    let mode = keymap::mode(state);
    let action = keymap::action_for(mode, key(name));
    let selected = match state.step {
        Step::Area(a) => state.selected_row(a).map(|r| r.id().to_string()),
        _ => None,
    };
    let on = |facet: Facet| -> Option<BTreeSet<(String, Facet)>> {
        Some(selected.iter().map(|id| (id.clone(), facet.clone())).collect())
    };
    match (&state.overlay, action) {
        (_, Some(Action::Undo | Action::Redo)) if mode != Mode::MultilineEditor => None,
        (Some(Overlay::Picker { target, .. }), Some(Action::Enter | Action::ToggleInclude)) => {
            let (id, facet) = match target {
                PickTarget::Lead(id) => (id.clone(), Facet::Lead),
                PickTarget::Partners(id) => (id.clone(), Facet::Partners),
                PickTarget::MonitoringBody => (String::new(), Facet::Rest),
            };
            Some(BTreeSet::from([(id, facet)]))
        }
        (Some(Overlay::Editor { .. }), Some(Action::Enter | Action::Back)) => on(Facet::Notes),
        (Some(_), _) => Some(BTreeSet::new()),
        (None, Some(action)) => match action {
            Action::ToggleInclude | Action::Exclude => on(Facet::Inclusion),
            Action::SetPriority(_) => on(Facet::Priority),
            Action::CycleBaseline => on(Facet::Baseline),
            Action::CycleTimeframe => on(Facet::Timeframe),
            Action::SuggestedLead => on(Facet::Lead),
            _ => Some(BTreeSet::new()),
        },
        (None, None) => Some(BTreeSet::new()),
    }
}

/// Words the status line must contain to name a change of this facet.
fn words_for(facet: &Facet, after: &Plan, id: &str) -> Vec<String> {
    let d = after.decision(id).cloned().unwrap_or_default();
    let words: &[&str] = match facet {
        Facet::Inclusion => &["included", "not decided"],
        Facet::Priority => &["priority"],
        Facet::Baseline => &["baseline"],
        Facet::Lead => &["lead"],
        Facet::Partners => &["partner"],
        Facet::Indicators => &["indicator"],
        Facet::Budget => &["budget"],
        Facet::Notes => &["notes"],
        Facet::Roster => &["roster"],
        Facet::CustomItems => &["deleted", "added"],
        Facet::Rest => &["changed"],
        Facet::Timeframe => {
            return vec!["timeframe".into(), d.timeframe.map(|t| t.label()).unwrap_or_default()]
                .into_iter()
                .filter(|w| !w.is_empty())
                .collect();
        }
    };
    words.iter().map(|w| w.to_string()).collect()
}

/// The status line as drawn, between the body and the footer.
fn status_line(state: &State) -> String {
    let screen = draw_text(state, SCREEN.0, SCREEN.1);
    let lines: Vec<&str> = screen.lines().collect();
    lines[lines.len() - 3].trim().to_string()
}

/// Presses one key; panics when it changed something the user did not ask for without the
/// status line saying so.
fn press_checked(state: &mut State, name: &str, context: &str) {
    let asked = asked_for(state, name);
    let before = state.plan().expect("a plan").clone();
    press(state, name);
    let after = state.plan().expect("a plan").clone();
    let changed = changes(&before, &after);
    if changed.is_empty() {
        return;
    }
    let status = status_line(state);
    let Some(asked) = asked else {
        assert!(!status.is_empty(), "{context}: {name} changed {changed:?} without a word");
        return;
    };
    for (id, facet) in changed.difference(&asked) {
        let words = words_for(facet, &after, id);
        assert!(
            words.iter().any(|w| status.contains(w.as_str())),
            "{context}: key {name} changed {facet:?} of {id:?} silently; status line: {status:?}"
        );
    }
}

/// Moves the cursor to an action the way a facilitator does: Down, and Enter on its goal to
/// open it. Returns the keys pressed.
fn go_to(state: &mut State, id: &str) -> usize {
    let goal = state.content.action(id).map(|(g, _)| g.id.clone()).expect("a checklist action");
    let mut pressed = 0;
    loop {
        match state.selected_row(PREVENTION) {
            Some(Row::Action(at)) if at == id => return pressed,
            Some(Row::Goal(g)) if g == goal && !state.areas[PREVENTION].expanded.contains(&g) => {
                press_checked(state, "Enter", id)
            }
            _ => press_checked(state, "Down", id),
        }
        pressed += 1;
        assert!(pressed < 200, "could not reach {id}");
    }
}

fn check_outcome(state: &State, decision: &Decision) {
    let d = state.plan().unwrap().decision(decision.id).cloned().unwrap_or_default();
    let want = &decision.want;
    let inclusion = if want.included { Inclusion::Included } else { Inclusion::Excluded };
    assert_eq!(d.inclusion, inclusion, "{}", decision.id);
    assert_eq!(d.priority, want.priority, "{}", decision.id);
    assert_eq!(d.lead.as_deref(), want.lead, "{}", decision.id);
    assert_eq!(d.partners, want.partners, "{}", decision.id);
}

fn kind(want: &Want) -> &'static str {
    match (want.included, want.priority, want.lead, want.partners.is_empty()) {
        (true, Some(_), Some(_), false) => "included, priority, lead, partner",
        (false, ..) => "not included",
        _ => "other",
    }
}

fn median(values: &mut [usize]) -> f64 {
    values.sort_unstable();
    let n = values.len();
    if n % 2 == 1 { values[n / 2] as f64 } else { (values[n / 2 - 1] + values[n / 2]) as f64 / 2.0 }
}

#[test]
fn a_workshop_of_34_decisions_changes_nothing_silently_and_takes_few_keys() {
    assert_eq!(SESSION.len(), 34);
    let mut state = workshop_state();
    let mut rows = Vec::new();
    for decision in SESSION {
        let navigation = go_to(&mut state, decision.id);
        let names = key_names(decision.keys);
        for name in &names {
            press_checked(&mut state, name, decision.id);
        }
        assert!(state.overlay.is_none(), "{}: a popup was left open", decision.id);
        check_outcome(&state, decision);
        rows.push((decision.id, kind(&decision.want), names.len(), navigation, decision.keys));
    }
    let health = napwiz::plan::check(state.plan().unwrap(), &state.content);
    assert!(
        !health.findings.iter().any(|f| f.message.contains("no timeframe")),
        "no included action lost its timeframe"
    );

    println!("\nKeys per decision (navigation between actions counted apart):");
    println!("{:<6} {:<34} {:>4} {:>4}  key log", "action", "decision", "keys", "nav");
    for (id, kind, keys, nav, log) in &rows {
        println!("{id:<6} {kind:<34} {keys:>4} {nav:>4}  {log}");
    }
    let summary = |label: &str| -> f64 {
        let mut keys: Vec<usize> = rows.iter().filter(|r| r.1 == label).map(|r| r.2).collect();
        let (n, total) = (keys.len(), keys.iter().sum::<usize>());
        let median = median(&mut keys);
        println!(
            "{label}: {n} decisions, median {median} keys, mean {:.1}, range {}-{}",
            total as f64 / n as f64,
            keys.first().unwrap(),
            keys.last().unwrap()
        );
        median
    };
    let full = summary("included, priority, lead, partner");
    summary("not included");
    let all: usize = rows.iter().map(|r| r.2).sum();
    let nav: usize = rows.iter().map(|r| r.3).sum();
    println!("all 34 decisions: {all} keys, plus {nav} to move between actions");
    assert!(full <= 6.0, "median keys for an included action with priority, lead, partner: {full}");
}

#[test]
fn the_key_log_reader_types_quoted_words_one_key_at_a_time() {
    assert_eq!(key_names("1 L 'mo i' Enter"), ["1", "L", "m", "o", "Space", "i", "Enter"]);
}
