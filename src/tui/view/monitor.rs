//! Monitor mode: a reporting period's included actions grouped by area, each with its status as
//! a word and a symbol, and the selected action's report form (beside the list on wide
//! terminals, in its place on narrow ones).

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::form::render_fields;
use super::rows::{ListLayout, render_rows, row_line, scroll_offset, visible_rows};
use crate::plan::Plan;
use crate::plan::fields::Field;
use crate::plan::monitor::{ReportingPeriod, Status, form as report};
use crate::tui::action::Action;
use crate::tui::derived;
use crate::tui::keymap::{self, Mode};
use crate::tui::state::{MonitorRow, PeriodChange, State};
use crate::tui::text::{fit, pad_right, wrap_text};
use crate::tui::theme::{Theme, status_symbol};

/// The widest status word ("not started", "no report"), so the words line up.
const STATUS_WIDTH: usize = 14;
/// The lead institution's code, cut to this width so the column lines up.
const LEAD_WIDTH: usize = 6;

/// Returns where the list was drawn (none while the report form fills a narrow body).
pub fn render(state: &State, frame: &mut Frame, area: Rect, theme: &Theme) -> Option<ListLayout> {
    let (Some(plan), Some(period)) = (state.plan(), state.monitor_period()) else {
        let block = theme.block(format!(" {} ", crate::fl!("step-monitor")));
        let key = keymap::key_for(Mode::Monitor, &Action::Monitor).unwrap_or_default();
        let text = crate::fl!("monitor-no-periods", key = key);
        frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }).block(block), area);
        return None;
    };
    let period = plan.period(&period)?;
    let ctx = Ctx { state, plan, period, theme };
    let selected = selected_action(state, plan, &period.id);
    if state.wide() {
        let [list, detail] =
            Layout::horizontal([Constraint::Percentage(55), Constraint::Percentage(45)])
                .areas(area);
        let drawn = render_list(&ctx, frame, list);
        if let Some(id) = selected {
            render_report(&ctx, &id, frame, detail);
        }
        drawn
    } else if let (Some(id), Some(_)) = (selected.clone(), state.monitor.field) {
        render_report(&ctx, &id, frame, area);
        None
    } else {
        let strip = if area.height >= 18 { 3 } else { 0 };
        let [list, below] =
            Layout::vertical([Constraint::Min(3), Constraint::Length(strip)]).areas(area);
        let drawn = render_list(&ctx, frame, list);
        if let Some(id) = selected.filter(|_| strip > 0) {
            render_strip(&ctx, &id, frame, below);
        }
        drawn
    }
}

struct Ctx<'a> {
    state: &'a State,
    plan: &'a Plan,
    period: &'a ReportingPeriod,
    theme: &'a Theme,
}

/// The action the form shows, or the one under the cursor.
fn selected_action(state: &State, plan: &Plan, period: &str) -> Option<String> {
    if state.monitor.field.is_some() {
        return state.monitor.report.clone();
    }
    match derived::monitor_rows(state, plan, period).get(state.monitor.cursor) {
        Some(MonitorRow::Action(id)) => Some(id.clone()),
        _ => None,
    }
}

fn render_list(ctx: &Ctx, frame: &mut Frame, area: Rect) -> Option<ListLayout> {
    let block = ctx
        .theme
        .block(format!(" {} ", crate::fl!("monitor-list-title", period = ctx.period.id.clone())));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = usize::from(inner.width);
    let mut intro = period_lines(ctx);
    intro.push(filter_line(ctx));
    intro.extend(legend(ctx, width));
    let intro_height = (intro.len() as u16).min(inner.height.saturating_sub(1));
    let [top, list] =
        Layout::vertical([Constraint::Length(intro_height), Constraint::Min(1)]).areas(inner);
    frame.render_widget(Paragraph::new(intro), top);
    let rows = derived::monitor_rows(ctx.state, ctx.plan, &ctx.period.id);
    if rows.is_empty() {
        let key = keymap::key_for(Mode::Monitor, &Action::ClearFilters).unwrap_or_default();
        let none = crate::fl!("monitor-no-match", key = key);
        frame.render_widget(Paragraph::new(none).wrap(Wrap { trim: true }), list);
        return Some(ListLayout { area: list, offset: 0, len: 0, cursor: 0 });
    }
    let cursor = ctx.state.monitor.cursor.min(rows.len() - 1);
    // Centred on the cursor, as the other lists were before they kept their top.
    let centred = scroll_offset(cursor, rows.len(), usize::from(list.height));
    let shown = visible_rows(list, rows.len(), (centred, cursor), ctx.state.link.scroll_margin());
    let text_width = width.saturating_sub(2);
    let lines = rows[shown.clone()]
        .iter()
        .zip(shown.clone())
        .map(|(row, i)| {
            let spans = match row {
                MonitorRow::Area(id) => area_spans(ctx, id, text_width),
                MonitorRow::Action(id) => action_spans(ctx, id, text_width),
            };
            row_line(i == cursor, spans, ctx.theme)
        })
        .collect();
    render_rows(frame, list, lines, cursor - shown.start);
    Some(ListLayout { area: list, offset: shown.start, len: rows.len(), cursor })
}

/// `2027-07-01 to 2027-12-31, reports due 2028-01-15`, and on a line of its own when the
/// period is closed, that it is and which key reopens it.
fn period_lines(ctx: &Ctx) -> Vec<Line<'static>> {
    let p = ctx.period;
    let dates = period_dates(p);
    if !p.closed {
        let open = format!("  {}", crate::fl!("monitor-open"));
        return vec![Line::from(vec![Span::raw(dates), Span::styled(open, ctx.theme.muted)])];
    }
    let key = keymap::key_for(Mode::Monitor, &Action::ClosePeriod).unwrap_or_default();
    let closed = crate::fl!("monitor-closed", key = key);
    vec![Line::raw(dates), Line::styled(closed, ctx.theme.error)]
}

/// `2027-07-01 to 2027-12-31, reports due 2028-01-15`.
pub fn period_dates(p: &ReportingPeriod) -> String {
    crate::fl!(
        "monitor-period-dates",
        from = p.from.to_string(),
        to = p.to.to_string(),
        due = p.due.to_string()
    )
}

/// What the filters show: `Showing: MOI | no report yet | 30 of 38 reported`.
fn filter_line(ctx: &Ctx) -> Line<'static> {
    let m = &ctx.state.monitor;
    let who = m.institution.as_deref().map_or_else(
        || crate::fl!("monitor-every-institution"),
        |i| ctx.plan.institution_code(i, &ctx.state.content).to_string(),
    );
    let status = m.status.label();
    let overall = derived::overall(ctx.state, ctx.plan, &ctx.period.id);
    let reported = overall.as_ref().as_ref().map_or(String::new(), |t| {
        let (reported, actions) = (t.reported(), t.actions);
        format!(" | {}", crate::fl!("monitor-reported", reported = reported, actions = actions))
    });
    Line::from(vec![
        Span::styled(format!("{} ", crate::fl!("monitor-showing")), ctx.theme.muted),
        Span::raw(format!("{who} | {status}{reported}")),
    ])
}

/// The status keys with their symbols and words, from the key map: `0 . not started  1 > on
/// track ...`, wrapped to the width.
fn legend(ctx: &Ctx, width: usize) -> Vec<Line<'static>> {
    let ascii = ctx.state.look.ascii;
    let mut entries: Vec<String> = Status::ALL
        .iter()
        .map(|s| {
            let key = keymap::key_for(Mode::Monitor, &Action::SetStatus(*s)).unwrap_or_default();
            format!("{key} {} {}", status_symbol(Some(*s), ascii), s.label())
        })
        .collect();
    entries.push(format!("{} {}", status_symbol(None, ascii), crate::fl!("monitor-no-report")));
    wrap_text(&crate::fl!("monitor-status-keys", keys = entries.join(" | ")), width)
        .into_iter()
        .map(|l| Line::styled(l, ctx.theme.muted))
        .collect()
}

fn area_spans(ctx: &Ctx, id: &str, width: usize) -> Vec<Span<'static>> {
    let title = ctx.state.content.area(id).map_or(id, |a| a.title.as_str());
    vec![Span::styled(fit(&format!("{id}  {title}"), width), ctx.theme.heading)]
}

fn action_spans(ctx: &Ctx, id: &str, width: usize) -> Vec<Span<'static>> {
    let report = ctx.period.report(id);
    let status = report.map(|r| r.status);
    let symbol = status_symbol(status, ctx.state.look.ascii);
    let word = status.map_or_else(|| crate::fl!("monitor-no-report"), |s| s.label().to_string());
    let lead = ctx.plan.decision(id).and_then(|d| d.lead.as_deref());
    let lead = lead.map_or("-", |l| ctx.plan.institution_code(l, &ctx.state.content));
    let lead = pad_right(&fit(lead, LEAD_WIDTH), LEAD_WIDTH);
    let text_width = width.saturating_sub(STATUS_WIDTH + 2 + 7 + LEAD_WIDTH + 1);
    let text = crate::plan::item_text(ctx.plan, &ctx.state.content, id);
    let style = if report.is_none() { ctx.theme.muted } else { ratatui::style::Style::new() };
    vec![
        Span::styled(
            format!("{symbol} {} ", pad_right(&fit(&word, STATUS_WIDTH), STATUS_WIDTH)),
            style,
        ),
        Span::styled(format!("{} ", pad_right(&fit(id, 6), 6)), ctx.theme.heading),
        Span::raw(format!("{} ", pad_right(&fit(&text, text_width), text_width))),
        Span::styled(lead, ctx.theme.muted),
    ]
}

/// Below a narrow list: the selected action's whole wording and who leads it.
fn render_strip(ctx: &Ctx, id: &str, frame: &mut Frame, area: Rect) {
    let width = usize::from(area.width);
    let mut lines: Vec<Line> = wrap_text(&heading(ctx, id), width)
        .into_iter()
        .take(usize::from(area.height))
        .map(Line::raw)
        .collect();
    if let Some(last) = lines.last_mut() {
        *last = last.clone().style(ctx.theme.muted);
    }
    frame.render_widget(Paragraph::new(lines), area);
}

/// `P1.1 Awareness campaigns ... (lead: MOI)`.
fn heading(ctx: &Ctx, id: &str) -> String {
    let text = crate::plan::item_text(ctx.plan, &ctx.state.content, id);
    let lead = ctx.plan.decision(id).and_then(|d| d.lead.as_deref());
    let lead = lead.map_or_else(
        || crate::fl!("monitor-no-lead"),
        |l| crate::fl!("monitor-lead", code = ctx.plan.institution_code(l, &ctx.state.content)),
    );
    format!("{id} {text} ({lead})")
}

/// The report form of one action for the period.
fn render_report(ctx: &Ctx, id: &str, frame: &mut Frame, area: Rect) {
    let title = crate::fl!("monitor-report-title", action = id, period = ctx.period.id.clone());
    let block = ctx.theme.block(format!(" {title} "));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let width = usize::from(inner.width);
    let mut top: Vec<Line> =
        wrap_text(&heading(ctx, id), width).into_iter().take(2).map(Line::raw).collect();
    if ctx.period.closed {
        let key = keymap::key_for(Mode::Monitor, &Action::ClosePeriod).unwrap_or_default();
        let text = crate::fl!("monitor-closed-form", key = key);
        top.push(Line::styled(fit(&text, width), ctx.theme.error));
    }
    let [head, fields] =
        Layout::vertical([Constraint::Length(top.len() as u16 + 1), Constraint::Min(1)])
            .areas(inner);
    frame.render_widget(Paragraph::new(top), head);
    let all: Vec<Field> = report::report_fields(ctx.plan, &ctx.period.id, id)
        .into_iter()
        .map(|f| Field::Report(ctx.period.id.clone(), id.to_string(), f))
        .collect();
    render_fields(ctx.state, frame, fields, &all, ctx.state.monitor.field, ctx.theme);
}

/// "Close 2027-H2? Its reports become read-only." (or the reopening question).
pub fn period_question(state: &State, asked: &PeriodChange) -> String {
    let p = &asked.period;
    let missing = state
        .plan()
        .and_then(|plan| derived::dashboard(state, plan, p).as_ref().clone())
        .map_or(0, |d| d.overall.not_reported);
    if !asked.close {
        return crate::fl!("monitor-ask-reopen", period = p.clone());
    }
    let close = crate::fl!("monitor-ask-close", period = p.clone());
    if missing == 0 {
        return close;
    }
    format!("{close} {}", crate::fl!("monitor-ask-close-missing", count = missing))
}

/// "Create the reporting periods?" with what they will be.
pub fn start_question(state: &State) -> String {
    let Some(plan) = state.plan() else { return String::new() };
    let periods = crate::plan::monitor::derive_periods(plan.meta.period, plan.monitoring.reporting);
    let frequency = plan
        .monitoring
        .reporting
        .map_or_else(|| crate::fl!("monitor-frequency-unset"), |f| f.label().to_string());
    let (first, last) = (periods.first(), periods.last());
    let span = first.zip(last).map_or(String::new(), |(a, b)| {
        format!(": {}", crate::fl!("monitor-span", from = a.id.as_str(), to = b.id.as_str()))
    });
    crate::fl!("monitor-ask-start", count = periods.len(), frequency = frequency, span = span)
}
