//! Where napwiz keeps things: plans, backups and config, from the platform's conventions
//! (`directories`), overridable with NAPWIZ_DATA_DIR for tests and portable installs.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

/// The data directory: `$NAPWIZ_DATA_DIR`, else the platform's (`~/.local/share/napwiz`), else
/// `.napwiz` in the current directory when there is no home (some service accounts).
pub fn data_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("NAPWIZ_DATA_DIR").filter(|d| !d.is_empty()) {
        return PathBuf::from(dir);
    }
    directories::ProjectDirs::from("org", "napwiz", "napwiz")
        .map(|d| d.data_dir().to_path_buf())
        .unwrap_or_else(|| PathBuf::from(".napwiz"))
}

/// Default folder for plans.
pub fn plans_dir() -> PathBuf {
    data_dir().join("plans")
}

/// Folder for the rolling backups of all plans.
pub fn backups_dir() -> PathBuf {
    data_dir().join("backups")
}

/// Creates a folder and its parents, with an error that names it.
pub fn ensure_dir(dir: &Path) -> Result<()> {
    std::fs::create_dir_all(dir)
        .with_context(|| format!("could not create folder '{}'", dir.display()))
}

/// A file-name-safe slug of a title: lowercase ASCII letters, digits and dashes.
pub fn slug(title: &str) -> String {
    let mut slug = String::new();
    for c in title.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-').chars().take(60).collect::<String>();
    if slug.is_empty() { "plan".into() } else { slug }
}

/// The absolute form of a path whose file may not exist yet (its folder is resolved).
pub fn absolute(path: &Path) -> PathBuf {
    let parent = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = path.file_name().map(PathBuf::from).unwrap_or_default();
    match parent.canonicalize() {
        Ok(dir) => dir.join(name),
        Err(_) => std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_file_name_safe() {
        assert_eq!(slug("NAP 2027–2030: Veldora!"), "nap-2027-2030-veldora");
        assert_eq!(slug("Ελλάδα"), "plan");
    }
}
