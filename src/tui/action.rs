//! The vocabulary of everything that can happen in the wizard.

use crossterm::event::KeyEvent;

use crate::plan::Priority;

#[derive(Debug, Clone, PartialEq, Eq)]
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
    /// A left click at a screen position (column, row).
    Click(u16, u16),
}
