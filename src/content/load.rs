//! Reading a pack's files, from the binary or from a folder, before they are parsed and checked.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Component, Path, PathBuf};

use super::check::{Problem, check_files};
use super::{Content, embedded_files};

/// Where a content pack comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PackSource {
    Embedded,
    Dir(PathBuf),
}

impl PackSource {
    pub fn from_option(dir: Option<&Path>) -> Self {
        dir.map_or(PackSource::Embedded, |d| PackSource::Dir(d.to_path_buf()))
    }
}

impl fmt::Display for PackSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PackSource::Embedded => f.write_str(&crate::fl!("pack-embedded")),
            PackSource::Dir(dir) => {
                f.write_str(&crate::fl!("pack-folder", folder = dir.display().to_string()))
            }
        }
    }
}

/// The most a pack file may hold: many times the embedded pack, short of filling the memory.
pub const PACK_FILE_LIMIT: u64 = 16 * 1024 * 1024;

/// The text of a pack's files, keyed by their path inside the pack (`pack.ron`, `areas/x.ron`).
/// A file that could not be read is recorded as a problem, not as text.
#[derive(Debug, Clone)]
pub struct PackFiles {
    root: String,
    texts: BTreeMap<String, String>,
    unreadable: Vec<Problem>,
    /// Files named in the pack that were not read (already reported as a problem).
    refused: Vec<String>,
}

impl PackFiles {
    /// The English pack compiled into the binary.
    pub fn embedded() -> Self {
        Self::embedded_in(crate::i18n::ENGLISH).expect("napwiz embeds an English pack")
    }

    /// The pack compiled into the binary in `language`, if there is one.
    pub fn embedded_in(language: &str) -> Option<Self> {
        let files = embedded_files(language)?;
        let texts = files.iter().map(|(name, text)| (name.to_string(), text.to_string()));
        Some(PackFiles {
            root: format!("embedded:content/{language}"),
            texts: texts.collect(),
            unreadable: vec![],
            refused: vec![],
        })
    }

    /// A pack held in memory (tests, benchmarks, generated packs); `root` names it in messages.
    pub fn from_texts(root: &str, texts: impl IntoIterator<Item = (String, String)>) -> Self {
        let texts = texts.into_iter().map(|(name, text)| (name, unify_line_ends(text))).collect();
        PackFiles { root: root.to_string(), texts, unreadable: vec![], refused: vec![] }
    }

    /// Reads `pack.ron` and every file it names from `dir`. Only regular files inside the
    /// folder are read (no `..`, absolute path or symlink leading out, no FIFO or device), each
    /// of at most [`PACK_FILE_LIMIT`] bytes, and nothing of a refused file is ever shown.
    pub fn read_dir(dir: &Path) -> Self {
        let mut files = PackFiles {
            root: dir.display().to_string(),
            texts: BTreeMap::new(),
            unreadable: vec![],
            refused: vec![],
        };
        files.read_one(dir, "pack.ron");
        let area_files = files.texts.get("pack.ron").map(|t| area_files_of(t)).unwrap_or_default();
        for name in
            ["institutions.ron", "glossary.ron"].into_iter().map(String::from).chain(area_files)
        {
            files.read_one(dir, &name);
        }
        // Optional: a pack without its own list has the English one filled in.
        if dir.join(super::ABBREVIATIONS_FILE).symlink_metadata().is_ok() {
            files.read_one(dir, super::ABBREVIATIONS_FILE);
        }
        files
    }

    fn read_one(&mut self, dir: &Path, name: &str) {
        if let Err(why) = confined(dir, name) {
            self.refuse(name, why);
            return;
        }
        let bytes = match crate::paths::read_regular(&dir.join(name), PACK_FILE_LIMIT) {
            Ok(bytes) => bytes,
            Err(err) => {
                let expected = match err.kind() {
                    std::io::ErrorKind::NotFound => crate::fl!("check-file-missing", name = name),
                    _ => crate::fl!("pack-file-unreadable", error = err.to_string(), name = name),
                };
                self.unreadable.push(Problem::new(self.display_path(name), 1, 1, expected));
                return;
            }
        };
        match String::from_utf8(bytes) {
            Ok(text) => {
                self.texts.insert(name.to_string(), unify_line_ends(text));
            }
            Err(err) => {
                let good = &err.as_bytes()[..err.utf8_error().valid_up_to()];
                let at = super::locate::Locator::new(std::str::from_utf8(good).unwrap_or(""))
                    .position(good.len());
                let msg = crate::fl!("pack-not-utf8", byte = (good.len() + 1).to_string());
                let path = self.display_path(name);
                self.unreadable.push(Problem::new(path, at.line, at.column, msg));
            }
        }
    }

    /// A file the pack names but napwiz will not read, reported where `pack.ron` names it.
    fn refuse(&mut self, name: &str, why: String) {
        self.refused.push(name.to_string());
        let Some(listed) = name.strip_prefix("areas/") else {
            let msg = crate::fl!("pack-file-refused", name = name, why = why.as_str());
            self.unreadable.push(Problem::new(self.display_path(name), 1, 1, msg));
            return;
        };
        let text = self.texts.get("pack.ron").map(String::as_str).unwrap_or("");
        let at = super::locate::Locator::new(text).find(None, "areas", Some(listed));
        let msg = crate::fl!("pack-area-refused", name = listed, why = why);
        self.unreadable.push(Problem::new(self.display_path("pack.ron"), at.line, at.column, msg));
    }

    /// The pack named this file but it was refused (already reported).
    pub fn is_refused(&self, name: &str) -> bool {
        self.refused.iter().any(|r| r == name)
    }

    pub fn text(&self, name: &str) -> Option<&str> {
        self.texts.get(name).map(String::as_str)
    }

    pub fn display_path(&self, name: &str) -> String {
        format!("{}/{}", self.root.trim_end_matches('/'), name)
    }

    pub fn unreadable(&self) -> &[Problem] {
        &self.unreadable
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.texts.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }
}

/// A pack saved on Windows has CR LF line ends, and maybe a byte order mark; neither is part of
/// the text.
fn unify_line_ends(text: String) -> String {
    let text = match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_string(),
        None => text,
    };
    if text.contains('\r') { text.replace("\r\n", "\n") } else { text }
}

/// Checks that `name` stays inside the pack folder `dir`, also after following symlinks.
fn confined(dir: &Path, name: &str) -> Result<(), String> {
    let relative = Path::new(name);
    let listed = Path::new(name.strip_prefix("areas/").unwrap_or(name));
    let escapes = listed.has_root()
        || relative.components().any(|c| !matches!(c, Component::Normal(_) | Component::CurDir));
    if escapes {
        return Err(crate::fl!("pack-outside"));
    }
    let (Ok(root), Ok(real)) = (dir.canonicalize(), dir.join(relative).canonicalize()) else {
        return Ok(()); // Missing: reported as missing when read.
    };
    if real.starts_with(&root) { Ok(()) } else { Err(crate::fl!("pack-link-outside")) }
}

/// Area file names listed in a `pack.ron`, read leniently so missing files can be reported even
/// when the metadata has other problems.
fn area_files_of(pack_ron: &str) -> Vec<String> {
    #[derive(serde::Deserialize)]
    #[serde(rename = "PackMeta")]
    struct AreasOnly {
        #[serde(default)]
        areas: Vec<String>,
    }
    ron::from_str::<AreasOnly>(pack_ron)
        .map(|a| a.areas.iter().map(|f| format!("areas/{f}")).collect())
        .unwrap_or_default()
}

/// Every problem found in a pack; napwiz never starts on a half-loaded pack.
#[derive(Debug)]
pub struct PackError {
    pub source: PackSource,
    pub problems: Vec<Problem>,
}

impl fmt::Display for PackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (source, count) = (self.source.to_string(), self.problems.len());
        writeln!(f, "{}", crate::fl!("pack-invalid", source = source, count = count))?;
        for problem in &self.problems {
            writeln!(f, "  {problem}")?;
        }
        f.write_str(&crate::fl!("pack-invalid-hint"))
    }
}

impl std::error::Error for PackError {}

/// Reads, parses and validates a pack (the embedded English one for `Embedded`).
pub fn load(source: &PackSource) -> Result<Content, PackError> {
    let files = match source {
        PackSource::Embedded => PackFiles::embedded(),
        PackSource::Dir(dir) => PackFiles::read_dir(dir),
    };
    check_files(&files).map_err(|problems| PackError { source: source.clone(), problems })
}

/// The pack for a plan in `language`: a folder given with `--content` whatever its language,
/// else the embedded pack in that language (English when napwiz has none). A folder's
/// translation has its missing entries filled in from the English pack, marked.
pub fn load_for(source: &PackSource, language: &str) -> Result<Content, PackError> {
    let files = match source {
        PackSource::Embedded => {
            PackFiles::embedded_in(language.trim()).unwrap_or_else(PackFiles::embedded)
        }
        PackSource::Dir(dir) => PackFiles::read_dir(dir),
    };
    let content =
        check_files(&files).map_err(|problems| PackError { source: source.clone(), problems })?;
    // The embedded translations are complete (a test compares each with English), so only a
    // folder's translation pays for reading the English pack.
    if content.meta.language == crate::i18n::ENGLISH || *source == PackSource::Embedded {
        return Ok(content);
    }
    Ok(super::fill_from_english(content, &super::Content::embedded()))
}
