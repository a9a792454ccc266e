//! Review: where the plan stands, and its health check. (The charts are their own issue.)

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::{fit, render_rows, row_line};
use crate::plan::{self, Severity};
use crate::tui::state::State;
use crate::tui::theme::Theme;

pub fn render(state: &State, frame: &mut Frame, area: Rect, theme: &Theme) {
    let Some(p) = state.plan() else { return };
    let summary = plan::summarize(p, &state.content);
    let health = plan::check(p, &state.content);
    let counts_height = summary.areas.len() as u16 + 4;
    let [counts, findings] =
        Layout::vertical([Constraint::Length(counts_height), Constraint::Min(3)]).areas(area);
    let block = theme.block(" Review: where the plan stands ");
    let inner = block.inner(counts);
    frame.render_widget(block, counts);
    let name_width = usize::from(inner.width).saturating_sub(40);
    let table = summary.area_table(name_width);
    let mut lines: Vec<Line> = table.into_iter().map(Line::raw).collect();
    lines[0] = lines[0].clone().style(theme.muted);
    lines.push(Line::raw(format!(
        "{} of {} actions decided ({}%), {} included.",
        summary.decided, summary.actions, summary.progress_percent, summary.included
    )));
    frame.render_widget(Paragraph::new(lines), inner);

    let title = format!(" Health check: {} errors, {} warnings ", health.errors, health.warnings);
    let block = theme.block(title);
    let inner = block.inner(findings);
    frame.render_widget(block, findings);
    if health.findings.is_empty() {
        frame.render_widget(Paragraph::new("No problems found."), inner);
        return;
    }
    let width = usize::from(inner.width).saturating_sub(12);
    let rows = health
        .findings
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let (label, style) = match f.severity {
                Severity::Error => ("error   ", theme.error),
                Severity::Warning => ("warning ", theme.muted),
            };
            row_line(
                i == state.review_cursor,
                vec![Span::styled(label, style), Span::raw(fit(&f.message, width))],
                theme,
            )
        })
        .collect();
    render_rows(frame, inner, rows, state.review_cursor);
}

pub fn render_generate(state: &State, frame: &mut Frame, area: Rect, theme: &Theme) {
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
