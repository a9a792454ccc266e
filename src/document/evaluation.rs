//! The evaluation pack for a mid-term or final evaluation: implementation and every
//! indicator's values across the periods so far, and a questions template along the OECD-DAC
//! criteria, with questions drawn from the plan's own figures (actions delayed again and again,
//! institutions that never reported, spending against budget) for the evaluators to answer.

use jiff::civil::Date;

use super::build::{line, long_date, section};
use super::report::{
    Report, count, fit_titles, of, percent, source_name, status_words, trend_table, value_words,
};
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

    /// The stage in file names (`nap-mid-term-evaluation`): English whatever the language.
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
        let mut doc = Document {
            language: line(&self.r.plan.meta.language),
            author: line(&self.r.plan.meta.coordinating_body),
            created: today,
            title_page: self.title_page(today),
            chapters,
            matrices: Matrices::default(),
            sheets: self.sheets(),
        };
        fit_titles(&mut doc);
        doc
    }

    fn covered(&self) -> String {
        let first = self.r.periods.first().map_or("", |p| p.id.as_str());
        crate::fl!("evaluation-covered", first = line(first), last = line(&self.r.this.id))
    }

    fn title_page(&self, today: Date) -> TitlePage {
        let meta = &self.r.plan.meta;
        let facts = vec![
            ListItem::labelled(crate::fl!("report-fact-plan"), self.r.plan_name()),
            ListItem::labelled(crate::fl!("report-fact-plan-id"), line(&self.r.plan.id)),
            ListItem::labelled(crate::fl!("evaluation-fact-covered"), self.covered()),
            ListItem::labelled(
                crate::fl!("report-fact-status"),
                crate::fl!("evaluation-fact-status-text"),
            ),
        ];
        TitlePage {
            kind: super::DocumentKind::Evaluation { stage: self.stage.key() },
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
        let t = &self.r.dash.overall;
        let blocks = vec![
            Block::Paragraph(crate::fl!(
                "evaluation-about",
                stage = self.stage.key(),
                plan = self.r.plan_name(),
                periods = self.covered()
            )),
            Block::List(vec![
                ListItem::labelled(crate::fl!("report-figure-actions"), count(t.actions)),
                ListItem::labelled(
                    crate::fl!("evaluation-fact-covered"),
                    count(self.r.periods.len()),
                ),
                ListItem::labelled(
                    crate::fl!("report-chapter-indicators"),
                    count(self.r.dash.indicators.len()),
                ),
                ListItem::labelled(
                    crate::fl!("evaluation-figure-rate"),
                    t.rate().map_or_else(|| crate::fl!("report-no-actions"), percent),
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
                Block::Paragraph(crate::fl!("evaluation-actions-intro")),
                Block::Table(self.status_history()),
            ],
            vec![],
        );
        section("2", &crate::fl!("evaluation-chapter-implementation"), vec![], vec![trend, actions])
    }

    fn status_history(&self) -> Table {
        let mut columns = vec![
            Column::action_number(),
            Column::text(&crate::fl!("document-column-action"), 40),
            Column::text(&crate::fl!("document-column-lead"), 9),
        ];
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
            caption: crate::fl!("evaluation-history-caption"),
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
            title: crate::fl!("evaluation-trajectories-title"),
            description: crate::fl!("evaluation-trajectories-description"),
            periods,
            rows,
        }
    }

    fn trajectories(&self) -> Section {
        let block = self.trajectory_block();
        let blocks = if block.rows.is_empty() {
            vec![Block::Paragraph(crate::fl!("report-no-indicators"))]
        } else {
            vec![
                Block::Paragraph(crate::fl!(
                    "evaluation-trajectories-intro",
                    none = super::NO_VALUE
                )),
                Block::Trajectories(block),
            ]
        };
        section("3", &crate::fl!("evaluation-chapter-trajectories"), blocks, vec![])
    }

    // ---- chapter 4 ----

    fn questions(&self) -> Section {
        let criteria: [(String, String, Vec<Question>); 6] = [
            (
                crate::fl!("evaluation-relevance"),
                crate::fl!("evaluation-relevance-meaning"),
                self.relevance(),
            ),
            (
                crate::fl!("evaluation-coherence"),
                crate::fl!("evaluation-coherence-meaning"),
                self.coherence(),
            ),
            (
                crate::fl!("evaluation-effectiveness"),
                crate::fl!("evaluation-effectiveness-meaning"),
                self.effectiveness(),
            ),
            (
                crate::fl!("evaluation-efficiency"),
                crate::fl!("evaluation-efficiency-meaning"),
                self.efficiency(),
            ),
            (
                crate::fl!("evaluation-impact"),
                crate::fl!("evaluation-impact-meaning"),
                self.impact(),
            ),
            (
                crate::fl!("evaluation-sustainability"),
                crate::fl!("evaluation-sustainability-meaning"),
                self.sustainability(),
            ),
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
                        Block::Paragraph(meaning),
                        Block::Table(question_table(&name, first, questions)),
                    ],
                    vec![],
                )
            })
            .collect();
        section(
            "4",
            &crate::fl!("evaluation-chapter-questions"),
            vec![Block::Paragraph(crate::fl!("evaluation-questions-intro"))],
            sections,
        )
    }

    fn action_words(&self, id: &str) -> String {
        let row = self.r.row(id);
        let lead = row.map(|r| self.r.lead_code(r.decision)).filter(|l| !l.is_empty());
        let number = self.r.number(id);
        let text = row.map_or("", |r| r.text.trim_end_matches('.')).to_string();
        match lead {
            Some(lead) => {
                crate::fl!("evaluation-action-led", number = number, text = text, lead = lead)
            }
            None => crate::fl!("evaluation-action", number = number, text = text),
        }
    }

    fn relevance(&self) -> Vec<Question> {
        let mut out = vec![
            q(crate::fl!("evaluation-q-situation"), crate::fl!("evaluation-e-situation")),
            q(crate::fl!("evaluation-q-survivors"), crate::fl!("evaluation-e-survivors")),
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
        let evidence = crate::fl!("evaluation-e-dropped");
        if dropped.len() > MAX_SINGLE_QUESTIONS {
            let numbers: Vec<String> = dropped.iter().map(|(id, _)| self.r.number(id)).collect();
            out.push(q(
                crate::fl!(
                    "evaluation-q-dropped-many",
                    count = dropped.len(),
                    actions = numbers.join(", ")
                ),
                evidence,
            ));
            return out;
        }
        for (id, r) in dropped {
            let action = self.action_words(id);
            let question = if r.dropped_reason.trim().is_empty() {
                crate::fl!("evaluation-q-dropped", action = action)
            } else {
                let why = line(r.dropped_reason.trim().trim_end_matches('.'));
                crate::fl!("evaluation-q-dropped-why", action = action, why = why)
            };
            out.push(q(question, evidence.clone()));
        }
        out
    }

    fn coherence(&self) -> Vec<Question> {
        let mut out = vec![
            q(crate::fl!("evaluation-q-fit"), crate::fl!("evaluation-e-fit")),
            q(crate::fl!("evaluation-q-strategies"), crate::fl!("evaluation-e-strategies")),
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
                crate::fl!(
                    "evaluation-q-silent-institution",
                    institution = self.r.institution(&id),
                    periods = self.covered(),
                    actions = led.join(", ")
                ),
                crate::fl!("evaluation-e-silent-institution"),
            ));
        }
        out
    }

    fn effectiveness(&self) -> Vec<Question> {
        let t = &self.r.dash.overall;
        let last = self.r.plan.meta.period.last;
        let overall = crate::fl!(
            "evaluation-q-overall",
            stage = self.stage.key(),
            period = line(&self.r.this.id),
            implemented = t.implemented(),
            actions = t.actions,
            rate = t.rate().map_or_else(|| crate::fl!("evaluation-no-rate"), percent),
            delayed = t.count(Status::Delayed),
            last = last
        );
        let mut out = vec![q(overall, crate::fl!("evaluation-e-overall"))];
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
                crate::fl!(
                    "evaluation-q-delays-many",
                    count = delays.len(),
                    actions = listed.join("; ")
                ),
                crate::fl!("evaluation-e-delays-many"),
            ));
        }
        for delay in delays.iter().filter(|_| delays.len() <= MAX_SINGLE_QUESTIONS) {
            out.push(q(
                crate::fl!(
                    "evaluation-q-delayed",
                    action = self.action_words(&delay.action),
                    periods = delay.periods.iter().map(|p| line(p)).collect::<Vec<_>>().join(", ")
                ),
                crate::fl!("evaluation-e-delayed"),
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
                crate::fl!(
                    "evaluation-q-silent-indicators",
                    count = silent.len(),
                    indicators = short_list(&silent)
                ),
                crate::fl!("evaluation-e-silent-indicators"),
            ));
        }
        out
    }

    fn efficiency(&self) -> Vec<Question> {
        let s = &self.r.dash.spending;
        let elapsed = self.elapsed_share();
        let spent = match s.execution() {
            Some(e) => crate::fl!(
                "report-spent-of-budget-share",
                spent = self.r.b.money(s.spent_to_date),
                budget = self.r.b.money(s.budget),
                share = percent(e)
            ),
            None => crate::fl!(
                "report-spent-of-budget",
                spent = self.r.b.money(s.spent_to_date),
                budget = self.r.b.money(s.budget)
            ),
        };
        let mut out = vec![q(
            crate::fl!(
                "evaluation-q-spending",
                spent = spent,
                period = line(&self.r.this.id),
                elapsed = percent(elapsed)
            ),
            crate::fl!("evaluation-e-spending"),
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
                crate::fl!("evaluation-q-over-budget", actions = over.join(", ")),
                crate::fl!("evaluation-e-over-budget"),
            ));
        }
        out.push(q(crate::fl!("evaluation-q-resources"), crate::fl!("evaluation-e-resources")));
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
        let mut out = vec![q(crate::fl!("evaluation-q-change"), crate::fl!("evaluation-e-change"))];
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
                crate::fl!(
                    "evaluation-q-reached",
                    count = reached.len(),
                    indicators = short_list(&reached)
                ),
                crate::fl!("evaluation-e-reached"),
            ));
        }
        out.push(q(crate::fl!("evaluation-q-unintended"), crate::fl!("evaluation-e-unintended")));
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
                crate::fl!(
                    "evaluation-q-continuous",
                    actions = continuous.join(", "),
                    last = self.r.plan.meta.period.last.to_string()
                ),
                crate::fl!("evaluation-e-continuous"),
            ));
        }
        let sources = monitor::spending_by_source(self.r.plan, self.r.b.content, self.r.periods);
        let total: u64 = sources.iter().map(|s| s.spent_to_date).sum();
        if total > 0 {
            let shares: Vec<String> = sources
                .iter()
                .filter(|s| s.spent_to_date > 0)
                .map(|s| {
                    let share = percent(s.spent_to_date as f64 / total as f64);
                    format!("{} {share}", source_name(&s.source))
                })
                .collect();
            out.push(q(
                crate::fl!("evaluation-q-sources", shares = shares.join(", ")),
                crate::fl!("evaluation-e-sources"),
            ));
        }
        out.push(q(crate::fl!("evaluation-q-laws"), crate::fl!("evaluation-e-laws")));
        out.push(q(
            crate::fl!("evaluation-q-next", stage = self.stage.key()),
            crate::fl!("evaluation-e-next", stage = self.stage.key()),
        ));
        out
    }

    // ---- annex ----

    fn reporting_annex(&self) -> Section {
        let mut columns = vec![Column::text(&crate::fl!("document-column-institution"), 36)];
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
                    Cell::from(of(reported, led.len()))
                }));
                cells
            })
            .collect();
        let table = Table {
            caption: crate::fl!("evaluation-annex-caption"),
            columns,
            rows,
            wide: self.r.periods.len() > 3,
        };
        section(
            "A",
            &crate::fl!("evaluation-annex-reporting"),
            vec![Block::Paragraph(crate::fl!("evaluation-annex-intro")), Block::Table(table)],
            vec![],
        )
    }

    fn sheets(&self) -> Vec<Sheet> {
        let sheet =
            |name: String, table: Table, frozen_columns| Sheet { name, table, frozen_columns };
        let mut questions = Table {
            caption: crate::fl!("evaluation-chapter-questions"),
            columns: vec![
                Column::text(&crate::fl!("evaluation-column-criterion"), 14),
                Column::text(&crate::fl!("document-column-number"), 6),
                Column::text(&crate::fl!("evaluation-column-question"), 60),
                Column::text(&crate::fl!("evaluation-column-evidence"), 36),
                Column::text(&crate::fl!("evaluation-column-findings"), 40),
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
        n => crate::fl!("evaluation-and-more", listed = items[..5].join("; "), more = (n - 5)),
    }
}

/// The questions of one criterion, numbered Q1, Q2, ... across the whole template after
/// the `asked` before them (plain numbers would read like action numbers).
fn question_table(criterion: &str, asked: usize, questions: Vec<Question>) -> Table {
    let columns = vec![
        Column::text(&crate::fl!("document-column-number"), 6),
        Column::text(&crate::fl!("evaluation-column-question"), 50),
        Column::text(&crate::fl!("evaluation-column-evidence"), 28),
        Column::text(&crate::fl!("evaluation-column-findings"), 30),
    ];
    let rows = questions
        .into_iter()
        .enumerate()
        .map(|(i, question)| {
            vec![
                Cell::from(crate::fl!("evaluation-question-number", n = (asked + i + 1))),
                Cell::from(question.text),
                Cell::from(question.evidence),
                // Left empty: the evaluators' column, not a gap in the pack.
                Cell::default(),
            ]
        })
        .collect();
    let caption = crate::fl!("evaluation-questions-caption", criterion = criterion);
    Table { caption, columns, rows, wide: true }
}
