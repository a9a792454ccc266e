//! Every command path that takes a loaded plan, in memory: what the chaos test and the fuzz
//! targets (which include this file) run on each plan that loads. Any panic is a defect.

use std::path::PathBuf;

use napwiz::content::Content;
use napwiz::export::{ExportOptions, Format, render};
use napwiz::plan::{self, Plan, Side, diff, merge};
use napwiz::tui::state::{OpenPlan, State, Step};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use super::keys::press;

/// Keys pressed on every step of the wizard: moving, opening, deciding, cycling every field,
/// pickers, the conflicts list, undo and redo. No key that quits or writes files.
pub const KEYS: &[&str] = &[
    "Down", "Right", "Space", "Down", "Space", "x", "1", "b", "t", "t", "Enter", "Down", "Space",
    "Right", "Tab", "Space", "Left", "Esc", "End", "Space", "Enter", "Tab", "Tab", "Space", "Esc",
    "L", "Down", "Enter", "Esc", "p", "Space", "Esc", "C", "Right", "Enter", "Esc", "o", "Esc",
    "Ctrl+Z", "Ctrl+Y", "PgDn", "Home", "]",
];

/// Runs the plan through summary, health check, diff and textconv, split and merge, every
/// merge-conflict choice, the draft document and every export format, and the wizard (each
/// step drawn, the keys above pressed, drawn again).
pub fn every_command(plan: &Plan, content: &Content) {
    reports(plan, content);
    breakout(plan, content);
    exports(plan, content);
    wizard(plan, content, (80, 24));
}

fn reports(plan: &Plan, content: &Content) {
    let summary = plan::summarize(plan, content);
    let _ = format!("{summary}");
    let _ = serde_json::to_string(&summary).expect("a summary serialises");
    let _ = summary.area_table(30);
    let _ = plan::check(plan, content);
    let _ = diff::describe_plan(plan, content);
    let empty = Plan::new("", "", plan.meta.period, content);
    let _ = diff::changes(&empty, plan, content);
    let _ = diff::changes(plan, &empty, content);
    let text = plan::to_ron(plan);
    plan::from_ron("again.ron", &text).expect("a plan napwiz writes loads again");
}

fn breakout(plan: &Plan, content: &Content) {
    let parts: Vec<Plan> =
        content.areas.iter().map(|a| merge::split(plan, content, &a.id, "nap.ron")).collect();
    let names: Vec<String> = content.areas.iter().map(|a| format!("{}.ron", a.id)).collect();
    let sides: Vec<Side> = parts.iter().zip(&names).map(|(p, n)| Side::new(n, p)).collect();
    let _ = plan::merge(plan, &sides, None, content);
    let other = Plan::new("other", "", plan.meta.period, content);
    let _ = plan::merge(&other, &[Side::new("mine.ron", plan)], None, content);
    for (index, conflict) in plan.conflicts.iter().enumerate() {
        let _ = merge::conflict_line(conflict, plan, content);
        for choice in 0..conflict.choices.len() {
            let _ =
                merge::describe(&conflict.field, &conflict.choices[choice].value, plan, content);
            let mut resolved = plan.clone();
            if merge::resolve(&mut resolved, index, choice).is_ok() {
                reports(&resolved, content);
                exports(&resolved, content);
            }
        }
    }
}

fn exports(plan: &Plan, content: &Content) {
    let options =
        ExportOptions { date: jiff::civil::date(2026, 11, 28), excel_csv: true, clean: false };
    let doc = napwiz::document::build(plan, content, options.date);
    for format in Format::ALL {
        render(&doc, format, &options).expect("every format renders in memory");
    }
    let _ = napwiz::export::preview_lines(&doc);
}

/// A few keys for the steps after the first area step: the same code paths, other data.
const FEW_KEYS: &[&str] = &["Down", "Right", "Space", "t", "Enter", "Space", "Esc", "C", "Enter"];

/// The wizard on `plan`: every step drawn, then keys pressed with a frame after each (all of
/// [`KEYS`] on the first area step, a few on the others).
pub fn wizard(plan: &Plan, content: &Content, size: (u16, u16)) {
    let mut state = State::new(content.clone(), vec![]);
    state.plan = Some(OpenPlan::new(PathBuf::from("chaos.ron"), plan.clone(), None));
    state.size = size;
    let mut terminal = Terminal::new(TestBackend::new(size.0, size.1)).expect("a test terminal");
    let mut first_area = true;
    for step in state.step_list() {
        state.step = step;
        state.overlay = None;
        for area in &mut state.areas {
            area.field = None;
        }
        terminal
            .draw(|f| {
                napwiz::tui::view::draw(&state, f);
            })
            .expect("a frame");
        let keys = if matches!(step, Step::Area(_)) && first_area { KEYS } else { FEW_KEYS };
        first_area &= !matches!(step, Step::Area(_));
        for key in keys {
            press(&mut state, key);
            terminal
                .draw(|f| {
                    napwiz::tui::view::draw(&state, f);
                })
                .expect("a frame");
        }
    }
}

/// The wizard's frames only: every step drawn once (for the many cases of damaged files).
pub fn frames(plan: &Plan, content: &Content) {
    let mut state = State::new(content.clone(), vec![]);
    state.plan = Some(OpenPlan::new(PathBuf::from("chaos.ron"), plan.clone(), None));
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).expect("a test terminal");
    for step in state.step_list() {
        state.step = step;
        terminal
            .draw(|f| {
                napwiz::tui::view::draw(&state, f);
            })
            .expect("a frame");
    }
}
