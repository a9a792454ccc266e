//! Drawing: a pure function of the state. One file per step, plus the overlays.

mod area;
pub mod dashboard;
mod form;
pub mod generate;
pub mod monitor;
pub mod overlay;
mod picker;
mod popup;
pub mod progress;
mod roster;
mod rows;
mod start;

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::action::Action;
use super::keymap;
use super::state::{SaveState, State, Step};
pub use super::text::{fit, fit_path, wrap_text};
use super::theme::Theme;
pub use rows::{
    ListLayout, keep_in_view, render_rows, render_tall_rows, row_line, scroll_offset, wrapped_row,
};

/// How many list rows an area step shows at the state's terminal size, worked out as its
/// frame lays them out (update keeps the list's first row in view with it).
pub fn area_list_height(state: &State) -> usize {
    let (w, h) = state.size;
    let body = screen_areas(state, Rect::new(0, 0, w, h))[1];
    let list = area::split(state, body)[0];
    usize::from(Theme::new(state.look).block("").inner(list).height)
}

/// The smallest terminal the full interface fits.
pub const MIN_SIZE: (u16, u16) = (60, 16);

/// What a frame drew where: the current step's main list and, when shown, the step list.
/// The app keeps the last one to resolve mouse clicks against what is on screen.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Drawn {
    pub list: Option<ListLayout>,
    pub steps: Option<ListLayout>,
}

/// Every frame ends with [`scrub`], so whatever text a screen draws (plan, pack, path, message),
/// no cell can carry a character that drives the terminal. Returns what went where.
pub fn draw(state: &State, frame: &mut Frame) -> Drawn {
    let drawn = draw_screen(state, frame);
    scrub(frame.buffer_mut(), if state.look.ascii { "?" } else { "\u{fffd}" });
    drawn
}

/// Removes control and bidi characters from every cell (ratatui drops most control characters
/// but keeps zero-width ones, such as U+202E, on the previous cell); a cell left empty shows
/// `placeholder`.
pub fn scrub(buffer: &mut Buffer, placeholder: &str) {
    let unsafe_char = |c: char| c.is_control() || crate::sanitize::is_forbidden(c);
    for cell in buffer.content.iter_mut().filter(|cell| cell.symbol().contains(unsafe_char)) {
        let kept: String = cell.symbol().chars().filter(|c| !unsafe_char(*c)).collect();
        cell.set_symbol(if kept.is_empty() { placeholder } else { &kept });
    }
}

fn draw_screen(state: &State, frame: &mut Frame) -> Drawn {
    let theme = Theme::new(state.look);
    let area = frame.area();
    if area.width < MIN_SIZE.0 || area.height < MIN_SIZE.1 {
        too_small(frame, area);
        return Drawn::default();
    }
    let [header, body, message, footer] = screen_areas(state, area);
    render_header(state, frame, header, &theme);
    let list = render_step(state, frame, body, &theme);
    render_message(state, frame, message, &theme);
    render_footer(state, frame, footer, &theme);
    place_list_cursor(frame, list);
    let steps = overlay::render(state, frame, body, &theme);
    Drawn { list, steps }
}

/// The current step's body; returns where its main list went (Review and Generate have none).
fn render_step(state: &State, frame: &mut Frame, body: Rect, theme: &Theme) -> Option<ListLayout> {
    match state.step {
        Step::Start => Some(start::render(state, frame, body, theme)),
        Step::Setup | Step::Monitoring => form::render(state, frame, body, theme),
        Step::Roster => roster::render(state, frame, body, theme),
        Step::Area(a) => area::render(state, a, frame, body, theme),
        Step::Review => {
            dashboard::render(state, frame, body, theme);
            None
        }
        Step::Generate => {
            generate::render(state, frame, body, theme);
            None
        }
        Step::Monitor => monitor::render(state, frame, body, theme),
        Step::Progress => {
            progress::render(state, frame, body, theme);
            None
        }
    }
}

/// Puts the terminal's cursor on the selected row, so console screen readers follow the focus.
fn place_list_cursor(frame: &mut Frame, list: Option<ListLayout>) {
    let Some(list) = list.filter(|l| l.area.height > 0 && l.area.width > 0) else { return };
    if list.cursor < list.len {
        let y = list.area.y + (list.cursor - list.offset) as u16;
        frame.set_cursor_position(ratatui::layout::Position { x: list.area.x, y });
    }
}

fn too_small(frame: &mut Frame, area: Rect) {
    let text = crate::fl!(
        "screen-too-small",
        need_width = MIN_SIZE.0,
        need_height = MIN_SIZE.1,
        width = area.width,
        height = area.height
    );
    frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), area);
}

fn render_header(state: &State, frame: &mut Frame, area: Rect, theme: &Theme) {
    let (n, m) = state.step_position();
    let name = state.step.name(&state.content);
    let (title, progress, saved) = match &state.plan {
        Some(open) => {
            let pct = (open.index(&state.content).progress * 100.0).floor();
            let saved = match &open.save {
                SaveState::Saved => crate::fl!("header-saved"),
                SaveState::Unsaved => crate::fl!("header-unsaved"),
                SaveState::Failed(_) | SaveState::ChangedOnDisk(_) => {
                    crate::fl!("header-not-saved")
                }
                SaveState::ReadOnly(_) if state.follow.is_some() => crate::fl!("header-following"),
                SaveState::ReadOnly(_) => crate::fl!("header-read-only"),
            };
            (
                open.plan.meta.title.clone(),
                crate::fl!("header-decided", percent = format!("{pct:.0}")),
                saved,
            )
        }
        None => (crate::fl!("header-no-plan"), String::new(), String::new()),
    };
    // The step name gives way first, then the title: the position, progress and save state
    // always show, and so does an unreviewed translation's mark before the title.
    let mark = draft_translation_mark(state);
    let fixed = [progress, saved].into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>();
    let tail = fixed.iter().map(|s| format!(" | {s}")).collect::<String>();
    let width = usize::from(area.width);
    let kept = crate::tui::text::width(&tail) + crate::tui::text::width(&mark);
    let step_room = width.saturating_sub(kept + 12).min(width * 3 / 5);
    // Monitor and its dashboard are outside the walk: they name the period instead.
    let place = match (state.step, state.monitor_period()) {
        (Step::Monitor | Step::Progress, Some(period)) => {
            crate::fl!("header-monitor", name = name, period = period)
        }
        _ => crate::fl!("header-step", n = n, m = m, name = name),
    };
    let step = fit(&place, step_room.max(12));
    let right = format!("{step}{tail}");
    let room = width.saturating_sub(crate::tui::text::width(&right) + 3);
    let title = match room.saturating_sub(crate::tui::text::width(&mark)) {
        _ if mark.is_empty() => title,
        title_room if title_room >= 4 => format!("{mark}{}", fit(&title, title_room)),
        _ => mark,
    };
    let line = format!(" {} {right} ", crate::tui::text::pad_right(&fit(&title, room), room));
    frame.render_widget(Paragraph::new(line).style(theme.header), area);
}

/// Put before the plan's title while its checklist is an unreviewed translation.
fn draft_translation_mark(state: &State) -> String {
    match state.plan.as_ref().and(state.content.meta.unreviewed_translation()) {
        Some(_) => format!("{} ", crate::fl!("header-draft-translation")),
        None => String::new(),
    }
}

/// The message line's text and whether it is an error: what just happened, or why the plan is
/// not being saved and what to do about it (keys from the key map).
fn message_text(state: &State) -> Option<(String, bool)> {
    let failed = state
        .plan
        .as_ref()
        .is_some_and(|p| matches!(p.save, SaveState::Failed(_) | SaveState::ChangedOnDisk(_)));
    // A plan that is not saved outranks news of the change that could not be saved.
    if let Some(m) = state.message.as_ref().filter(|m| m.error || !failed) {
        return Some((m.text.clone(), m.error));
    }
    let key = |action: Action, default: &str| {
        keymap::key_for(keymap::step_mode(state), &action).unwrap_or_else(|| default.into())
    };
    if let Some(status) = super::follow::status(state) {
        return Some(status);
    }
    let warning = match &state.plan.as_ref()?.save {
        SaveState::ReadOnly(why) => crate::fl!("message-read-only", why = why.clone()),
        SaveState::ChangedOnDisk(why) => crate::fl!(
            "message-changed-on-disk",
            key = key(Action::SaveOver, "Ctrl+S"),
            why = why.clone()
        ),
        SaveState::Failed(why) => crate::fl!(
            "message-save-failed",
            why = why.clone(),
            retry = key(Action::SaveOver, "Ctrl+S"),
            quit = key(Action::Quit, "q")
        ),
        SaveState::Saved | SaveState::Unsaved => return None,
    };
    Some((warning, true))
}

/// The most lines a message takes: a long one (files written, why a save failed) wraps rather
/// than losing its end.
const MESSAGE_LINES: usize = 3;

/// The most lines an error takes on a screen `height` rows high: why a save failed, with a long
/// path, must show in full.
fn error_lines(height: u16) -> usize {
    usize::from(height.saturating_sub(3) / 3).clamp(MESSAGE_LINES, 6)
}

fn message_lines(state: &State, width: u16, height: u16) -> Vec<String> {
    let Some((text, error)) = message_text(state) else { return vec![] };
    let most = if error { error_lines(height) } else { MESSAGE_LINES };
    let mut lines = wrap_text(&text, usize::from(width));
    if lines.len() > most {
        lines.truncate(most);
        let last = lines.pop().unwrap_or_default();
        lines.push(fit(&format!("{last} ..."), usize::from(width)));
    }
    lines
}

/// Header, body, message lines and footer of a screen.
pub fn screen_areas(state: &State, area: Rect) -> [Rect; 4] {
    let message = message_lines(state, area.width, area.height).len().max(1) as u16;
    Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(message),
        Constraint::Length(2),
    ])
    .areas(area)
}

fn render_message(state: &State, frame: &mut Frame, area: Rect, theme: &Theme) {
    let Some((_, is_error)) = message_text(state) else { return };
    let style = if is_error { theme.error } else { theme.ok };
    let lines: Vec<Line> =
        message_lines(state, area.width, frame.area().height).into_iter().map(Line::raw).collect();
    frame.render_widget(Paragraph::new(lines).style(style), area);
}

fn render_footer(state: &State, frame: &mut Frame, area: Rect, theme: &Theme) {
    let mut lines = vec![Line::default()];
    let width = usize::from(area.width);
    let mut used = 0;
    // A thin link keeps the keys line it had while keys move the selection (tui::link).
    let keys = state.link.held_keys.clone().unwrap_or_else(|| super::offer::footer_here(state));
    for (key, label) in keys {
        let len = crate::tui::text::width(&key) + crate::tui::text::width(&label) + 4;
        if used + len > width {
            if lines.len() == usize::from(area.height) {
                break;
            }
            lines.push(Line::default());
            used = 0;
        }
        let line = lines.last_mut().expect("one line at least");
        line.push_span(Span::styled(format!(" {key} "), theme.key));
        line.push_span(Span::raw(format!(" {label} ")));
        used += len;
    }
    frame.render_widget(Paragraph::new(lines), area);
}

/// The body with a one-line message: everything between the header and the message and
/// footer lines.
pub fn body_area(size: (u16, u16)) -> Rect {
    let area = Rect::new(0, 0, size.0, size.1);
    let [_, body, _, _] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(1),
        Constraint::Length(2),
    ])
    .areas(area);
    body
}

/// What [`draw`] draws at the state's terminal size, drawn off screen (for tests and tools
/// that need a layout without a terminal).
pub fn layout(state: &State) -> Drawn {
    let backend = ratatui::backend::TestBackend::new(state.size.0, state.size.1);
    let mut terminal = ratatui::Terminal::new(backend).expect("a terminal in memory");
    let mut drawn = Drawn::default();
    terminal.draw(|frame| drawn = draw(state, frame)).expect("drawing into memory");
    drawn
}

/// Where the current step draws its main list, if it has one.
pub fn list_area(state: &State) -> Option<Rect> {
    layout(state).list.map(|list| list.area)
}
