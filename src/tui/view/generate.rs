//! Generate: what the draft action plan will contain.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use crate::plan;
use crate::tui::state::State;
use crate::tui::theme::Theme;

pub fn render(state: &State, frame: &mut Frame, area: Rect, theme: &Theme) {
    let Some(p) = state.plan() else { return };
    let summary = plan::summarize(p, &state.content);
    let block = theme.block(" Generate the draft action plan ");
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let mut lines = vec![
        Line::styled("The draft will contain:", theme.title),
        Line::raw(format!(
            "  Title page: {} ({}, {})",
            p.meta.title, p.meta.country, summary.period
        )),
        Line::raw(
            "  Context sections for the drafting team, guiding principles, coordination structure",
        ),
    ];
    for (i, a) in summary.areas.iter().enumerate() {
        lines.push(Line::raw(format!(
            "  Chapter {}: {} - {} objectives, {} actions",
            i + 1,
            a.title,
            a.goals_included,
            a.included
        )));
    }
    lines.push(Line::raw(
        "  Monitoring, review and evaluation; annexes: responsibilities, gaps, glossary",
    ));
    lines.push(Line::default());
    lines.push(Line::styled(
        "Document export (Word, Excel, HTML, Markdown, CSV) is not in this version. Until then, `napwiz summary` and `napwiz check` work from the command line, and the plan file holds every decision.",
        theme.muted,
    ));
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}
