//! Where the `.ftl` text comes from: the files embedded at build time, overlaid by a
//! translator's folder. A broken file in that folder is reported (file:line:column) and left
//! out, so the embedded strings are used instead.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::path::Path;

use i18n_embed::I18nAssets;
use rust_embed::RustEmbed;

use super::names::{DOMAIN, ENGLISH, PSEUDO};

#[derive(RustEmbed)]
#[folder = "i18n/"]
struct Embedded;

/// The `.ftl` sources by path (`fr/napwiz.ftl`), overlay first where both exist.
pub(super) struct Sources {
    files: BTreeMap<String, Vec<Cow<'static, [u8]>>>,
}

impl Sources {
    pub(super) fn embedded() -> Sources {
        let mut files: BTreeMap<String, Vec<Cow<'static, [u8]>>> = BTreeMap::new();
        for path in Embedded::iter() {
            if let Some(file) = Embedded::get(&path) {
                files.entry(path.into_owned()).or_default().push(file.data);
            }
        }
        Sources { files }
    }

    /// The embedded files with `dir/LANG/napwiz.ftl` read over them; notices for what failed.
    pub(super) fn with_folder(dir: &Path) -> (Sources, Vec<String>) {
        let mut sources = Sources::embedded();
        let mut notices = Vec::new();
        let Ok(entries) = std::fs::read_dir(dir) else {
            notices.push(crate::fl!("locales-dir-unreadable", dir = shown(dir)));
            return (sources, notices);
        };
        let mut languages: Vec<_> = entries.flatten().map(|e| e.path()).collect();
        languages.sort();
        for language in languages.iter().filter(|p| p.is_dir()) {
            let file = language.join(format!("{DOMAIN}.ftl"));
            let Some(name) = language.file_name().and_then(|n| n.to_str()) else { continue };
            let key = format!("{name}/{DOMAIN}.ftl");
            match read_checked(&file) {
                Ok(Some(text)) => {
                    sources.files.entry(key).or_default().insert(0, Cow::Owned(text.into_bytes()));
                }
                Ok(None) => {}
                // The language stays on offer, with the built-in strings (English where none).
                Err(problems) => {
                    sources.files.entry(key).or_default();
                    notices.extend(problems);
                }
            }
        }
        (sources, notices)
    }

    /// Whether `language` has strings of its own.
    pub(super) fn has(&self, language: &str) -> bool {
        self.files.get(&format!("{language}/{DOMAIN}.ftl")).is_some_and(|f| !f.is_empty())
    }

    /// The languages with a file, English first; never the pseudo-locale.
    pub(super) fn languages(&self) -> Vec<String> {
        let mut languages: Vec<String> = self
            .files
            .keys()
            .filter_map(|path| path.split('/').next().map(str::to_string))
            .filter(|l| l != ENGLISH && l != PSEUDO)
            .collect();
        languages.dedup();
        languages.insert(0, ENGLISH.to_string());
        languages
    }
}

/// A readable, well-formed file's text; `None` when there is no file; else what is wrong.
fn read_checked(file: &Path) -> Result<Option<String>, Vec<String>> {
    let text = match std::fs::read_to_string(file) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            return Err(vec![crate::fl!(
                "locales-file-unreadable",
                file = shown(file),
                error = e.to_string()
            )]);
        }
    };
    let problems = check_ftl(&text);
    if problems.is_empty() {
        return Ok(Some(text));
    }
    let mut notices: Vec<String> = problems
        .iter()
        .map(|p| {
            crate::fl!(
                "locales-file-broken",
                file = shown(file),
                line = p.line,
                column = p.column,
                problem = p.message.clone()
            )
        })
        .collect();
    notices.push(crate::fl!("locales-file-skipped", file = shown(file)));
    Err(notices)
}

fn shown(path: &Path) -> String {
    crate::sanitize::clean_line(&path.display().to_string()).into_owned()
}

/// A syntax error in an `.ftl` file, at a 1-based line and column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FtlProblem {
    pub line: usize,
    pub column: usize,
    pub message: String,
}

/// Every syntax error in `text`, with its position.
pub fn check_ftl(text: &str) -> Vec<FtlProblem> {
    let errors = match fluent_syntax::parser::parse(text) {
        Ok(_) => return Vec::new(),
        Err((_, errors)) => errors,
    };
    errors
        .iter()
        .map(|e| {
            let (line, column) = line_column(text, error_offset(text, e));
            FtlProblem { line, column, message: e.kind.to_string() }
        })
        .collect()
}

/// Where to point: an entry left open at the end of its line is reported there, not at the
/// start of the next line where the parser noticed it.
fn error_offset(text: &str, error: &fluent_syntax::parser::ParserError) -> usize {
    let at = error.pos.start.min(text.len());
    let entry_start = error.slice.as_ref().map_or(at, |s| s.start);
    if at > entry_start && text[..at].ends_with('\n') { at - 1 } else { at }
}

fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

impl I18nAssets for Sources {
    fn get_files(&self, file_path: &str) -> Vec<Cow<'_, [u8]>> {
        let path = if file_path.starts_with(&format!("{PSEUDO}/")) {
            format!("{ENGLISH}/{DOMAIN}.ftl")
        } else {
            file_path.to_string()
        };
        self.files
            .get(&path)
            .map(|f| f.iter().map(|c| Cow::Borrowed(c.as_ref())).collect())
            .unwrap_or_default()
    }

    fn filenames_iter(&self) -> Box<dyn Iterator<Item = String> + '_> {
        Box::new(self.files.keys().cloned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_syntax_error_has_its_line_and_column() {
        let problems = check_ftl("good = fine\nbad = { @ }\nlast = ok\n");
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!((problems[0].line, problems[0].column), (2, 9), "{problems:?}");
        let open = check_ftl("good = fine\nbad = { $x\nlast = ok\n");
        assert_eq!((open[0].line, open[0].column), (2, 11), "{open:?}");
    }

    #[test]
    fn the_embedded_english_file_parses() {
        let sources = Sources::embedded();
        let english = sources.get_files("en/napwiz.ftl");
        assert_eq!(english.len(), 1);
        assert!(check_ftl(std::str::from_utf8(&english[0]).unwrap()).is_empty());
    }
}
