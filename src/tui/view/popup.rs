//! Popup frames every overlay draws in: sized and clamped to the body, framed, with an input
//! line over a list.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Clear, Paragraph};
use ratatui_textarea::TextArea;

use super::rows::render_rows;
use crate::tui::theme::Theme;

/// A centred rectangle of at most `pct_w` x `pct_h` per cent of `area`, never outside it.
pub fn popup(area: Rect, pct_w: u16, pct_h: u16) -> Rect {
    let w = (u32::from(area.width) * u32::from(pct_w) / 100) as u16;
    let h = (u32::from(area.height) * u32::from(pct_h) / 100) as u16;
    let x = area.x + (area.width - w.min(area.width)) / 2;
    let y = area.y + (area.height - h.min(area.height)) / 2;
    Rect { x, y, width: w.min(area.width), height: h.min(area.height) }
}

/// A centred rectangle of `width` x `height`, clamped to `area`.
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let (w, h) = (width.min(area.width), height.min(area.height));
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}

pub fn framed(frame: &mut Frame, area: Rect, title: &str, theme: &Theme) -> Rect {
    frame.render_widget(Clear, area);
    let block = theme.block(title.to_string());
    let inner = block.inner(area);
    frame.render_widget(block, area);
    inner
}

pub fn input_with_list(
    frame: &mut Frame,
    area: Rect,
    title: &str,
    input: &TextArea<'static>,
    rows: Vec<Line<'_>>,
    cursor: usize,
    theme: &Theme,
) {
    let inner = framed(frame, area, title, theme);
    let [field, list] = Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(inner);
    let [prompt, text] =
        Layout::horizontal([Constraint::Length(8), Constraint::Min(1)]).areas(field);
    frame.render_widget(
        Paragraph::new(format!("{} ", crate::fl!("popup-filter"))).style(theme.title),
        prompt,
    );
    frame.render_widget(input, text);
    frame.set_cursor_position(input_cursor(input, text));
    render_rows(frame, list, rows, cursor);
}

/// The terminal's own cursor goes where the typing happens (console screen readers follow it).
pub fn input_cursor(input: &TextArea<'static>, area: Rect) -> ratatui::layout::Position {
    let at = input.screen_cursor();
    let (top, left) = input.scroll_offset();
    let row = (at.row as u16).saturating_sub(top).min(area.height.saturating_sub(1));
    let col = (at.col as u16).saturating_sub(left).min(area.width.saturating_sub(1));
    ratatui::layout::Position { x: area.x + col, y: area.y + row }
}
