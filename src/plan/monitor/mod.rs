//! Chapter B: following the adopted plan over reporting periods. Each period holds, per
//! included action, what its lead institution reported. Pure functions only: the wizard,
//! `napwiz monitor` and `napwiz report` all read the same figures from here.

mod check;
pub mod combine;
pub mod edit;
mod figures;
pub mod form;
mod history;
mod measure;
mod periods;
mod reports;
pub mod three_way;

use std::collections::BTreeMap;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::Budget;
use crate::sanitize::Sanitize;

pub use check::findings;
pub use combine::{Change, Combined, Incoming, Prefer, combine, report_target};
pub use edit::{open_period, set_closed, set_dates, set_report, start_monitoring};
pub use figures::{
    AreaSpending, Dashboard, IndicatorProgress, Overdue, Owing, Spending, Tally, TrendPoint,
    dashboard, indicator_trajectory, overall,
};
pub use form::ReportField;
pub use history::{
    RepeatedDelay, SourceSpending, latest_report, never_reported, periods_up_to, repeated_delays,
    spending_by_source,
};
pub use measure::{Measure, fits, number_in, parse_value};
pub use periods::{derive_periods, due_after, period_of};
pub use reports::{copy_forward, previous_period};

/// One reporting period, e.g. `2027-H1`: the dates it covers, when reports are due, and what
/// each included action's lead reported for it (by action id).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportingPeriod {
    pub id: String,
    pub from: Date,
    pub to: Date,
    /// When implementers' reports are due to the coordinator.
    pub due: Date,
    /// A closed period is read-only until it is reopened.
    #[serde(default, skip_serializing_if = "is_false")]
    pub closed: bool,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub reports: BTreeMap<String, ActionReport>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

impl ReportingPeriod {
    /// The period with no report in it: where a change to one report is held (`plan::patch`).
    pub fn without_reports(&self) -> ReportingPeriod {
        // Destructured so that a new field of the period cannot be forgotten here.
        let ReportingPeriod { id, from, to, due, closed, reports: _ } = self;
        ReportingPeriod {
            id: id.clone(),
            from: *from,
            to: *to,
            due: *due,
            closed: *closed,
            reports: BTreeMap::new(),
        }
    }

    pub fn report(&self, action: &str) -> Option<&ActionReport> {
        self.reports.get(action)
    }

    /// The period's span in words, in the language `fl!` writes in: `2027-01-01 to 2027-06-30`.
    pub fn span(&self) -> String {
        crate::fl!("monitor-span", from = self.from.to_string(), to = self.to.to_string())
    }
}

/// Where an action stands at the end of a period, in the words implementers use.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum Status {
    #[default]
    NotStarted,
    OnTrack,
    Delayed,
    Completed,
    /// Ongoing by nature (a hotline, a yearly campaign): implemented as long as it runs.
    Continuous,
    Dropped,
}

impl Status {
    pub const ALL: [Status; 6] = [
        Self::NotStarted,
        Self::OnTrack,
        Self::Delayed,
        Self::Completed,
        Self::Continuous,
        Self::Dropped,
    ];

    /// The status in the words of the language `fl!` writes in (the interface's, or a
    /// document's while one is built).
    pub fn label(self) -> String {
        match self {
            Self::NotStarted => crate::fl!("monitor-status-not-started"),
            Self::OnTrack => crate::fl!("monitor-status-on-track"),
            Self::Delayed => crate::fl!("monitor-status-delayed"),
            Self::Completed => crate::fl!("monitor-status-completed"),
            Self::Continuous => crate::fl!("monitor-status-continuous"),
            Self::Dropped => crate::fl!("monitor-status-dropped"),
        }
    }

    /// The English word, as plan files, merges and the forms' hidden columns keep it.
    pub fn english(self) -> &'static str {
        match self {
            Self::NotStarted => "not started",
            Self::OnTrack => "on track",
            Self::Delayed => "delayed",
            Self::Completed => "completed",
            Self::Continuous => "continuous",
            Self::Dropped => "dropped",
        }
    }

    /// Reads a status back (any case, `-`/`_` for spaces), as typed in a workbook or a
    /// prompt: the English word or the word in any language napwiz ships, so a French form
    /// imports into a plan facilitated in English.
    pub fn from_label(text: &str) -> Option<Status> {
        let norm = normalize(text);
        let languages = crate::i18n::interface_languages();
        Self::ALL.into_iter().find(|s| {
            s.english() == norm
                || languages
                    .iter()
                    .any(|l| normalize(&crate::i18n::in_language(l, || s.label())) == norm)
        })
    }

    /// Implemented: counts towards the implementation rate.
    pub fn is_implemented(self) -> bool {
        matches!(self, Self::Completed | Self::Continuous)
    }

    /// No further work is expected, so the action cannot be overdue.
    pub fn is_settled(self) -> bool {
        matches!(self, Self::Completed | Self::Continuous | Self::Dropped)
    }
}

fn normalize(text: &str) -> String {
    text.trim().to_lowercase().replace(['-', '_'], " ")
}

/// A value reported for one indicator: a number where the indicator counts or measures a
/// share, words where it is qualitative.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Value {
    Number(f64),
    Text(String),
}

impl Value {
    pub fn as_number(&self) -> Option<f64> {
        match self {
            Self::Number(n) => Some(*n),
            Self::Text(_) => None,
        }
    }

    /// As shown in tables: `40`, `62.5`, or the text.
    pub fn words(&self) -> String {
        match self {
            Self::Number(n) => format_number(*n),
            Self::Text(t) => t.clone(),
        }
    }
}

/// A number without a trailing `.0`: 40 as `40`, 62.5 as `62.5`.
pub fn format_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 { format!("{}", n as i64) } else { format!("{n}") }
}

/// What one action's lead institution reported for one period.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActionReport {
    pub status: Status,
    /// Why the action was dropped (only when it was).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub dropped_reason: String,
    /// What was done in the period, in the implementer's words.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub done: String,
    /// Values for the period, keyed by the indicator's wording in the plan.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub values: BTreeMap<String, Value>,
    /// Amount spent in the period (whole currency units) and where it came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub spent: Option<Budget>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub difficulties: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub corrective_measures: String,
    /// References to evidence: document numbers, links, file names.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reported_by: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    /// The coordinator checked the report.
    #[serde(default, skip_serializing_if = "is_false")]
    pub validated: bool,
}

impl ActionReport {
    /// The amount spent in the period, zero when none was reported.
    pub fn spent_amount(&self) -> u64 {
        self.spent.as_ref().and_then(|b| b.amount).unwrap_or(0)
    }
}

impl super::Plan {
    pub fn period(&self, id: &str) -> Option<&ReportingPeriod> {
        self.periods.iter().find(|p| p.id == id)
    }

    pub fn period_mut(&mut self, id: &str) -> Option<&mut ReportingPeriod> {
        self.periods.iter_mut().find(|p| p.id == id)
    }

    /// What `action`'s lead reported for `period`, if anything.
    pub fn report(&self, period: &str, action: &str) -> Option<&ActionReport> {
        self.period(period)?.report(action)
    }

    /// Ids of the included actions, content and custom, in checklist order.
    pub fn included_actions<'a>(&'a self, content: &'a crate::content::Content) -> Vec<&'a str> {
        self.action_ids(content)
            .into_iter()
            .map(|(_, id)| id)
            .filter(|id| self.decision(id).is_some_and(super::Decision::is_included))
            .collect()
    }
}

impl Sanitize for ReportingPeriod {
    fn sanitize(&mut self) -> usize {
        self.id.sanitize() + self.reports.sanitize()
    }
}

impl Sanitize for ActionReport {
    fn sanitize(&mut self) -> usize {
        self.dropped_reason.sanitize()
            + self.done.sanitize()
            + self.values.sanitize()
            + self.spent.as_mut().map_or(0, |b| b.source.sanitize())
            + self.difficulties.sanitize()
            + self.corrective_measures.sanitize()
            + self.evidence.sanitize()
            + self.reported_by.sanitize()
    }
}

impl Sanitize for Value {
    fn sanitize(&mut self) -> usize {
        match self {
            Value::Text(t) => t.sanitize(),
            Value::Number(_) => 0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_labels_read_back_whatever_the_case() {
        for s in Status::ALL {
            assert_eq!(Status::from_label(&s.label()), Some(s));
            assert_eq!(Status::from_label(&s.label().to_uppercase()), Some(s));
        }
        assert_eq!(Status::from_label(" On-track "), Some(Status::OnTrack));
        assert_eq!(Status::from_label("done"), None);
    }

    #[test]
    fn status_words_of_every_shipped_language_read_back() {
        for language in ["fr", "es", "ru"] {
            for s in Status::ALL {
                let word = crate::i18n::in_language(language, || s.label());
                assert_ne!(word, s.english(), "{language} has its own word for {s:?}");
                assert_eq!(Status::from_label(&word), Some(s), "{language}: {word}");
            }
        }
        assert_eq!(Status::from_label("En retard"), Some(Status::Delayed));
        assert_eq!(Status::from_label("ВЫПОЛНЕНО"), Some(Status::Completed));
    }

    #[test]
    fn numbers_print_without_a_useless_decimal() {
        assert_eq!(Value::Number(40.0).words(), "40");
        assert_eq!(Value::Number(62.5).words(), "62.5");
        assert_eq!(Value::Text("Adopted".into()).words(), "Adopted");
    }
}
