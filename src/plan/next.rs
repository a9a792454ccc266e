//! The next plan: started from the one ending, for a new period, with the same roster and
//! monitoring set-up. What was achieved becomes the new baseline, what was not is carried
//! over (and marked so), and the difficulties implementers reported become lessons.

use std::fmt;

use super::monitor::{ActionReport, Status, derive_periods, latest_report};
use super::{
    Baseline, Decision, Inclusion, Lesson, Period, Plan, PreviousPlan, Timeframe, new_plan_id,
};
use crate::content::Content;

/// Why a next plan cannot be made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NextPlanError {
    /// The new period ends before it starts.
    Reversed { from: u16, to: u16 },
    /// The new period starts before the previous plan's last year.
    Overlaps { from: u16, previous_last: u16 },
}

impl fmt::Display for NextPlanError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Self::Reversed { from, to } => f.write_str(&crate::fl!(
                "next-reversed",
                from = from.to_string(),
                to = to.to_string()
            )),
            Self::Overlaps { from, previous_last } => f.write_str(&crate::fl!(
                "next-overlaps",
                from = from.to_string(),
                previous_last = previous_last.to_string()
            )),
        }
    }
}

impl std::error::Error for NextPlanError {}

/// The plan that follows `plan` for the years `period`: a new id, title years moved, the
/// roster, custom items and monitoring set-up kept, fresh reporting periods, and each action
/// decided from what its lead last reported (see [`next_decision`]).
/// The notes it writes are in the plan's language.
pub fn next_plan(plan: &Plan, content: &Content, period: Period) -> Result<Plan, NextPlanError> {
    crate::i18n::in_language(&plan.meta.language, || next_plan_in_language(plan, content, period))
}

fn next_plan_in_language(
    plan: &Plan,
    content: &Content,
    period: Period,
) -> Result<Plan, NextPlanError> {
    let (from, to) = (period.first, period.last);
    if to < from {
        return Err(NextPlanError::Reversed { from, to });
    }
    let previous_last = plan.meta.period.bounds().1;
    if from < previous_last {
        return Err(NextPlanError::Overlaps { from, previous_last });
    }
    let mut next = plan.clone();
    next.id = new_plan_id();
    next.meta.title = moved_title(plan, period);
    next.meta.period = period;
    next.meta.workshop_dates.clear();
    next.monitoring.mid_term_evaluation =
        shifted(plan.monitoring.mid_term_evaluation, plan, period);
    next.monitoring.final_evaluation = shifted(plan.monitoring.final_evaluation, plan, period);
    next.periods = derive_periods(period, plan.monitoring.reporting);
    next.part = None;
    next.conflicts.clear();
    let mut previous = PreviousPlan {
        id: plan.id.clone(),
        title: plan.meta.title.clone(),
        period: plan.meta.period,
        carried_over: vec![],
        lessons: lessons(plan, content),
    };
    for id in plan.included_actions(content) {
        let last = latest_report(&plan.periods, id);
        let decision = next.items.get_mut(id).expect("an included action has a decision");
        if next_decision(decision, plan, last, period) {
            previous.carried_over.push(id.to_string());
        }
        let learnt: Vec<&Lesson> = previous.lessons.iter().filter(|l| l.action == id).collect();
        add_lessons_to_notes(decision, &learnt);
    }
    next.previous = Some(previous);
    Ok(next)
}

/// Updates an included action's decision for the next plan from its last report; returns
/// whether the action is carried over (still included). Completed: in place, not included
/// again. Continuous: in place and carried over (it keeps running). On track or delayed:
/// partly in place, carried over. Not started or never reported: carried over as it was.
/// Dropped: not included again.
fn next_decision(
    decision: &mut Decision,
    previous: &Plan,
    last: Option<(&str, &ActionReport)>,
    period: Period,
) -> bool {
    let status = last.map(|(_, r)| r.status);
    match status {
        Some(Status::Completed | Status::Continuous) => decision.baseline = Baseline::InPlace,
        Some(Status::OnTrack | Status::Delayed) => decision.baseline = Baseline::PartlyInPlace,
        _ => {}
    }
    if let Some((_, report)) = last {
        for indicator in &mut decision.indicators {
            if let Some(value) = report.values.get(&indicator.text) {
                indicator.baseline = value.words();
            }
        }
    }
    let carried = !matches!(status, Some(Status::Completed | Status::Dropped));
    if !carried {
        decision.inclusion = Inclusion::Excluded;
    }
    decision.timeframe = decision.timeframe.map(|t| within(t, period));
    let note = history_note(previous, last, carried);
    decision.notes =
        if decision.notes.trim().is_empty() { note } else { format!("{note}\n{}", decision.notes) };
    carried
}

/// One line saying where the action stood at the end of the previous plan.
fn history_note(previous: &Plan, last: Option<(&str, &ActionReport)>, carried: bool) -> String {
    let (title, years) = (previous.meta.title.trim(), years(previous.meta.period));
    let plan =
        if title.contains(&years) { title.to_string() } else { format!("{title} ({years})") };
    let reported = match last {
        Some((period, r)) if r.status == Status::Dropped && !r.dropped_reason.is_empty() => {
            crate::fl!(
                "next-note-dropped",
                period = period,
                reason = r.dropped_reason.trim().trim_end_matches('.')
            )
        }
        Some((period, r)) => {
            crate::fl!("next-note-reported", status = r.status.label(), period = period)
        }
        None => crate::fl!("next-note-never-reported"),
    };
    if carried {
        crate::fl!("next-note-carried", plan = plan, reported = reported)
    } else {
        crate::fl!("next-note-not-carried", plan = plan, reported = reported)
    }
}

/// The action's own lessons, below the line saying where it stood, so the room sees them
/// when it opens the action in the wizard.
fn add_lessons_to_notes(decision: &mut Decision, lessons: &[&Lesson]) {
    if lessons.is_empty() {
        return;
    }
    let (history, rest) = decision.notes.split_once('\n').unwrap_or((&decision.notes, ""));
    let mut notes = history.to_string();
    for lesson in lessons {
        notes.push('\n');
        notes.push_str(&crate::fl!(
            "next-note-lesson",
            period = lesson.period.as_str(),
            difficulties = lesson.difficulties.as_str()
        ));
        if !lesson.corrective_measures.is_empty() {
            notes.push(' ');
            notes.push_str(&crate::fl!(
                "next-note-measures",
                measures = lesson.corrective_measures.as_str()
            ));
        }
    }
    if !rest.is_empty() {
        notes.push('\n');
        notes.push_str(rest);
    }
    decision.notes = notes;
}

/// Each included action's distinct reported difficulties, with the last period each was
/// reported in and its corrective measures, in checklist order.
fn lessons(plan: &Plan, content: &Content) -> Vec<Lesson> {
    let mut out: Vec<Lesson> = vec![];
    for id in plan.included_actions(content) {
        for period in &plan.periods {
            let Some(report) = period.report(id).filter(|r| !r.difficulties.trim().is_empty())
            else {
                continue;
            };
            let difficulties = report.difficulties.trim().to_string();
            let lesson = Lesson {
                action: id.to_string(),
                period: period.id.clone(),
                difficulties: difficulties.clone(),
                corrective_measures: report.corrective_measures.trim().to_string(),
            };
            match out.iter_mut().find(|l| l.action == id && l.difficulties == difficulties) {
                Some(seen) => *seen = lesson,
                None => out.push(lesson),
            }
        }
    }
    out
}

/// The title with the old plan's years replaced by the new ones ("2027-2030" becomes
/// "2031-2034"); unchanged when it does not name them.
fn moved_title(plan: &Plan, period: Period) -> String {
    let old = years(plan.meta.period);
    if plan.meta.title.contains(&old) {
        plan.meta.title.replace(&old, &years(period))
    } else {
        plan.meta.title.clone()
    }
}

fn years(period: Period) -> String {
    format!("{}-{}", period.first, period.last)
}

/// An evaluation year moved by as many years as the plan moved, if it falls in the new period.
fn shifted(year: Option<u16>, plan: &Plan, period: Period) -> Option<u16> {
    let offset = period.first.checked_sub(plan.meta.period.first)?;
    year.and_then(|y| y.checked_add(offset)).filter(|y| period.contains(*y))
}

/// A timeframe in the new period: relative ones stay; years are cut to the new period, and
/// years wholly before it (the action is overdue) become short term.
fn within(timeframe: Timeframe, period: Period) -> Timeframe {
    match timeframe {
        Timeframe::Years { last, .. } if last < period.first => Timeframe::ShortTerm,
        Timeframe::Years { first, last } => Timeframe::Years {
            first: first.max(period.first),
            last: last.min(period.last).max(first.max(period.first)),
        },
        relative => relative,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_move_their_years_and_evaluations_move_with_the_plan() {
        let content = Content::embedded();
        let plan = crate::plan::demo_plan(&content);
        let period = Period { first: 2031, last: 2034 };
        assert!(moved_title(&plan, period).contains("2031-2034"), "{}", moved_title(&plan, period));
        assert_eq!(shifted(Some(2029), &plan, period), Some(2033));
        assert_eq!(shifted(Some(2029), &plan, Period { first: 2031, last: 2032 }), None);
    }

    #[test]
    fn fixed_years_are_kept_within_the_new_period() {
        let period = Period { first: 2031, last: 2034 };
        assert_eq!(
            within(Timeframe::Years { first: 2028, last: 2029 }, period),
            Timeframe::ShortTerm
        );
        assert_eq!(
            within(Timeframe::Years { first: 2030, last: 2032 }, period),
            Timeframe::Years { first: 2031, last: 2032 }
        );
        assert_eq!(within(Timeframe::ShortTerm, period), Timeframe::ShortTerm);
    }

    #[test]
    fn a_period_before_the_old_plan_ends_is_refused() {
        let content = Content::embedded();
        let plan = crate::plan::demo_plan(&content);
        let last = plan.meta.period.last;
        assert_eq!(
            next_plan(&plan, &content, Period { first: last - 1, last: last + 2 }),
            Err(NextPlanError::Overlaps { from: last - 1, previous_last: last })
        );
        assert!(matches!(
            next_plan(&plan, &content, Period { first: last + 3, last: last + 1 }),
            Err(NextPlanError::Reversed { .. })
        ));
    }
}
