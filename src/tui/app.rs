//! The app loop: terminal set-up and restore, events to actions, effects (opening and creating
//! plans), autosave after every change, and keeping every word (the text being typed too) on
//! every way out: quit, SIGHUP/SIGINT/SIGQUIT/SIGTERM, a lost terminal, a panic.
//!
//! This module owns the terminal, so it may open stdout (clippy.toml forbids it elsewhere): what
//! it sends is crossterm's own sequences and ratatui's frames, whose every cell `view::draw`
//! has checked for forbidden characters. Messages for people go through `crate::output`.

#![allow(clippy::disallowed_methods)]

use std::io::{self, BufWriter, IsTerminal, Stdout};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};
use crossterm::event::{
    DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture, Event, KeyEventKind,
    MouseButton, MouseEventKind,
};
use crossterm::execute;
use crossterm::terminal::{self, EnterAlternateScreen};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

use super::action::{Action, Opened, Outcome};
use super::inbox::{self, Inbox, Input};
use super::keymap;
use super::link::{self, Link};
use super::rescue::{
    Shared, SharedState, emergency_backup, emergency_note, install_panic_hook, keep_work, lock,
    restore_terminal, spawn_signal_thread,
};
use super::scroll::{self, Painter};
use super::state::{Message, OpenPlan, SaveState, State};
use super::theme::Look;
use super::typed::typed;
use super::update::{Effect, update};
use super::view;
use crate::config::Config;
use crate::content::Content;
use crate::paths;
use crate::plan::{self, Period, Plan, demo_plan};
use crate::store::{BackupPolicy, ChangedOnDisk, LockUnverified, PlanFile, ReadOnly, TakeOver};

type Term = Terminal<CrosstermBackend<super::sgr::Output<BufWriter<Stdout>>>>;

/// How the wizard looks and behaves, from the command line and the config file.
#[derive(Debug, Clone)]
pub struct Options {
    pub look: Look,
    pub mouse: bool,
    pub config: Config,
    /// Why the config file could not be used, shown on the first screen.
    pub config_problem: Option<String>,
    /// Follow the plan (`--follow`): read-only, reloaded whenever its file changes.
    pub follow: bool,
    /// Notice its changes by polling the folder (`--follow-poll`, `NAPWIZ_FOLLOW_POLL`).
    pub poll: bool,
    /// Where checklists come from (see `State::pack`).
    pub pack: crate::content::PackSource,
    /// The terminal is reached over a thin link (SSH): see `tui::link`.
    pub thin_link: bool,
}

/// Runs the wizard, on the start screen or with `plan` open.
/// `read` is the plan as already read from `plan` (for its language), opened without parsing the
/// file again.
pub fn run(
    content: Content,
    plan: Option<&Path>,
    read: Option<PlanFile>,
    options: Options,
) -> Result<ExitCode> {
    if !io::stdin().is_terminal() || !io::stdout().is_terminal() {
        bail!("{}", crate::fl!("app-not-a-terminal"));
    }
    let shared: SharedState = Arc::default();
    install_panic_hook(shared.clone());
    spawn_signal_thread(shared.clone())?;
    let mut terminal = setup_terminal(options.look.color)?;
    let size = terminal.size()?;
    let mut state = State {
        size: (size.width, size.height),
        look: options.look,
        today: Some(jiff::ZonedDateTime::now().date()),
        mouse: options.mouse,
        pack: options.pack,
        link: Link { thin: options.thin_link, ..Link::default() },
        ..State::new(content, recent_plans())
    };
    set_mouse(options.mouse);
    if let Some(problem) = &options.config_problem {
        report(&mut state, Outcome::Failed(problem.clone()));
    }
    let mut config = options.config;
    match plan {
        Some(path) if options.follow => follow(&mut state, &shared, path, read),
        Some(path) => match read {
            Some(file) => open_with(&mut state, &shared, path, |_| file.lock_or_read_only()),
            None => open_or_offer(&mut state, &shared, path),
        },
        None => {}
    }
    let result = event_loop(&mut terminal, &mut state, &shared, &mut config, options.poll);
    let kept = finish(&mut state, &shared);
    restore_terminal();
    remember_place(&state);
    if let Some(kept) = kept {
        // Paths come from the command line and the file system: errln! cleans them.
        let _ = crate::errln!("napwiz: {kept}");
    }
    // The process ends now, and the plan is in its file: freeing the checklist and the plan an
    // allocation at a time would only hold the prompt back (a tenth of a second at 100x).
    std::mem::forget(state);
    result.map(|()| ExitCode::SUCCESS)
}

/// The last thing the wizard does: keeps whatever is in no file yet (the text of an open dialog
/// when the terminal went away, changes a failed save left) and releases the plan's lock.
/// Returns what to tell the user.
fn finish(state: &mut State, shared: &SharedState) -> Option<String> {
    pass_on_changes(state, shared);
    share_draft(state, shared);
    let mut guard = lock(shared);
    let unsaved = state.plan.as_ref().is_some_and(|p| p.has_unsaved_work());
    let kept = if state.farewell.is_none() && (unsaved || guard.typed.is_some()) {
        keep_work(&mut guard)
    } else {
        None
    };
    let journal = journal_left(&mut guard);
    // Closing the plan file removes its lock file.
    guard.close_at_exit();
    kept.or_else(|| state.farewell.clone()).or(journal)
}

fn setup_terminal(colour: bool) -> Result<Term> {
    terminal::enable_raw_mode().with_context(|| crate::fl!("terminal-raw-failed"))?;
    execute!(io::stdout(), EnterAlternateScreen, EnableBracketedPaste)
        .with_context(|| crate::fl!("terminal-setup-failed"))?;
    // One large buffer, so a frame leaves in one write (it matters over SSH); without colour,
    // no colour sequence leaves at all (a VT100 reads them as blink and conceal).
    let out = BufWriter::with_capacity(1 << 16, io::stdout());
    let backend = CrosstermBackend::new(super::sgr::Output::new(out, colour));
    Ok(Terminal::new(backend)?)
}

fn set_mouse(on: bool) {
    let _ = if on {
        execute!(io::stdout(), EnableMouseCapture)
    } else {
        execute!(io::stdout(), DisableMouseCapture)
    };
}

fn event_loop(
    terminal: &mut Term,
    state: &mut State,
    shared: &SharedState,
    config: &mut Config,
    poll: bool,
) -> Result<()> {
    let mut last_step = state.step;
    let term = std::env::var("TERM").ok();
    let mut painter = Painter::new(scroll::supported(term.as_deref()))
        .erasing_cells(scroll::erases_cells(term.as_deref()));
    let (mut inbox, mut follower) = (Inbox::default(), None);
    // Where this wizard, writing the plan, last told followers it is.
    let mut recorded = None;
    let mut autosave = Autosave::default();
    // When a thin link draws what it holds back while keys move the selection (tui::link).
    let mut settle_at: Option<Instant> = None;
    // The frame on screen (clicks are read against it), and since when frames wait for typeahead.
    let (mut drawn, mut waiting) = (view::Drawn::default(), None);
    let result = loop {
        if let Some(outcome) = inbox::sync(state, &mut follower, &mut inbox, poll) {
            report(state, outcome);
        }
        inbox::record_place(state, &mut recorded);
        // A hold begun by anything (a key, a follower's jump) ends after a pause.
        if !state.link.moving() {
            settle_at = None;
        } else if settle_at.is_none() {
            settle_at = Some(Instant::now() + link::PAUSE);
        }
        if state.step != last_step {
            last_step = state.step;
            remember_place(state);
        }
        if frame_due(&mut inbox, &mut waiting) {
            drawn = painter.draw(terminal, state)?;
        }
        let fade_at = follower.as_ref().and_then(|f| f.fade_at);
        let deadlines = fade_at.into_iter().chain(autosave.due).chain(settle_at);
        let event = match inbox.next(deadlines.min()) {
            Input::Terminal(event) => event,
            // The terminal is gone: save what we have and stop.
            Input::TerminalGone => break Ok(()),
            Input::Changed(kinds) => {
                let outcomes = follower.as_mut().map(|f| inbox::changed(state, f, &kinds));
                outcomes.into_iter().flatten().for_each(|o| report(state, o));
                continue;
            }
            Input::Timer => {
                if settle_at.is_some_and(|at| at <= Instant::now()) {
                    settle_at = None;
                    update(state, Action::Settle);
                }
                if autosave.due.is_some_and(|due| due <= Instant::now()) {
                    autosave.save(state, shared);
                }
                follower.as_mut().and_then(inbox::timer).into_iter().for_each(|o| report(state, o));
                autosave.after_input(state);
                continue;
            }
        };
        for action in actions_for(state, &drawn, event) {
            let effects = update(state, action);
            for effect in effects {
                match effect {
                    Effect::Redraw => painter.repaint_all(),
                    effect => apply_effect(state, shared, config, effect),
                }
            }
        }
        settle_at = state.link.moving().then(|| Instant::now() + link::PAUSE);
        pass_on_changes(state, shared);
        autosave.after_input(state);
        if autosave.due.is_some_and(|due| due <= Instant::now()) {
            // A plan that saves quickly is saved before the frame, which then shows it saved.
            autosave.save(state, shared);
        }
        share_draft(state, shared);
        if state.quit {
            break Ok(());
        }
    };
    inbox::forget_place(&mut recorded);
    result
}

/// While keys are typed ahead, frames wait at most this long, so a held key still shows the
/// cursor travelling.
const TYPEAHEAD_FRAME: Duration = Duration::from_millis(100);

/// Whether to draw now: not while input is already waiting (each frame would be overwritten at
/// once, and over SSH every one of them costs bytes), unless frames have waited long enough.
/// `waiting`: since when frames were skipped.
fn frame_due(inbox: &mut Inbox, waiting: &mut Option<Instant>) -> bool {
    let since = *waiting.get_or_insert_with(Instant::now);
    let due = !inbox.pending() || since.elapsed() >= TYPEAHEAD_FRAME;
    if due {
        *waiting = None;
    }
    due
}

/// The actions an event means; a click is resolved against the frame on screen (`drawn`).
fn actions_for(state: &State, drawn: &view::Drawn, event: Event) -> Vec<Action> {
    match event {
        // Windows reports key releases too; only presses are input.
        // Debug builds only: F12 panics when NAPWIZ_DEBUG_PANIC is set, so tests can prove that
        // a panic restores the terminal and saves the plan.
        Event::Key(key)
            if cfg!(debug_assertions)
                && key.code == crossterm::event::KeyCode::F(12)
                && std::env::var_os("NAPWIZ_DEBUG_PANIC").is_some() =>
        {
            panic!("test panic requested with F12")
        }
        Event::Key(key) if key.kind == KeyEventKind::Press => {
            keymap::action_for(keymap::mode(state), key).into_iter().collect()
        }
        Event::Paste(text) => vec![Action::Paste(text)],
        Event::Mouse(mouse) if mouse.kind == MouseEventKind::Down(MouseButton::Left) => {
            super::mouse::action(state, drawn, mouse.column, mouse.row).into_iter().collect()
        }
        Event::Resize(w, h) => vec![Action::Resize(w, h)],
        _ => vec![],
    }
}

fn apply_effect(state: &mut State, shared: &SharedState, config: &mut Config, effect: Effect) {
    match effect {
        Effect::Quit => quit_or_ask(state, shared),
        Effect::SaveAs(path) => save_as(state, shared, &path),
        Effect::QuitKeepingBackup => quit_keeping_backup(state),
        Effect::SetMouse(on) => set_mouse(on),
        // The painter is the event loop's: it answers this one before effects come here.
        Effect::Redraw => {}
        Effect::SaveOver => save_over(state, shared),
        Effect::Compact => compact_now(state, shared),
        Effect::Export(formats) => export(state, shared, &formats, false),
        Effect::ExportClean(formats) => export(state, shared, &formats, true),
        Effect::SaveSettings => {
            config.theme = state.look.theme;
            config.mouse = state.mouse;
            if let Err(e) = crate::config::save(config) {
                report(state, Outcome::Failed(format!("{e:#}")));
            }
        }
        Effect::Open(path) => open_or_offer(state, shared, &path),
        Effect::CreateAt(path) => {
            let title = path.file_stem().map_or_else(
                || crate::fl!("app-default-title"),
                |s| s.to_string_lossy().into_owned(),
            );
            create(state, shared, &path, &title);
        }
        Effect::Create { title } => {
            let path = paths::free_plan_path(&paths::plans_dir(), &title);
            create(state, shared, &path, &title);
        }
        Effect::OpenReadOnly(path, holder) => {
            let why = ReadOnly::LockedBy(holder);
            open_with(state, shared, &path, |p| PlanFile::read_only_because(p, why));
        }
        Effect::OpenTakingOver(path) => {
            open_with(state, shared, &path, |p| PlanFile::open_with(p, TakeOver::Confirmed));
        }
        Effect::ReadFacilitatorPlace => {
            if let Some(outcome) = inbox::facilitator_place(state) {
                report(state, outcome);
            }
        }
        Effect::TakeOverWriting(path) => take_over_writing(state, shared, &path),
        Effect::OpenDemo => {
            let path = paths::demo_plan_path();
            if !path.exists() {
                let plan = demo_plan(&state.content);
                if let Err(e) = PlanFile::create(&path, plan, false) {
                    return report(state, Outcome::Failed(format!("{e:#}")));
                }
            }
            open(state, shared, &path);
        }
    }
}

/// Writes the draft next to the plan and says where, in full (over SSH, people scp them).
fn export(state: &mut State, shared: &SharedState, formats: &[crate::export::Format], clean: bool) {
    // The plan file is whole again beside its draft (no journal to carry along).
    compact_now(state, shared);
    let Some(open) = &state.plan else { return };
    if formats.is_empty() {
        return report(state, Outcome::Failed(crate::fl!("app-choose-a-format")));
    }
    let dir = open
        .path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
    let stem = open.path.file_stem().map_or("plan".into(), |s| s.to_string_lossy().into_owned());
    let options = crate::export::ExportOptions { clean, ..crate::export::ExportOptions::today() };
    let outcome = match crate::export::export_plan(
        &open.plan,
        &state.content,
        formats,
        &dir,
        &stem,
        &options,
    ) {
        Ok(paths) => {
            let folder = paths::absolute(&dir.join(&stem));
            let folder = folder.parent().unwrap_or(&dir);
            Outcome::Exported(view::generate::written(&paths, &stem, folder))
        }
        Err(e) => Outcome::Failed(format!("{e:#}")),
    };
    report(state, outcome);
}

fn open_or_offer(state: &mut State, shared: &SharedState, path: &Path) {
    if path.exists() {
        open(state, shared, path);
    } else {
        report(state, Outcome::Missing(path.to_path_buf()));
    }
}

fn create(state: &mut State, shared: &SharedState, path: &Path, title: &str) {
    let year = jiff::ZonedDateTime::now().year() as u16 + 1;
    let plan = Plan::new(title, "", Period { first: year, last: year + 3 }, &state.content);
    match PlanFile::create(path, plan, false) {
        Ok(file) => {
            drop(file);
            open(state, shared, path);
            report(state, Outcome::Created(path.to_path_buf()));
        }
        Err(e) => report(state, Outcome::Failed(format!("{e:#}"))),
    }
}

/// Opens `path` to follow it (`--follow`): read-only, never locked, reloaded when it changes.
fn follow(state: &mut State, shared: &SharedState, path: &Path, read: Option<PlanFile>) {
    open_with(state, shared, path, |p| match read {
        // Read, never locked: read-only as asked.
        Some(file) => Ok(file),
        None => PlanFile::read_only_because(p, ReadOnly::Requested),
    });
    if state.plan.is_some() {
        report(state, Outcome::Follow(Box::default()));
    }
}

/// The writer has quit: the follower opens the plan for writing, taking its lock the normal
/// way, and stays where it was.
fn take_over_writing(state: &mut State, shared: &SharedState, path: &Path) {
    let here = super::resume::place_of(state);
    let following = state.follow.take();
    open_with(state, shared, path, PlanFile::open);
    if state.plan.as_ref().is_some_and(|p| p.is_read_only() || p.path != path) {
        state.follow = following;
        return;
    }
    // Back on the follower's item, not where the plan was last left.
    if let Some(place) = here {
        report(state, Outcome::Resume(place));
    }
}

/// Remembers where the open plan was left, outside the plan (a failure only costs the place);
/// a follower writes nothing.
fn remember_place(state: &State) {
    if state.follow.is_some() {
        return;
    }
    if let (Some(open), Some(place)) = (&state.plan, super::resume::place_of(state)) {
        let _ = crate::store::place::save(&open.path, &place);
    }
}

fn open(state: &mut State, shared: &SharedState, path: &Path) {
    open_with(state, shared, path, PlanFile::open_or_read_only);
}

/// Saves and closes the open plan, releasing its lock; work its file cannot take goes to an
/// emergency backup. Returns where, to be told.
fn close_plan(state: &mut State, shared: &SharedState) -> Option<String> {
    save_now(state, shared);
    compact_now(state, shared);
    remember_place(state);
    lock(shared).set_file(None);
    let open = state.plan.as_ref().filter(|p| p.has_unsaved_work())?;
    Some(match emergency_backup(&open.path, &open.plan) {
        Ok(kept) => emergency_note(&open.path, &kept, None),
        Err(e) => crate::fl!("app-previous-not-kept", error = format!("{e:#}")),
    })
}

/// Opens a plan the way `how` says, after closing the open one (its unsaved work, if any, kept
/// in an emergency backup and said so).
fn open_with(
    state: &mut State,
    shared: &SharedState,
    path: &Path,
    how: impl FnOnce(&Path) -> anyhow::Result<PlanFile>,
) {
    let kept = close_plan(state, shared);
    load_plan(state, shared, path, how);
    if let Some(kept) = kept {
        report(state, Outcome::KeptAside(kept));
    }
}

/// Loads a plan the way `how` says; a lock held on another computer is asked about first.
fn load_plan(
    state: &mut State,
    shared: &SharedState,
    path: &Path,
    how: impl FnOnce(&Path) -> anyhow::Result<PlanFile>,
) {
    match how(path) {
        Ok(mut file) => {
            file.set_backup_policy(BackupPolicy::AUTOSAVE);
            let read_only = file.read_only.as_ref().map(|r| r.summary());
            let mut notices = file.notices.clone();
            // Decisions under ids the pack merged away move to their new home (saved below).
            let moves = plan::follow_moves(&mut file.plan, &state.content);
            if moves.iter().any(|m| m.done) {
                file.changed_in_place();
            }
            notices.extend(plan::moved_notice(&moves));
            if !file.plan.conflicts.is_empty() {
                let key =
                    keymap::key_for(keymap::Mode::AreaList, &Action::Conflicts).unwrap_or_default();
                let count = file.plan.conflicts.len();
                notices.push(crate::fl!("app-conflicts-to-resolve", count = count, key = key));
            }
            notices.extend(crate::plan::part::notice(&file.plan, &state.content));
            let place = crate::store::place::load(path);
            let plan = file.plan.clone();
            let moved = moves.iter().any(|m| m.done);
            let path = path.to_path_buf();
            let locked_by = match &file.read_only {
                Some(ReadOnly::LockedBy(holder)) => Some(holder.clone()),
                _ => None,
            };
            let opened = Opened { path, plan, read_only, notices, place, moved };
            report(state, Outcome::Opened(Box::new(opened)));
            if let Some(holder) = locked_by {
                report(state, Outcome::Follow(Box::new(inbox::following_writer(&holder))));
            }
            lock(shared).set_file(Some(file));
        }
        Err(e) => match e.downcast::<LockUnverified>() {
            Ok(LockUnverified { path, holder }) => {
                report(state, Outcome::LockedElsewhere { path, holder })
            }
            Err(e) => report(state, Outcome::Failed(format!("{e:#}"))),
        },
    }
}

/// Autosave of a plan that writes quickly (a small file) happens at once, before the frame. A big
/// plan waits until the keys pause, so a decision's frame is drawn first and a burst of
/// decisions is written once (writing a big plan is the slow part of a key). Quitting, closing,
/// signals and panics save at once: nothing waits on this timer to be kept.
const AUTOSAVE_PAUSE: Duration = Duration::from_millis(100);
/// While keys keep coming, the plan is still written this often.
const AUTOSAVE_LATEST: Duration = Duration::from_millis(1000);
/// A plan file this small writes in a few milliseconds (the real checklist fully decided is
/// 0.5 MB): it is saved at once. The size, not the time a save took, decides: the time varies
/// with the disk (a backup written beside it, a slow fsync).
const QUICK_FILE: u64 = 2 * 1024 * 1024;

/// When the next autosave is due, if the plan has changes in no file.
#[derive(Debug, Default)]
struct Autosave {
    /// When the plan first had changes the file does not hold.
    since: Option<Instant>,
    due: Option<Instant>,
    /// An autosave that could not write (no file to take it yet) is tried again no sooner.
    retry: Option<Instant>,
}

impl Autosave {
    fn after_input(&mut self, state: &State) {
        let Some(open) = state.plan.as_ref().filter(|p| p.save == SaveState::Unsaved) else {
            self.since = None;
            self.due = None;
            return;
        };
        let now = Instant::now();
        let since = *self.since.get_or_insert(now);
        let (pause, latest) = autosave_timing();
        let quick = std::fs::metadata(&open.path).map_or(true, |m| m.len() < QUICK_FILE);
        let pause = if quick && !held_back() { Duration::ZERO } else { pause };
        let due = (now + pause).min(since + latest);
        self.due = Some(self.retry.map_or(due, |retry| due.max(retry)));
    }

    fn save(&mut self, state: &mut State, shared: &SharedState) {
        save_now(state, shared);
        let unwritten = state.plan.as_ref().is_some_and(|p| p.save == SaveState::Unsaved);
        self.retry = unwritten.then(|| Instant::now() + AUTOSAVE_PAUSE);
        self.after_input(state);
    }
}

/// Whether a debug build's NAPWIZ_AUTOSAVE_PAUSE_MS holds every autosave back.
fn held_back() -> bool {
    cfg!(debug_assertions) && std::env::var_os("NAPWIZ_AUTOSAVE_PAUSE_MS").is_some()
}

/// Debug builds only: NAPWIZ_AUTOSAVE_PAUSE_MS holds the autosave back (pause and latest), so
/// tests can prove that quitting, signals and panics save what it has not written yet.
fn autosave_timing() -> (Duration, Duration) {
    let held = std::env::var("NAPWIZ_AUTOSAVE_PAUSE_MS").ok().and_then(|ms| ms.parse().ok());
    match held.filter(|_| cfg!(debug_assertions)) {
        Some(ms) => (Duration::from_millis(ms), Duration::from_millis(ms)),
        None => (AUTOSAVE_PAUSE, AUTOSAVE_LATEST),
    }
}

fn save_now(state: &mut State, shared: &SharedState) {
    pass_on_changes(state, shared);
    let Some(open) = state.plan.as_ref().filter(|o| o.save == SaveState::Unsaved) else { return };
    let mut guard = lock(shared);
    let Some(file) = up_to_date(&mut guard, open) else { return };
    let (save, note) = match file.autosave() {
        Ok(saved) => {
            (SaveState::Saved, saved.backup_error.map(|w| Message { text: w, error: true }))
        }
        Err(e) if e.downcast_ref::<ChangedOnDisk>().is_some() => {
            (SaveState::ChangedOnDisk(format!("{e:#}")), None)
        }
        Err(e) => (SaveState::Failed(format!("{e:#}")), None),
    };
    drop(guard);
    report(state, Outcome::Saved { save, note });
}

/// Quits once everything is in a file; otherwise asks what to do with the unsaved work.
fn quit_or_ask(state: &mut State, shared: &SharedState) {
    save_now(state, shared);
    compact_now(state, shared);
    report(state, Outcome::Leave);
}

/// Folds a big plan's journal into its file (see `store::journal`): on leaving the plan and
/// before its file is used whole. When the plan changed on disk that is a failed save, and
/// quitting asks what to do; any other failure leaves every change in the journal, which is
/// said (and said again on leaving, see [`journal_left`]).
fn compact_now(state: &mut State, shared: &SharedState) {
    let Some(open) = state.plan.as_ref().filter(|o| o.save == SaveState::Saved) else { return };
    let mut guard = lock(shared);
    let Some(file) = up_to_date(&mut guard, open).filter(|f| f.has_journal()) else { return };
    let outcome = match file.compact() {
        Ok(_) => return,
        Err(e) if e.downcast_ref::<ChangedOnDisk>().is_some() => {
            let save = SaveState::ChangedOnDisk(format!("{e:#}"));
            Outcome::Saved { save, note: None }
        }
        Err(e) => Outcome::Failed(format!("{e:#}")),
    };
    drop(guard);
    report(state, outcome);
}

/// What to say on leaving when the plan's changes are in its journal, not yet in the plan file
/// (folding it in failed): where they are, and that the next napwiz applies them.
fn journal_left(shared: &mut Shared) -> Option<String> {
    let file = shared.file().filter(|f| f.read_only.is_none() && f.has_journal())?;
    let journal = crate::store::journal_path(&file.path).display().to_string();
    Some(crate::fl!("app-journal-left", journal = journal, path = file.path.display().to_string()))
}

/// "Save elsewhere": the plan goes to a new file, which becomes its file (with its own lock).
fn save_as(state: &mut State, shared: &SharedState, path: &Path) {
    let Some(open) = state.plan.as_ref() else { return };
    let result = if path.exists() {
        Err(anyhow::anyhow!(
            "{}",
            crate::fl!("app-save-as-exists", path = path.display().to_string())
        ))
    } else {
        PlanFile::create(path, open.plan.clone(), false)
    };
    let outcome = match result {
        Ok(mut file) => {
            file.set_backup_policy(BackupPolicy::AUTOSAVE);
            // Replacing the old file releases its lock.
            lock(shared).set_file(Some(file));
            let shown = paths::absolute(path).display().to_string();
            Outcome::SavedAs { path: path.to_path_buf(), shown }
        }
        Err(e) => Outcome::SaveAsRefused { path: path.to_path_buf(), why: format!("{e:#}") },
    };
    report(state, outcome);
}

/// "Quit, keep a backup": the unsaved plan goes to the emergency backups, and the exit says where.
fn quit_keeping_backup(state: &mut State) {
    let Some(open) = &state.plan else { return report(state, Outcome::Leave) };
    let outcome = match emergency_backup(&open.path, &open.plan) {
        Ok(kept) => Outcome::KeptBackup(emergency_note(&open.path, &kept, None)),
        Err(e) => Outcome::BackupRefused(format!("{e:#}")),
    };
    report(state, outcome);
}

/// Ctrl+S after a refused save: our version wins, the one on disk goes to the backups.
fn save_over(state: &mut State, shared: &SharedState) {
    pass_on_changes(state, shared);
    let Some(open) = state.plan.as_ref() else { return };
    let mut guard = lock(shared);
    let Some(file) = up_to_date(&mut guard, open) else { return };
    let had_file = file.path.exists();
    let (save, note) = match file.save_over() {
        Ok(_) => {
            let text =
                if had_file { crate::fl!("app-saved-over") } else { crate::fl!("header-saved") };
            (SaveState::Saved, Some(Message { text, error: false }))
        }
        Err(e) => (SaveState::Failed(format!("{e:#}")), None),
    };
    drop(guard);
    report(state, Outcome::Saved { save, note });
}

/// Passes the open plan's changes on to the plan file's copy (what signals and panics save).
fn pass_on_changes(state: &mut State, shared: &SharedState) {
    let Some(open) = state.plan.as_mut().filter(|o| !o.changes.is_empty()) else { return };
    lock(shared).pass_on(std::mem::take(&mut open.changes));
}

/// The plan file, its copy of the plan brought up to date with every change passed on.
fn up_to_date<'a>(shared: &'a mut Shared, open: &OpenPlan) -> Option<&'a mut PlanFile> {
    let file = shared.file_up_to_date()?;
    // Debug builds (the test suite) prove the copy never drifts from the plan shown.
    debug_assert!(file.plan == open.plan, "the plan file's copy drifted from the open plan");
    Some(file)
}

/// Tells update what an effect did: the app loop never writes the state itself.
fn report(state: &mut State, outcome: Outcome) {
    let effects = update(state, Action::Done(outcome));
    debug_assert!(effects.is_empty(), "outcomes ask for nothing more: {effects:?}");
}

/// Keeps the text being typed where the signal thread and the panic hook can save it.
fn share_draft(state: &State, shared: &SharedState) {
    lock(shared).typed = typed(state);
}

/// Plans in the plans folder, most recently changed first.
fn recent_plans() -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(paths::plans_dir()) else { return vec![] };
    let mut plans: Vec<(std::time::SystemTime, PathBuf)> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .filter_map(|p| Some((std::fs::metadata(&p).ok()?.modified().ok()?, p)))
        .collect();
    plans.sort_by_key(|p| std::cmp::Reverse(p.0));
    plans.into_iter().take(12).map(|(_, p)| p).collect()
}
