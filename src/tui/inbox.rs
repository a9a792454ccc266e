//! What the app loop waits for: the terminal's events and, while a plan is followed, changes to
//! its files. The loop blocks on one channel fed by a thread reading the terminal and by the
//! plan's watcher, so an idle follower does no work at all; until something is followed the
//! terminal is read directly, as before.

use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::time::{Duration, Instant};

use crossterm::event::{self, Event};

use super::action::Outcome;
use super::state::{Following, State};
use crate::plan::diff::changes;
use crate::store::ReadTo;
use crate::store::place::Place;
use crate::store::watch::{PlanWatcher, Reread, WatchKind, Watched, reread};
use crate::store::{current_holder, facilitator};

/// How long the rows of the last change stay marked.
pub const MARKS_FADE_AFTER: Duration = Duration::from_secs(30);

/// Something for the app loop to handle.
#[derive(Debug)]
pub enum Input {
    Terminal(Event),
    /// The terminal cannot be read any more.
    TerminalGone,
    /// Files of the followed plan changed (each kind once).
    Changed(Vec<Watched>),
    /// A timer the loop asked for has run out.
    Timer,
}

/// Inputs in arrival order.
pub struct Inbox {
    tx: Sender<Input>,
    rx: Receiver<Input>,
    threaded: bool,
    /// An input taken from the channel to see whether one was waiting, next in turn.
    held: Option<Input>,
}

impl Default for Inbox {
    fn default() -> Self {
        let (tx, rx) = mpsc::channel();
        Inbox { tx, rx, threaded: false, held: None }
    }
}

impl Inbox {
    /// Whether an input is already waiting (keys typed ahead, as an SSH link delivers a held
    /// key in bursts): the loop then handles it before drawing, as ncurses does.
    pub fn pending(&mut self) -> bool {
        if !self.threaded {
            return event::poll(Duration::ZERO).unwrap_or(false);
        }
        if self.held.is_none() {
            self.held = self.rx.try_recv().ok();
        }
        self.held.is_some()
    }

    /// Blocks until the next input, or until `deadline` (then [`Input::Timer`]).
    pub fn next(&mut self, deadline: Option<Instant>) -> Input {
        if let Some(input) = self.held.take() {
            return input;
        }
        if !self.threaded {
            let wait = deadline.map(|at| at.saturating_duration_since(Instant::now()));
            if let Some(wait) = wait
                && !event::poll(wait).unwrap_or(true)
            {
                return Input::Timer;
            }
            return match event::read() {
                Ok(event) => Input::Terminal(event),
                Err(_) => Input::TerminalGone,
            };
        }
        let first = match deadline {
            Some(at) => match self.rx.recv_timeout(at.saturating_duration_since(Instant::now())) {
                Ok(input) => input,
                Err(RecvTimeoutError::Timeout) => return Input::Timer,
                Err(RecvTimeoutError::Disconnected) => return Input::TerminalGone,
            },
            None => self.rx.recv().unwrap_or(Input::TerminalGone),
        };
        match first {
            Input::Changed(kinds) => Input::Changed(self.more_changes(kinds)),
            other => other,
        }
    }

    /// A burst of file events (a save is several) becomes one reload; terminal input that came
    /// in between waits its turn.
    fn more_changes(&mut self, mut kinds: Vec<Watched>) -> Vec<Watched> {
        std::thread::sleep(Duration::from_millis(20));
        let mut later = vec![];
        for input in self.rx.try_iter() {
            match input {
                Input::Changed(more) => kinds.extend(more),
                other => later.push(other),
            }
        }
        for input in later {
            let _ = self.tx.send(input);
        }
        kinds.sort_by_key(|k| *k as u8);
        kinds.dedup();
        kinds
    }

    /// From now on the terminal is read by a thread, so file changes can wake the loop too.
    fn read_terminal_in_thread(&mut self) {
        if self.threaded {
            return;
        }
        self.threaded = true;
        let tx = self.tx.clone();
        std::thread::spawn(move || {
            loop {
                let input = match event::read() {
                    Ok(event) => Input::Terminal(event),
                    Err(_) => Input::TerminalGone,
                };
                let gone = matches!(input, Input::TerminalGone);
                if tx.send(input).is_err() || gone {
                    return;
                }
            }
        });
    }
}

/// The watch on a followed plan, and when the marks of its last change fade.
#[derive(Debug)]
pub struct Follower {
    path: PathBuf,
    _watcher: PlanWatcher,
    pub fade_at: Option<Instant>,
    /// Where the last read of the plan ended: a big plan's autosave is read from there on.
    read_to: Option<ReadTo>,
}

/// Starts or stops watching as the state says: a followed plan is watched, nothing else.
/// Returns what to report about it (how changes are noticed, or why they cannot be).
pub fn sync(
    state: &State,
    follower: &mut Option<Follower>,
    inbox: &mut Inbox,
    poll: bool,
) -> Option<Outcome> {
    let followed = state.follow.as_ref().and(state.plan.as_ref()).map(|open| open.path.clone());
    if follower.as_ref().map(|f| &f.path) == followed.as_ref() {
        return None;
    }
    *follower = None;
    let path = followed?;
    inbox.read_terminal_in_thread();
    let tx = inbox.tx.clone();
    let tx = std::sync::Mutex::new(tx);
    let started = PlanWatcher::start(&path, poll, move |which| {
        let _ = tx.lock().map(|tx| tx.send(Input::Changed(vec![which])));
    });
    match started {
        Ok(watcher) => {
            let polling = watcher.kind == WatchKind::Polling;
            *follower = Some(Follower { path, _watcher: watcher, fade_at: None, read_to: None });
            let mut following = state.follow.clone().unwrap_or_default();
            following.polling = polling;
            following.holder = current_holder(follower.as_ref()?.path.as_path());
            Some(Outcome::Follow(Box::new(following)))
        }
        Err(e) => Some(Outcome::FollowProblem(format!("{e:#}"))),
    }
}

/// What the changed files mean for the follower, as outcomes for `update`.
pub fn changed(state: &State, follower: &mut Follower, kinds: &[Watched]) -> Vec<Outcome> {
    let mut outcomes = vec![];
    if kinds.contains(&Watched::Plan) {
        outcomes.extend(reload(state, follower));
    }
    if kinds.contains(&Watched::Lock) {
        outcomes.push(Outcome::Writer(current_holder(&follower.path)));
    }
    if kinds.contains(&Watched::Place) && state.follow.as_ref().is_some_and(|f| f.facilitator) {
        outcomes.extend(facilitator::read(&follower.path).map(Outcome::FacilitatorAt));
    }
    outcomes
}

/// Reads the plan again through the same cleaning loader as opening it, or only the records its
/// journal gained since the last read; an unchanged plan (our own read, the lock's save)
/// reports nothing.
fn reload(state: &State, follower: &mut Follower) -> Option<Outcome> {
    let shown = state.plan.as_ref()?;
    let problem = state.follow.as_ref().and_then(|f| f.problem.as_ref());
    let (read, to) = match reread(&follower.path, follower.read_to.take()) {
        Ok(read) => read,
        Err(e) => return Some(Outcome::FollowProblem(format!("{e:#}"))),
    };
    follower.read_to = to;
    let at = || jiff::ZonedDateTime::now().strftime("%H:%M:%S").to_string();
    match read {
        Reread::Records(records) if records.is_empty() => None,
        Reread::Records(records) => {
            follower.fade_at = Some(Instant::now() + MARKS_FADE_AFTER);
            Some(Outcome::FollowedRecords { records, at: at() })
        }
        Reread::Whole(mut plan) => {
            crate::plan::follow_moves(&mut plan, &state.content);
            let lines = changes(&shown.plan, &plan, &state.content);
            if lines.is_empty() && problem.is_none() {
                return None;
            }
            follower.fade_at = Some(Instant::now() + MARKS_FADE_AFTER);
            Some(Outcome::Followed { plan, lines, at: at() })
        }
    }
}

/// The timer ran out: the marks of the last change fade.
pub fn timer(follower: &mut Follower) -> Option<Outcome> {
    let due = follower.fade_at.is_some_and(|at| at <= Instant::now());
    due.then(|| {
        follower.fade_at = None;
        Outcome::MarksFaded
    })
}

/// Where the facilitator is now (follow the facilitator was just turned on).
pub fn facilitator_place(state: &State) -> Option<Outcome> {
    let path = &state.plan.as_ref()?.path;
    facilitator::read(path).map(Outcome::FacilitatorAt)
}

/// The writing wizard records its place beside the plan when it moves, for followers of the
/// facilitator; a follower or a read-only session never writes it.
pub fn record_place(state: &State, recorded: &mut Option<(PathBuf, Place)>) {
    let writing = state.plan.as_ref().filter(|p| !p.is_read_only() && state.follow.is_none());
    let Some(open) = writing else { return forget_place(recorded) };
    let Some(place) = super::resume::place_of(state) else { return };
    if recorded.as_ref().is_some_and(|(path, p)| *path == open.path && *p == place) {
        return;
    }
    if recorded.as_ref().is_some_and(|(path, _)| *path != open.path) {
        forget_place(recorded);
    }
    // A place that cannot be recorded only costs followers the jump.
    if facilitator::record(&open.path, &place).is_ok() {
        *recorded = Some((open.path.clone(), place));
    }
}

/// Removes the recorded place (the writer quits or closes the plan).
pub fn forget_place(recorded: &mut Option<(PathBuf, Place)>) {
    if let Some((path, _)) = recorded.take() {
        facilitator::clear(&path);
    }
}

/// How a follow begins when a plan is opened read-only because another session writes it.
pub fn following_writer(holder: &crate::store::Holder) -> Following {
    Following { holder: Some(holder.clone()), ..Following::default() }
}
