//! The period dashboard: a reporting period's figures (`plan::monitor::dashboard`) in sections,
//! one column that scrolls at projector sizes, two side by side on large terminals. Every bar
//! carries its figure as text, and statuses their words, so nothing rides on length or colour.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::dashboard::bar_glyph;
use crate::plan::Plan;
use crate::plan::monitor::{Dashboard, IndicatorProgress, Measure, Status, Tally, Value};
use crate::tui::action::Action;
use crate::tui::derived;
use crate::tui::keymap;
use crate::tui::state::State;
use crate::tui::text::{self, fit};
use crate::tui::theme::{Theme, status_symbol};

/// Large terminals show the sections in two columns.
fn two_columns(area: Rect) -> bool {
    area.width >= 160 && area.height >= 30
}

pub fn render(state: &State, frame: &mut Frame, area: Rect, theme: &Theme) {
    let (Some(plan), Some(period)) = (state.plan(), state.monitor_period()) else { return };
    let figures = derived::dashboard(state, plan, &period);
    let Some(d) = figures.as_ref() else { return };
    let block =
        theme.block(format!(" {} ", crate::fl!("dashboard-title", period = period.clone())));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let ctx = Ctx { state, plan, d, theme, bar: bar_glyph(state) };
    if two_columns(inner) {
        let [left, _, right] = Layout::horizontal([
            Constraint::Percentage(50),
            Constraint::Length(2),
            Constraint::Min(1),
        ])
        .areas(inner);
        // The long lists (goals, indicators) go last in their column.
        column(&ctx, frame, left, &[summary, by_area, trend, by_institution, by_goal]);
        column(&ctx, frame, right, &[spending, overdue, owing, indicators]);
    } else {
        let all: &[Section] = &[
            summary,
            by_area,
            trend,
            overdue,
            owing,
            spending,
            by_institution,
            by_goal,
            indicators,
        ];
        column(&ctx, frame, inner, all);
    }
}

struct Ctx<'a> {
    state: &'a State,
    plan: &'a Plan,
    d: &'a Dashboard,
    theme: &'a Theme,
    bar: &'static str,
}

/// A section: its lines at a width.
type Section = fn(&Ctx, usize) -> Vec<Line<'static>>;

/// Sections one under the other, scrolled as far as the dashboard is (never past the end).
fn column(ctx: &Ctx, frame: &mut Frame, area: Rect, sections: &[Section]) {
    let width = usize::from(area.width);
    let mut lines: Vec<Line> = vec![];
    for section in sections {
        if !lines.is_empty() {
            lines.push(Line::default());
        }
        lines.extend(section(ctx, width));
    }
    let most = lines.len().saturating_sub(usize::from(area.height));
    let scroll = usize::from(ctx.state.monitor.dashboard_scroll).min(most);
    if most > 0 && area.height > 1 {
        // The last row says there is more, and where.
        let shown = usize::from(area.height) - 1;
        let mut visible: Vec<Line> = lines.into_iter().skip(scroll).take(shown).collect();
        let more = if scroll < most {
            crate::fl!("dashboard-more-below", keys = keys(&[Action::Down, Action::PageDown]))
        } else {
            crate::fl!("dashboard-end", keys = keys(&[Action::Up, Action::PageUp, Action::Home]))
        };
        visible.push(Line::styled(fit(&format!("-- {more} --"), width), ctx.theme.muted));
        frame.render_widget(Paragraph::new(visible), area);
    } else {
        frame.render_widget(Paragraph::new(lines), area);
    }
}

/// The keys that do `actions` on the dashboard, from the key map: `Down/PgDn`.
fn keys(actions: &[Action]) -> String {
    let names = actions.iter().filter_map(|a| keymap::key_for(keymap::Mode::Progress, a));
    names.collect::<Vec<_>>().join("/")
}

fn heading(ctx: &Ctx, text: &str) -> Line<'static> {
    Line::styled(text.to_string(), ctx.theme.heading)
}

/// A share as a whole percentage in the interface language, right-aligned to the width of
/// "100%" there ("100 %" in French), so the columns stay in line.
fn pct(share: Option<f64>) -> String {
    let width = text::width(&crate::i18n::percent(100.0, 0));
    let shown = share.map_or_else(
        || crate::fl!("dashboard-not-available"),
        |s| crate::i18n::percent((s * 100.0).round(), 0),
    );
    text::pad_left(&shown, width)
}

/// A reported value in the interface language's number form (`62,5 %` in French).
fn value_words(v: &Value, share: bool) -> String {
    let Some(n) = v.as_number() else { return v.words() };
    let decimals = v.words().split_once('.').map_or(0, |(_, f)| f.len());
    if share { crate::i18n::percent(n, decimals) } else { crate::i18n::decimal(n, decimals) }
}

/// `#####      ` for a share of `width` cells (at least one for any share above zero).
fn share_bar(glyph: &str, share: Option<f64>, width: usize) -> String {
    let s = share.unwrap_or(0.0).clamp(0.0, 1.0);
    let cells = if s > 0.0 { ((s * width as f64).round() as usize).clamp(1, width) } else { 0 };
    format!("{}{}", glyph.repeat(cells), " ".repeat(width - cells))
}

fn summary(ctx: &Ctx, width: usize) -> Vec<Line<'static>> {
    let d = ctx.d;
    let t = &d.overall;
    let p = ctx.plan.period(&d.period);
    let span = p.map_or(String::new(), super::monitor::period_dates);
    let closed =
        if p.is_some_and(|p| p.closed) { crate::fl!("dashboard-closed") } else { String::new() };
    let owing = d.owing.len();
    let mut lines = vec![
        heading(ctx, &format!("{}{closed}: {span}", d.period)),
        Line::raw(fit(
            &crate::fl!(
                "dashboard-reported",
                reported = t.reported(),
                actions = t.actions,
                rate = pct(t.rate()).trim().to_string(),
                implemented = t.implemented()
            ),
            width,
        )),
        Line::raw(fit(
            &crate::fl!("dashboard-overdue-owing", overdue = d.overdue.len(), owing = owing),
            width,
        )),
    ];
    let ascii = ctx.state.look.ascii;
    let counts: Vec<String> = Status::ALL
        .iter()
        .map(|s| format!("{} {} {}", t.count(*s), status_symbol(Some(*s), ascii), s.label()))
        .chain([format!(
            "{} {} {}",
            t.not_reported,
            status_symbol(None, ascii),
            crate::fl!("monitor-no-report")
        )])
        .collect();
    lines.extend(crate::tui::text::wrap_text(&counts.join(", "), width).into_iter().map(Line::raw));
    lines
}

/// One line per group: name, bar of the implementation rate, the figures.
fn rate_lines(ctx: &Ctx, width: usize, rows: Vec<(String, &Tally)>) -> Vec<Line<'static>> {
    let name_width = (width / 4).clamp(8, 34);
    let bar_width = width.saturating_sub(name_width + 36).clamp(4, 30);
    rows.into_iter()
        .map(|(name, t)| {
            let figures = crate::fl!(
                "dashboard-rate-figures",
                done = t.implemented(),
                actions = t.actions,
                reported = t.reported()
            );
            let text = format!(
                "{} {} {} {figures}",
                text::pad_right(&fit(&name, name_width), name_width),
                share_bar(ctx.bar, t.rate(), bar_width),
                pct(t.rate())
            );
            Line::raw(fit(&text, width))
        })
        .collect()
}

fn by_area(ctx: &Ctx, width: usize) -> Vec<Line<'static>> {
    let rows = ctx.d.areas.iter().map(|(id, t)| {
        let title = ctx.state.content.area(id).map_or(id.clone(), |a| format!("{id} {}", a.title));
        (title, t)
    });
    let mut lines = vec![heading(ctx, &crate::fl!("dashboard-by-area"))];
    lines.extend(rate_lines(ctx, width, rows.collect()));
    lines
}

fn by_goal(ctx: &Ctx, width: usize) -> Vec<Line<'static>> {
    let rows = ctx.d.goals.iter().map(|(id, t)| {
        (format!("{id} {}", crate::plan::item_text(ctx.plan, &ctx.state.content, id)), t)
    });
    let mut lines = vec![heading(ctx, &crate::fl!("dashboard-by-goal"))];
    lines.extend(rate_lines(ctx, width, rows.collect()));
    lines
}

fn by_institution(ctx: &Ctx, width: usize) -> Vec<Line<'static>> {
    let rows = ctx
        .d
        .institutions
        .iter()
        .map(|(id, t)| (ctx.plan.institution_code(id, &ctx.state.content).to_string(), t));
    let mut lines = vec![heading(ctx, &crate::fl!("dashboard-by-institution"))];
    lines.extend(rate_lines(ctx, width, rows.collect()));
    lines
}

fn trend(ctx: &Ctx, width: usize) -> Vec<Line<'static>> {
    let rows = ctx.d.trend.iter().map(|p| (p.period.clone(), &p.tally));
    let mut lines = vec![heading(ctx, &crate::fl!("dashboard-trend"))];
    lines.extend(rate_lines(ctx, width, rows.collect()));
    lines
}

fn overdue(ctx: &Ctx, width: usize) -> Vec<Line<'static>> {
    let mut lines =
        vec![heading(ctx, &crate::fl!("dashboard-overdue", count = ctx.d.overdue.len()))];
    if ctx.d.overdue.is_empty() {
        lines.push(Line::raw(crate::fl!("dashboard-none")));
    }
    for o in &ctx.d.overdue {
        let lead = o.lead.as_deref().map_or_else(
            || crate::fl!("monitor-no-lead"),
            |l| ctx.plan.institution_code(l, &ctx.state.content).to_string(),
        );
        let status =
            o.status.map_or_else(|| crate::fl!("monitor-no-report"), |s| s.label().to_string());
        let text = crate::plan::item_text(ctx.plan, &ctx.state.content, &o.action);
        let head = crate::fl!(
            "dashboard-overdue-row",
            action = o.action.clone(),
            lead = lead,
            year = o.ended.to_string(),
            status = status
        ) + " ";
        let room = width.saturating_sub(head.chars().count());
        lines.push(Line::raw(fit(&format!("{head}{}", fit(&text, room)), width)));
    }
    lines
}

fn owing(ctx: &Ctx, width: usize) -> Vec<Line<'static>> {
    let mut lines = vec![heading(ctx, &crate::fl!("dashboard-owing", count = ctx.d.owing.len()))];
    if ctx.d.owing.is_empty() {
        lines.push(Line::raw(crate::fl!("dashboard-all-reported")));
    }
    for o in &ctx.d.owing {
        let who = o.institution.as_deref().map_or_else(
            || crate::fl!("dashboard-no-lead"),
            |i| {
                let c = &ctx.state.content;
                format!("{} {}", ctx.plan.institution_code(i, c), ctx.plan.institution_name(i, c))
            },
        );
        let text = format!("{who}: {} ({})", o.actions.len(), o.actions.join(", "));
        lines.push(Line::raw(fit(&text, width)));
    }
    lines
}

fn spending(ctx: &Ctx, width: usize) -> Vec<Line<'static>> {
    let s = &ctx.d.spending;
    let currency = &ctx.plan.meta.currency;
    let money = |n: u64| format!("{} {currency}", crate::i18n::number(n)).trim_end().to_string();
    let bar_width = width.saturating_sub(50).clamp(4, 30);
    let mut lines = vec![
        heading(ctx, &crate::fl!("dashboard-spending")),
        Line::raw(fit(
            &crate::fl!(
                "dashboard-spending-line",
                budget = money(s.budget),
                period = ctx.d.period.clone(),
                spent = money(s.spent_in_period),
                to_date = money(s.spent_to_date),
                bar = share_bar(ctx.bar, s.execution(), bar_width),
                share = pct(s.execution()).trim().to_string()
            ),
            width,
        )),
    ];
    for a in &s.areas {
        let execution = (a.budget > 0).then(|| a.spent_to_date as f64 / a.budget as f64);
        let text = format!(
            "  {}",
            crate::fl!(
                "dashboard-spending-area",
                area = format!("{:<4}", a.area),
                budget = money(a.budget),
                to_date = money(a.spent_to_date),
                share = pct(execution).trim().to_string()
            )
        );
        lines.push(Line::raw(fit(&text, width)));
    }
    lines
}

fn indicators(ctx: &Ctx, width: usize) -> Vec<Line<'static>> {
    let reported = ctx.d.indicators.iter().filter(|i| i.value.is_some()).count();
    let mut lines = vec![heading(
        ctx,
        &crate::fl!("dashboard-indicators", with_value = reported, count = ctx.d.indicators.len()),
    )];
    for i in &ctx.d.indicators {
        lines.push(Line::from(vec![
            Span::styled(format!("{} ", i.action), ctx.theme.muted),
            Span::raw(fit(&i.indicator, width.saturating_sub(i.action.len() + 1))),
        ]));
        lines.push(Line::raw(fit(&indicator_figures(ctx, i, width), width)));
    }
    lines
}

/// `  baseline 0 | now 40 (was 25) | target 100 | ####     40%`.
fn indicator_figures(ctx: &Ctx, i: &IndicatorProgress, width: usize) -> String {
    let or_dash = |t: &str| if t.trim().is_empty() { "-".to_string() } else { t.to_string() };
    let words = |v: &Value| value_words(v, i.measure == Measure::Share);
    let now = i.value.as_ref().map_or_else(|| crate::fl!("dashboard-no-value"), words);
    let was = i
        .previous
        .as_ref()
        .map_or(String::new(), |v| crate::fl!("dashboard-was", value = words(v)));
    let figures = crate::fl!(
        "dashboard-indicator-figures",
        baseline = or_dash(&i.baseline),
        now = now,
        was = was,
        target = or_dash(&i.target)
    );
    let head = format!("  {figures}");
    match i.progress {
        Some(p) => {
            let bar_width = width.saturating_sub(head.chars().count() + 8).clamp(4, 20);
            format!("{head} | {} {}", share_bar(ctx.bar, Some(p), bar_width), pct(Some(p)).trim())
        }
        None => head,
    }
}
