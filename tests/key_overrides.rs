//! Key overrides by stable id, an old config's English labels, and messages that name the key a
//! user remapped. The overrides are set once per process, so this file installs one table.

use std::collections::BTreeMap;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use napwiz::tui::action::Action;
use napwiz::tui::keymap::{self, Mode};
use napwiz::tui::state::Step;
use napwiz::tui::update::update;

mod common;

/// The table every test here sees: two ids and one English label from an older config.
fn remapped() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let keys: BTreeMap<String, Vec<String>> =
            [("theme", "F6"), ("undo", "F7"), ("merge conflicts", "F8"), ("priority_high", "F9")]
                .into_iter()
                .map(|(name, key)| (name.to_string(), vec![key.to_string()]))
                .collect();
        assert_eq!(keymap::set_overrides(&keys), Vec::<String>::new());
    });
}

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

#[test]
fn a_message_names_the_remapped_key() {
    remapped();
    let mut state = common::demo_state(Step::Area(0));
    update(&mut state, Action::CycleTheme);
    let text = state.message.as_ref().unwrap().text.clone();
    assert!(text.contains("(F6 for the next one)"), "{text}");
    // Clearing a field says how to undo it, with the undo key as the config set it.
    for name in ["Enter", "j", "Enter", "Backspace"] {
        common::keys::press(&mut state, name);
    }
    let text = state.message.as_ref().unwrap().text.clone();
    assert!(text.contains("F7 restores it"), "{text}");
    assert!(!text.contains("Ctrl+Z"), "{text}");
}

#[test]
fn ids_and_old_labels_both_remap() {
    remapped();
    assert_eq!(keymap::action_for(Mode::AreaList, key(KeyCode::F(8))), Some(Action::Conflicts));
    let h = key(KeyCode::F(9));
    assert_eq!(
        keymap::action_for(Mode::AreaList, h),
        Some(Action::SetPriority(napwiz::plan::Priority::High))
    );
    assert_eq!(keymap::key_for(Mode::AreaList, &Action::Conflicts).as_deref(), Some("F8"));
}

#[test]
fn an_old_label_is_named_with_the_id_to_use() {
    let keys: BTreeMap<String, Vec<String>> =
        [("merge conflicts", "F8"), ("next_step", "Tab"), ("include", "F5")]
            .into_iter()
            .map(|(name, key)| (name.to_string(), vec![key.to_string()]))
            .collect();
    assert_eq!(keymap::renamed(&keys), vec![("merge conflicts".to_string(), "conflicts")]);
    assert_eq!(keymap::binding_id("next step"), Some("next_step"));
    assert_eq!(keymap::binding_id("frobnicate"), None);
    for id in ["next_step", "include", "priority_high", "lead", "undo"] {
        assert!(keymap::binding_ids().contains(&id), "{id}");
    }
}

/// A config with an old label and an unknown name: the first works with a notice, the second is
/// reported with the file, its line and the valid ids.
#[test]
fn the_config_notices_name_file_line_and_ids() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.ron");
    let text = "(\n    keys: {\n        \"next step\": [\"Tab\"],\n        \"frobnicate\": [\"x\"],\n    },\n)\n";
    std::fs::write(&config, text).unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_napwiz"))
        .env("NAPWIZ_CONFIG", &config)
        .env("NAPWIZ_DATA_DIR", dir.path().join("data"))
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    let at = |line: usize| format!("{} line {line}", config.display());
    assert!(err.contains(&format!("unknown binding 'frobnicate' ({})", at(4))), "{err}");
    assert!(err.contains("binding ids: add_action,") && err.contains("next_step"), "{err}");
    let renamed = format!("config key 'next step' ({}) works; its name is now 'next_step'", at(3));
    assert!(err.contains(&renamed), "{err}");
}
