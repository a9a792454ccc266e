//! The editable fields of a plan (plan setup, an item's decision, monitoring): what each is
//! called, what it expects and what it shows. Every front end (the wizard's forms, the plain
//! mode's questions) lists and shows fields from here, so they all read the same.

use std::borrow::Cow;

use super::monitor::{ReportField, form as report};
use super::{Decision, Frequency, Indicator, ItemKind, Plan, Priority, Timeframe};
use crate::content::Content;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Field {
    Meta(MetaField),
    Item(String, ItemField),
    Monitoring(MonitoringField),
    /// A field of one action's progress report for one period: (period, action, field).
    Report(String, String, ReportField),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MetaField {
    Title,
    Country,
    FirstYear,
    LastYear,
    CoordinatingBody,
    NationalCoordinator,
    Facilitator,
    WorkshopDates,
    Language,
    Currency,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemField {
    /// The wording of a custom goal or action.
    Wording,
    Inclusion,
    Baseline,
    Priority,
    Timeframe,
    Lead,
    Partners,
    Indicator(usize, IndicatorField),
    AddIndicator,
    BudgetAmount,
    BudgetSource,
    Notes,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IndicatorField {
    Text,
    Kind,
    Baseline,
    Target,
    Verification,
    Frequency,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MonitoringField {
    Body,
    Reporting,
    Review,
    MidTerm,
    Final,
    DataSources,
    Notes,
}

pub fn meta_fields() -> Vec<Field> {
    use MetaField::*;
    [
        Title,
        Country,
        FirstYear,
        LastYear,
        CoordinatingBody,
        NationalCoordinator,
        Facilitator,
        WorkshopDates,
        Language,
        Currency,
    ]
    .into_iter()
    .map(Field::Meta)
    .collect()
}

pub fn monitoring_fields() -> Vec<Field> {
    use MonitoringField::*;
    [Body, Reporting, Review, MidTerm, Final, DataSources, Notes]
        .into_iter()
        .map(Field::Monitoring)
        .collect()
}

/// The fields of a goal or action's decision, indicators expanded.
pub fn item_fields(plan: &Plan, content: &Content, id: &str) -> Vec<Field> {
    use ItemField::*;
    let custom = !content.has_item(id);
    let is_goal = matches!(plan.item_kind(id, content), Some(ItemKind::Goal));
    let mut fields: Vec<ItemField> = Vec::new();
    if custom {
        fields.push(Wording);
    }
    if is_goal {
        fields.extend([Baseline, Notes]);
    } else {
        fields.extend([Inclusion, Baseline, Priority, Timeframe, Lead, Partners]);
        let indicators = plan.decision(id).map_or(0, |d| d.indicators.len());
        for i in 0..indicators {
            use IndicatorField as I;
            fields.extend(
                [I::Text, I::Kind, I::Baseline, I::Target, I::Verification, I::Frequency]
                    .map(|f| Indicator(i, f)),
            );
        }
        fields.extend([AddIndicator, BudgetAmount, BudgetSource, Notes]);
    }
    fields.into_iter().map(|f| Field::Item(id.to_string(), f)).collect()
}

pub fn label(field: &Field) -> String {
    match field {
        Field::Report(_, _, f) => report::name(*f),
        Field::Meta(m) => match m {
            MetaField::Title => crate::fl!("field-title"),
            MetaField::Country => crate::fl!("field-country"),
            MetaField::FirstYear => crate::fl!("field-first-year"),
            MetaField::LastYear => crate::fl!("field-last-year"),
            MetaField::CoordinatingBody => crate::fl!("field-coordinating-body"),
            MetaField::NationalCoordinator => crate::fl!("field-national-coordinator"),
            MetaField::Facilitator => crate::fl!("field-facilitator"),
            MetaField::WorkshopDates => crate::fl!("field-workshop-dates"),
            MetaField::Language => crate::fl!("field-language"),
            MetaField::Currency => crate::fl!("field-currency"),
        },
        Field::Monitoring(m) => match m {
            MonitoringField::Body => crate::fl!("field-monitoring-body"),
            MonitoringField::Reporting => crate::fl!("field-reporting"),
            MonitoringField::Review => crate::fl!("field-review"),
            MonitoringField::MidTerm => crate::fl!("field-mid-term"),
            MonitoringField::Final => crate::fl!("field-final"),
            MonitoringField::DataSources => crate::fl!("field-data-sources"),
            MonitoringField::Notes => crate::fl!("field-notes"),
        },
        Field::Item(_, f) => match f {
            ItemField::Wording => crate::fl!("field-wording"),
            ItemField::Inclusion => crate::fl!("field-inclusion"),
            ItemField::Baseline => crate::fl!("field-baseline"),
            ItemField::Priority => crate::fl!("field-priority"),
            ItemField::Timeframe => crate::fl!("field-timeframe"),
            ItemField::Lead => crate::fl!("field-lead"),
            ItemField::Partners => crate::fl!("field-partners"),
            ItemField::Indicator(i, f) => match f {
                IndicatorField::Text => crate::fl!("field-indicator", n = (*i + 1)),
                IndicatorField::Kind => format!("  {}", crate::fl!("field-indicator-kind")),
                IndicatorField::Baseline => format!("  {}", crate::fl!("field-indicator-baseline")),
                IndicatorField::Target => format!("  {}", crate::fl!("field-indicator-target")),
                IndicatorField::Verification => {
                    format!("  {}", crate::fl!("field-indicator-verification"))
                }
                IndicatorField::Frequency => {
                    format!("  {}", crate::fl!("field-indicator-frequency"))
                }
            },
            ItemField::AddIndicator => format!("+ {}", crate::fl!("field-add-indicator")),
            ItemField::BudgetAmount => crate::fl!("field-budget-amount"),
            ItemField::BudgetSource => crate::fl!("field-budget-source"),
            ItemField::Notes => crate::fl!("field-notes"),
        },
    }
}

/// What a text field expects, shown under its prompt before anything is typed, so the format
/// is known before an error can say it.
pub fn hint(field: &Field) -> Option<String> {
    Some(match field {
        Field::Report(..) => return None,
        Field::Meta(MetaField::FirstYear | MetaField::LastYear) => crate::fl!("hint-year"),
        Field::Meta(MetaField::WorkshopDates) => crate::fl!("hint-workshop-dates"),
        Field::Meta(MetaField::Currency) => crate::fl!("hint-currency"),
        Field::Meta(MetaField::Title | MetaField::Country) => crate::fl!("hint-required"),
        Field::Monitoring(MonitoringField::MidTerm | MonitoringField::Final) => {
            crate::fl!("hint-evaluation-year")
        }
        Field::Monitoring(MonitoringField::DataSources) => crate::fl!("hint-data-sources"),
        Field::Item(_, ItemField::Timeframe) => crate::fl!("hint-timeframe"),
        Field::Item(_, ItemField::BudgetAmount) => crate::fl!("hint-budget-amount"),
        _ => return None,
    })
}

fn or_dash(text: &str) -> String {
    if text.trim().is_empty() { "-".into() } else { text.to_string() }
}

fn year_text(year: Option<u16>) -> String {
    year.map(|y| y.to_string()).unwrap_or_default()
}

/// The value as shown in a form (one line; "-" when empty).
pub fn display(plan: &Plan, content: &Content, field: &Field) -> String {
    match field {
        Field::Report(period, action, f) => report::display(plan, period, action, *f),
        Field::Item(id, ItemField::Inclusion) => decision(plan, id).inclusion.label(),
        Field::Item(id, ItemField::Baseline) => decision(plan, id).baseline.label(),
        Field::Item(id, ItemField::Priority) => {
            decision(plan, id).priority.map_or("-".into(), Priority::label)
        }
        Field::Item(id, ItemField::Timeframe) => {
            decision(plan, id).timeframe.map_or("-".into(), Timeframe::label)
        }
        Field::Item(id, ItemField::Lead) => decision(plan, id)
            .lead
            .as_deref()
            .map_or("-".into(), |l| institution_label(plan, content, l)),
        Field::Item(id, ItemField::Partners) => {
            let d = decision(plan, id);
            let codes: Vec<&str> =
                d.partners.iter().map(|p| plan.institution_code(p, content)).collect();
            or_dash(&codes.join(", "))
        }
        Field::Item(id, ItemField::Indicator(i, IndicatorField::Kind)) => {
            indicator(plan, id, *i).map_or("-".into(), |x| x.kind.label())
        }
        Field::Item(id, ItemField::Indicator(i, IndicatorField::Frequency)) => {
            indicator(plan, id, *i).and_then(|x| x.frequency).map_or("-".into(), Frequency::label)
        }
        Field::Item(_, ItemField::AddIndicator) => String::new(),
        Field::Monitoring(MonitoringField::Body) => {
            let body = &plan.monitoring.body;
            if body.is_empty() { "-".into() } else { institution_label(plan, content, body) }
        }
        Field::Monitoring(MonitoringField::Reporting) => {
            plan.monitoring.reporting.map_or("-".into(), Frequency::label)
        }
        Field::Monitoring(MonitoringField::Review) => {
            plan.monitoring.review.map_or("-".into(), Frequency::label)
        }
        _ => or_dash(&text_of(plan, content, field).replace('\n', " / ")),
    }
}

fn institution_label(plan: &Plan, content: &Content, id: &str) -> String {
    format!("{} ({})", plan.institution_code(id, content), plan.institution_name(id, content))
}

fn decision<'a>(plan: &'a Plan, id: &str) -> Cow<'a, Decision> {
    plan.decision(id).map_or_else(|| Cow::Owned(Decision::default()), Cow::Borrowed)
}

fn indicator<'a>(plan: &'a Plan, id: &str, i: usize) -> Option<&'a Indicator> {
    plan.decision(id)?.indicators.get(i)
}

/// The text a text editor starts with.
pub fn text_of(plan: &Plan, content: &Content, field: &Field) -> String {
    let m = &plan.meta;
    match field {
        Field::Report(period, action, f) => report::text_of(plan, period, action, *f),
        Field::Meta(f) => match f {
            MetaField::Title => m.title.clone(),
            MetaField::Country => m.country.clone(),
            MetaField::FirstYear => m.period.first.to_string(),
            MetaField::LastYear => m.period.last.to_string(),
            MetaField::CoordinatingBody => m.coordinating_body.clone(),
            MetaField::NationalCoordinator => m.national_coordinator.clone(),
            MetaField::Facilitator => m.facilitator.clone(),
            MetaField::WorkshopDates => m.workshop_dates.join(", "),
            MetaField::Language => m.language.clone(),
            MetaField::Currency => m.currency.clone(),
        },
        Field::Monitoring(f) => match f {
            MonitoringField::MidTerm => year_text(plan.monitoring.mid_term_evaluation),
            MonitoringField::Final => year_text(plan.monitoring.final_evaluation),
            MonitoringField::DataSources => plan.monitoring.data_sources.join("\n"),
            MonitoringField::Notes => plan.monitoring.notes.clone(),
            _ => display(plan, content, field),
        },
        Field::Item(id, f) => {
            let d = decision(plan, id);
            match f {
                ItemField::Wording => custom_wording(plan, id),
                ItemField::Timeframe => d.timeframe.map(Timeframe::label).unwrap_or_default(),
                ItemField::Indicator(i, f) => {
                    indicator(plan, id, *i).map_or_else(String::new, |x| match f {
                        IndicatorField::Text => x.text.clone(),
                        IndicatorField::Baseline => x.baseline.clone(),
                        IndicatorField::Target => x.target.clone(),
                        IndicatorField::Verification => x.verification.clone(),
                        _ => String::new(),
                    })
                }
                ItemField::BudgetAmount => d
                    .budget
                    .as_ref()
                    .and_then(|b| b.amount)
                    .map(crate::i18n::number)
                    .unwrap_or_default(),
                ItemField::BudgetSource => {
                    d.budget.as_ref().map(|b| b.source.clone()).unwrap_or_default()
                }
                ItemField::Notes => d.notes.clone(),
                _ => String::new(),
            }
        }
    }
}

fn custom_wording(plan: &Plan, id: &str) -> String {
    let goal = plan.custom_goals.iter().find(|g| g.id == id).map(|g| g.title.clone());
    goal.or_else(|| plan.custom_actions.iter().find(|a| a.id == id).map(|a| a.text.clone()))
        .unwrap_or_default()
}

/// A field's label, worded with the plan where it needs it (a report's indicator values).
pub fn label_in(plan: &Plan, field: &Field) -> String {
    match field {
        Field::Report(_, action, f) => report::label(plan, action, *f),
        _ => label(field),
    }
}

/// A field's hint, worded with the plan where it needs it (what an indicator's value is).
pub fn hint_in(plan: &Plan, field: &Field) -> Option<String> {
    match field {
        Field::Report(_, action, f) => report::hint(plan, action, *f),
        _ => hint(field),
    }
}
