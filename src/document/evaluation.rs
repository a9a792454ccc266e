//! The evaluation pack for a mid-term or final evaluation: implementation and every
//! indicator's values across the periods so far, and a questions template along the OECD-DAC
//! criteria, with questions drawn from the plan's own figures (actions delayed again and again,
//! institutions that never reported, spending against budget) for the evaluators to answer.

use jiff::civil::Date;

use super::build::{line, long_date, section};
use super::report::{Report, percent, status_words, trend_table, value_words};
use super::{
    Block, Cell, Column, Document, ListItem, Matrices, Section, Sheet, Table, TitlePage,
    Trajectories, Trajectory,
};
use crate::content::Content;
use crate::plan::monitor::{self, Measure, Status, number_in};
use crate::plan::{Plan, Timeframe};

/// Which evaluation the pack is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Stage {
    /// Half-way: is the plan on course, what should change for the remaining years?
    MidTerm,
    /// At the end: what did the plan achieve, what should the next plan do differently?
    Final,
}

impl Stage {
    /// The stage's selector in the messages (`evaluation-status`) and its file names.
    pub fn key(self) -> &'static str {
        match self {
            Stage::MidTerm => "mid-term",
            Stage::Final => "final",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Stage::MidTerm => "mid-term evaluation",
            Stage::Final => "final evaluation",
        }
    }
}

/// The evaluation pack over the periods up to and including `period`; `None` when the plan
/// has no such period.
pub fn build_evaluation(
    plan: &Plan,
    content: &Content,
    stage: Stage,
    period: &str,
    today: Date,
) -> Option<Document> {
    crate::i18n::in_language(&plan.meta.language, || {
        let report = Report::new(plan, content, period, false)?;
        Some(Pack { r: report, stage }.document(today))
    })
}

/// The clean copy of the pack, and the gaps it leaves out (the evaluators' findings).
pub fn build_evaluation_clean(
    plan: &Plan,
    content: &Content,
    stage: Stage,
    period: &str,
    today: Date,
) -> Option<(Document, Vec<super::Gap>)> {
    crate::i18n::in_language(&plan.meta.language, || {
        let report = Report::new(plan, content, period, true)?;
        let mut doc = Pack { r: report, stage }.document(today);
        let gaps = super::clean::take_gaps(&mut doc);
        Some((doc, gaps))
    })
}

/// One question of the template, with where the evaluators would look for the answer.
struct Question {
    text: String,
    evidence: String,
}

fn q(text: impl Into<String>, evidence: impl Into<String>) -> Question {
    Question { text: text.into(), evidence: evidence.into() }
}

struct Pack<'a> {
    r: Report<'a>,
    stage: Stage,
}

impl Pack<'_> {
    fn document(&self, today: Date) -> Document {
        let chapters = vec![
            self.about(),
            self.implementation(),
            self.trajectories(),
            self.questions(),
            self.reporting_annex(),
        ];
        Document {
            language: line(&self.r.plan.meta.language),
            author: line(&self.r.plan.meta.coordinating_body),
            created: today,
            title_page: self.title_page(today),
            chapters,
            matrices: Matrices::default(),
            sheets: self.sheets(),
        }
    }

    fn covered(&self) -> String {
        let first = self.r.periods.first().map_or("", |p| p.id.as_str());
        format!("{} to {}", line(first), line(&self.r.this.id))
    }

    fn title_page(&self, today: Date) -> TitlePage {
        let meta = &self.r.plan.meta;
        let facts = vec![
            ListItem::labelled("Plan", self.r.plan_name()),
            ListItem::labelled("Plan id", line(&self.r.plan.id)),
            ListItem::labelled("Reporting periods covered", self.covered()),
            ListItem::labelled(
                "Status",
                "Material for the evaluators, compiled from the periodic reports; the findings \
are theirs to write.",
            ),
        ];
        TitlePage {
            status: crate::fl!("evaluation-status", stage = self.stage.key()),
            title: line(&meta.title),
            country: line(&meta.country),
            period: crate::fl!(
                "evaluation-periods",
                first = line(self.r.periods.first().map_or("", |p| p.id.as_str())),
                last = line(&self.r.this.id)
            ),
            date: long_date(today),
            facts,
        }
    }

    fn about(&self) -> Section {
        let purpose = match self.stage {
            Stage::MidTerm => {
                "A mid-term evaluation asks whether the plan is on course and what should change \
for its remaining years."
            }
            Stage::Final => {
                "A final evaluation asks what the plan achieved, for whom, at what cost, and what \
the next plan should carry over, change or stop."
            }
        };
        let t = &self.r.dash.overall;
        let blocks = vec![
            Block::Paragraph(format!(
                "This pack prepares the {} of the {}. {purpose} It gathers what the \
implementing institutions reported in the periods {}: the status of each action period by \
period, every indicator's values, and a template of evaluation questions along the OECD-DAC \
criteria (relevance, coherence, effectiveness, efficiency, impact and sustainability), several \
of them drawn from the plan's own figures.",
                self.stage.label(),
                self.r.plan_name(),
                self.covered()
            )),
            Block::List(vec![
                ListItem::labelled("Actions in the plan", t.actions.to_string()),
                ListItem::labelled("Reporting periods covered", self.r.periods.len().to_string()),
                ListItem::labelled("Indicators", self.r.dash.indicators.len().to_string()),
                ListItem::labelled(
                    "Implementation rate at the end of the last period",
                    t.rate().map_or_else(|| "no actions".into(), percent),
                ),
            ]),
        ];
        section("1", &crate::fl!("evaluation-chapter-about"), blocks, vec![])
    }

    // ---- chapter 2 ----

    fn implementation(&self) -> Section {
        let trend = section(
            "2.1",
            &crate::fl!("evaluation-section-by-period"),
            vec![Block::Table(trend_table(&self.r.dash))],
            vec![],
        );
        let actions = section(
            "2.2",
            &crate::fl!("evaluation-section-actions"),
            vec![
                Block::Paragraph(
                    "The status each action's lead institution reported in each period.".into(),
                ),
                Block::Table(self.status_history()),
            ],
            vec![],
        );
        section("2", &crate::fl!("evaluation-chapter-implementation"), vec![], vec![trend, actions])
    }

    fn status_history(&self) -> Table {
        let mut columns =
            vec![Column::action_number(), Column::text("Action", 40), Column::text("Lead", 9)];
        columns.extend(self.r.periods.iter().map(|p| Column::text(&line(&p.id), 12)));
        let rows = self
            .r
            .rows
            .iter()
            .map(|row| {
                let mut cells = vec![
                    Cell::from(row.number.as_str()),
                    Cell::from(row.text.as_str()),
                    Cell::from(self.r.lead_code(row.decision)),
                ];
                cells.extend(
                    self.r.periods.iter().map(|p| Cell::from(status_words(p.report(row.id)))),
                );
                cells
            })
            .collect();
        Table {
            caption: "Status of each action by period".into(),
            columns,
            rows,
            wide: self.r.periods.len() > 2,
        }
    }

    // ---- chapter 3 ----

    fn trajectory_block(&self) -> Trajectories {
        let periods: Vec<String> = self.r.periods.iter().map(|p| line(&p.id)).collect();
        let rows = self
            .r
            .rows
            .iter()
            .flat_map(|row| {
                row.decision.indicators.iter().map(move |ind| {
                    let values: Vec<Option<&monitor::Value>> = self
                        .r
                        .periods
                        .iter()
                        .map(|p| p.report(row.id).and_then(|r| r.values.get(&ind.text)))
                        .collect();
                    let numeric = Measure::of(ind) != Measure::Text;
                    Trajectory {
                        number: row.number.clone(),
                        indicator: line(&ind.text),
                        baseline: line(&ind.baseline),
                        target: line(&ind.target),
                        values: values.iter().map(|v| value_words(*v)).collect(),
                        points: values
                            .iter()
                            .map(|v| v.and_then(|v| v.as_number()).filter(|_| numeric))
                            .collect(),
                        target_number: number_in(&ind.target).filter(|_| numeric),
                    }
                })
            })
            .collect();
        Trajectories {
            title: "Indicator values by period".into(),
            description: "Each indicator's value in each reporting period, with its target as a \
dashed line where it is a number."
                .into(),
            periods,
            rows,
        }
    }

    fn trajectories(&self) -> Section {
        let block = self.trajectory_block();
        let blocks = if block.rows.is_empty() {
            vec![Block::Paragraph("The included actions have no indicators.".into())]
        } else {
            vec![
                Block::Paragraph(format!(
                    "Every indicator of the included actions, with its baseline and target as the \
plan sets them and the value reported in each period (\"{}\" where none was).",
                    super::NO_VALUE
                )),
                Block::Trajectories(block),
            ]
        };
        section("3", &crate::fl!("evaluation-chapter-trajectories"), blocks, vec![])
    }

    // ---- chapter 4 ----

    fn questions(&self) -> Section {
        let criteria: [(String, &str, Vec<Question>); 6] = [
            (crate::fl!("evaluation-relevance"), RELEVANCE, self.relevance()),
            (crate::fl!("evaluation-coherence"), COHERENCE, self.coherence()),
            (crate::fl!("evaluation-effectiveness"), EFFECTIVENESS, self.effectiveness()),
            (crate::fl!("evaluation-efficiency"), EFFICIENCY, self.efficiency()),
            (crate::fl!("evaluation-impact"), IMPACT, self.impact()),
            (crate::fl!("evaluation-sustainability"), SUSTAINABILITY, self.sustainability()),
        ];
        let mut asked = 0;
        let sections = criteria
            .into_iter()
            .enumerate()
            .map(|(i, (name, meaning, questions))| {
                let first = asked;
                asked += questions.len();
                section(
                    &format!("4.{}", i + 1),
                    &name,
                    vec![
                        Block::Paragraph(meaning.into()),
                        Block::Table(question_table(&name, first, questions)),
                    ],
                    vec![],
                )
            })
            .collect();
        section(
            "4",
            &crate::fl!("evaluation-chapter-questions"),
            vec![Block::Paragraph(
                "A template along the six OECD-DAC evaluation criteria. The questions that name \
actions, institutions or figures come from the reports so far; the evaluators add, drop or \
reword questions to fit their terms of reference, and write their findings in the last column."
                    .into(),
            )],
            sections,
        )
    }

    fn action_words(&self, id: &str) -> String {
        let row = self.r.row(id);
        let lead = row.map(|r| self.r.lead_code(r.decision)).filter(|l| !l.is_empty());
        format!(
            "{} ({}{})",
            self.r.number(id),
            row.map_or("", |r| r.text.trim_end_matches('.')),
            lead.map_or_else(String::new, |l| format!(", lead {l}"))
        )
    }

    fn relevance(&self) -> Vec<Question> {
        let mut out = vec![
            q(
                "Do the plan's objectives still match the trafficking situation: the forms of \
exploitation, the victims' profiles and new risks such as online recruitment?",
                "Situation analysis; identification and NRM statistics; recommendations of GRETA \
and other monitoring bodies",
            ),
            q(
                "Were survivors and the organisations that assist them consulted on whether the \
actions answer victims' needs?",
                "Consultation records; interviews with NGOs and survivors (with safeguards)",
            ),
        ];
        let dropped: Vec<(&str, &monitor::ActionReport)> = self
            .r
            .rows
            .iter()
            .filter_map(|row| {
                let r = self.r.this.report(row.id).filter(|r| r.status == Status::Dropped)?;
                Some((row.id, r))
            })
            .collect();
        let evidence = "The lead institutions' reports; coordination body minutes";
        if dropped.len() > MAX_SINGLE_QUESTIONS {
            let numbers: Vec<String> = dropped.iter().map(|(id, _)| self.r.number(id)).collect();
            out.push(q(
                format!(
                    "{} actions were dropped ({}). Are the needs they addressed still there, and \
how are they met now?",
                    dropped.len(),
                    numbers.join(", ")
                ),
                evidence,
            ));
            return out;
        }
        for (id, r) in dropped {
            let why = if r.dropped_reason.trim().is_empty() {
                String::new()
            } else {
                format!(" (\"{}\")", line(r.dropped_reason.trim().trim_end_matches('.')))
            };
            out.push(q(
                format!(
                    "Action {} was dropped{why}. Is the need it addressed still there, and how is \
it met now?",
                    self.action_words(id)
                ),
                evidence,
            ));
        }
        out
    }

    fn coherence(&self) -> Vec<Question> {
        let mut out = vec![
            q(
                "Do the institutions' actions fit together (referral between police, labour \
inspection, social services and NGOs; prosecution and victim protection), or do they duplicate \
or contradict each other?",
                "Responsibility matrix; referral records; interviews with leads and partners",
            ),
            q(
                "Is the plan consistent with the country's other strategies (migration, labour, \
child protection, gender-based violence) and its international obligations?",
                "Strategy documents; legal framework review",
            ),
        ];
        for id in monitor::never_reported(self.r.plan, self.r.b.content, self.r.periods) {
            let led: Vec<String> = self
                .r
                .rows
                .iter()
                .filter(|r| r.decision.lead.as_deref() == Some(id.as_str()))
                .map(|r| r.number.clone())
                .collect();
            out.push(q(
                format!(
                    "{} sent no report in any period ({}) although it leads actions {}. Is its \
role in the plan understood, agreed and resourced, and does it take part in the coordination \
body?",
                    self.r.institution(&id),
                    self.covered(),
                    led.join(", ")
                ),
                "Reporting status by institution (Annex A); coordination body minutes; interview \
with the institution",
            ));
        }
        out
    }

    fn effectiveness(&self) -> Vec<Question> {
        let t = &self.r.dash.overall;
        let last = self.r.plan.meta.period.last;
        let overall = match self.stage {
            Stage::MidTerm => format!(
                "By the end of {}, {} of the {} actions are implemented ({}) and {} are delayed. \
Which objectives are on course to be reached by {last}, and which are not?",
                line(&self.r.this.id),
                t.implemented(),
                t.actions,
                t.rate().map_or_else(|| "no rate".into(), percent),
                t.count(Status::Delayed),
            ),
            Stage::Final => format!(
                "By the end of {}, {} of the {} actions were implemented ({}) and {} were still \
delayed. Which objectives were reached, and why were the others not?",
                line(&self.r.this.id),
                t.implemented(),
                t.actions,
                t.rate().map_or_else(|| "no rate".into(), percent),
                t.count(Status::Delayed),
            ),
        };
        let mut out = vec![q(overall, "Implementation across periods (chapter 2)")];
        let delays = monitor::repeated_delays(self.r.plan, self.r.b.content, self.r.periods);
        if delays.len() > MAX_SINGLE_QUESTIONS {
            let listed: Vec<String> = delays
                .iter()
                .map(|d| {
                    let periods: Vec<String> = d.periods.iter().map(|p| line(p)).collect();
                    format!("{} ({})", self.r.number(&d.action), periods.join(", "))
                })
                .collect();
            out.push(q(
                format!(
                    "{} actions were reported delayed in two or more periods: {}. What held them \
back, is there a common cause (budget, staff, legal basis, coordination), and did the corrective \
measures reported work?",
                    delays.len(),
                    listed.join("; ")
                ),
                "Difficulties and corrective measures in the lead institutions' reports",
            ));
        }
        for delay in delays.iter().filter(|_| delays.len() <= MAX_SINGLE_QUESTIONS) {
            out.push(q(
                format!(
                    "Action {} was reported delayed in {}. What held it back, and did the \
corrective measures reported work?",
                    self.action_words(&delay.action),
                    delay.periods.iter().map(|p| line(p)).collect::<Vec<_>>().join(", ")
                ),
                "Difficulties and corrective measures in the lead institution's reports",
            ));
        }
        let silent: Vec<String> = self
            .trajectory_block()
            .rows
            .iter()
            .filter(|r| r.values.iter().all(String::is_empty))
            .map(|r| format!("{} {}", r.number, r.indicator))
            .collect();
        if !silent.is_empty() {
            out.push(q(
                format!(
                    "{} indicators had no value reported in any period ({}). Is their data \
collected at all, by whom, and can progress be judged without it?",
                    silent.len(),
                    short_list(&silent)
                ),
                "Indicator trajectories (chapter 3); the monitoring framework's means of \
verification",
            ));
        }
        out
    }

    fn efficiency(&self) -> Vec<Question> {
        let s = &self.r.dash.spending;
        let elapsed = self.elapsed_share();
        let mut out = vec![q(
            format!(
                "{} of the budget of {} was reported spent by the end of {}{}, with {} of the \
plan period elapsed. Does spending follow implementation, and were the costed actions the ones \
that moved?",
                self.r.b.money(s.spent_to_date),
                self.r.b.money(s.budget),
                line(&self.r.this.id),
                s.execution().map_or_else(String::new, |e| format!(" ({})", percent(e))),
                percent(elapsed),
            ),
            "Budget execution; the reports' amounts spent; the finance ministry's execution data",
        )];
        let over: Vec<String> = self
            .r
            .rows
            .iter()
            .filter(|row| {
                let budget = row.decision.budget.as_ref().and_then(|b| b.amount).unwrap_or(0);
                let spent: u64 = self
                    .r
                    .periods
                    .iter()
                    .filter_map(|p| p.report(row.id))
                    .map(monitor::ActionReport::spent_amount)
                    .sum();
                budget > 0 && spent > budget
            })
            .map(|row| row.number.clone())
            .collect();
        if !over.is_empty() {
            out.push(q(
                format!(
                    "Actions {} spent more than their estimate. Why, and was the estimate \
realistic?",
                    over.join(", ")
                ),
                "Action budgets; the reports' amounts spent",
            ));
        }
        out.push(q(
            "Could the same results have been reached with fewer resources, for instance by \
joint trainings or shared data systems?",
            "Cost per output; interviews with lead institutions",
        ));
        out
    }

    /// How much of the plan period lies before the end of the last period covered.
    fn elapsed_share(&self) -> f64 {
        let period = self.r.plan.meta.period;
        let (first, last) = period.bounds();
        let start = Date::new(first as i16, 1, 1).ok();
        let end = Date::new(last as i16, 12, 31).ok();
        match (start, end) {
            (Some(start), Some(end)) => {
                let whole = (end - start).get_days() as f64;
                let done = (self.r.this.to - start).get_days() as f64;
                if whole > 0.0 { (done / whole).clamp(0.0, 1.0) } else { 1.0 }
            }
            _ => 0.0,
        }
    }

    fn impact(&self) -> Vec<Question> {
        let mut out = vec![q(
            "What has changed for victims and people at risk (identification, access to \
assistance, compensation, convictions of offenders) that can be attributed at least in part to \
the plan? A rising count of identified victims may mean better identification rather than more \
trafficking.",
            "Outcome indicators; NRM and court statistics; survivor interviews (with safeguards)",
        )];
        let reached: Vec<String> = self
            .r
            .dash
            .indicators
            .iter()
            .filter(|p| p.progress.is_some_and(|p| p >= 1.0))
            .map(|p| format!("{} {}", self.r.number(&p.action), line(&p.indicator)))
            .collect();
        if !reached.is_empty() {
            out.push(q(
                format!(
                    "{} indicators reached or passed their target ({}). What changed as a \
result, and for whom?",
                    reached.len(),
                    short_list(&reached)
                ),
                "Indicator trajectories (chapter 3); the data behind each value",
            ));
        }
        out.push(q(
            "Did the plan have effects it did not intend, good or bad (for instance on migrants' \
access to services, or on victims' willingness to come forward)?",
            "Interviews with NGOs, survivors and frontline staff",
        ));
        out
    }

    fn sustainability(&self) -> Vec<Question> {
        let mut out = vec![];
        let continuous: Vec<String> = self
            .r
            .rows
            .iter()
            .filter(|row| {
                self.r.this.report(row.id).is_some_and(|r| r.status == Status::Continuous)
                    || row.decision.timeframe == Some(Timeframe::LongTerm)
                        && self.r.this.report(row.id).is_some_and(|r| r.status.is_implemented())
            })
            .map(|row| row.number.clone())
            .collect();
        if !continuous.is_empty() {
            out.push(q(
                format!(
                    "Actions {} run continuously. Are they funded in the regular budget beyond {}, \
or do they depend on project funding?",
                    continuous.join(", "),
                    self.r.plan.meta.period.last
                ),
                "Budget laws; funding agreements",
            ));
        }
        let sources = monitor::spending_by_source(self.r.plan, self.r.b.content, self.r.periods);
        let total: u64 = sources.iter().map(|s| s.spent_to_date).sum();
        if total > 0 {
            let shares: Vec<String> = sources
                .iter()
                .filter(|s| s.spent_to_date > 0)
                .map(|s| {
                    let name = if s.source.is_empty() { "source not given" } else { &s.source };
                    format!("{} {}", line(name), percent(s.spent_to_date as f64 / total as f64))
                })
                .collect();
            out.push(q(
                format!(
                    "Spending so far by source: {}. Which of these sources will continue after \
the plan, and what stops when the others end?",
                    shares.join(", ")
                ),
                "Budget and spending by funding source; donor agreements",
            ));
        }
        out.push(q(
            "Are the procedures, trainings and structures the plan created written into laws, \
regulations and curricula, so that they outlast it?",
            "Legal and regulatory texts; training curricula",
        ));
        out.push(match self.stage {
            Stage::MidTerm => q(
                "What should be adjusted for the plan's remaining years: actions to speed up, \
revise, fund or drop?",
                "The whole pack; the coordination body's view",
            ),
            Stage::Final => q(
                "What should the next plan carry over, change or stop?",
                "The whole pack; the actions not completed (chapter 2)",
            ),
        });
        out
    }

    // ---- annex ----

    fn reporting_annex(&self) -> Section {
        let mut columns = vec![Column::text("Institution", 36)];
        columns.extend(self.r.periods.iter().map(|p| Column::text(&line(&p.id), 12)));
        let mut leads: Vec<String> = vec![];
        for row in &self.r.rows {
            if let Some(lead) = &row.decision.lead
                && !leads.contains(lead)
            {
                leads.push(lead.clone());
            }
        }
        let rows = leads
            .iter()
            .map(|id| {
                let led: Vec<&str> = self
                    .r
                    .rows
                    .iter()
                    .filter(|r| r.decision.lead.as_deref() == Some(id.as_str()))
                    .map(|r| r.id)
                    .collect();
                let mut cells = vec![Cell::from(self.r.institution(id))];
                cells.extend(self.r.periods.iter().map(|p| {
                    let reported = led.iter().filter(|a| p.report(a).is_some()).count();
                    Cell::from(format!("{reported} of {}", led.len()))
                }));
                cells
            })
            .collect();
        let table = Table {
            caption: "Reports sent, by institution and period".into(),
            columns,
            rows,
            wide: self.r.periods.len() > 3,
        };
        section(
            "A",
            &crate::fl!("evaluation-annex-reporting"),
            vec![
                Block::Paragraph(
                    "For each lead institution, how many of its actions it reported on in each \
period."
                        .into(),
                ),
                Block::Table(table),
            ],
            vec![],
        )
    }

    fn sheets(&self) -> Vec<Sheet> {
        let sheet =
            |name: String, table: Table, frozen_columns| Sheet { name, table, frozen_columns };
        let mut questions = Table {
            caption: "Evaluation questions".into(),
            columns: vec![
                Column::text("Criterion", 14),
                Column::text("No.", 6),
                Column::text("Question", 60),
                Column::text("Evidence to look at", 36),
                Column::text("Findings", 40),
            ],
            rows: vec![],
            wide: true,
        };
        for s in &self.questions().sections {
            for block in &s.blocks {
                if let Block::Table(t) = block {
                    questions.rows.extend(t.rows.iter().map(|r| {
                        let mut row = vec![Cell::from(s.title.as_str())];
                        row.extend(r.iter().cloned());
                        row
                    }));
                }
            }
        }
        vec![
            sheet(crate::fl!("evaluation-sheet-trend"), trend_table(&self.r.dash), 1),
            sheet(crate::fl!("evaluation-sheet-actions"), self.status_history(), 2),
            sheet(crate::fl!("evaluation-sheet-indicators"), self.trajectory_block().as_table(), 2),
            sheet(crate::fl!("evaluation-sheet-questions"), questions, 2),
        ]
    }
}

/// Beyond this many actions, one question lists them all instead of one question each.
const MAX_SINGLE_QUESTIONS: usize = 5;

/// Up to five items and how many more.
fn short_list(items: &[String]) -> String {
    match items.len() {
        0..=5 => items.join("; "),
        n => format!("{}; and {} more", items[..5].join("; "), n - 5),
    }
}

/// The questions of one criterion, numbered Q1, Q2, ... across the whole template after
/// the `asked` before them (plain numbers would read like action numbers).
fn question_table(criterion: &str, asked: usize, questions: Vec<Question>) -> Table {
    let columns = vec![
        Column::text("No.", 6),
        Column::text("Question", 50),
        Column::text("Evidence to look at", 28),
        Column::text("Findings", 30),
    ];
    let rows = questions
        .into_iter()
        .enumerate()
        .map(|(i, question)| {
            vec![
                Cell::from(format!("Q{}", asked + i + 1)),
                Cell::from(question.text),
                Cell::from(question.evidence),
                // Left empty: the evaluators' column, not a gap in the pack.
                Cell::default(),
            ]
        })
        .collect();
    Table { caption: format!("{criterion}: questions"), columns, rows, wide: true }
}

const RELEVANCE: &str = "Relevance: is the plan doing the right things? Do its objectives and \
actions answer the trafficking situation, the victims' needs and the country's obligations, and \
do they still as circumstances change?";
const COHERENCE: &str = "Coherence: how well does the plan fit? Do the institutions' actions \
support each other, and does the plan fit with other policies and with the work of international \
partners?";
const EFFECTIVENESS: &str = "Effectiveness: is the plan achieving its objectives? Which results \
were reached, which were not, and why?";
const EFFICIENCY: &str = "Efficiency: how well are resources used? Were results delivered on time \
and at a reasonable cost?";
const IMPACT: &str = "Impact: what difference does the plan make? The higher-level changes, \
intended or not, for victims, people at risk and the response to trafficking.";
const SUSTAINABILITY: &str = "Sustainability: will the benefits last once the plan and its funding \
end?";
