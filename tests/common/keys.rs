//! Keys as people write them, pressed through the wizard's real key map.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use napwiz::tui::keymap;
use napwiz::tui::state::State;
use napwiz::tui::update::{Effect, update};

/// "Enter", "Esc", "Space", "Ctrl+Z", "Shift+Tab", "Shift+Left", "PgDn", "j", "L", ...
pub fn key(name: &str) -> KeyEvent {
    if let Some(rest) = name.strip_prefix("Ctrl+") {
        let c = rest.chars().next().expect("a key after Ctrl+").to_ascii_lowercase();
        return KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL);
    }
    let code = match name {
        "Enter" => KeyCode::Enter,
        "Esc" => KeyCode::Esc,
        "Space" => KeyCode::Char(' '),
        "Tab" => KeyCode::Tab,
        "Shift+Tab" | "BackTab" => KeyCode::BackTab,
        "Shift+Left" => return KeyEvent::new(KeyCode::Left, KeyModifiers::SHIFT),
        "Backspace" => KeyCode::Backspace,
        "Delete" | "Del" => KeyCode::Delete,
        "Up" => KeyCode::Up,
        "Down" => KeyCode::Down,
        "Left" => KeyCode::Left,
        "Right" => KeyCode::Right,
        "PageUp" | "PgUp" => KeyCode::PageUp,
        "PageDown" | "PgDn" => KeyCode::PageDown,
        "Home" => KeyCode::Home,
        "End" => KeyCode::End,
        f if f.len() > 1 && f.starts_with('F') && f[1..].parse::<u8>().is_ok() => {
            KeyCode::F(f[1..].parse().expect("a function key number"))
        }
        single if single.chars().count() == 1 => {
            let c = single.chars().next().expect("one character");
            // Terminals report capitals with Shift held.
            let mods = if c.is_uppercase() { KeyModifiers::SHIFT } else { KeyModifiers::NONE };
            return KeyEvent::new(KeyCode::Char(c), mods);
        }
        other => panic!("unknown key name {other:?}"),
    };
    KeyEvent::new(code, KeyModifiers::NONE)
}

/// Presses one key through the bindings of the current mode, as the app loop does.
pub fn press(state: &mut State, name: &str) -> Vec<Effect> {
    match keymap::action_for(keymap::mode(state), key(name)) {
        Some(action) => update(state, action),
        None => vec![],
    }
}
