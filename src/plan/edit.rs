//! Changing a plan field by field: typed text parsed and checked, values cycled and cleared,
//! actions included, indicators, goals, actions and institutions of the plan's own added. The
//! wizard, the plain mode and the command line all edit through here, so they follow one set of
//! rules and refuse the same mistakes with the same words.

use super::fields::{Field, IndicatorField, ItemField, MetaField, MonitoringField};
use super::{
    Baseline, Budget, CustomAction, CustomGoal, CustomInstitution, Frequency, Inclusion, Indicator,
    ItemKind, Plan, Priority, Timeframe,
};
use crate::content::{Content, Horizon, IndicatorKind, InstitutionKind};

fn parse_year(text: &str) -> Result<Option<u16>, String> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    match text.parse::<u16>() {
        Ok(y) if (1990..=2100).contains(&y) => Ok(Some(y)),
        _ => Err(crate::fl!("edit-not-a-year", text = text)),
    }
}

fn required_year(text: &str) -> Result<u16, String> {
    parse_year(text)?.ok_or_else(|| crate::fl!("edit-year-required"))
}

/// True when `typed` (any case, `-` or `_` for spaces) is one of the comma-separated words
/// `words` gives in English or in any language napwiz ships: a French facilitator types
/// "court", an English one "short", into the same plan.
pub fn typed_as(typed: &str, words: impl Fn() -> String) -> bool {
    let typed = normalize_typed(typed);
    crate::i18n::interface_languages().iter().any(|language| {
        let words = crate::i18n::in_language(language, &words);
        words.split(',').any(|w| normalize_typed(w) == typed)
    })
}

fn normalize_typed(text: &str) -> String {
    text.trim().to_lowercase().replace(['-', '_'], " ")
}

/// Reads a timeframe typed by hand: short, medium, long (or the language's words: court,
/// corto, краткосрочный), 2028 or 2027-2029.
pub fn parse_timeframe(text: &str, plan: &Plan) -> Result<Option<Timeframe>, String> {
    let t = text.trim().to_lowercase();
    let period = plan.meta.period;
    let tf = match t.as_str() {
        "" => return Ok(None),
        t if typed_as(t, || crate::fl!("typed-timeframe-short")) => Timeframe::ShortTerm,
        t if typed_as(t, || crate::fl!("typed-timeframe-medium")) => Timeframe::MediumTerm,
        t if typed_as(t, || crate::fl!("typed-timeframe-long")) => Timeframe::LongTerm,
        _ => {
            let (a, b) = t.split_once('-').unwrap_or((&t, &t));
            let (first, last) = (required_year(a)?, required_year(b)?);
            if first > last {
                return Err(crate::fl!(
                    "edit-years-reversed",
                    first = first.to_string(),
                    last = last.to_string()
                ));
            }
            if !period.contains(first) || !period.contains(last) {
                return Err(crate::fl!(
                    "edit-years-outside",
                    first = first.to_string(),
                    last = last.to_string(),
                    period_first = period.first.to_string(),
                    period_last = period.last.to_string()
                ));
            }
            Timeframe::Years { first, last }
        }
    };
    Ok(Some(tf))
}

pub use super::parse_amount;

/// Writes edited text into the plan, or says what is wrong with it (the text is then kept in
/// the editor, never lost).
pub fn apply_text(
    plan: &mut Plan,
    content: &Content,
    field: &Field,
    text: &str,
) -> Result<(), String> {
    let line = crate::sanitize::clean_line(text).trim().to_string();
    let block = crate::sanitize::clean(text).trim_end().to_string();
    match field {
        Field::Meta(f) => apply_meta(plan, *f, line),
        Field::Monitoring(f) => {
            let m = &mut plan.monitoring;
            match f {
                MonitoringField::MidTerm => m.mid_term_evaluation = parse_year(&line)?,
                MonitoringField::Final => m.final_evaluation = parse_year(&line)?,
                MonitoringField::DataSources => {
                    m.data_sources = block
                        .lines()
                        .map(str::trim)
                        .filter(|l| !l.is_empty())
                        .map(String::from)
                        .collect()
                }
                MonitoringField::Notes => m.notes = block,
                _ => {}
            }
            Ok(())
        }
        Field::Item(id, f) => apply_item(plan, content, id, *f, line, block),
        Field::Report(period, action, f) => {
            super::monitor::form::apply_text(plan, period, action, *f, text)
        }
    }
}

fn apply_meta(plan: &mut Plan, field: MetaField, line: String) -> Result<(), String> {
    let m = &mut plan.meta;
    match field {
        MetaField::Title | MetaField::Country if line.is_empty() => {
            return Err(crate::fl!("edit-empty"));
        }
        MetaField::Title => m.title = line,
        MetaField::Country => m.country = line,
        MetaField::FirstYear => {
            let y = required_year(&line)?;
            if y > m.period.last {
                return Err(crate::fl!("edit-first-after-last", last = m.period.last.to_string()));
            }
            m.period.first = y;
        }
        MetaField::LastYear => {
            let y = required_year(&line)?;
            if y < m.period.first {
                return Err(crate::fl!(
                    "edit-last-before-first",
                    first = m.period.first.to_string()
                ));
            }
            m.period.last = y;
        }
        MetaField::CoordinatingBody => m.coordinating_body = line,
        MetaField::NationalCoordinator => m.national_coordinator = line,
        MetaField::Facilitator => m.facilitator = line,
        MetaField::WorkshopDates => {
            let dates: Vec<String> = line
                .split([',', ';'])
                .map(str::trim)
                .filter(|d| !d.is_empty())
                .map(String::from)
                .collect();
            if let Some(bad) = dates.iter().find(|d| d.parse::<jiff::civil::Date>().is_err()) {
                return Err(crate::fl!("edit-not-a-date", text = bad.as_str()));
            }
            m.workshop_dates = dates;
        }
        MetaField::Language => m.language = line,
        MetaField::Currency => m.currency = line.to_uppercase(),
    }
    Ok(())
}

fn apply_item(
    plan: &mut Plan,
    content: &Content,
    id: &str,
    field: ItemField,
    line: String,
    block: String,
) -> Result<(), String> {
    match field {
        ItemField::Wording => {
            if line.is_empty() {
                return Err(crate::fl!("edit-wording-empty"));
            }
            if let Some(g) = plan.custom_goals.iter_mut().find(|g| g.id == id) {
                g.title = line;
            } else if let Some(a) = plan.custom_actions.iter_mut().find(|a| a.id == id) {
                a.text = line;
            }
            return Ok(());
        }
        ItemField::Timeframe => {
            let tf = parse_timeframe(&line, plan)?;
            plan.items.entry(id.into()).or_default().timeframe = tf;
            if tf.is_some() {
                include_when_decided(plan, content, id);
            }
        }
        ItemField::BudgetAmount => {
            let amount = parse_amount(&line)?;
            budget(plan, id).amount = amount;
        }
        ItemField::BudgetSource => budget(plan, id).source = line,
        ItemField::Notes => plan.items.entry(id.into()).or_default().notes = block,
        ItemField::Indicator(i, f) => {
            let d = plan.items.entry(id.into()).or_default();
            let Some(x) = d.indicators.get_mut(i) else { return Ok(()) };
            match f {
                IndicatorField::Text if line.is_empty() => {
                    return Err(crate::fl!("edit-indicator-empty"));
                }
                IndicatorField::Text => x.text = line,
                IndicatorField::Baseline => x.baseline = line,
                IndicatorField::Target => x.target = line,
                IndicatorField::Verification => x.verification = line,
                _ => {}
            }
        }
        _ => {}
    }
    tidy(plan, content, id);
    Ok(())
}

fn budget<'a>(plan: &'a mut Plan, id: &str) -> &'a mut Budget {
    plan.items.entry(id.into()).or_default().budget.get_or_insert_with(Budget::default)
}

/// Drops empty leftovers so the file stays small: an empty budget, an empty decision.
fn tidy(plan: &mut Plan, _content: &Content, id: &str) {
    if let Some(d) = plan.items.get_mut(id) {
        if d.budget.as_ref().is_some_and(|b| b.amount.is_none() && b.source.is_empty()) {
            d.budget = None;
        }
        if d.is_empty() {
            plan.items.remove(id);
        }
    }
}

fn step<T: Copy + PartialEq>(all: &[T], current: T, forward: bool) -> T {
    let i = all.iter().position(|x| *x == current).unwrap_or(0);
    let n = all.len();
    all[if forward { (i + 1) % n } else { (i + n - 1) % n }]
}

/// Steps a cycling field to its next (or previous) value. Returns false when the field does
/// not cycle.
pub fn cycle(plan: &mut Plan, content: &Content, field: &Field, forward: bool) -> bool {
    match field {
        Field::Monitoring(MonitoringField::Reporting) => {
            plan.monitoring.reporting =
                step_option(&Frequency::ALL, plan.monitoring.reporting, forward)
        }
        Field::Monitoring(MonitoringField::Review) => {
            plan.monitoring.review = step_option(&Frequency::ALL, plan.monitoring.review, forward)
        }
        Field::Meta(MetaField::Language) => plan.meta.language = next_language(plan, forward),
        Field::Item(id, f) => return cycle_item(plan, content, id, *f, forward),
        Field::Report(period, action, f) => {
            return super::monitor::form::cycle(plan, period, action, *f, forward);
        }
        _ => return false,
    }
    true
}

/// The next language napwiz has a checklist in (its checklist and documents follow the plan's
/// language); a language typed in by hand goes to the first.
fn next_language(plan: &Plan, forward: bool) -> String {
    let languages = crate::content::languages();
    let all: Vec<&str> = languages.iter().map(String::as_str).collect();
    match all.contains(&plan.meta.language.as_str()) {
        true => step(&all, plan.meta.language.as_str(), forward).to_string(),
        false => all[0].to_string(),
    }
}

/// The next value of an optional field. Cycling never clears a value: from unset it goes to
/// the first (or last) value, then round the values; clearing is its own key ([`clear`]).
fn step_option<T: Copy + PartialEq>(all: &[T], current: Option<T>, forward: bool) -> Option<T> {
    match current {
        Some(value) => Some(step(all, value, forward)),
        None if forward => all.first().copied(),
        None => all.last().copied(),
    }
}

fn cycle_item(
    plan: &mut Plan,
    content: &Content,
    id: &str,
    field: ItemField,
    forward: bool,
) -> bool {
    let d = plan.items.get(id).cloned().unwrap_or_default();
    match field {
        ItemField::Inclusion => {
            // Included and not included alternate; "not decided" is only reached by clearing.
            let next = if d.inclusion == Inclusion::Included {
                Inclusion::Excluded
            } else {
                Inclusion::Included
            };
            set_inclusion(plan, content, id, next);
        }
        ItemField::Baseline => {
            plan.items.entry(id.into()).or_default().baseline =
                step(&Baseline::ALL, d.baseline, forward)
        }
        ItemField::Priority => {
            plan.items.entry(id.into()).or_default().priority =
                step_option(&Priority::ALL, d.priority, forward);
            include_when_decided(plan, content, id);
        }
        ItemField::Timeframe => {
            let terms = [Timeframe::ShortTerm, Timeframe::MediumTerm, Timeframe::LongTerm];
            let current = d.timeframe.filter(|t| terms.contains(t));
            plan.items.entry(id.into()).or_default().timeframe =
                step_option(&terms, current, forward);
            include_when_decided(plan, content, id);
        }
        ItemField::Indicator(i, IndicatorField::Kind) => {
            if let Some(x) = plan.items.entry(id.into()).or_default().indicators.get_mut(i) {
                x.kind = step(&IndicatorKind::ALL, x.kind, forward);
            }
        }
        ItemField::Indicator(i, IndicatorField::Frequency) => {
            if let Some(x) = plan.items.entry(id.into()).or_default().indicators.get_mut(i) {
                x.frequency = step_option(&Frequency::ALL, x.frequency, forward);
            }
        }
        _ => return false,
    }
    tidy(plan, content, id);
    true
}

/// Includes, excludes or reopens an action. Including pre-fills what the content suggests and
/// the team has not set: the action's own indicators (the goal's while the action has none) and
/// a timeframe from the goal's horizon.
pub fn set_inclusion(plan: &mut Plan, content: &Content, id: &str, inclusion: Inclusion) {
    let suggested = content.action(id);
    let d = plan.items.entry(id.into()).or_default();
    d.inclusion = inclusion;
    if inclusion == Inclusion::Included
        && let Some((goal, action)) = suggested
    {
        if d.indicators.is_empty() {
            d.indicators = content
                .action_indicators(goal, action)
                .iter()
                .map(|s| Indicator {
                    text: s.text.clone(),
                    kind: s.kind,
                    baseline: String::new(),
                    target: String::new(),
                    verification: String::new(),
                    frequency: None,
                })
                .collect();
        }
        if d.timeframe.is_none() {
            d.timeframe = Some(match goal.horizon {
                Horizon::Short | Horizon::ShortAndLong => Timeframe::ShortTerm,
                Horizon::Long => Timeframe::LongTerm,
            });
        }
    }
    tidy(plan, content, id);
}

/// The one rule for actions the team has not included: setting a priority, timeframe, lead or
/// partner includes the action (a lead for an action left out of the plan would be lost).
/// Wizard and plain mode both apply it; the wizard says so in its status line.
pub fn include_when_decided(plan: &mut Plan, content: &Content, id: &str) {
    let is_action = plan.item_kind(id, content) == Some(ItemKind::Action);
    if is_action && plan.decision(id).is_none_or(|d| !d.is_included()) {
        set_inclusion(plan, content, id, Inclusion::Included);
    }
}

/// Whether a field can be cleared with the clear key (back to "not set").
pub fn clearable(field: &Field) -> bool {
    matches!(
        field,
        Field::Item(
            _,
            ItemField::Inclusion
                | ItemField::Baseline
                | ItemField::Priority
                | ItemField::Timeframe
                | ItemField::Lead
                | ItemField::Partners
                | ItemField::Indicator(_, IndicatorField::Frequency)
        ) | Field::Monitoring(MonitoringField::Reporting | MonitoringField::Review)
    )
}

/// Clears a field back to "not set" (the explicit way; cycling never clears). Returns false
/// when the field cannot be cleared this way.
pub fn clear(plan: &mut Plan, content: &Content, field: &Field) -> bool {
    match field {
        Field::Monitoring(MonitoringField::Reporting) => plan.monitoring.reporting = None,
        Field::Monitoring(MonitoringField::Review) => plan.monitoring.review = None,
        Field::Item(id, f) if clearable(field) => {
            let d = plan.items.entry(id.clone()).or_default();
            match f {
                ItemField::Inclusion => d.inclusion = Inclusion::Open,
                ItemField::Baseline => d.baseline = Baseline::Unknown,
                ItemField::Priority => d.priority = None,
                ItemField::Timeframe => d.timeframe = None,
                ItemField::Lead => d.lead = None,
                ItemField::Partners => d.partners.clear(),
                ItemField::Indicator(i, _) => {
                    if let Some(x) = d.indicators.get_mut(*i) {
                        x.frequency = None;
                    }
                }
                _ => {}
            }
            tidy(plan, content, id);
        }
        _ => return false,
    }
    true
}

/// Adds an empty indicator to an action and returns its index.
pub fn add_indicator(plan: &mut Plan, id: &str) -> usize {
    let d = plan.items.entry(id.into()).or_default();
    d.indicators.push(Indicator {
        text: crate::fl!("edit-new-indicator"),
        kind: IndicatorKind::Output,
        baseline: String::new(),
        target: String::new(),
        verification: String::new(),
        frequency: None,
    });
    d.indicators.len() - 1
}

/// The first free id `prefix1`, `prefix2`, ... among custom goals and actions.
fn next_id(plan: &Plan, prefix: &str) -> String {
    (1..)
        .map(|n| format!("{prefix}{n}"))
        .find(|id| {
            !plan.custom_goals.iter().any(|g| &g.id == id)
                && !plan.custom_actions.iter().any(|a| &a.id == id)
        })
        .expect("ids are unbounded")
}

/// Adds an action of the plan's own under `goal`; returns its id.
pub fn add_custom_action(plan: &mut Plan, goal: &str, text: &str) -> String {
    let id = next_id(plan, &format!("{goal}.X"));
    plan.custom_actions.push(CustomAction { id: id.clone(), goal: goal.into(), text: text.into() });
    id
}

/// Adds a goal of the plan's own in `area`; returns its id.
pub fn add_custom_goal(plan: &mut Plan, area: &str, title: &str) -> String {
    let id = next_id(plan, &format!("{area}X"));
    plan.custom_goals.push(CustomGoal {
        id: id.clone(),
        area: area.into(),
        title: title.into(),
        guidance: String::new(),
    });
    id
}

/// "Anti-Trafficking Office, ATO": the name and the short code of a new institution.
pub fn parse_institution(line: &str) -> Result<(String, String), String> {
    match line.rsplit_once(',') {
        Some((name, code)) if !code.trim().is_empty() && !name.trim().is_empty() => {
            Ok((name.trim().to_string(), code.trim().to_string()))
        }
        _ => Err(crate::fl!("edit-institution-format")),
    }
}

/// Adds an institution of the plan's own, unless its code is taken.
pub fn add_custom_institution(
    plan: &mut Plan,
    content: &Content,
    name: &str,
    code: &str,
) -> Result<(), String> {
    let base = if code.chars().any(char::is_alphanumeric) { code } else { name };
    let id = format!("x-{}", crate::paths::slug(base));
    let taken = |id: &str| {
        content.institution(id).is_some() || plan.roster.custom.iter().any(|c| c.id == id)
    };
    if plan.roster.custom.iter().any(|c| c.code == code) || (base.is_ascii() && taken(&id)) {
        return Err(crate::fl!("edit-institution-exists", code = code));
    }
    // A Cyrillic or CJK code leaves nothing of itself in the slug: number such ids apart.
    let id = (1..)
        .map(|n| if n == 1 { id.clone() } else { format!("{id}-{n}") })
        .find(|id| !taken(id))
        .expect("a free id");
    plan.roster.custom.push(CustomInstitution {
        id,
        name: name.into(),
        code: code.into(),
        kind: InstitutionKind::Government,
    });
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::SuggestedIndicator;
    use crate::plan::Period;

    fn plan() -> (Plan, Content) {
        let content = Content::embedded();
        (Plan::new("NAP", "X", Period { first: 2027, last: 2030 }, &content), content)
    }

    #[test]
    fn institutions_with_cyrillic_or_cjk_codes_get_ids_of_their_own() {
        let (mut plan, content) = plan();
        add_custom_institution(&mut plan, &content, "Кризисный центр", "КЦ").unwrap();
        add_custom_institution(&mut plan, &content, "人口贩运问题办公室", "办公室").unwrap();
        let ids: Vec<&str> = plan.roster.custom.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids, ["x-plan", "x-plan-2"]);
        assert!(add_custom_institution(&mut plan, &content, "Другой", "КЦ").is_err(), "same code");
        add_custom_institution(&mut plan, &content, "Anti-Trafficking Office", "ATO").unwrap();
        assert!(add_custom_institution(&mut plan, &content, "Other", "ato").is_err(), "same id");
    }

    #[test]
    fn including_prefills_indicators_and_timeframe() {
        let (mut plan, content) = plan();
        set_inclusion(&mut plan, &content, "P1.1", Inclusion::Included);
        let d = plan.decision("P1.1").unwrap();
        assert!(!d.indicators.is_empty());
        assert!(d.timeframe.is_some());
    }

    /// An action of the pack with its goal's indicators and its own (emptied when `own` is off).
    fn pack_with_p1_1(own: bool) -> (Plan, Content) {
        let (plan, mut content) = plan();
        let action = &mut content.areas[0].goals[0].actions[0];
        assert_eq!(action.id, "P1.1");
        action.indicators = if own {
            vec![SuggestedIndicator {
                text: "Own indicator of P1.1".into(),
                kind: IndicatorKind::Output,
                target: "Published by [year]".into(),
                direction: Default::default(),
                note: String::new(),
            }]
        } else {
            vec![]
        };
        (plan, content)
    }

    #[test]
    fn including_copies_the_actions_own_indicators_not_the_goals() {
        let (mut plan, content) = pack_with_p1_1(true);
        set_inclusion(&mut plan, &content, "P1.1", Inclusion::Included);
        let texts: Vec<&str> =
            plan.decision("P1.1").unwrap().indicators.iter().map(|i| i.text.as_str()).collect();
        assert_eq!(texts, ["Own indicator of P1.1"]);
    }

    #[test]
    fn including_an_action_without_own_indicators_copies_the_goals() {
        let (mut plan, content) = pack_with_p1_1(false);
        set_inclusion(&mut plan, &content, "P1.1", Inclusion::Included);
        let copied: Vec<&str> =
            plan.decision("P1.1").unwrap().indicators.iter().map(|i| i.text.as_str()).collect();
        let goal: Vec<&str> =
            content.goal("P1").unwrap().indicators.iter().map(|i| i.text.as_str()).collect();
        assert_eq!(copied, goal);
    }

    #[test]
    fn timeframes_parse_terms_and_years_in_the_period() {
        let (plan, _) = plan();
        assert_eq!(parse_timeframe("medium", &plan), Ok(Some(Timeframe::MediumTerm)));
        assert_eq!(
            parse_timeframe("2028-2029", &plan),
            Ok(Some(Timeframe::Years { first: 2028, last: 2029 }))
        );
        assert_eq!(
            parse_timeframe("2028", &plan),
            Ok(Some(Timeframe::Years { first: 2028, last: 2028 }))
        );
        assert!(parse_timeframe("2026", &plan).unwrap_err().contains("outside the plan period"));
        assert!(parse_timeframe("soon", &plan).is_err());
    }

    #[test]
    fn timeframes_are_read_in_the_words_of_any_shipped_language() {
        let (plan, _) = plan();
        for (typed, timeframe) in [
            ("court terme", Timeframe::ShortTerm),
            ("Moyen", Timeframe::MediumTerm),
            ("largo plazo", Timeframe::LongTerm),
            ("c", Timeframe::ShortTerm),
            ("среднесрочный", Timeframe::MediumTerm),
            ("д", Timeframe::LongTerm),
        ] {
            assert_eq!(parse_timeframe(typed, &plan), Ok(Some(timeframe)), "{typed}");
        }
        // The hint each language shows names words its parser reads.
        for (language, word) in [("fr", "court"), ("es", "corto"), ("ru", "краткосрочный")]
        {
            let hint = crate::i18n::in_language(language, || crate::fl!("hint-timeframe"));
            assert!(hint.contains(word), "{language}: {hint}");
            assert_eq!(parse_timeframe(word, &plan), Ok(Some(Timeframe::ShortTerm)));
        }
    }

    #[test]
    fn invalid_years_are_refused_with_a_reason() {
        let (mut plan, content) = plan();
        let err = apply_text(&mut plan, &content, &Field::Meta(MetaField::FirstYear), "2031")
            .unwrap_err();
        assert!(err.contains("must not be after the last year"));
        assert_eq!(plan.meta.period.first, 2027);
    }

    #[test]
    fn amounts_accept_separators() {
        assert_eq!(parse_amount("50,000"), Ok(Some(50_000)));
        // As French, Spanish and Russian group them (the field shows the interface's form).
        assert_eq!(parse_amount("1\u{202F}234\u{202F}567"), Ok(Some(1_234_567)));
        assert_eq!(parse_amount("1.234.567"), Ok(Some(1_234_567)));
        assert_eq!(parse_amount("1\u{A0}234\u{A0}567"), Ok(Some(1_234_567)));
        assert_eq!(parse_amount(""), Ok(None));
        assert!(parse_amount("a lot").is_err());
    }

    #[test]
    fn cycling_baseline_goes_round() {
        let (mut plan, content) = plan();
        let field = Field::Item("P1.1".into(), ItemField::Baseline);
        for _ in 0..Baseline::ALL.len() {
            assert!(cycle(&mut plan, &content, &field, true));
        }
        assert!(plan.decision("P1.1").is_none(), "back to unknown leaves no empty decision");
    }
}
