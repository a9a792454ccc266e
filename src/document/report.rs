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
        let mut doc = Document {
            language: line(&self.plan.meta.language),
            author: line(&self.plan.meta.coordinating_body),
            created: today,
            title_page: self.title_page(today),
            chapters,
            matrices: Matrices::default(),
            sheets: self.sheets(),
        };
        fit_titles(&mut doc);
        doc
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
        crate::fl!(
            "report-period-words",
            period = line(&self.this.id),
            from = long_date(self.this.from),
            to = long_date(self.this.to)
        )
    }

    // ---- title page ----

    fn title_page(&self, today: Date) -> TitlePage {
        let meta = &self.plan.meta;
        let mut facts = vec![
            ListItem::labelled(crate::fl!("report-fact-plan"), self.plan_name()),
            ListItem::labelled(crate::fl!("report-fact-plan-id"), line(&self.plan.id)),
            ListItem::labelled(crate::fl!("report-fact-due"), long_date(self.this.due)),
        ];
        let body = self.b.monitoring_body();
        if !body.is_empty() {
            facts.push(ListItem::labelled(crate::fl!("report-fact-monitoring-body"), body));
        }
        facts.push(ListItem::labelled(
            crate::fl!("report-fact-status"),
            crate::fl!("report-fact-status-text"),
        ));
        TitlePage {
            kind: super::DocumentKind::Report { period: line(&self.this.id) },
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
                Block::Paragraph(crate::fl!("report-trend-intro")),
                Block::Table(trend_table(&self.dash)),
            ],
            vec![],
        );
        let mut blocks = vec![Block::Paragraph(self.opening())];
        if !self.b.clean {
            blocks.push(Block::Paragraph(crate::fl!("report-compiled-with")));
        }
        section("1", &crate::fl!("report-chapter-summary"), blocks, vec![figures, trend])
    }

    fn opening(&self) -> String {
        let t = &self.dash.overall;
        crate::fl!(
            "report-opening",
            plan = self.plan_name(),
            period = self.period_words(),
            actions = t.actions,
            reported = t.reported(),
            implemented = t.implemented(),
            delayed = t.count(Status::Delayed),
            not_started = t.count(Status::NotStarted)
        )
    }

    fn key_figures(&self) -> Vec<Block> {
        let t = &self.dash.overall;
        let s = &self.dash.spending;
        let mut facts = vec![
            ListItem::labelled(crate::fl!("report-figure-actions"), count(t.actions)),
            ListItem::labelled(crate::fl!("report-figure-reported"), of(t.reported(), t.actions)),
            ListItem::labelled(
                crate::fl!("report-figure-rate"),
                t.rate().map_or_else(|| crate::fl!("report-no-actions"), percent),
            ),
            ListItem::labelled(crate::fl!("report-figure-overdue"), count(self.dash.overdue.len())),
            ListItem::labelled(crate::fl!("report-figure-owing"), self.owing_names()),
            ListItem::labelled(
                crate::fl!("report-figure-spent-period"),
                self.b.money(s.spent_in_period),
            ),
            ListItem::labelled(crate::fl!("report-figure-spent-to-date"), self.spent_of_budget()),
        ];
        facts.retain(|f| !f.text.is_empty());
        vec![Block::List(facts), Block::Table(status_table(t)), Block::Chart(self.status_chart())]
    }

    /// "EUR 12 000 of EUR 80 000 (15%)".
    fn spent_of_budget(&self) -> String {
        let s = &self.dash.spending;
        let spent = self.b.money(s.spent_to_date);
        let budget = self.b.money(s.budget);
        match s.execution() {
            Some(e) => crate::fl!(
                "report-spent-of-budget-share",
                spent = spent,
                budget = budget,
                share = percent(e)
            ),
            None => crate::fl!("report-spent-of-budget", spent = spent, budget = budget),
        }
    }

    fn owing_names(&self) -> String {
        let names: Vec<String> = self
            .dash
            .owing
            .iter()
            .map(|o| {
                o.institution
                    .as_deref()
                    .map_or_else(|| crate::fl!("report-no-lead"), |i| self.b.code(i))
            })
            .collect();
        if names.is_empty() { crate::fl!("report-none") } else { names.join(", ") }
    }

    fn status_chart(&self) -> BarChart {
        let bars = self
            .dash
            .areas
            .iter()
            .map(|(area, tally)| Bar { label: self.area_title(area), values: status_values(tally) })
            .collect();
        without_empty_series(BarChart {
            title: crate::fl!("report-chart-title", period = line(&self.this.id)),
            description: crate::fl!("report-chart-description"),
            category: crate::fl!("document-column-area"),
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
            vec![Block::Paragraph(crate::fl!("report-progress-intro"))],
            sections,
        )
    }

    fn area_progress(&self, n: usize, area: &super::build::PlannedArea) -> Section {
        let number = format!("2.{n}");
        let mut objectives = Table {
            caption: crate::fl!("report-objectives-caption", area = line(&area.area.title)),
            columns: tally_columns(&crate::fl!("document-column-objective")),
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
            Column::text(&crate::fl!("document-column-action"), 34),
            Column::text(&crate::fl!("document-column-lead"), 9),
            Column::text(&crate::fl!("report-column-status"), 16),
            Column::text(&crate::fl!("report-column-done"), 40),
            Column::text(&crate::fl!("report-column-validated"), 9),
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
        let caption = crate::fl!("report-actions-caption", objective = objective);
        Table { caption, columns, rows, wide: true }
    }

    // ---- chapter 3 ----

    fn indicators(&self) -> Section {
        let table = self.indicator_table();
        let blocks = if table.rows.is_empty() {
            vec![Block::Paragraph(crate::fl!("report-no-indicators"))]
        } else {
            vec![
                Block::Paragraph(crate::fl!(
                    "report-indicators-intro",
                    period = line(&self.this.id)
                )),
                Block::Table(table),
            ]
        };
        section("3", &crate::fl!("report-chapter-indicators"), blocks, vec![])
    }

    fn indicator_table(&self) -> Table {
        let columns = vec![
            Column::action_number(),
            Column::text(&crate::fl!("document-column-indicator"), 36),
            Column::text(&crate::fl!("document-column-baseline"), 12),
            Column::text(&crate::fl!("document-column-target"), 12),
            Column::text(&crate::fl!("report-column-value-in", period = line(&self.this.id)), 12),
            Column::text(&crate::fl!("report-column-earlier-value"), 12),
            Column::text(&crate::fl!("report-column-trend"), 11),
            Column::text(&crate::fl!("report-column-progress"), 10),
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
                    Cell::from(
                        p.value.as_ref().map_or_else(not_reported, |v| value_words(Some(v))),
                    ),
                    Cell::from(value_words(p.previous.as_ref())),
                    Cell::from(trend(p)),
                    Cell::from(p.progress.map_or_else(String::new, percent)),
                ]
            })
            .collect();
        Table { caption: crate::fl!("report-chapter-indicators"), columns, rows, wide: true }
    }

    // ---- chapter 4 ----

    fn budget(&self) -> Section {
        let s = &self.dash.spending;
        let (budget, in_period, to_date) = (
            self.b.money(s.budget),
            self.b.money(s.spent_in_period),
            self.b.money(s.spent_to_date),
        );
        let opening = match s.execution() {
            Some(e) => crate::fl!(
                "report-budget-opening-share",
                budget = budget,
                in_period = in_period,
                to_date = to_date,
                share = percent(e)
            ),
            None => crate::fl!(
                "report-budget-opening",
                budget = budget,
                in_period = in_period,
                to_date = to_date
            ),
        };
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
            money(&crate::fl!("document-column-budget")),
            money(&crate::fl!("report-column-spent-period")),
            money(&crate::fl!("report-column-spent-to-date")),
            Column::text(&crate::fl!("report-column-execution"), 10),
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
        rows.push(self.spending_row(
            (crate::fl!("report-total"), s.budget, s.spent_in_period, s.spent_to_date),
            flat,
        ));
        Table {
            caption: crate::fl!("report-budget-by-area"),
            columns: self.money_columns(&crate::fl!("document-column-area")),
            rows,
            wide: false,
        }
    }

    fn source_spending_table(&self, sources: &[SourceSpending], flat: bool) -> Table {
        let rows = sources
            .iter()
            .map(|s| {
                let name = source_name(&s.source);
                self.spending_row((name, s.budget, s.spent_in_period, s.spent_to_date), flat)
            })
            .collect();
        Table {
            caption: crate::fl!("report-budget-by-source"),
            columns: self.money_columns(&crate::fl!("document-column-funding-source")),
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
            blocks.push(Block::Paragraph(crate::fl!("report-no-difficulties")));
        } else {
            blocks.push(Block::Paragraph(crate::fl!("report-difficulties-intro")));
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
            Column::text(&crate::fl!("document-column-action"), 30),
            Column::text(&crate::fl!("document-column-lead"), 9),
            Column::text(&crate::fl!("report-column-status"), 11),
            Column::text(&crate::fl!("report-column-difficulties"), 36),
            Column::text(&crate::fl!("report-column-corrective"), 36),
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
        let caption = crate::fl!("report-chapter-difficulties");
        Table { caption, columns, rows, wide: true }
    }

    fn dropped_table(&self) -> Table {
        let columns = vec![
            Column::action_number(),
            Column::text(&crate::fl!("document-column-action"), 40),
            Column::text(&crate::fl!("document-column-lead"), 9),
            Column::text(&crate::fl!("report-column-why-dropped"), 44),
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
        Table { caption: crate::fl!("report-dropped-caption"), columns, rows, wide: false }
    }

    fn overdue_blocks(&self) -> Vec<Block> {
        if self.dash.overdue.is_empty() {
            return vec![Block::Paragraph(crate::fl!("report-no-overdue"))];
        }
        let columns = vec![
            Column::action_number(),
            Column::text(&crate::fl!("document-column-action"), 44),
            Column::text(&crate::fl!("document-column-lead"), 9),
            Column::text(&crate::fl!("report-column-timeframe-ended"), 10),
            Column::text(&crate::fl!("report-column-status"), 12),
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
        let caption = crate::fl!("report-section-overdue");
        vec![
            Block::Paragraph(crate::fl!("report-overdue-intro")),
            Block::Table(Table { caption, columns, rows, wide: false }),
        ]
    }

    // ---- chapter 6 and annex ----

    fn recommendations(&self) -> Section {
        section(
            "6",
            &crate::fl!("report-chapter-recommendations"),
            vec![Block::Placeholder(crate::fl!("report-recommendations-gap"))],
            vec![],
        )
    }

    fn reporting_annex(&self) -> Section {
        section(
            "A",
            &crate::fl!("report-annex-reporting"),
            vec![
                Block::Paragraph(crate::fl!("report-annex-intro", period = line(&self.this.id))),
                Block::Table(self.reporting_table()),
            ],
            vec![],
        )
    }

    fn reporting_table(&self) -> Table {
        let number =
            |title: &str| Column { title: title.into(), width: 11, kind: ColumnKind::Number };
        let columns = vec![
            Column::text(&crate::fl!("document-column-institution"), 32),
            number(&crate::fl!("report-column-actions-led")),
            number(&crate::fl!("report-column-reported")),
            number(&crate::fl!("report-column-validated")),
            Column::text(&crate::fl!("report-column-reporting-status"), 16),
            Column::text(&crate::fl!("report-column-missing-for"), 22),
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
                    Cell::from(count(tally.actions)),
                    Cell::from(count(tally.reported())),
                    Cell::from(count(validated)),
                    Cell::from(reporting_status(tally)),
                    Cell::from(missing.join(", ")),
                ]
            })
            .collect();
        Table { caption: crate::fl!("report-annex-reporting"), columns, rows, wide: false }
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
            Column::text(&crate::fl!("document-column-area"), 18),
            Column::text(&crate::fl!("document-column-objective"), 24),
            Column::text(&crate::fl!("document-column-action"), 36),
            Column::text(&crate::fl!("document-column-lead"), 9),
            Column::text(&crate::fl!("report-column-status"), 12),
            Column::text(&crate::fl!("report-column-why-dropped"), 24),
            Column::text(&crate::fl!("report-column-done"), 40),
            Column { title: crate::fl!("report-column-spent"), width: 12, kind: ColumnKind::Money },
            Column::text(&crate::fl!("report-column-source-of-funds"), 16),
            Column::text(&crate::fl!("report-column-difficulties"), 30),
            Column::text(&crate::fl!("report-column-corrective"), 30),
            Column::text(&crate::fl!("report-column-evidence"), 24),
            Column::text(&crate::fl!("report-column-reported-by"), 16),
            Column::text(&crate::fl!("report-column-date"), 11),
            Column::text(&crate::fl!("report-column-validated"), 9),
        ];
        let rows = self.rows.iter().map(|row| self.action_sheet_row(row)).collect();
        let caption = crate::fl!("report-action-sheet-caption", period = line(&self.this.id));
        Table { caption, columns, rows, wide: true }
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

/// Widens each column of the document's tables to its title's longest word, so a translated
/// heading ("abandonnée", "Подтверждено") wraps between words, never inside one.
pub(super) fn fit_titles(doc: &mut Document) {
    fn fit_section(section: &mut Section) {
        for block in &mut section.blocks {
            if let Block::Table(table) = block {
                fit_table(table);
            }
        }
        section.sections.iter_mut().for_each(fit_section);
    }
    doc.chapters.iter_mut().for_each(fit_section);
    doc.sheets.iter_mut().for_each(|sheet| fit_table(&mut sheet.table));
}

fn fit_table(table: &mut Table) {
    for column in &mut table.columns {
        let longest = column.title.split_whitespace().map(|w| w.chars().count()).max();
        // Headings are bold: a fifth wider than the body text the width hint counts in.
        let wanted = (longest.unwrap_or(0) * 6 / 5) as u16 + 2;
        column.width = column.width.max(wanted);
    }
}

/// "12 of 40".
pub(super) fn of(part: usize, whole: usize) -> String {
    crate::fl!("report-of", part = count(part), whole = count(whole))
}

/// A count of actions or institutions, grouped in the document's language.
pub(super) fn count(n: usize) -> String {
    crate::i18n::number(n as u64)
}

/// A share as a whole percentage in the document's language: 0.456 as "46%" or "46 %".
pub(super) fn percent(share: f64) -> String {
    crate::i18n::percent(share * 100.0, 0)
}

/// A funding source's name, or words saying none was given.
pub(super) fn source_name(source: &str) -> String {
    if source.is_empty() { crate::fl!("report-source-not-given") } else { line(source) }
}

/// The status as a table says it: the label, "dropped: why", or "not reported".
pub(super) fn status_words(report: Option<&monitor::ActionReport>) -> String {
    match report {
        None => not_reported(),
        Some(r) if r.status == Status::Dropped && !r.dropped_reason.trim().is_empty() => {
            crate::fl!(
                "report-dropped-because",
                status = r.status.label(),
                reason = line(&r.dropped_reason)
            )
        }
        Some(r) => r.status.label(),
    }
}

fn validated(report: Option<&monitor::ActionReport>) -> String {
    match report {
        Some(r) if r.validated => crate::fl!("report-validated-yes"),
        Some(_) => crate::fl!("report-validated-no"),
        None => String::new(),
    }
}

/// How an indicator moved since the latest earlier value, in words.
pub(super) fn trend(p: &IndicatorProgress) -> String {
    // The value column already says "not reported".
    let (Some(value), previous) = (p.value.as_ref(), p.previous.as_ref()) else {
        return String::new();
    };
    let Some(previous) = previous else { return crate::fl!("report-trend-first") };
    match (value.as_number(), previous.as_number()) {
        (Some(v), Some(before)) if v > before => crate::fl!("report-trend-up"),
        (Some(v), Some(before)) if v < before => crate::fl!("report-trend-down"),
        (Some(_), Some(_)) => crate::fl!("report-trend-same"),
        _ if value == previous => crate::fl!("report-trend-same"),
        _ => crate::fl!("report-trend-changed"),
    }
}

fn reporting_status(tally: &Tally) -> String {
    match tally.reported() {
        0 => crate::fl!("report-reported-none"),
        n if n == tally.actions => crate::fl!("report-reported-all"),
        _ => crate::fl!("report-reported-some"),
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
        Column::text(&crate::fl!("report-column-status"), 20),
        Column { title: crate::fl!("report-column-actions"), width: 9, kind: ColumnKind::Number },
        Column::text(&crate::fl!("report-column-share"), 10),
    ];
    let share = |n: usize| {
        if t.actions == 0 { String::new() } else { percent(n as f64 / t.actions as f64) }
    };
    let rows = status_series()
        .into_iter()
        .zip(status_values(t))
        .map(|(label, n)| vec![Cell::from(label), Cell::from(count(n)), Cell::from(share(n))])
        .collect();
    Table { caption: crate::fl!("report-status-caption"), columns, rows, wide: false }
}

fn tally_columns(first: &str) -> Vec<Column> {
    let number = |title: &str| Column { title: title.into(), width: 9, kind: ColumnKind::Number };
    let mut columns = vec![Column::text(first, 30), number(&crate::fl!("report-column-actions"))];
    columns.extend(status_series().iter().map(|s| number(s)));
    columns.push(Column::text(&crate::fl!("report-column-rate"), 10));
    columns
}

fn tally_row(label: &str, t: &Tally) -> Vec<Cell> {
    let mut row = vec![Cell::from(label), Cell::from(count(t.actions))];
    row.extend(status_values(t).into_iter().map(|n| Cell::from(count(n))));
    row.push(Cell::from(t.rate().map_or_else(String::new, percent)));
    row
}

/// The actions by status in each period up to the dashboard's.
pub(super) fn trend_table(dash: &Dashboard) -> Table {
    let rows = dash.trend.iter().map(|p| tally_row(&line(&p.period), &p.tally)).collect();
    Table {
        caption: crate::fl!("report-trend-caption"),
        columns: tally_columns(&crate::fl!("report-column-period")),
        rows,
        wide: true,
    }
}

/// A value's words for a table, a number in the document's language (62.5 or 62,5).
pub(super) fn value_words(value: Option<&Value>) -> String {
    match value {
        None => String::new(),
        Some(Value::Number(n)) => number_words(*n),
        Some(Value::Text(t)) => line(t),
    }
}

/// A reported or target number as the document's language writes it, with no more decimals
/// than it has (at most three): 40, 1,200, 62.5.
pub fn number_words(n: f64) -> String {
    let decimals = (0..3).find(|d| (n * 10f64.powi(*d)).fract().abs() < 1e-9).unwrap_or(3);
    crate::i18n::decimal(n, decimals as usize)
}
