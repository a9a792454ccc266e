//! Reading and writing plan files, across format versions. Old versions are frozen types that
//! are never edited; each is migrated one step up to the current [`Plan`].

use std::collections::BTreeMap;

use ron::ser::PrettyConfig;
use serde::Deserialize;

use super::plan_id::id_from_bytes;
use super::{
    Baseline, ContentRef, Decision, Inclusion, Meta, Monitoring, PLAN_FORMAT, PLAN_VERSION, Period,
    Plan, Priority, Roster, Timeframe,
};
use crate::content::{Problem, parse_ron};

/// Writes a plan as pretty RON in a stable order, non-ASCII text readable, ending in a newline.
pub fn to_ron(plan: &Plan) -> String {
    let config = PrettyConfig::new()
        .new_line("\n".to_string())
        .indentor("    ".to_string())
        .escape_strings(false)
        .struct_names(false)
        // `priority: High` rather than `priority: Some(High)`: easier to read and to hand-edit.
        .extensions(ron::extensions::Extensions::IMPLICIT_SOME);
    let mut text = ron::ser::to_string_pretty(plan, config).expect("a plan always serialises");
    text.push('\n');
    text
}

/// The first two fields of any plan file, read before the rest to pick the right version.
#[derive(Deserialize)]
struct Header {
    #[serde(default)]
    format: String,
    #[serde(default = "missing_version")]
    version: u32,
}

fn missing_version() -> u32 {
    u32::MAX
}

/// A parsed plan and the version it was stored in.
#[derive(Debug)]
pub struct Parsed {
    pub plan: Plan,
    pub migrated_from: Option<u32>,
}

/// Parses a plan file of any known version. Problems carry the file's display name, line and
/// column, and what was expected.
pub fn from_ron(display_path: &str, text: &str) -> Result<Parsed, Problem> {
    // A plan in this version, the usual case, is parsed once: reading the header alone parses
    // the whole file too. Anything else is read again below, for migration or a clear error.
    if let Ok(plan) = parse_ron::<Plan>(display_path, text)
        && plan.format == PLAN_FORMAT
        && plan.version == PLAN_VERSION
    {
        return Ok(Parsed { plan, migrated_from: None });
    }
    let header: Header = parse_ron(display_path, text)?;
    let at_top = |msg: String| Problem::new(display_path.to_string(), 1, 1, msg);
    if header.format != PLAN_FORMAT {
        let found = match header.format.as_str() {
            "" => crate::fl!("migrate-no-format"),
            f => crate::fl!("migrate-format", format = f),
        };
        return Err(at_top(crate::fl!(
            "migrate-not-a-plan",
            found = found,
            format = PLAN_FORMAT,
            version = PLAN_VERSION.to_string()
        )));
    }
    match header.version {
        0 => {
            let old: v0::PlanV0 = parse_ron(display_path, text)?;
            let v1: v1::PlanV1 = old.into();
            Ok(Parsed { plan: v1.upgrade(text), migrated_from: Some(0) })
        }
        1 => {
            let old: v1::PlanV1 = parse_ron(display_path, text)?;
            Ok(Parsed { plan: old.upgrade(text), migrated_from: Some(1) })
        }
        PLAN_VERSION => Ok(Parsed { plan: parse_ron(display_path, text)?, migrated_from: None }),
        u32::MAX => {
            Err(at_top(crate::fl!("migrate-no-version", version = PLAN_VERSION.to_string())))
        }
        newer => Err(at_top(crate::fl!(
            "migrate-newer",
            newer = newer.to_string(),
            version = PLAN_VERSION.to_string()
        ))),
    }
}

/// Version 0: the prototype format of napwiz's first sketches. Frozen: never edit.
mod v0 {
    use super::*;

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct PlanV0 {
        #[allow(dead_code)]
        pub format: String,
        #[allow(dead_code)]
        pub version: u32,
        pub title: String,
        pub country: String,
        pub first_year: u16,
        pub last_year: u16,
        #[serde(default)]
        pub facilitator: String,
        #[serde(default)]
        pub content_version: String,
        #[serde(default)]
        pub institutions: Vec<String>,
        #[serde(default)]
        pub decisions: Vec<DecisionV0>,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct DecisionV0 {
        pub id: String,
        #[serde(default)]
        pub status: String,
        #[serde(default)]
        pub include: bool,
        /// 1 = high, 2 = medium, 3 = low, 0 = not set.
        #[serde(default)]
        pub priority: u8,
        /// "short", "medium" or "long".
        #[serde(default)]
        pub term: String,
        #[serde(default)]
        pub lead: String,
        #[serde(default)]
        pub partners: Vec<String>,
        #[serde(default)]
        pub note: String,
    }

    impl From<PlanV0> for super::v1::PlanV1 {
        fn from(old: PlanV0) -> super::v1::PlanV1 {
            let items: BTreeMap<String, Decision> =
                old.decisions.into_iter().map(|d| (d.id.clone(), d.into())).collect();
            super::v1::PlanV1 {
                format: PLAN_FORMAT.into(),
                version: 1,
                meta: Meta {
                    title: old.title,
                    country: old.country,
                    period: Period { first: old.first_year, last: old.last_year },
                    coordinating_body: String::new(),
                    national_coordinator: String::new(),
                    facilitator: old.facilitator,
                    workshop_dates: vec![],
                    language: "en".into(),
                    currency: String::new(),
                    content: ContentRef {
                        id: "napwiz-chapter-a".into(),
                        version: old.content_version,
                    },
                },
                roster: Roster { institutions: old.institutions, custom: vec![] },
                items,
                custom_goals: vec![],
                custom_actions: vec![],
                monitoring: Monitoring::default(),
                part: None,
                conflicts: vec![],
            }
        }
    }

    impl From<DecisionV0> for Decision {
        fn from(old: DecisionV0) -> Decision {
            let baseline = match old.status.as_str() {
                "exists" => Baseline::InPlace,
                "partial" => Baseline::PartlyInPlace,
                "missing" => Baseline::Missing,
                "n/a" => Baseline::NotApplicable,
                _ => Baseline::Unknown,
            };
            let priority = match old.priority {
                1 => Some(Priority::High),
                2 => Some(Priority::Medium),
                3 => Some(Priority::Low),
                _ => None,
            };
            let timeframe = match old.term.as_str() {
                "short" => Some(Timeframe::ShortTerm),
                "medium" => Some(Timeframe::MediumTerm),
                "long" => Some(Timeframe::LongTerm),
                _ => None,
            };
            // Version 0 could not tell "not included" from "not decided": an item with any
            // decision recorded but not included counts as excluded.
            let decided = old.include || priority.is_some() || baseline != Baseline::Unknown;
            let inclusion = match (old.include, decided) {
                (true, _) => Inclusion::Included,
                (false, true) => Inclusion::Excluded,
                (false, false) => Inclusion::Open,
            };
            Decision {
                baseline,
                inclusion,
                priority,
                timeframe,
                lead: Some(old.lead).filter(|l| !l.is_empty()),
                partners: old.partners,
                indicators: vec![],
                budget: None,
                notes: old.note,
            }
        }
    }
}

/// Version 1: the plan as designed in the workshop, before Chapter B monitoring. Frozen: never
/// edit. Its parts that version 2 left unchanged are shared with the current types; a later
/// version that changes one of them must first copy the old one in here.
mod v1 {
    use super::*;
    use crate::plan::{Conflict, CustomAction, CustomGoal, Part};

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    pub struct PlanV1 {
        pub format: String,
        #[allow(dead_code)]
        pub version: u32,
        pub meta: Meta,
        pub roster: Roster,
        #[serde(default)]
        pub items: BTreeMap<String, Decision>,
        #[serde(default)]
        pub custom_goals: Vec<CustomGoal>,
        #[serde(default)]
        pub custom_actions: Vec<CustomAction>,
        #[serde(default)]
        pub monitoring: Monitoring,
        #[serde(default)]
        pub part: Option<Part>,
        #[serde(default)]
        pub conflicts: Vec<Conflict>,
    }

    impl PlanV1 {
        /// Version 2 adds the plan id (derived from the original file, so every reading of
        /// it agrees until it is saved) and reporting periods (none yet).
        pub fn upgrade(self, original: &str) -> Plan {
            Plan {
                format: self.format,
                version: PLAN_VERSION,
                id: id_from_bytes(original.as_bytes()),
                meta: self.meta,
                roster: self.roster,
                items: self.items,
                custom_goals: self.custom_goals,
                custom_actions: self.custom_actions,
                monitoring: self.monitoring,
                periods: vec![],
                previous: None,
                part: self.part,
                conflicts: self.conflicts,
            }
        }
    }
}
