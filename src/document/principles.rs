//! The guiding principles of the draft, in napwiz's own words. A starting point for the
//! drafting team, who adapt them to national law and policy.

pub const INTRO: &str = "These principles apply to every action in this plan, to the way it is \
implemented and to the way it is monitored. The drafting team should adapt them to the country's \
law and policy.";

/// (principle, what it means in practice).
pub const PRINCIPLES: [(&str, &str); 7] = [
    (
        "Human rights and a victim-centred approach",
        "The rights, safety and dignity of victims and of people at risk come first. Assistance \
does not depend on a victim's willingness to cooperate with the authorities, victims are not \
punished for offences they were compelled to commit, and every measure is planned from the \
point of view of the person it is meant to help.",
    ),
    (
        "Gender- and child-sensitive",
        "Measures take account of the different ways in which women, men, girls and boys are \
recruited, exploited and helped. In every action that concerns a child, the best interests of \
the child come first, and a person whose age is uncertain is treated as a child until assessed.",
    ),
    (
        "Non-discrimination",
        "Every victim is protected and assisted regardless of sex, nationality, ethnic origin, \
migration or residence status, disability, sexual orientation, the form of exploitation or any \
other status.",
    ),
    (
        "Do no harm",
        "Every action is checked for unintended effects on victims and on groups at risk, such as \
stigma, loss of income, renewed trauma or exposure to traffickers, and adjusted when such \
effects appear.",
    ),
    (
        "Participation of civil society and survivors",
        "Civil society organisations, trade unions, employers and survivors take part in \
designing, implementing and monitoring the plan. Survivors take part voluntarily, safely and \
with informed consent, and their time and expertise are recognised.",
    ),
    (
        "Evidence-based",
        "Actions respond to the situation analysis and to data on cases, trends and services. \
The plan is revised when the evidence changes, and data are collected disaggregated by sex, \
age, nationality and form of exploitation.",
    ),
    (
        "Accountability",
        "Every action has a lead institution, a timeframe, indicators and, where it costs money, \
a budget. Progress is reported regularly and openly, and the plan is evaluated independently at \
mid-term and at its end.",
    ),
];
