//! The review dashboard: the plan at a glance, in panels. One panel at a time at projector
//! sizes (Tab or the panel's number switches), several side by side on large terminals. Every bar carries its number
//! as text, so nothing depends on the bar's length or colour alone.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::rows::{render_rows, row_line};
use crate::plan::{Health, Severity, Summary};
use crate::tui::derived;
use crate::tui::state::State;
use crate::tui::text::{fit, pad_right};
use crate::tui::theme::Theme;

pub use crate::tui::state::{GAPS, HEALTH, PANELS};

pub fn render(state: &State, frame: &mut Frame, area: Rect, theme: &Theme) {
    let Some(p) = state.plan() else { return };
    let summary = derived::summary(state, p);
    let health = derived::health(state, p);
    let ctx = Ctx { state, summary: &summary, health: &health, theme, bar: bar_glyph(state) };
    match grid(area) {
        Some((cols, rows)) => render_grid(&ctx, frame, area, cols, rows),
        None => render_single(&ctx, frame, area),
    }
}

struct Ctx<'a> {
    state: &'a State,
    summary: &'a Summary,
    health: &'a Health,
    theme: &'a Theme,
    bar: &'static str,
}

/// '#' where box glyphs or colour are not available, a full block elsewhere.
pub fn bar_glyph(state: &State) -> &'static str {
    let plain = state.look.ascii
        || !state.look.color
        || state.look.theme == crate::tui::theme::ThemeName::Monochrome;
    if plain { "#" } else { "\u{2588}" }
}

/// Columns and rows of panels that fit, or None for one panel at a time.
pub fn grid(area: Rect) -> Option<(u16, u16)> {
    if area.width >= 180 && area.height >= 40 {
        Some((3, 2))
    } else if area.width >= 120 && area.height >= 45 {
        Some((2, 3))
    } else {
        None
    }
}

fn render_single(ctx: &Ctx, frame: &mut Frame, area: Rect) {
    let [tabs, panel] = Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(area);
    let current = ctx.state.review.panel;
    let mut line = Line::default();
    for (i, name) in (0..PANELS.len()).map(|i| (i, panel_name(i))) {
        let label = format!(" {} {name} ", i + 1);
        let style = if i == current { ctx.theme.selected } else { ctx.theme.muted };
        let label = if i == current { format!("[{}]", label.trim()) } else { label };
        line.push_span(Span::styled(label, style));
    }
    frame.render_widget(Paragraph::new(line), tabs);
    render_panel(ctx, frame, panel, current, true);
}

fn render_grid(ctx: &Ctx, frame: &mut Frame, area: Rect, cols: u16, rows: u16) {
    let row_areas =
        Layout::vertical(vec![Constraint::Ratio(1, u32::from(rows)); usize::from(rows)])
            .split(area);
    for (r, row) in row_areas.iter().enumerate() {
        let cells =
            Layout::horizontal(vec![Constraint::Ratio(1, u32::from(cols)); usize::from(cols)])
                .split(*row);
        for (c, cell) in cells.iter().enumerate() {
            let index = r * usize::from(cols) + c;
            if index < PANELS.len() {
                render_panel(ctx, frame, *cell, index, index == ctx.state.review.panel);
            }
        }
    }
}

fn render_panel(ctx: &Ctx, frame: &mut Frame, area: Rect, index: usize, focused: bool) {
    let marker = if focused { "> " } else { "" };
    let mut block = ctx.theme.block(format!(" {marker}{} {} ", index + 1, panel_name(index)));
    if focused {
        block = block.border_style(ctx.theme.title);
    }
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if focused && inner.width > 0 && inner.height > 0 {
        // The terminal's cursor marks the focused panel (console screen readers follow it).
        frame.set_cursor_position(ratatui::layout::Position { x: inner.x, y: inner.y });
    }
    let width = usize::from(inner.width);
    match index {
        GAPS => render_gaps(ctx, frame, inner, focused),
        HEALTH => render_health(ctx, frame, inner, focused),
        _ => {
            let lines = match index {
                0 => by_area(ctx, width),
                1 => baseline(ctx, width),
                2 => workload(ctx, width),
                _ => timeline(ctx, width),
            };
            frame.render_widget(Paragraph::new(lines), inner);
        }
    }
}

/// A bar of `value` against `max` in at most `width` cells, at least one cell for any non-zero
/// value, followed by the number.
pub fn bar(glyph: &str, value: usize, max: usize, width: usize) -> String {
    let cells =
        if value == 0 || max == 0 { 0 } else { (value * width).div_ceil(max).clamp(1, width) };
    format!("{}{} {value:>3}", glyph.repeat(cells), " ".repeat(width - cells))
}

fn by_area<'a>(ctx: &Ctx, width: usize) -> Vec<Line<'a>> {
    let s = ctx.summary;
    let max = s
        .areas
        .iter()
        .map(|a| a.priority.high.max(a.priority.medium).max(a.priority.low))
        .max()
        .unwrap_or(0);
    let bar_width = width.saturating_sub(34) / 3;
    let mut lines = vec![];
    for a in &s.areas {
        let head = crate::fl!(
            "review-area-head",
            area = fit(&a.title, width.saturating_sub(40)),
            included = a.included,
            actions = a.actions,
            goals_included = a.goals_included,
            goals = a.goals
        );
        lines.push(Line::styled(fit(&head, width), ctx.theme.title));
        let p = &a.priority;
        let cell =
            |name: String, v: usize| format!("{name} {}", bar(ctx.bar, v, max, bar_width.max(1)));
        lines.push(Line::raw(fit(
            &format!(
                "  {}  {}  {}",
                cell(crate::fl!("review-high"), p.high),
                cell(crate::fl!("review-medium"), p.medium),
                cell(crate::fl!("review-low"), p.low)
            ),
            width,
        )));
    }
    lines.push(Line::styled(
        fit(
            &crate::fl!(
                "review-decided",
                decided = s.decided,
                actions = s.actions,
                percent = s.progress_percent,
                included = s.included
            ),
            width,
        ),
        ctx.theme.muted,
    ));
    lines
}

fn baseline<'a>(ctx: &Ctx, width: usize) -> Vec<Line<'a>> {
    let mut lines = vec![];
    let max = ctx
        .summary
        .areas
        .iter()
        .flat_map(|a| {
            let b = &a.baseline;
            [b.in_place, b.partly_in_place, b.missing, b.not_applicable, b.unknown]
        })
        .max()
        .unwrap_or(0);
    let bar_width = width.saturating_sub(22).max(1);
    for a in &ctx.summary.areas {
        lines.push(Line::styled(fit(&a.title, width), ctx.theme.title));
        let b = &a.baseline;
        let rows = [
            (crate::fl!("review-baseline-in-place"), b.in_place),
            (crate::fl!("review-baseline-partly"), b.partly_in_place),
            (crate::fl!("review-baseline-missing"), b.missing),
            (crate::fl!("review-baseline-not-applicable"), b.not_applicable),
            (crate::fl!("review-baseline-unknown"), b.unknown),
        ];
        for (name, v) in rows {
            lines.push(Line::raw(fit(
                &format!("  {} {}", pad_right(&name, 9), bar(ctx.bar, v, max, bar_width)),
                width,
            )));
        }
    }
    lines
}

fn workload<'a>(ctx: &Ctx, width: usize) -> Vec<Line<'a>> {
    let loads = &ctx.summary.institutions;
    let max = loads.iter().map(|l| l.leads.max(l.partners)).max().unwrap_or(0);
    let bar_width = (width.saturating_sub(32) / 2).max(1);
    let mut lines =
        vec![Line::styled(fit(&crate::fl!("review-workload-intro"), width), ctx.theme.muted)];
    for l in loads {
        let text = crate::fl!(
            "review-workload-row",
            code = pad_right(&fit(&l.code, 6), 6),
            leads = bar(ctx.bar, l.leads, max, bar_width),
            partners = bar(ctx.bar, l.partners, max, bar_width)
        );
        lines.push(Line::raw(fit(&text, width)));
    }
    lines
}

fn timeline<'a>(ctx: &Ctx, width: usize) -> Vec<Line<'a>> {
    let t = &ctx.summary.timeline;
    let cell =
        if t.years.is_empty() { 6 } else { (width.saturating_sub(8) / t.years.len()).clamp(6, 12) };
    let max = t.goals.iter().flat_map(|g| g.actions.iter().copied()).max().unwrap_or(0);
    let bar_width = cell.saturating_sub(4).max(1);
    let header: String = t.years.iter().map(|y| pad_right(&y.to_string(), cell)).collect();
    let mut lines = vec![Line::styled(
        fit(&format!("{}{header}", pad_right(&crate::fl!("review-goal"), 8)), width),
        ctx.theme.muted,
    )];
    for row in &t.goals {
        let cells: String = row
            .actions
            .iter()
            .map(|&n| pad_right(&compact_bar(ctx.bar, n, max, bar_width), cell))
            .collect();
        lines.push(Line::raw(fit(&format!("{}{cells}", pad_right(&row.goal, 8)), width)));
    }
    if t.unscheduled > 0 {
        lines.push(Line::styled(
            crate::fl!("review-unscheduled", count = t.unscheduled),
            ctx.theme.muted,
        ));
    }
    lines
}

/// A bar without padding: "### 3", or "-" for nothing.
fn compact_bar(glyph: &str, value: usize, max: usize, width: usize) -> String {
    if value == 0 {
        return "-".into();
    }
    let cells = (value * width).div_ceil(max.max(1)).clamp(1, width);
    format!("{} {value}", glyph.repeat(cells))
}

fn render_gaps(ctx: &Ctx, frame: &mut Frame, area: Rect, focused: bool) {
    let gaps = &ctx.summary.gaps;
    if gaps.is_empty() {
        frame.render_widget(Paragraph::new(crate::fl!("review-no-gaps")), area);
        return;
    }
    let width = usize::from(area.width).saturating_sub(20);
    let cursor = ctx.state.review.gaps_cursor.min(gaps.len() - 1);
    let rows = gaps
        .iter()
        .enumerate()
        .map(|(i, g)| {
            let spans = vec![
                Span::styled(
                    format!("{} {} ", pad_right(&g.id, 7), pad_right(&gap_baseline(g.baseline), 8)),
                    ctx.theme.heading,
                ),
                Span::raw(fit(&g.text, width)),
            ];
            row_line(focused && i == cursor, spans, ctx.theme)
        })
        .collect();
    render_rows(frame, area, rows, cursor);
    if focused {
        focus_row(frame, area, cursor, gaps.len());
    }
}

/// A dashboard panel's name.
pub fn panel_name(index: usize) -> String {
    match index {
        0 => crate::fl!("review-panel-by-area"),
        1 => crate::fl!("review-panel-baseline"),
        2 => crate::fl!("review-panel-workload"),
        3 => crate::fl!("review-panel-timeline"),
        4 => crate::fl!("review-panel-gaps"),
        _ => crate::fl!("review-panel-health"),
    }
}

/// A gap's baseline, short: "partly" rather than "partly in place" (the column is 8 wide,
/// and a translation's full "missing" can be longer).
fn gap_baseline(baseline: crate::plan::Baseline) -> String {
    use crate::plan::Baseline;
    match baseline {
        Baseline::PartlyInPlace => crate::fl!("review-baseline-partly"),
        Baseline::Missing => crate::fl!("review-baseline-missing"),
        other => other.label().to_string(),
    }
}

fn render_health(ctx: &Ctx, frame: &mut Frame, area: Rect, focused: bool) {
    let findings = &ctx.health.findings;
    let title = crate::fl!(
        "review-health-title",
        errors = ctx.health.errors,
        warnings = ctx.health.warnings
    );
    let [head, list] = Layout::vertical([Constraint::Length(1), Constraint::Min(0)]).areas(area);
    frame.render_widget(Paragraph::new(Span::styled(title, ctx.theme.muted)), head);
    if findings.is_empty() {
        frame.render_widget(Paragraph::new(crate::fl!("review-no-problems")), list);
        return;
    }
    let width = usize::from(area.width);
    let cursor = ctx.state.review.health_cursor.min(findings.len() - 1);
    // Wrapped, never cut: the problem is at the end of a finding.
    let rows = findings
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let (label, style) = match f.severity {
                Severity::Error => (pad_right(&crate::fl!("review-error"), 8), ctx.theme.error),
                Severity::Warning => (pad_right(&crate::fl!("review-warning"), 8), ctx.theme.muted),
            };
            let lead = vec![Span::styled(label, style)];
            super::rows::wrapped_row(focused && i == cursor, lead, &f.message, width, ctx.theme)
        })
        .collect();
    let at = super::rows::render_tall_rows(frame, list, rows, cursor);
    if focused && let Some(y) = at {
        frame.set_cursor_position(ratatui::layout::Position { x: list.x, y });
    }
}

/// Puts the terminal's cursor on the selected row of a list drawn by `render_rows`.
fn focus_row(frame: &mut Frame, area: Rect, cursor: usize, len: usize) {
    if area.height == 0 || area.width == 0 {
        return;
    }
    let row = cursor - super::rows::scroll_offset(cursor, len, usize::from(area.height));
    frame.set_cursor_position(ratatui::layout::Position { x: area.x, y: area.y + row as u16 });
}

#[cfg(test)]
mod tests {
    use crate::tui::view::dashboard::{bar, compact_bar};

    #[test]
    fn bars_carry_their_number_and_never_vanish() {
        assert_eq!(bar("#", 1, 100, 10), "#            1");
        assert_eq!(bar("#", 0, 100, 4), "       0");
        assert_eq!(bar("#", 100, 100, 4), "#### 100");
        assert_eq!(compact_bar("#", 2, 4, 4), "## 2");
        assert_eq!(compact_bar("#", 0, 4, 4), "-");
    }
}
