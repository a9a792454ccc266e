//! What the wizard looks like: insta snapshots of every step and overlay, drawn with ratatui's
//! TestBackend from a state built in memory (the demo plan, no files, no recent plans), and a
//! sweep over terminal sizes that must never panic.

use std::path::PathBuf;

use ratatui::Terminal;
use ratatui::backend::TestBackend;

use napwiz::content::Content;
use napwiz::tui::keymap;
use napwiz::tui::state::{Row, State, Step};
use napwiz::tui::view;

mod common;
use common::keys::press;

const SMALL: (u16, u16) = (80, 24);
const LARGE: (u16, u16) = (120, 40);

fn demo(step: Step, size: (u16, u16)) -> State {
    let mut state = common::demo_state(step);
    state.size = size;
    state
}

/// An area step with its first goal opened and the cursor on that goal's first action.
fn area(a: usize, size: (u16, u16)) -> State {
    let mut state = demo(Step::Area(a), size);
    press(&mut state, "Enter");
    press(&mut state, "Down");
    assert!(matches!(state.selected_row(a), Some(Row::Action(_))));
    state
}

fn type_text(state: &mut State, text: &str) {
    for c in text.chars() {
        let name = if c == ' ' { "Space".to_string() } else { c.to_string() };
        press(state, &name);
    }
}

fn terminal(state: &State, (w, h): (u16, u16)) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal
        .draw(|f| {
            view::draw(state, f);
        })
        .unwrap();
    terminal
}

/// The screen as plain text, for checks beyond the snapshot.
fn screen(terminal: &Terminal<TestBackend>) -> Vec<String> {
    let buffer = terminal.backend().buffer();
    (0..buffer.area.height)
        .map(|y| (0..buffer.area.width).map(|x| buffer[(x, y)].symbol()).collect())
        .collect()
}

/// Snapshots the screen, after checking the frame every full screen must have: the header
/// names the step, and the footer shows keys.
fn snap(name: &str, state: &State, size: (u16, u16)) {
    let terminal = terminal(state, size);
    let lines = screen(&terminal);
    let (n, m) = state.step_position();
    assert!(lines[0].contains(&format!("step {n} of {m}")), "{name}: header {:?}", lines[0]);
    let footer = lines[lines.len() - 2..].join("\n");
    let (first_key, first_label) = napwiz::tui::offer::footer_here(state).remove(0);
    assert!(
        footer.contains(&format!(" {first_key}  {first_label} ")),
        "{name}: footer shows keys: {footer:?}"
    );
    insta::assert_snapshot!(name, terminal.backend());
}

fn both(name: &str, make: impl Fn((u16, u16)) -> State) {
    for size in [SMALL, LARGE] {
        snap(&format!("{name}_{}x{}", size.0, size.1), &make(size), size);
    }
}

// ---------------------------------------------------------------------------------------------
// Every step, at 80x24 and 120x40

#[test]
fn start() {
    both("start", |size| {
        let mut state = State::new(Content::embedded(), vec![]);
        state.size = size;
        state
    });
}

#[test]
fn setup() {
    both("setup", |size| demo(Step::Setup, size));
}

#[test]
fn institutions() {
    both("institutions", |size| demo(Step::Roster, size));
}

#[test]
fn area_prevention() {
    both("area_prevention", |size| area(0, size));
}

#[test]
fn area_protection() {
    both("area_protection", |size| area(1, size));
}

#[test]
fn area_prosecution() {
    both("area_prosecution", |size| area(2, size));
}

#[test]
fn area_framework() {
    both("area_framework", |size| area(3, size));
}

#[test]
fn item_fields() {
    both("item_fields", |size| {
        let mut state = area(0, size);
        press(&mut state, "Enter");
        assert_eq!(keymap::mode(&state), keymap::Mode::AreaFields);
        state
    });
}

#[test]
fn review() {
    both("review", |size| demo(Step::Review, size));
}

#[test]
fn monitoring() {
    both("monitoring", |size| demo(Step::Monitoring, size));
}

#[test]
fn generate() {
    both("generate", |size| demo(Step::Generate, size));
}

// ---------------------------------------------------------------------------------------------
// Overlays, at 80x24

#[test]
fn overlay_help() {
    let mut state = area(0, SMALL);
    press(&mut state, "?");
    snap("overlay_help_80x24", &state, SMALL);
}

#[test]
fn overlay_steps() {
    let mut state = area(0, SMALL);
    press(&mut state, "s");
    snap("overlay_steps_80x24", &state, SMALL);
}

#[test]
fn overlay_search() {
    let mut state = demo(Step::Setup, SMALL);
    press(&mut state, "/");
    type_text(&mut state, "referral");
    snap("overlay_search_80x24", &state, SMALL);
}

#[test]
fn overlay_lead_picker() {
    let mut state = area(0, SMALL);
    press(&mut state, "L");
    snap("overlay_lead_picker_80x24", &state, SMALL);
}

#[test]
fn overlay_notes_editor() {
    let mut state = area(0, SMALL);
    press(&mut state, "n");
    assert_eq!(keymap::mode(&state), keymap::Mode::MultilineEditor);
    snap("overlay_notes_editor_80x24", &state, SMALL);
}

#[test]
fn overlay_guidance() {
    let mut state = area(0, SMALL);
    press(&mut state, "o");
    snap("overlay_guidance_80x24", &state, SMALL);
}

#[test]
fn overlay_confirm_quit() {
    let mut state = State::new(Content::embedded(), vec![]);
    state.size = SMALL;
    press(&mut state, "Esc");
    snap("overlay_confirm_quit_80x24", &state, SMALL);
}

#[test]
fn overlay_editor_error() {
    let mut state = demo(Step::Setup, SMALL);
    press(&mut state, "Down");
    press(&mut state, "Down");
    press(&mut state, "Enter");
    type_text(&mut state, "x");
    press(&mut state, "Enter");
    snap("overlay_editor_error_80x24", &state, SMALL);
}

/// Each screen's footer entries, as the footer would list them, and whether all fit at a width.
fn missing_footer_entries(state: &State, size: (u16, u16)) -> Vec<String> {
    let terminal = terminal(state, size);
    let lines = screen(&terminal);
    let footer = lines[lines.len() - 2..].join("\n");
    napwiz::tui::offer::footer_here(state)
        .into_iter()
        .map(|(k, l)| format!(" {k}  {l} "))
        .filter(|entry| !footer.contains(entry.as_str()))
        .collect()
}

#[test]
fn the_footer_shows_every_entry_at_80_columns() {
    let mut fields = area(0, SMALL);
    press(&mut fields, "Enter");
    let screens = [
        ("setup", demo(Step::Setup, SMALL)),
        ("institutions", demo(Step::Roster, SMALL)),
        ("area list", area(0, SMALL)),
        ("item fields", fields),
        ("review", demo(Step::Review, SMALL)),
    ];
    let missing: Vec<String> = screens
        .iter()
        .flat_map(|(name, state)| {
            missing_footer_entries(state, SMALL).into_iter().map(move |e| format!("{name}:{e}"))
        })
        .collect();
    assert!(missing.is_empty(), "not shown: {missing:?}");
}

#[test]
fn the_header_keeps_the_save_state_at_80_columns() {
    for step in demo(Step::Start, SMALL).steps() {
        let state = demo(step, SMALL);
        let header = screen(&terminal(&state, SMALL)).remove(0);
        assert!(header.trim_end().ends_with("| saved"), "{step:?}: {header:?}");
    }
}

#[test]
fn the_lead_picker_separates_suggested_roster_and_catalogue_in_words() {
    let mut state = area(0, SMALL);
    state.plan.as_mut().unwrap().plan.roster.institutions.retain(|i| i != "labinsp");
    press(&mut state, "L");
    type_text(&mut state, "l");
    let lines = screen(&terminal(&state, SMALL));
    for heading in ["On the roster", "Catalogue: choosing one adds it to the roster"] {
        assert!(lines.iter().any(|l| l.contains(heading)), "{heading}: {lines:#?}");
    }
    let not_on_roster = lines.iter().find(|l| l.contains(" LI ")).expect("LI listed");
    assert!(not_on_roster.contains("not on roster"), "{not_on_roster}");
    press(&mut state, "Esc");
    press(&mut state, "L");
    let lines = screen(&terminal(&state, SMALL));
    assert!(lines.iter().any(|l| l.contains("Suggested for P1.1")), "{lines:#?}");
}

// ---------------------------------------------------------------------------------------------
// Small terminals

#[test]
fn too_small() {
    let state = demo(Step::Area(0), (40, 12));
    let terminal = terminal(&state, (40, 12));
    let text = screen(&terminal).join(" ");
    assert!(text.contains("terminal too small"), "{text}");
    insta::assert_snapshot!("too_small_40x12", terminal.backend());
}

/// Every step, and every overlay over an area step, at every size: drawing never panics.
#[test]
fn every_step_draws_at_every_size() {
    let mut sizes: Vec<(u16, u16)> = vec![(1, 1)];
    for w in (0..=130).step_by(7) {
        for h in (0..=50).step_by(7) {
            sizes.push((w, h));
        }
    }
    let mut states: Vec<(String, State)> = vec![];
    let mut start = State::new(Content::embedded(), vec![PathBuf::from("/a/recent/plan.ron")]);
    start.step = Step::Start;
    states.push(("start".into(), start));
    let all = demo(Step::Start, SMALL).steps();
    for step in all {
        let mut state = demo(step, SMALL);
        if let Step::Area(a) = step {
            state = area(a, SMALL);
        }
        states.push((format!("{step:?}"), state));
    }
    let mut fields = area(0, SMALL);
    press(&mut fields, "Enter");
    press(&mut fields, "End");
    states.push(("fields".into(), fields));
    for keys in [&["?"][..], &["s"], &["/", "r", "e"], &["L"], &["p"], &["n"], &["o"], &["a"]] {
        let mut state = area(0, SMALL);
        for k in keys {
            press(&mut state, k);
        }
        assert!(state.overlay.is_some(), "{keys:?} opens an overlay");
        states.push((format!("overlay {keys:?}"), state));
    }
    let mut quit = demo(Step::Start, SMALL);
    press(&mut quit, "Esc");
    states.push(("confirm quit".into(), quit));

    for (name, state) in &mut states {
        for &size in &sizes {
            state.size = size;
            let mut terminal = Terminal::new(TestBackend::new(size.0, size.1)).unwrap();
            let drawn = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                terminal
                    .draw(|f| {
                        view::draw(state, f);
                    })
                    .map(|_| ())
            }));
            assert!(matches!(drawn, Ok(Ok(()))), "{name} at {}x{} panicked", size.0, size.1);
        }
    }
}
