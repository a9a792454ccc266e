//! Everything the wizard shows, as plain data. The view draws it; `update` changes it; only the
//! app loop does I/O.

use std::collections::{BTreeSet, VecDeque};
use std::path::PathBuf;
use std::sync::Arc;

use ratatui_textarea::TextArea;

pub use super::index::PlanKey;
pub use super::index::Row;
use super::index::{Memo, PlanIndex, Rows, RowsKey};
use crate::content::{Content, PackSource};
use crate::i18n::ENGLISH;
pub use crate::plan::Step;
use crate::plan::fields::Field;
pub use crate::plan::monitor::Status;
use crate::plan::patch::Patch;
pub use crate::plan::search::Hit;
use crate::plan::{Health, Plan, Summary};

/// The dashboard's panels, in the order Tab walks them.
pub const PANELS: [&str; 6] =
    ["Plan by area", "Baseline", "Workload", "Timeline", "Gaps", "Health check"];
/// The dashboard panels with a cursor: the gaps and the health check.
pub const GAPS: usize = 4;
pub const HEALTH: usize = 5;

/// The rows of the Generate step's format list; the last row writes the files.
/// The Generate step's rows: one per format, the clean-copy choice, then "write".
pub const GENERATE_ROWS: usize = crate::export::Format::ALL.len() + 2;
/// The Generate row that chooses the clean copy for circulation.
pub const GENERATE_CLEAN_ROW: usize = GENERATE_ROWS - 2;

/// Whether the open plan is on disk as shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveState {
    Saved,
    Unsaved,
    /// The last save could not be written (folder gone, disk full, not writable): why.
    Failed(String),
    /// The last save was refused because another program changed the file: why.
    ChangedOnDisk(String),
    ReadOnly(String),
}

/// The plan being edited, with its undo history.
#[derive(Debug, Clone)]
pub struct OpenPlan {
    pub path: PathBuf,
    pub plan: Plan,
    pub save: SaveState,
    /// Bumped on every change (undo and redo included); the app saves when it moves. A plan
    /// opened or created is a new `OpenPlan`, starting without derived data.
    pub revision: u64,
    /// Each change as its inverse (see `plan::patch`), with what it was called.
    pub undo: VecDeque<(Patch, String)>,
    pub redo: VecDeque<(Patch, String)>,
    /// Each change since the app last passed them on, as the parts it changed now are: what
    /// brings the copy the save writes (and a signal or panic saves) up to date.
    pub changes: Vec<Patch>,
    index: Memo<PlanKey, PlanIndex>,
    rows: Memo<RowsKey, Vec<Row>>,
    /// The summary, health check, draft preview, step progress, period figures and Monitor
    /// rows (see `tui::derived`).
    pub derived: Derived,
}

/// What the views show of the whole plan, each piece worked out on first use and kept while the
/// plan stays as it is (see `tui::derived`).
#[derive(Debug, Clone, Default)]
pub struct Derived {
    pub summary: Memo<PlanKey, Summary>,
    pub health: Memo<PlanKey, Health>,
    /// The draft action plan as the Generate step previews it, for the date printed on it.
    pub preview: Memo<(PlanKey, jiff::civil::Date, bool), Vec<String>>,
    /// Each step's progress in a few words, as the step list shows it.
    pub steps: Memo<PlanKey, Vec<(Step, String)>>,
    /// A period's figures, as the period dashboard shows them.
    pub dashboard: Memo<(PlanKey, String), Option<crate::plan::monitor::Dashboard>>,
    /// A period's reports counted, as the Monitor list's filter line shows them.
    pub overall: Memo<(PlanKey, String), Option<crate::plan::monitor::Tally>>,
    /// The Monitor list for a period and its filters.
    pub monitor_rows: Memo<(PlanKey, String, Option<String>, StatusFilter), Vec<MonitorRow>>,
}

impl OpenPlan {
    pub fn new(path: PathBuf, plan: Plan, read_only: Option<String>) -> Self {
        let save = read_only.map_or(SaveState::Saved, SaveState::ReadOnly);
        let (index, rows, derived) = (Memo::default(), Memo::default(), Derived::default());
        let (revision, undo, redo) = (0, VecDeque::new(), VecDeque::new());
        let changes = vec![];
        OpenPlan { path, plan, save, revision, undo, redo, changes, index, rows, derived }
    }

    /// What cached figures of the plan as it is now are kept under.
    pub fn key(&self) -> PlanKey {
        PlanKey::of(&self.plan, self.revision)
    }

    /// Lookups and figures worked out once per change of the plan.
    pub fn index(&self, content: &Content) -> Arc<PlanIndex> {
        self.index.get_or(&self.key(), || PlanIndex::new(&self.plan, content))
    }

    /// After a change whose inverse is `undo` (the plan was at `old` before it): the plan index
    /// is carried over, counting again only the decisions the change touched.
    pub fn carry_index(&self, old: &PlanKey, undo: &Patch, content: &Content) {
        self.index.carry(old, &self.key(), |index| {
            let carried = index.carry(undo, &self.plan, content);
            // Debug builds (every test) prove the carried index equals one built anew.
            debug_assert!(
                !carried || *index == PlanIndex::new(&self.plan, content),
                "index drifted: {undo:?}"
            );
            carried
        });
    }

    pub fn is_read_only(&self) -> bool {
        matches!(self.save, SaveState::ReadOnly(_))
    }

    /// Changes that are in no file yet (the last save failed or has not run).
    pub fn has_unsaved_work(&self) -> bool {
        matches!(self.save, SaveState::Unsaved | SaveState::Failed(_) | SaveState::ChangedOnDisk(_))
    }
}

/// An entry of the start screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StartEntry {
    NewPlan,
    OpenDemo,
    OpenFile,
    Recent(PathBuf),
    /// Monitor the open plan's implementation (shown while a plan is open).
    Monitor,
}

/// The start screen: its entries (new, demo, open, recent plans) and the one selected.
#[derive(Debug, Clone, Default)]
pub struct StartScreen {
    pub entries: Vec<StartEntry>,
    pub cursor: usize,
}

/// A form of fields (plan setup, monitoring set-up): the field selected.
#[derive(Debug, Clone, Default)]
pub struct FormScreen {
    pub cursor: usize,
}

/// The institutions step: the row selected and the filter typed with `f`.
#[derive(Debug, Clone, Default)]
pub struct RosterScreen {
    pub cursor: usize,
    pub filter: String,
    /// The filter before `f` opened its prompt, for Esc to restore it.
    pub filter_before: String,
}

/// The review dashboard: the panel in focus (see [`PANELS`]) and the cursors of the gaps and
/// health check panels.
#[derive(Debug, Clone, Default)]
pub struct ReviewScreen {
    pub panel: usize,
    pub gaps_cursor: usize,
    pub health_cursor: usize,
}

/// The Generate step: the formats chosen (in `export::Format::ALL` order), the row in focus (the
/// last one writes the files) and how far the preview is scrolled.
#[derive(Debug, Clone)]
pub struct GenerateScreen {
    pub formats: [bool; 5],
    /// Write the clean copy for circulation (no notes or drafting marks; a checklist beside it).
    pub clean: bool,
    pub cursor: usize,
    pub preview_scroll: u16,
}

impl Default for GenerateScreen {
    fn default() -> Self {
        GenerateScreen { formats: [true; 5], clean: false, cursor: 0, preview_scroll: 0 }
    }
}

/// Which reports the Monitor list shows, by what was reported.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum StatusFilter {
    #[default]
    Any,
    /// Actions with no report for the period yet.
    Missing,
    Is(Status),
}

impl StatusFilter {
    /// Every filter in the order its key steps through them.
    pub fn all() -> Vec<StatusFilter> {
        let mut all = vec![StatusFilter::Any, StatusFilter::Missing];
        all.extend(Status::ALL.map(StatusFilter::Is));
        all
    }

    pub fn label(self) -> String {
        match self {
            StatusFilter::Any => crate::fl!("monitor-filter-any"),
            StatusFilter::Missing => crate::fl!("monitor-filter-missing"),
            StatusFilter::Is(s) => s.label().to_string(),
        }
    }
}

/// The Monitor mode and the period dashboard: the period shown, the row selected, the report
/// field in focus, the filters, and how far the dashboard is scrolled.
#[derive(Debug, Clone, Default)]
pub struct MonitorScreen {
    /// The period chosen; None shows the first period still open.
    pub period: Option<String>,
    pub cursor: usize,
    /// Some(field index) while the report form has the focus.
    pub field: Option<usize>,
    /// The action whose report the form shows (kept when a filter hides its row).
    pub report: Option<String>,
    /// Only actions this institution leads (what it still owes).
    pub institution: Option<String>,
    pub status: StatusFilter,
    pub dashboard_scroll: u16,
}

/// A row of the Monitor list: an area's heading, or an included action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MonitorRow {
    Area(String),
    Action(String),
}

/// Where the cursor is in an area step: the list of goals and actions, or the selected item's
/// fields.
#[derive(Debug, Clone, Default)]
pub struct AreaView {
    pub cursor: usize,
    /// The first list row on screen: it moves only when the cursor nears an edge, so a move
    /// mostly repaints two rows and a scroll shifts the rest (see `view::keep_in_view`).
    pub top: usize,
    pub expanded: BTreeSet<String>,
    /// Some(field index) while the item's fields have the focus.
    pub field: Option<usize>,
}

/// What a text editor overlay writes to when it is closed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextTarget {
    Field(Field),
    NewPlanTitle,
    OpenPath,
    NewCustomAction {
        goal: String,
    },
    NewCustomGoal {
        area: String,
    },
    NewInstitution,
    RosterFilter,
    /// Where to save a plan whose own file cannot be written (asked when quitting).
    SaveElsewhere,
}

/// A reporting period's closing or reopening, waiting for a yes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeriodChange {
    pub period: String,
    pub close: bool,
}

/// What a picker chooses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PickTarget {
    Lead(String),
    Partners(String),
    MonitoringBody,
}

/// Something shown over the current step.
#[derive(Debug)]
pub enum Overlay {
    Help {
        scroll: u16,
    },
    Steps {
        cursor: usize,
    },
    Search {
        input: TextArea<'static>,
        hits: Vec<Hit>,
        cursor: usize,
    },
    Picker {
        target: PickTarget,
        filter: TextArea<'static>,
        cursor: usize,
    },
    Editor {
        target: TextTarget,
        input: TextArea<'static>,
        multiline: bool,
        error: Option<String>,
    },
    Guidance {
        id: String,
        scroll: u16,
    },
    ConfirmQuit,
    /// Close or reopen a reporting period: asked, since it locks or unlocks its reports.
    ConfirmPeriod(PeriodChange),
    /// Monitor on a plan without reporting periods: create them from the plan period?
    StartMonitoring,
    /// Quitting while the plan's changes are in no file: save elsewhere, retry, or keep a backup.
    UnsavedQuit,
    ConfirmCreate(PathBuf),
    /// The plan is locked by a session napwiz cannot check (on another computer).
    LockQuestion {
        path: PathBuf,
        holder: crate::store::Holder,
    },
    /// Merge conflicts: one per row, Left/Right picks a side.
    Conflicts {
        cursor: usize,
        choice: usize,
    },
}

/// What a follower knows about the plan it follows.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Following {
    /// Who is writing the plan, from its lock (user, host); `None` while nobody is.
    pub holder: Option<crate::store::Holder>,
    /// The writer who was there and has quit: the follower may take over writing.
    pub writer_left: Option<crate::store::Holder>,
    /// When the last change arrived (local time, `14:03:12`).
    pub last_change: Option<String>,
    /// The last change as `napwiz diff` lines.
    pub changes: Vec<String>,
    /// Goals and actions that change touched, marked in the lists until the marks fade.
    pub changed: BTreeSet<String>,
    /// Why the plan stopped updating (a torn or broken file, a missing one); the last good
    /// version stays on screen.
    pub problem: Option<String>,
    /// Jump to the item the facilitator is on (off by default).
    pub facilitator: bool,
    /// Changes are noticed by polling the folder rather than by change events.
    pub polling: bool,
}

/// A line at the bottom: what just happened, or what went wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub text: String,
    pub error: bool,
}

#[derive(Debug)]
pub struct State {
    pub content: Content,
    /// Where checklists come from: the embedded packs (the open plan's language picks one) or
    /// a folder given with `--content` (used whatever the plan's language).
    pub pack: PackSource,
    pub plan: Option<OpenPlan>,
    pub step: Step,
    pub start: StartScreen,
    pub setup: FormScreen,
    pub roster: RosterScreen,
    pub areas: Vec<AreaView>,
    pub review: ReviewScreen,
    pub generate: GenerateScreen,
    /// The date printed on the previewed draft; set by the app (None in tests and screenshots,
    /// which then use a date from the plan, so pictures do not change from day to day).
    pub today: Option<jiff::civil::Date>,
    pub monitoring: FormScreen,
    pub monitor: MonitorScreen,
    pub overlay: Option<Overlay>,
    pub message: Option<Message>,
    /// Where Esc returns after a jump (from a health finding, a gap, a search hit or a merge
    /// conflict); cleared when the user moves between steps any other way.
    pub return_to: Option<Step>,
    /// Whether a text prompt shows its editing keys (`?`).
    pub editor_keys: bool,
    /// Terminal size, for page movements and layout choices.
    pub size: (u16, u16),
    /// Theme, colour and glyphs.
    pub look: super::theme::Look,
    /// Whether mouse clicks are captured.
    pub mouse: bool,
    pub quit: bool,
    /// Said on the terminal after the wizard closes (where unsaved work was kept).
    pub farewell: Option<String>,
    /// Follow mode: the plan is read-only and reloads when its file changes.
    pub follow: Option<Following>,
    /// Over SSH: what waits for the keys to pause.
    pub link: super::link::Link,
}

impl State {
    pub fn new(content: Content, recent: Vec<PathBuf>) -> State {
        let mut start = vec![StartEntry::NewPlan, StartEntry::OpenDemo, StartEntry::OpenFile];
        start.extend(recent.into_iter().map(StartEntry::Recent));
        let areas = vec![AreaView::default(); content.areas.len()];
        State {
            content,
            pack: PackSource::Embedded,
            plan: None,
            step: Step::Start,
            start: StartScreen { entries: start, cursor: 0 },
            setup: FormScreen::default(),
            roster: RosterScreen::default(),
            areas,
            review: ReviewScreen::default(),
            generate: GenerateScreen::default(),
            today: None,
            monitoring: FormScreen::default(),
            monitor: MonitorScreen::default(),
            overlay: None,
            message: None,
            return_to: None,
            editor_keys: false,
            size: (80, 24),
            look: super::theme::Look::default(),
            mouse: false,
            quit: false,
            farewell: None,
            follow: None,
            link: super::link::Link::default(),
        }
    }

    /// Shows the embedded checklist in the open plan's language (English when napwiz has none
    /// in it), so a French plan reads in French whatever the interface language.
    pub fn follow_plan_language(&mut self) {
        let Some(language) = self.plan().map(|p| p.meta.language.trim().to_string()) else {
            return;
        };
        let languages = crate::content::languages();
        let wanted = if languages.contains(&language) { language } else { ENGLISH.to_string() };
        if self.pack != PackSource::Embedded || self.content.meta.language == wanted {
            return;
        }
        self.content = Content::embedded_in(&wanted);
        self.areas.resize(self.content.areas.len(), AreaView::default());
        if let Some(open) = self.plan.as_mut() {
            // Cached rows and figures hold the other language's texts.
            open.index = Memo::default();
            open.rows = Memo::default();
            open.derived = Derived::default();
        }
    }

    /// The steps of the wizard; a breakout part shows only its own area.
    pub fn steps(&self) -> Vec<Step> {
        let part_area = self.plan().and_then(|p| p.part.as_ref()).map(|part| part.area.as_str());
        let keep = |step: &Step| match (step, part_area) {
            (Step::Area(i), Some(area)) => self.content.areas.get(*i).is_some_and(|a| a.id == area),
            _ => true,
        };
        Step::all(self.content.areas.len()).into_iter().filter(keep).collect()
    }

    /// The start screen's entries: new, demo, open, recent plans, and Monitor for the open plan.
    pub fn start_entries(&self) -> Vec<StartEntry> {
        let mut all = self.start.entries.clone();
        if self.plan.is_some() {
            all.push(StartEntry::Monitor);
        }
        all
    }

    /// What the step list offers: the steps, then Monitor and the period dashboard when the
    /// plan has reporting periods.
    pub fn step_list(&self) -> Vec<Step> {
        let mut all = self.steps();
        if self.plan().is_some_and(|p| !p.periods.is_empty()) {
            all.extend(Step::MONITORING);
        }
        all
    }

    /// Where the current step is in the step list.
    pub fn step_list_cursor(&self) -> usize {
        self.step_list().iter().position(|s| *s == self.step).unwrap_or(0)
    }

    /// The reporting period Monitor shows: the one chosen, else the first still open (the
    /// last when all are closed).
    pub fn monitor_period(&self) -> Option<String> {
        let periods = &self.plan()?.periods;
        let chosen = self.monitor.period.as_ref().filter(|id| periods.iter().any(|p| p.id == **id));
        let open = || periods.iter().find(|p| !p.closed).or(periods.last()).map(|p| p.id.clone());
        chosen.cloned().or_else(open)
    }

    /// 1-based position of the current step, and the number of steps.
    pub fn step_position(&self) -> (usize, usize) {
        let steps = self.steps();
        (steps.iter().position(|s| *s == self.step).unwrap_or(0) + 1, steps.len())
    }

    pub fn plan(&self) -> Option<&Plan> {
        self.plan.as_ref().map(|p| &p.plan)
    }

    /// Wide terminals show list and detail side by side.
    pub fn wide(&self) -> bool {
        self.size.0 >= 120
    }

    /// Rows of an area's list: goals, and the actions of expanded goals (content, then custom).
    pub fn area_rows(&self, area: usize) -> Rows {
        let Some(view) = self.areas.get(area).filter(|_| area < self.content.areas.len()) else {
            return Rows(Arc::default());
        };
        let Some(open) = self.plan.as_ref() else {
            return Rows(Arc::new(self.list_rows(None, area, &view.expanded)));
        };
        let key = (PlanKey::of(&open.plan, open.revision), area, view.expanded.clone());
        Rows(open.rows.get_or(&key, || self.list_rows(Some(open), area, &view.expanded)))
    }

    fn list_rows(
        &self,
        open: Option<&OpenPlan>,
        area: usize,
        expanded: &BTreeSet<String>,
    ) -> Vec<Row> {
        let content_area = &self.content.areas[area];
        let index = open.map(|o| (&o.plan, o.index(&self.content)));
        let custom_goals = index
            .iter()
            .flat_map(|(plan, _)| plan.custom_goals.iter().filter(|g| g.area == content_area.id));
        let goal_ids: Vec<(&str, Vec<&str>)> = content_area
            .goals
            .iter()
            .map(|g| (g.id.as_str(), g.actions.iter().map(|a| a.id.as_str()).collect()))
            .chain(custom_goals.map(|g| (g.id.as_str(), vec![])))
            .collect();
        let mut rows = Vec::new();
        for (goal, actions) in goal_ids {
            rows.push(Row::Goal(goal.to_string()));
            if expanded.contains(goal) {
                rows.extend(actions.into_iter().map(|a| Row::Action(a.to_string())));
                if let Some((plan, index)) = &index {
                    let own = index.own_actions_of(plan, goal);
                    rows.extend(own.map(|a| Row::Action(a.id.clone())));
                }
            }
        }
        rows
    }

    /// The item under the cursor in an area step.
    pub fn selected_row(&self, area: usize) -> Option<Row> {
        self.area_rows(area).get(self.areas.get(area)?.cursor).cloned()
    }
}
