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
use crate::tui::text::{self, fit, pad_right};
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
                            Span::styled(format!("{} ", pad_right(&h.id, 8)), theme.heading),
                            Span::raw(fit(&h.text, width)),
                        ],
                        theme,
                    )
                })
                .collect();
            let title = format!(" {} ", crate::fl!("search-title", found = hits.len()));
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
            let question =
                if saved { crate::fl!("quit-question-saved") } else { crate::fl!("quit-question") };
            let question = question.as_str();
            confirm(frame, body, question, theme)
        }
        Overlay::UnsavedQuit => unsaved_quit(state, frame, body, theme),
        Overlay::ConfirmCreate(path) => confirm(
            frame,
            body,
            &crate::fl!(
                "create-question",
                path = crate::sanitize::clean_line(&path.display().to_string()).into_owned()
            ),
            theme,
        ),
        Overlay::LockQuestion { path, holder } => lock_question(frame, body, path, holder, theme),
        Overlay::ConfirmPeriod(asked) => {
            confirm(frame, body, &super::monitor::period_question(state, asked), theme)
        }
        Overlay::StartMonitoring => {
            confirm(frame, body, &super::monitor::start_question(state), theme)
        }
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
    let inner = framed(frame, area, &format!(" {} ", crate::fl!("lock-title")), theme);
    let name = path
        .file_name()
        .map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
    let mut text = vec![
        Line::raw(crate::fl!("lock-open-elsewhere", name = name.to_string())),
        Line::raw(format!(
            "  {}",
            crate::fl!(
                "lock-holder",
                user = holder.user.clone(),
                host = holder.host.clone(),
                since = holder.since.to_string()
            )
        )),
        Line::raw(crate::fl!("lock-cannot-check")),
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
                crate::plan::fields::Field::Report(period, id, _) => format!("{id}, {period}: "),
                _ => String::new(),
            };
            let label = match state.plan() {
                Some(plan) => crate::plan::fields::label_in(plan, field),
                None => crate::plan::fields::label(field),
            };
            format!(" {item}{} ", label.trim())
        }
        TextTarget::NewPlanTitle => format!(" {} ", crate::fl!("prompt-new-plan-title")),
        TextTarget::OpenPath => format!(" {} ", crate::fl!("prompt-open-path")),
        TextTarget::NewCustomAction { goal } => {
            format!(" {} ", crate::fl!("prompt-new-action", goal = goal.to_string()))
        }
        TextTarget::NewCustomGoal { area } => {
            let name = state.content.area(area).map_or(area.as_str(), |a| a.title.as_str());
            format!(" {} ", crate::fl!("prompt-new-goal", area = name.to_string()))
        }
        TextTarget::NewInstitution => format!(" {} ", crate::fl!("prompt-new-institution")),
        TextTarget::RosterFilter => format!(" {} ", crate::fl!("prompt-roster-filter")),
        TextTarget::SaveElsewhere => format!(" {} ", crate::fl!("prompt-save-elsewhere")),
    }
}

/// What the prompt expects, in words, before anything is typed.
fn editor_hint(state: &State, target: &TextTarget) -> Option<String> {
    match target {
        TextTarget::Field(field) => match state.plan() {
            Some(plan) => crate::plan::fields::hint_in(plan, field),
            None => crate::plan::fields::hint(field),
        },
        TextTarget::NewPlanTitle => Some(crate::fl!("hint-new-plan-title")),
        TextTarget::OpenPath => Some(crate::fl!("hint-open-path")),
        TextTarget::NewInstitution => Some(crate::fl!("hint-new-institution")),
        TextTarget::RosterFilter => Some(crate::fl!("hint-roster-filter")),
        TextTarget::NewCustomAction { .. } | TextTarget::NewCustomGoal { .. } => {
            Some(crate::fl!("hint-new-item"))
        }
        TextTarget::SaveElsewhere => Some(crate::fl!("hint-save-elsewhere")),
    }
}

/// The editing keys of a prompt, one per line, as `?` shows them.
fn editing_keys(mode: Mode) -> Vec<String> {
    let mut lines: Vec<String> = keymap::bindings(mode)
        .iter()
        .map(|b| {
            let keys: Vec<String> = b.keys.iter().map(|k| key_name(*k)).collect();
            crate::tui::text::pad_right(&keys.join(", "), 16) + " " + &b.shown_label()
        })
        .collect();
    if mode == Mode::Editor {
        lines.push(format!(
            "{} {}",
            crate::tui::text::pad_right(&crate::fl!("editor-question-mark-keys"), 16),
            crate::fl!("editor-question-mark")
        ));
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
    let hint: Vec<Line> = editor_hint(state, target)
        .map(|h| {
            crate::tui::text::wrap_text(
                &crate::fl!("editor-expected", hint = h.to_string()),
                usize::from(inner_width),
            )
        })
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
            let leave = if multiline {
                crate::fl!("editor-esc-again-closes")
            } else {
                crate::fl!("editor-esc-cancels")
            };
            Paragraph::new(crate::fl!("editor-not-kept", error = e.to_string(), leave = leave))
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
            crate::fl!("editor-save-here-and-quit", key = key(Action::Enter)),
            crate::fl!("editor-back-to-question", key = key(Action::Back)),
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
    let title = format!(" {} ", crate::fl!("conflicts-title", left = plan.conflicts.len()));
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
                let text = crate::fl!(
                    "conflicts-side",
                    value = crate::plan::merge::describe(&c.field, &option.value, plan, content),
                    source = option.source.clone()
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
    let all = state.step_list();
    let area = steps_area(body);
    let inner = framed(frame, area, &format!(" {} ", crate::fl!("steps-title")), theme);
    let width = usize::from(inner.width).saturating_sub(2);
    let rows = all
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let done = crate::tui::derived::step_progress(state, *s);
            let name_width = width.saturating_sub(text::width(&done) + 6);
            let name = fit(&s.name(&state.content), name_width);
            row_line(
                i == cursor,
                vec![
                    Span::raw(format!("{:>2}. {} ", i + 1, pad_right(&name, name_width))),
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
    let inner = framed(frame, area, &format!(" {} ", crate::fl!("help-title")), theme);
    let context = keymap::step_mode(state);
    let mut lines = vec![Line::styled(
        crate::fl!("help-keys-here", context = mode_name(context)),
        theme.heading,
    )];
    // What the list's marks and letters mean, before the keys.
    if matches!(context, Mode::AreaList | Mode::AreaFields) {
        lines.extend(super::area::legend().into_iter().map(|l| Line::raw(format!("  {l}"))));
    }
    let mut shown = std::collections::BTreeSet::new();
    for bind in keymap::bindings(context) {
        let keys: Vec<String> = bind.keys.iter().map(|k| key_name(*k)).collect();
        if shown.insert(bind.label) {
            let keys = crate::tui::text::pad_right(&keys.join(", "), 22);
            lines.push(Line::raw(format!("  {keys} {}", bind.shown_label())));
        }
    }
    lines.push(Line::default());
    lines.push(Line::styled(crate::fl!("help-everything-saved"), theme.muted));
    if state.link.thin {
        lines.push(Line::styled(crate::fl!("help-thin-link"), theme.muted));
    }
    frame.render_widget(Paragraph::new(lines).scroll((scroll, 0)), inner);
}

fn mode_name(mode: Mode) -> String {
    match mode {
        Mode::Start => crate::fl!("help-context-start"),
        Mode::Form => crate::fl!("help-context-form"),
        Mode::Roster => crate::fl!("help-context-roster"),
        Mode::AreaList => crate::fl!("help-context-area-list"),
        Mode::AreaFields => crate::fl!("help-context-area-fields"),
        Mode::Review => crate::fl!("help-context-review"),
        Mode::Generate => crate::fl!("help-context-generate"),
        Mode::Monitor => crate::fl!("help-context-monitor"),
        Mode::MonitorReport => crate::fl!("help-context-monitor-report"),
        Mode::Progress => crate::fl!("help-context-progress"),
        _ => crate::fl!("help-context-other"),
    }
}

fn guidance(state: &State, frame: &mut Frame, body: Rect, id: &str, scroll: u16, theme: &Theme) {
    let area = popup(body, 100, 100);
    let goal = state.content.goal(id).or_else(|| state.content.action(id).map(|(g, _)| g));
    let Some(goal) = goal else {
        let inner = framed(frame, area, &format!(" {} ", crate::fl!("guidance-title")), theme);
        frame.render_widget(Paragraph::new(crate::fl!("guidance-own-item")), inner);
        return;
    };
    let inner = framed(
        frame,
        area,
        &format!(" {} ", crate::fl!("guidance-title-goal", goal = goal.id.clone())),
        theme,
    );
    let mut lines = vec![
        Line::styled(goal.title.clone(), theme.title),
        Line::default(),
        Line::raw(goal.guidance.clone()),
        Line::default(),
    ];
    if !goal.result.is_empty() {
        lines.push(Line::styled(crate::fl!("guidance-expected-result"), theme.heading));
        lines.push(Line::raw(format!("  {}", goal.result)));
    }
    lines.push(Line::styled(crate::fl!("guidance-standards"), theme.heading));
    lines.extend(goal.standards.iter().map(|s| Line::raw(format!("  - {s}"))));
    lines.push(Line::styled(crate::fl!("guidance-example-indicators"), theme.heading));
    lines.extend(goal.indicators.iter().map(|i| Line::raw(format!("  - {}", i.describe()))));
    if let Some((_, action)) = state.content.action(id).filter(|(_, a)| !a.indicators.is_empty()) {
        lines.push(Line::styled(
            crate::fl!("guidance-indicators-for", action = action.id.clone()),
            theme.heading,
        ));
        lines.extend(action.indicators.iter().map(|i| Line::raw(format!("  - {}", i.describe()))));
    }
    lines.push(Line::styled(
        crate::fl!("guidance-usually", horizon = goal.horizon.label()),
        theme.muted,
    ));
    frame
        .render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }).scroll((scroll, 0)), inner);
}

/// Quitting with changes that are in no file: why, and the ways out, none of which loses them.
fn unsaved_quit(state: &State, frame: &mut Frame, body: Rect, theme: &Theme) {
    use crate::tui::state::SaveState;
    let why = match state.plan.as_ref().map(|p| &p.save) {
        Some(SaveState::Failed(why) | SaveState::ChangedOnDisk(why)) => why.clone(),
        _ => crate::fl!("unsaved-not-saved-yet"),
    };
    let changed = matches!(state.plan.as_ref().map(|p| &p.save), Some(SaveState::ChangedOnDisk(_)));
    let retry = if changed {
        crate::fl!("unsaved-retry-changed")
    } else {
        crate::fl!("unsaved-retry-failed")
    };
    let mut text =
        vec![Line::styled(crate::fl!("unsaved-why"), theme.title), Line::raw(why), Line::default()];
    // In the table's order: the ways to keep the work first, back last.
    for bind in keymap::bindings(Mode::UnsavedQuit) {
        let label = match bind.action {
            Action::RetrySave => retry.clone(),
            Action::SaveElsewhere => crate::fl!("unsaved-save-elsewhere"),
            Action::QuitKeepingBackup => {
                crate::fl!("unsaved-quit-keeping-backup")
            }
            _ => bind.shown_label(),
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
    let inner = framed(frame, area, &format!(" {} ", crate::fl!("unsaved-title")), theme);
    frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), inner);
}

fn confirm(frame: &mut Frame, body: Rect, question: &str, theme: &Theme) {
    let area = centered(body, body.width * 7 / 10, 7);
    let inner = framed(frame, area, &format!(" {} ", crate::fl!("question-title")), theme);
    let text = vec![
        Line::raw(question.to_string()),
        Line::default(),
        Line::from(vec![
            Span::styled(" y ", theme.key),
            Span::raw(format!(" {}   ", crate::fl!("question-yes"))),
            Span::styled(" n ", theme.key),
            Span::raw(format!(" {}", crate::fl!("question-no"))),
        ]),
    ];
    frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), inner);
}
