//! Monitor mode and the period dashboard: choosing the period, statuses one key each, the
//! filters, the report form, copying forward, closing and reopening a period.

use super::change::change;
use super::form::{clear_field, edit_field, edit_field_cycle};
use super::message::{error, info};
use super::nav::{back, enter_monitoring, move_cursor, page};
use crate::plan::Plan;
use crate::plan::fields::Field;
use crate::plan::monitor::{self, Status, form as report};
use crate::plan::patch::Touches;
use crate::tui::action::Action;
use crate::tui::derived;
use crate::tui::keymap::{self, Mode};
use crate::tui::state::{MonitorRow, Overlay, PeriodChange, State, StatusFilter, Step};

/// `m`: Monitor mode. A plan without reporting periods is asked whether to create them first.
pub(super) fn open_monitor(state: &mut State) {
    let Some(plan) = state.plan() else {
        state.message = Some(error(&crate::fl!("change-no-plan")));
        return;
    };
    if plan.periods.is_empty() {
        state.overlay = Some(Overlay::StartMonitoring);
        return;
    }
    enter_monitoring(state, Step::Monitor);
}

/// "Create the reporting periods?": yes derives them from the plan period and the Monitoring
/// set-up's reporting frequency, then opens Monitor.
pub(super) fn start_monitoring(state: &mut State, action: Action) {
    match action {
        Action::Yes => {
            let label = crate::fl!("monitor-periods-created");
            let made = change(state, &label, Touches::NoDecision, |plan, _| {
                monitor::edit::start_monitoring(plan);
                Ok(())
            });
            if made.is_ok() {
                let n = state.plan().map_or(0, |p| p.periods.len());
                state.message = Some(info(&crate::fl!("monitor-created", count = n)));
                enter_monitoring(state, Step::Monitor);
            }
        }
        Action::No => {}
        _ => state.overlay = Some(Overlay::StartMonitoring),
    }
}

/// The Monitor list, or the report form when it has the focus.
pub(super) fn monitor(state: &mut State, action: Action) {
    let Some(period) = state.monitor_period() else { return };
    if let Some(field) = state.monitor.field {
        return report_form(state, action, &period, field);
    }
    let rows = rows(state, &period);
    let page = page(state);
    if move_cursor(&mut state.monitor.cursor, rows.len(), &action, page) {
        return;
    }
    let selected = selected_action(state, &rows);
    match action {
        Action::Back => back(state),
        Action::Enter => open_report(state, selected),
        Action::Left => step_period(state, &period, -1),
        Action::Right => step_period(state, &period, 1),
        Action::PeriodDashboard => enter_monitoring(state, Step::Progress),
        Action::SetStatus(status) => set_status(state, &period, selected, status),
        Action::FilterInstitution => filter_institution(state, &period),
        Action::FilterStatus => filter_status(state),
        Action::ClearFilters => {
            state.monitor.institution = None;
            state.monitor.status = StatusFilter::Any;
            state.message = Some(info(&crate::fl!("monitor-all-shown")));
        }
        Action::CopyForward => copy_forward(state, &period),
        Action::ClosePeriod => ask_close(state, &period),
        _ => {}
    }
}

/// The period dashboard: scrolling and the period; Esc goes back to Monitor.
pub(super) fn progress(state: &mut State, action: Action) {
    let Some(period) = state.monitor_period() else { return };
    let scroll = &mut state.monitor.dashboard_scroll;
    let page = state.size.1.saturating_sub(8).max(1);
    match action {
        Action::Up => *scroll = scroll.saturating_sub(1),
        Action::Down => *scroll = scroll.saturating_add(1),
        Action::PageUp => *scroll = scroll.saturating_sub(page),
        Action::PageDown => *scroll = scroll.saturating_add(page),
        Action::Home => *scroll = 0,
        Action::Left => step_period(state, &period, -1),
        Action::Right => step_period(state, &period, 1),
        Action::Back | Action::PeriodDashboard => state.step = Step::Monitor,
        _ => {}
    }
}

fn rows(state: &State, period: &str) -> std::sync::Arc<Vec<MonitorRow>> {
    let Some(plan) = state.plan() else { return Default::default() };
    derived::monitor_rows(state, plan, period)
}

fn selected_action(state: &State, rows: &[MonitorRow]) -> Option<String> {
    match rows.get(state.monitor.cursor) {
        Some(MonitorRow::Action(id)) => Some(id.clone()),
        _ => None,
    }
}

/// The action whose report the form shows: the one it was opened on.
pub fn report_action(state: &State) -> Option<String> {
    state.monitor.report.clone()
}

fn open_report(state: &mut State, action: Option<String>) {
    let Some(id) = action else {
        state.message = Some(error(&crate::fl!("monitor-heading-no-report")));
        return;
    };
    state.monitor.report = Some(id);
    state.monitor.field = Some(0);
}

fn close_report(state: &mut State, period: &str) {
    state.monitor.field = None;
    let Some(id) = state.monitor.report.take() else { return };
    let rows = rows(state, period);
    if let Some(at) = rows.iter().position(|r| *r == MonitorRow::Action(id.clone())) {
        state.monitor.cursor = at;
    }
}

fn report_form(state: &mut State, action: Action, period: &str, field: usize) {
    let (Some(id), Some(plan)) = (report_action(state), state.plan()) else {
        state.monitor.field = None;
        return;
    };
    let fields: Vec<Field> = report::report_fields(plan, period, &id)
        .into_iter()
        .map(|f| Field::Report(period.to_string(), id.clone(), f))
        .collect();
    let mut cursor = field.min(fields.len().saturating_sub(1));
    let page = page(state);
    let moved = match action {
        Action::NextField => move_cursor(&mut cursor, fields.len(), &Action::Down, page),
        Action::PrevField => move_cursor(&mut cursor, fields.len(), &Action::Up, page),
        ref other => move_cursor(&mut cursor, fields.len(), other, page),
    };
    state.monitor.field = Some(cursor);
    if moved {
        return;
    }
    let writes = matches!(
        action,
        Action::Enter | Action::Right | Action::Left | Action::Clear | Action::SetStatus(_)
    );
    if writes && refuse_if_closed(state, period) {
        return;
    }
    match action {
        Action::Back => close_report(state, period),
        Action::Enter => edit_field(state, &fields[cursor], true),
        Action::Right => edit_field(state, &fields[cursor], false),
        Action::Left => edit_field_cycle(state, &fields[cursor], false),
        Action::Clear => clear_field(state, &fields[cursor]),
        Action::SetStatus(status) => set_status(state, period, Some(id), status),
        Action::CopyForward => copy_forward(state, period),
        _ => {}
    }
}

/// A closed period's reports are read-only: says so, and which key reopens it.
fn refuse_if_closed(state: &mut State, period: &str) -> bool {
    let closed = state.plan().and_then(|p| p.period(period)).is_some_and(|p| p.closed);
    if closed {
        let key = keymap::key_for(Mode::Monitor, &Action::ClosePeriod).unwrap_or_default();
        state.message =
            Some(error(&crate::fl!("monitor-closed-refused", period = period, key = key)));
    }
    closed
}

fn step_period(state: &mut State, period: &str, by: isize) {
    let Some(plan) = state.plan() else { return };
    let ids: Vec<&str> = plan.periods.iter().map(|p| p.id.as_str()).collect();
    let at = ids.iter().position(|id| *id == period).unwrap_or(0) as isize;
    let next = (at + by).clamp(0, ids.len() as isize - 1) as usize;
    let id = ids[next].to_string();
    if id == period {
        let edge = if by < 0 {
            crate::fl!("monitor-edge-first", period = period)
        } else {
            crate::fl!("monitor-edge-last", period = period)
        };
        state.message = Some(info(&edge));
        return;
    }
    state.monitor.period = Some(id);
    state.monitor.dashboard_scroll = 0;
}

fn set_status(state: &mut State, period: &str, action: Option<String>, status: Status) {
    let Some(id) = action else {
        state.message = Some(error(&crate::fl!("monitor-heading-no-status")));
        return;
    };
    if refuse_if_closed(state, period) {
        return;
    }
    let was = state.plan().and_then(|p| p.report(period, &id)).map(|r| r.status);
    let label = crate::fl!(
        "monitor-status-change",
        action = id.clone(),
        period = period,
        status = status.label()
    );
    let touches = Touches::Report { period: period.to_string(), action: id.clone() };
    if let Err(why) =
        change(state, &label, touches, |plan, _| report::set_status(plan, period, &id, status))
    {
        state.message = Some(error(&why));
        return;
    }
    let was = was.map_or_else(|| crate::fl!("monitor-no-report"), |s| s.label().to_string());
    let mut said = crate::fl!(
        "monitor-status-set",
        action = id.clone(),
        period = period,
        status = status.label(),
        was = was
    );
    if status == Status::Dropped && dropped_without_reason(state.plan(), period, &id) {
        said.push_str(&crate::fl!("monitor-say-why"));
    }
    state.message = Some(info(&said));
}

fn dropped_without_reason(plan: Option<&Plan>, period: &str, id: &str) -> bool {
    plan.and_then(|p| p.report(period, id)).is_some_and(|r| r.dropped_reason.trim().is_empty())
}

/// Steps through the institutions that lead included actions: what each still owes.
fn filter_institution(state: &mut State, period: &str) {
    let Some(plan) = state.plan() else { return };
    let leads = leads(plan, &state.content);
    let at = state.monitor.institution.as_ref().and_then(|i| leads.iter().position(|l| l == i));
    let next = match at {
        None => leads.first().cloned(),
        Some(i) => leads.get(i + 1).cloned(),
    };
    let said = match &next {
        Some(id) => {
            let owed = plan
                .included_actions(&state.content)
                .into_iter()
                .filter(|a| plan.decision(a).and_then(|d| d.lead.as_ref()) == Some(id))
                .filter(|a| plan.report(period, a).is_none())
                .count();
            let name = plan.institution_name(id, &state.content);
            crate::fl!("monitor-owes", name = name, count = owed, period = period)
        }
        None => crate::fl!("monitor-every-shown"),
    };
    state.monitor.institution = next;
    state.monitor.cursor = 0;
    state.message = Some(info(&said));
}

/// Lead institutions of included actions, in roster order.
fn leads(plan: &Plan, content: &crate::content::Content) -> Vec<String> {
    let mut leads: Vec<String> = plan
        .included_actions(content)
        .into_iter()
        .filter_map(|a| plan.decision(a).and_then(|d| d.lead.clone()))
        .collect();
    let roster: Vec<&String> =
        plan.roster.institutions.iter().chain(plan.roster.custom.iter().map(|c| &c.id)).collect();
    leads
        .sort_by_key(|id| (roster.iter().position(|r| *r == id).unwrap_or(usize::MAX), id.clone()));
    leads.dedup();
    leads
}

fn filter_status(state: &mut State) {
    let all = StatusFilter::all();
    let at = all.iter().position(|f| *f == state.monitor.status).unwrap_or(0);
    state.monitor.status = all[(at + 1) % all.len()];
    state.monitor.cursor = 0;
    let filter = state.monitor.status.label();
    state.message = Some(info(&crate::fl!("monitor-showing-status", filter = filter)));
}

fn copy_forward(state: &mut State, period: &str) {
    if refuse_if_closed(state, period) {
        return;
    }
    let mut copied = vec![];
    let label = crate::fl!("monitor-copy-label", period = period);
    let result = change(state, &label, Touches::NoDecision, |plan, content| {
        copied = monitor::copy_forward(plan, content, period)?;
        Ok(())
    });
    state.message = Some(match result {
        Err(why) => error(&why),
        Ok(()) if copied.is_empty() => info(&crate::fl!("monitor-copy-nothing", period = period)),
        Ok(()) => info(&crate::fl!("monitor-copied", count = copied.len(), period = period)),
    });
}

fn ask_close(state: &mut State, period: &str) {
    let closed = state.plan().and_then(|p| p.period(period)).is_some_and(|p| p.closed);
    let period = period.to_string();
    state.overlay = Some(Overlay::ConfirmPeriod(PeriodChange { period, close: !closed }));
}

/// The answer to "close (or reopen) this period?".
pub(super) fn confirm_period(state: &mut State, action: Action, asked: PeriodChange) {
    match action {
        Action::Yes => {
            let PeriodChange { period, close } = &asked;
            let label = if *close {
                crate::fl!("monitor-period-closed", period = period.clone())
            } else {
                crate::fl!("monitor-period-reopened", period = period.clone())
            };
            match change(state, &label, Touches::NoDecision, |plan, _| {
                monitor::edit::set_closed(plan, period, *close).map(|_| ())
            }) {
                Ok(()) if *close => {
                    state.monitor.field = None;
                    state.message =
                        Some(info(&crate::fl!("monitor-closed-now", period = period.clone())));
                }
                Ok(()) => {
                    state.message =
                        Some(info(&crate::fl!("monitor-reopened-now", period = period.clone())))
                }
                Err(why) => state.message = Some(error(&why)),
            }
        }
        Action::No => state.message = Some(info(&crate::fl!("monitor-nothing-changed"))),
        _ => state.overlay = Some(Overlay::ConfirmPeriod(asked)),
    }
}
