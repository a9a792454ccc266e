//! The thin link (over SSH, `--link thin`): while keys move the selection down an area's list,
//! the description strip and the detail pane stay empty and the keys line stays as it was; a
//! pause (`Action::Settle`, sent by the app's timer) draws them. Locally nothing waits.

mod common;

use common::keys::press;
use common::{demo_state, draw_text};
use napwiz::tui::action::Action;
use napwiz::tui::link::Link;
use napwiz::tui::state::{State, Step};
use napwiz::tui::update::update;

fn prevention(thin: bool) -> State {
    let mut state = demo_state(Step::Area(0));
    state.size = (80, 24);
    if thin {
        state.link = Link::thin();
    }
    state
}

/// The last two rows: the keys line.
fn keys_line(screen: &str) -> String {
    let lines: Vec<&str> = screen.lines().collect();
    lines[lines.len() - 2..].join("\n")
}

#[test]
fn a_thin_link_holds_the_description_and_the_keys_line_until_the_keys_pause() {
    let mut state = prevention(true);
    let before = draw_text(&state, 80, 24);
    assert!(before.contains("P1: Build an evidence base"), "{before}");
    press(&mut state, "Right");
    press(&mut state, "Down");
    let moving = draw_text(&state, 80, 24);
    assert!(!moving.contains("P1.1: "), "the description waits:\n{moving}");
    assert_eq!(keys_line(&moving), keys_line(&before), "the keys line waits too");
    update(&mut state, Action::Settle);
    let settled = draw_text(&state, 80, 24);
    assert!(settled.contains("P1.1: Commission a national situation"), "{settled}");
    assert!(settled.contains("include"), "the action's keys:\n{settled}");
    assert_ne!(keys_line(&settled), keys_line(&before));
}

#[test]
fn a_thin_link_holds_the_detail_pane_on_a_wide_terminal() {
    let mut state = prevention(true);
    state.size = (200, 60);
    press(&mut state, "Down");
    let moving = draw_text(&state, 200, 60);
    assert!(!moving.contains("┐┌ P2 ─"), "the pane waits:\n{moving}");
    update(&mut state, Action::Settle);
    let settled = draw_text(&state, 200, 60);
    assert!(settled.contains("┐┌ P2 ─"), "the pane names the item:\n{settled}");
}

#[test]
fn locally_the_description_follows_every_key() {
    let mut state = prevention(false);
    press(&mut state, "Down");
    assert!(!state.link.moving());
    assert!(draw_text(&state, 80, 24).contains("P2: Raise awareness"));
}

#[test]
fn leaving_the_list_draws_at_once() {
    for leave in ["]", "?", "Enter"] {
        let mut state = prevention(true);
        press(&mut state, "Right");
        press(&mut state, "Down");
        assert!(state.link.moving(), "a move holds the description");
        press(&mut state, leave);
        assert!(!state.link.moving(), "{leave} leaves the list: nothing is held");
    }
}

#[test]
fn a_decision_keeps_the_hold_and_a_key_that_moves_nothing_starts_none() {
    let mut state = prevention(true);
    press(&mut state, "Up");
    assert!(!state.link.moving(), "Up on the first row moves nothing");
    press(&mut state, "Right");
    press(&mut state, "Down");
    press(&mut state, "Space");
    assert!(state.link.moving(), "a decision while moving keeps the hold");
}

#[test]
fn a_thin_link_scrolls_at_the_very_edge() {
    let (mut thin, mut local) = (prevention(true), prevention(false));
    for state in [&mut thin, &mut local] {
        let goals: Vec<String> =
            state.content.areas[0].goals.iter().map(|g| g.id.clone()).collect();
        state.areas[0].expanded.extend(goals);
        for _ in 0..30 {
            press(state, "Down");
        }
    }
    let rows = napwiz::tui::view::area_list_height(&thin);
    assert_eq!(thin.areas[0].cursor - thin.areas[0].top, rows - 1, "the cursor is on the last row");
    assert_eq!(local.areas[0].cursor - local.areas[0].top, rows - 3, "locally two rows stay below");
}

#[test]
fn the_help_says_why_the_description_waits_on_a_thin_link_only() {
    for thin in [true, false] {
        let mut state = prevention(thin);
        press(&mut state, "?");
        state.size = (200, 60);
        let help = draw_text(&state, 200, 60);
        let said = help.contains("Thin link");
        assert_eq!(said, thin, "thin {thin}:\n{help}");
    }
}
