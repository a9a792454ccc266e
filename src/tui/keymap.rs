//! Keys to actions, per mode. The footer and the help screen are built from these tables, so they
//! can never disagree with what the keys really do.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;
use super::state::{Overlay, State, Step};
use crate::plan::Priority;

/// The input context that decides what keys mean.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Start,
    Form,
    Roster,
    AreaList,
    AreaFields,
    Review,
    Generate,
    Help,
    Steps,
    Search,
    Picker,
    Editor,
    MultilineEditor,
    Guidance,
    Confirm,
    /// Quitting with unsaved work.
    UnsavedQuit,
    Conflicts,
    /// A plan locked on another computer: read-only, take over, or cancel.
    LockQuestion,
}

/// A key as written in the tables.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum K {
    Char(char),
    Ctrl(char),
    Code(KeyCode),
}

/// A binding: keys, the action, how it is described, and whether the footer shows it.
#[derive(Debug, Clone)]
pub struct Binding {
    pub keys: &'static [K],
    pub action: Action,
    /// The name the config's key overrides use: snake_case, never translated or reworded.
    pub id: &'static str,
    pub label: &'static str,
    pub footer: bool,
}

const fn b(
    keys: &'static [K],
    action: Action,
    id: &'static str,
    label: &'static str,
    footer: bool,
) -> Binding {
    Binding { keys, action, id, label, footer }
}

use K::{Char as C, Code, Ctrl};

const UP: &[K] = &[Code(KeyCode::Up), C('k')];
const DOWN: &[K] = &[Code(KeyCode::Down), C('j')];

fn movement() -> Vec<Binding> {
    vec![
        b(UP, Action::Up, "up", "up", false),
        b(DOWN, Action::Down, "down", "down", false),
        b(&[Code(KeyCode::PageUp)], Action::PageUp, "page_up", "page up", false),
        b(&[Code(KeyCode::PageDown)], Action::PageDown, "page_down", "page down", false),
        b(&[Code(KeyCode::Home), C('g')], Action::Home, "first", "first", false),
        b(&[Code(KeyCode::End), C('G')], Action::End, "last", "last", false),
    ]
}

fn global() -> Vec<Binding> {
    vec![
        b(&[C(']')], Action::NextStep, "next_step", "next step", true),
        b(&[C('[')], Action::PrevStep, "prev_step", "prev step", false),
        b(&[C('s')], Action::Steps, "steps", "steps", true),
        b(&[C('/')], Action::Search, "search", "search", true),
        b(&[Ctrl('z'), C('u')], Action::Undo, "undo", "undo", true),
        b(&[Ctrl('y'), Ctrl('r')], Action::Redo, "redo", "redo", false),
        b(&[C('?')], Action::Help, "help", "help", true),
        b(&[C('T')], Action::CycleTheme, "theme", "theme", false),
        b(&[C('M')], Action::ToggleMouse, "mouse", "mouse", false),
        b(&[C('C')], Action::Conflicts, "conflicts", "merge conflicts", false),
        b(&[Ctrl('s')], Action::SaveOver, "save_over", "save over a changed file", false),
        b(&[Code(KeyCode::Esc)], Action::Back, "back", "back", true),
        b(&[C('q'), Ctrl('c')], Action::Quit, "quit", "quit", false),
    ]
}

fn form_keys() -> Vec<Binding> {
    vec![
        b(&[Code(KeyCode::Enter)], Action::Enter, "edit", "edit", true),
        b(&[C(' ')], Action::Right, "change", "change", false),
        b(&[Code(KeyCode::Left), C('h')], Action::Left, "previous_value", "previous value", false),
        b(&[Code(KeyCode::Right), C('l')], Action::Right, "next_value", "next value", false),
        b(&[Code(KeyCode::Tab)], Action::NextField, "next_field", "next field", false),
        b(&[Code(KeyCode::BackTab)], Action::PrevField, "previous_field", "previous field", false),
        b(&[Code(KeyCode::Backspace)], Action::Clear, "clear_field", "clear field", false),
    ]
}

fn decision_keys(in_list: bool) -> Vec<Binding> {
    // In a form, Space changes the focused field; in the list it includes the action.
    let include: &'static [K] = if in_list { &[C(' '), C('i')] } else { &[C('i')] };
    vec![
        b(include, Action::ToggleInclude, "include", "include", true),
        b(&[C('x')], Action::Exclude, "exclude", "exclude", false),
        b(&[C('1')], Action::SetPriority(Priority::High), "priority_high", "high", true),
        b(&[C('2')], Action::SetPriority(Priority::Medium), "priority_medium", "medium", false),
        b(&[C('3')], Action::SetPriority(Priority::Low), "priority_low", "low", false),
        b(&[C('b')], Action::CycleBaseline, "baseline", "baseline", true),
        b(&[C('t')], Action::CycleTimeframe, "timeframe", "timeframe", false),
        b(&[C('L')], Action::PickLead, "lead", "lead", true),
        b(&[C('S')], Action::SuggestedLead, "suggested_lead", "suggested lead", false),
        b(&[C('p')], Action::PickPartners, "partners", "partners", true),
        b(&[C('n')], Action::EditNotes, "notes", "notes", false),
        b(&[C('o')], Action::Guidance, "guidance", "guidance", true),
        b(&[C('a')], Action::AddAction, "add_action", "add action", false),
        b(&[C('A')], Action::AddGoal, "add_goal", "add goal", false),
        b(
            &[C('d'), Code(KeyCode::Delete)],
            Action::Delete,
            "delete_item",
            "delete custom item / indicator",
            false,
        ),
    ]
}

fn editor_keys(multiline: bool) -> Vec<Binding> {
    let mut keys = vec![
        b(&[Ctrl('z')], Action::Undo, "undo_typing", "undo typing", false),
        b(&[Ctrl('y')], Action::Redo, "redo_typing", "redo typing", false),
        b(
            &[Code(KeyCode::Left), Code(KeyCode::Right)],
            Action::Key(dummy_key()),
            "move",
            "move",
            false,
        ),
        b(
            &[Code(KeyCode::Home), Code(KeyCode::End)],
            Action::Key(dummy_key()),
            "start_end",
            "start / end",
            false,
        ),
        b(
            &[Code(KeyCode::Backspace)],
            Action::Key(dummy_key()),
            "delete_before",
            "delete before",
            false,
        ),
        b(
            &[Code(KeyCode::Delete)],
            Action::Key(dummy_key()),
            "delete_after",
            "delete after",
            false,
        ),
    ];
    if multiline {
        // Notes are never invalid, so Esc keeps them: nothing typed in a session is lost.
        keys.insert(0, b(&[Ctrl('s')], Action::Enter, "keep_and_close", "keep and close", true));
        keys.insert(
            1,
            b(&[Code(KeyCode::Esc)], Action::Back, "keep_and_close", "keep and close", true),
        );
        keys.push(b(
            &[Code(KeyCode::Enter)],
            Action::Key(dummy_key()),
            "new_line",
            "new line",
            true,
        ));
        keys.push(b(&[Code(KeyCode::F(1))], Action::Help, "editing_keys", "editing keys", true));
    } else {
        keys.insert(0, b(&[Code(KeyCode::Enter)], Action::Enter, "keep", "keep", true));
        keys.insert(1, b(&[Code(KeyCode::Esc)], Action::Back, "cancel", "cancel", true));
        keys.push(b(
            &[C('?'), Code(KeyCode::F(1))],
            Action::Help,
            "editing_keys",
            "editing keys",
            true,
        ));
        // Tab would type spaces into a path or a date: it does nothing in a one-line prompt.
        keys.push(b(
            &[Code(KeyCode::Tab)],
            Action::NextField,
            "nothing",
            "nothing (never types)",
            false,
        ));
    }
    keys
}

fn dummy_key() -> KeyEvent {
    KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE)
}

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
            problems.push(format!("unknown binding '{name}'"));
            continue;
        };
        let parsed: Vec<K> = key_names
            .iter()
            .filter_map(|k| {
                parse_key(k).or_else(|| {
                    problems.push(format!("unknown key '{k}' for '{name}'"));
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
const OVERRIDABLE: [Mode; 6] =
    [Mode::Start, Mode::Form, Mode::Roster, Mode::AreaList, Mode::AreaFields, Mode::Review];

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

fn default_bindings(mode: Mode) -> Vec<Binding> {
    let mut keys = match mode {
        Mode::Start => vec![b(&[Code(KeyCode::Enter)], Action::Enter, "open", "open", true)],
        Mode::Form => form_keys(),
        Mode::Roster => vec![
            b(&[C(' '), Code(KeyCode::Enter)], Action::Enter, "add_remove", "add/remove", true),
            b(&[C('f')], Action::Filter, "filter", "filter", true),
            b(&[C('a')], Action::AddInstitution, "add_own", "add own", true),
            b(&[C('d'), Code(KeyCode::Delete)], Action::Delete, "delete_own", "delete own", false),
            b(
                &[Code(KeyCode::Left), C('h')],
                Action::Left,
                "own_previous_type",
                "own: previous type",
                false,
            ),
            b(
                &[Code(KeyCode::Right), C('l')],
                Action::Right,
                "own_next_type",
                "own: next type",
                false,
            ),
        ],
        Mode::AreaList => {
            let mut keys = vec![b(
                &[Code(KeyCode::Enter), Code(KeyCode::Right), C('l')],
                Action::Enter,
                "open",
                "open",
                true,
            )];
            keys.push(b(
                &[Code(KeyCode::Left), C('h')],
                Action::Left,
                "close_goal",
                "close goal",
                false,
            ));
            keys.extend(decision_keys(true));
            keys
        }
        Mode::AreaFields => {
            let mut keys = form_keys();
            keys.extend(decision_keys(false));
            keys
        }
        Mode::Review => vec![
            b(
                &[Code(KeyCode::Tab), Code(KeyCode::Right), C('l')],
                Action::NextField,
                "next_panel",
                "next panel",
                true,
            ),
            b(
                &[Code(KeyCode::BackTab), Code(KeyCode::Left), C('h')],
                Action::PrevField,
                "previous_panel",
                "previous panel",
                false,
            ),
            b(&[Code(KeyCode::Enter)], Action::Enter, "go_to_item", "go to item", true),
            b(&[C('1')], Action::Panel(0), "panel_1", "panel 1", false),
            b(&[C('2')], Action::Panel(1), "panel_2", "panel 2", false),
            b(&[C('3')], Action::Panel(2), "panel_3", "panel 3", false),
            b(&[C('4')], Action::Panel(3), "panel_4", "panel 4", false),
            b(&[C('5')], Action::Panel(4), "panel_5", "panel 5", false),
            b(&[C('6')], Action::Panel(5), "panel_6", "panel 6", false),
        ],
        Mode::Generate => {
            return [
                b(
                    &[Code(KeyCode::Enter), C(' ')],
                    Action::Enter,
                    "choose_or_write",
                    "choose / write",
                    true,
                ),
                b(&[C('w')], Action::WriteFiles, "write_files", "write files", true),
                b(
                    &[Code(KeyCode::PageDown)],
                    Action::PageDown,
                    "scroll_preview",
                    "scroll preview",
                    true,
                ),
                b(&[Code(KeyCode::PageUp)], Action::PageUp, "scroll_back", "scroll back", false),
                b(UP, Action::Up, "up", "up", false),
                b(DOWN, Action::Down, "down", "down", false),
                b(&[Code(KeyCode::Home), C('g')], Action::Home, "first", "first", false),
            ]
            .into_iter()
            .chain(global())
            .collect();
        }
        Mode::Help | Mode::Guidance => {
            return [b(
                &[Code(KeyCode::Esc), C('q'), C('?')],
                Action::Back,
                "close",
                "close",
                true,
            )]
            .into_iter()
            .chain(movement())
            .collect();
        }
        Mode::Steps => {
            return [
                b(&[Code(KeyCode::Enter)], Action::Enter, "go", "go", true),
                b(&[Code(KeyCode::Esc), C('s')], Action::Back, "close", "close", true),
            ]
            .into_iter()
            .chain(movement())
            .collect();
        }
        Mode::Search => {
            return vec![
                b(&[Code(KeyCode::Enter)], Action::Enter, "go_to_item", "go to item", true),
                b(&[Code(KeyCode::Esc)], Action::Back, "close", "close", true),
                b(&[Code(KeyCode::Up)], Action::Up, "up", "up", false),
                b(&[Code(KeyCode::Down)], Action::Down, "down", "down", false),
            ];
        }
        Mode::Picker => {
            return vec![
                b(&[Code(KeyCode::Enter)], Action::Enter, "choose", "choose", true),
                b(
                    &[Code(KeyCode::Tab)],
                    Action::ToggleInclude,
                    "choose_stay_open",
                    "choose, stay open",
                    false,
                ),
                b(&[Code(KeyCode::Esc)], Action::Back, "done", "done", true),
                b(&[Code(KeyCode::Up)], Action::Up, "up", "up", false),
                b(&[Code(KeyCode::Down)], Action::Down, "down", "down", false),
                b(&[Code(KeyCode::PageUp)], Action::PageUp, "page_up", "page up", false),
                b(&[Code(KeyCode::PageDown)], Action::PageDown, "page_down", "page down", false),
            ];
        }
        Mode::Editor => return editor_keys(false),
        Mode::MultilineEditor => return editor_keys(true),
        Mode::Conflicts => {
            return [
                b(
                    &[Code(KeyCode::Left), C('h')],
                    Action::Left,
                    "previous_side",
                    "previous side",
                    true,
                ),
                b(&[Code(KeyCode::Right), C('l')], Action::Right, "next_side", "next side", true),
                b(&[Code(KeyCode::Enter)], Action::Enter, "take_it", "take it", true),
                b(&[C('d')], Action::Delete, "keep_current_value", "keep current value", true),
                b(&[C('g')], Action::Guidance, "go_to_item", "go to item", true),
                b(&[Code(KeyCode::Esc)], Action::Back, "close", "close", true),
            ]
            .into_iter()
            .chain(movement())
            .collect();
        }
        Mode::LockQuestion => {
            return vec![
                b(
                    &[C('r'), Code(KeyCode::Enter)],
                    Action::OpenReadOnly,
                    "open_read_only",
                    "open read-only",
                    true,
                ),
                b(&[C('t')], Action::TakeOver, "take_over", "take over", true),
                b(&[C('c'), Code(KeyCode::Esc)], Action::No, "cancel", "cancel", true),
            ];
        }
        Mode::UnsavedQuit => {
            return vec![
                b(&[C('s')], Action::SaveElsewhere, "save_elsewhere", "save elsewhere", true),
                b(&[C('r')], Action::RetrySave, "save_here_again", "save here again", true),
                b(
                    &[C('b'), Ctrl('c')],
                    Action::QuitKeepingBackup,
                    "quit_keeping_backup",
                    "quit, keep a backup",
                    true,
                ),
                b(
                    &[Code(KeyCode::Esc)],
                    Action::Back,
                    "back_to_the_plan",
                    "back to the plan",
                    true,
                ),
            ];
        }
        Mode::Confirm => {
            return vec![
                b(&[C('y'), Code(KeyCode::Enter)], Action::Yes, "yes", "yes", true),
                b(&[C('n'), Code(KeyCode::Esc)], Action::No, "no", "no", true),
            ];
        }
    };
    keys.extend(movement());
    keys.extend(global());
    keys
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
        Overlay::ConfirmQuit | Overlay::ConfirmCreate(_) => Mode::Confirm,
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
pub fn footer(mode: Mode) -> Vec<(String, &'static str)> {
    let mut shown: Vec<Binding> = bindings(mode).into_iter().filter(|b| b.footer).collect();
    shown.sort_by_key(|b| !matches!(b.action, Action::Back | Action::Help));
    shown.into_iter().map(|b| (key_name(b.keys[0]), b.label)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

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
