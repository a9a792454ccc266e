//! Plain-mode progress entry (`napwiz monitor enter`): a period's reports, action by action,
//! line by line, for screen readers and for a secretariat typing in reports received on paper.
//! Saved after every action; a closed period is refused.

use std::io::{BufRead, Write};
use std::path::Path;

use anyhow::Result;

use super::{Answer, Flow, Plain};
use crate::content::Content;
use crate::plan::Plan;
use crate::plan::monitor::{
    self, ActionReport, Measure, Status, copy_forward, parse_value, previous_period,
};
use crate::plan::patch::Touches;
use crate::plan::{Budget, item_text};

/// Returns `Flow::Quit` from the enclosing function when an answer was `q`.
macro_rules! or_quit {
    ($asked:expr) => {
        if $asked? {
            return Ok(Flow::Quit);
        }
    };
}

/// The help of the status prompt: the words of the interface language and their shortest starts.
fn status_help() -> String {
    let words: Vec<String> = Status::ALL.iter().map(|s| s.label()).collect();
    let starts: Vec<String> = words.iter().map(|w| shortest_start(w, &words)).collect();
    let help =
        crate::fl!("progress-status-help", statuses = words.join(", "), starts = starts.join(", "));
    format!("  {help}")
}

/// The fewest first letters of `word` that no other of `words` starts with.
fn shortest_start(word: &str, words: &[String]) -> String {
    let chars: Vec<char> = word.chars().collect();
    (1..=chars.len())
        .map(|n| chars[..n].iter().collect::<String>())
        .find(|start| words.iter().filter(|w| w.starts_with(start.as_str())).count() == 1)
        .unwrap_or_else(|| word.to_string())
}

fn field_help() -> String {
    format!("  {}", crate::fl!("progress-field-help"))
}

impl<R: BufRead, W: Write> Plain<R, W> {
    /// Walks the included actions (those `institution` leads, when given) of `period`.
    pub fn enter_progress(
        &mut self,
        path: &Path,
        period: &str,
        institution: Option<&str>,
    ) -> Result<()> {
        if !self.open(path)? {
            return Ok(());
        }
        let Some(p) = self.plan().period(period).cloned() else {
            let known: Vec<String> = self.plan().periods.iter().map(|p| p.id.clone()).collect();
            let known = if known.is_empty() {
                crate::fl!("progress-no-periods-yet")
            } else {
                known.join(", ")
            };
            self.say(&crate::fl!("progress-no-period", period = period, known = known))?;
            return Ok(());
        };
        if p.closed {
            self.say(&crate::fl!("progress-closed", period = period))?;
            return Ok(());
        }
        let actions = self.actions_to_report(institution)?;
        self.say(&crate::fl!(
            "progress-intro",
            period = period,
            span = p.span(),
            due = p.due.to_string(),
            count = actions.len()
        ))?;
        let mut i = 0;
        while i < actions.len() {
            match self.report_action(period, &actions[i])? {
                Flow::Back => i = i.saturating_sub(1),
                Flow::Quit | Flow::NextStep => break,
                _ => i += 1,
            }
            if self.ended {
                break;
            }
        }
        let plan = crate::paths::absolute(path).display().to_string();
        self.say(&if self.read_only() {
            crate::fl!("progress-read-only", plan = plan)
        } else {
            crate::fl!("progress-saved", plan = plan)
        })
    }

    /// The included actions in checklist order, only `institution`'s (a code or id) if given.
    fn actions_to_report(&mut self, institution: Option<&str>) -> Result<Vec<String>> {
        let plan = self.plan();
        let lead_of = |id: &str| plan.decision(id).and_then(|d| d.lead.clone()).unwrap_or_default();
        let wanted = institution.map(|typed| super::institution(plan, &self.content, typed));
        let wanted = match wanted {
            Some(Err(why)) => {
                self.say(&format!("  ! {why}"))?;
                return Ok(vec![]);
            }
            Some(Ok(id)) => Some(id),
            None => None,
        };
        Ok(plan
            .included_actions(&self.content)
            .into_iter()
            .filter(|id| wanted.as_ref().is_none_or(|w| lead_of(id) == *w))
            .map(String::from)
            .collect())
    }

    fn report_action(&mut self, period: &str, action: &str) -> Result<Flow> {
        let plan = self.plan();
        let lead = plan.decision(action).and_then(|d| d.lead.clone()).unwrap_or_default();
        let status_in = |p: &monitor::ReportingPeriod| {
            p.report(action)
                .map_or_else(|| crate::fl!("monitor-not-reported"), |r| r.status.label())
        };
        let before = previous_period(plan, period)
            .map(|p| crate::fl!("progress-before", period = p.id.as_str(), status = status_in(p)));
        let now = plan.period(period).map(status_in).unwrap_or_default();
        let lead = crate::fl!(
            "progress-lead",
            lead = plan.institution_code(&lead, &self.content),
            before = before.unwrap_or_default(),
            now = now
        );
        self.say(&format!(
            "\n  {action} {}\n       {lead}",
            item_text(plan, &self.content, action),
        ))?;
        let status = loop {
            match self
                .prompt(&format!("  {}", crate::fl!("progress-status-prompt")), &status_help())?
            {
                Answer::Move(flow) => return Ok(flow),
                Answer::Text(t) if t.trim().is_empty() => return Ok(Flow::Next),
                Answer::Text(t) if t.trim() == "copy" => self.copy_period(period)?,
                Answer::Text(t) => match status_of(&t) {
                    Some(s) => break s,
                    None => self.refuse(&crate::fl!("progress-not-status", text = t.trim()))?,
                },
            }
        };
        let before = self.plan().report(period, action).cloned();
        let mut report = before.clone().unwrap_or_default();
        report.status = status;
        // `q` part way still saves what was typed for this action.
        let flow = self.report_fields(action, &mut report)?;
        if before.as_ref() != Some(&report) {
            // A changed report needs the coordinator's check again.
            report.validated = false;
        }
        let touches = Touches::Report { period: period.to_string(), action: action.to_string() };
        let (period_id, id) = (period.to_string(), action.to_string());
        let set =
            move |plan: &mut Plan, _: &Content| monitor::set_report(plan, &period_id, &id, report);
        self.change(touches, set)?;
        Ok(flow)
    }

    fn copy_period(&mut self, period: &str) -> Result<()> {
        let period = period.to_string();
        let mut copied = 0;
        self.change(Touches::NoDecision, |plan, content| {
            copied = copy_forward(plan, content, &period)?.len();
            Ok(())
        })?;
        self.say(&format!("  {}", crate::fl!("progress-copied", count = copied)))
    }

    /// The narrative, values and spending of one report, each kept with Enter.
    fn report_fields(&mut self, action: &str, r: &mut ActionReport) -> Result<Flow> {
        if r.status == Status::Dropped {
            or_quit!(ask_text(self, &crate::fl!("progress-ask-dropped"), &mut r.dropped_reason));
        }
        or_quit!(ask_text(self, &crate::fl!("progress-ask-done"), &mut r.done));
        let indicators =
            self.plan().decision(action).map(|d| d.indicators.clone()).unwrap_or_default();
        for ind in indicators {
            let measure = Measure::of(&ind);
            let current = r.values.get(&ind.text).map(|v| v.words()).unwrap_or_default();
            let asked = crate::fl!(
                "progress-ask-value",
                indicator = ind.text.as_str(),
                target = ind.target.as_str(),
                expected = measure.expected()
            );
            let prompt = format!("  {asked} [{current}]:");
            loop {
                match self.prompt(&prompt, &field_help())? {
                    Answer::Move(Flow::Quit) => return Ok(Flow::Quit),
                    Answer::Move(_) => break,
                    Answer::Text(t) if t.trim().is_empty() => break,
                    Answer::Text(t) if t.trim() == "-" => {
                        r.values.remove(&ind.text);
                        break;
                    }
                    Answer::Text(t) => match parse_value(measure, &t) {
                        Ok(Some(v)) => {
                            r.values.insert(ind.text.clone(), v);
                            break;
                        }
                        Ok(None) => break,
                        Err(why) => self.refuse(&crate::fl!("form-expected", what = why))?,
                    },
                }
            }
        }
        or_quit!(self.ask_spent(r));
        or_quit!(ask_text(self, &crate::fl!("progress-ask-difficulties"), &mut r.difficulties));
        let measures = crate::fl!("progress-ask-measures");
        or_quit!(ask_text(self, &measures, &mut r.corrective_measures));
        let mut evidence = r.evidence.join("; ");
        or_quit!(ask_text(self, &crate::fl!("progress-ask-evidence"), &mut evidence));
        r.evidence = evidence
            .split(';')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(String::from)
            .collect();
        or_quit!(ask_text(self, &crate::fl!("progress-ask-reported-by"), &mut r.reported_by));
        Ok(Flow::Next)
    }

    /// The amount and its source; true when the answer was `q`.
    fn ask_spent(&mut self, r: &mut ActionReport) -> Result<bool> {
        let current =
            r.spent.as_ref().and_then(|b| b.amount).map(crate::i18n::number).unwrap_or_default();
        loop {
            let asked = format!("  {} [{current}]:", crate::fl!("progress-ask-spent"));
            let t = match self.prompt(&asked, &field_help())? {
                Answer::Text(t) => t,
                Answer::Move(Flow::Quit) => return Ok(true),
                Answer::Move(_) => break,
            };
            let t = t.trim();
            if t.is_empty() {
                break;
            }
            match parse_value(Measure::Count, t) {
                Ok(Some(v)) if v.as_number().is_some_and(|n| n.fract() == 0.0) => {
                    let amount = v.as_number().map(|n| n as u64);
                    let source = r.spent.take().map(|b| b.source).unwrap_or_default();
                    r.spent = Some(Budget { amount, source });
                    break;
                }
                _ => self.refuse(&crate::fl!("progress-not-amount", text = t))?,
            }
        }
        let mut source = r.spent.as_ref().map(|b| b.source.clone()).unwrap_or_default();
        let quit = ask_text(self, &crate::fl!("progress-ask-source"), &mut source)?;
        if !source.is_empty() || r.spent.is_some() {
            r.spent.get_or_insert_with(Budget::default).source = source;
        }
        Ok(quit)
    }
}

/// Asks for one text field: Enter keeps it, `-` empties it. True when the answer was `q` (or
/// the input ended).
fn ask_text<R: BufRead, W: Write>(
    plain: &mut Plain<R, W>,
    label: &str,
    value: &mut String,
) -> Result<bool> {
    let shown: String = value.chars().take(60).collect();
    match plain.prompt(&format!("  {label} [{shown}]:"), &field_help())? {
        Answer::Move(Flow::Quit) => return Ok(true),
        Answer::Move(_) => {}
        Answer::Text(t) => match t.trim() {
            "" => {}
            "-" => value.clear(),
            t => *value = t.to_string(),
        },
    }
    Ok(false)
}

/// A status from its words or their start: `on`, `de`, `completed`.
fn status_of(typed: &str) -> Option<Status> {
    let t = typed.trim().to_lowercase();
    Status::from_label(&t).or_else(|| {
        let starts: Vec<Status> =
            Status::ALL.into_iter().filter(|s| s.label().starts_with(&t)).collect();
        (starts.len() == 1).then(|| starts[0])
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_status_is_taken_from_its_first_letters_when_they_are_enough() {
        assert_eq!(status_of("on"), Some(Status::OnTrack));
        assert_eq!(status_of("De"), Some(Status::Delayed));
        assert_eq!(status_of("co"), None, "completed or continuous");
        assert_eq!(status_of("con"), Some(Status::Continuous));
        assert_eq!(status_of("dropped"), Some(Status::Dropped));
    }

    #[test]
    fn the_help_names_the_fewest_letters_that_tell_each_status_apart() {
        let words: Vec<String> = Status::ALL.iter().map(|s| s.label()).collect();
        let starts: Vec<String> = words.iter().map(|w| shortest_start(w, &words)).collect();
        assert_eq!(starts, ["n", "o", "de", "com", "con", "dr"]);
        let french: Vec<String> =
            crate::i18n::in_language("fr", || Status::ALL.iter().map(|s| s.label()).collect());
        let starts: Vec<String> = french.iter().map(|w| shortest_start(w, &french)).collect();
        assert_eq!(starts, ["n", "en b", "en r", "ac", "c", "ab"]);
    }
}
