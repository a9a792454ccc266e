//! Popups over the current step: help, step list, search, pickers, editors, guidance, questions.
//! Every popup is clamped to the frame, so no terminal size can make drawing fail.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use ratatui_textarea::TextArea;

use super::picker::picker;
pub use super::popup::{centered, popup};
use super::popup::{framed, input_cursor, input_with_list};
use super::rows::{ListLayout, render_rows, row_line};
use crate::tui::action::Action;
use crate::tui::keymap::{self, Mode, key_name};
use crate::tui::state::{Overlay, State, TextTarget};
use crate::tui::text::fit;
use crate::tui::theme::Theme;

/// Returns where the step list was drawn, when it is the overlay shown (clicks choose a step).
pub fn render(state: &State, frame: &mut Frame, body: Rect, theme: &Theme) -> Option<ListLayout> {
    let overlay = state.overlay.as_ref()?;
    if let Overlay::Steps { cursor } = overlay {
        return Some(steps(state, frame, body, *cursor, theme));
    }
    match overlay {
        Overlay::Conflicts { cursor, choice } => {
            conflicts(state, frame, body, *cursor, *choice, theme)
        }
        Overlay::Help { scroll } => help(state, frame, body, *scroll, theme),
        Overlay::Steps { .. } => {}
        Overlay::Search { input, hits, cursor } => {
            let area = popup(body, 100, 100);
            let rows = hits
                .iter()
                .enumerate()
                .map(|(i, h)| {
                    let width = usize::from(area.width).saturating_sub(14);
                    row_line(
                        i == *cursor,
                        vec![
                            Span::styled(format!("{:<8} ", h.id), theme.heading),
                            Span::raw(fit(&h.text, width)),
                        ],
                        theme,
                    )
                })
                .collect();
            let title = format!(" Search the checklist: {} found ", hits.len());
            input_with_list(frame, area, &title, input, rows, *cursor, theme);
        }
        Overlay::Picker { target, filter, cursor } => {
            picker(state, frame, body, target, filter, *cursor, theme)
        }
        Overlay::Editor { target, input, multiline, error } => {
            editor(state, frame, body, target, input, *multiline, error.as_deref(), theme)
        }
        Overlay::Guidance { id, scroll } => guidance(state, frame, body, id, *scroll, theme),
        Overlay::ConfirmQuit => {
            let saved =
                state.plan.as_ref().is_some_and(|p| p.save == crate::tui::state::SaveState::Saved);
            let question = if saved { "Quit napwiz? Everything is saved." } else { "Quit napwiz?" };
            confirm(frame, body, question, theme)
        }
        Overlay::UnsavedQuit => unsaved_quit(state, frame, body, theme),
        Overlay::ConfirmCreate(path) => confirm(
            frame,
            body,
            &format!("'{}' does not exist. Create a new plan there?", path.display()),
            theme,
        ),
        Overlay::LockQuestion { path, holder } => lock_question(frame, body, path, holder, theme),
    }
    None
}

/// Who holds the lock and since when; napwiz cannot check a session on another computer, so
/// the user chooses.
fn lock_question(
    frame: &mut Frame,
    body: Rect,
    path: &std::path::Path,
    holder: &crate::store::Holder,
    theme: &Theme,
) {
    let area = centered(body, body.width.saturating_sub(4).min(76), 10);
    let inner = framed(frame, area, " Plan locked on another computer ", theme);
    let name = path
        .file_name()
        .map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
    let mut text = vec![
        Line::raw(format!("{name} is open in another napwiz:")),
        Line::raw(format!("  {} on {}, since {}", holder.user, holder.host, holder.since)),
        Line::raw(
            "napwiz cannot check from here whether that session is still running. Take over only if it has ended, or two people will overwrite each other.",
        ),
        Line::default(),
    ];
    let keys = keymap::footer(Mode::LockQuestion);
    let mut choices = vec![];
    for (key, label) in keys {
        choices.push(Span::styled(format!(" {key} "), theme.key));
        choices.push(Span::raw(format!(" {label}   ")));
    }
    text.push(Line::from(choices));
    frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), inner);
}

fn editor_title(state: &State, target: &TextTarget) -> String {
    match target {
        TextTarget::Field(field) => {
            let item = match field {
                crate::plan::fields::Field::Item(id, _) => format!("{id}: "),
                _ => String::new(),
            };
            format!(" {item}{} ", crate::plan::fields::label(field).trim())
        }
        TextTarget::NewPlanTitle => " New plan: its title ".into(),
        TextTarget::OpenPath => " Open a plan file: its path ".into(),
        TextTarget::NewCustomAction { goal } => format!(" New action under {goal} "),
        TextTarget::NewCustomGoal { area } => {
            let name = state.content.area(area).map_or(area.as_str(), |a| a.title.as_str());
            format!(" New goal in {name} ")
        }
        TextTarget::NewInstitution => " New institution: name, short code ".into(),
        TextTarget::RosterFilter => " Filter institutions ".into(),
        TextTarget::SaveElsewhere => " Save the plan in this file, then quit ".into(),
    }
}

/// What the prompt expects, in words, before anything is typed.
fn editor_hint(target: &TextTarget) -> Option<&'static str> {
    match target {
        TextTarget::Field(field) => crate::plan::fields::hint(field),
        TextTarget::NewPlanTitle => Some("e.g. National Action Plan 2027-2030"),
        TextTarget::OpenPath => Some("the path of a plan file, e.g. ~/plans/nap.ron"),
        TextTarget::NewInstitution => Some("name, comma, short code: Anti-Trafficking Office, ATO"),
        TextTarget::RosterFilter => Some("part of a code or a name"),
        TextTarget::NewCustomAction { .. } | TextTarget::NewCustomGoal { .. } => {
            Some("its wording; empty adds nothing")
        }
        TextTarget::SaveElsewhere => Some("a file in a folder you can write to, e.g. ~/nap.ron"),
    }
}

/// The editing keys of a prompt, one per line, as `?` shows them.
fn editing_keys(mode: Mode) -> Vec<String> {
    let mut lines: Vec<String> = keymap::bindings(mode)
        .iter()
        .map(|b| {
            let keys: Vec<String> = b.keys.iter().map(|k| key_name(*k)).collect();
            format!("{:<16} {}", keys.join(", "), b.label)
        })
        .collect();
    if mode == Mode::Editor {
        lines.push(format!("{:<16} {}", "? (again)", "type a question mark"));
    }
    lines
}

#[allow(clippy::too_many_arguments)]
fn editor(
    state: &State,
    frame: &mut Frame,
    body: Rect,
    target: &TextTarget,
    input: &TextArea<'static>,
    multiline: bool,
    error: Option<&str>,
    theme: &Theme,
) {
    let mode = if multiline { Mode::MultilineEditor } else { Mode::Editor };
    let keys = if state.editor_keys { editing_keys(mode) } else { vec![] };
    // The expected format wraps rather than losing its end (the example).
    let inner_width = if multiline { body.width } else { body.width * 9 / 10 }.saturating_sub(2);
    let hint: Vec<Line> = editor_hint(target)
        .map(|h| crate::tui::text::wrap_text(&format!("Expected: {h}"), usize::from(inner_width)))
        .unwrap_or_default()
        .into_iter()
        .map(Line::raw)
        .collect();
    let error_height = if error.is_some() { 2 } else { 1 };
    let hint_height = hint.len() as u16;
    let key_height = keys.len() as u16;
    let area = if multiline {
        popup(body, 100, 100)
    } else {
        centered(body, body.width * 9 / 10, 3 + hint_height + error_height + key_height)
    };
    let inner = framed(frame, area, &editor_title(state, target), theme);
    let footer = editor_footer(target, mode);
    let [text, hint_area, key_area, message] = Layout::vertical([
        Constraint::Min(1),
        Constraint::Length(hint_height),
        Constraint::Length(key_height),
        Constraint::Length(error_height),
    ])
    .areas(inner);
    frame.render_widget(input, text);
    frame.set_cursor_position(input_cursor(input, text));
    frame.render_widget(Paragraph::new(hint).style(theme.muted), hint_area);
    let key_lines: Vec<Line> = keys.into_iter().map(Line::raw).collect();
    frame.render_widget(Paragraph::new(key_lines), key_area);
    let line = match error {
        Some(e) => {
            let leave = if multiline { "Esc again: close without keeping" } else { "Esc: cancel" };
            Paragraph::new(format!("Not kept yet: {e} ({leave})"))
                .style(theme.error)
                .wrap(Wrap { trim: true })
        }
        None => Paragraph::new(footer.join("   ")).style(theme.muted),
    };
    frame.render_widget(line, message);
}

/// The prompt's keys; the path asked for when quitting says what Enter and Esc do there.
fn editor_footer(target: &TextTarget, mode: Mode) -> Vec<String> {
    if *target == TextTarget::SaveElsewhere {
        let key = |action| keymap::key_for(mode, &action).unwrap_or_default();
        return vec![
            format!("{}: save here and quit", key(Action::Enter)),
            format!("{}: back to the question", key(Action::Back)),
        ];
    }
    keymap::footer(mode).into_iter().map(|(k, l)| format!("{k}: {l}")).collect()
}

fn conflicts(
    state: &State,
    frame: &mut Frame,
    body: Rect,
    cursor: usize,
    choice: usize,
    theme: &Theme,
) {
    let Some(plan) = state.plan() else { return };
    let area = popup(body, 100, 100);
    let title = format!(" Merge conflicts: {} left ", plan.conflicts.len());
    let inner = framed(frame, area, &title, theme);
    let content = &state.content;
    let width = usize::from(inner.width);
    // One conflict is a heading and its sides, one per line and wrapped: every side shows.
    let rows = plan
        .conflicts
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let heading = format!("{} {}:", c.target, c.field.replace('_', " "));
            let mut lines =
                vec![row_line(i == cursor, vec![Span::styled(heading, theme.heading)], theme)];
            for (n, option) in c.choices.iter().enumerate() {
                let text = format!(
                    "{} (from {})",
                    crate::plan::merge::describe(&c.field, &option.value, plan, content),
                    option.source
                );
                let mark = if i == cursor && n == choice { "  (*) " } else { "  ( ) " };
                let lead =
                    vec![Span::styled(mark, if i == cursor { theme.key } else { theme.muted })];
                let side = super::rows::wrapped_row(false, lead, &text, width, theme);
                lines.extend(side);
            }
            lines
        })
        .collect();
    super::rows::render_tall_rows(frame, inner, rows, cursor);
}

/// Where the step list is drawn (also used to place mouse clicks).
pub fn steps_area(body: Rect) -> Rect {
    popup(body, 70, 100)
}

fn steps(state: &State, frame: &mut Frame, body: Rect, cursor: usize, theme: &Theme) -> ListLayout {
    let all = state.steps();
    let area = steps_area(body);
    let inner = framed(frame, area, " Steps ", theme);
    let width = usize::from(inner.width).saturating_sub(2);
    let rows = all
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let done = crate::tui::derived::step_progress(state, *s);
            let name_width = width.saturating_sub(done.chars().count() + 6);
            let name = fit(&s.name(&state.content), name_width);
            row_line(
                i == cursor,
                vec![
                    Span::raw(format!("{:>2}. {name:<name_width$} ", i + 1)),
                    Span::styled(done, theme.muted),
                ],
                theme,
            )
        })
        .collect();
    render_rows(frame, inner, rows, cursor)
}

fn help(state: &State, frame: &mut Frame, body: Rect, scroll: u16, theme: &Theme) {
    let area = popup(body, 100, 100);
    let inner = framed(frame, area, " Keys (Up/Down scroll, Esc closes) ", theme);
    let context = keymap::step_mode(state);
    let mut lines =
        vec![Line::styled(format!("Keys here ({}):", mode_name(context)), theme.heading)];
    let mut shown = std::collections::BTreeSet::new();
    for bind in keymap::bindings(context) {
        let keys: Vec<String> = bind.keys.iter().map(|k| key_name(*k)).collect();
        if shown.insert(bind.label) {
            lines.push(Line::raw(format!("  {:<22} {}", keys.join(", "), bind.label)));
        }
    }
    lines.push(Line::default());
    lines.push(Line::styled(
        "Everything is saved as you go. Esc goes back one level; in a one-line prompt it cancels and keeps the old value.",
        theme.muted,
    ));
    frame.render_widget(Paragraph::new(lines).scroll((scroll, 0)), inner);
}

fn mode_name(mode: Mode) -> &'static str {
    match mode {
        Mode::Start => "start",
        Mode::Form => "form",
        Mode::Roster => "institutions",
        Mode::AreaList => "goals and actions",
        Mode::AreaFields => "an item's decision",
        Mode::Review => "review",
        Mode::Generate => "generate",
        _ => "this screen",
    }
}

fn guidance(state: &State, frame: &mut Frame, body: Rect, id: &str, scroll: u16, theme: &Theme) {
    let area = popup(body, 100, 100);
    let goal = state.content.goal(id).or_else(|| state.content.action(id).map(|(g, _)| g));
    let Some(goal) = goal else {
        let inner = framed(frame, area, " Guidance ", theme);
        frame.render_widget(
            Paragraph::new("This is the team's own item; the content pack has no guidance for it."),
            inner,
        );
        return;
    };
    let inner = framed(frame, area, &format!(" Guidance: {} ", goal.id), theme);
    let mut lines = vec![
        Line::styled(goal.title.clone(), theme.title),
        Line::default(),
        Line::raw(goal.guidance.clone()),
        Line::default(),
    ];
    if !goal.result.is_empty() {
        lines.push(Line::styled("Expected result", theme.heading));
        lines.push(Line::raw(format!("  {}", goal.result)));
    }
    lines.push(Line::styled("Standards", theme.heading));
    lines.extend(goal.standards.iter().map(|s| Line::raw(format!("  - {s}"))));
    lines.push(Line::styled("Example indicators", theme.heading));
    lines.extend(goal.indicators.iter().map(|i| Line::raw(format!("  - {}", i.describe()))));
    if let Some((_, action)) = state.content.action(id).filter(|(_, a)| !a.indicators.is_empty()) {
        lines.push(Line::styled(format!("Indicators for {}", action.id), theme.heading));
        lines.extend(action.indicators.iter().map(|i| Line::raw(format!("  - {}", i.describe()))));
    }
    lines.push(Line::styled(format!("Usually: {}.", goal.horizon.label()), theme.muted));
    frame
        .render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }).scroll((scroll, 0)), inner);
}

/// Quitting with changes that are in no file: why, and the ways out, none of which loses them.
fn unsaved_quit(state: &State, frame: &mut Frame, body: Rect, theme: &Theme) {
    use crate::tui::state::SaveState;
    let why = match state.plan.as_ref().map(|p| &p.save) {
        Some(SaveState::Failed(why) | SaveState::ChangedOnDisk(why)) => why.clone(),
        _ => "the last changes have not been saved yet.".into(),
    };
    let changed = matches!(state.plan.as_ref().map(|p| &p.save), Some(SaveState::ChangedOnDisk(_)));
    let retry = if changed {
        "save here again: yours replaces the file, the other version goes to the backups"
    } else {
        "save here again (after freeing space or restoring the folder)"
    };
    let mut text = vec![
        Line::styled("Quit without losing them. Why the save failed:", theme.title),
        Line::raw(why),
        Line::default(),
    ];
    // In the table's order: the ways to keep the work first, back last.
    for bind in keymap::bindings(Mode::UnsavedQuit) {
        let label = match bind.action {
            Action::RetrySave => retry,
            Action::SaveElsewhere => "save the plan in another file (you choose where), then quit",
            Action::QuitKeepingBackup => {
                "quit now; your work is kept as an emergency backup in the data folder"
            }
            _ => bind.label,
        };
        text.push(Line::from(vec![
            Span::styled(format!(" {} ", key_name(bind.keys[0])), theme.key),
            Span::raw(format!(" {label}")),
        ]));
    }
    let width = body.width * 96 / 100;
    let inner_width = usize::from(width.saturating_sub(2));
    let height: usize =
        text.iter().map(|l| crate::tui::text::wrap_text(&l.to_string(), inner_width).len()).sum();
    let area = centered(body, width, height as u16 + 2);
    let inner = framed(frame, area, " Your changes are NOT saved ", theme);
    frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), inner);
}

fn confirm(frame: &mut Frame, body: Rect, question: &str, theme: &Theme) {
    let area = centered(body, body.width * 7 / 10, 7);
    let inner = framed(frame, area, " Question ", theme);
    let text = vec![
        Line::raw(question.to_string()),
        Line::default(),
        Line::from(vec![
            Span::styled(" y ", theme.key),
            Span::raw(" yes   "),
            Span::styled(" n ", theme.key),
            Span::raw(" no"),
        ]),
    ];
    frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), inner);
}
