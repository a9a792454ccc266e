//! The packs compiled into the binary (English and its translations), so one file is all a
//! server needs.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

use crate::atomic_file::write_atomic;

/// Every file of one `content/<lang>/` folder, by its path inside the pack.
macro_rules! pack_files {
    ($lang:literal) => {
        &[
            ("pack.ron", include_str!(concat!("../../content/", $lang, "/pack.ron"))),
            (
                "institutions.ron",
                include_str!(concat!("../../content/", $lang, "/institutions.ron")),
            ),
            ("glossary.ron", include_str!(concat!("../../content/", $lang, "/glossary.ron"))),
            (
                "abbreviations.ron",
                include_str!(concat!("../../content/", $lang, "/abbreviations.ron")),
            ),
            (
                "areas/1-prevention.ron",
                include_str!(concat!("../../content/", $lang, "/areas/1-prevention.ron")),
            ),
            (
                "areas/2-protection.ron",
                include_str!(concat!("../../content/", $lang, "/areas/2-protection.ron")),
            ),
            (
                "areas/3-prosecution.ron",
                include_str!(concat!("../../content/", $lang, "/areas/3-prosecution.ron")),
            ),
            (
                "areas/4-framework.ron",
                include_str!(concat!("../../content/", $lang, "/areas/4-framework.ron")),
            ),
        ]
    };
}

/// Every file of `content/en/`, by its path inside the pack. A test checks that this list and
/// each folder agree, so a new file cannot be forgotten here.
pub const EMBEDDED: &[(&str, &str)] = pack_files!("en");

/// Every pack built into napwiz, by language, English (the source of the translations) first.
pub const EMBEDDED_PACKS: &[(&str, &[(&str, &str)])] = &[
    ("en", EMBEDDED),
    ("fr", pack_files!("fr")),
    ("es", pack_files!("es")),
    ("ru", pack_files!("ru")),
];

/// The files of the embedded pack in `language`, if napwiz has one.
pub fn embedded_files(language: &str) -> Option<&'static [(&'static str, &'static str)]> {
    EMBEDDED_PACKS.iter().find(|(lang, _)| *lang == language).map(|(_, files)| *files)
}

/// The languages of the packs built into napwiz, English first.
pub fn languages() -> Vec<String> {
    EMBEDDED_PACKS.iter().map(|(lang, _)| lang.to_string()).collect()
}

/// Writes the embedded pack to `dir` for adaptation. Existing files are never overwritten
/// unless `force` is set. Returns the paths written.
pub fn export_embedded(dir: &Path, force: bool) -> Result<Vec<PathBuf>> {
    let targets: Vec<(PathBuf, &str)> =
        EMBEDDED.iter().map(|(name, text)| (dir.join(name), *text)).collect();
    if !force {
        let existing: Vec<String> = targets
            .iter()
            .filter(|(path, _)| path.exists())
            .map(|(path, _)| path.display().to_string())
            .collect();
        if !existing.is_empty() {
            bail!("{}", crate::fl!("pack-export-exists", files = existing.join(", ")));
        }
    }
    for (path, text) in &targets {
        let parent = path.parent().unwrap_or(dir);
        std::fs::create_dir_all(parent).with_context(|| {
            crate::fl!("pack-folder-failed", folder = parent.display().to_string())
        })?;
        write_atomic(path, text.as_bytes()).with_context(|| {
            crate::fl!("export-write-failed", path = path.display().to_string())
        })?;
    }
    Ok(targets.into_iter().map(|(path, _)| path).collect())
}
