//! `napwiz --plain --follow PLAN`: each change another napwiz saves is printed as one line, in
//! the words of `napwiz diff` (`P1.2 priority: high -> medium`), so a screen-reader user hears
//! decisions as the room takes them. Read-only: nothing is ever written.

use std::io::{BufRead, Write};
use std::path::Path;
use std::sync::mpsc;

use anyhow::{Context, Result};

use crate::content::Content;
use crate::output::Output;
use crate::plan::Plan;
use crate::plan::diff::{apply_change, changes};
use crate::store::ReadTo;
use crate::store::watch::{PlanWatcher, Reread, WatchKind, Watched, read_whole, reread};
use crate::store::{Holder, current_holder};

/// What wakes the follower: a file changed, or the user asked to stop.
enum Wake {
    Changed(Watched),
    Stop,
}

/// Follows `path` until `q` and Enter, the end of the input, or Ctrl+C.
pub fn run<R, W>(input: R, out: Output<W>, content: &Content, path: &Path, poll: bool) -> Result<()>
where
    R: BufRead + Send + 'static,
    W: Write,
{
    let (plan, read_to) = read_whole(path)
        .with_context(|| crate::fl!("follow-failed", path = path.display().to_string()))?;
    let (tx, rx) = mpsc::channel();
    let watched = tx.clone();
    let watcher = PlanWatcher::start(path, poll, move |w| {
        let _ = watched.send(Wake::Changed(w));
    })?;
    spawn_stop_reader(input, tx);
    let mut follower =
        Follower { out, content, path, plan, read_to, holder: current_holder(path), problem: None };
    follower.introduce(watcher.kind)?;
    while let Ok(wake) = rx.recv() {
        let mut changed = vec![];
        for wake in std::iter::once(wake).chain(rx.try_iter()) {
            match wake {
                Wake::Stop => return follower.say(&crate::fl!("plain-follow-stopped")),
                Wake::Changed(w) if !changed.contains(&w) => changed.push(w),
                Wake::Changed(_) => {}
            }
        }
        if changed.contains(&Watched::Plan) {
            follower.reload()?;
        }
        if changed.contains(&Watched::Lock) {
            follower.writer()?;
        }
    }
    Ok(())
}

/// `q` and Enter stops; the end of the input stops too, unless the input was never open
/// (`< /dev/null`), where only Ctrl+C stops.
fn spawn_stop_reader<R: BufRead + Send + 'static>(mut input: R, tx: mpsc::Sender<Wake>) {
    std::thread::spawn(move || {
        let mut line = String::new();
        let mut lines = 0;
        loop {
            line.clear();
            match input.read_line(&mut line) {
                Ok(0) | Err(_) if lines == 0 => return,
                Ok(0) | Err(_) => break,
                Ok(_) if line.trim().eq_ignore_ascii_case("q") => break,
                Ok(_) => lines += 1,
            }
        }
        let _ = tx.send(Wake::Stop);
    });
}

struct Follower<'a, W: Write> {
    out: Output<W>,
    content: &'a Content,
    path: &'a Path,
    plan: Plan,
    /// Where the last read of the plan ended: a big plan's autosave is read from there on.
    read_to: Option<ReadTo>,
    holder: Option<Holder>,
    /// Why the plan stopped updating, once said.
    problem: Option<String>,
}

impl<W: Write> Follower<'_, W> {
    fn say(&mut self, text: &str) -> Result<()> {
        self.out.line(text).with_context(|| crate::fl!("output-write-failed", stream = "stdout"))
    }

    fn introduce(&mut self, kind: WatchKind) -> Result<()> {
        let who = match &self.holder {
            Some(h) => {
                crate::fl!("plain-follow-writer", user = h.user.clone(), host = h.host.clone())
            }
            None => crate::fl!("plain-follow-nobody"),
        };
        let path = crate::paths::absolute(self.path).display().to_string();
        let mut text = crate::fl!("plain-follow-intro", path = path, who = who);
        if kind == WatchKind::Polling {
            text = format!("{text} {}", crate::fl!("plain-follow-polling"));
        }
        self.say(&text)
    }

    /// Reads the plan again and prints what changed; a broken or missing file is said once,
    /// and the last good version stays the one changes are measured from.
    fn reload(&mut self) -> Result<()> {
        match reread(self.path, self.read_to.take()) {
            Ok((read, read_to)) => {
                self.read_to = read_to;
                if self.problem.take().is_some() {
                    self.say(&crate::fl!("plain-follow-readable"))?;
                }
                for line in self.take_in(read) {
                    self.say(&line)?;
                }
            }
            Err(e) => {
                let why = format!("{e:#}");
                if self.problem.as_deref() != Some(&why) {
                    self.say(&crate::fl!("plain-follow-problem", why = why.clone()))?;
                    self.problem = Some(why);
                }
            }
        }
        Ok(())
    }

    /// The plan as read now becomes the one changes are measured from; what changed, a line each.
    fn take_in(&mut self, read: Reread) -> Vec<String> {
        match read {
            Reread::Whole(plan) => {
                let lines = changes(&self.plan, &plan, self.content);
                self.plan = *plan;
                lines
            }
            Reread::Records(records) => records
                .into_iter()
                .flat_map(|record| apply_change(&mut self.plan, record, self.content).1)
                .collect(),
        }
    }

    /// Says when the writer quits or a writer arrives.
    fn writer(&mut self) -> Result<()> {
        let now = current_holder(self.path);
        if now == self.holder {
            return Ok(());
        }
        let text = match (&self.holder, &now) {
            (Some(old), None) => crate::fl!(
                "plain-follow-writer-quit",
                user = old.user.clone(),
                host = old.host.clone()
            ),
            (_, Some(new)) => {
                crate::fl!(
                    "plain-follow-writer-came",
                    user = new.user.clone(),
                    host = new.host.clone()
                )
            }
            (None, None) => return Ok(()),
        };
        self.holder = now;
        self.say(&text)
    }
}
