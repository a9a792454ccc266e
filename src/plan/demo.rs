//! A realistic, fully worked demo plan for a fictional country, built from the content pack.
//! Used by first-time users, screenshots and tests. Deterministic: the same pack gives the same
//! plan, byte for byte.

use super::{
    Baseline, Budget, CustomAction, CustomGoal, CustomInstitution, Decision, Frequency, Inclusion,
    Indicator, Monitoring, Period, Plan, Priority, Timeframe,
};
use crate::content::{Action, Content, Goal, Horizon, InstitutionKind};

const PERIOD: Period = Period { first: 2027, last: 2030 };

/// The demo plan for the Republic of Veldora, a fictional country.
pub fn demo_plan(content: &Content) -> Plan {
    let mut plan = Plan::new(
        "National Action Plan against Trafficking in Human Beings 2027-2030",
        "Republic of Veldora (fictional)",
        PERIOD,
        content,
    );
    plan.meta.coordinating_body = "National Commission against Trafficking in Human Beings".into();
    plan.meta.national_coordinator =
        "Deputy Minister of Interior, National Anti-Trafficking Coordinator".into();
    plan.meta.facilitator = "A. Facilitator".into();
    plan.meta.workshop_dates = vec!["2026-11-24".into(), "2026-11-25".into()];
    plan.meta.currency = "EUR".into();
    plan.roster.institutions = roster_ids(content);
    plan.roster.custom.push(CustomInstitution {
        id: "x-shelter".into(),
        name: "Veldora Safe House Network".into(),
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
            d.notes = "Already done under the current strategy; continue as routine work.".into();
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
        let source =
            ["State budget", "State budget and EU funds", "Donor (IOM project)"][(n / 3) % 3];
        d.budget = Some(Budget { amount: Some(amount), source: source.into() });
    }
    if n.is_multiple_of(13) {
        d.partners.push("x-shelter".into());
        d.notes = "Group agreed to pilot this in two regions first (north and capital) before rolling out.\nCheck the 2026 GRETA report's recommendations before the final wording.".into();
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
        verification: verification_for(&suggested.text).into(),
        frequency: Some([Frequency::Annually, Frequency::SixMonthly][n % 2]),
    }
}

/// The indicator's own target pattern filled with values a drafting team might choose; a
/// pattern-less indicator gets a target by its kind.
fn demo_target(suggested: &crate::content::SuggestedIndicator, n: usize) -> String {
    use crate::content::IndicatorKind;
    let pattern = match (suggested.target.as_str(), suggested.kind) {
        ("", IndicatorKind::Input) => "In place by [year]",
        ("", IndicatorKind::Output) => "[N] by [year]",
        ("", IndicatorKind::Outcome) => "[N]% by [year]",
        ("", IndicatorKind::Impact) => "Downward trend by [year]",
        (pattern, _) => pattern,
    };
    fill_placeholders(pattern, n)
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
        "year" => (PERIOD.first + 1 + (k % 3) as u16).to_string(),
        "amount" => "EUR 150,000".into(),
        "N" if after.starts_with('%') && before.to_lowercase().contains("below") => pick(&[5, 10]),
        "N" if after.starts_with('%') && before.to_lowercase().contains("reduced") => {
            pick(&[20, 25, 30])
        }
        "N" if after.starts_with('%') => pick(&[60, 70, 75, 80, 90]),
        "N" => count_for(after.trim_start(), &pick),
        _ => format!("[{name}]"),
    }
}

/// A count that suits its unit: days, hours, months, years, languages, or things per year.
fn count_for(unit: &str, pick: &dyn Fn(&[u32]) -> String) -> String {
    let word = unit.split_whitespace().next().unwrap_or("");
    match word {
        "days" => pick(&[10, 15, 30]),
        "hours" => pick(&[24, 48]),
        "months" => pick(&[3, 6]),
        "years" => pick(&[2, 3]),
        "languages" => pick(&[5, 8]),
        "per" => pick(&[4, 6, 12, 24, 40]),
        _ => pick(&[3, 5, 10, 25, 40, 120]),
    }
}

/// Where the team stands in 2026, in the same terms as the target.
fn demo_baseline(suggested: &crate::content::SuggestedIndicator, target: &str, n: usize) -> String {
    let adopted =
        ["Adopted", "In force", "Published", "Issued", "Signed", "Designated", "In place"];
    if suggested.direction == crate::content::Direction::Ambiguous {
        "To be measured in 2027 (first full year of data)".into()
    } else if adopted.iter().any(|w| target.starts_with(w)) {
        ["Not yet (2026)", "Draft under discussion (2026)"][n % 2].into()
    } else if target.contains('%') {
        format!("{}% (2026)", [20, 30, 35, 40][n % 4])
    } else if target.starts_with("At most") || target.starts_with("Within") {
        "Not measured yet: no time limit in practice (2026)".into()
    } else {
        ["0 (2026)", "2 (2026)", "Not recorded (2026)"][n % 3].into()
    }
}

/// The record a ministry would check the indicator against, read from what it counts.
fn verification_for(text: &str) -> &'static str {
    let text = text.to_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| text.contains(w));
    if has(&["trained", "training", "course", "curriculum", "module"]) {
        "Training records of the lead institution"
    } else if has(&["survey", "surveyed", "aware", "satisf"]) {
        "Survey commissioned by the coordinator"
    } else if has(&["prosecut", "convict", "investigat", "court", "sentence", "charge"]) {
        "Police and court case statistics"
    } else if has(&["victim", "identified", "referr", "nrm", "assist", "shelter", "hotline"]) {
        "NRM database and service providers' reports"
    } else if has(&["law", "adopted", "in force", "regulation", "decree", "amend"]) {
        "Official gazette"
    } else if has(&["budget", "fund", "grant", "spent", "cost"]) {
        "State budget execution report"
    } else if has(&["inspect", "workplace", "employer", "labour"]) {
        "Labour inspectorate records"
    } else if has(&["meeting", "agreement", "protocol", "memorand", "coordinat"]) {
        "Minutes and records of the National Commission"
    } else {
        "Annual report of the lead institution"
    }
}

fn add_goal_notes(plan: &mut Plan) {
    let notes = [
        (
            "P1",
            "Last national study dates from 2019. The statistics office offered to host the data.",
        ),
        (
            "A2",
            "The NRM exists on paper (2018 instruction) but local teams do not use it; focus on practice.",
        ),
        ("I3", "Prosecutors report no parallel financial investigation in 2025 cases."),
        (
            "E10",
            "Ministry of Finance asks for costing per action before the budget circular in May.",
        ),
    ];
    for (id, text) in notes {
        plan.items.entry(id.into()).or_default().notes = text.into();
    }
}

fn add_custom_items(plan: &mut Plan) {
    plan.custom_goals.push(CustomGoal {
        id: "PX1".into(),
        area: "P".into(),
        title: "Prevent exploitation around the 2029 regional games".into(),
        guidance: "Large events bring temporary construction and hospitality work; plan inspections and outreach early.".into(),
    });
    plan.custom_actions.push(CustomAction {
        id: "PX1.X1".into(),
        goal: "PX1".into(),
        text: "Run joint labour inspections on games construction sites from 2028.".into(),
    });
    plan.custom_actions.push(CustomAction {
        id: "A4.X1".into(),
        goal: "A4".into(),
        text: "Open a shelter for male victims of labour exploitation in the capital.".into(),
    });
    let inspection = Decision {
        baseline: Baseline::Missing,
        inclusion: Inclusion::Included,
        priority: Some(Priority::High),
        timeframe: Some(Timeframe::Years { first: 2028, last: 2029 }),
        lead: Some("labinsp".into()),
        partners: vec!["police-thb".into(), "unions".into()],
        indicators: vec![Indicator {
            text: "Number of joint inspections on games sites".into(),
            kind: crate::content::IndicatorKind::Output,
            baseline: "0 (2026)".into(),
            target: "At least 40 by 2029".into(),
            verification: "Labour inspectorate records".into(),
            frequency: Some(Frequency::Quarterly),
        }],
        budget: Some(Budget { amount: Some(60_000), source: "State budget".into() }),
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
            text: "Shelter places for men available".into(),
            kind: crate::content::IndicatorKind::Input,
            baseline: "0 (2026)".into(),
            target: "12 places by 2028".into(),
            verification: "Ministry licensing register".into(),
            frequency: Some(Frequency::Annually),
        }],
        budget: Some(Budget { amount: Some(240_000), source: "State budget and EU funds".into() }),
        notes: "Men currently housed in hostels; the group stressed safety and privacy.".into(),
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
            "NRM case database".into(),
            "Police and prosecution statistics".into(),
            "Court case-management system".into(),
            "Budget execution reports".into(),
            "Reports of NGO service providers".into(),
        ],
        notes: "Implementers report by 15 July and 15 January on the common form; the coordinator's office consolidates and the National Commission reviews twice a year.".into(),
    }
}
