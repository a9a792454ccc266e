//! What an update asks of the outside world.

use std::path::PathBuf;

/// What the app loop must do after an update.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    Open(PathBuf),
    /// Create a new plan with this title in the plans folder.
    Create {
        title: String,
    },
    CreateAt(PathBuf),
    /// Open a plan read-only because another session (on another computer) holds its lock.
    OpenReadOnly(PathBuf, crate::store::Holder),
    /// Open a plan, taking over the lock of a session the user says has ended.
    OpenTakingOver(PathBuf),
    OpenDemo,
    Quit,
    /// Remember the theme and mouse setting in the config file.
    SaveSettings,
    /// Turn mouse capture on or off.
    SetMouse(bool),
    /// Send the whole screen again, as if it were blank.
    Redraw,
    /// Save over the plan file although it changed on disk (the other version is backed up).
    SaveOver,
    /// Fold the plan's journal into its file (Ctrl+S when everything is saved; see
    /// `store::journal`).
    Compact,
    /// Write the draft action plan in these formats next to the plan.
    Export(Vec<crate::export::Format>),
    /// The same as the clean copy for circulation, with the drafting team's checklist beside it.
    ExportClean(Vec<crate::export::Format>),
    /// Save the plan to another file, which becomes the plan's file.
    SaveAs(PathBuf),
    /// Write the unsaved plan as an emergency backup in the data folder, then quit.
    QuitKeepingBackup,
    /// Read where the facilitator is (follow the facilitator was turned on).
    ReadFacilitatorPlace,
    /// Stop following and open the plan for writing, taking its lock the normal way.
    TakeOverWriting(PathBuf),
}
