//! The draft action plan as one format-neutral document: a title page, numbered sections of
//! paragraphs, lists, tables and charts, and the flat matrices that spreadsheets and CSV files
//! carry. Built once from the plan and the content pack by [`build`]; every export format is a
//! writer that reads this model and nothing else.
//!
//! All text in a [`Document`] is already stripped of control characters (see
//! [`crate::sanitize`]); each writer still escapes it for its own format.

mod abbreviations;
mod budget;
mod build;
mod clean;
mod evaluation;
mod glossary;
mod matrices;
mod principles;
mod report;

pub use build::{Draft, Part, build, build_clean, build_parts};
pub use clean::Gap;
pub use evaluation::{Stage, build_evaluation, build_evaluation_clean};
pub use report::{build_report, build_report_clean, number_words};

/// The whole draft: what a ministry receives.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// The document's language (a BCP 47 tag such as `en`), from the plan.
    pub language: String,
    /// Who the document is by (the facilitator), for the file's properties; may be empty.
    pub author: String,
    /// The date of this draft.
    pub created: jiff::civil::Date,
    pub title_page: TitlePage,
    /// Numbered chapters (1, 2, ...) followed by the annexes (A, B, ...).
    pub chapters: Vec<Section>,
    /// The same decisions as flat tables, for spreadsheets and CSV.
    pub matrices: Matrices,
    /// A report's own workbook; empty for the draft, whose workbook is its matrices.
    pub sheets: Vec<Sheet>,
}

/// A sheet of a report's workbook.
#[derive(Debug, Clone, PartialEq)]
pub struct Sheet {
    pub name: String,
    pub table: Table,
    /// Columns that stay in view when scrolling sideways.
    pub frozen_columns: u16,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TitlePage {
    /// What the document is; the formats name it in the file's title, footer and properties.
    pub kind: DocumentKind,
    /// The status shown above the title ("DRAFT").
    pub status: String,
    pub title: String,
    pub country: String,
    /// The plan's years, e.g. "2027-2030".
    pub period: String,
    /// The date of this draft, as printed.
    pub date: String,
    /// Facilitator, workshop dates and the like.
    pub facts: Vec<ListItem>,
}

/// What a document is: the draft plan, a period's implementation report or an evaluation pack.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum DocumentKind {
    #[default]
    Draft,
    /// The implementation report of the reporting period `period` (e.g. "2027-H1").
    Report { period: String },
    /// An evaluation pack; `stage` is `mid-term` or `final` (see [`Stage::key`]).
    Evaluation { stage: &'static str },
}

/// A numbered section; its level is the depth of its number (`4` is 1, `4.2` is 2, `4.2.1` is 3).
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    /// "4.2", or "A" for an annex.
    pub number: String,
    pub title: String,
    pub blocks: Vec<Block>,
    pub sections: Vec<Section>,
}

impl Section {
    pub fn level(&self) -> usize {
        self.number.split('.').count()
    }

    pub fn is_annex(&self) -> bool {
        self.number.starts_with(|c: char| c.is_ascii_alphabetic())
    }

    /// The heading as printed: "4.2 Title", or "Annex A. Title" for a top-level annex.
    pub fn heading(&self) -> String {
        if self.is_annex() && self.level() == 1 {
            crate::fl!(
                "document-annex-heading",
                number = self.number.as_str(),
                title = self.title.as_str()
            )
        } else {
            format!("{} {}", self.number, self.title)
        }
    }

    /// A stable identifier for links and bookmarks: "s4-2", "annex-a".
    pub fn anchor(&self) -> String {
        let number = self.number.to_ascii_lowercase().replace('.', "-");
        if self.is_annex() { format!("annex-{number}") } else { format!("s{number}") }
    }

    /// Whether any table in this section or below needs a wide (landscape) page.
    pub fn is_wide(&self) -> bool {
        self.blocks.iter().any(|b| match b {
            Block::Table(t) => t.wide,
            Block::Trajectories(t) => t.as_table().wide,
            _ => false,
        }) || self.sections.iter().any(Section::is_wide)
    }

    /// This section and every section below it, in document order.
    pub fn walk(&self) -> Vec<&Section> {
        let mut all = vec![self];
        for s in &self.sections {
            all.extend(s.walk());
        }
        all
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// Running text; a line break inside is kept as a line break.
    Paragraph(String),
    /// Text left for the drafting team to complete, shown so that nobody mistakes it for content.
    Placeholder(String),
    List(Vec<ListItem>),
    Table(Table),
    Chart(BarChart),
    Timeline(Timeline),
    Trajectories(Trajectories),
}

/// Indicators' values across reporting periods. Every format prints
/// [`Trajectories::as_table`]; formats that can draw add a line per numeric indicator.
#[derive(Debug, Clone, PartialEq)]
pub struct Trajectories {
    pub title: String,
    /// One sentence saying what the charts show (alt text).
    pub description: String,
    /// The periods' ids, first to last.
    pub periods: Vec<String>,
    pub rows: Vec<Trajectory>,
}

/// One indicator of one action across the periods.
#[derive(Debug, Clone, PartialEq)]
pub struct Trajectory {
    /// The action's number in the plan.
    pub number: String,
    pub indicator: String,
    pub baseline: String,
    pub target: String,
    /// One value per period as printed; empty where none was reported.
    pub values: Vec<String>,
    /// The same values where they are numbers, for drawing.
    pub points: Vec<Option<f64>>,
    pub target_number: Option<f64>,
}

/// Printed for a period without a value.
pub const NO_VALUE: &str = "-";

impl Trajectories {
    pub fn as_table(&self) -> Table {
        let mut columns = vec![
            Column::action_number(),
            Column::text("Indicator", 36),
            Column::text("Baseline", 12),
            Column::text("Target", 12),
        ];
        columns.extend(self.periods.iter().map(|p| Column::text(p, 10)));
        let rows = self
            .rows
            .iter()
            .map(|r| {
                let mut row: Vec<Cell> = [&r.number, &r.indicator, &r.baseline, &r.target]
                    .into_iter()
                    .map(|t| Cell::from(t.as_str()))
                    .collect();
                row.extend(
                    r.values
                        .iter()
                        .map(|v| Cell::from(if v.is_empty() { NO_VALUE } else { v.as_str() })),
                );
                row
            })
            .collect();
        Table { caption: self.title.clone(), columns, rows, wide: self.periods.len() > 3 }
    }
}

/// A Gantt-style overview: one bar per action over the plan's years. Formats that can draw
/// draw it; the others print [`Timeline::as_table`].
#[derive(Debug, Clone, PartialEq)]
pub struct Timeline {
    pub title: String,
    /// One sentence saying what the timeline shows (alt text).
    pub description: String,
    /// The plan's years, in order.
    pub years: Vec<u16>,
    pub rows: Vec<TimelineRow>,
}

/// An action on the timeline: its number and text, and the years it runs (within the plan).
#[derive(Debug, Clone, PartialEq)]
pub struct TimelineRow {
    pub number: String,
    pub text: String,
    pub first: u16,
    pub last: u16,
}

/// The mark of a year an action runs in, in tables.
pub const TIMELINE_MARK: &str = "■";

impl TimelineRow {
    pub fn runs_in(&self, year: u16) -> bool {
        (self.first..=self.last).contains(&year)
    }
}

impl Timeline {
    /// The timeline as a table: number, action, then one column per year marked where the
    /// action runs.
    pub fn as_table(&self) -> Table {
        let mut columns =
            vec![Column::action_number(), Column::text(&crate::fl!("document-column-action"), 44)];
        // Wide enough for a year to print on one line in Word's small table text.
        columns.extend(self.years.iter().map(|y| Column::text(&y.to_string(), 8)));
        let rows = self
            .rows
            .iter()
            .map(|r| {
                let mut row = vec![Cell::from(r.number.as_str()), Cell::from(r.text.as_str())];
                row.extend(
                    self.years
                        .iter()
                        .map(|&y| Cell::from(if r.runs_in(y) { TIMELINE_MARK } else { "" })),
                );
                row
            })
            .collect();
        Table { caption: self.title.clone(), columns, rows, wide: false }
    }
}

/// A list entry, optionally led by a label ("Coordinating body: ...").
#[derive(Debug, Clone, PartialEq)]
pub struct ListItem {
    pub label: Option<String>,
    pub text: String,
    /// True when `text` is a gap for the drafting team rather than content.
    pub placeholder: bool,
}

impl ListItem {
    pub fn text(text: impl Into<String>) -> ListItem {
        ListItem { label: None, text: text.into(), placeholder: false }
    }

    pub fn labelled(label: impl Into<String>, text: impl Into<String>) -> ListItem {
        ListItem { label: Some(label.into()), text: text.into(), placeholder: false }
    }
}

/// A table with one header row.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Table {
    pub caption: String,
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<Cell>>,
    /// Too many columns for a portrait page: print it on a landscape page.
    pub wide: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub title: String,
    /// A width hint in characters; writers scale it to the page or sheet.
    pub width: u16,
    pub kind: ColumnKind,
}

impl Column {
    pub fn text(title: &str, width: u16) -> Column {
        Column { title: title.into(), width, kind: ColumnKind::Text }
    }

    /// The "No." column of actions (4.1.1).
    pub fn action_number() -> Column {
        Column {
            title: crate::fl!("document-column-number"),
            width: 7,
            kind: ColumnKind::ActionNumber,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum ColumnKind {
    Text,
    /// Whole numbers (a spreadsheet stores them as numbers).
    Number,
    /// Amounts of money: numbers, shown with thousands separators.
    Money,
    /// An action's number such as 4.1.1: text, though a spreadsheet in a locale that writes
    /// dates as 4.1.2001 would read it as a date.
    ActionNumber,
    /// One of a fixed list of values (a spreadsheet offers them as a drop-down list).
    Choice(Vec<String>),
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Cell {
    /// May contain line breaks.
    pub text: String,
    /// True when the cell marks something the drafting team still has to decide.
    pub placeholder: bool,
}

impl Cell {
    pub fn placeholder(text: impl Into<String>) -> Cell {
        Cell { text: text.into(), placeholder: true }
    }
}

impl From<String> for Cell {
    fn from(text: String) -> Cell {
        Cell { text, placeholder: false }
    }
}

impl From<&str> for Cell {
    fn from(text: &str) -> Cell {
        Cell { text: text.into(), placeholder: false }
    }
}

/// A horizontal bar chart, as data: formats that can draw draw it, the others print
/// [`BarChart::as_table`].
#[derive(Debug, Clone, PartialEq)]
pub struct BarChart {
    pub title: String,
    /// One sentence saying what the chart shows (alt text).
    pub description: String,
    /// What a bar stands for ("Area", "Institution"): the first column of the chart as a table.
    pub category: String,
    /// Names of the stacked series, e.g. ["leads", "partner in"].
    pub series: Vec<String>,
    pub bars: Vec<Bar>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub label: String,
    /// One value per series.
    pub values: Vec<usize>,
}

impl Bar {
    pub fn total(&self) -> usize {
        self.values.iter().sum()
    }
}

impl BarChart {
    /// The largest bar's total (at least 1, so scales never divide by zero).
    pub fn max_total(&self) -> usize {
        self.bars.iter().map(Bar::total).max().unwrap_or(0).max(1)
    }

    /// The chart's numbers as a table, for formats without graphics.
    pub fn as_table(&self) -> Table {
        let mut columns = vec![Column::text(&self.category, 40)];
        columns.extend(self.series.iter().map(|s| Column {
            title: s.clone(),
            width: 12,
            kind: ColumnKind::Number,
        }));
        let rows = self
            .bars
            .iter()
            .map(|bar| {
                let mut row = vec![Cell::from(bar.label.as_str())];
                row.extend(bar.values.iter().map(|v| Cell::from(v.to_string())));
                row
            })
            .collect();
        Table { caption: self.title.clone(), columns, rows, wide: false }
    }
}

/// The decisions as flat tables: one row per action, indicator, institution or gap.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Matrices {
    /// Every included action with its decision (the action matrix).
    pub actions: Table,
    /// The included actions by year (a Gantt chart as a table).
    pub timeline: Table,
    /// The estimates added up by area, objective, year, source and lead, and the costing gap.
    pub budget: Table,
    /// One row per indicator of an included action.
    pub monitoring: Table,
    /// Included actions x institutions, "Lead" or "Partner".
    pub responsibilities: Table,
    /// Assessed gaps that no included action addresses.
    pub gaps: Table,
    /// The roster, with each institution's share of the work.
    pub institutions: Table,
}

/// One of the draft's matrices: a sheet of its workbook (three are CSV files too). An export
/// builds them one at a time (see [`Draft::matrix`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Matrix {
    Actions,
    Budget,
    Timeline,
    Monitoring,
    Responsibilities,
    Gaps,
    Institutions,
}

impl Matrix {
    /// In the workbook's order.
    pub const ALL: [Matrix; 7] = [
        Matrix::Actions,
        Matrix::Budget,
        Matrix::Timeline,
        Matrix::Monitoring,
        Matrix::Responsibilities,
        Matrix::Gaps,
        Matrix::Institutions,
    ];

    pub fn sheet_name(self) -> String {
        match self {
            Matrix::Actions => crate::fl!("xlsx-sheet-actions"),
            Matrix::Budget => crate::fl!("xlsx-sheet-budget"),
            Matrix::Timeline => crate::fl!("xlsx-sheet-timeline"),
            Matrix::Monitoring => crate::fl!("xlsx-sheet-monitoring"),
            Matrix::Responsibilities => crate::fl!("xlsx-sheet-responsibilities"),
            Matrix::Gaps => crate::fl!("xlsx-sheet-gaps"),
            Matrix::Institutions => crate::fl!("xlsx-sheet-institutions"),
        }
    }

    /// Columns that stay in view when scrolling the sheet sideways.
    pub fn frozen_columns(self) -> u16 {
        match self {
            Matrix::Budget | Matrix::Timeline | Matrix::Responsibilities => 2,
            _ => 1,
        }
    }
}

impl Matrices {
    pub fn table(&self, matrix: Matrix) -> &Table {
        match matrix {
            Matrix::Actions => &self.actions,
            Matrix::Budget => &self.budget,
            Matrix::Timeline => &self.timeline,
            Matrix::Monitoring => &self.monitoring,
            Matrix::Responsibilities => &self.responsibilities,
            Matrix::Gaps => &self.gaps,
            Matrix::Institutions => &self.institutions,
        }
    }
}

impl Document {
    /// The sheets of the spreadsheet export: name, table, frozen columns.
    pub fn workbook(&self) -> Vec<(String, &Table, u16)> {
        if !self.sheets.is_empty() {
            return self
                .sheets
                .iter()
                .map(|s| (s.name.clone(), &s.table, s.frozen_columns))
                .collect();
        }
        Matrix::ALL
            .into_iter()
            .map(|m| (m.sheet_name(), self.matrices.table(m), m.frozen_columns()))
            .collect()
    }

    /// Every section, chapters and annexes and their subsections, in document order.
    pub fn sections(&self) -> Vec<&Section> {
        self.chapters.iter().flat_map(Section::walk).collect()
    }
}
