//! Monitor mode with the interface in French and Russian (the interface language is
//! process-wide, so this binary has one test that switches it in order): French snapshots of
//! the Monitor list, a report form and the period dashboard at 80x24, and in both languages
//! every row 80 columns wide with its borders in line and no English status word.

use std::path::PathBuf;

use ratatui::Terminal;
use ratatui::backend::TestBackend;

use napwiz::content::Content;
use napwiz::tui::state::{OpenPlan, State, Step};
use napwiz::tui::view;

mod common;
use common::keys::press;

const SIZE: (u16, u16) = (80, 24);

/// The demo plan in `language` (its checklist from that pack), in Monitor mode after `keys`.
fn monitor_in(language: &str, keys: &[&str]) -> State {
    let content = Content::embedded_in(language);
    let plan = napwiz::plan::demo_plan(&content);
    let mut state = State::new(content, vec![]);
    state.plan = Some(OpenPlan::new(PathBuf::from("/plans/demo.ron"), plan, None));
    state.step = Step::Review;
    state.size = SIZE;
    for key in ["m"].iter().chain(keys) {
        press(&mut state, key);
    }
    state
}

fn terminal(state: &State) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(SIZE.0, SIZE.1)).unwrap();
    terminal
        .draw(|f| {
            view::draw(state, f);
        })
        .unwrap();
    terminal
}

/// Each row's cells as drawn (a wide character's second cell is not drawn again).
fn rows(terminal: &Terminal<TestBackend>) -> Vec<Vec<String>> {
    let buffer = terminal.backend().buffer();
    (0..buffer.area.height)
        .map(|y| (0..buffer.area.width).map(|x| buffer[(x, y)].symbol().to_string()).collect())
        .collect()
}

/// Every row is 80 columns, a row starting with a border ends with one, and the Monitor list's
/// status, id and lead columns start at the same column on every action row.
fn assert_lined_up(name: &str, terminal: &Terminal<TestBackend>) {
    for (y, row) in rows(terminal).iter().enumerate() {
        let columns: usize = row.iter().map(|c| napwiz::tui::text::width(c)).sum();
        assert_eq!(columns, 80, "{name}: row {y} is {columns} columns: {:?}", row.concat());
        if row[0] == "│" {
            assert_eq!(row[79], "│", "{name}: row {y} right border: {:?}", row.concat());
        }
    }
}

/// Where each action row's id starts ("P1.1" after the status word), in display columns.
fn id_columns(terminal: &Terminal<TestBackend>) -> Vec<usize> {
    let ids = ["P1.", "P2.", "P3."];
    rows(terminal)
        .iter()
        .filter(|row| row[0] == "│")
        .filter_map(|row| {
            let text = row.concat();
            let at = ids.iter().filter_map(|id| text.find(id)).min()?;
            Some(napwiz::tui::text::width(&text[..at]))
        })
        .collect()
}

const ENGLISH_STATUS: [&str; 6] =
    ["not started", "on track", "delayed", "completed", "continuous", "no report"];

#[test]
fn monitor_mode_in_french_and_russian() {
    napwiz::i18n::use_interface("fr");
    let screens = [
        ("list", monitor_in("fr", &[])),
        ("report_form", monitor_in("fr", &["Down", "Enter"])),
        ("dashboard", monitor_in("fr", &["D"])),
        ("dashboard_later", monitor_in("fr", &["D", "PgDn", "PgDn", "PgDn", "PgDn"])),
    ];
    for (name, state) in screens {
        let terminal = terminal(&state);
        assert_lined_up(name, &terminal);
        let text = rows(&terminal).iter().map(|r| r.concat()).collect::<Vec<_>>().join("\n");
        for word in ENGLISH_STATUS {
            assert!(!text.contains(word), "{name}: English '{word}' on:\n{text}");
        }
        insta::assert_snapshot!(format!("fr_monitor_{name}_80x24"), terminal.backend());
    }
    let list = terminal(&monitor_in("fr", &[]));
    let columns = id_columns(&list);
    assert!(columns.len() > 5 && columns.iter().all(|c| *c == columns[0]), "{columns:?}");
    let dashboard = rows(&terminal(&monitor_in("fr", &["D"]))).concat().concat();
    assert!(dashboard.contains("\u{202F}%"), "French percentages: {dashboard}");

    napwiz::i18n::use_interface("ru");
    for (name, keys) in [("list", &[][..]), ("dashboard", &["D"][..])] {
        let terminal = terminal(&monitor_in("ru", keys));
        assert_lined_up(&format!("ru {name}"), &terminal);
        let text = rows(&terminal).concat().concat();
        assert!(!ENGLISH_STATUS.iter().any(|w| text.contains(w)), "ru {name}:\n{text}");
        if name == "list" {
            let columns = id_columns(&terminal);
            assert!(columns.iter().all(|c| *c == columns[0]), "ru: {columns:?}");
        }
    }
}
