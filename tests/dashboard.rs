//! The review dashboard: snapshots for the demo plan, and its figures against
//! `napwiz summary --format json`.

use std::process::Command;

use napwiz::tui::state::{State, Step};
use napwiz::tui::theme::Look;
use napwiz::tui::view::dashboard::PANELS;

mod common;

fn screen(state: &State) -> String {
    common::draw_text(state, state.size.0, state.size.1)
}

fn review(size: (u16, u16), ascii: bool, panel: usize) -> State {
    let mut state = common::demo_state(Step::Review);
    state.size = size;
    state.look = Look { ascii, ..Look::default() };
    state.review.panel = panel;
    state
}

#[test]
fn every_panel_at_80x24_in_default_and_ascii() {
    for ascii in [false, true] {
        let mut all = String::new();
        for panel in 0..PANELS.len() {
            all.push_str(&screen(&review((80, 24), ascii, panel)));
            all.push_str("----\n");
        }
        let name = if ascii { "dashboard_80x24_ascii" } else { "dashboard_80x24" };
        insta::assert_snapshot!(name, all);
    }
}

#[test]
fn all_panels_side_by_side_at_200x60() {
    for ascii in [false, true] {
        let text = screen(&review((200, 60), ascii, 0));
        for name in PANELS {
            assert!(text.contains(name), "panel {name} missing at 200x60");
        }
        let name = if ascii { "dashboard_200x60_ascii" } else { "dashboard_200x60" };
        insta::assert_snapshot!(name, text);
    }
}

#[test]
fn ascii_and_no_colour_bars_use_hashes_and_carry_numbers() {
    let text = screen(&review((80, 24), true, 0));
    assert!(text.is_ascii());
    assert!(text.contains("high ###"), "{text}");
    let mut state = review((80, 24), false, 0);
    state.look.color = false;
    assert!(screen(&state).contains("high ###"));
}

/// The figures on screen are the ones `napwiz summary --format json` prints.
#[test]
fn figures_match_the_summary_command() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("demo.ron");
    let bin = env!("CARGO_BIN_EXE_napwiz");
    let data = dir.path().join("data");
    let made = Command::new(bin)
        .args(["demo", plan.to_str().unwrap()])
        .env("NAPWIZ_DATA_DIR", &data)
        .output()
        .unwrap();
    assert!(made.status.success());
    let out = Command::new(bin)
        .args(["summary", plan.to_str().unwrap(), "--format", "json"])
        .env("NAPWIZ_DATA_DIR", &data)
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();

    let by_area = screen(&review((200, 60), true, 0));
    for area in json["areas"].as_array().unwrap() {
        let line = format!("{} of {} actions included", area["included"], area["actions"]);
        assert!(by_area.contains(&line), "missing '{line}'");
        let high = format!("high {}", area["priority"]["high"]);
        assert!(
            by_area
                .lines()
                .any(|l| l.contains("high") && l.contains(&area["priority"]["high"].to_string())),
            "{high}"
        );
    }
    let workload = screen(&review((80, 60), true, 2));
    for inst in json["institutions"].as_array().unwrap().iter().take(5) {
        let code = inst["code"].as_str().unwrap();
        let row = workload
            .lines()
            .find(|l| l.contains(&format!("|{code:<6} lead")))
            .unwrap_or_else(|| panic!("{code} row\n{workload}"));
        let numbers: Vec<&str> = row
            .trim_matches('|')
            .split_whitespace()
            .filter(|w| w.chars().all(|c| c.is_ascii_digit()))
            .collect();
        assert_eq!(numbers, vec![inst["leads"].to_string(), inst["partners"].to_string()], "{row}");
    }
    let gaps = json["gaps"].as_array().unwrap();
    let gaps_panel = screen(&review((80, 200), true, 4));
    for gap in gaps {
        assert!(gaps_panel.contains(gap["id"].as_str().unwrap()), "gap {} not listed", gap["id"]);
    }
    let timeline = &json["timeline"];
    let years: Vec<String> =
        timeline["years"].as_array().unwrap().iter().map(|y| y.to_string()).collect();
    let timeline_panel = screen(&review((100, 80), true, 3));
    let header = timeline_panel.lines().find(|l| l.contains("Goal")).unwrap();
    for year in &years {
        assert!(header.contains(year.as_str()), "{header}");
    }
    assert_eq!(
        timeline["goals"].as_array().unwrap().len(),
        timeline_panel
            .lines()
            .filter(|l| l.trim_start_matches('|').starts_with(|c: char| c.is_ascii_uppercase())
                && !l.contains("Goal"))
            .count(),
        "{timeline_panel}"
    );
}
