//! The plan: the record of a workshop's decisions, keyed by content ids. Kept apart from the
//! content (the checklist) so a plan survives a content update.

mod demo;
mod demo_progress;
pub mod diff;
pub mod edit;
pub mod fields;
mod health;
pub mod merge;
mod migrate;
pub mod monitor;
mod moved;
mod next;
pub mod part;
pub mod patch;
mod plan_id;
pub mod search;
mod step;
mod summary;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub use demo::demo_plan;
pub use health::{Finding, Health, Severity, check};
pub use merge::{MergeOutcome, Side, merge, split};
pub use migrate::{from_ron, to_ron};
pub use monitor::{ActionReport, ReportingPeriod, Status, Value};
pub use moved::{Moved, follow_moves, notice as moved_notice, pending_moves};
pub use next::{NextPlanError, next_plan};
pub use plan_id::new_plan_id;
pub use step::Step;
pub use summary::{Gap, Summary, Timeline, TimelineRow, item_text, summarize};

use crate::content::{Content, IndicatorKind, InstitutionKind};
use crate::sanitize::Sanitize;

/// Format name written at the top of every plan file.
pub const PLAN_FORMAT: &str = "napwiz-plan";
/// The plan file version this build writes.
pub const PLAN_VERSION: u32 = 2;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    pub format: String,
    pub version: u32,
    /// Made with the plan and never changed (split, merge and breakouts keep it): matches
    /// returned monitoring forms to the plan they were made from.
    pub id: String,
    pub meta: Meta,
    pub roster: Roster,
    /// Decisions per checklist item (goal or action), content or custom, keyed by id.
    #[serde(default)]
    pub items: BTreeMap<String, Decision>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub custom_goals: Vec<CustomGoal>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub custom_actions: Vec<CustomAction>,
    #[serde(default)]
    pub monitoring: Monitoring,
    /// Reporting periods of the adopted plan and what was reported in each (Chapter B).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub periods: Vec<ReportingPeriod>,
    /// Set on a breakout part made by `napwiz split`: the one area it covers.
    /// The plan this one follows, when `napwiz next` started it from that plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<PreviousPlan>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part: Option<Part>,
    /// Merge conflicts waiting for a decision (the wizard resolves them).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<Conflict>,
}

/// A breakout part: which area it covers and which plan it came from.
/// The plan a plan follows: which of its actions were carried over, and the difficulties its
/// implementers reported, kept as lessons for the new plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PreviousPlan {
    pub id: String,
    pub title: String,
    pub period: Period,
    /// Actions (ids) not completed under the previous plan and included again in this one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub carried_over: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lessons: Vec<Lesson>,
}

impl PreviousPlan {
    pub fn is_carried_over(&self, action: &str) -> bool {
        self.carried_over.iter().any(|id| id == action)
    }
}

/// A difficulty reported under the previous plan, with what was done about it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lesson {
    /// The action it was reported for (its id).
    pub action: String,
    /// The period it was last reported in.
    pub period: String,
    pub difficulties: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub corrective_measures: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Part {
    pub area: String,
    pub of: String,
}

/// A field changed differently in two places. The plan holds the first choice until someone
/// picks; each choice keeps its value as RON so it can be applied exactly.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Conflict {
    /// An item id, or `meta` / `monitoring`.
    pub target: String,
    pub field: String,
    pub choices: Vec<Choice>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    /// Where the value comes from, e.g. `prevention.ron`.
    pub source: String,
    pub value: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meta {
    pub title: String,
    pub country: String,
    pub period: Period,
    #[serde(default)]
    pub coordinating_body: String,
    #[serde(default)]
    pub national_coordinator: String,
    #[serde(default)]
    pub facilitator: String,
    /// ISO dates (YYYY-MM-DD) of the design workshop(s).
    #[serde(default)]
    pub workshop_dates: Vec<String>,
    #[serde(default)]
    pub language: String,
    /// Currency of budget estimates (ISO 4217 code, e.g. EUR).
    #[serde(default)]
    pub currency: String,
    pub content: ContentRef,
}

/// The plan's years, first and last inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Period {
    pub first: u16,
    pub last: u16,
}

impl Period {
    pub fn contains(self, year: u16) -> bool {
        (self.first..=self.last).contains(&year)
    }

    /// How many years the period spans; a period that ends before it starts (a hand-edited
    /// file, reported by the health check) counts its years the other way round.
    pub fn years(self) -> u32 {
        let (first, last) = self.bounds();
        u32::from(last - first) + 1
    }

    /// The first and last year in order, whatever order the file gives them in.
    pub fn bounds(self) -> (u16, u16) {
        (self.first.min(self.last), self.first.max(self.last))
    }
}

/// Which content pack the plan was made with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContentRef {
    pub id: String,
    pub version: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Roster {
    /// Ids from the content pack's institution catalogue.
    #[serde(default)]
    pub institutions: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub custom: Vec<CustomInstitution>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CustomInstitution {
    pub id: String,
    pub name: String,
    pub code: String,
    pub kind: InstitutionKind,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    #[serde(default, skip_serializing_if = "Baseline::is_unknown")]
    pub baseline: Baseline,
    #[serde(default, skip_serializing_if = "Inclusion::is_open")]
    pub inclusion: Inclusion,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub priority: Option<Priority>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeframe: Option<Timeframe>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lead: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub partners: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub indicators: Vec<Indicator>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub budget: Option<Budget>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
}

impl Decision {
    pub fn is_included(&self) -> bool {
        self.inclusion == Inclusion::Included
    }

    pub fn is_decided(&self) -> bool {
        self.inclusion != Inclusion::Open
    }

    pub fn is_empty(&self) -> bool {
        *self == Decision::default()
    }
}

/// What already exists in the country for this item.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Baseline {
    #[default]
    Unknown,
    InPlace,
    PartlyInPlace,
    Missing,
    NotApplicable,
}

impl Baseline {
    pub const ALL: [Baseline; 5] =
        [Self::Unknown, Self::InPlace, Self::PartlyInPlace, Self::Missing, Self::NotApplicable];

    pub fn is_unknown(&self) -> bool {
        *self == Baseline::Unknown
    }

    /// A gap the plan should address.
    pub fn is_gap(self) -> bool {
        matches!(self, Baseline::Missing | Baseline::PartlyInPlace)
    }

    pub fn label(self) -> String {
        match self {
            Self::Unknown => crate::fl!("baseline-unknown"),
            Self::InPlace => crate::fl!("baseline-in-place"),
            Self::PartlyInPlace => crate::fl!("baseline-partly-in-place"),
            Self::Missing => crate::fl!("baseline-missing"),
            Self::NotApplicable => crate::fl!("baseline-not-applicable"),
        }
    }
}

/// Whether the item goes into the plan; `Open` until the team decides.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Inclusion {
    #[default]
    Open,
    Included,
    Excluded,
}

impl Inclusion {
    pub fn is_open(&self) -> bool {
        *self == Inclusion::Open
    }

    pub fn label(self) -> String {
        match self {
            Self::Open => crate::fl!("inclusion-open"),
            Self::Included => crate::fl!("inclusion-included"),
            Self::Excluded => crate::fl!("inclusion-excluded"),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Priority {
    High,
    Medium,
    Low,
}

impl Priority {
    pub const ALL: [Priority; 3] = [Self::High, Self::Medium, Self::Low];

    pub fn label(self) -> String {
        match self {
            Self::High => crate::fl!("priority-high"),
            Self::Medium => crate::fl!("priority-medium"),
            Self::Low => crate::fl!("priority-low"),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Timeframe {
    ShortTerm,
    MediumTerm,
    LongTerm,
    Years { first: u16, last: u16 },
}

impl Timeframe {
    pub fn label(self) -> String {
        match self {
            Self::ShortTerm => crate::fl!("timeframe-short"),
            Self::MediumTerm => crate::fl!("timeframe-medium"),
            Self::LongTerm => crate::fl!("timeframe-long"),
            Self::Years { first, last } if first == last => first.to_string(),
            Self::Years { first, last } => format!("{first}-{last}"),
        }
    }

    /// The years covered, mapping terms onto thirds of the plan period.
    /// Works on any period a file can hold (reversed, or up to year 65535) without overflow.
    pub fn years_within(self, period: Period) -> (u16, u16) {
        let (first, last) = period.bounds();
        let third = period.years().div_ceil(3);
        let year =
            |offset: u32| u16::try_from(u32::from(first) + offset).map_or(last, |y| y.min(last));
        match self {
            Self::ShortTerm => (first, year(third - 1)),
            Self::MediumTerm => (year(third), year(2 * third - 1)),
            Self::LongTerm => (first, last),
            Self::Years { first, last } => (first, last),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    pub text: String,
    pub kind: IndicatorKind,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub baseline: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub target: String,
    /// Means of verification: where the value comes from.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub verification: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frequency: Option<Frequency>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Frequency {
    Monthly,
    Quarterly,
    SixMonthly,
    Annually,
    Biennially,
    EndOfPlan,
}

impl Frequency {
    pub const ALL: [Frequency; 6] = [
        Self::Monthly,
        Self::Quarterly,
        Self::SixMonthly,
        Self::Annually,
        Self::Biennially,
        Self::EndOfPlan,
    ];

    pub fn label(self) -> String {
        match self {
            Self::Monthly => crate::fl!("frequency-monthly"),
            Self::Quarterly => crate::fl!("frequency-quarterly"),
            Self::SixMonthly => crate::fl!("frequency-six-monthly"),
            Self::Annually => crate::fl!("frequency-annually"),
            Self::Biennially => crate::fl!("frequency-biennially"),
            Self::EndOfPlan => crate::fl!("frequency-end-of-plan"),
        }
    }
}

/// An estimate in whole units of the plan's currency (never floating point).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Budget {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<u64>,
    /// State budget, donor, mixed, ... in the team's words.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub source: String,
}

impl Budget {
    /// In plain words: `EUR 52,500 (State budget)`, `EUR 15,000`, `no amount (Donor)`.
    pub fn words(&self, currency: &str) -> String {
        let amount = match self.amount {
            Some(a) => crate::i18n::amount(a, currency),
            None => crate::fl!("budget-no-amount"),
        };
        if self.source.is_empty() { amount } else { format!("{amount} ({})", self.source) }
    }
}

/// A goal the team adds under an area.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CustomGoal {
    pub id: String,
    pub area: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub guidance: String,
}

/// An action the team adds under a content or custom goal.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CustomAction {
    pub id: String,
    pub goal: String,
    pub text: String,
}

/// Chapter B set-up: who monitors, how often, and when the plan is reviewed and evaluated.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Monitoring {
    /// Institution id from the roster, or a name.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub body: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reporting: Option<Frequency>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<Frequency>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mid_term_evaluation: Option<u16>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub final_evaluation: Option<u16>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub data_sources: Vec<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub notes: String,
}

/// A checklist item of the plan, content or custom.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemKind {
    Goal,
    Action,
}

impl Plan {
    /// A new, empty plan for the given content pack.
    pub fn new(title: &str, country: &str, period: Period, content: &Content) -> Plan {
        Plan {
            format: PLAN_FORMAT.into(),
            version: PLAN_VERSION,
            id: new_plan_id(),
            meta: Meta {
                title: title.into(),
                country: country.into(),
                period,
                coordinating_body: String::new(),
                national_coordinator: String::new(),
                facilitator: String::new(),
                workshop_dates: vec![],
                language: content.meta.language.clone(),
                currency: String::new(),
                content: ContentRef {
                    id: content.meta.id.clone(),
                    version: content.meta.version.clone(),
                },
            },
            roster: Roster::default(),
            items: BTreeMap::new(),
            custom_goals: vec![],
            custom_actions: vec![],
            monitoring: Monitoring::default(),
            periods: vec![],
            previous: None,
            part: None,
            conflicts: vec![],
        }
    }

    pub fn decision(&self, id: &str) -> Option<&Decision> {
        self.items.get(id)
    }

    /// What kind of item an id names, in the content or among the custom items; `None` for an
    /// id neither knows (kept in the file and reported, never dropped).
    pub fn item_kind(&self, id: &str, content: &Content) -> Option<ItemKind> {
        if let Some(r) = content.item(id) {
            return Some(if r.action.is_some() { ItemKind::Action } else { ItemKind::Goal });
        }
        if self.custom_goals.iter().any(|g| g.id == id) {
            return Some(ItemKind::Goal);
        }
        self.custom_actions.iter().any(|a| a.id == id).then_some(ItemKind::Action)
    }

    /// Ids with decisions that neither the content nor the custom items know.
    pub fn unknown_items(&self, content: &Content) -> Vec<&str> {
        self.items
            .keys()
            .filter(|id| self.item_kind(id, content).is_none())
            .map(String::as_str)
            .collect()
    }

    /// Every action of the checklist, content and custom, as (goal id, action id).
    pub fn action_ids<'a>(&'a self, content: &'a Content) -> Vec<(&'a str, &'a str)> {
        let mut ids: Vec<(&str, &str)> = Vec::new();
        for area in &content.areas {
            for goal in &area.goals {
                ids.extend(goal.actions.iter().map(|a| (goal.id.as_str(), a.id.as_str())));
                ids.extend(
                    self.custom_actions_of(&goal.id).map(|a| (goal.id.as_str(), a.id.as_str())),
                );
            }
            for goal in self.custom_goals.iter().filter(|g| g.area == area.id) {
                ids.extend(
                    self.custom_actions_of(&goal.id).map(|a| (goal.id.as_str(), a.id.as_str())),
                );
            }
        }
        ids
    }

    pub fn custom_actions_of<'a>(
        &'a self,
        goal: &'a str,
    ) -> impl Iterator<Item = &'a CustomAction> {
        self.custom_actions.iter().filter(move |a| a.goal == goal)
    }

    /// Share of checklist actions decided (included or not), 0.0 to 1.0.
    pub fn progress(&self, content: &Content) -> f64 {
        let ids = self.action_ids(content);
        if ids.is_empty() {
            return 0.0;
        }
        let decided = ids
            .iter()
            .filter(|(_, id)| self.decision(id).is_some_and(Decision::is_decided))
            .count();
        decided as f64 / ids.len() as f64
    }

    /// Whether an institution id is on the roster (catalogue pick or custom).
    pub fn in_roster(&self, id: &str) -> bool {
        self.roster.institutions.iter().any(|i| i == id)
            || self.roster.custom.iter().any(|c| c.id == id)
    }

    /// The short code of an institution on the roster or in the catalogue, or the id itself.
    pub fn institution_code<'a>(&'a self, id: &'a str, content: &'a Content) -> &'a str {
        if let Some(custom) = self.roster.custom.iter().find(|c| c.id == id) {
            return &custom.code;
        }
        content.institution(id).map_or(id, |i| i.code.as_str())
    }

    /// The name of an institution on the roster or in the catalogue, or the id itself.
    pub fn institution_name<'a>(&'a self, id: &'a str, content: &'a Content) -> &'a str {
        if let Some(custom) = self.roster.custom.iter().find(|c| c.id == id) {
            return &custom.name;
        }
        content.institution(id).map_or(id, |i| i.name.as_str())
    }
}

impl Sanitize for Plan {
    fn sanitize(&mut self) -> usize {
        self.format.sanitize()
            + self.id.sanitize()
            + self.meta.sanitize()
            + self.roster.institutions.sanitize()
            + self
                .roster
                .custom
                .iter_mut()
                .map(|c| c.id.sanitize() + c.name.sanitize() + c.code.sanitize())
                .sum::<usize>()
            + self.items.sanitize()
            + self
                .custom_goals
                .iter_mut()
                .map(|g| {
                    g.id.sanitize() + g.area.sanitize() + g.title.sanitize() + g.guidance.sanitize()
                })
                .sum::<usize>()
            + self
                .custom_actions
                .iter_mut()
                .map(|a| a.id.sanitize() + a.goal.sanitize() + a.text.sanitize())
                .sum::<usize>()
            + self.monitoring.body.sanitize()
            + self.monitoring.data_sources.sanitize()
            + self.monitoring.notes.sanitize()
            + self.periods.sanitize()
            + self.previous.as_mut().map_or(0, PreviousPlan::sanitize)
            + self.part.as_mut().map_or(0, |p| p.area.sanitize() + p.of.sanitize())
            + self
                .conflicts
                .iter_mut()
                .map(|c| {
                    c.target.sanitize()
                        + c.field.sanitize()
                        + c.choices
                            .iter_mut()
                            .map(|ch| ch.source.sanitize() + ch.value.sanitize())
                            .sum::<usize>()
                })
                .sum::<usize>()
    }
}

impl Sanitize for PreviousPlan {
    fn sanitize(&mut self) -> usize {
        self.id.sanitize()
            + self.title.sanitize()
            + self.carried_over.sanitize()
            + self
                .lessons
                .iter_mut()
                .map(|l| {
                    l.action.sanitize()
                        + l.period.sanitize()
                        + l.difficulties.sanitize()
                        + l.corrective_measures.sanitize()
                })
                .sum::<usize>()
    }
}

impl Sanitize for Meta {
    fn sanitize(&mut self) -> usize {
        self.title.sanitize()
            + self.country.sanitize()
            + self.coordinating_body.sanitize()
            + self.national_coordinator.sanitize()
            + self.facilitator.sanitize()
            + self.workshop_dates.sanitize()
            + self.language.sanitize()
            + self.currency.sanitize()
            + self.content.id.sanitize()
            + self.content.version.sanitize()
    }
}

impl Sanitize for Decision {
    fn sanitize(&mut self) -> usize {
        self.lead.sanitize()
            + self.partners.sanitize()
            + self
                .indicators
                .iter_mut()
                .map(|i| {
                    i.text.sanitize()
                        + i.baseline.sanitize()
                        + i.target.sanitize()
                        + i.verification.sanitize()
                })
                .sum::<usize>()
            + self.budget.as_mut().map_or(0, |b| b.source.sanitize())
            + self.notes.sanitize()
    }
}

/// Reads an amount typed in whole currency units: `50000`, `52,500`, `1 200`, `1.200`.
pub fn parse_amount(text: &str) -> Result<Option<u64>, String> {
    let digits: String =
        // Every language's thousands separator: 1,234 1.234 1 234 (narrow or no-break space).
        text.chars().filter(|c| !matches!(c, ',' | ' ' | '\'' | '_' | '.' | '\u{202F}' | '\u{A0}')).collect();
    if digits.is_empty() {
        return Ok(None);
    }
    digits
        .parse::<u64>()
        .map(Some)
        .map_err(|_| crate::fl!("edit-not-an-amount", text = text.trim()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_map_onto_thirds_of_the_period() {
        let period = Period { first: 2027, last: 2032 };
        assert_eq!(Timeframe::ShortTerm.years_within(period), (2027, 2028));
        assert_eq!(Timeframe::MediumTerm.years_within(period), (2029, 2030));
        assert_eq!(Timeframe::LongTerm.years_within(period), (2027, 2032));
        let one_year = Period { first: 2027, last: 2027 };
        assert_eq!(Timeframe::MediumTerm.years_within(one_year), (2027, 2027));
    }

    #[test]
    fn progress_is_the_share_of_actions_decided() {
        let content = Content::embedded();
        let mut plan = Plan::new("NAP", "X", Period { first: 2027, last: 2030 }, &content);
        assert_eq!(plan.progress(&content), 0.0);
        plan.items.insert(
            "P1.1".into(),
            Decision { inclusion: Inclusion::Excluded, ..Decision::default() },
        );
        plan.items
            .insert("P1.2".into(), Decision { baseline: Baseline::Missing, ..Decision::default() });
        let actions = content.actions().count() as f64;
        assert!((plan.progress(&content) - 1.0 / actions).abs() < 1e-9);
    }

    #[test]
    fn the_demo_plan_is_deterministic() {
        let content = Content::embedded();
        assert_eq!(to_ron(&demo_plan(&content)), to_ron(&demo_plan(&content)));
    }
}
