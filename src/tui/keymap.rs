//! Keys to actions, per mode. The footer and the help screen are built from these tables, so they
//! can never disagree with what the keys really do.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;
pub use super::bindings::{Binding, K, Mode};
use super::bindings::{default_bindings, dummy_key};
use super::state::{Overlay, State, Step};

/// Key overrides from the config file, set once at start-up.
static OVERRIDES: std::sync::OnceLock<std::collections::BTreeMap<&'static str, &'static [K]>> =
    std::sync::OnceLock::new();

/// Installs the config's key overrides (binding id -> key names; a binding's English label,
/// as configs before the ids named it, still works). Returns what could not be understood; the
/// rest still applies.
pub fn set_overrides(keys: &std::collections::BTreeMap<String, Vec<String>>) -> Vec<String> {
    let mut problems = Vec::new();
    let mut table = std::collections::BTreeMap::new();
    for (name, key_names) in keys {
        let Some(id) = binding_id(name) else {
            problems.push(crate::fl!("keys-unknown-binding", name = name.clone()));
            continue;
        };
        let parsed: Vec<K> = key_names
            .iter()
            .filter_map(|k| {
                parse_key(k).or_else(|| {
                    problems.push(crate::fl!(
                        "keys-unknown-key",
                        key = k.clone(),
                        name = name.clone()
                    ));
                    None
                })
            })
            .collect();
        if !parsed.is_empty() {
            // Leaked once at start-up: the table lives as long as the program.
            table.insert(id, &*Vec::leak(parsed));
        }
    }
    let _ = OVERRIDES.set(table);
    problems
}

/// A key written as in the config: a character, Space, Enter, Ctrl+Z, F5, PgDn, ...
pub fn parse_key(name: &str) -> Option<K> {
    let code = match name {
        "Space" => return Some(K::Char(' ')),
        "Enter" => KeyCode::Enter,
        "Esc" => KeyCode::Esc,
        "Tab" => KeyCode::Tab,
        "Shift+Tab" => KeyCode::BackTab,
        "Up" => KeyCode::Up,
        "Down" => KeyCode::Down,
        "Left" => KeyCode::Left,
        "Right" => KeyCode::Right,
        "PgUp" => KeyCode::PageUp,
        "PgDn" => KeyCode::PageDown,
        "Home" => KeyCode::Home,
        "End" => KeyCode::End,
        "Del" => KeyCode::Delete,
        "Backspace" => KeyCode::Backspace,
        _ => {
            if let Some(c) = name.strip_prefix("Ctrl+").and_then(single_char) {
                return Some(K::Ctrl(c.to_ascii_lowercase()));
            }
            if let Some(n) = name
                .strip_prefix('F')
                .and_then(|n| n.parse::<u8>().ok())
                .filter(|n| (1..=12).contains(n))
            {
                return Some(K::Code(KeyCode::F(n)));
            }
            return single_char(name).map(K::Char);
        }
    };
    Some(K::Code(code))
}

fn single_char(s: &str) -> Option<char> {
    let mut chars = s.chars();
    let c = chars.next()?;
    chars.next().is_none().then_some(c)
}

/// The modes whose commands the config may remap (never typing in editors, search, pickers).
const OVERRIDABLE: [Mode; 9] = [
    Mode::Start,
    Mode::Form,
    Mode::Roster,
    Mode::AreaList,
    Mode::AreaFields,
    Mode::Review,
    Mode::Monitor,
    Mode::MonitorReport,
    Mode::Progress,
];

/// The names of all remappable bindings, as `?` lists them.
pub fn binding_names() -> Vec<&'static str> {
    let mut names: Vec<&'static str> = overridable().map(|b| b.label).collect();
    names.sort_unstable();
    names.dedup();
    names
}

/// The ids of all remappable bindings, as the config's `keys` names them.
pub fn binding_ids() -> Vec<&'static str> {
    let mut ids: Vec<&'static str> = overridable().map(|b| b.id).collect();
    ids.sort_unstable();
    ids.dedup();
    ids
}

/// Each remappable binding as `id (label)`, for the printed default config.
pub fn binding_ids_with_labels() -> Vec<String> {
    let mut pairs: Vec<(&str, &str)> = overridable().map(|b| (b.id, b.label)).collect();
    pairs.sort_unstable();
    pairs.dedup();
    pairs.into_iter().map(|(id, label)| format!("{id} ({label})")).collect()
}

fn overridable() -> impl Iterator<Item = Binding> {
    OVERRIDABLE.iter().flat_map(|m| default_bindings(*m))
}

/// The id a config's binding name stands for: an id, or the English label older configs used.
pub fn binding_id(name: &str) -> Option<&'static str> {
    let by_id = overridable().find(|b| b.id == name);
    by_id.or_else(|| overridable().find(|b| b.label == name)).map(|b| b.id)
}

/// Overrides named by an English label rather than an id: (label, the id to write instead).
pub fn renamed(
    keys: &std::collections::BTreeMap<String, Vec<String>>,
) -> Vec<(String, &'static str)> {
    keys.keys()
        .filter_map(|name| binding_id(name).filter(|id| id != name).map(|id| (name.clone(), id)))
        .collect()
}

/// Every binding of a mode, most important first, with the config's overrides applied.
pub fn bindings(mode: Mode) -> Vec<Binding> {
    let mut all = default_bindings(mode);
    // Overrides apply to the screens' commands, never to typing in editors, search and pickers.
    if let Some(table) = OVERRIDES.get().filter(|_| OVERRIDABLE.contains(&mode)) {
        for bind in &mut all {
            if let Some(keys) = table.get(bind.id) {
                bind.keys = keys;
            }
        }
    }
    all
}

/// The mode an overlay puts the wizard in.
pub fn mode_of_overlay(overlay: &Overlay) -> Mode {
    match overlay {
        Overlay::Help { .. } => Mode::Help,
        Overlay::Guidance { .. } => Mode::Guidance,
        Overlay::Steps { .. } => Mode::Steps,
        Overlay::Search { .. } => Mode::Search,
        Overlay::Picker { .. } => Mode::Picker,
        Overlay::Editor { multiline: true, .. } => Mode::MultilineEditor,
        Overlay::Editor { .. } => Mode::Editor,
        Overlay::ConfirmQuit
        | Overlay::ConfirmCreate(_)
        | Overlay::ConfirmPeriod(_)
        | Overlay::StartMonitoring => Mode::Confirm,
        Overlay::UnsavedQuit => Mode::UnsavedQuit,
        Overlay::Conflicts { .. } => Mode::Conflicts,
        Overlay::LockQuestion { .. } => Mode::LockQuestion,
    }
}

/// The mode the wizard is in.
pub fn mode(state: &State) -> Mode {
    state.overlay.as_ref().map_or_else(|| step_mode(state), mode_of_overlay)
}

/// The mode of the current step, ignoring overlays (the help screen lists these keys).
pub fn step_mode(state: &State) -> Mode {
    match state.step {
        Step::Start => Mode::Start,
        Step::Setup | Step::Monitoring => Mode::Form,
        Step::Roster => Mode::Roster,
        Step::Area(i) if state.areas[i].field.is_some() => Mode::AreaFields,
        Step::Area(_) => Mode::AreaList,
        Step::Review => Mode::Review,
        Step::Generate => Mode::Generate,
        Step::Monitor if state.monitor.field.is_some() => Mode::MonitorReport,
        Step::Monitor => Mode::Monitor,
        Step::Progress => Mode::Progress,
    }
}

fn matches(k: K, key: &KeyEvent) -> bool {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    match k {
        K::Char(c) => !ctrl && key.code == KeyCode::Char(c),
        K::Ctrl(c) => ctrl && key.code == KeyCode::Char(c),
        K::Code(code) => key.code == code && !ctrl,
    }
}

/// What a key means in a mode. Unbound keys in text-entry modes become text.
pub fn action_for(mode: Mode, key: KeyEvent) -> Option<Action> {
    let bound = bindings(mode).into_iter().find(|bind| bind.keys.iter().any(|k| matches(*k, &key)));
    match (bound, mode) {
        (Some(bind), _) if bind.action == Action::Key(dummy_key()) => Some(Action::Key(key)),
        (Some(bind), _) => Some(bind.action),
        (None, Mode::Search | Mode::Picker | Mode::Editor | Mode::MultilineEditor) => {
            Some(Action::Key(key))
        }
        (None, _) => None,
    }
}

/// The first key that does `action` in `mode`, as people write it ("Ctrl+Z"), so a message
/// that names a key stays true when keys are remapped.
pub fn key_for(mode: Mode, action: &Action) -> Option<String> {
    bindings(mode).into_iter().find(|b| &b.action == action).map(|b| key_name(b.keys[0]))
}

/// How a key is written for people: "Enter", "Ctrl+Z", "j".
pub fn key_name(k: K) -> String {
    match k {
        K::Char(' ') => "Space".into(),
        K::Char(c) => c.to_string(),
        K::Ctrl(c) => format!("Ctrl+{}", c.to_ascii_uppercase()),
        K::Code(KeyCode::F(n)) => format!("F{n}"),
        K::Code(code) => match code {
            KeyCode::Enter => "Enter".into(),
            KeyCode::Esc => "Esc".into(),
            KeyCode::Tab => "Tab".into(),
            KeyCode::BackTab => "Shift+Tab".into(),
            KeyCode::Up => "Up".into(),
            KeyCode::Down => "Down".into(),
            KeyCode::Left => "Left".into(),
            KeyCode::Right => "Right".into(),
            KeyCode::PageUp => "PgUp".into(),
            KeyCode::PageDown => "PgDn".into(),
            KeyCode::Home => "Home".into(),
            KeyCode::End => "End".into(),
            KeyCode::Delete => "Del".into(),
            KeyCode::Backspace => "Backspace".into(),
            other => format!("{other:?}"),
        },
    }
}

/// The footer's entries for a mode: the first key of each shown binding and its label.
/// Back and help come first, so they survive when a narrow footer has to drop entries (the
/// help screen always lists everything).
pub fn footer(mode: Mode) -> Vec<(String, String)> {
    let mut shown: Vec<Binding> = bindings(mode).into_iter().filter(|b| b.footer).collect();
    shown.sort_by_key(|b| !matches!(b.action, Action::Back | Action::Help));
    shown.into_iter().map(|b| (key_name(b.keys[0]), b.shown_label())).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::Priority;

    fn key(c: char) -> KeyEvent {
        KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)
    }

    #[test]
    fn every_footer_entry_is_a_real_binding() {
        for mode in [
            Mode::Start,
            Mode::Form,
            Mode::Roster,
            Mode::AreaList,
            Mode::AreaFields,
            Mode::Review,
            Mode::Picker,
            Mode::Editor,
            Mode::Confirm,
            Mode::LockQuestion,
            Mode::UnsavedQuit,
            Mode::Monitor,
            Mode::MonitorReport,
            Mode::Progress,
        ] {
            for bind in bindings(mode).into_iter().filter(|b| b.footer) {
                let k = bind.keys[0];
                let event = match k {
                    K::Char(c) => key(c),
                    K::Ctrl(c) => KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL),
                    K::Code(code) => KeyEvent::new(code, KeyModifiers::NONE),
                };
                let expected = match bind.action {
                    Action::Key(_) => Action::Key(event),
                    other => other,
                };
                assert_eq!(
                    action_for(mode, event),
                    Some(expected),
                    "{mode:?}: footer key {}",
                    key_name(k)
                );
            }
        }
    }

    #[test]
    fn typing_in_an_editor_is_text_not_commands() {
        assert_eq!(action_for(Mode::Editor, key('q')), Some(Action::Key(key('q'))));
        assert_eq!(action_for(Mode::AreaList, key('q')), Some(Action::Quit));
    }

    #[test]
    fn priority_is_one_keystroke() {
        assert_eq!(action_for(Mode::AreaList, key('1')), Some(Action::SetPriority(Priority::High)));
    }
}
