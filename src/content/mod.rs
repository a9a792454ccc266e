//! The checklist content pack: areas, goals, actions, institutions and glossary, as read from
//! RON files (embedded in the binary or from a folder). Content is read-only; the plan refers to
//! it by id.

mod check;
mod embedded;
mod load;
mod locate;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub use check::{Problem, check_files, parse_ron};
pub use embedded::{EMBEDDED, export_embedded};
pub use load::{PackFiles, PackSource, load};

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
    pub fn label(self) -> &'static str {
        match self {
            Horizon::Short => "short term",
            Horizon::Long => "long term",
            Horizon::ShortAndLong => "short term first step, then long term",
        }
    }
}

/// An example indicator the pack suggests for a goal (written `Indicator(...)` in the files).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename = "Indicator")]
pub struct SuggestedIndicator {
    pub text: String,
    pub kind: IndicatorKind,
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

    pub fn label(self) -> &'static str {
        match self {
            Self::Input => "input",
            Self::Output => "output",
            Self::Outcome => "outcome",
            Self::Impact => "impact",
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

    pub fn label(self) -> &'static str {
        match self {
            Self::Government => "government",
            Self::Independent => "independent",
            Self::Judicial => "judicial",
            Self::CivilSociety => "civil society",
            Self::International => "international",
            Self::Private => "private",
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
}

impl std::fmt::Display for PackCounts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} areas, {} goals, {} actions, {} institutions, {} terms",
            self.areas, self.goals, self.actions, self.institutions, self.terms
        )
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
        Content { meta, areas, institutions, glossary, items, institution_index }
    }

    /// The pack compiled into the binary. It is validated by the test suite, so failing here
    /// is a build defect, not a user error.
    pub fn embedded() -> Content {
        load(&PackSource::Embedded).expect("the embedded content pack is valid")
    }

    pub fn counts(&self) -> PackCounts {
        PackCounts {
            areas: self.areas.len(),
            goals: self.goals().count(),
            actions: self.actions().count(),
            institutions: self.institutions.len(),
            terms: self.glossary.len(),
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
}
