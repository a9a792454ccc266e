//! The vocabulary of everything that can happen in the wizard.

use crossterm::event::KeyEvent;

use std::path::PathBuf;

use crate::plan::{Plan, Priority};
use crate::store::Holder;
use crate::store::place::Place;
use crate::tui::state::{Message, SaveState};

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Up,
    Down,
    Left,
    Right,
    PageUp,
    PageDown,
    Home,
    End,
    /// Open, confirm, or edit what is selected.
    Enter,
    /// Back one level; never discards input.
    Back,
    NextField,
    PrevField,
    NextStep,
    /// Review: show panel N (0-based), as its number on screen suggests.
    Panel(usize),
    PrevStep,
    Steps,
    Help,
    Search,
    Quit,
    Undo,
    Redo,
    // Decisions on the selected item, one keystroke each.
    ToggleInclude,
    Exclude,
    SetPriority(Priority),
    CycleBaseline,
    CycleTimeframe,
    PickLead,
    /// The content pack's suggested lead becomes the lead (one key for the common case).
    SuggestedLead,
    /// Back to "not set": the explicit way, since cycling a value never clears it.
    Clear,
    PickPartners,
    EditNotes,
    Guidance,
    AddAction,
    AddGoal,
    Delete,
    // Roster.
    Filter,
    /// Generate: write the chosen export files.
    WriteFiles,
    AddInstitution,
    // Text entry (editors, filters) and answers.
    Key(KeyEvent),
    Paste(String),
    Yes,
    No,
    /// A plan locked on another computer: open it read-only / take the lock over.
    OpenReadOnly,
    TakeOver,
    Resize(u16, u16),
    // Terminal settings.
    CycleTheme,
    /// Save now, over a plan file that changed on disk (the other version is backed up).
    SaveOver,
    /// Quitting with unsaved work: choose another file for the plan.
    SaveElsewhere,
    /// Quitting with unsaved work: try saving to the plan's own file again.
    RetrySave,
    /// Quitting with unsaved work: keep it as an emergency backup in the data folder, then quit.
    QuitKeepingBackup,
    /// Open the list of merge conflicts.
    Conflicts,
    ToggleMouse,
    /// Ctrl+L: send the whole screen again (line noise or a message written over it).
    Redraw,
    /// The keys paused: a thin link draws what it held back while they came.
    Settle,
    /// A left click, resolved against the last drawn frame (see `mouse`).
    Click(Click),
    /// Following a plan: jump with the facilitator, or stop (off by default).
    FollowFacilitator,
    /// Following a plan whose writer has quit: take the lock and write it.
    TakeOverWriting,
    // Monitoring the adopted plan.
    /// Open Monitor mode (reports per action for a period).
    Monitor,
    /// Open the period dashboard.
    PeriodDashboard,
    SetStatus(crate::plan::monitor::Status),
    /// Start the period's missing reports from the previous period's.
    CopyForward,
    /// Close the period, or reopen a closed one (asks first).
    ClosePeriod,
    /// Step the institution filter (all, then each lead institution).
    FilterInstitution,
    /// Step the status filter (any, no report yet, each status).
    FilterStatus,
    ClearFilters,
    /// What the app loop did about an effect (I/O), for update to show in the state.
    Done(Outcome),
}

/// What a left click landed on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Click {
    /// A row (0-based) of the current step's main list.
    Row(usize),
    /// The top line, which opens the step list.
    TopLine,
    /// A row of the open step list: that step.
    Step(usize),
}

/// The result of an effect, reported back by the app loop: only `update` writes the state.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// A plan was loaded: its file, what it holds, why it is read-only (if it is), what to tell
    /// about it, and where it was left last time.
    Opened(Box<Opened>),
    /// The plan is locked by a session napwiz cannot check (on another computer): ask.
    LockedElsewhere { path: PathBuf, holder: Holder },
    /// The plan file named does not exist: offer to create it.
    Missing(PathBuf),
    /// A new plan file was created (and opened).
    Created(PathBuf),
    /// The plan open before was closed with work its file could not take: where it went.
    KeptAside(String),
    /// A save ran: how the plan stands now, and what to say (a backup warning, "saved").
    Saved { save: SaveState, note: Option<Message> },
    /// "Save elsewhere" wrote the plan to `path`, which is now its file (`shown` in full).
    SavedAs { path: PathBuf, shown: String },
    /// "Save elsewhere" could not write `path`: the prompt opens again with why.
    SaveAsRefused { path: PathBuf, why: String },
    /// Draft files were written: what to tell.
    Exported(String),
    /// An emergency backup holds the unsaved work: say where on the way out, and quit.
    KeptBackup(String),
    /// The emergency backup could not be written: why, and the quit question again.
    BackupRefused(String),
    /// Everything that could be saved was: quit, unless work is still in no file.
    Leave,
    /// Something went wrong: why, in words for the user.
    Failed(String),
    /// The open plan is followed from now on (read-only, reloaded when its file changes).
    Follow(Box<crate::tui::state::Following>),
    /// The followed plan changed on disk: the new version, its `napwiz diff` lines, the time.
    Followed { plan: Box<Plan>, lines: Vec<String>, at: String },
    /// The followed plan's journal gained these records (a big plan's autosave), and the time.
    FollowedRecords { records: Vec<crate::plan::patch::Patch>, at: String },
    /// The followed plan could not be read: why (the last good version stays).
    FollowProblem(String),
    /// Who writes the followed plan now, from its lock.
    Writer(Option<Holder>),
    /// Where the facilitator is, from the place recorded beside the plan.
    FacilitatorAt(Place),
    /// The marks of the last change have been shown long enough.
    MarksFaded,
    /// Go back to this place in the plan just opened (a follower that took over writing).
    Resume(Place),
}

/// A plan just loaded, as `update` needs it.
#[derive(Debug, Clone, PartialEq)]
pub struct Opened {
    pub path: PathBuf,
    pub plan: Plan,
    pub read_only: Option<String>,
    pub notices: Vec<String>,
    pub place: Option<Place>,
    /// Decisions moved to the ids the pack now uses: the plan needs saving.
    pub moved: bool,
}
