//! Lists drawn with the cursor kept in view: one-line and multi-line rows, the selection marked
//! by '>' and reverse video so it never depends on colour.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::tui::text::wrap_text;
use crate::tui::theme::Theme;

/// Where a list was drawn: the rows' area, the first row shown, the number of rows and the
/// selected one. Mouse clicks are resolved against it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ListLayout {
    pub area: Rect,
    pub offset: usize,
    pub len: usize,
    pub cursor: usize,
}

impl ListLayout {
    /// The row under the screen cell (x, y), if any.
    pub fn row_at(&self, x: u16, y: u16) -> Option<usize> {
        if !self.area.contains(ratatui::layout::Position { x, y }) {
            return None;
        }
        let row = self.offset + usize::from(y - self.area.y);
        (row < self.len).then_some(row)
    }
}

/// The first visible row of a list of `len` rows in `height` rows, keeping `cursor` in the
/// middle where it can.
pub fn scroll_offset(cursor: usize, len: usize, height: usize) -> usize {
    if len <= height {
        return 0;
    }
    cursor.saturating_sub(height / 2).min(len - height)
}

/// The first visible row of a list of `len` rows in `height` rows that showed `top` first:
/// unchanged while the cursor stays clear of the edges (`margin` rows from them), else moved
/// just enough. A list that scrolls only at its edges sends two changed rows per move, not a
/// whole list.
pub fn keep_in_view(top: usize, cursor: usize, len: usize, height: usize, margin: usize) -> usize {
    if len <= height || height == 0 {
        return 0;
    }
    let margin = margin.min(height.saturating_sub(1) / 2);
    let lowest = (cursor + margin + 1).saturating_sub(height);
    let highest = cursor.saturating_sub(margin);
    top.clamp(lowest, highest.max(lowest)).min(len - height)
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

/// Renders rows with the cursor kept visible; returns where they went.
pub fn render_rows(
    frame: &mut Frame,
    area: Rect,
    rows: Vec<Line<'_>>,
    cursor: usize,
) -> ListLayout {
    let height = usize::from(area.height);
    let len = rows.len();
    let offset = scroll_offset(cursor, len, height);
    let visible: Vec<Line> = rows.into_iter().skip(offset).take(height).collect();
    frame.render_widget(Paragraph::new(visible), area);
    ListLayout { area, offset, len, cursor }
}

/// The rows of a list of `len` that fit in `area`, from `top` as [`keep_in_view`] moves it:
/// only these are drawn, so a long list costs no more per frame than a short one.
pub fn visible_rows(
    area: Rect,
    len: usize,
    (top, cursor): (usize, usize),
    margin: usize,
) -> std::ops::Range<usize> {
    let height = usize::from(area.height);
    let offset = keep_in_view(top, cursor, len, height, margin);
    offset..(offset + height).min(len)
}
