//! The plain, line-by-line wizard: numbered prompts on standard output, answers read line by
//! line, no redraws and no borders. For screen readers, dumb terminals and scripts (it reads a
//! pipe). It walks the same steps as the full-screen wizard, edits the plan through the same
//! field functions, and saves after every answer.

use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use crate::content::Content;
use crate::output::Output;
use crate::paths;
use crate::plan::{self, Baseline, CustomInstitution, Inclusion, Period, Plan, Priority};
use crate::store::{BackupPolicy, PlanFile, ReadOnly};
use crate::tui::fields::{self, Field, MonitoringField};

/// What an answer asks the walk to do next.
enum Flow {
    Next,
    Back,
    Quit,
}

/// The plain wizard over any input and output (a terminal, a pipe, a test's buffers).
pub struct Plain<R, W> {
    input: R,
    /// Every line goes through the sanitiser here: prompts quote plan and pack text.
    out: Output<W>,
    content: Content,
    file: Option<PlanFile>,
    ended: bool,
    /// Repeat each answer after its prompt, so a transcript of a piped run reads well.
    echo: bool,
}

impl<R: BufRead, W: Write> Plain<R, W> {
    pub fn new(input: R, out: Output<W>, content: Content) -> Self {
        Plain { input, out, content, file: None, ended: false, echo: false }
    }

    /// Repeats answers in the output (for input from a pipe or a file, which is not echoed).
    pub fn echo_answers(mut self, echo: bool) -> Self {
        self.echo = echo;
        self
    }

    /// Runs the walk: opens or creates the plan, then every step in order.
    pub fn run(&mut self, plan: Option<&Path>) -> Result<()> {
        self.say("napwiz, plain mode. Answer each prompt and press Enter. Enter alone keeps what is in [brackets]; < goes back; q saves and quits.")?;
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
        let read_only = self.file.as_ref().is_some_and(|f| f.read_only.is_some());
        let done = if read_only { "Nothing was saved: the plan is read-only" } else { "Saved" };
        self.say(&format!("{done} {}.", paths::absolute(&path).display()))?;
        Ok(())
    }

    fn say(&mut self, text: &str) -> Result<()> {
        self.out.line(text).context("could not write to standard output")
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
        if self.echo {
            self.out.line(crate::sanitize::clean_line(&answer))?;
        }
        Ok(Some(answer))
    }

    fn start(&mut self) -> Result<Option<PathBuf>> {
        loop {
            self.say("Start:\n  1. New plan\n  2. Open the demo plan (fictional country)\n  3. Open a plan file")?;
            let Some(answer) = self.ask("Choice [1]:")? else { return Ok(None) };
            match answer.trim() {
                "" | "1" => {
                    let Some(title) = self.ask("Title of the new plan:")? else { return Ok(None) };
                    if title.trim().is_empty() {
                        self.say("  ! a title is needed")?;
                        continue;
                    }
                    return Ok(Some(self.create(&title)?));
                }
                "2" => return Ok(Some(self.demo()?)),
                "3" => {
                    let Some(path) = self.ask("Path of the plan file:")? else { return Ok(None) };
                    return Ok(Some(PathBuf::from(path.trim())));
                }
                "q" => return Ok(None),
                other => self.say(&format!("  ! '{other}' is not a choice; type 1, 2 or 3"))?,
            }
        }
    }

    fn create(&mut self, title: &str) -> Result<PathBuf> {
        let dir = paths::plans_dir();
        let slug = paths::slug(title);
        let path = (1..)
            .map(|n| {
                dir.join(if n == 1 { format!("{slug}.ron") } else { format!("{slug}-{n}.ron") })
            })
            .find(|p| !p.exists())
            .expect("a free name");
        let year = jiff::ZonedDateTime::now().year() as u16 + 1;
        let plan =
            Plan::new(title.trim(), "", Period { first: year, last: year + 3 }, &self.content);
        drop(PlanFile::create(&path, plan, false)?);
        self.say(&format!("Created {}.", path.display()))?;
        Ok(path)
    }

    fn demo(&mut self) -> Result<PathBuf> {
        let path = paths::plans_dir().join("demo-veldora.ron");
        if !path.exists() {
            drop(PlanFile::create(&path, plan::demo_plan(&self.content), false)?);
        }
        Ok(path)
    }

    fn open(&mut self, path: &Path) -> Result<bool> {
        if !path.exists() {
            let question =
                format!("{} does not exist. Create a new plan there? [y/N]", path.display());
            let Some(answer) = self.ask(&question)? else { return Ok(false) };
            if !answer.trim().eq_ignore_ascii_case("y") {
                return Ok(false);
            }
            let title = path
                .file_stem()
                .map_or("National Action Plan".into(), |s| s.to_string_lossy().into_owned());
            let plan = Plan::new(&title, "", Period { first: 2027, last: 2030 }, &self.content);
            drop(PlanFile::create(path, plan, false)?);
        }
        let mut file = PlanFile::open_or_read_only(path)?;
        file.set_backup_policy(BackupPolicy::AUTOSAVE);
        for notice in file.notices.clone() {
            self.say(&format!("Note: {notice}"))?;
        }
        if let Some(ReadOnly::LockedBy(holder)) = &file.read_only {
            self.say(&format!("Read-only: the plan is open in another napwiz ({holder}). Nothing you answer will be saved."))?;
        }
        self.file = Some(file);
        Ok(true)
    }

    fn plan(&self) -> &Plan {
        &self.file.as_ref().expect("a plan is open").plan
    }

    /// Changes the plan and saves it at once; says why when it cannot.
    fn change(
        &mut self,
        f: impl FnOnce(&mut Plan, &Content) -> Result<(), String>,
    ) -> Result<bool> {
        let file = self.file.as_mut().expect("a plan is open");
        if file.read_only.is_some() {
            self.say("  ! read-only: not changed")?;
            return Ok(false);
        }
        let before = file.plan.clone();
        if let Err(why) = f(&mut file.plan, &self.content) {
            file.plan = before;
            self.say(&format!("  ! {why}"))?;
            return Ok(false);
        }
        if file.plan != before
            && let Err(e) = file.save()
        {
            self.say(&format!("  ! not saved: {e:#}"))?;
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

    fn walk(&mut self) -> Result<()> {
        let areas = self.areas();
        let area_count = areas.len();
        let steps = 3 + area_count + 3;
        let mut step = 2;
        while step <= steps {
            let flow = match step {
                2 => self.setup(step, steps)?,
                3 => self.roster(step, steps)?,
                s if s <= 3 + area_count => self.area(areas[s - 4], step, steps)?,
                s if s == 4 + area_count => self.review(step, steps)?,
                s if s == 5 + area_count => self.monitoring(step, steps)?,
                _ => self.generate(step, steps)?,
            };
            match flow {
                Flow::Next => step += 1,
                Flow::Back => step = step.saturating_sub(1).max(2),
                Flow::Quit if !self.ended => return Ok(()),
                Flow::Quit => {}
            }
            if self.ended {
                self.say("End of input; everything is saved.")?;
                return Ok(());
            }
        }
        Ok(())
    }

    fn heading(&mut self, step: usize, steps: usize, name: &str) -> Result<()> {
        self.say(&format!("\nStep {step} of {steps}: {name}"))
    }

    /// Asks for each field in turn; returns Back when `<` is typed on the first field.
    fn fields(&mut self, all: &[Field]) -> Result<Flow> {
        let mut i = 0;
        while i < all.len() {
            let field = all[i].clone();
            let current = shown(self.plan(), &self.content, &field);
            let prompt = format!("  {} [{}]:", fields::label(&field).trim(), current);
            let Some(answer) = self.ask(&prompt)? else { return Ok(Flow::Quit) };
            match answer.trim() {
                "" => i += 1,
                "<" if i == 0 => return Ok(Flow::Back),
                "<" => i -= 1,
                "q" => return Ok(Flow::Quit),
                text => {
                    let text = text.to_string();
                    if self.change(|plan, content| apply_answer(plan, content, &field, &text))? {
                        i += 1;
                    }
                }
            }
        }
        Ok(Flow::Next)
    }

    fn setup(&mut self, step: usize, steps: usize) -> Result<Flow> {
        self.heading(step, steps, "Plan setup")?;
        self.fields(&fields::meta_fields())
    }

    fn roster(&mut self, step: usize, steps: usize) -> Result<Flow> {
        self.heading(step, steps, "Institutions (the roster)")?;
        loop {
            let lines: Vec<String> = self
                .content
                .institutions
                .iter()
                .enumerate()
                .map(|(n, i)| {
                    let mark = if self.plan().in_roster(&i.id) { "[x]" } else { "[ ]" };
                    format!("  {:>2}. {mark} {:<6} {}", n + 1, i.code, i.name)
                })
                .chain(
                    self.plan()
                        .roster
                        .custom
                        .iter()
                        .map(|c| format!("      [*] {:<6} {} (own)", c.code, c.name)),
                )
                .collect();
            self.say(&lines.join("\n"))?;
            let Some(answer) = self.ask("Numbers to add or remove (e.g. 3 7 12), a to add your own, Enter to go on, < back:")? else {
                return Ok(Flow::Quit);
            };
            match answer.trim() {
                "" => return Ok(Flow::Next),
                "<" => return Ok(Flow::Back),
                "q" => return Ok(Flow::Quit),
                "a" => self.add_own_institution()?,
                numbers => self.toggle_institutions(numbers)?,
            }
        }
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
            return self
                .say(&format!("  ! type numbers from 1 to {}", self.content.institutions.len()));
        }
        self.change(|plan, _| {
            for id in ids.into_iter().flatten() {
                match plan.roster.institutions.iter().position(|x| *x == id) {
                    Some(at) => drop(plan.roster.institutions.remove(at)),
                    None => plan.roster.institutions.push(id),
                }
            }
            Ok(())
        })?;
        Ok(())
    }

    fn add_own_institution(&mut self) -> Result<()> {
        let Some(line) = self.ask("  Name, short code (e.g. Anti-Trafficking Office, ATO):")?
        else {
            return Ok(());
        };
        let line = crate::sanitize::clean_line(&line).into_owned();
        let Some((name, code)) =
            line.rsplit_once(',').map(|(n, c)| (n.trim().to_string(), c.trim().to_string()))
        else {
            return self.say("  ! type the name, a comma, and a short code");
        };
        if name.is_empty() || code.is_empty() {
            return self.say("  ! type the name, a comma, and a short code");
        }
        let id = format!("x-{}", paths::slug(&code));
        self.change(|plan, content| {
            if content.institution(&id).is_some() || plan.roster.custom.iter().any(|c| c.id == id) {
                return Err(format!("an institution with code {code} already exists"));
            }
            let kind = crate::content::InstitutionKind::Government;
            plan.roster.custom.push(CustomInstitution {
                id: id.clone(),
                name,
                code: code.clone(),
                kind,
            });
            Ok(())
        })?;
        Ok(())
    }

    fn area(&mut self, a: usize, step: usize, steps: usize) -> Result<Flow> {
        let area = self.content.areas[a].clone();
        self.heading(step, steps, &area.title)?;
        self.say(&area.intro)?;
        let mut g = 0;
        while g < area.goals.len() {
            let goal = &area.goals[g];
            self.say(&format!("\n{} {}", goal.id, goal.title))?;
            let prompt = format!(
                "  Enter: its {} actions; s: skip the goal; g: guidance; <: back:",
                goal.actions.len()
            );
            let Some(answer) = self.ask(&prompt)? else { return Ok(Flow::Quit) };
            match answer.trim() {
                "" => match self.actions(&goal.id)? {
                    Flow::Next => g += 1,
                    Flow::Back => {}
                    Flow::Quit => return Ok(Flow::Quit),
                },
                "s" => g += 1,
                "g" => self.guidance(&goal.id)?,
                "<" if g == 0 => return Ok(Flow::Back),
                "<" => g -= 1,
                "q" => return Ok(Flow::Quit),
                other => self.say(&format!("  ! '{other}': press Enter, s, g or <"))?,
            }
        }
        Ok(Flow::Next)
    }

    fn guidance(&mut self, goal_id: &str) -> Result<()> {
        let Some(goal) = self.content.goal(goal_id).cloned() else { return Ok(()) };
        self.say(&goal.guidance)?;
        self.say(&format!("  Standards: {}", goal.standards.join("; ")))?;
        let indicators: Vec<String> =
            goal.indicators.iter().map(|i| format!("{} ({})", i.text, i.kind.label())).collect();
        self.say(&format!("  Example indicators: {}", indicators.join("; ")))
    }

    fn actions(&mut self, goal_id: &str) -> Result<Flow> {
        let actions: Vec<(String, String)> = self
            .content
            .goal(goal_id)
            .map(|g| g.actions.iter().map(|a| (a.id.clone(), a.text.clone())).collect())
            .unwrap_or_default();
        let mut i = 0;
        while i < actions.len() {
            let (id, text) = &actions[i];
            self.say(&format!(
                "  {id} {text}\n       now: {}",
                describe(self.plan(), &self.content, id)
            ))?;
            let Some(answer) = self.ask("  Decision (e.g. i 1 L:MoI P:NGO,CSW b:missing t:short n:note; Enter keeps; ? help):")? else {
                return Ok(Flow::Quit);
            };
            match answer.trim() {
                "" => i += 1,
                "<" if i == 0 => return Ok(Flow::Back),
                "<" => i -= 1,
                "q" => return Ok(Flow::Quit),
                "?" => self.say(DECISION_HELP)?,
                line => {
                    let id = id.clone();
                    let line = line.to_string();
                    if self.change(|plan, content| apply_decision(plan, content, &id, &line))? {
                        i += 1;
                    }
                }
            }
        }
        Ok(Flow::Next)
    }

    fn review(&mut self, step: usize, steps: usize) -> Result<Flow> {
        self.heading(step, steps, "Review")?;
        let summary = plan::summarize(self.plan(), &self.content);
        let health = plan::check(self.plan(), &self.content);
        self.say(&summary.to_string())?;
        self.say(&format!("Health check: {} errors, {} warnings", health.errors, health.warnings))?;
        for f in &health.findings {
            let label = if f.severity == plan::Severity::Error { "error" } else { "warning" };
            self.say(&format!("  {label}: {}", f.message))?;
        }
        self.pause()
    }

    fn pause(&mut self) -> Result<Flow> {
        let Some(answer) = self.ask("Enter to go on, < back:")? else { return Ok(Flow::Quit) };
        Ok(match answer.trim() {
            "<" => Flow::Back,
            "q" => Flow::Quit,
            _ => Flow::Next,
        })
    }

    fn monitoring(&mut self, step: usize, steps: usize) -> Result<Flow> {
        self.heading(step, steps, "Monitoring set-up (Chapter B)")?;
        self.say("  Monitoring body: an institution code (e.g. NCO). Frequencies: monthly, quarterly, six-monthly, annually, two-yearly, end. Data sources: separated by ';'.")?;
        self.fields(&fields::monitoring_fields())
    }

    fn generate(&mut self, step: usize, steps: usize) -> Result<Flow> {
        self.heading(step, steps, "Generate")?;
        let summary = plan::summarize(self.plan(), &self.content);
        self.say(&format!(
            "The draft action plan will have {} chapters with {} included actions.",
            summary.areas.len(),
            summary.included
        ))?;
        self.pause()
    }
}

const DECISION_HELP: &str =
    "  i include, x not included, 1/2/3 priority high/medium/low (includes),
  b:unknown|in|partly|missing|na baseline, t:short|medium|long|2028|2027-2029 timeframe,
  L:CODE lead, P:CODE,CODE partners, n:text notes (the rest of the line).
  Several at once: i 1 L:MoI P:NGO b:missing. Enter keeps, < back, q saves and quits.";

/// One line describing an action's decision.
fn describe(plan: &Plan, content: &Content, id: &str) -> String {
    let d = plan.decision(id).cloned().unwrap_or_default();
    let mut parts =
        vec![d.inclusion.label().to_string(), format!("baseline {}", d.baseline.label())];
    if let Some(p) = d.priority {
        parts.push(format!("priority {}", p.label()));
    }
    if let Some(t) = d.timeframe {
        parts.push(t.label());
    }
    if let Some(lead) = &d.lead {
        parts.push(format!("lead {}", plan.institution_code(lead, content)));
    }
    if !d.partners.is_empty() {
        let codes: Vec<&str> =
            d.partners.iter().map(|p| plan.institution_code(p, content)).collect();
        parts.push(format!("partners {}", codes.join(", ")));
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
        .ok_or_else(|| format!("no institution with code '{typed}'"))
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
        ("i", "") => fields::set_inclusion(plan, content, id, Inclusion::Included),
        ("x", "") => fields::set_inclusion(plan, content, id, Inclusion::Excluded),
        ("1" | "2" | "3", "") => {
            let priority = [Priority::High, Priority::Medium, Priority::Low]
                [key.parse::<usize>().unwrap_or(1) - 1];
            plan.items.entry(id.into()).or_default().priority = Some(priority);
            fields::include_when_decided(plan, content, id);
        }
        ("b", v) => plan.items.entry(id.into()).or_default().baseline = parse_baseline(v)?,
        ("t", v) => {
            let field = Field::Item(id.into(), fields::ItemField::Timeframe);
            fields::apply_text(plan, content, &field, v)?;
        }
        ("L", v) => {
            let lead = institution(plan, content, v)?;
            let d = plan.items.entry(id.into()).or_default();
            d.partners.retain(|p| *p != lead);
            d.lead = Some(lead.clone());
            add_to_roster(plan, &lead);
            fields::include_when_decided(plan, content, id);
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
                fields::include_when_decided(plan, content, id);
            }
        }
        _ => return Err(format!("'{token}' is not understood; type ? for the list")),
    }
    Ok(())
}

fn add_to_roster(plan: &mut Plan, id: &str) {
    if !plan.in_roster(id) {
        plan.roster.institutions.push(id.to_string());
    }
}

fn parse_baseline(v: &str) -> Result<Baseline, String> {
    Ok(match v.to_lowercase().as_str() {
        "unknown" | "?" => Baseline::Unknown,
        "in" | "inplace" | "in-place" | "have" => Baseline::InPlace,
        "partly" | "part" | "partial" => Baseline::PartlyInPlace,
        "missing" | "miss" | "no" => Baseline::Missing,
        "na" | "n/a" => Baseline::NotApplicable,
        other => {
            return Err(format!(
                "baseline '{other}' is not one of unknown, in, partly, missing, na"
            ));
        }
    })
}

fn parse_frequency(v: &str) -> Result<Option<plan::Frequency>, String> {
    use plan::Frequency::*;
    Ok(Some(match v.to_lowercase().as_str() {
        "" | "-" | "none" => return Ok(None),
        "monthly" => Monthly,
        "quarterly" => Quarterly,
        "six-monthly" | "sixmonthly" | "half-yearly" => SixMonthly,
        "annually" | "yearly" | "annual" => Annually,
        "two-yearly" | "biennially" => Biennially,
        "end" => EndOfPlan,
        other => {
            return Err(format!(
                "'{other}' is not a frequency: monthly, quarterly, six-monthly, annually, two-yearly, end"
            ));
        }
    }))
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
        _ => fields::apply_text(plan, content, field, text),
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
            fields::apply_text(plan, content, field, &text.replace(';', "\n"))?;
        }
        _ => fields::apply_text(plan, content, field, text)?,
    }
    Ok(())
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
