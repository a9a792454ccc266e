//! An area step: its goals, each opened into its actions, and the selected item's decision.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::form::render_fields;
use super::rows::{ListLayout, render_rows, row_line, visible_rows};
use crate::plan::fields;
use crate::plan::{Baseline, Decision, Inclusion, Plan, Priority, Timeframe};
use crate::tui::action::Action;
use crate::tui::keymap::{self, Mode};
use crate::tui::state::{Row, State};
use crate::tui::text::{fit, pad_right};
use crate::tui::theme::Theme;

/// Returns where the list of goals and actions was drawn (none while the fields fill the body).
pub fn render(
    state: &State,
    a: usize,
    frame: &mut Frame,
    area: Rect,
    theme: &Theme,
) -> Option<ListLayout> {
    let view = &state.areas[a];
    let selected = state.selected_row(a);
    // A thin link draws the selected item's description once the keys pause (tui::link).
    let selected = selected.filter(|_| !state.link.moving());
    if state.wide() {
        let [list, detail] = split(state, area);
        let drawn = render_list(state, a, frame, list, theme);
        match selected {
            Some(row) => render_detail(state, &row, frame, detail, view.field, theme),
            None if state.link.moving() => frame.render_widget(theme.block(""), detail),
            None => {}
        }
        drawn
    } else if let (Some(row), Some(field)) = (selected.clone(), view.field) {
        render_detail(state, &row, frame, area, Some(field), theme);
        None
    } else {
        let [list, strip] = split(state, area);
        let drawn = render_list(state, a, frame, list, theme);
        if let Some(row) = selected {
            render_strip(state, &row, frame, strip, theme);
        }
        drawn
    }
}

/// The list's part of the body, and the detail's beside it (wide) or the strip's under it.
pub(super) fn split(state: &State, body: Rect) -> [Rect; 2] {
    if state.wide() {
        Layout::horizontal([Constraint::Percentage(55), Constraint::Percentage(45)]).areas(body)
    } else {
        Layout::vertical([Constraint::Min(3), Constraint::Length(4)]).areas(body)
    }
}

fn render_list(
    state: &State,
    a: usize,
    frame: &mut Frame,
    area: Rect,
    theme: &Theme,
) -> Option<ListLayout> {
    let content_area = &state.content.areas[a];
    let block = theme.block(format!(" {} ", content_area.title));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let plan = state.plan()?;
    let view = &state.areas[a];
    let rows = state.area_rows(a);
    if rows.is_empty() {
        let add = keymap::key_for(Mode::AreaList, &Action::AddGoal).unwrap_or_default();
        frame.render_widget(Paragraph::new(crate::fl!("area-no-goals", key = add)), inner);
        return None;
    }
    let width = usize::from(inner.width).saturating_sub(2);
    let margin = state.link.scroll_margin();
    let shown = visible_rows(inner, rows.len(), (view.top, view.cursor), margin);
    let lines = rows[shown.clone()]
        .iter()
        .zip(shown.clone())
        .map(|(row, i)| {
            let spans = match row {
                Row::Goal(id) => {
                    goal_spans(state, plan, id, view.expanded.contains(id), width, theme)
                }
                Row::Action(id) => action_spans(state, plan, id, width, theme),
            };
            row_line(i == view.cursor, spans, theme)
        })
        .collect();
    render_rows(frame, inner, lines, view.cursor - shown.start);
    // Only the visible rows were drawn: the layout speaks of the whole list.
    Some(ListLayout { area: inner, offset: shown.start, len: rows.len(), cursor: view.cursor })
}

fn item_text(state: &State, plan: &Plan, id: &str) -> String {
    let index = state.plan.as_ref().map(|open| open.index(&state.content));
    let text = match index {
        Some(index) => index.item_text(plan, &state.content, id),
        None => crate::plan::item_text(plan, &state.content, id),
    };
    let text =
        if state.content.has_item(id) { text } else { crate::fl!("area-own-item", text = text) };
    // Marked in words, so the room sees which actions the previous plan left unfinished.
    if plan.previous.as_ref().is_some_and(|p| p.is_carried_over(id)) {
        crate::fl!("area-carried-over-item", text = text)
    } else {
        text
    }
}

fn goal_spans<'a>(
    state: &State,
    plan: &Plan,
    id: &str,
    open: bool,
    width: usize,
    theme: &Theme,
) -> Vec<Span<'a>> {
    let (decided, included, all) = match state.plan.as_ref() {
        Some(open) => open.index(&state.content).goal_counts(id),
        None => (0, 0, state.content.goal(id).map_or(0, |g| g.actions.len())),
    };
    let count = format!(
        " {}",
        crate::fl!("area-goal-count", decided = decided, all = all, included = included)
    );
    let mark = crate::tui::follow::row_mark(state, id).unwrap_or_default();
    let text_width =
        width.saturating_sub(9 + crate::tui::text::width(&count) + crate::tui::text::width(&mark));
    vec![
        Span::styled(
            format!("{} {} ", if open { "-" } else { "+" }, pad_right(id, 5)),
            theme.heading,
        ),
        Span::styled(mark, theme.heading),
        Span::styled(
            crate::tui::text::pad_right(&fit(&item_text(state, plan, id), text_width), text_width),
            theme.title,
        ),
        Span::styled(count, theme.muted),
    ]
}

/// `[x]` included, `[-]` not included, `[ ]` not decided: readable without colour.
pub fn inclusion_mark(inclusion: Inclusion) -> &'static str {
    match inclusion {
        Inclusion::Included => "[x]",
        Inclusion::Excluded => "[-]",
        Inclusion::Open => "[ ]",
    }
}

/// The priority in one letter of the interface's language (H/M/L, A/M/B, В/С/Н); the help's
/// legend spells the letters out.
pub fn priority_letter(priority: Option<Priority>) -> String {
    let letter = match priority {
        Some(Priority::High) => crate::fl!("area-letter-high"),
        Some(Priority::Medium) => crate::fl!("area-letter-medium"),
        Some(Priority::Low) => crate::fl!("area-letter-low"),
        None => String::new(),
    };
    // One column whatever the translation holds (the pseudo-locale brackets its text).
    let letter = letter.chars().find(|c| c.is_alphabetic()).map(String::from).unwrap_or_default();
    crate::tui::text::pad_right(&letter, 1)
}

/// The legend of the goal and action list: the inclusion marks and the priority letters.
pub fn legend() -> [String; 2] {
    let letters: Vec<String> = [Priority::High, Priority::Medium, Priority::Low]
        .into_iter()
        .map(|p| {
            let letter = priority_letter(Some(p));
            crate::fl!("area-legend-letter", letter = letter, priority = p.label())
        })
        .collect();
    [
        crate::fl!("area-legend-marks"),
        crate::fl!("area-legend-priority", letters = letters.join(", ")),
    ]
}

/// The baseline in plain words, 8 columns wide; nothing while it is not known.
fn baseline_tag(baseline: Baseline) -> String {
    let tag = match baseline {
        Baseline::Unknown => String::new(),
        Baseline::InPlace => crate::fl!("area-tag-in-place"),
        Baseline::PartlyInPlace => crate::fl!("area-tag-partly"),
        Baseline::Missing => crate::fl!("area-tag-missing"),
        Baseline::NotApplicable => crate::fl!("area-tag-not-applicable"),
    };
    crate::tui::text::pad_right(&fit(&tag, 8), 8)
}

fn action_spans<'a>(
    state: &State,
    plan: &Plan,
    id: &str,
    width: usize,
    theme: &Theme,
) -> Vec<Span<'a>> {
    let d = plan.decision(id).cloned().unwrap_or_default();
    let lead = d
        .lead
        .as_deref()
        .map(|l| plan.institution_code(l, &state.content).to_string())
        .unwrap_or_default();
    let tail = decision_tail(state, plan, &d, width);
    let tail_width: usize = tail.iter().map(Span::width).sum();
    // A follower sees the rows the last change touched: a symbol and a word, never colour alone.
    let mark = crate::tui::follow::row_mark(state, id).unwrap_or_default();
    let text_width = width
        .saturating_sub(4 + 4 + 8 + 2 + 9 + 7 + 8 + tail_width + crate::tui::text::width(&mark));
    let mut spans = vec![
        Span::raw(format!("    {} {} ", inclusion_mark(d.inclusion), pad_right(id, 7))),
        Span::styled(format!("{} ", priority_letter(d.priority)), theme.title),
        Span::styled(format!("{} ", baseline_tag(d.baseline)), theme.muted),
        Span::styled(mark, theme.heading),
        Span::raw(format!(
            "{} ",
            crate::tui::text::pad_right(&fit(&item_text(state, plan, id), text_width), text_width)
        )),
        Span::styled(pad_right(&timeframe_tag(&d), 8), theme.muted),
        Span::styled(pad_right(&fit(&lead, 6), 6), theme.title),
    ];
    spans.extend(tail);
    spans
}

/// Rows wide enough for them also show the partners and whether there are notes.
const WIDE_ROW: usize = 100;

/// The columns after the timeframe and lead (8 + 6 wide) on wide rows: partners and a notes
/// marker, in words.
fn decision_tail<'a>(state: &State, plan: &Plan, d: &Decision, width: usize) -> Vec<Span<'a>> {
    if width < WIDE_ROW {
        return vec![];
    }
    let partners = partner_codes(state, plan, d);
    let notes =
        if d.notes.trim().is_empty() { String::new() } else { crate::fl!("area-tag-notes") };
    let partners = crate::tui::text::pad_right(&fit(&partners, 18), 18);
    vec![Span::raw(format!(" {partners} {}", crate::tui::text::pad_right(&fit(&notes, 5), 5)))]
}

/// The timeframe as the row shows it: "short", "medium", "long", "2027-29"; "-" when an
/// included action has none (the health check flags it).
fn timeframe_tag(d: &Decision) -> String {
    match d.timeframe {
        Some(Timeframe::ShortTerm) => crate::fl!("area-tag-short"),
        Some(Timeframe::MediumTerm) => crate::fl!("area-tag-medium"),
        Some(Timeframe::LongTerm) => crate::fl!("area-tag-long"),
        Some(Timeframe::Years { first, last }) if first == last => first.to_string(),
        Some(Timeframe::Years { first, last }) => format!("{first}-{:02}", last % 100),
        None if d.is_included() => "-".into(),
        None => String::new(),
    }
}

fn partner_codes(state: &State, plan: &Plan, d: &Decision) -> String {
    let codes: Vec<&str> =
        d.partners.iter().map(|p| plan.institution_code(p, &state.content)).collect();
    codes.join(",")
}

/// Narrow layout: the selected item's full wording under the list, then (for an action) what
/// the row has no room for: timeframe, partners, notes, and the suggested lead with its key.
fn render_strip(state: &State, row: &Row, frame: &mut Frame, area: Rect, theme: &Theme) {
    let Some(plan) = state.plan() else { return };
    let mut text = vec![Line::from(vec![
        Span::styled(format!("{}: ", row.id()), theme.heading),
        Span::raw(item_text(state, plan, row.id())),
    ])];
    if let Row::Action(id) = row {
        text.push(Line::styled(decision_line(state, plan, id), theme.title));
        if let Some(hint) = suggestion_hint(state, plan, id) {
            text.push(Line::styled(hint, theme.muted));
        }
    }
    frame.render_widget(Paragraph::new(text).wrap(Wrap { trim: true }), area);
}

/// "Timeframe short term | partners NSO, VSHN | notes: yes" for the strip.
fn decision_line(state: &State, plan: &Plan, id: &str) -> String {
    let d = plan.decision(id).cloned().unwrap_or_default();
    let timeframe = d.timeframe.map_or("-".into(), Timeframe::label);
    let partners = partner_codes(state, plan, &d).replace(',', ", ");
    let partners = if partners.is_empty() { "-".into() } else { partners };
    let notes = if d.notes.trim().is_empty() {
        crate::fl!("area-strip-notes-none")
    } else {
        crate::fl!("area-strip-notes-yes")
    };
    crate::fl!("area-strip", timeframe = timeframe, partners = partners, notes = notes)
}

/// The fast path for the common case, with the keys from the key map: "Suggested lead NCO (S
/// takes it), partners NSO, RES (p)".
fn suggestion_hint(state: &State, plan: &Plan, id: &str) -> Option<String> {
    let (goal, action) = state.content.action(id)?;
    let lead = state.content.action_lead(goal, action).first()?;
    let key = |action| keymap::key_for(Mode::AreaList, &action).unwrap_or_default();
    let partners: Vec<&str> = state
        .content
        .action_partners(goal, action)
        .iter()
        .map(|p| plan.institution_code(p, &state.content))
        .collect();
    Some(crate::fl!(
        "area-suggested-strip",
        lead = plan.institution_code(lead, &state.content),
        take = key(Action::SuggestedLead),
        partners = partners.join(", "),
        pick = key(Action::PickPartners)
    ))
}

fn suggestion(state: &State, plan: &Plan, id: &str) -> Option<String> {
    let (goal, action) = state.content.action(id)?;
    let codes = |ids: &[String]| {
        ids.iter()
            .map(|i| plan.institution_code(i, &state.content).to_string())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let take = keymap::key_for(Mode::AreaList, &Action::SuggestedLead).unwrap_or_default();
    Some(crate::fl!(
        "area-suggested",
        lead = codes(state.content.action_lead(goal, action)),
        take = take,
        partners = codes(state.content.action_partners(goal, action)),
        horizon = goal.horizon.label()
    ))
}

fn render_detail(
    state: &State,
    row: &Row,
    frame: &mut Frame,
    area: Rect,
    field: Option<usize>,
    theme: &Theme,
) {
    let Some(plan) = state.plan() else { return };
    let id = row.id();
    let block = theme.block(format!(" {id} "));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let mut head = vec![Line::styled(item_text(state, plan, id), theme.title)];
    if let Some(s) = suggestion(state, plan, id) {
        head.push(Line::styled(s, theme.muted));
    }
    let head_height = wrapped_height(&head, inner.width).min(inner.height / 2);
    let [top, rest] =
        Layout::vertical([Constraint::Length(head_height + 1), Constraint::Min(1)]).areas(inner);
    frame.render_widget(Paragraph::new(head).wrap(Wrap { trim: true }), top);
    let all = fields::item_fields(plan, &state.content, id);
    render_fields(state, frame, rest, &all, field, theme);
}

fn wrapped_height(lines: &[Line], width: u16) -> u16 {
    let width = usize::from(width.max(1));
    lines.iter().map(|l| l.width().div_ceil(width).max(1) as u16).sum()
}
