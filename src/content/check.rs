//! Parsing and validating a pack. Every problem is reported with its file, line and column, and
//! what was expected, so a country team adapting the pack can fix it without reading code.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use serde::de::DeserializeOwned;

use super::locate::Locator;
use super::{
    Area, Content, Direction, Goal, IndicatorKind, Institution, PACK_FORMAT, PACK_FORMAT_VERSION,
    PackFiles, PackMeta, SuggestedIndicator, Term,
};
use crate::sanitize::{clean_line, is_forbidden};

/// One thing wrong with a file, where it is, and what was expected instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl Problem {
    /// Messages quote values from the files; they are cleaned so a pack or plan cannot send
    /// escape sequences to the terminal through an error.
    pub fn new(file: String, line: usize, column: usize, message: impl Into<String>) -> Self {
        let file = clean_line(&file).into_owned();
        let message = clean_line(&message.into()).into_owned();
        Problem { file, line, column, message }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}: {}", self.file, self.line, self.column, self.message)
    }
}

/// How deeply brackets may nest in a plan or pack file: far beyond any real file, short of
/// exhausting the stack.
pub const NESTING_LIMIT: usize = 128;

/// Parses a RON text, turning a syntax or schema error into a located problem. A leading byte
/// order mark (some Windows editors write one) is not part of the text.
pub fn parse_ron<T: DeserializeOwned>(display_path: &str, text: &str) -> Result<T, Problem> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    ron::Options::default().with_recursion_limit(NESTING_LIMIT).from_str(text).map_err(|err| {
        let at = err.span.start;
        let message = match err.code {
            ron::Error::ExceededRecursionLimit => {
                crate::fl!("check-nested", limit = NESTING_LIMIT.to_string())
            }
            code => code.to_string(),
        };
        Problem::new(display_path.to_string(), at.line, at.col, message)
    })
}

/// Parses and validates every file of a pack. Either the whole pack is good, or every problem
/// found is returned.
pub fn check_files(files: &PackFiles) -> Result<Content, Vec<Problem>> {
    check_files_with(files, super::OWN_INDICATORS_REQUIRED)
}

/// [`check_files`], choosing whether an action without indicators of its own is an error.
pub fn check_files_with(
    files: &PackFiles,
    own_indicators_required: bool,
) -> Result<Content, Vec<Problem>> {
    let mut problems = files.unreadable().to_vec();
    let meta = parse_file::<PackMeta>(files, "pack.ron", &mut problems);
    let institutions = parse_file::<Vec<Institution>>(files, "institutions.ron", &mut problems);
    let glossary = parse_file::<Vec<Term>>(files, "glossary.ron", &mut problems);
    let abbreviations = parse_abbreviations(files, &mut problems);
    let areas: Vec<(String, Option<Area>)> = meta
        .iter()
        .flat_map(|m| m.areas.iter())
        .map(|f| {
            let name = format!("areas/{f}");
            let area = parse_file::<Area>(files, &name, &mut problems);
            (name, area)
        })
        .collect();
    let (Some(meta), Some(institutions), Some(glossary)) = (meta, institutions, glossary) else {
        return Err(problems);
    };
    if areas.iter().any(|(_, a)| a.is_none()) || !problems.is_empty() {
        return Err(problems);
    }
    let areas: Vec<(String, Area)> = areas.into_iter().map(|(f, a)| (f, a.unwrap())).collect();
    let mut checker = Checker { files, problems, seen: BTreeMap::new(), own_indicators_required };
    checker.meta(&meta);
    checker.institutions(&institutions);
    checker.glossary(&glossary);
    checker.areas(&areas, &institutions);
    if !areas.is_empty() {
        checker.aliases(&meta, &areas);
    }
    checker.abbreviations(&abbreviations);
    if checker.problems.is_empty() {
        let areas = areas.into_iter().map(|(_, a)| a).collect();
        let mut content = Content::new(meta, areas, institutions, glossary);
        content.abbreviations = abbreviations;
        Ok(content)
    } else {
        Err(checker.problems)
    }
}

/// The pack's acronyms spelled out; a pack without the file has none of its own.
fn parse_abbreviations(files: &PackFiles, problems: &mut Vec<Problem>) -> BTreeMap<String, String> {
    let name = super::ABBREVIATIONS_FILE;
    match files.text(name) {
        Some(_) => parse_file(files, name, problems).unwrap_or_default(),
        None => BTreeMap::new(),
    }
}

fn parse_file<T: DeserializeOwned>(
    files: &PackFiles,
    name: &str,
    problems: &mut Vec<Problem>,
) -> Option<T> {
    let Some(text) = files.text(name) else {
        let path = files.display_path(name);
        if !files.is_refused(name) && !problems.iter().any(|p| p.file == path) {
            let msg = crate::fl!("check-file-missing", name = name);
            problems.push(Problem::new(path, 1, 1, msg));
        }
        return None;
    };
    parse_ron(&files.display_path(name), text).map_err(|p| problems.push(p)).ok()
}

/// A text field to check: its name, value, and whether line breaks are allowed in it.
struct Field<'a> {
    name: &'static str,
    value: &'a str,
    multiline: bool,
}

fn line<'a>(name: &'static str, value: &'a str) -> Field<'a> {
    Field { name, value, multiline: false }
}

fn block<'a>(name: &'static str, value: &'a str) -> Field<'a> {
    Field { name, value, multiline: true }
}

/// The text fields of indicators: the text, and the target pattern and note where given.
fn indicator_fields(indicators: &[SuggestedIndicator]) -> Vec<Field<'_>> {
    let mut fields = vec![];
    for i in indicators {
        fields.push(line("indicators", &i.text));
        if !i.target.is_empty() {
            fields.push(line("target", &i.target));
        }
        if !i.note.is_empty() {
            fields.push(line("note", &i.note));
        }
    }
    fields
}

struct Checker<'a> {
    files: &'a PackFiles,
    problems: Vec<Problem>,
    /// How often each (file, id) has been seen, to point at the right copy of a duplicate.
    seen: BTreeMap<(String, String), usize>,
    own_indicators_required: bool,
}

impl Checker<'_> {
    fn report(
        &mut self,
        file: &str,
        owner: Option<(&str, usize)>,
        field: &str,
        value: Option<&str>,
        msg: String,
    ) {
        let text = self.files.text(file).unwrap_or("");
        let at = Locator::new(text).find(owner, field, value);
        self.problems.push(Problem::new(self.files.display_path(file), at.line, at.column, msg));
    }

    fn texts(&mut self, file: &str, owner: Option<&str>, fields: &[Field<'_>]) {
        let field_of = |name: &str| match owner {
            Some(owner) => crate::fl!("check-field-of", field = name, owner = owner),
            None => crate::fl!("check-field", field = name),
        };
        for field in fields {
            let owner = owner.map(|o| (o, 0));
            if field.value.trim().is_empty() {
                let msg = crate::fl!("check-empty", field = field_of(field.name));
                self.report(file, owner, field.name, None, msg);
            }
            let bad = field
                .value
                .chars()
                .find(|&c| is_forbidden(c) || c == '\t' || (!field.multiline && c == '\n'));
            if let Some(c) = bad {
                let msg = if field.multiline {
                    crate::fl!(
                        "check-control-multiline",
                        field = field_of(field.name),
                        code = format!("U+{:04X}", c as u32)
                    )
                } else {
                    crate::fl!(
                        "check-control-line",
                        field = field_of(field.name),
                        code = format!("U+{:04X}", c as u32)
                    )
                };
                self.report(file, owner, field.name, None, msg);
            }
        }
    }

    fn meta(&mut self, meta: &PackMeta) {
        let file = "pack.ron";
        if meta.format != PACK_FORMAT {
            let msg =
                crate::fl!("check-format", found = meta.format.as_str(), expected = PACK_FORMAT);
            self.report(file, None, "format", None, msg);
        }
        if meta.format_version != PACK_FORMAT_VERSION {
            let msg = crate::fl!(
                "check-format-version",
                found = meta.format_version.to_string(),
                expected = PACK_FORMAT_VERSION.to_string()
            );
            self.report(file, None, "format_version", None, msg);
        }
        self.texts(
            file,
            None,
            &[
                line("id", &meta.id),
                line("version", &meta.version),
                line("language", &meta.language),
                line("title", &meta.title),
                block("provenance", &meta.provenance),
            ],
        );
        if meta.areas.is_empty() {
            self.report(file, None, "areas", None, crate::fl!("check-no-areas"));
        }
    }

    /// Every alias must lead to a live goal or action, and no alias may hide a live id.
    fn aliases(&mut self, meta: &PackMeta, areas: &[(String, Area)]) {
        let live: BTreeSet<&str> = areas
            .iter()
            .flat_map(|(_, a)| &a.goals)
            .flat_map(|g| {
                std::iter::once(g.id.as_str()).chain(g.actions.iter().map(|x| x.id.as_str()))
            })
            .collect();
        for (old, new) in &meta.aliases {
            self.id_shape("pack.ron", "alias", old);
            if live.contains(old.as_str()) {
                let msg = crate::fl!("check-alias-live", old = old.as_str());
                self.report("pack.ron", None, "aliases", Some(old), msg);
            }
            if !live.contains(new.as_str()) {
                let msg = crate::fl!("check-alias-target", old = old.as_str(), new = new.as_str());
                self.report("pack.ron", None, "aliases", Some(new), msg);
            }
        }
    }

    fn unique(&mut self, file: &str, kind: &str, ids: &mut BTreeMap<String, String>, id: &str) {
        self.id_shape(file, kind, id);
        let seen = self.seen.entry((file.to_string(), id.to_string())).or_default();
        let nth = *seen;
        *seen += 1;
        if let Some(first) = ids.get(id) {
            let first_at = self.files.display_path(first);
            let msg = crate::fl!("check-duplicate-id", kind = kind, id = id, first = first_at);
            self.report(file, Some((id, nth)), "id", Some(id), msg);
        } else {
            ids.insert(id.to_string(), file.to_string());
        }
    }

    fn id_shape(&mut self, file: &str, kind: &str, id: &str) {
        let ok = !id.is_empty()
            && id.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'));
        if !ok {
            let msg = crate::fl!("check-bad-id", kind = kind, id = id);
            self.report(file, Some((id, 0)), "id", Some(id), msg);
        }
    }

    fn institutions(&mut self, institutions: &[Institution]) {
        let file = "institutions.ron";
        let mut ids = BTreeMap::new();
        let mut codes = BTreeMap::new();
        for inst in institutions {
            self.unique(file, "institution", &mut ids, &inst.id);
            self.texts(file, Some(&inst.id), &[line("name", &inst.name), line("code", &inst.code)]);
            if let Some(other) = codes.insert(inst.code.clone(), inst.id.clone()) {
                let msg = crate::fl!(
                    "check-duplicate-code",
                    code = inst.code.as_str(),
                    id = inst.id.as_str(),
                    other = other
                );
                self.report(file, Some((&inst.id, 0)), "code", None, msg);
            }
        }
    }

    fn abbreviations(&mut self, abbreviations: &BTreeMap<String, String>) {
        let file = super::ABBREVIATIONS_FILE;
        let bad = |t: &str| t.trim().is_empty() || t.chars().any(|c| is_forbidden(c) || c == '\n');
        for (acronym, meaning) in abbreviations {
            if bad(acronym) || bad(meaning) {
                let text = self.files.text(file).unwrap_or("");
                let offset = text.find(&format!("\"{acronym}\"")).unwrap_or(0);
                let at = Locator::new(text).position(offset);
                let msg = crate::fl!("check-abbreviation-bad", acronym = acronym.as_str());
                let path = self.files.display_path(file);
                self.problems.push(Problem::new(path, at.line, at.column, msg));
            }
        }
    }

    fn glossary(&mut self, terms: &[Term]) {
        let file = "glossary.ron";
        let mut ids = BTreeMap::new();
        for term in terms {
            self.unique(file, "term", &mut ids, &term.id);
            let mut fields = vec![line("term", &term.term), block("definition", &term.definition)];
            fields.extend(term.references.iter().map(|r| line("references", r)));
            self.texts(file, Some(&term.id), &fields);
        }
    }

    fn areas(&mut self, areas: &[(String, Area)], institutions: &[Institution]) {
        let known: BTreeSet<&str> = institutions.iter().map(|i| i.id.as_str()).collect();
        let mut ids = BTreeMap::new();
        for (file, area) in areas {
            self.unique(file, "area", &mut ids, &area.id);
            self.texts(
                file,
                Some(&area.id),
                &[line("title", &area.title), block("intro", &area.intro)],
            );
            if area.goals.is_empty() {
                let msg = crate::fl!("check-area-no-goals", id = area.id.as_str());
                self.report(file, Some((&area.id, 0)), "goals", None, msg);
            }
            for goal in &area.goals {
                self.goal(file, goal, &known, &mut ids);
            }
        }
    }

    fn goal(
        &mut self,
        file: &str,
        goal: &Goal,
        known: &BTreeSet<&str>,
        ids: &mut BTreeMap<String, String>,
    ) {
        self.unique(file, "goal", ids, &goal.id);
        let mut fields = vec![line("title", &goal.title), block("guidance", &goal.guidance)];
        if !goal.result.is_empty() {
            fields.push(line("result", &goal.result));
        }
        fields.extend(goal.standards.iter().map(|s| line("standards", s)));
        fields.extend(indicator_fields(&goal.indicators));
        self.texts(file, Some(&goal.id), &fields);
        self.directions(file, &goal.id, &goal.indicators);
        if goal.lead.is_empty() {
            let msg = crate::fl!("check-goal-no-lead", id = goal.id.as_str());
            self.report(file, Some((&goal.id, 0)), "lead", None, msg);
        }
        self.references(file, &goal.id, "lead", &goal.lead, known);
        self.references(file, &goal.id, "partners", &goal.partners, known);
        if goal.indicators.is_empty() {
            let msg = crate::fl!("check-goal-no-indicators", id = goal.id.as_str());
            self.report(file, Some((&goal.id, 0)), "indicators", None, msg);
        } else if !goal.indicators.iter().any(|i| i.kind == IndicatorKind::Outcome) {
            let msg = crate::fl!("check-goal-no-outcome", id = goal.id.as_str());
            self.report(file, Some((&goal.id, 0)), "indicators", None, msg);
        }
        if goal.actions.is_empty() {
            let msg = crate::fl!("check-goal-no-actions", id = goal.id.as_str());
            self.report(file, Some((&goal.id, 0)), "actions", None, msg);
        }
        for action in &goal.actions {
            self.unique(file, "action", ids, &action.id);
            if !action.id.starts_with(&format!("{}.", goal.id)) {
                let msg = crate::fl!(
                    "check-action-goal",
                    id = action.id.as_str(),
                    goal = goal.id.as_str()
                );
                self.report(file, Some((&action.id, 0)), "id", Some(&action.id), msg);
            }
            let mut fields = vec![line("text", &action.text)];
            fields.extend(indicator_fields(&action.indicators));
            self.texts(file, Some(&action.id), &fields);
            self.directions(file, &action.id, &action.indicators);
            if self.own_indicators_required && action.indicators.is_empty() {
                let msg = crate::fl!("check-action-no-indicator", id = action.id.as_str());
                self.report(file, Some((&action.id, 0)), "id", Some(&action.id), msg);
            }
            self.references(file, &action.id, "lead", &action.lead, known);
            self.references(file, &action.id, "partners", &action.partners, known);
        }
    }

    /// An indicator marked `Ambiguous` must say why, or readers cannot interpret its trend.
    fn directions(&mut self, file: &str, owner: &str, indicators: &[SuggestedIndicator]) {
        for i in indicators {
            if i.direction == Direction::Ambiguous && i.note.trim().is_empty() {
                let msg = crate::fl!(
                    "check-ambiguous-no-note",
                    indicator = i.text.as_str(),
                    owner = owner
                );
                self.report(file, Some((owner, 0)), "direction", None, msg);
            }
        }
    }

    fn references(
        &mut self,
        file: &str,
        owner: &str,
        field: &'static str,
        refs: &[String],
        known: &BTreeSet<&str>,
    ) {
        for id in refs.iter().filter(|id| !known.contains(id.as_str())) {
            let msg = crate::fl!(
                "check-unknown-institution",
                owner = owner,
                field = field,
                id = id.as_str()
            );
            self.report(file, Some((owner, 0)), field, Some(id), msg);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nesting_too_deep_is_reported_in_plain_words_at_its_position() {
        let text = format!("// deep\n(x: {}{})", "[".repeat(200), "]".repeat(200));
        let problem = parse_ron::<serde::de::IgnoredAny>("deep.ron", &text).unwrap_err();
        let shown = problem.to_string();
        assert!(shown.starts_with("deep.ron:2:"), "{shown}");
        assert!(shown.contains("nested too deeply (limit 128 levels of brackets)"), "{shown}");
        assert!(!shown.contains("serde_stacker") && !shown.contains("recursion_limit"), "{shown}");
    }

    #[test]
    fn a_byte_order_mark_is_not_part_of_the_text() {
        let parsed: Vec<u8> = parse_ron("bom.ron", "\u{feff}[1, 2]").unwrap();
        assert_eq!(parsed, vec![1, 2]);
        let problem = parse_ron::<Vec<u8>>("bom.ron", "\u{feff}[1, x]").unwrap_err();
        assert_eq!((problem.line, problem.column), (1, 5), "{problem}");
    }
}
