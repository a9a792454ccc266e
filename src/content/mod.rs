//! The checklist content pack: areas, goals, actions, institutions and glossary, as read from
//! RON files (embedded in the binary or from a folder). Content is read-only; the plan refers to
//! it by id.

mod acronyms;
mod check;
mod embedded;
mod load;
mod locate;
mod quality;
mod translation;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub use acronyms::{
    ABBREVIATIONS_FILE, NOT_ACRONYMS, acronyms, looks_like_an_acronym, unexplained,
};
pub use check::{Problem, check_files, check_files_with, parse_ron};
pub use embedded::{EMBEDDED, EMBEDDED_PACKS, embedded_files, export_embedded, languages};
pub use load::{PackFiles, PackSource, load, load_for};
pub use quality::{
    NEAR_DUPLICATE_THRESHOLD, NEAR_DUPLICATES_ALLOWED, NearDuplicate, OWN_INDICATORS_REQUIRED,
    Quality, similarity,
};
pub use translation::{FALLBACK_MARK, compare_with_english, fill_from_english};

/// Format name written in every pack's `pack.ron`.
pub const PACK_FORMAT: &str = "napwiz-content";
/// The pack schema version this build reads.
pub const PACK_FORMAT_VERSION: u32 = 1;

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackMeta {
    pub format: String,
    pub format_version: u32,
    pub id: String,
    pub version: String,
    pub language: String,
    pub title: String,
    pub provenance: String,
    /// Area files under `areas/`, in the order the wizard walks them.
    pub areas: Vec<String>,
    /// Ids merged away in a later edition, each to the live id that is now its home, so a
    /// decision recorded under the old id still finds its item.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub aliases: BTreeMap<String, String>,
    /// How far a translated pack can be trusted; absent for the English source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub translation: Option<Translation>,
}

/// A translated pack's status, said on screen and in the draft notice: honest status beats
/// false confidence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Translation {
    pub status: TranslationStatus,
    pub reviewed_by_native_speaker: bool,
    /// The version of the English pack this translation follows.
    pub based_on: String,
    /// How to report a correction.
    pub report: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum TranslationStatus {
    /// Written (partly with machine help) and not yet reviewed.
    Draft,
    /// Reviewed by practitioners of the language.
    Reviewed,
}

impl Translation {
    /// A draft, or a text no native-speaking practitioner has read yet.
    pub fn is_unreviewed(&self) -> bool {
        self.status == TranslationStatus::Draft || !self.reviewed_by_native_speaker
    }
}

impl PackMeta {
    /// The pack's translation status when it is a translation not yet reviewed.
    pub fn unreviewed_translation(&self) -> Option<&Translation> {
        self.translation.as_ref().filter(|t| t.is_unreviewed())
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Area {
    pub id: String,
    pub title: String,
    pub intro: String,
    pub goals: Vec<Goal>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Goal {
    pub id: String,
    pub title: String,
    /// The change the goal brings about by the end of a plan: the objective's expected result.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub result: String,
    pub guidance: String,
    #[serde(default)]
    pub standards: Vec<String>,
    pub lead: Vec<String>,
    #[serde(default)]
    pub partners: Vec<String>,
    pub horizon: Horizon,
    pub indicators: Vec<SuggestedIndicator>,
    pub actions: Vec<Action>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Action {
    pub id: String,
    pub text: String,
    /// Empty when the goal's lead applies.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lead: Vec<String>,
    /// Empty when the goal's partners apply.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub partners: Vec<String>,
    /// The action's own suggested indicators; empty while the pack still relies on the goal's.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub indicators: Vec<SuggestedIndicator>,
}

/// When a goal's measures usually pay off: a first step within a year or two, continuous work,
/// or a short first step followed by long-term practice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Horizon {
    Short,
    Long,
    ShortAndLong,
}

impl Horizon {
    pub fn label(self) -> String {
        match self {
            Horizon::Short => crate::fl!("horizon-short"),
            Horizon::Long => crate::fl!("horizon-long"),
            Horizon::ShortAndLong => crate::fl!("horizon-short-and-long"),
        }
    }
}

/// An example indicator the pack suggests for a goal or an action (written `Indicator(...)` in
/// the files).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "Indicator")]
pub struct SuggestedIndicator {
    pub text: String,
    pub kind: IndicatorKind,
    /// The shape a target usually takes, e.g. "[N] per year by [year]"; a hint, never a value.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub target: String,
    /// Which way is good; `Ambiguous` needs a `note` saying why.
    #[serde(default, skip_serializing_if = "Direction::is_unstated")]
    pub direction: Direction,
    /// Why the direction is not obvious (shown wherever the indicator is shown).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

impl SuggestedIndicator {
    /// The caution shown next to an indicator whose good direction is not obvious.
    pub fn caution(&self) -> Option<String> {
        (self.direction == Direction::Ambiguous)
            .then(|| crate::fl!("indicator-caution", note = self.note.as_str()))
    }

    /// "text (outcome)", with the target pattern and any caution, for guidance screens.
    pub fn describe(&self) -> String {
        let mut text = format!("{} ({}", self.text, self.kind.label());
        if let Some(label) = self.direction.label() {
            text.push_str(&format!("; {label}"));
        }
        text.push(')');
        if !self.target.is_empty() {
            text.push_str(&format!(
                "; {}",
                crate::fl!("indicator-target-example", target = self.target.as_str())
            ));
        }
        if let Some(caution) = self.caution() {
            text.push_str(&format!(" [{caution}]"));
        }
        text
    }
}

/// Which change of an indicator's value is good news.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Direction {
    /// Left to the reader, as for most output indicators ("module adopted").
    #[default]
    Unstated,
    HigherIsBetter,
    LowerIsBetter,
    /// More may mean better detection or more crime: read with the note, not as a score.
    Ambiguous,
}

impl Direction {
    pub fn is_unstated(&self) -> bool {
        *self == Direction::Unstated
    }

    /// The words shown after the kind; `Ambiguous` is shown as a caution with its note instead.
    pub fn label(self) -> Option<String> {
        match self {
            Self::Unstated => None,
            Self::HigherIsBetter => Some(crate::fl!("direction-higher")),
            Self::LowerIsBetter => Some(crate::fl!("direction-lower")),
            Self::Ambiguous => None,
        }
    }
}

/// The results-chain level an indicator measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum IndicatorKind {
    Input,
    Output,
    Outcome,
    Impact,
}

impl IndicatorKind {
    pub const ALL: [IndicatorKind; 4] = [Self::Input, Self::Output, Self::Outcome, Self::Impact];

    pub fn label(self) -> String {
        match self {
            Self::Input => crate::fl!("indicator-input"),
            Self::Output => crate::fl!("indicator-output"),
            Self::Outcome => crate::fl!("indicator-outcome"),
            Self::Impact => crate::fl!("indicator-impact"),
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Institution {
    pub id: String,
    pub name: String,
    pub code: String,
    pub kind: InstitutionKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum InstitutionKind {
    Government,
    Independent,
    Judicial,
    CivilSociety,
    International,
    Private,
}

impl InstitutionKind {
    pub const ALL: [InstitutionKind; 6] = [
        Self::Government,
        Self::Independent,
        Self::Judicial,
        Self::CivilSociety,
        Self::International,
        Self::Private,
    ];

    pub fn label(self) -> String {
        match self {
            Self::Government => crate::fl!("institution-government"),
            Self::Independent => crate::fl!("institution-independent"),
            Self::Judicial => crate::fl!("institution-judicial"),
            Self::CivilSociety => crate::fl!("institution-civil-society"),
            Self::International => crate::fl!("institution-international"),
            Self::Private => crate::fl!("institution-private"),
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub id: String,
    pub term: String,
    pub definition: String,
    #[serde(default)]
    pub references: Vec<String>,
}

/// Where a checklist id points to: a goal, or an action within a goal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ItemRef {
    pub area: usize,
    pub goal: usize,
    pub action: Option<usize>,
}

/// A validated content pack, with indexes for lookups by id.
#[derive(Debug, Clone)]
pub struct Content {
    pub meta: PackMeta,
    pub areas: Vec<Area>,
    pub institutions: Vec<Institution>,
    pub glossary: Vec<Term>,
    /// Acronyms spelled out in the pack's language (`abbreviations.ron`), for the draft's list
    /// of abbreviations.
    pub abbreviations: BTreeMap<String, String>,
    /// Ids of the entries a translation lacks, shown in English and marked [`FALLBACK_MARK`].
    pub english_fallback: Vec<String>,
    items: BTreeMap<String, ItemRef>,
    institution_index: BTreeMap<String, usize>,
}

/// Counts that describe a pack in one line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct PackCounts {
    pub areas: usize,
    pub goals: usize,
    pub actions: usize,
    pub institutions: usize,
    pub terms: usize,
    pub aliases: usize,
}

impl std::fmt::Display for PackCounts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::fl!(
            "pack-counts",
            areas = self.areas,
            goals = self.goals,
            actions = self.actions,
            institutions = self.institutions,
            terms = self.terms,
            aliases = self.aliases
        ))
    }
}

impl Content {
    fn new(
        meta: PackMeta,
        areas: Vec<Area>,
        institutions: Vec<Institution>,
        glossary: Vec<Term>,
    ) -> Self {
        let mut items = BTreeMap::new();
        for (a, area) in areas.iter().enumerate() {
            for (g, goal) in area.goals.iter().enumerate() {
                let goal_ref = ItemRef { area: a, goal: g, action: None };
                items.insert(goal.id.clone(), goal_ref);
                for (i, action) in goal.actions.iter().enumerate() {
                    items.insert(action.id.clone(), ItemRef { action: Some(i), ..goal_ref });
                }
            }
        }
        let institution_index =
            institutions.iter().enumerate().map(|(i, inst)| (inst.id.clone(), i)).collect();
        Content {
            meta,
            areas,
            institutions,
            glossary,
            abbreviations: BTreeMap::new(),
            english_fallback: Vec::new(),
            items,
            institution_index,
        }
    }

    /// The English pack compiled into the binary. It is validated by the test suite, so
    /// failing here is a build defect, not a user error.
    pub fn embedded() -> Content {
        load(&PackSource::Embedded).expect("the embedded content pack is valid")
    }

    /// The pack compiled into the binary for a plan in `language` (English when napwiz has
    /// none in that language); validated by the test suite like [`Content::embedded`].
    pub fn embedded_in(language: &str) -> Content {
        load_for(&PackSource::Embedded, language).expect("the embedded content packs are valid")
    }

    pub fn counts(&self) -> PackCounts {
        PackCounts {
            areas: self.areas.len(),
            goals: self.goals().count(),
            actions: self.actions().count(),
            institutions: self.institutions.len(),
            terms: self.glossary.len(),
            aliases: self.meta.aliases.len(),
        }
    }

    pub fn goals(&self) -> impl Iterator<Item = (&Area, &Goal)> {
        self.areas.iter().flat_map(|area| area.goals.iter().map(move |goal| (area, goal)))
    }

    pub fn actions(&self) -> impl Iterator<Item = (&Area, &Goal, &Action)> {
        self.goals()
            .flat_map(|(area, goal)| goal.actions.iter().map(move |action| (area, goal, action)))
    }

    pub fn item(&self, id: &str) -> Option<ItemRef> {
        self.items.get(id).copied()
    }

    pub fn has_item(&self, id: &str) -> bool {
        self.items.contains_key(id)
    }

    /// The live id a merged-away id now lives at (`pack.ron` aliases); `None` for a live id or
    /// an id the pack never had.
    pub fn moved_to(&self, id: &str) -> Option<&str> {
        self.meta.aliases.get(id).map(String::as_str).filter(|_| !self.has_item(id))
    }

    pub fn area(&self, id: &str) -> Option<&Area> {
        self.areas.iter().find(|area| area.id == id)
    }

    pub fn goal(&self, id: &str) -> Option<&Goal> {
        let r = self.item(id).filter(|r| r.action.is_none())?;
        Some(&self.areas[r.area].goals[r.goal])
    }

    pub fn action(&self, id: &str) -> Option<(&Goal, &Action)> {
        let r = self.item(id)?;
        let goal = &self.areas[r.area].goals[r.goal];
        Some((goal, &goal.actions[r.action?]))
    }

    /// The area an item (goal or action) belongs to.
    pub fn area_of(&self, id: &str) -> Option<&Area> {
        self.item(id).map(|r| &self.areas[r.area])
    }

    pub fn institution(&self, id: &str) -> Option<&Institution> {
        self.institution_index.get(id).map(|&i| &self.institutions[i])
    }

    /// The suggested lead of an action: its own, or else its goal's.
    pub fn action_lead<'a>(&self, goal: &'a Goal, action: &'a Action) -> &'a [String] {
        if action.lead.is_empty() { &goal.lead } else { &action.lead }
    }

    /// The suggested partners of an action: its own, or else its goal's.
    pub fn action_partners<'a>(&self, goal: &'a Goal, action: &'a Action) -> &'a [String] {
        if action.partners.is_empty() { &goal.partners } else { &action.partners }
    }

    /// The indicators suggested for an action: its own, or else (until the pack gives every
    /// action its own) its goal's.
    pub fn action_indicators<'a>(
        &self,
        goal: &'a Goal,
        action: &'a Action,
    ) -> &'a [SuggestedIndicator] {
        if action.indicators.is_empty() { &goal.indicators } else { &action.indicators }
    }

    /// The pack's suggestion behind an indicator of an item (matched by text), to show its
    /// caution wherever the plan's copy appears.
    pub fn suggested_indicator(&self, item: &str, text: &str) -> Option<&SuggestedIndicator> {
        let (goal, action) = match self.action(item) {
            Some((goal, action)) => (goal, Some(action)),
            None => (self.goal(item)?, None),
        };
        let own = action.map(|a| a.indicators.as_slice()).unwrap_or_default();
        own.iter().chain(&goal.indicators).find(|s| s.text == text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn indicator(direction: Direction, note: &str) -> SuggestedIndicator {
        SuggestedIndicator {
            text: "Number of presumed victims detected".into(),
            kind: IndicatorKind::Output,
            target: "[N] per year".into(),
            direction,
            note: note.into(),
        }
    }

    #[test]
    fn an_ambiguous_indicator_carries_its_note_as_a_caution() {
        let i = indicator(Direction::Ambiguous, "more may mean better detection");
        assert_eq!(
            i.caution().as_deref(),
            Some("direction not obvious: more may mean better detection")
        );
        assert_eq!(
            i.describe(),
            "Number of presumed victims detected (output); target e.g. [N] per year [direction not obvious: more may mean better detection]"
        );
    }

    #[test]
    fn a_plain_direction_is_a_label_not_a_caution() {
        let i = indicator(Direction::LowerIsBetter, "");
        assert_eq!(i.caution(), None);
        assert!(
            i.describe()
                .starts_with("Number of presumed victims detected (output; lower is better)")
        );
        assert_eq!(indicator(Direction::Unstated, "").caution(), None);
    }

    #[test]
    fn the_suggestion_behind_a_plan_indicator_is_found_on_the_action_or_its_goal() {
        let content = Content::embedded();
        let goal = content.goal("P1").unwrap();
        let from_goal = &goal.indicators[0];
        assert_eq!(content.suggested_indicator("P1.2", &from_goal.text), Some(from_goal));
        assert_eq!(content.suggested_indicator("P1.2", "a text the team wrote"), None);
    }
}
