//! The default key bindings, per mode: the table the footer, the help and key dispatch all read
//! (`keymap` applies the user's overrides on top).

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;
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
    /// Monitor: the included actions' reports for a period.
    Monitor,
    /// Monitor with the selected action's report form in focus.
    MonitorReport,
    /// The period dashboard.
    Progress,
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

impl Binding {
    /// The label in the interface language (`label` stays the English name configs may use).
    pub fn shown_label(&self) -> String {
        let id = format!("key-{}", self.id.replace('_', "-"));
        crate::i18n::finish(crate::i18n::current().get(&id))
    }
}

pub(super) const fn b(
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

pub(super) fn movement() -> Vec<Binding> {
    vec![
        b(UP, Action::Up, "up", "up", false),
        b(DOWN, Action::Down, "down", "down", false),
        b(&[Code(KeyCode::PageUp)], Action::PageUp, "page_up", "page up", false),
        b(&[Code(KeyCode::PageDown)], Action::PageDown, "page_down", "page down", false),
        b(&[Code(KeyCode::Home), C('g')], Action::Home, "first", "first", false),
        b(&[Code(KeyCode::End), C('G')], Action::End, "last", "last", false),
    ]
}

pub(super) fn global() -> Vec<Binding> {
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
        b(&[Ctrl('l')], Action::Redraw, "redraw", "redraw the screen", false),
        b(&[C('C')], Action::Conflicts, "conflicts", "merge conflicts", false),
        b(&[C('m')], Action::Monitor, "monitor", "monitor", true),
        b(&[Ctrl('s')], Action::SaveOver, "save_over", "save over a changed file", false),
        b(&[Code(KeyCode::Esc)], Action::Back, "back", "back", true),
        b(&[C('q'), Ctrl('c')], Action::Quit, "quit", "quit", false),
        b(&[C('F')], Action::FollowFacilitator, "follow_facilitator", "follow facilitator", true),
        b(&[C('W')], Action::TakeOverWriting, "take_over_writing", "take over writing", true),
    ]
}

pub(super) fn form_keys() -> Vec<Binding> {
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

pub(super) fn decision_keys(in_list: bool) -> Vec<Binding> {
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

pub(super) fn editor_keys(multiline: bool) -> Vec<Binding> {
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

/// One key per report status, in the order implementers report them.
pub(super) fn status_keys() -> Vec<Binding> {
    use crate::plan::monitor::Status;
    vec![
        b(
            &[C('0')],
            Action::SetStatus(Status::NotStarted),
            "status_not_started",
            "not started",
            false,
        ),
        b(&[C('1')], Action::SetStatus(Status::OnTrack), "status_on_track", "on track", false),
        b(&[C('2')], Action::SetStatus(Status::Delayed), "status_delayed", "delayed", false),
        b(&[C('3')], Action::SetStatus(Status::Completed), "status_completed", "completed", false),
        b(
            &[C('4')],
            Action::SetStatus(Status::Continuous),
            "status_continuous",
            "continuous",
            false,
        ),
        b(&[C('5')], Action::SetStatus(Status::Dropped), "status_dropped", "dropped", false),
    ]
}

/// What works on every Monitor screen: choosing the period, and the list and dashboard.
pub(super) fn period_keys() -> Vec<Binding> {
    vec![
        b(&[Code(KeyCode::Right), C('l')], Action::Right, "next_period", "next period", true),
        b(
            &[Code(KeyCode::Left), C('h')],
            Action::Left,
            "previous_period",
            "previous period",
            false,
        ),
        b(&[C('D')], Action::PeriodDashboard, "period_dashboard", "dashboard", true),
    ]
}

fn monitor_list_keys() -> Vec<Binding> {
    let mut keys = vec![b(&[Code(KeyCode::Enter)], Action::Enter, "open_report", "report", true)];
    keys.extend(period_keys());
    keys.extend(status_keys());
    keys.extend([
        b(&[C('f')], Action::FilterInstitution, "filter_institution", "institution", true),
        b(&[C('v')], Action::FilterStatus, "filter_status", "status filter", true),
        b(&[C('x')], Action::ClearFilters, "clear_filters", "clear filters", false),
        b(&[C('c')], Action::CopyForward, "copy_forward", "copy forward", true),
        b(&[C('R')], Action::ClosePeriod, "close_period", "close/reopen period", true),
    ]);
    keys
}

fn monitor_report_keys() -> Vec<Binding> {
    let mut keys = form_keys();
    keys.extend(status_keys());
    keys.push(b(&[C('c')], Action::CopyForward, "copy_forward", "copy forward", false));
    keys
}

/// A stand-in key for the "any other key types text" binding.
pub(super) fn dummy_key() -> KeyEvent {
    KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE)
}

/// The built-in bindings of a mode, before the config's overrides.
pub(super) fn default_bindings(mode: Mode) -> Vec<Binding> {
    let mut keys = match mode {
        Mode::Start => vec![b(&[Code(KeyCode::Enter)], Action::Enter, "open", "open", true)],
        Mode::Monitor => monitor_list_keys(),
        Mode::MonitorReport => monitor_report_keys(),
        Mode::Progress => period_keys(),
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
