//! How the wizard edits each field of a plan: by cycling, in a text editor, or in a picker. The
//! fields themselves, and the changes they make, are the plan's (`plan::fields`, `plan::edit`).

use super::state::PickTarget;
use crate::plan::fields::{Field, IndicatorField, ItemField, MetaField, MonitoringField};
use crate::plan::monitor::form as report;

/// How a field is changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Edit {
    /// Left/Right or Space step through a fixed set of values.
    Cycle,
    /// Enter opens a text editor.
    Text { multiline: bool },
    /// Space cycles through common values; Enter opens a text editor for any value.
    CycleOrText,
    /// Enter opens a picker.
    Pick(PickTarget),
    /// Enter does something (add an indicator).
    Button,
}

pub fn edit_kind(field: &Field) -> Edit {
    match field {
        Field::Meta(MetaField::Language) => Edit::CycleOrText,
        Field::Meta(_) => Edit::Text { multiline: false },
        Field::Report(_, _, f) if report::cycles(*f) => Edit::Cycle,
        Field::Report(_, _, f) => Edit::Text { multiline: report::multiline(*f) },
        Field::Monitoring(m) => match m {
            MonitoringField::Body => Edit::Pick(PickTarget::MonitoringBody),
            MonitoringField::Reporting | MonitoringField::Review => Edit::Cycle,
            MonitoringField::DataSources | MonitoringField::Notes => Edit::Text { multiline: true },
            MonitoringField::MidTerm | MonitoringField::Final => Edit::Text { multiline: false },
        },
        Field::Item(id, f) => match f {
            ItemField::Inclusion | ItemField::Baseline | ItemField::Priority => Edit::Cycle,
            ItemField::Timeframe => Edit::CycleOrText,
            ItemField::Lead => Edit::Pick(PickTarget::Lead(id.clone())),
            ItemField::Partners => Edit::Pick(PickTarget::Partners(id.clone())),
            ItemField::Indicator(_, IndicatorField::Kind | IndicatorField::Frequency) => {
                Edit::Cycle
            }
            ItemField::Indicator(..)
            | ItemField::Wording
            | ItemField::BudgetAmount
            | ItemField::BudgetSource => Edit::Text { multiline: false },
            ItemField::AddIndicator => Edit::Button,
            ItemField::Notes => Edit::Text { multiline: true },
        },
    }
}
