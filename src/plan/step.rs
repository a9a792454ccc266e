//! The steps of working through a plan, in order: the same walk in the wizard (one screen per
//! step) and in the plain mode (one section per step), remembered by a stable key.

use crate::content::Content;

/// One step of the walk through a plan (a screen of the wizard, a section of the plain mode).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Start,
    Setup,
    Roster,
    Area(usize),
    Review,
    Monitoring,
    Generate,
    /// Following the adopted plan: reports per action for a reporting period (Chapter B).
    Monitor,
    /// A reporting period's figures: implementation, indicators, spending, who owes reports.
    Progress,
}

impl Step {
    /// The plan's life after adoption: not steps of the design walk, reached from any step.
    pub const MONITORING: [Step; 2] = [Step::Monitor, Step::Progress];

    /// Every step in order, for a pack with `areas` areas.
    pub fn all(areas: usize) -> Vec<Step> {
        let mut steps = vec![Step::Start, Step::Setup, Step::Roster];
        steps.extend((0..areas).map(Step::Area));
        steps.extend([Step::Review, Step::Monitoring, Step::Generate]);
        steps
    }

    pub fn name(self, content: &Content) -> String {
        match self {
            Step::Start => crate::fl!("step-start"),
            Step::Setup => crate::fl!("step-setup"),
            Step::Roster => crate::fl!("step-roster"),
            Step::Area(i) => {
                content.areas.get(i).map_or_else(|| crate::fl!("step-area"), |a| a.title.clone())
            }
            Step::Review => crate::fl!("step-review"),
            Step::Monitoring => crate::fl!("step-monitoring"),
            Step::Generate => crate::fl!("step-generate"),
            Step::Monitor => crate::fl!("step-monitor"),
            Step::Progress => crate::fl!("step-progress"),
        }
    }

    /// A name that stays the same across languages and content wordings, for remembering where
    /// a plan was left: `setup`, `area:P`, `review`, ...
    pub fn key(self, content: &Content) -> String {
        match self {
            Step::Start => "start".into(),
            Step::Setup => "setup".into(),
            Step::Roster => "institutions".into(),
            Step::Area(i) => format!("area:{}", content.areas.get(i).map_or("", |a| &a.id)),
            Step::Review => "review".into(),
            Step::Monitoring => "monitoring".into(),
            Step::Generate => "generate".into(),
            Step::Monitor => "monitor".into(),
            Step::Progress => "progress".into(),
        }
    }

    /// The step a [`Step::key`] names, if the content has it.
    pub fn from_key(key: &str, content: &Content) -> Option<Step> {
        let all = Step::all(content.areas.len()).into_iter().chain(Step::MONITORING);
        all.into_iter().find(|s| s.key(content) == key)
    }
}
