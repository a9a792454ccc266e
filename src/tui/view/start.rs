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
    let block = theme.block(format!(" {} ", crate::fl!("start-title")));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let [intro, list] = Layout::vertical([Constraint::Length(4), Constraint::Min(1)]).areas(inner);
    let mut text = vec![
        Line::styled(crate::fl!("start-purpose"), theme.title),
        Line::raw(crate::fl!("start-provenance")),
    ];
    if state.content.meta.unreviewed_translation().is_some() {
        let language = state.content.meta.language.clone();
        let notice = crate::fl!("start-draft-translation", language = language);
        text.push(Line::styled(fit(&notice, usize::from(intro.width)), theme.error));
    }
    frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), intro);
    let width = usize::from(list.width).saturating_sub(4);
    let rows = state
        .start_entries()
        .iter()
        .enumerate()
        .map(|(i, entry)| {
            let label = match entry {
                StartEntry::NewPlan => crate::fl!("start-new-plan"),
                StartEntry::OpenDemo => crate::fl!("start-open-demo"),
                StartEntry::OpenFile => crate::fl!("start-open-file"),
                // The file name's end (its years) always shows; a long folder is cut instead.
                StartEntry::Recent(path) => {
                    crate::fl!(
                        "start-recent",
                        path = fit_path(&path.display().to_string(), width - 8)
                    )
                }
                StartEntry::Monitor => {
                    let title = state.plan().map_or("", |p| p.meta.title.as_str());
                    crate::fl!("start-monitor", title = title)
                }
            };
            row_line(i == state.start.cursor, vec![Span::raw(fit(&label, width))], theme)
        })
        .collect();
    render_rows(frame, list, rows, state.start.cursor)
}
