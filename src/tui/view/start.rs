use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::rows::{ListLayout, render_rows, row_line};
use crate::tui::state::{StartEntry, State};
use crate::tui::text::{fit, fit_path};
use crate::tui::theme::Theme;

/// Returns where the entries were drawn.
pub fn render(state: &State, frame: &mut Frame, area: Rect, theme: &Theme) -> ListLayout {
    let block = theme.block(" Start ");
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let [intro, list] = Layout::vertical([Constraint::Length(4), Constraint::Min(1)]).areas(inner);
    let text = vec![
        Line::styled(
            "Design a National Action Plan against trafficking in human beings.",
            theme.title,
        ),
        Line::raw(
            "The checklist follows the structure of ICMPD's Practitioner's Guide (2021), Chapter A; its wording is napwiz's own, not ICMPD's text.",
        ),
    ];
    frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), intro);
    let width = usize::from(list.width).saturating_sub(4);
    let rows = state
        .start
        .entries
        .iter()
        .enumerate()
        .map(|(i, entry)| {
            let label = match entry {
                StartEntry::NewPlan => "New plan...".to_string(),
                StartEntry::OpenDemo => "Open the demo plan (fictional country)".to_string(),
                StartEntry::OpenFile => "Open a plan file...".to_string(),
                // The file name's end (its years) always shows; a long folder is cut instead.
                StartEntry::Recent(path) => {
                    format!("Recent: {}", fit_path(&path.display().to_string(), width - 8))
                }
            };
            row_line(i == state.start.cursor, vec![Span::raw(fit(&label, width))], theme)
        })
        .collect();
    render_rows(frame, list, rows, state.start.cursor)
}
