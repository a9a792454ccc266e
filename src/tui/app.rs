//! The app loop: terminal set-up and restore, events to actions, effects (opening and creating
//! plans), autosave after every change, and saving on SIGHUP/SIGTERM and panic.

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

use super::action::Action;
use super::fields;
use super::keymap;
use super::state::{Message, OpenPlan, Overlay, SaveState, State, Step, TextTarget};
use super::theme::Look;
use super::update::{Effect, update};
use super::view;
use crate::config::Config;
use crate::content::Content;
use crate::paths;
use crate::plan::{self, Period, Plan, demo_plan, to_ron};
use crate::store::{BackupPolicy, Backups, LockUnverified, PlanFile, ReadOnly, TakeOver};

type Term = Terminal<CrosstermBackend<super::sgr::Output<BufWriter<Stdout>>>>;

/// What the signal thread and the panic hook can save without the main thread: the open plan
/// file, and the plan as it would be with the text being typed right now.
#[derive(Default)]
struct Shared {
    file: Option<PlanFile>,
    draft: Option<Plan>,
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
    let mut state = State::new(content, recent_plans());
    let size = terminal.size()?;
    state.size = (size.width, size.height);
    state.look = options.look;
    state.today = Some(jiff::ZonedDateTime::now().date());
    state.mouse = options.mouse;
    set_mouse(options.mouse);
    if let Some(problem) = &options.config_problem {
        state.message = Some(Message { text: problem.clone(), error: true });
    }
    let mut config = options.config;
    if let Some(path) = plan {
        open_or_offer(&mut state, &shared, path);
    }
    let result = event_loop(&mut terminal, &mut state, &shared, &mut config);
    restore_terminal();
    save_now(&mut state, &shared);
    remember_place(&state);
    result.map(|()| ExitCode::SUCCESS)
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
        terminal.draw(|frame| view::draw(state, frame))?;
        let event = match event::read() {
            Ok(event) => event,
            // The terminal is gone: save what we have and stop.
            Err(_) => return Ok(()),
        };
        for action in actions_for(state, event) {
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

fn actions_for(state: &State, event: Event) -> Vec<Action> {
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
            vec![Action::Click(mouse.column, mouse.row)]
        }
        Event::Resize(w, h) => vec![Action::Resize(w, h)],
        _ => vec![],
    }
}

fn apply_effect(state: &mut State, shared: &SharedState, config: &mut Config, effect: Effect) {
    match effect {
        Effect::Quit => state.quit = true,
        Effect::SetMouse(on) => set_mouse(on),
        Effect::SaveOver => save_over(state, shared),
        Effect::Export(formats) => export(state, &formats),
        Effect::SaveSettings => {
            config.theme = state.look.theme;
            config.mouse = state.mouse;
            if let Err(e) = crate::config::save(config) {
                state.message = Some(Message { text: format!("{e:#}"), error: true });
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
            let path = free_path(&paths::plans_dir(), &paths::slug(&title));
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
            let path = paths::plans_dir().join("demo-veldora.ron");
            if !path.exists() {
                let plan = demo_plan(&state.content);
                if let Err(e) = PlanFile::create(&path, plan, false) {
                    state.message = Some(Message { text: format!("{e:#}"), error: true });
                    return;
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
        state.message = Some(Message { text: "choose at least one format".into(), error: true });
        return;
    }
    let dir = open
        .path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf);
    let stem = open.path.file_stem().map_or("plan".into(), |s| s.to_string_lossy().into_owned());
    let options = crate::export::ExportOptions::today();
    state.message = Some(
        match crate::export::export_plan(&open.plan, &state.content, formats, &dir, &stem, &options)
        {
            Ok(paths) => {
                let folder = paths::absolute(&dir.join(&stem));
                let folder = folder.parent().unwrap_or(&dir);
                Message { text: view::generate::written(&paths, &stem, folder), error: false }
            }
            Err(e) => Message { text: format!("{e:#}"), error: true },
        },
    );
}

/// `plans/<slug>.ron`, or `<slug>-2.ron`, ... if taken.
fn free_path(dir: &Path, slug: &str) -> PathBuf {
    (1..)
        .map(|n| dir.join(if n == 1 { format!("{slug}.ron") } else { format!("{slug}-{n}.ron") }))
        .find(|p| !p.exists())
        .expect("some name is free")
}

fn open_or_offer(state: &mut State, shared: &SharedState, path: &Path) {
    if path.exists() {
        open(state, shared, path);
    } else {
        state.overlay = Some(Overlay::ConfirmCreate(path.to_path_buf()));
    }
}

fn create(state: &mut State, shared: &SharedState, path: &Path, title: &str) {
    let year = jiff::ZonedDateTime::now().year() as u16 + 1;
    let plan = Plan::new(title, "", Period { first: year, last: year + 3 }, &state.content);
    match PlanFile::create(path, plan, false) {
        Ok(file) => {
            drop(file);
            open(state, shared, path);
            state.message =
                Some(Message { text: format!("created {}", path.display()), error: false });
        }
        Err(e) => state.message = Some(Message { text: format!("{e:#}"), error: true }),
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

/// Opens a plan the way `how` says; a lock held on another computer is asked about first.
fn open_with(
    state: &mut State,
    shared: &SharedState,
    path: &Path,
    how: impl FnOnce(&Path) -> anyhow::Result<PlanFile>,
) {
    // Release the current plan (and its lock) first.
    save_now(state, shared);
    remember_place(state);
    lock(shared).file = None;
    match how(path) {
        Ok(mut file) => {
            file.set_backup_policy(BackupPolicy::AUTOSAVE);
            let read_only = file.read_only.as_ref().map(|r| r.summary());
            let mut notices = file.notices.clone();
            // Decisions under ids the pack merged away move to their new home (saved below).
            let moves = plan::follow_moves(&mut file.plan, &state.content);
            notices.extend(plan::moved_notice(&moves));
            if !file.plan.conflicts.is_empty() {
                notices.push(format!(
                    "{} merge conflicts to resolve: press C.",
                    file.plan.conflicts.len()
                ));
            }
            notices.extend(crate::plan::part::notice(&file.plan, &state.content));
            let mut open = OpenPlan::new(path.to_path_buf(), file.plan.clone(), read_only);
            if moves.iter().any(|m| m.done) && !open.is_read_only() {
                open.save = SaveState::Unsaved;
            }
            state.plan = Some(open);
            for view in &mut state.areas {
                *view = Default::default();
            }
            state.step = Step::Setup;
            state.return_to = None;
            let resumed = crate::store::place::load(path)
                .and_then(|place| super::resume::resume(state, &place));
            if let Some(name) = resumed {
                notices.push(format!("Resumed at {name}, where this plan was left."));
            }
            let notices = notices.join(" ");
            if !notices.is_empty() {
                state.message = Some(Message { text: notices, error: false });
            }
            lock(shared).file = Some(file);
        }
        Err(e) => match e.downcast::<LockUnverified>() {
            Ok(locked) => {
                let LockUnverified { path, holder } = locked;
                state.overlay = Some(Overlay::LockQuestion { path, holder });
            }
            Err(e) => state.message = Some(Message { text: format!("{e:#}"), error: true }),
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
    let Some(open) = state.plan.as_mut() else { return };
    if open.save != SaveState::Unsaved {
        return;
    }
    let mut guard = lock(shared);
    let Some(file) = guard.file.as_mut() else { return };
    file.plan = open.plan.clone();
    open.save = match file.save() {
        Ok(saved) => match saved.backup_error {
            Some(warning) => {
                state.message = Some(Message { text: warning, error: true });
                SaveState::Saved
            }
            None => SaveState::Saved,
        },
        Err(e) => SaveState::Failed(format!("{e:#}")),
    };
}

/// Ctrl+S after a refused save: our version wins, the one on disk goes to the backups.
fn save_over(state: &mut State, shared: &SharedState) {
    let Some(open) = state.plan.as_mut() else { return };
    let mut guard = lock(shared);
    let Some(file) = guard.file.as_mut() else { return };
    file.plan = open.plan.clone();
    open.save = match file.save_over() {
        Ok(_) => {
            state.message = Some(Message {
                text: "saved; the version that was on disk is among the backups".into(),
                error: false,
            });
            SaveState::Saved
        }
        Err(e) => SaveState::Failed(format!("{e:#}")),
    };
}

/// Keeps the text being typed where the signal thread can save it.
fn share_draft(state: &State, shared: &SharedState) {
    let draft = match (&state.overlay, state.plan()) {
        (Some(Overlay::Editor { target: TextTarget::Field(field), input, .. }), Some(plan)) => {
            let mut plan = plan.clone();
            let text = input.lines().join("\n");
            fields::apply_text(&mut plan, &state.content, field, &text).ok().map(|()| plan)
        }
        _ => None,
    };
    lock(shared).draft = draft;
}

/// Saves from the shared state, for signals and panics: the draft if one is being typed.
fn emergency_save(mut guard: MutexGuard<'_, Shared>) -> Option<String> {
    let draft = guard.draft.take();
    let file = guard.file.as_mut()?;
    if let Some(draft) = draft {
        file.plan = draft;
    }
    match file.save() {
        Ok(_) => Some(format!("saved {}", file.path.display())),
        Err(_) => {
            // The file changed on disk or cannot be written: keep our version among the backups.
            let text = to_ron(&file.plan);
            let backups = Backups::for_plan(&file.path);
            let kept =
                backups.record(text.as_bytes(), Some("emergency"), std::time::Duration::ZERO);
            kept.ok().flatten().map(|p| format!("your work is in {}", p.display()))
        }
    }
}

fn spawn_signal_thread(shared: SharedState) -> Result<()> {
    use signal_hook::consts::{SIGHUP, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGHUP, SIGTERM])
        .context("could not install signal handlers")?;
    std::thread::Builder::new()
        .name("napwiz-signals".into())
        .spawn(move || {
            // crossterm spins on a dead terminal and the main loop never returns, so this thread
            // saves and ends the process itself.
            if let Some(signal) = signals.forever().next() {
                emergency_save(lock(&shared));
                // Release the plan's lock before exiting, so the next session starts cleanly.
                drop(lock(&shared).file.take());
                if signal == SIGTERM {
                    restore_terminal();
                }
                std::process::exit(128 + signal);
            }
        })
        .context("could not start the signal thread")?;
    Ok(())
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
        let saved = guard.and_then(emergency_save);
        previous(info);
        let mut err = io::stderr();
        let _ = writeln!(err, "\nnapwiz stopped because of an internal error.");
        if let Some(saved) = saved {
            let _ = writeln!(err, "Your plan was saved first: {saved}.");
        }
        let _ = writeln!(err, "Please report this message to the napwiz maintainers.");
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
