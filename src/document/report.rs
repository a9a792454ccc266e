//! The implementation report of one reporting period (Chapter B): summary figures, progress per
//! area and objective, indicators, budget execution, difficulties, recommendations left for
//! the drafting team, and the reporting status of each institution. Built on the same
//! document model as the draft, so every export format writes it; the figures come from
//! [`crate::plan::monitor`], exactly as the Monitor dashboard shows them.

use jiff::civil::Date;

use super::build::{Builder, line, long_date, section, text, without_empty_series};
use super::{
    Bar, BarChart, Block, Cell, Column, ColumnKind, Document, ListItem, Matrices, Section, Sheet,
    Table, TitlePage,
};
use crate::content::Content;
use crate::plan::monitor::{
    self, Dashboard, IndicatorProgress, ReportingPeriod, SourceSpending, Status, Tally, Value,
};
use crate::plan::{Decision, Plan};

/// The implementation report of `period`, dated `today`; `None` when the plan has no such
/// period.
pub fn build_report(plan: &Plan, content: &Content, period: &str, today: Date) -> Option<Document> {
    crate::i18n::in_language(&plan.meta.language, || {
        Some(Report::new(plan, content, period, false)?.document(today))
    })
}

/// The clean copy for circulation (no drafting marks, no word about the tool) and the gaps it
/// leaves out, for the drafting team's checklist.
pub fn build_report_clean(
    plan: &Plan,
    content: &Content,
    period: &str,
    today: Date,
) -> Option<(Document, Vec<super::Gap>)> {
    crate::i18n::in_language(&plan.meta.language, || {
        let mut doc = Report::new(plan, content, period, true)?.document(today);
        let gaps = super::clean::take_gaps(&mut doc);
        Some((doc, gaps))
    })
}

/// Printed where an action has no report for the period.
pub(super) fn not_reported() -> String {
    crate::fl!("report-not-reported")
}

/// The statuses in the order tables and charts list them, then "not reported".
const STATUS_ORDER: [Status; 6] = [
    Status::Completed,
    Status::Continuous,
    Status::OnTrack,
    Status::Delayed,
    Status::NotStarted,
    Status::Dropped,
];

/// An included action as the report names it.
pub(super) struct Row<'a> {
    pub(super) number: String,
    pub(super) id: &'a str,
    pub(super) text: String,
    pub(super) area: String,
    pub(super) objective: String,
    pub(super) decision: &'a Decision,
}

pub(super) struct Report<'a> {
    pub(super) b: Builder<'a>,
    pub(super) plan: &'a Plan,
    /// Every period up to and including the one reported on.
    pub(super) periods: &'a [ReportingPeriod],
    pub(super) this: &'a ReportingPeriod,
    pub(super) dash: Dashboard,
    pub(super) rows: Vec<Row<'a>>,
}

impl<'a> Report<'a> {
    pub(super) fn new(
        plan: &'a Plan,
        content: &'a Content,
        period: &str,
        clean: bool,
    ) -> Option<Report<'a>> {
        let periods = monitor::periods_up_to(plan, period)?;
        let dash = monitor::dashboard(plan, content, period)?;
        let b = Builder::new(plan, content, clean);
        let rows = b
            .actions()
            .map(|(area, objective, action)| Row {
                number: action.number.clone(),
                id: action.id,
                text: action.text.clone(),
                area: line(&area.area.title),
                objective: format!("{} {}", objective.number, objective.title),
                decision: action.decision,
            })
            .collect();
        let this = periods.last().expect("periods_up_to includes the period");
        Some(Report { b, plan, periods, this, dash, rows })
    }

    fn document(&self, today: Date) -> Document {
        let chapters = vec![
            self.summary(),
            self.progress(),
            self.indicators(),
            self.budget(),
            self.difficulties(),
            self.recommendations(),
            self.reporting_annex(),
        ];
        Document {
            language: line(&self.plan.meta.language),
            author: line(&self.plan.meta.coordinating_body),
            created: today,
            title_page: self.title_page(today),
            chapters,
            matrices: Matrices::default(),
            sheets: self.sheets(),
        }
    }

    pub(super) fn row(&self, id: &str) -> Option<&Row<'a>> {
        self.rows.iter().find(|r| r.id == id)
    }

    /// "4.1.2", or the id for an action the draft does not number.
    pub(super) fn number(&self, id: &str) -> String {
        self.row(id).map_or_else(|| line(id), |r| r.number.clone())
    }

    pub(super) fn lead_code(&self, decision: &Decision) -> String {
        decision.lead.as_deref().map_or_else(String::new, |l| self.b.code(l))
    }

    pub(super) fn institution(&self, id: &str) -> String {
        format!("{} ({})", line(self.plan.institution_name(id, self.b.content)), self.b.code(id))
    }

    pub(super) fn area_title(&self, id: &str) -> String {
        self.b
            .content
            .areas
            .iter()
            .find(|a| a.id == id)
            .map_or_else(|| line(id), |a| line(&a.title))
    }

    fn period_words(&self) -> String {
        format!(
            "{} ({} to {})",
            line(&self.this.id),
            long_date(self.this.from),
            long_date(self.this.to)
        )
    }

    // ---- title page ----

    fn title_page(&self, today: Date) -> TitlePage {
        let meta = &self.plan.meta;
        let mut facts = vec![
            ListItem::labelled("Plan", self.plan_name()),
            ListItem::labelled("Plan id", line(&self.plan.id)),
            ListItem::labelled("Reports due", long_date(self.this.due)),
        ];
        let body = self.b.monitoring_body();
        if !body.is_empty() {
            facts.push(ListItem::labelled("Monitoring body", body));
        }
        facts.push(ListItem::labelled(
            "Status",
            "Compiled from the implementing institutions' reports; not yet approved.",
        ));
        TitlePage {
            status: if self.b.clean {
                crate::fl!("report-status")
            } else {
                crate::fl!("report-status-draft")
            },
            title: line(&meta.title),
            country: line(&meta.country),
            period: crate::fl!(
                "report-period",
                period = line(&self.this.id),
                from = long_date(self.this.from),
                to = long_date(self.this.to)
            ),
            date: long_date(today),
            facts,
        }
    }

    /// The plan's title, with its years when the title does not already name them.
    pub(super) fn plan_name(&self) -> String {
        let title = line(&self.plan.meta.title);
        let years = self.plan_years();
        if title.contains(&years) { title } else { format!("{title} ({years})") }
    }

    pub(super) fn plan_years(&self) -> String {
        let p = self.plan.meta.period;
        format!("{}-{}", p.first, p.last)
    }

    // ---- chapter 1 ----

    fn summary(&self) -> Section {
        let figures =
            section("1.1", &crate::fl!("report-section-key-figures"), self.key_figures(), vec![]);
        let trend = section(
            "1.2",
            &crate::fl!("report-section-trend"),
            vec![
                Block::Paragraph(
                    "The actions of the plan by the status reported in each period so far.".into(),
                ),
                Block::Table(trend_table(&self.dash)),
            ],
            vec![],
        );
        let mut blocks = vec![Block::Paragraph(self.opening())];
        if !self.b.clean {
            blocks.push(Block::Paragraph(
                "Compiled with napwiz from the reports entered for the period. Passages marked \
\"For the drafting team\" are left for the drafting team to write."
                    .into(),
            ));
        }
        section("1", &crate::fl!("report-chapter-summary"), blocks, vec![figures, trend])
    }

    fn opening(&self) -> String {
        let t = &self.dash.overall;
        format!(
            "This report covers the implementation of the {} in the reporting period {}. \
Of the {} actions of the plan, {} were reported on; {} are implemented (completed or continuous), \
{} are delayed and {} have not started.",
            self.plan_name(),
            self.period_words(),
            t.actions,
            t.reported(),
            t.implemented(),
            t.count(Status::Delayed),
            t.count(Status::NotStarted),
        )
    }

    fn key_figures(&self) -> Vec<Block> {
        let t = &self.dash.overall;
        let s = &self.dash.spending;
        let mut facts = vec![
            ListItem::labelled("Actions in the plan", t.actions.to_string()),
            ListItem::labelled("Reported on", of(t.reported(), t.actions)),
            ListItem::labelled(
                "Implementation rate (completed or continuous, of the actions not dropped)",
                t.rate().map_or_else(|| "no actions".into(), percent),
            ),
            ListItem::labelled(
                "Overdue (timeframe over, not completed)",
                self.dash.overdue.len().to_string(),
            ),
            ListItem::labelled(
                "Institutions that have not reported on all their actions",
                self.owing_names(),
            ),
            ListItem::labelled("Spent in the period", self.b.money(s.spent_in_period)),
            ListItem::labelled(
                "Spent to date, of the budget",
                format!(
                    "{} of {}{}",
                    self.b.money(s.spent_to_date),
                    self.b.money(s.budget),
                    s.execution().map_or_else(String::new, |e| format!(" ({})", percent(e)))
                ),
            ),
        ];
        facts.retain(|f| !f.text.is_empty());
        vec![Block::List(facts), Block::Table(status_table(t)), Block::Chart(self.status_chart())]
    }

    fn owing_names(&self) -> String {
        let names: Vec<String> = self
            .dash
            .owing
            .iter()
            .map(|o| {
                o.institution.as_deref().map_or("no lead institution".into(), |i| self.b.code(i))
            })
            .collect();
        if names.is_empty() { "none".into() } else { names.join(", ") }
    }

    fn status_chart(&self) -> BarChart {
        let bars = self
            .dash
            .areas
            .iter()
            .map(|(area, tally)| Bar { label: self.area_title(area), values: status_values(tally) })
            .collect();
        without_empty_series(BarChart {
            title: format!("Actions per area by status, {}", line(&self.this.id)),
            description:
                "The number of actions of each area by the status reported for the period.".into(),
            category: "Area".into(),
            series: status_series(),
            bars,
        })
    }

    // ---- chapter 2 ----

    fn progress(&self) -> Section {
        let sections = self
            .b
            .planned
            .iter()
            .filter(|a| !a.objectives.is_empty())
            .enumerate()
            .map(|(i, area)| self.area_progress(i + 1, area))
            .collect();
        section(
            "2",
            &crate::fl!("report-chapter-progress"),
            vec![Block::Paragraph(
                "Each action's status as its lead institution reported it for the period. Action \
numbers are those of the action plan."
                    .into(),
            )],
            sections,
        )
    }

    fn area_progress(&self, n: usize, area: &super::build::PlannedArea) -> Section {
        let number = format!("2.{n}");
        let mut objectives = Table {
            caption: format!("Objectives of {} by status", line(&area.area.title)),
            columns: tally_columns("Objective"),
            rows: vec![],
            wide: true,
        };
        let mut sections = vec![];
        for (j, objective) in area.objectives.iter().enumerate() {
            let tally = self.dash.goals.iter().find(|(g, _)| g == objective.goal).map(|(_, t)| t);
            let label = format!("{} {}", objective.number, objective.title);
            objectives.rows.push(tally_row(&label, &tally.cloned().unwrap_or_default()));
            let ids: Vec<&str> = objective.actions.iter().map(|a| a.id).collect();
            sections.push(section(
                &format!("{number}.{}", j + 1),
                &crate::fl!(
                    "report-objective",
                    number = objective.number.clone(),
                    title = objective.title.clone()
                ),
                vec![Block::Table(self.action_status_table(&objective.number, &ids))],
                vec![],
            ));
        }
        section(&number, &line(&area.area.title), vec![Block::Table(objectives)], sections)
    }

    fn action_status_table(&self, objective: &str, ids: &[&str]) -> Table {
        let columns = vec![
            Column::action_number(),
            Column::text("Action", 34),
            Column::text("Lead", 9),
            Column::text("Status", 16),
            Column::text("What was done", 40),
            Column::text("Validated", 9),
        ];
        let rows = ids
            .iter()
            .filter_map(|id| self.row(id))
            .map(|row| {
                let report = self.this.report(row.id);
                vec![
                    Cell::from(row.number.as_str()),
                    Cell::from(row.text.as_str()),
                    Cell::from(self.lead_code(row.decision)),
                    Cell::from(status_words(report)),
                    Cell::from(report.map_or_else(String::new, |r| text(&r.done))),
                    Cell::from(validated(report)),
                ]
            })
            .collect();
        Table { caption: format!("Actions of objective {objective}"), columns, rows, wide: true }
    }

    // ---- chapter 3 ----

    fn indicators(&self) -> Section {
        let table = self.indicator_table();
        let blocks = if table.rows.is_empty() {
            vec![Block::Paragraph("The included actions have no indicators.".into())]
        } else {
            vec![
                Block::Paragraph(format!(
                    "Each indicator of the included actions: its baseline and target as the plan \
sets them, the value reported for {}, the latest earlier value and the trend between them. \
Progress is how far the value has come from the baseline towards the target.",
                    line(&self.this.id)
                )),
                Block::Table(table),
            ]
        };
        section("3", &crate::fl!("report-chapter-indicators"), blocks, vec![])
    }

    fn indicator_table(&self) -> Table {
        let columns = vec![
            Column::action_number(),
            Column::text("Indicator", 36),
            Column::text("Baseline", 12),
            Column::text("Target", 12),
            Column::text(&format!("Value {}", line(&self.this.id)), 12),
            Column::text("Earlier value", 12),
            Column::text("Trend", 11),
            Column::text("Progress to target", 10),
        ];
        let rows = self
            .dash
            .indicators
            .iter()
            .map(|p| {
                vec![
                    Cell::from(self.number(&p.action)),
                    Cell::from(line(&p.indicator)),
                    Cell::from(line(&p.baseline)),
                    Cell::from(line(&p.target)),
                    Cell::from(p.value.as_ref().map_or_else(not_reported, |v| line(&v.words()))),
                    Cell::from(p.previous.as_ref().map_or(String::new(), |v| line(&v.words()))),
                    Cell::from(trend(p)),
                    Cell::from(p.progress.map_or_else(String::new, percent)),
                ]
            })
            .collect();
        Table { caption: "Indicators".into(), columns, rows, wide: true }
    }

    // ---- chapter 4 ----

    fn budget(&self) -> Section {
        let s = &self.dash.spending;
        let opening = format!(
            "The included actions are costed at {} in all. {} was reported spent in the period and \
{} to date{}.",
            self.b.money(s.budget),
            self.b.money(s.spent_in_period),
            self.b.money(s.spent_to_date),
            s.execution().map_or_else(String::new, |e| format!(", {} of the budget", percent(e)))
        );
        let sources = monitor::spending_by_source(self.plan, self.b.content, self.periods);
        section(
            "4",
            &crate::fl!("report-chapter-budget"),
            vec![
                Block::Paragraph(opening),
                Block::Table(self.area_spending_table(false)),
                Block::Table(self.source_spending_table(&sources, false)),
            ],
            vec![],
        )
    }

    fn money_cell(&self, amount: u64, flat: bool) -> Cell {
        if flat { amount.to_string().into() } else { self.b.money(amount).into() }
    }

    fn money_columns(&self, first: &str) -> Vec<Column> {
        let money =
            |title: &str| Column { title: title.into(), width: 14, kind: ColumnKind::Money };
        vec![
            Column::text(first, 36),
            money("Budget"),
            money("Spent in the period"),
            money("Spent to date"),
            Column::text("Execution", 10),
        ]
    }

    fn area_spending_table(&self, flat: bool) -> Table {
        let s = &self.dash.spending;
        let mut rows: Vec<Vec<Cell>> = s
            .areas
            .iter()
            .map(|a| {
                let row = (self.area_title(&a.area), a.budget, a.spent_in_period, a.spent_to_date);
                self.spending_row(row, flat)
            })
            .collect();
        rows.push(
            self.spending_row(("Total".into(), s.budget, s.spent_in_period, s.spent_to_date), flat),
        );
        Table {
            caption: "Budget and spending by area".into(),
            columns: self.money_columns("Area"),
            rows,
            wide: false,
        }
    }

    fn source_spending_table(&self, sources: &[SourceSpending], flat: bool) -> Table {
        let rows = sources
            .iter()
            .map(|s| {
                let name =
                    if s.source.is_empty() { "source not given".into() } else { line(&s.source) };
                self.spending_row((name, s.budget, s.spent_in_period, s.spent_to_date), flat)
            })
            .collect();
        Table {
            caption: "Budget and spending by funding source".into(),
            columns: self.money_columns("Funding source"),
            rows,
            wide: false,
        }
    }

    fn spending_row(
        &self,
        (label, budget, now, to_date): (String, u64, u64, u64),
        flat: bool,
    ) -> Vec<Cell> {
        let execution = (budget > 0).then(|| percent(to_date as f64 / budget as f64));
        vec![
            Cell::from(label),
            self.money_cell(budget, flat),
            self.money_cell(now, flat),
            self.money_cell(to_date, flat),
            Cell::from(execution.unwrap_or_default()),
        ]
    }

    // ---- chapter 5 ----

    fn difficulties(&self) -> Section {
        let reported = self.difficulty_table();
        let mut blocks = vec![];
        if reported.rows.is_empty() {
            blocks.push(Block::Paragraph("No difficulties were reported for the period.".into()));
        } else {
            blocks.push(Block::Paragraph(
                "The difficulties the lead institutions reported and the corrective measures they \
proposed."
                    .into(),
            ));
            blocks.push(Block::Table(reported));
        }
        let dropped = self.dropped_table();
        if !dropped.rows.is_empty() {
            blocks.push(Block::Table(dropped));
        }
        let overdue =
            section("5.1", &crate::fl!("report-section-overdue"), self.overdue_blocks(), vec![]);
        section("5", &crate::fl!("report-chapter-difficulties"), blocks, vec![overdue])
    }

    fn difficulty_table(&self) -> Table {
        let columns = vec![
            Column::action_number(),
            Column::text("Action", 30),
            Column::text("Lead", 9),
            Column::text("Status", 11),
            Column::text("Difficulties", 36),
            Column::text("Corrective measures", 36),
        ];
        let rows = self
            .rows
            .iter()
            .filter_map(|row| {
                let r = self.this.report(row.id)?;
                (!r.difficulties.trim().is_empty() || !r.corrective_measures.trim().is_empty())
                    .then(|| {
                        vec![
                            Cell::from(row.number.as_str()),
                            Cell::from(row.text.as_str()),
                            Cell::from(self.lead_code(row.decision)),
                            Cell::from(r.status.label()),
                            Cell::from(text(&r.difficulties)),
                            Cell::from(text(&r.corrective_measures)),
                        ]
                    })
            })
            .collect();
        Table { caption: "Difficulties and corrective measures".into(), columns, rows, wide: true }
    }

    fn dropped_table(&self) -> Table {
        let columns = vec![
            Column::action_number(),
            Column::text("Action", 40),
            Column::text("Lead", 9),
            Column::text("Why it was dropped", 44),
        ];
        let rows = self
            .rows
            .iter()
            .filter_map(|row| {
                let r = self.this.report(row.id).filter(|r| r.status == Status::Dropped)?;
                Some(vec![
                    Cell::from(row.number.as_str()),
                    Cell::from(row.text.as_str()),
                    Cell::from(self.lead_code(row.decision)),
                    Cell::from(text(&r.dropped_reason)),
                ])
            })
            .collect();
        Table { caption: "Actions dropped".into(), columns, rows, wide: false }
    }

    fn overdue_blocks(&self) -> Vec<Block> {
        if self.dash.overdue.is_empty() {
            return vec![Block::Paragraph(
                "No action's timeframe is over without the action being completed.".into(),
            )];
        }
        let columns = vec![
            Column::action_number(),
            Column::text("Action", 44),
            Column::text("Lead", 9),
            Column::text("Timeframe ended", 10),
            Column::text("Status", 12),
        ];
        let rows = self
            .dash
            .overdue
            .iter()
            .map(|o| {
                vec![
                    Cell::from(self.number(&o.action)),
                    Cell::from(self.row(&o.action).map_or_else(String::new, |r| r.text.clone())),
                    Cell::from(o.lead.as_deref().map_or_else(String::new, |l| self.b.code(l))),
                    Cell::from(o.ended.to_string()),
                    Cell::from(o.status.map_or_else(not_reported, |s| s.label())),
                ]
            })
            .collect();
        vec![
            Block::Paragraph(
                "Actions whose timeframe ended by the end of the period and that are not completed."
                    .into(),
            ),
            Block::Table(Table { caption: "Overdue actions".into(), columns, rows, wide: false }),
        ]
    }

    // ---- chapter 6 and annex ----

    fn recommendations(&self) -> Section {
        section(
            "6",
            &crate::fl!("report-chapter-recommendations"),
            vec![Block::Placeholder(RECOMMENDATIONS.into())],
            vec![],
        )
    }

    fn reporting_annex(&self) -> Section {
        section(
            "A",
            &crate::fl!("report-annex-reporting"),
            vec![
                Block::Paragraph(format!(
                    "Who reported for {} on the actions they lead, and whether the coordinator has \
validated the reports.",
                    line(&self.this.id)
                )),
                Block::Table(self.reporting_table()),
            ],
            vec![],
        )
    }

    fn reporting_table(&self) -> Table {
        let number =
            |title: &str| Column { title: title.into(), width: 11, kind: ColumnKind::Number };
        let columns = vec![
            Column::text("Institution", 32),
            number("Actions led"),
            number("Reported"),
            number("Validated"),
            Column::text("Reporting status", 16),
            Column::text("Reports missing for", 22),
        ];
        let rows = self
            .dash
            .institutions
            .iter()
            .map(|(id, tally)| {
                let led: Vec<&Row> = self
                    .rows
                    .iter()
                    .filter(|r| r.decision.lead.as_deref() == Some(id.as_str()))
                    .collect();
                let validated = led
                    .iter()
                    .filter(|r| self.this.report(r.id).is_some_and(|rep| rep.validated))
                    .count();
                let missing: Vec<&str> = led
                    .iter()
                    .filter(|r| self.this.report(r.id).is_none())
                    .map(|r| r.number.as_str())
                    .collect();
                vec![
                    Cell::from(self.institution(id)),
                    Cell::from(tally.actions.to_string()),
                    Cell::from(tally.reported().to_string()),
                    Cell::from(validated.to_string()),
                    Cell::from(reporting_status(tally)),
                    Cell::from(missing.join(", ")),
                ]
            })
            .collect();
        Table { caption: "Reporting status by institution".into(), columns, rows, wide: false }
    }

    // ---- the workbook ----

    fn sheets(&self) -> Vec<Sheet> {
        let sources = monitor::spending_by_source(self.plan, self.b.content, self.periods);
        let sheet =
            |name: String, table: Table, frozen_columns| Sheet { name, table, frozen_columns };
        vec![
            sheet(crate::fl!("report-sheet-actions"), self.action_sheet(), 1),
            sheet(crate::fl!("report-sheet-indicators"), self.indicator_table(), 2),
            sheet(crate::fl!("report-sheet-budget-area"), self.area_spending_table(true), 1),
            sheet(
                crate::fl!("report-sheet-budget-source"),
                self.source_spending_table(&sources, true),
                1,
            ),
            sheet(crate::fl!("report-sheet-institutions"), self.reporting_table(), 1),
            sheet(crate::fl!("report-sheet-trend"), trend_table(&self.dash), 1),
        ]
    }

    fn action_sheet(&self) -> Table {
        let columns = vec![
            Column::action_number(),
            Column::text("Area", 18),
            Column::text("Objective", 24),
            Column::text("Action", 36),
            Column::text("Lead", 9),
            Column::text("Status", 12),
            Column::text("Why it was dropped", 24),
            Column::text("What was done", 40),
            Column { title: "Spent".into(), width: 12, kind: ColumnKind::Money },
            Column::text("Source of funds", 16),
            Column::text("Difficulties", 30),
            Column::text("Corrective measures", 30),
            Column::text("Evidence", 24),
            Column::text("Reported by", 16),
            Column::text("Date", 11),
            Column::text("Validated", 9),
        ];
        let rows = self.rows.iter().map(|row| self.action_sheet_row(row)).collect();
        Table { caption: format!("Actions, {}", line(&self.this.id)), columns, rows, wide: true }
    }

    fn action_sheet_row(&self, row: &Row) -> Vec<Cell> {
        let report = self.this.report(row.id);
        let field = |f: fn(&monitor::ActionReport) -> String| report.map_or_else(String::new, f);
        vec![
            Cell::from(row.number.as_str()),
            Cell::from(row.area.as_str()),
            Cell::from(row.objective.as_str()),
            Cell::from(row.text.as_str()),
            Cell::from(self.lead_code(row.decision)),
            Cell::from(report.map_or_else(not_reported, |r| r.status.label())),
            Cell::from(field(|r| text(&r.dropped_reason))),
            Cell::from(field(|r| text(&r.done))),
            Cell::from(field(|r| {
                r.spent.as_ref().and_then(|b| b.amount).map_or_else(String::new, |a| a.to_string())
            })),
            Cell::from(field(|r| r.spent.as_ref().map_or_else(String::new, |b| line(&b.source)))),
            Cell::from(field(|r| text(&r.difficulties))),
            Cell::from(field(|r| text(&r.corrective_measures))),
            Cell::from(field(|r| {
                r.evidence.iter().map(|e| line(e)).collect::<Vec<_>>().join("\n")
            })),
            Cell::from(field(|r| line(&r.reported_by))),
            Cell::from(field(|r| r.date.map_or_else(String::new, |d| d.to_string()))),
            Cell::from(validated(report)),
        ]
    }
}

/// "12 of 40".
fn of(part: usize, whole: usize) -> String {
    format!("{part} of {whole}")
}

/// A share as a whole percentage: 0.456 as "46%".
pub(super) fn percent(share: f64) -> String {
    format!("{:.0}%", share * 100.0)
}

/// The status as a table says it: the label, "dropped: why", or "not reported".
pub(super) fn status_words(report: Option<&monitor::ActionReport>) -> String {
    match report {
        None => not_reported(),
        Some(r) if r.status == Status::Dropped && !r.dropped_reason.trim().is_empty() => {
            format!("dropped: {}", line(&r.dropped_reason))
        }
        Some(r) => r.status.label(),
    }
}

fn validated(report: Option<&monitor::ActionReport>) -> &'static str {
    match report {
        Some(r) if r.validated => "yes",
        Some(_) => "no",
        None => "",
    }
}

/// How an indicator moved since the latest earlier value, in words.
pub(super) fn trend(p: &IndicatorProgress) -> String {
    // The value column already says "not reported".
    let (Some(value), previous) = (p.value.as_ref(), p.previous.as_ref()) else {
        return String::new();
    };
    let Some(previous) = previous else { return "first value".into() };
    match (value.as_number(), previous.as_number()) {
        (Some(v), Some(before)) if v > before => "up".into(),
        (Some(v), Some(before)) if v < before => "down".into(),
        (Some(_), Some(_)) => "no change".into(),
        _ if value == previous => "no change".into(),
        _ => "changed".into(),
    }
}

fn reporting_status(tally: &Tally) -> &'static str {
    match tally.reported() {
        0 => "did not report",
        n if n == tally.actions => "reported on all",
        _ => "reported on some",
    }
}

pub(super) fn status_series() -> Vec<String> {
    STATUS_ORDER.iter().map(|s| s.label().to_string()).chain([not_reported()]).collect()
}

fn status_values(tally: &Tally) -> Vec<usize> {
    STATUS_ORDER.iter().map(|s| tally.count(*s)).chain([tally.not_reported]).collect()
}

/// Actions by status: count and share of all the plan's actions.
fn status_table(t: &Tally) -> Table {
    let columns = vec![
        Column::text("Status", 20),
        Column { title: "Actions".into(), width: 9, kind: ColumnKind::Number },
        Column::text("Share of actions", 10),
    ];
    let share = |n: usize| {
        if t.actions == 0 { String::new() } else { percent(n as f64 / t.actions as f64) }
    };
    let rows = status_series()
        .into_iter()
        .zip(status_values(t))
        .map(|(label, n)| vec![Cell::from(label), Cell::from(n.to_string()), Cell::from(share(n))])
        .collect();
    Table { caption: "Actions by status".into(), columns, rows, wide: false }
}

fn tally_columns(first: &str) -> Vec<Column> {
    let number = |title: &str| Column { title: title.into(), width: 9, kind: ColumnKind::Number };
    let mut columns = vec![Column::text(first, 30), number("Actions")];
    columns.extend(status_series().iter().map(|s| number(s)));
    columns.push(Column::text("Implementation rate", 10));
    columns
}

fn tally_row(label: &str, t: &Tally) -> Vec<Cell> {
    let mut row = vec![Cell::from(label), Cell::from(t.actions.to_string())];
    row.extend(status_values(t).into_iter().map(|n| Cell::from(n.to_string())));
    row.push(Cell::from(t.rate().map_or_else(String::new, percent)));
    row
}

/// The actions by status in each period up to the dashboard's.
pub(super) fn trend_table(dash: &Dashboard) -> Table {
    let rows = dash.trend.iter().map(|p| tally_row(&line(&p.period), &p.tally)).collect();
    Table {
        caption: "Actions by status, period by period".into(),
        columns: tally_columns("Period"),
        rows,
        wide: true,
    }
}

/// A value's words for a table.
pub(super) fn value_words(value: Option<&Value>) -> String {
    value.map_or_else(String::new, |v| line(&v.words()))
}

const RECOMMENDATIONS: &str = "Write the recommendations to the coordination body and the \
government: which delays to act on and how, which actions to fund, revise or drop, what the \
institutions that did not report must send, and which indicators need better data.";
