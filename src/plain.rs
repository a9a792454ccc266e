//! The plain, line-by-line wizard: numbered prompts on standard output, answers read line by
//! line, no redraws and no borders. For screen readers, dumb terminals and scripts (it reads a
//! pipe). It walks the same steps as the full-screen wizard, edits the plan through the same
//! field functions, and saves after every answer.

pub mod follow;

use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

mod progress;

use crate::content::Content;
use crate::output::Output;
use crate::paths;
use crate::plan::edit::{self, add_custom_institution, parse_institution};
use crate::plan::fields::{self, Field, MonitoringField};
use crate::plan::patch::{self, Refused, Touches};
use crate::plan::{self, Baseline, Inclusion, Period, Plan, Priority, Step};
use crate::store::place::{self, Place};
use crate::store::{BackupPolicy, LockUnverified, PlanFile, ReadOnly, TakeOver};

/// What an answer asks the walk to do next.
enum Flow {
    Next,
    Back,
    Quit,
    /// `>`: leave the rest of this step.
    NextStep,
    /// `go ID` or `go N`: another step, or an item of an area.
    Go(Place),
}

/// What a prompt got: text to act on, or a move of the walk.
enum Answer {
    Text(String),
    Move(Flow),
}

/// A line of the input that was refused, for the exit status of a piped session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejected {
    /// 1-based line number in the input.
    pub line: usize,
    pub text: String,
    pub why: String,
}

/// The plain wizard over any input and output (a terminal, a pipe, a test's buffers).
pub struct Plain<R, W> {
    input: R,
    /// Every line goes through the sanitiser here: prompts quote plan and pack text.
    out: Output<W>,
    content: Content,
    file: Option<PlanFile>,
    path: Option<PathBuf>,
    ended: bool,
    /// Repeat each answer after its prompt, so a transcript of a piped run reads well.
    echo: bool,
    /// Lines read so far, and the last one, to name a refused line.
    line: usize,
    last: String,
    rejected: Vec<Rejected>,
}

impl<R: BufRead, W: Write> Plain<R, W> {
    pub fn new(input: R, out: Output<W>, content: Content) -> Self {
        Plain {
            input,
            out,
            content,
            file: None,
            path: None,
            ended: false,
            echo: false,
            line: 0,
            last: String::new(),
            rejected: vec![],
        }
    }

    /// Repeats answers in the output (for input from a pipe or a file, which is not echoed).
    pub fn echo_answers(mut self, echo: bool) -> Self {
        self.echo = echo;
        self
    }

    /// The input lines that were refused, in order.
    pub fn rejected(&self) -> &[Rejected] {
        &self.rejected
    }

    /// Runs the walk: opens or creates the plan, then every step in order (or from where the
    /// plan was left).
    pub fn run(&mut self, plan: Option<&Path>) -> Result<()> {
        self.say(&crate::fl!("plain-welcome"))?;
        let path = match plan {
            Some(path) => path.to_path_buf(),
            None => match self.start()? {
                Some(path) => path,
                None => return Ok(()),
            },
        };
        if !self.open(&path)? {
            return Ok(());
        }
        self.walk()?;
        self.fold_journal()?;
        let read_only = self.read_only();
        let path = paths::absolute(&path).display().to_string();
        let done = if read_only {
            crate::fl!("plain-nothing-saved", path = path)
        } else {
            crate::fl!("plain-saved", path = path)
        };
        self.say(&done)?;
        Ok(())
    }

    /// Leaves the plan file whole, without a journal beside it (see `store::journal`); the
    /// journal keeps the changes when that fails.
    fn fold_journal(&mut self) -> Result<()> {
        let Some(file) = self.file.as_mut() else { return Ok(()) };
        match file.compact() {
            Ok(_) => Ok(()),
            // Every change is still in the journal: said, not refused.
            Err(e) if e.is::<crate::store::NotFolded>() => self.say(&format!("  {e:#}")),
            Err(e) => self.refuse(&crate::fl!("plain-not-saved", error = format!("{e:#}"))),
        }
    }

    fn say(&mut self, text: &str) -> Result<()> {
        self.out.line(text).with_context(|| crate::fl!("output-write-failed", stream = "stdout"))
    }

    /// Says why the last line was refused (`  ! why`) and records it.
    fn refuse(&mut self, why: &str) -> Result<()> {
        self.rejected.push(Rejected { line: self.line, text: self.last.clone(), why: why.into() });
        self.say(&format!("  ! {why}"))
    }

    /// Asks a question; `None` at the end of the input.
    fn ask(&mut self, prompt: &str) -> Result<Option<String>> {
        self.out.text(format_args!("{} ", crate::sanitize::clean_line(prompt)))?;
        let mut line = String::new();
        if self.ended || self.input.read_line(&mut line)? == 0 {
            self.ended = true;
            self.out.line("")?;
            return Ok(None);
        }
        let answer = line.trim_end_matches(['\n', '\r']).to_string();
        self.line += 1;
        self.last = answer.clone();
        if self.echo {
            self.out.line(crate::sanitize::clean_line(&answer))?;
        }
        Ok(Some(answer))
    }

    /// Asks until the answer is text for this prompt or a move (`<`, `>`, `q`, `go`); `?` and
    /// `/words` are answered here, at every prompt. The end of the input is a quit.
    fn prompt(&mut self, prompt: &str, help: &str) -> Result<Answer> {
        loop {
            let Some(answer) = self.ask(prompt)? else { return Ok(Answer::Move(Flow::Quit)) };
            let trimmed = answer.trim();
            let needs_plan =
                trimmed == ">" || trimmed.starts_with('/') || go_target(trimmed).is_some();
            if needs_plan && self.file.is_none() {
                self.refuse(&crate::fl!("change-no-plan"))?;
                continue;
            }
            match trimmed {
                "?" => {
                    if !help.is_empty() {
                        self.say(help)?;
                    }
                    self.say(&format!("  {}", crate::fl!("plain-commands-help")))?;
                }
                "<" => return Ok(Answer::Move(Flow::Back)),
                ">" => return Ok(Answer::Move(Flow::NextStep)),
                "q" => return Ok(Answer::Move(Flow::Quit)),
                t if t.starts_with('/') => self.search(&t[1..])?,
                t => match go_target(t) {
                    Some(target) => match self.place_of(target) {
                        Ok(place) => return Ok(Answer::Move(Flow::Go(place))),
                        Err(why) => self.refuse(&why)?,
                    },
                    None => return Ok(Answer::Text(answer)),
                },
            }
        }
    }

    /// `/words`: the matching checklist items, each with its id for `go`.
    fn search(&mut self, query: &str) -> Result<()> {
        let hits = plan::search::find_items(&self.content, Some(self.plan()), query);
        let (inside, outside): (Vec<_>, Vec<_>) = hits.into_iter().partition(|h| {
            plan::part::refusal_to_visit(self.plan(), &self.content, &h.id).is_none()
        });
        if inside.is_empty() && !outside.is_empty() {
            return self.say(&format!(
                "  {}",
                crate::fl!(
                    "plain-search-none-in-part",
                    query = query.trim().to_string(),
                    outside = outside.len()
                )
            ));
        }
        if inside.is_empty() {
            return self.say(&format!(
                "  {}",
                crate::fl!("plain-search-none", query = query.trim().to_string())
            ));
        }
        let shown = inside.len().min(10);
        self.say(&format!("  {}", crate::fl!("plain-search-found", count = inside.len())))?;
        for hit in &inside[..shown] {
            self.say(&format!("  {} {}", hit.id, hit.text))?;
        }
        if inside.len() > shown {
            self.say(&format!(
                "  {}",
                crate::fl!("plain-search-more", count = (inside.len() - shown))
            ))?;
        }
        if !outside.is_empty() {
            self.say(&format!("  {}", crate::fl!("plain-search-outside", count = outside.len())))?;
        }
        Ok(())
    }

    fn start(&mut self) -> Result<Option<PathBuf>> {
        loop {
            self.say(&format!(
                "{}:\n  1. {}\n  2. {}\n  3. {}",
                crate::fl!("step-start"),
                crate::fl!("plain-start-new"),
                crate::fl!("start-open-demo"),
                crate::fl!("plain-start-open")
            ))?;
            let answer = match self.prompt(
                &crate::fl!("plain-choice"),
                &format!("  {}", crate::fl!("plain-choice-help")),
            )? {
                Answer::Text(answer) => answer,
                Answer::Move(_) => return Ok(None),
            };
            match answer.trim() {
                "" | "1" => {
                    let Answer::Text(title) = self.prompt(&crate::fl!("plain-new-title"), "")?
                    else {
                        return Ok(None);
                    };
                    if title.trim().is_empty() {
                        self.refuse(&crate::fl!("plain-title-needed"))?;
                        continue;
                    }
                    return Ok(Some(self.create(&title)?));
                }
                "2" => return Ok(Some(self.demo()?)),
                "3" => {
                    let Answer::Text(path) = self.prompt(&crate::fl!("plain-path"), "")? else {
                        return Ok(None);
                    };
                    return Ok(Some(PathBuf::from(path.trim())));
                }
                other => self.refuse(&crate::fl!("plain-not-a-choice", answer = other))?,
            }
        }
    }

    fn create(&mut self, title: &str) -> Result<PathBuf> {
        let path = paths::free_plan_path(&paths::plans_dir(), title);
        let year = jiff::ZonedDateTime::now().year() as u16 + 1;
        let plan =
            Plan::new(title.trim(), "", Period { first: year, last: year + 3 }, &self.content);
        drop(PlanFile::create(&path, plan, false)?);
        self.say(&crate::fl!("plain-created", path = path.display().to_string()))?;
        Ok(path)
    }

    fn demo(&mut self) -> Result<PathBuf> {
        let path = paths::demo_plan_path();
        if !path.exists() {
            drop(PlanFile::create(&path, plan::demo_plan(&self.content), false)?);
        }
        Ok(path)
    }

    fn open(&mut self, path: &Path) -> Result<bool> {
        if !path.exists() {
            let question = crate::fl!("plain-create-question", path = path.display().to_string());
            let help = format!("  {}", crate::fl!("plain-create-help"));
            let Answer::Text(answer) = self.prompt(&question, &help)? else {
                return Ok(false);
            };
            if !answer.trim().eq_ignore_ascii_case("y") {
                return Ok(false);
            }
            let title = path.file_stem().map_or_else(
                || crate::fl!("app-default-title"),
                |s| s.to_string_lossy().into_owned(),
            );
            let plan = Plan::new(&title, "", Period { first: 2027, last: 2030 }, &self.content);
            drop(PlanFile::create(path, plan, false)?);
        }
        let mut file = match PlanFile::open_or_read_only(path) {
            Ok(file) => file,
            Err(e) => match e.downcast::<LockUnverified>() {
                Ok(locked) => match self.ask_about_lock(&locked)? {
                    Some(file) => file,
                    None => return Ok(false),
                },
                Err(e) => return Err(e),
            },
        };
        file.set_backup_policy(BackupPolicy::AUTOSAVE);
        for notice in file.notices.clone() {
            self.say(&crate::fl!("plain-note", notice = notice.clone()))?;
        }
        if let Some(why) = &file.read_only {
            let why = match why {
                ReadOnly::LockedBy(holder) => {
                    crate::fl!("plain-open-elsewhere", holder = holder.to_string())
                }
                other => other.explain(path),
            };
            self.say(&crate::fl!("plain-read-only", why = why))?;
        }
        if let Some(notice) = plan::part::notice(&file.plan, &self.content) {
            self.say(&notice)?;
        }
        self.file = Some(file);
        self.path = Some(path.to_path_buf());
        self.follow_moves()?;
        Ok(true)
    }

    /// Moves decisions under ids the pack merged away to their new home, saving at once.
    fn follow_moves(&mut self) -> Result<()> {
        let moves = plan::pending_moves(self.plan(), &self.content);
        if let Some(notice) = plan::moved_notice(&moves) {
            self.say(&crate::fl!("plain-note", notice = notice.clone()))?;
            self.change(Touches::AnyDecision, |plan, content| {
                plan::follow_moves(plan, content);
                Ok(())
            })?;
        }
        Ok(())
    }

    /// A lock held on another computer: napwiz cannot check it, so the user chooses.
    fn ask_about_lock(&mut self, locked: &LockUnverified) -> Result<Option<PlanFile>> {
        let holder = &locked.holder;
        self.say(&crate::fl!(
            "plain-locked",
            path = locked.path.display().to_string(),
            user = holder.user.clone(),
            host = holder.host.clone(),
            since = holder.since.to_string()
        ))?;
        loop {
            let question = crate::fl!("plain-lock-question");
            let Some(answer) = self.ask(&question)? else { return Ok(None) };
            match answer.trim().to_lowercase().as_str() {
                "r" | "read-only" => {
                    let why = ReadOnly::LockedBy(holder.clone());
                    return PlanFile::read_only_because(&locked.path, why).map(Some);
                }
                "t" | "take over" => {
                    return PlanFile::open_with(&locked.path, TakeOver::Confirmed).map(Some);
                }
                "c" | "cancel" | "q" => return Ok(None),
                _ => self.say(&crate::fl!("plain-lock-answer"))?,
            }
        }
    }

    fn plan(&self) -> &Plan {
        &self.file.as_ref().expect("a plan is open").plan
    }

    fn read_only(&self) -> bool {
        self.file.as_ref().is_some_and(|f| f.read_only.is_some())
    }

    /// Changes the plan and saves it at once; says why when it cannot.
    fn change(
        &mut self,
        touches: Touches,
        f: impl FnOnce(&mut Plan, &Content) -> Result<(), String>,
    ) -> Result<bool> {
        let file = self.file.as_mut().expect("a plan is open");
        if file.read_only.is_some() {
            self.refuse(&crate::fl!("plain-read-only-unchanged"))?;
            return Ok(false);
        }
        // The patch that undoes the edit, never a copy of the plan (a big plan stays cheap).
        let inverse = match patch::edit(&mut file.plan, &self.content, ("plain", touches), f) {
            Ok(inverse) => inverse,
            Err(Refused::Failed(why) | Refused::OutsidePart(why)) => {
                self.refuse(&why)?;
                return Ok(false);
            }
        };
        if inverse.is_noop(&file.plan) {
            return Ok(true);
        }
        // What the edit touched, as it is now: a big plan's autosave journals only that.
        file.apply_change(patch::Patch::record_like(&file.plan, &inverse));
        if let Err(e) = file.autosave() {
            self.refuse(&crate::fl!("plain-not-saved", error = format!("{e:#}")))?;
        }
        Ok(true)
    }

    /// The areas to walk: all of them, or a breakout part's own.
    fn areas(&self) -> Vec<usize> {
        let part = self.plan().part.as_ref().map(|p| p.area.clone());
        (0..self.content.areas.len())
            .filter(|&i| part.as_ref().is_none_or(|area| self.content.areas[i].id == *area))
            .collect()
    }

    /// Steps are numbered as in the wizard: 1 is Start, 2 the plan setup, ...
    fn step_count(&self) -> usize {
        3 + self.areas().len() + 3
    }

    fn place_step(&self, step: usize) -> Step {
        let areas = self.areas();
        match step {
            2 => Step::Setup,
            3 => Step::Roster,
            s if s <= 3 + areas.len() => Step::Area(areas[s - 4]),
            s if s == 4 + areas.len() => Step::Review,
            s if s == 5 + areas.len() => Step::Monitoring,
            _ => Step::Generate,
        }
    }

    fn step_number(&self, step: &Step) -> Option<usize> {
        (2..=self.step_count()).find(|&n| self.place_step(n) == *step)
    }

    /// Where `go TARGET` leads: a step number, or a goal or action of the checklist.
    fn place_of(&self, target: &str) -> Result<Place, String> {
        let steps = self.step_count();
        if let Ok(n) = target.parse::<usize>() {
            return if (2..=steps).contains(&n) {
                Ok(Place { step: self.place_step(n).key(&self.content), item: None })
            } else {
                Err(crate::fl!("plain-no-such-step", n = n, steps = steps))
            };
        }
        let id = target.to_uppercase();
        let Some(area) = self.content.area_of(&id) else {
            return Err(crate::fl!("plain-bad-go", target = target, steps = steps));
        };
        if let Some(why) = plan::part::refusal_to_visit(self.plan(), &self.content, &id) {
            return Err(why);
        }
        let a = self.content.areas.iter().position(|x| x.id == area.id).unwrap_or(0);
        Ok(Place { step: Step::Area(a).key(&self.content), item: Some(id) })
    }

    /// Records where the walk is, for the next session (a position, not plan content).
    fn here(&mut self, step: Step, item: Option<&str>) {
        if let (Some(path), false) = (&self.path, self.read_only()) {
            let step = step.key(&self.content);
            let _ = place::save(path, &Place { step, item: item.map(String::from) });
        }
    }

    /// The step to start at: where the plan was left, or the plan setup.
    fn resume(&mut self) -> Result<(usize, Option<String>)> {
        let Some(left) = self.path.as_deref().and_then(place::load) else {
            return Ok((2, None));
        };
        let Some(step) = self.step_of(&left).filter(|&s| s > 2 || left.item.is_some()) else {
            return Ok((2, None));
        };
        let name = self.step_name(step);
        let item = left.item.as_deref().map(|i| format!(", {i}")).unwrap_or_default();
        self.say(&crate::fl!(
            "plain-resuming",
            step = step,
            steps = self.step_count(),
            name = name,
            item = item
        ))?;
        Ok((step, left.item))
    }

    /// The walk's number for a remembered step, if this plan shows that step.
    fn step_of(&self, place: &Place) -> Option<usize> {
        Step::from_key(&place.step, &self.content).and_then(|s| self.step_number(&s))
    }

    fn step_name(&self, step: usize) -> String {
        match self.place_step(step) {
            Step::Start => crate::fl!("step-start"),
            Step::Setup => crate::fl!("step-setup"),
            Step::Roster => crate::fl!("plain-step-roster"),
            Step::Area(a) => self.content.areas[a].title.clone(),
            Step::Review => crate::fl!("step-review"),
            Step::Monitoring => crate::fl!("step-monitoring"),
            Step::Generate => crate::fl!("step-generate"),
            // The walk never places these (see `place_step`); named for completeness.
            Step::Monitor | Step::Progress => self.place_step(step).name(&self.content),
        }
    }

    fn walk(&mut self) -> Result<()> {
        let areas = self.areas();
        let steps = self.step_count();
        let (mut step, mut item) = self.resume()?;
        while step <= steps {
            self.heading(step, steps)?;
            self.here(self.place_step(step), item.as_deref());
            let flow = match step {
                2 => self.setup()?,
                3 => self.roster()?,
                s if s <= 3 + areas.len() => self.area(areas[s - 4], item.take())?,
                s if s == 4 + areas.len() => self.review()?,
                s if s == 5 + areas.len() => self.monitoring()?,
                _ => self.generate()?,
            };
            item = None;
            match flow {
                Flow::Next | Flow::NextStep => step += 1,
                Flow::Back => step = step.saturating_sub(1).max(2),
                Flow::Go(place) => {
                    step = self.step_of(&place).unwrap_or(step);
                    item = place.item;
                }
                Flow::Quit if !self.ended => return Ok(()),
                Flow::Quit => {}
            }
            if self.ended {
                self.say(&crate::fl!("plain-end-of-input"))?;
                return Ok(());
            }
        }
        if let Some(path) = &self.path {
            place::forget(path);
        }
        Ok(())
    }

    fn heading(&mut self, step: usize, steps: usize) -> Result<()> {
        let name = self.step_name(step);
        self.say(&format!(
            "\n{}",
            crate::fl!("plain-step", step = step, steps = steps, name = name)
        ))
    }

    /// Asks for each field in turn; returns Back when `<` is typed on the first field.
    fn fields(&mut self, all: &[Field]) -> Result<Flow> {
        let mut i = 0;
        while i < all.len() {
            let field = all[i].clone();
            let current = shown(self.plan(), &self.content, &field);
            let prompt = format!("  {} [{}]:", fields::label(&field).trim(), current);
            match self.prompt(&prompt, &format!("  {}", crate::fl!("plain-field-help")))? {
                Answer::Move(Flow::Back) if i == 0 => return Ok(Flow::Back),
                Answer::Move(Flow::Back) => i -= 1,
                Answer::Move(Flow::NextStep) => return Ok(Flow::Next),
                Answer::Move(flow) => return Ok(flow),
                Answer::Text(text) if text.trim().is_empty() => i += 1,
                Answer::Text(text) => {
                    let text = text.trim().to_string();
                    let touches = Touches::field(&field);
                    if self.change(touches, |plan, content| {
                        apply_answer(plan, content, &field, &text)
                    })? {
                        i += 1;
                    }
                }
            }
        }
        Ok(Flow::Next)
    }

    fn setup(&mut self) -> Result<Flow> {
        self.fields(&fields::meta_fields())
    }

    fn roster(&mut self) -> Result<Flow> {
        self.list_roster()?;
        loop {
            let prompt = crate::fl!("plain-roster-prompt");
            let help = format!("  {}", crate::fl!("plain-roster-help"));
            match self.prompt(&prompt, &help)? {
                Answer::Move(Flow::NextStep) => return Ok(Flow::Next),
                Answer::Move(flow) => return Ok(flow),
                Answer::Text(answer) => match answer.trim() {
                    "" => return Ok(Flow::Next),
                    "a" => self.add_own_institution()?,
                    "l" => self.list_roster()?,
                    numbers => self.toggle_institutions(numbers)?,
                },
            }
        }
    }

    fn list_roster(&mut self) -> Result<()> {
        let lines: Vec<String> = self
            .content
            .institutions
            .iter()
            .enumerate()
            .map(|(n, i)| {
                let mark = if self.plan().in_roster(&i.id) { "[x]" } else { "[ ]" };
                format!("  {:>2}. {mark} {} {}", n + 1, code_column(&i.code), i.name)
            })
            .chain(self.plan().roster.custom.iter().map(|c| {
                let own = crate::fl!("area-own-item", text = c.name.clone());
                format!("      [*] {} {own}", code_column(&c.code))
            }))
            .collect();
        self.say(&lines.join("\n"))
    }

    fn toggle_institutions(&mut self, numbers: &str) -> Result<()> {
        let ids: Vec<Option<String>> = numbers
            .split([' ', ','])
            .filter(|t| !t.is_empty())
            .map(|t| {
                t.parse::<usize>()
                    .ok()
                    .and_then(|n| self.content.institutions.get(n.wrapping_sub(1)))
                    .map(|i| i.id.clone())
            })
            .collect();
        if ids.iter().any(Option::is_none) {
            let n = self.content.institutions.len();
            return self.refuse(&crate::fl!("plain-roster-numbers", n = n));
        }
        let before = self.plan().clone();
        if self.change(Touches::NoDecision, |plan, _| {
            for id in ids.into_iter().flatten() {
                match plan.roster.institutions.iter().position(|x| *x == id) {
                    Some(at) => drop(plan.roster.institutions.remove(at)),
                    None => plan.roster.institutions.push(id),
                }
            }
            Ok(())
        })? {
            let line = roster_change(&before, self.plan(), &self.content);
            self.say(&line)?;
        }
        Ok(())
    }

    fn add_own_institution(&mut self) -> Result<()> {
        let help = format!("  {}", crate::fl!("plain-own-help"));
        let prompt = format!("  {}", crate::fl!("plain-own-prompt"));
        let Answer::Text(line) = self.prompt(&prompt, &help)? else {
            return Ok(());
        };
        let line = crate::sanitize::clean_line(&line).into_owned();
        let (name, code) = match parse_institution(&line) {
            Ok(named) => named,
            Err(why) => return self.refuse(&why),
        };
        let added = format!(
            "  {}",
            crate::fl!("plain-own-added", code = code.clone(), name = name.clone())
        );
        let add = |plan: &mut Plan, content: &Content| {
            add_custom_institution(plan, content, &name, &code)
        };
        if self.change(Touches::NoDecision, add)? {
            self.say(&added)?;
        }
        Ok(())
    }

    /// An area's goals in turn, from `start` (a goal, or an action to decide at once).
    fn area(&mut self, a: usize, start: Option<String>) -> Result<Flow> {
        let area = self.content.areas[a].clone();
        self.say(&area.intro)?;
        let goal_of = |id: &str| {
            area.goals.iter().position(|g| g.id == id || g.actions.iter().any(|x| x.id == id))
        };
        let mut g = start.as_deref().and_then(goal_of).unwrap_or(0);
        let mut first_action = start.filter(|id| self.content.action(id).is_some());
        while g < area.goals.len() {
            let goal = &area.goals[g];
            self.say(&format!("\n{} {}", goal.id, goal.title))?;
            let flow = match first_action.take() {
                Some(action) => self.actions(a, &goal.id, Some(&action))?,
                None => {
                    self.here(Step::Area(a), Some(&goal.id));
                    let prompt = format!(
                        "  {}",
                        crate::fl!("plain-goal-prompt", count = goal.actions.len())
                    );
                    let help = format!("  {}", crate::fl!("plain-goal-help"));
                    match self.prompt(&prompt, &help)? {
                        Answer::Move(Flow::Back) if g == 0 => return Ok(Flow::Back),
                        Answer::Move(Flow::Back) => {
                            g -= 1;
                            continue;
                        }
                        Answer::Move(flow) => return Ok(flow),
                        Answer::Text(answer) => match answer.trim() {
                            "" => self.actions(a, &goal.id, None)?,
                            "s" => Flow::Next,
                            "g" => {
                                self.guidance(&goal.id)?;
                                continue;
                            }
                            other => {
                                self.refuse(&crate::fl!("plain-goal-answer", answer = other))?;
                                continue;
                            }
                        },
                    }
                }
            };
            match flow {
                Flow::Next => g += 1,
                Flow::Back => {}
                flow => return Ok(flow),
            }
        }
        Ok(Flow::Next)
    }

    fn guidance(&mut self, goal_id: &str) -> Result<()> {
        let Some(goal) = self.content.goal(goal_id).cloned() else { return Ok(()) };
        self.say(&goal.guidance)?;
        if !goal.result.is_empty() {
            self.say(&format!("  {}: {}", crate::fl!("guidance-expected-result"), goal.result))?;
        }
        self.say(&format!(
            "  {}: {}",
            crate::fl!("guidance-standards"),
            goal.standards.join("; ")
        ))?;
        let indicators: Vec<String> = goal.indicators.iter().map(|i| i.describe()).collect();
        self.say(&format!(
            "  {}: {}",
            crate::fl!("guidance-example-indicators"),
            indicators.join("; ")
        ))
    }

    /// A goal's actions in turn, from `start`; each decision is confirmed in one line.
    fn actions(&mut self, area: usize, goal_id: &str, start: Option<&str>) -> Result<Flow> {
        let actions: Vec<(String, String)> = self
            .content
            .goal(goal_id)
            .map(|g| g.actions.iter().map(|a| (a.id.clone(), a.text.clone())).collect())
            .unwrap_or_default();
        let mut i = start.and_then(|s| actions.iter().position(|(id, _)| id == s)).unwrap_or(0);
        while i < actions.len() {
            let (id, text) = actions[i].clone();
            self.here(Step::Area(area), Some(&id));
            let now = describe(self.plan(), &self.content, &id);
            self.say(&format!("  {id} {text}\n       {}", crate::fl!("plain-now", now = now)))?;
            let prompt = format!("  {}", crate::fl!("plain-decision-prompt"));
            match self.prompt(&prompt, &decision_help())? {
                Answer::Move(Flow::Back) if i == 0 => return Ok(Flow::Back),
                Answer::Move(Flow::Back) => i -= 1,
                Answer::Move(flow) => return Ok(flow),
                Answer::Text(line) if line.trim().is_empty() => i += 1,
                Answer::Text(line) => {
                    let line = line.trim().to_string();
                    let touches = Touches::Decisions(vec![id.clone()]);
                    if self.change(touches, |plan, content| {
                        apply_decision(plan, content, &id, &line)
                    })? {
                        let now = describe(self.plan(), &self.content, &id);
                        self.say(&format!("  {id} {}", crate::fl!("plain-now", now = now)))?;
                        i += 1;
                    }
                }
            }
        }
        Ok(Flow::Next)
    }

    fn review(&mut self) -> Result<Flow> {
        let summary = plan::summarize(self.plan(), &self.content);
        let health = plan::check(self.plan(), &self.content);
        self.say(&summary.to_string())?;
        self.say(&format!(
            "{}: {}",
            crate::fl!("review-panel-health"),
            crate::fl!("review-health-title", errors = health.errors, warnings = health.warnings)
        ))?;
        for f in &health.findings {
            let label = if f.severity == plan::Severity::Error {
                crate::fl!("review-error")
            } else {
                crate::fl!("review-warning")
            };
            self.say(&format!("  {label}: {}", f.message))?;
        }
        self.pause()
    }

    fn pause(&mut self) -> Result<Flow> {
        Ok(match self.prompt(&crate::fl!("plain-pause"), "")? {
            Answer::Move(Flow::NextStep) | Answer::Text(_) => Flow::Next,
            Answer::Move(flow) => flow,
        })
    }

    fn monitoring(&mut self) -> Result<Flow> {
        self.say(&format!("  {}", crate::fl!("plain-monitoring-help")))?;
        self.fields(&fields::monitoring_fields())
    }

    fn generate(&mut self) -> Result<Flow> {
        let summary = plan::summarize(self.plan(), &self.content);
        self.say(&crate::fl!(
            "plain-generate",
            chapters = summary.areas.len(),
            included = summary.included
        ))?;
        self.pause()
    }
}

/// `go P1.2` / `go 4`: the target, when the answer is that command.
fn go_target(answer: &str) -> Option<&str> {
    let rest = answer.strip_prefix("go ")?.trim();
    (!rest.is_empty() && !rest.contains(char::is_whitespace)).then_some(rest)
}

/// What a roster change did, in one line: `  Added MoI, ATU; removed CSW.`
fn roster_change(before: &Plan, after: &Plan, content: &Content) -> String {
    let codes = |from: &Plan, to: &Plan| -> Vec<String> {
        to.roster
            .institutions
            .iter()
            .filter(|id| !from.in_roster(id))
            .map(|id| to.institution_code(id, content).to_string())
            .collect()
    };
    let (added, removed) = (codes(before, after), codes(after, before));
    let mut parts = vec![];
    if !added.is_empty() {
        parts.push(crate::fl!("plain-roster-added", codes = added.join(", ")));
    }
    if !removed.is_empty() {
        parts.push(crate::fl!("plain-roster-removed", codes = removed.join(", ")));
    }
    let text =
        if parts.is_empty() { crate::fl!("plain-roster-no-change") } else { parts.join("; ") };
    let mut chars = text.chars();
    let first = chars.next().map(|c| c.to_uppercase().to_string()).unwrap_or_default();
    let count = crate::fl!("plain-roster-count", count = roster_len(after));
    format!("  {first}{}. {count}", chars.as_str())
}

fn roster_len(plan: &Plan) -> usize {
    plan.roster.institutions.len() + plan.roster.custom.len()
}

/// The decision syntax, one line per group of commands.
fn decision_help() -> String {
    [
        crate::fl!("plain-decision-help-1"),
        crate::fl!("plain-decision-help-2"),
        crate::fl!("plain-decision-help-3"),
        crate::fl!("plain-decision-help-4"),
    ]
    .map(|line| format!("  {line}"))
    .join("\n")
}

/// One line describing an action's decision.
fn describe(plan: &Plan, content: &Content, id: &str) -> String {
    let d = plan.decision(id).cloned().unwrap_or_default();
    let mut parts =
        vec![d.inclusion.label(), crate::fl!("changed-baseline", baseline = d.baseline.label())];
    if let Some(p) = d.priority {
        parts.push(crate::fl!("changed-priority", priority = p.label()));
    }
    if let Some(t) = d.timeframe {
        parts.push(t.label());
    }
    if let Some(lead) = &d.lead {
        parts.push(crate::fl!("changed-lead", code = plan.institution_code(lead, content)));
    }
    if !d.partners.is_empty() {
        let codes: Vec<&str> =
            d.partners.iter().map(|p| plan.institution_code(p, content)).collect();
        parts.push(crate::fl!("plain-partners", codes = codes.join(", ")));
    }
    parts.join("; ")
}

/// An institution id from a code or id typed in any case, searched in the roster and catalogue.
fn institution(plan: &Plan, content: &Content, typed: &str) -> Result<String, String> {
    let t = typed.trim().to_lowercase();
    let custom = plan.roster.custom.iter().map(|c| (c.id.clone(), c.code.clone()));
    let catalogue = content.institutions.iter().map(|i| (i.id.clone(), i.code.clone()));
    custom
        .chain(catalogue)
        .find(|(id, code)| id.to_lowercase() == t || code.to_lowercase() == t)
        .map(|(id, _)| id)
        .ok_or_else(|| crate::fl!("plain-no-institution", code = typed))
}

/// Applies a decision line such as `i 1 L:MoI P:NGO,CSW b:missing t:short n:a note`.
pub fn apply_decision(
    plan: &mut Plan,
    content: &Content,
    id: &str,
    line: &str,
) -> Result<(), String> {
    let (commands, notes) = match line.find("n:") {
        Some(at) => (&line[..at], Some(line[at + 2..].trim())),
        None => (line, None),
    };
    for token in commands.split_whitespace() {
        apply_token(plan, content, id, token)?;
    }
    if let Some(notes) = notes {
        plan.items.entry(id.into()).or_default().notes = crate::sanitize::clean(notes).into_owned();
    }
    Ok(())
}

fn apply_token(plan: &mut Plan, content: &Content, id: &str, token: &str) -> Result<(), String> {
    let (key, value) = token.split_once(':').unwrap_or((token, ""));
    match (key, value) {
        ("i", "") => edit::set_inclusion(plan, content, id, Inclusion::Included),
        ("x", "") => edit::set_inclusion(plan, content, id, Inclusion::Excluded),
        ("1" | "2" | "3", "") => {
            let priority = [Priority::High, Priority::Medium, Priority::Low]
                [key.parse::<usize>().unwrap_or(1) - 1];
            plan.items.entry(id.into()).or_default().priority = Some(priority);
            edit::include_when_decided(plan, content, id);
        }
        ("b", v) => plan.items.entry(id.into()).or_default().baseline = parse_baseline(v)?,
        ("t", v) => {
            let field = Field::Item(id.into(), fields::ItemField::Timeframe);
            edit::apply_text(plan, content, &field, v)?;
        }
        ("L", v) => {
            let lead = institution(plan, content, v)?;
            let d = plan.items.entry(id.into()).or_default();
            d.partners.retain(|p| *p != lead);
            d.lead = Some(lead.clone());
            add_to_roster(plan, &lead);
            edit::include_when_decided(plan, content, id);
        }
        ("P", v) => {
            let partners = v
                .split(',')
                .filter(|p| !p.is_empty())
                .map(|p| institution(plan, content, p))
                .collect::<Result<Vec<_>, _>>()?;
            for p in &partners {
                add_to_roster(plan, p);
            }
            let d = plan.items.entry(id.into()).or_default();
            d.partners = partners.into_iter().filter(|p| Some(p) != d.lead.as_ref()).collect();
            if !d.partners.is_empty() {
                edit::include_when_decided(plan, content, id);
            }
        }
        _ => return Err(crate::fl!("plain-not-understood", token = token)),
    }
    Ok(())
}

fn add_to_roster(plan: &mut Plan, id: &str) {
    if !plan.in_roster(id) {
        plan.roster.institutions.push(id.to_string());
    }
}

/// A baseline typed after `b:`, in English or in any shipped language (its word or its label).
fn parse_baseline(v: &str) -> Result<Baseline, String> {
    let words = |b: Baseline| match b {
        Baseline::Unknown => crate::fl!("typed-baseline-unknown"),
        Baseline::InPlace => crate::fl!("typed-baseline-in-place"),
        Baseline::PartlyInPlace => crate::fl!("typed-baseline-partly"),
        Baseline::Missing => crate::fl!("typed-baseline-missing"),
        Baseline::NotApplicable => crate::fl!("typed-baseline-not-applicable"),
    };
    Baseline::ALL
        .into_iter()
        .find(|&b| edit::typed_as(v, || words(b)) || edit::typed_as(v, || b.label()))
        .ok_or_else(|| crate::fl!("plain-bad-baseline", value = v.to_lowercase()))
}

/// A reporting or review frequency, in English or in any shipped language; empty for none.
fn parse_frequency(v: &str) -> Result<Option<plan::Frequency>, String> {
    use plan::Frequency::*;
    if v.trim().is_empty() || edit::typed_as(v, || crate::fl!("typed-frequency-none")) {
        return Ok(None);
    }
    let words = |f: plan::Frequency| match f {
        Monthly => crate::fl!("typed-frequency-monthly"),
        Quarterly => crate::fl!("typed-frequency-quarterly"),
        SixMonthly => crate::fl!("typed-frequency-six-monthly"),
        Annually => crate::fl!("typed-frequency-annually"),
        Biennially => crate::fl!("typed-frequency-biennially"),
        EndOfPlan => crate::fl!("typed-frequency-end-of-plan"),
    };
    plan::Frequency::ALL
        .into_iter()
        .find(|&f| edit::typed_as(v, || words(f)) || edit::typed_as(v, || f.label()))
        .map(Some)
        .ok_or_else(|| crate::fl!("plain-bad-frequency", value = v.to_lowercase()))
}

/// A field's current value as the prompt shows it: codes and labels for monitoring, the text
/// itself elsewhere; one line.
fn shown(plan: &Plan, content: &Content, field: &Field) -> String {
    let text = match field {
        Field::Monitoring(MonitoringField::DataSources | MonitoringField::Notes) => {
            fields::text_of(plan, content, field)
        }
        Field::Monitoring(_) => fields::display(plan, content, field),
        _ => fields::text_of(plan, content, field),
    };
    text.replace('\n', "; ")
}

fn apply_answer(
    plan: &mut Plan,
    content: &Content,
    field: &Field,
    text: &str,
) -> Result<(), String> {
    match field {
        Field::Monitoring(_) => apply_monitoring(plan, content, field, text),
        _ => edit::apply_text(plan, content, field, text),
    }
}

fn apply_monitoring(
    plan: &mut Plan,
    content: &Content,
    field: &Field,
    text: &str,
) -> Result<(), String> {
    match field {
        Field::Monitoring(MonitoringField::Body) => {
            let id = institution(plan, content, text)?;
            add_to_roster(plan, &id);
            plan.monitoring.body = id;
        }
        Field::Monitoring(MonitoringField::Reporting) => {
            plan.monitoring.reporting = parse_frequency(text)?
        }
        Field::Monitoring(MonitoringField::Review) => {
            plan.monitoring.review = parse_frequency(text)?
        }
        Field::Monitoring(MonitoringField::DataSources) => {
            edit::apply_text(plan, content, field, &text.replace(';', "\n"))?;
        }
        _ => edit::apply_text(plan, content, field, text)?,
    }
    Ok(())
}

/// An institution code padded to its column by display width (`{:<6}` counts characters, so a
/// Cyrillic or CJK code would shift the names after it).
fn code_column(code: &str) -> String {
    use unicode_width::UnicodeWidthStr;
    format!("{code}{}", " ".repeat(6usize.saturating_sub(code.width())))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn empty() -> (Plan, Content) {
        let content = Content::embedded();
        (Plan::new("NAP", "X", Period { first: 2027, last: 2030 }, &content), content)
    }

    #[test]
    fn a_decision_line_sets_everything_at_once() {
        let (mut plan, content) = empty();
        apply_decision(
            &mut plan,
            &content,
            "P1.1",
            "i 1 L:moi P:NGO,csw b:missing t:2028-2029 n:agreed, see minutes",
        )
        .unwrap();
        let d = plan.decision("P1.1").unwrap();
        assert_eq!(d.inclusion, Inclusion::Included);
        assert_eq!(d.priority, Some(Priority::High));
        assert_eq!(d.lead.as_deref(), Some("moi"));
        assert_eq!(d.partners, vec!["ngo".to_string(), "swc".to_string()]);
        assert_eq!(d.baseline, Baseline::Missing);
        assert_eq!(d.notes, "agreed, see minutes");
        assert!(plan.in_roster("moi") && plan.in_roster("ngo"));
    }

    #[test]
    fn baselines_timeframes_and_frequencies_are_read_in_any_shipped_language() {
        for (line, baseline, timeframe) in [
            ("b:manquant t:court", Baseline::Missing, plan::Timeframe::ShortTerm),
            ("b:existe t:moyen-terme", Baseline::InPlace, plan::Timeframe::MediumTerm),
            ("b:parcial t:largo", Baseline::PartlyInPlace, plan::Timeframe::LongTerm),
            ("b:отсутствует t:к", Baseline::Missing, plan::Timeframe::ShortTerm),
            ("b:неприменимо t:долгосрочный", Baseline::NotApplicable, plan::Timeframe::LongTerm),
            ("b:missing t:short", Baseline::Missing, plan::Timeframe::ShortTerm),
        ] {
            let (mut plan, content) = empty();
            apply_decision(&mut plan, &content, "P1.1", line).unwrap_or_else(|e| panic!("{e}"));
            let d = plan.decision("P1.1").unwrap();
            assert_eq!((d.baseline, d.timeframe), (baseline, Some(timeframe)), "{line}");
        }
        use plan::Frequency::*;
        for (typed, frequency) in [
            ("mensual", Some(Monthly)),
            ("tous les trimestres", Some(Quarterly)),
            ("ежегодно", Some(Annually)),
            ("half-yearly", Some(SixMonthly)),
            ("aucune", None),
        ] {
            assert_eq!(parse_frequency(typed), Ok(frequency), "{typed}");
        }
        assert!(parse_frequency("souvent").is_err());
        assert!(parse_baseline("peut-être").is_err());
    }

    #[test]
    fn the_help_of_a_decision_line_names_the_words_the_language_reads() {
        let help = crate::i18n::in_language("fr", || crate::fl!("plain-decision-help-2"));
        let (mut plan, content) = empty();
        // Every word the French help offers is read back.
        for token in [
            "b:inconnu",
            "b:existe",
            "b:partiel",
            "b:manquant",
            "b:so",
            "t:court",
            "t:moyen",
            "t:long",
        ] {
            assert!(help.contains(&token[2..]), "{token} in {help}");
            apply_decision(&mut plan, &content, "P1.1", token)
                .unwrap_or_else(|e| panic!("{token}: {e}"));
        }
    }

    #[test]
    fn a_priority_lead_or_partner_on_an_excluded_action_includes_it() {
        for line in ["2", "L:nco", "P:ngo", "t:short"] {
            let (mut plan, content) = empty();
            apply_decision(&mut plan, &content, "P1.1", "x").unwrap();
            apply_decision(&mut plan, &content, "P1.1", line).unwrap();
            assert_eq!(plan.decision("P1.1").unwrap().inclusion, Inclusion::Included, "{line}");
        }
    }

    #[test]
    fn a_bad_token_is_refused_with_a_reason() {
        let (mut plan, content) = empty();
        assert!(
            apply_decision(&mut plan, &content, "P1.1", "L:XYZ")
                .unwrap_err()
                .contains("no institution")
        );
        assert!(
            apply_decision(&mut plan, &content, "P1.1", "maybe")
                .unwrap_err()
                .contains("not understood")
        );
    }
}
