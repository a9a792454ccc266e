//! A translated pack against its English source: the entries it lacks (filled in from English
//! when loading, marked) and the texts still left in English, for `napwiz content check`.

use std::collections::BTreeSet;

use super::locate::Locator;
use super::{
    Action, Area, Content, Goal, Institution, PackFiles, Problem, SuggestedIndicator, Term,
};

/// Put before an English text shown in place of a missing translation, on screen and in the
/// documents.
pub const FALLBACK_MARK: &str = "[en]";

fn marked(text: &str) -> String {
    format!("{FALLBACK_MARK} {text}")
}

/// `content` with every goal, action, institution and term of `english` it lacks put back, in
/// English and marked, at the English position; the ids put back are listed in
/// `english_fallback`. Entries only the translation has are kept, after the others.
pub fn fill_from_english(content: Content, english: &Content) -> Content {
    let mut filled = Vec::new();
    let areas = merge(
        &content.areas,
        &english.areas,
        |a| &a.id,
        |ours, source| Area {
            goals: merge_goals(&ours.goals, &source.goals, &mut filled),
            ..ours.clone()
        },
    );
    let institutions = fill(&content.institutions, &english.institutions, &mut filled, |i| &i.id);
    let glossary = fill(&content.glossary, &english.glossary, &mut filled, |t| &t.id);
    let mut result = Content::new(content.meta, areas, institutions, glossary);
    result.abbreviations = english.abbreviations.clone();
    result.abbreviations.extend(content.abbreviations);
    result.english_fallback = filled;
    result
}

fn merge_goals(ours: &[Goal], source: &[Goal], filled: &mut Vec<String>) -> Vec<Goal> {
    let mut goals = Vec::new();
    for english in source {
        match ours.iter().find(|g| g.id == english.id) {
            Some(goal) => goals.push(Goal {
                actions: fill(&goal.actions, &english.actions, filled, |a| &a.id),
                ..goal.clone()
            }),
            None => {
                filled.push(english.id.clone());
                filled.extend(english.actions.iter().map(|a| a.id.clone()));
                goals.push(english_goal(english));
            }
        }
    }
    goals.extend(ours.iter().filter(|g| !source.iter().any(|e| e.id == g.id)).cloned());
    goals
}

/// Areas present in both are merged by `both`; an area only English has is left out (its file
/// is then missing, which the pack check already refuses).
fn merge<T: Clone>(
    ours: &[T],
    source: &[T],
    id: impl Fn(&T) -> &String,
    both: impl FnMut(&T, &T) -> T,
) -> Vec<T> {
    let mut both = both;
    ours.iter()
        .map(|o| source.iter().find(|s| id(s) == id(o)).map_or_else(|| o.clone(), |s| both(o, s)))
        .collect()
}

/// `ours` in the order of `source`, each entry it lacks taken from `source` and marked.
fn fill<T: Clone + Marked>(
    ours: &[T],
    source: &[T],
    filled: &mut Vec<String>,
    id: impl Fn(&T) -> &String,
) -> Vec<T> {
    let mut out = Vec::new();
    for english in source {
        match ours.iter().find(|o| id(o) == id(english)) {
            Some(own) => out.push(own.clone()),
            None => {
                filled.push(id(english).clone());
                out.push(english.marked());
            }
        }
    }
    out.extend(ours.iter().filter(|o| !source.iter().any(|s| id(s) == id(o))).cloned());
    out
}

fn english_goal(goal: &Goal) -> Goal {
    Goal {
        title: marked(&goal.title),
        actions: goal.actions.iter().map(Marked::marked).collect(),
        ..goal.clone()
    }
}

/// An entry shown in English in place of its translation.
trait Marked {
    fn marked(&self) -> Self;
}

impl Marked for Action {
    fn marked(&self) -> Self {
        Action { text: marked(&self.text), ..self.clone() }
    }
}

impl Marked for Institution {
    fn marked(&self) -> Self {
        Institution { name: marked(&self.name), ..self.clone() }
    }
}

impl Marked for Term {
    fn marked(&self) -> Self {
        Term { term: marked(&self.term), ..self.clone() }
    }
}

/// Every entry of `english` the translated pack lacks and every text it left identical to the
/// English one, where the translation should be (`files` are the translation's, as read).
pub fn compare_with_english(
    files: &PackFiles,
    content: &Content,
    english: &Content,
) -> Vec<Problem> {
    let mut report = Report { files, problems: Vec::new() };
    for (index, source) in english.areas.iter().enumerate() {
        let file = content.meta.areas.get(index).map(|f| format!("areas/{f}"));
        match (content.area(&source.id), file) {
            (Some(area), Some(file)) => report.area(&file, area, source),
            _ => report.at("pack.ron", None, "areas", missing("area", &source.id, &source.title)),
        }
    }
    report.entries("institutions.ron", &content.institutions, &english.institutions);
    report.entries("glossary.ron", &content.glossary, &english.glossary);
    report.problems
}

struct Report<'a> {
    files: &'a PackFiles,
    problems: Vec<Problem>,
}

impl Report<'_> {
    fn at(&mut self, file: &str, owner: Option<&str>, field: &str, message: String) {
        self.at_value(file, owner, field, None, message);
    }

    fn at_value(
        &mut self,
        file: &str,
        owner: Option<&str>,
        field: &str,
        value: Option<&str>,
        message: String,
    ) {
        let text = self.files.text(file).unwrap_or("");
        let at = Locator::new(text).find(owner.map(|id| (id, 0)), field, value);
        self.problems.push(Problem::new(
            self.files.display_path(file),
            at.line,
            at.column,
            message,
        ));
    }

    /// A text left as the English one, located at its value when it can be found.
    fn same(&mut self, file: &str, owner: &str, field: &str, ours: &str, english: &str) {
        if ours == english && needs_translation(english) {
            let quoted = (!english.contains(['"', '\\'])).then_some(english);
            let message = crate::fl!("translation-untranslated", field = field, owner = owner);
            self.at_value(file, Some(owner), field, quoted, message);
        }
    }

    fn area(&mut self, file: &str, area: &Area, source: &Area) {
        self.same(file, &area.id, "title", &area.title, &source.title);
        self.same(file, &area.id, "intro", &area.intro, &source.intro);
        let mut previous = area.id.as_str();
        for english in &source.goals {
            match area.goals.iter().find(|g| g.id == english.id) {
                Some(goal) => {
                    self.goal(file, goal, english);
                    previous = &english.id;
                }
                None => self.at(file, Some(previous), "id", after("goal", english, previous)),
            }
        }
    }

    fn goal(&mut self, file: &str, goal: &Goal, source: &Goal) {
        self.same(file, &goal.id, "title", &goal.title, &source.title);
        self.same(file, &goal.id, "result", &goal.result, &source.result);
        self.same(file, &goal.id, "guidance", &goal.guidance, &source.guidance);
        self.indicators(file, &goal.id, &goal.indicators, &source.indicators);
        let mut previous = goal.id.as_str();
        for english in &source.actions {
            match goal.actions.iter().find(|a| a.id == english.id) {
                Some(action) => {
                    self.same(file, &action.id, "text", &action.text, &english.text);
                    self.indicators(file, &action.id, &action.indicators, &english.indicators);
                    previous = &english.id;
                }
                None => self.at(file, Some(previous), "id", after("action", english, previous)),
            }
        }
    }

    fn indicators(
        &mut self,
        file: &str,
        owner: &str,
        ours: &[SuggestedIndicator],
        source: &[SuggestedIndicator],
    ) {
        for (own, english) in ours.iter().zip(source) {
            self.same(file, owner, "text", &own.text, &english.text);
            self.same(file, owner, "target", &own.target, &english.target);
            self.same(file, owner, "note", &own.note, &english.note);
        }
        if ours.len() < source.len() {
            let message = crate::fl!(
                "translation-indicator-count",
                owner = owner,
                ours = ours.len(),
                english = source.len()
            );
            self.at(file, Some(owner), "indicators", message);
        }
    }

    fn entries<T: Entry>(&mut self, file: &str, ours: &[T], source: &[T]) {
        let mut previous: Option<&str> = None;
        for english in source {
            match ours.iter().find(|o| o.id() == english.id()) {
                Some(own) => {
                    for ((field, text), (_, english_text)) in
                        own.texts().into_iter().zip(english.texts())
                    {
                        self.same(file, own.id(), field, text, english_text);
                    }
                    previous = Some(english.id());
                }
                None => {
                    let (what, title) = (T::KIND, english.texts()[0].1);
                    let message = match previous {
                        Some(p) => format!("{} after '{p}'", missing(what, english.id(), title)),
                        None => missing(what, english.id(), title),
                    };
                    self.at(file, previous, "id", message);
                }
            }
        }
    }
}

/// A catalogue entry compared field by field (ids, codes and references stay as they are).
trait Entry {
    const KIND: &'static str;
    fn id(&self) -> &str;
    fn texts(&self) -> Vec<(&'static str, &str)>;
}

impl Entry for Institution {
    const KIND: &'static str = "institution";
    fn id(&self) -> &str {
        &self.id
    }
    fn texts(&self) -> Vec<(&'static str, &str)> {
        vec![("name", &self.name)]
    }
}

impl Entry for Term {
    const KIND: &'static str = "term";
    fn id(&self) -> &str {
        &self.id
    }
    fn texts(&self) -> Vec<(&'static str, &str)> {
        vec![("term", &self.term), ("definition", &self.definition)]
    }
}

fn missing(what: &str, id: &str, english: &str) -> String {
    let english: String = english.chars().take(60).collect();
    crate::fl!("translation-missing", what = what, id = id, english = english, mark = FALLBACK_MARK)
}

fn after(what: &str, english: &impl Titled, previous: &str) -> String {
    let missing = missing(what, english.id(), english.title());
    crate::fl!("translation-expected-after", missing = missing, previous = previous)
}

trait Titled {
    fn id(&self) -> &str;
    fn title(&self) -> &str;
}

impl Titled for Goal {
    fn id(&self) -> &str {
        &self.id
    }
    fn title(&self) -> &str {
        &self.title
    }
}

impl Titled for Action {
    fn id(&self) -> &str {
        &self.id
    }
    fn title(&self) -> &str {
        &self.text
    }
}

/// Whether a text the translation kept identical should have been translated: it has at least
/// three words of four letters or more with a lower-case letter. Names such as "Europol",
/// acronyms ("UNODC", "GRETA") and citations ("Art. 12 CoE Convention") legitimately stay.
fn needs_translation(text: &str) -> bool {
    let words: BTreeSet<&str> = text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= 4 && w.chars().any(char::is_lowercase))
        .collect();
    words.len() >= 3
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_acronyms_and_citations_may_stay_as_in_english() {
        assert!(!needs_translation("Europol"));
        assert!(!needs_translation("UNODC"));
        assert!(!needs_translation("Art. 12 CoE Convention; GRETA"));
        assert!(needs_translation("International Organization for Migration"));
        assert!(needs_translation("Train border and migration officers on indicators."));
    }
}
