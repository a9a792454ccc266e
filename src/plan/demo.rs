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
    plan
}

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
    let (baseline, target) = match suggested.kind {
        crate::content::IndicatorKind::Input => ("0 (2026)", "Budgeted and staffed by 2028"),
        crate::content::IndicatorKind::Output => ("None (2026)", "Completed by end of 2028"),
        crate::content::IndicatorKind::Outcome => ("To be measured in 2027", "+30% by 2030"),
        crate::content::IndicatorKind::Impact => {
            ("To be measured in 2027", "Downward trend by 2030")
        }
    };
    let verification = [
        "Annual report of the lead institution",
        "NRM database",
        "Minutes of the National Commission",
        "Survey commissioned by the coordinator",
    ][n % 4];
    Indicator {
        text: suggested.text.clone(),
        kind: suggested.kind,
        baseline: baseline.into(),
        target: target.into(),
        verification: verification.into(),
        frequency: Some([Frequency::Annually, Frequency::SixMonthly][n % 2]),
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
