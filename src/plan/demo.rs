//! A realistic, fully worked demo plan for a fictional country, built from the content pack.
//! Used by first-time users, screenshots and tests. Deterministic: the same pack gives the same
//! plan, byte for byte.

use super::{
    Baseline, Budget, CustomAction, CustomGoal, CustomInstitution, Decision, Frequency, Inclusion,
    Indicator, Monitoring, Period, Plan, Priority, Timeframe,
};
use crate::content::{Action, Content, Goal, Horizon, InstitutionKind};

const PERIOD: Period = Period { first: 2027, last: 2030 };

/// The demo plan for the Republic of Veldora, a fictional country, written in the language of
/// its checklist (a French pack gives a French plan).
pub fn demo_plan(content: &Content) -> Plan {
    crate::i18n::in_language(&content.meta.language, || demo_plan_in_language(content))
}

fn demo_plan_in_language(content: &Content) -> Plan {
    let mut plan =
        Plan::new(&crate::fl!("demo-title"), &crate::fl!("demo-country"), PERIOD, content);
    plan.meta.coordinating_body = crate::fl!("demo-coordinating-body");
    plan.meta.national_coordinator = crate::fl!("demo-coordinator");
    plan.meta.facilitator = crate::fl!("demo-facilitator");
    plan.meta.workshop_dates = vec!["2026-11-24".into(), "2026-11-25".into()];
    plan.meta.currency = "EUR".into();
    plan.roster.institutions = roster_ids(content);
    plan.roster.custom.push(CustomInstitution {
        id: "x-shelter".into(),
        name: crate::fl!("demo-shelter-network"),
        code: "VSHN".into(),
        kind: InstitutionKind::CivilSociety,
    });
    let mut n = 0usize;
    for (_, goal) in content.goals() {
        for action in &goal.actions {
            plan.items.insert(action.id.clone(), action_decision(content, goal, action, n));
            n += 1;
        }
    }
    add_goal_notes(&mut plan);
    add_custom_items(&mut plan);
    plan.monitoring = monitoring();
    // Fixed so the demo is the same byte for byte; real plans get a fresh id.
    plan.id = DEMO_ID.into();
    super::demo_progress::add_progress(&mut plan, content);
    plan
}

/// The demo plan's id.
pub const DEMO_ID: &str = "nap-demo-veldora-2027";

/// Every catalogue institution the checklist suggests, in catalogue order.
fn roster_ids(content: &Content) -> Vec<String> {
    let used = |id: &str| {
        content.goals().any(|(_, g)| {
            g.lead.iter().chain(&g.partners).any(|x| x == id)
                || g.actions.iter().any(|a| a.lead.iter().chain(&a.partners).any(|x| x == id))
        })
    };
    content.institutions.iter().filter(|i| used(&i.id)).map(|i| i.id.clone()).collect()
}

/// A varied but plausible decision; `n` is the action's position in the checklist.
fn action_decision(content: &Content, goal: &Goal, action: &Action, n: usize) -> Decision {
    let baseline = [
        Baseline::Missing,
        Baseline::PartlyInPlace,
        Baseline::InPlace,
        Baseline::PartlyInPlace,
        Baseline::Missing,
        Baseline::NotApplicable,
        Baseline::PartlyInPlace,
    ][n % 7];
    let included = !matches!(baseline, Baseline::InPlace | Baseline::NotApplicable) && n % 11 != 5;
    let mut d = Decision { baseline, ..Decision::default() };
    if !included {
        d.inclusion = Inclusion::Excluded;
        if baseline == Baseline::InPlace {
            d.notes = crate::fl!("demo-note-routine");
        }
        return d;
    }
    d.inclusion = Inclusion::Included;
    d.priority = Some(if baseline == Baseline::Missing {
        Priority::High
    } else {
        [Priority::Medium, Priority::Low][n % 2]
    });
    d.timeframe = Some(timeframe(goal.horizon, n));
    d.lead = content.action_lead(goal, action).first().cloned();
    d.partners = content.action_partners(goal, action).iter().take(1 + n % 3).cloned().collect();
    d.partners.retain(|p| Some(p) != d.lead.as_ref());
    d.indicators = if action.indicators.is_empty() {
        // The goal's example indicators, spread over its actions rather than all on each.
        let k = goal.actions.iter().position(|a| a.id == action.id).unwrap_or(0);
        goal.indicators
            .get(k % goal.indicators.len().max(1))
            .map(|s| indicator(s, n))
            .into_iter()
            .collect()
    } else {
        action.indicators.iter().map(|s| indicator(s, n)).collect()
    };
    if n.is_multiple_of(3) {
        let amount = 15_000 + (n as u64 % 9) * 12_500;
        let source = match (n / 3) % 3 {
            0 => crate::fl!("demo-source-state"),
            1 => crate::fl!("demo-source-state-eu"),
            _ => crate::fl!("demo-source-donor"),
        };
        d.budget = Some(Budget { amount: Some(amount), source });
    }
    if n.is_multiple_of(13) {
        d.partners.push("x-shelter".into());
        d.notes = crate::fl!("demo-note-pilot");
    }
    d
}

fn timeframe(horizon: Horizon, n: usize) -> Timeframe {
    match (horizon, n % 4) {
        (Horizon::Short, 0) => Timeframe::Years { first: 2027, last: 2027 },
        (Horizon::Short, _) => Timeframe::ShortTerm,
        (Horizon::Long, 0) => Timeframe::Years { first: 2027, last: 2030 },
        (Horizon::Long, _) => Timeframe::LongTerm,
        (Horizon::ShortAndLong, 0 | 1) => Timeframe::ShortTerm,
        (Horizon::ShortAndLong, 2) => Timeframe::MediumTerm,
        (Horizon::ShortAndLong, _) => Timeframe::Years { first: 2028, last: 2029 },
    }
}

fn indicator(suggested: &crate::content::SuggestedIndicator, n: usize) -> Indicator {
    let target = demo_target(suggested, n);
    Indicator {
        text: suggested.text.clone(),
        kind: suggested.kind,
        baseline: demo_baseline(suggested, &target, n),
        target,
        verification: verification_for(&suggested.text),
        frequency: Some([Frequency::Annually, Frequency::SixMonthly][n % 2]),
    }
}

/// The indicator's own target pattern filled with values a drafting team might choose; a
/// pattern-less indicator gets a target by its kind.
fn demo_target(suggested: &crate::content::SuggestedIndicator, n: usize) -> String {
    use crate::content::IndicatorKind;
    let pattern = match (suggested.target.as_str(), suggested.kind) {
        ("", IndicatorKind::Input) => crate::fl!("demo-target-input"),
        ("", IndicatorKind::Output) => crate::fl!("demo-target-output"),
        ("", IndicatorKind::Outcome) => crate::fl!("demo-target-outcome"),
        ("", IndicatorKind::Impact) => crate::fl!("demo-target-impact"),
        (pattern, _) => pattern.to_string(),
    };
    fill_placeholders(&pattern, n)
}

/// Replaces `[year]`, `[amount]`, `[N]%` and `[N]` (read with the word after it) one by one.
fn fill_placeholders(pattern: &str, n: usize) -> String {
    let mut out = String::new();
    let mut rest = pattern;
    let mut k = n;
    while let Some(at) = rest.find('[') {
        out.push_str(&rest[..at]);
        let Some(close) = rest[at..].find(']').map(|c| at + c) else { break };
        let after = &rest[close + 1..];
        out.push_str(&placeholder_value(&rest[at + 1..close], &out, after, k));
        rest = after;
        k = k / 2 + 1;
    }
    out.push_str(rest);
    out
}

fn placeholder_value(name: &str, before: &str, after: &str, k: usize) -> String {
    let pick = |values: &[u32]| values[k % values.len()].to_string();
    match name {
        // The packs' placeholders in English, French, Spanish and Russian.
        "year" | "année" | "año" | "год" => (PERIOD.first + 1 + (k % 3) as u16).to_string(),
        "amount" | "montant" | "importe" | "сумма" => crate::i18n::amount(150_000, "EUR"),
        "N" if after.trim_start().starts_with('%') && mentions(before, BELOW) => pick(&[5, 10]),
        "N" if after.trim_start().starts_with('%') && mentions(before, REDUCED) => {
            pick(&[20, 25, 30])
        }
        "N" if after.trim_start().starts_with('%') => pick(&[60, 70, 75, 80, 90]),
        "N" => count_for(after.trim_start(), &pick),
        _ => format!("[{name}]"),
    }
}

/// A count that suits its unit: days, hours, months, years, languages, or things per year.
fn count_for(unit: &str, pick: &dyn Fn(&[u32]) -> String) -> String {
    let word = unit.split_whitespace().next().unwrap_or("");
    match word {
        "days" | "jours" | "días" | "дней" => pick(&[10, 15, 30]),
        "hours" | "heures" | "horas" | "часов" => pick(&[24, 48]),
        "months" | "mois" | "meses" | "месяцев" => pick(&[3, 6]),
        "years" | "ans" | "años" | "лет" | "года" => pick(&[2, 3]),
        "languages" | "langues" | "idiomas" | "языков" => pick(&[5, 8]),
        "per" | "par" | "por" => pick(&[4, 6, 12, 24, 40]),
        _ => pick(&[3, 5, 10, 25, 40, 120]),
    }
}

/// How the packs' targets begin or what they say, in English, French, Spanish and Russian, so a
/// translated demo reads its targets as the English one does.
const ADOPTED: &[&str] = &[
    "Adopted",
    "In force",
    "Published",
    "Issued",
    "Signed",
    "Designated",
    "In place",
    "Operating",
    "Operational",
    "Adoption",
    "En vigueur",
    "Publication",
    "Diffusion",
    "Signature",
    "Désignation",
    "En place",
    "En activité",
    "Opérationnel",
    "En funcionamiento",
    "Aprobación",
    "Entrada en vigor",
    "Publicación",
    "Emisión",
    "Firma",
    "Designación",
    "Implantación",
    "Принят",
    "Действу",
    "Опубликован",
    "Публикуется",
    "Выпущен",
    "Направлен",
    "Подписан",
    "Назначен",
];
const LIMIT: &[&str] = &[
    "At most",
    "Within",
    "Au plus",
    "Dans les",
    "Dans un",
    "Como máximo",
    "En un",
    "Не более",
    "В пределах",
    "В течение",
];
const BELOW: &[&str] = &["below", "moins de", "menos del", "ниже"];
const REDUCED: &[&str] = &["reduced", "réduction", "reducción", "сокращен"];

fn mentions(text: &str, words: &[&str]) -> bool {
    let text = text.to_lowercase();
    words.iter().any(|w| text.contains(w))
}

/// Where the team stands in 2026, in the same terms as the target.
fn demo_baseline(suggested: &crate::content::SuggestedIndicator, target: &str, n: usize) -> String {
    if suggested.direction == crate::content::Direction::Ambiguous {
        crate::fl!("demo-baseline-measured")
    } else if ADOPTED.iter().any(|w| target.starts_with(w)) {
        if n.is_multiple_of(2) {
            crate::fl!("demo-baseline-not-yet")
        } else {
            crate::fl!("demo-baseline-draft")
        }
    } else if target.contains('%') {
        format!("{} (2026)", crate::i18n::percent(f64::from([20, 30, 35, 40][n % 4]), 0))
    } else if LIMIT.iter().any(|w| target.starts_with(w)) {
        crate::fl!("demo-baseline-no-limit")
    } else {
        match n % 3 {
            0 => "0 (2026)".into(),
            1 => "2 (2026)".into(),
            _ => crate::fl!("demo-baseline-not-recorded"),
        }
    }
}

/// The record a ministry would check the indicator against, read from what it counts.
fn verification_for(text: &str) -> String {
    let text = text.to_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| text.contains(w));
    if has(&["trained", "training", "course", "curriculum", "module"]) {
        crate::fl!("demo-verify-training")
    } else if has(&["survey", "surveyed", "aware", "satisf"]) {
        crate::fl!("demo-verify-survey")
    } else if has(&["prosecut", "convict", "investigat", "court", "sentence", "charge"]) {
        crate::fl!("demo-verify-cases")
    } else if has(&["victim", "identified", "referr", "nrm", "assist", "shelter", "hotline"]) {
        crate::fl!("demo-verify-nrm")
    } else if has(&["law", "adopted", "in force", "regulation", "decree", "amend"]) {
        crate::fl!("demo-verify-gazette")
    } else if has(&["budget", "fund", "grant", "spent", "cost"]) {
        crate::fl!("demo-verify-budget")
    } else if has(&["inspect", "workplace", "employer", "labour"]) {
        crate::fl!("demo-verify-labour")
    } else if has(&["meeting", "agreement", "protocol", "memorand", "coordinat"]) {
        crate::fl!("demo-verify-commission")
    } else {
        crate::fl!("demo-verify-annual")
    }
}

fn add_goal_notes(plan: &mut Plan) {
    let notes = [
        ("P1", crate::fl!("demo-goal-note-p1")),
        ("A2", crate::fl!("demo-goal-note-a2")),
        ("I3", crate::fl!("demo-goal-note-i3")),
        ("E10", crate::fl!("demo-goal-note-e10")),
    ];
    for (id, text) in notes {
        plan.items.entry(id.into()).or_default().notes = text;
    }
}

fn add_custom_items(plan: &mut Plan) {
    plan.custom_goals.push(CustomGoal {
        id: "PX1".into(),
        area: "P".into(),
        title: crate::fl!("demo-games-goal"),
        guidance: crate::fl!("demo-games-guidance"),
    });
    plan.custom_actions.push(CustomAction {
        id: "PX1.X1".into(),
        goal: "PX1".into(),
        text: crate::fl!("demo-games-action"),
    });
    plan.custom_actions.push(CustomAction {
        id: "A4.X1".into(),
        goal: "A4".into(),
        text: crate::fl!("demo-shelter-action"),
    });
    let inspection = Decision {
        baseline: Baseline::Missing,
        inclusion: Inclusion::Included,
        priority: Some(Priority::High),
        timeframe: Some(Timeframe::Years { first: 2028, last: 2029 }),
        lead: Some("labinsp".into()),
        partners: vec!["police-thb".into(), "unions".into()],
        indicators: vec![Indicator {
            text: crate::fl!("demo-games-indicator"),
            kind: crate::content::IndicatorKind::Output,
            baseline: "0 (2026)".into(),
            target: crate::fl!("demo-games-target"),
            verification: crate::fl!("demo-verify-labour"),
            frequency: Some(Frequency::Quarterly),
        }],
        budget: Some(Budget { amount: Some(60_000), source: crate::fl!("demo-source-state") }),
        notes: String::new(),
    };
    plan.items.insert("PX1.X1".into(), inspection);
    let shelter = Decision {
        baseline: Baseline::Missing,
        inclusion: Inclusion::Included,
        priority: Some(Priority::High),
        timeframe: Some(Timeframe::Years { first: 2027, last: 2028 }),
        lead: Some("molsp".into()),
        partners: vec!["x-shelter".into(), "local".into()],
        indicators: vec![Indicator {
            text: crate::fl!("demo-shelter-indicator"),
            kind: crate::content::IndicatorKind::Input,
            baseline: "0 (2026)".into(),
            target: crate::fl!("demo-shelter-target"),
            verification: crate::fl!("demo-verify-licensing"),
            frequency: Some(Frequency::Annually),
        }],
        budget: Some(Budget { amount: Some(240_000), source: crate::fl!("demo-source-state-eu") }),
        notes: crate::fl!("demo-shelter-note"),
    };
    plan.items.insert("A4.X1".into(), shelter);
}

fn monitoring() -> Monitoring {
    Monitoring {
        body: "nco".into(),
        reporting: Some(Frequency::SixMonthly),
        review: Some(Frequency::Annually),
        mid_term_evaluation: Some(2028),
        final_evaluation: Some(2031),
        data_sources: vec![
            crate::fl!("demo-source-nrm"),
            crate::fl!("demo-source-police"),
            crate::fl!("demo-source-courts"),
            crate::fl!("demo-source-budget"),
            crate::fl!("demo-source-ngo"),
        ],
        notes: crate::fl!("demo-monitoring-note"),
    }
}

#[cfg(test)]
mod translated_tests {
    use super::*;

    /// The kind of a baseline, whatever its language: a measure, adopted or not, a limit, a
    /// share, a count.
    fn kind(baseline: &str, language: &str) -> &'static str {
        let is = |build: fn() -> String| crate::i18n::in_language(language, build) == baseline;
        if is(|| crate::fl!("demo-baseline-measured")) {
            "measured"
        } else if is(|| crate::fl!("demo-baseline-not-yet"))
            || is(|| crate::fl!("demo-baseline-draft"))
        {
            "adopted"
        } else if is(|| crate::fl!("demo-baseline-no-limit")) {
            "limit"
        } else if baseline.contains('%') {
            "share"
        } else {
            "count"
        }
    }

    fn baselines(language: &str) -> Vec<&'static str> {
        let plan = demo_plan(&Content::embedded_in(language));
        let mut all = vec![];
        for d in plan.items.values() {
            all.extend(d.indicators.iter().map(|i| kind(&i.baseline, language)));
        }
        all
    }

    #[test]
    fn a_translated_demo_reads_its_targets_as_the_english_one_does() {
        let english = baselines("en");
        assert!(english.contains(&"adopted") && english.contains(&"limit"), "{english:?}");
        for language in ["fr", "es", "ru"] {
            assert_eq!(baselines(language), english, "{language}");
        }
    }
}
