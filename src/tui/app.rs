//! The app loop: terminal set-up and restore, events to actions, effects (opening and creating
//! plans), autosave after every change, and keeping every word (the text being typed too) on
//! every way out: quit, SIGHUP/SIGINT/SIGQUIT/SIGTERM, a lost terminal, a panic.
//!
//! This module owns the terminal, so it may open stdout (clippy.toml forbids it elsewhere): what
//! it sends is crossterm's own sequences and ratatui's frames, whose every cell `view::draw`
//! has checked for forbidden characters. Messages for people go through `crate::output`.

#![allow(clippy::disallowed_methods)]

use std::io::{self, BufWriter, IsTerminal, Stdout, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::{Arc, Mutex, MutexGuard};

use anyhow::{Context, Result, bail};
use crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
    Event, KeyEventKind, MouseButton, MouseEventKind,
};
use crossterm::execute;
use crossterm::terminal::{self, EnterAlternateScreen, LeaveAlternateScreen};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

use super::action::{Action, Opened, Outcome};
use super::keymap;
use super::state::{Message, SaveState, State};
use super::theme::Look;
use super::typed::{Typed, typed};
use super::update::{Effect, update};
use super::view;
use crate::config::Config;
use crate::content::Content;
use crate::paths;
use crate::plan::{self, Period, Plan, demo_plan, to_ron};
use crate::store::{
    BackupPolicy, Backups, ChangedOnDisk, LockUnverified, PlanFile, ReadOnly, TakeOver,
};

type Term = Terminal<CrosstermBackend<super::sgr::Output<BufWriter<Stdout>>>>;

/// What the signal thread and the panic hook can save without the main thread: the open plan
/// file (holding the latest plan after every event), and the text being typed right now.
#[derive(Default)]
struct Shared {
    file: Option<PlanFile>,
    typed: Option<Typed>,
}

type SharedState = Arc<Mutex<Shared>>;

fn lock(shared: &SharedState) -> MutexGuard<'_, Shared> {
    shared.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// How the wizard looks and behaves, from the command line and the config file.
#[derive(Debug, Clone)]
pub struct Options {
    pub look: Look,
    pub mouse: bool,
    pub config: Config,
    /// Why the config file could not be used, shown on the first screen.
    pub config_problem: Option<String>,
}

/// Runs the wizard, on the start screen or with `plan` open.
pub fn run(content: Content, plan: Option<&Path>, options: Options) -> Result<ExitCode> {
    if !io::stdin().is_terminal() || !io::stdout().is_terminal() {
        bail!(
            "the wizard needs an interactive terminal, and this is not one. Use `napwiz --plain` for a line-by-line wizard (it reads from a pipe too), or the subcommands (napwiz --help), e.g. `napwiz summary PLAN`."
        );
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
        ..State::new(content, recent_plans())
    };
    set_mouse(options.mouse);
    if let Some(problem) = &options.config_problem {
        report(&mut state, Outcome::Failed(problem.clone()));
    }
    let mut config = options.config;
    if let Some(path) = plan {
        open_or_offer(&mut state, &shared, path);
    }
    let result = event_loop(&mut terminal, &mut state, &shared, &mut config);
    let kept = finish(&state, &shared);
    restore_terminal();
    remember_place(&state);
    if let Some(kept) = kept {
        // Paths come from the command line and the file system: errln! cleans them.
        let _ = crate::errln!("napwiz: {kept}");
    }
    result.map(|()| ExitCode::SUCCESS)
}

/// The last thing the wizard does: keeps whatever is in no file yet (the text of an open dialog
/// when the terminal went away, changes a failed save left) and releases the plan's lock.
/// Returns what to tell the user.
fn finish(state: &State, shared: &SharedState) -> Option<String> {
    share_draft(state, shared);
    let mut guard = lock(shared);
    let unsaved = state.plan.as_ref().is_some_and(|p| p.has_unsaved_work());
    let kept = if state.farewell.is_none() && (unsaved || guard.typed.is_some()) {
        if let (Some(open), Some(file)) = (&state.plan, guard.file.as_mut()) {
            file.plan = open.plan.clone();
        }
        keep_work(&mut guard)
    } else {
        None
    };
    // Dropping the plan file removes its lock file.
    guard.file = None;
    kept.or_else(|| state.farewell.clone())
}

fn setup_terminal(colour: bool) -> Result<Term> {
    terminal::enable_raw_mode().context("could not switch the terminal to raw mode")?;
    execute!(io::stdout(), EnterAlternateScreen, EnableBracketedPaste)
        .context("could not set up the terminal")?;
    // One large buffer, so a frame leaves in one write (it matters over SSH); without colour,
    // no colour sequence leaves at all (a VT100 reads them as blink and conceal).
    let out = BufWriter::with_capacity(1 << 16, io::stdout());
    let backend = CrosstermBackend::new(super::sgr::Output::new(out, colour));
    Ok(Terminal::new(backend)?)
}

fn restore_terminal() {
    let _ = terminal::disable_raw_mode();
    let _ = execute!(
        io::stdout(),
        DisableMouseCapture,
        DisableBracketedPaste,
        LeaveAlternateScreen,
        crossterm::cursor::Show
    );
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
) -> Result<()> {
    let mut last_step = state.step;
    loop {
        if state.step != last_step {
            last_step = state.step;
            remember_place(state);
        }
        let mut drawn = view::Drawn::default();
        terminal.draw(|frame| drawn = view::draw(state, frame))?;
        let event = match event::read() {
            Ok(event) => event,
            // The terminal is gone: save what we have and stop.
            Err(_) => return Ok(()),
        };
        for action in actions_for(state, &drawn, event) {
            let effects = update(state, action);
            for effect in effects {
                apply_effect(state, shared, config, effect);
            }
        }
        autosave(state, shared);
        share_draft(state, shared);
        if state.quit {
            return Ok(());
        }
    }
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
        Effect::SaveOver => save_over(state, shared),
        Effect::Export(formats) => export(state, &formats),
        Effect::SaveSettings => {
            config.theme = state.look.theme;
            config.mouse = state.mouse;
            if let Err(e) = crate::config::save(config) {
                report(state, Outcome::Failed(format!("{e:#}")));
            }
        }
        Effect::Open(path) => open_or_offer(state, shared, &path),
        Effect::CreateAt(path) => {
            let title = path
                .file_stem()
                .map_or("National Action Plan".into(), |s| s.to_string_lossy().into_owned());
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
fn export(state: &mut State, formats: &[crate::export::Format]) {
    let Some(open) = &state.plan else { return };
    if formats.is_empty() {
        return report(state, Outcome::Failed("choose at least one format".into()));
    }
    let dir = open
        .path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
    let stem = open.path.file_stem().map_or("plan".into(), |s| s.to_string_lossy().into_owned());
    let options = crate::export::ExportOptions::today();
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

/// Remembers where the open plan was left, outside the plan (a failure only costs the place).
fn remember_place(state: &State) {
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
    remember_place(state);
    lock(shared).file = None;
    let open = state.plan.as_ref().filter(|p| p.has_unsaved_work())?;
    Some(match emergency_backup(&open.path, &open.plan) {
        Ok(kept) => emergency_note(&open.path, &kept, None),
        Err(e) => format!("the previous plan's unsaved changes could not be kept: {e:#}"),
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
            notices.extend(plan::moved_notice(&moves));
            if !file.plan.conflicts.is_empty() {
                let key =
                    keymap::key_for(keymap::Mode::AreaList, &Action::Conflicts).unwrap_or_default();
                let count = file.plan.conflicts.len();
                notices.push(format!("{count} merge conflicts to resolve: press {key}."));
            }
            notices.extend(crate::plan::part::notice(&file.plan, &state.content));
            let place = crate::store::place::load(path);
            let plan = file.plan.clone();
            let moved = moves.iter().any(|m| m.done);
            let path = path.to_path_buf();
            let opened = Opened { path, plan, read_only, notices, place, moved };
            report(state, Outcome::Opened(Box::new(opened)));
            lock(shared).file = Some(file);
        }
        Err(e) => match e.downcast::<LockUnverified>() {
            Ok(LockUnverified { path, holder }) => {
                report(state, Outcome::LockedElsewhere { path, holder })
            }
            Err(e) => report(state, Outcome::Failed(format!("{e:#}"))),
        },
    }
}

/// Saves when the plan changed since the last save.
fn autosave(state: &mut State, shared: &SharedState) {
    if state.plan.as_ref().is_some_and(|p| p.save == SaveState::Unsaved) {
        save_now(state, shared);
    }
}

fn save_now(state: &mut State, shared: &SharedState) {
    let Some(open) = state.plan.as_ref().filter(|o| o.save == SaveState::Unsaved) else { return };
    let mut guard = lock(shared);
    let Some(file) = guard.file.as_mut() else { return };
    file.plan = open.plan.clone();
    let (save, note) = match file.save() {
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
    report(state, Outcome::Leave);
}

/// "Save elsewhere": the plan goes to a new file, which becomes its file (with its own lock).
fn save_as(state: &mut State, shared: &SharedState, path: &Path) {
    let Some(open) = state.plan.as_ref() else { return };
    let result = if path.exists() {
        Err(anyhow::anyhow!(
            "'{}' already exists; choose another file name (napwiz does not overwrite it)",
            path.display()
        ))
    } else {
        PlanFile::create(path, open.plan.clone(), false)
    };
    let outcome = match result {
        Ok(mut file) => {
            file.set_backup_policy(BackupPolicy::AUTOSAVE);
            // Replacing the old file releases its lock.
            lock(shared).file = Some(file);
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

/// Writes `plan` as an emergency backup: among the plan's backups in the data folder, or in the
/// temporary folder if that cannot be written. Returns the file.
fn emergency_backup(path: &Path, plan: &Plan) -> Result<PathBuf> {
    let text = to_ron(plan);
    let backups = Backups::for_plan(path);
    let recorded = backups.record(text.as_bytes(), Some("emergency"), std::time::Duration::ZERO);
    match recorded {
        Ok(Some(kept)) => return Ok(kept),
        // The same work is already in the newest emergency backup.
        Ok(None) => {
            let list = backups.list().unwrap_or_default();
            let same = list.into_iter().find(|b| b.label.as_deref() == Some("emergency"));
            if let Some(same) = same {
                return Ok(same.path);
            }
        }
        Err(_) => {}
    }
    let stem = path.file_stem().map_or("plan".into(), |s| s.to_string_lossy().into_owned());
    let stamp = jiff::Timestamp::now().strftime("%Y%m%dT%H%M%S");
    let spare = std::env::temp_dir().join(format!("napwiz-emergency-{stem}-{stamp}.ron"));
    write_private(&spare, text.as_bytes()).with_context(|| {
        format!(
            "could not write an emergency backup in '{}' nor in '{}'; free some space, then try again",
            backups.dir().display(),
            spare.display()
        )
    })?;
    Ok(spare)
}

/// Where the work went when the plan's own file could not take it; of `why` (the save's error)
/// the first sentence is said, the rest being advice for a session that goes on.
fn emergency_note(path: &Path, kept: &Path, why: Option<&str>) -> String {
    let first = |w: &str| w.split(". ").next().unwrap_or(w).trim_end_matches('.').to_string();
    let why = why.map(|w| format!(" ({})", first(w))).unwrap_or_default();
    format!(
        "the plan could not be saved in '{}'{why}. All your work, every change, is in the emergency backup '{}': copy it to where the plan should live.",
        path.display(),
        kept.display()
    )
}

/// Ctrl+S after a refused save: our version wins, the one on disk goes to the backups.
fn save_over(state: &mut State, shared: &SharedState) {
    let Some(open) = state.plan.as_ref() else { return };
    let mut guard = lock(shared);
    let Some(file) = guard.file.as_mut() else { return };
    file.plan = open.plan.clone();
    let had_file = file.path.exists();
    let (save, note) = match file.save_over() {
        Ok(_) => {
            let text = if had_file {
                "saved; the version that was on disk is among the backups"
            } else {
                "saved"
            };
            (SaveState::Saved, Some(Message { text: text.into(), error: false }))
        }
        Err(e) => (SaveState::Failed(format!("{e:#}")), None),
    };
    drop(guard);
    report(state, Outcome::Saved { save, note });
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

/// Saves from the shared state, for signals, panics and the last exit: the plan with the text
/// being typed folded in; an emergency backup when the plan's file cannot take it; text that
/// fits no part of the plan in a file of its own. Returns what went where.
fn keep_work(shared: &mut Shared) -> Option<String> {
    let typed = shared.typed.take();
    let mut said = vec![];
    if let Some(Typed { loose: Some(text), what, .. }) = &typed {
        said.push(match keep_loose_text(what, text) {
            Ok(path) => format!("{what} you were typing is in '{}'.", path.display()),
            Err(e) => format!("{what} you were typing could not be kept: {e:#}."),
        });
    }
    if let Some(file) = shared.file.as_mut() {
        let folded = typed.as_ref().filter(|t| t.plan.is_some()).map(|t| t.what.clone());
        if let Some(plan) = typed.and_then(|t| t.plan) {
            file.plan = plan;
        }
        let mut where_ = match file.save() {
            Ok(_) => format!("the plan is saved in '{}'.", file.path.display()),
            Err(e) => match emergency_backup(&file.path, &file.plan) {
                Ok(kept) => emergency_note(&file.path, &kept, Some(&format!("{e:#}"))),
                Err(backup) => format!("{e:#}; {backup:#}"),
            },
        };
        if let Some(what) = folded {
            where_.push_str(&format!(" It holds {what} you were typing."));
        }
        said.insert(0, where_);
    }
    (!said.is_empty()).then(|| said.join(" "))
}

/// Writes a file only its user can read, atomically: it holds the plan's work.
fn write_private(path: &Path, bytes: &[u8]) -> io::Result<()> {
    crate::store::write_atomic_with(path, |file| {
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            file.set_permissions(std::fs::Permissions::from_mode(0o600))?;
        }
        file.write_all(bytes)
    })
}

/// Text typed in a dialog that fits no part of the plan: `DATA/recovered/<time>.txt`.
fn keep_loose_text(what: &str, text: &str) -> Result<PathBuf> {
    let dir = paths::data_dir().join("recovered");
    paths::ensure_dir(&dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // What was typed can be sensitive, as the plan's notes are.
        let _ = std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o700));
    }
    let stamp = jiff::Timestamp::now().strftime("%Y%m%dT%H%M%S%.3fZ");
    let path = dir.join(format!("{stamp}.txt"));
    let body = format!("napwiz kept {what} you were typing when it stopped:\n\n{text}\n");
    write_private(&path, body.as_bytes())
        .with_context(|| format!("could not write '{}'", path.display()))?;
    Ok(path)
}

fn spawn_signal_thread(shared: SharedState) -> Result<()> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGHUP, SIGINT, SIGQUIT, SIGTERM])
        .context("could not install signal handlers")?;
    std::thread::Builder::new()
        .name("napwiz-signals".into())
        .spawn(move || {
            // crossterm spins on a dead terminal and the main loop never returns, so this thread
            // saves and ends the process itself.
            if let Some(signal) = signals.forever().next() {
                let said = {
                    let mut guard = lock(&shared);
                    let said = keep_work(&mut guard);
                    // Release the plan's lock (and remove its file) before exiting.
                    guard.file = None;
                    said
                };
                // After SIGHUP the terminal is gone; otherwise it is restored and told.
                if signal != SIGHUP {
                    restore_terminal();
                    if let Some(said) = said {
                        let name = signal_name(signal);
                        let _ = crate::errln!("\nnapwiz: stopped by {name}; {said}");
                    }
                }
                std::process::exit(128 + signal);
            }
        })
        .context("could not start the signal thread")?;
    Ok(())
}

fn signal_name(signal: i32) -> String {
    use signal_hook::consts::{SIGINT, SIGQUIT, SIGTERM};
    match signal {
        SIGINT => "SIGINT".into(),
        SIGQUIT => "SIGQUIT".into(),
        SIGTERM => "SIGTERM".into(),
        other => format!("signal {other}"),
    }
}

fn install_panic_hook(shared: SharedState) {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore_terminal();
        // A panic during a save holds the lock on this very thread: never wait for it here.
        let guard = match shared.try_lock() {
            Ok(guard) => Some(guard),
            Err(std::sync::TryLockError::Poisoned(poisoned)) => Some(poisoned.into_inner()),
            Err(std::sync::TryLockError::WouldBlock) => None,
        };
        let saved = guard.and_then(|mut guard| {
            let said = keep_work(&mut guard);
            guard.file = None;
            said
        });
        previous(info);
        let _ = crate::errln!("\nnapwiz stopped because of an internal error.");
        if let Some(saved) = saved {
            let _ = crate::errln!("Your work was kept first: {saved}");
        }
        let _ = crate::errln!("Please report this message to the napwiz maintainers.");
    }));
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
