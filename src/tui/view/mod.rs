//! Drawing: a pure function of the state. One file per step, plus the overlays.

mod area;
pub mod dashboard;
mod form;
pub mod generate;
pub mod overlay;
mod roster;
mod start;

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::action::Action;
use super::keymap;
use super::state::{SaveState, State, Step};
use super::theme::Theme;

/// The smallest terminal the full interface fits.
pub const MIN_SIZE: (u16, u16) = (60, 16);

/// Every frame ends with [`scrub`], so whatever text a screen draws (plan, pack, path, message),
/// no cell can carry a character that drives the terminal.
pub fn draw(state: &State, frame: &mut Frame) {
    draw_screen(state, frame);
    scrub(frame.buffer_mut(), if state.look.ascii { "?" } else { "\u{fffd}" });
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

fn draw_screen(state: &State, frame: &mut Frame) {
    let theme = Theme::new(state.look);
    let area = frame.area();
    if area.width < MIN_SIZE.0 || area.height < MIN_SIZE.1 {
        return too_small(frame, area);
    }
    let [header, body, message, footer] = screen_areas(state, area);
    render_header(state, frame, header, &theme);
    match state.step {
        Step::Start => start::render(state, frame, body, &theme),
        Step::Setup | Step::Monitoring => form::render(state, frame, body, &theme),
        Step::Roster => roster::render(state, frame, body, &theme),
        Step::Area(a) => area::render(state, a, frame, body, &theme),
        Step::Review => dashboard::render(state, frame, body, &theme),
        Step::Generate => generate::render(state, frame, body, &theme),
    }
    render_message(state, frame, message, &theme);
    render_footer(state, frame, footer, &theme);
    place_list_cursor(state, frame);
    overlay::render(state, frame, body, &theme);
}

/// Puts the terminal's cursor on the selected row, so console screen readers follow the focus.
fn place_list_cursor(state: &State, frame: &mut Frame) {
    let Some(area) = list_area(state).filter(|a| a.height > 0 && a.width > 0) else { return };
    let Some((len, cursor)) = list_position(state) else { return };
    if cursor < len {
        let row = cursor - scroll_offset(cursor, len, usize::from(area.height));
        frame.set_cursor_position(ratatui::layout::Position { x: area.x, y: area.y + row as u16 });
    }
}

fn too_small(frame: &mut Frame, area: Rect) {
    let text = format!(
        "terminal too small: need {} x {}, have {} x {}. Enlarge the window or reduce the font size.",
        MIN_SIZE.0, MIN_SIZE.1, area.width, area.height
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
                SaveState::Saved => "saved".to_string(),
                SaveState::Unsaved => "UNSAVED".to_string(),
                SaveState::Failed(_) | SaveState::ChangedOnDisk(_) => "NOT SAVED".to_string(),
                SaveState::ReadOnly(_) => "READ-ONLY".to_string(),
            };
            (open.plan.meta.title.clone(), format!("{pct:.0}% decided"), saved)
        }
        None => ("no plan open".to_string(), String::new(), String::new()),
    };
    // The step name gives way first, then the title: the position, progress and save state
    // always show.
    let fixed = [progress, saved].into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>();
    let tail = fixed.iter().map(|s| format!(" | {s}")).collect::<String>();
    let width = usize::from(area.width);
    let step_room = width.saturating_sub(tail.chars().count() + 12).min(width * 3 / 5);
    let step = fit(&format!("step {n} of {m}: {name}"), step_room.max(12));
    let right = format!("{step}{tail}");
    let room = width.saturating_sub(right.chars().count() + 3);
    let line = format!(" {:<room$} {right} ", fit(&title, room));
    frame.render_widget(Paragraph::new(line).style(theme.header), area);
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
    let warning = match &state.plan.as_ref()?.save {
        SaveState::ReadOnly(why) => format!("Read-only: {why}"),
        SaveState::ChangedOnDisk(why) => format!(
            "Not saved ({} keeps yours, backs up the other): {why}",
            key(Action::SaveOver, "Ctrl+S")
        ),
        SaveState::Failed(why) => format!(
            "NOT SAVED: {why} {}: try again. {}: save elsewhere or keep a backup, then quit.",
            key(Action::SaveOver, "Ctrl+S"),
            key(Action::Quit, "q")
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
    for (key, label) in super::offer::footer_here(state) {
        let len = key.chars().count() + label.chars().count() + 4;
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

/// Words of `text` in lines of at most `width` characters; a word longer than a line is cut
/// into pieces.
pub fn wrap_text(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let mut word: Vec<char> = word.chars().collect();
        let len = line.chars().count();
        if len > 0 && len + 1 + word.len() <= width {
            line.push(' ');
            line.extend(word);
            continue;
        }
        if len > 0 {
            lines.push(std::mem::take(&mut line));
        }
        while word.len() > width {
            lines.push(word.drain(..width).collect());
        }
        line = word.into_iter().collect();
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// A path cut to `width` characters in its middle, so its end (the file name, with its year)
/// always shows: `/home/ana/.local/.../plans/nap-2027-2030.ron`.
pub fn fit_path(path: &str, width: usize) -> String {
    let chars: Vec<char> = path.chars().collect();
    if chars.len() <= width {
        return path.to_string();
    }
    let name_start = path.rfind(['/', '\\']).map_or(0, |i| path[..i].chars().count());
    let name = &chars[name_start..];
    if name.len() + 6 > width {
        let keep = width.saturating_sub(3);
        return format!("...{}", chars[chars.len() - keep..].iter().collect::<String>());
    }
    let head: String = chars[..width - name.len() - 3].iter().collect();
    format!("{head}...{}", name.iter().collect::<String>())
}

/// Cuts a text to `width` characters, marking the cut with "...".
pub fn fit(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_string();
    }
    let kept: String = text.chars().take(width.saturating_sub(3)).collect();
    format!("{kept}...")
}

/// The first visible row of a list of `len` rows in `height` rows, keeping `cursor` in the
/// middle where it can.
pub fn scroll_offset(cursor: usize, len: usize, height: usize) -> usize {
    if len <= height {
        return 0;
    }
    cursor.saturating_sub(height / 2).min(len - height)
}

/// A list row: '>' and reversed when selected, so selection never depends on colour.
pub fn row_line<'a>(selected: bool, spans: Vec<Span<'a>>, theme: &Theme) -> Line<'a> {
    let marker = if selected { "> " } else { "  " };
    let mut line = Line::from(Span::raw(marker));
    for span in spans {
        // The selection's colours win over the spans' own, so it keeps its contrast.
        line.push_span(if selected { span.patch_style(theme.selected) } else { span });
    }
    if selected { line.style(theme.selected) } else { line }
}

/// Renders rows of several lines each (wrapped findings, conflicts with their sides) with the
/// cursor's row kept whole on screen; returns the screen row where the cursor's row starts.
pub fn render_tall_rows(
    frame: &mut Frame,
    area: Rect,
    rows: Vec<Vec<Line<'_>>>,
    cursor: usize,
) -> Option<u16> {
    let height = usize::from(area.height);
    // The first row shown: as early as possible with the cursor's row still whole.
    let mut first = cursor.min(rows.len().saturating_sub(1));
    let mut used = rows.get(first).map_or(0, Vec::len);
    while first > 0 && used + rows[first - 1].len() <= height {
        first -= 1;
        used += rows[first].len();
    }
    let cursor_at = rows[first..cursor.min(rows.len())].iter().map(Vec::len).sum::<usize>();
    let visible: Vec<Line> = rows.into_iter().skip(first).flatten().take(height).collect();
    frame.render_widget(Paragraph::new(visible), area);
    (cursor_at < height).then_some(area.y + cursor_at as u16)
}

/// A list row's text wrapped to `width`: the first line with the `lead` spans, the rest
/// indented under the text, all marked and reversed when selected.
pub fn wrapped_row<'a>(
    selected: bool,
    lead: Vec<Span<'a>>,
    text: &str,
    width: usize,
    theme: &Theme,
) -> Vec<Line<'a>> {
    let indent: usize = lead.iter().map(|s| s.width()).sum();
    let mut pieces = wrap_text(text, width.saturating_sub(indent + 2)).into_iter();
    let mut first = lead;
    first.push(Span::raw(pieces.next().unwrap_or_default()));
    let mut lines = vec![row_line(selected, first, theme)];
    lines.extend(
        pieces.map(|p| row_line(selected, vec![Span::raw(format!("{:indent$}{p}", ""))], theme)),
    );
    if selected {
        // Only the first line carries the '>' marker; the rest are plain continuations.
        for line in lines.iter_mut().skip(1) {
            if let Some(marker) = line.spans.first_mut() {
                marker.content = "  ".into();
            }
        }
    }
    lines
}

/// Renders rows with the cursor kept visible.
pub fn render_rows(frame: &mut Frame, area: Rect, rows: Vec<Line<'_>>, cursor: usize) {
    let height = usize::from(area.height);
    let offset = scroll_offset(cursor, rows.len(), height);
    let visible: Vec<Line> = rows.into_iter().skip(offset).take(height).collect();
    frame.render_widget(Paragraph::new(visible), area);
}

/// The rows of a list of `len` that fit in `area` around the cursor: only these are drawn, so a
/// long list costs no more per frame than a short one.
pub fn visible_rows(area: Rect, len: usize, cursor: usize) -> std::ops::Range<usize> {
    let height = usize::from(area.height);
    let offset = scroll_offset(cursor, len, height);
    offset..(offset + height).min(len)
}

/// The length of the current step's main list and the cursor in it.
pub fn list_position(state: &State) -> Option<(usize, usize)> {
    Some(match state.step {
        Step::Start => (state.start.len(), state.start_cursor),
        Step::Setup => (crate::plan::fields::meta_fields().len(), state.setup_cursor),
        Step::Monitoring => {
            (crate::plan::fields::monitoring_fields().len(), state.monitoring_cursor)
        }
        Step::Roster => (super::update::roster_rows(state).len(), state.roster_cursor),
        Step::Area(a) => (state.area_rows(a).len(), state.areas[a].cursor),
        Step::Review | Step::Generate => return None,
    })
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

/// The body as drawn now (a long message takes more lines).
pub fn body_area_of(state: &State) -> Rect {
    let [_, body, _, _] = screen_areas(state, Rect::new(0, 0, state.size.0, state.size.1));
    body
}

/// Where the current step draws its main list, for mouse clicks. Mirrors the step views.
pub fn list_area(state: &State) -> Option<Rect> {
    let body = body_area_of(state);
    let inner = |r: Rect| Rect {
        x: r.x + 1,
        y: r.y + 1,
        width: r.width.saturating_sub(2),
        height: r.height.saturating_sub(2),
    };
    match state.step {
        Step::Start => {
            let i = inner(body);
            Some(Rect { y: i.y + 4, height: i.height.saturating_sub(4), ..i })
        }
        Step::Setup | Step::Monitoring | Step::Roster => Some(inner(body)),
        Step::Area(_) if state.wide() => {
            let [list, _] =
                Layout::horizontal([Constraint::Percentage(55), Constraint::Percentage(45)])
                    .areas(body);
            Some(inner(list))
        }
        Step::Area(a) if state.areas[a].field.is_some() => None,
        Step::Area(_) => {
            let [list, _] =
                Layout::vertical([Constraint::Min(3), Constraint::Length(4)]).areas(body);
            Some(inner(list))
        }
        Step::Review | Step::Generate => None,
    }
}
