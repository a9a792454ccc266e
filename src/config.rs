//! The user's settings (RON in the config folder): theme, ASCII glyphs, mouse, link, language,
//! keys.
//! A broken config never stops a workshop: napwiz says what is wrong, where, and uses defaults.

use std::collections::BTreeMap;
use std::path::PathBuf;

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};

use crate::content::parse_ron;
use crate::look::ThemeName;
use crate::store::write_atomic;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    pub theme: ThemeName,
    /// `None`: decide from TERM and the locale.
    pub ascii: Option<bool>,
    pub mouse: bool,
    /// `None`: a thin link over SSH (see `tui::link`); `Some(true)` always, `Some(false)` never.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub thin_link: Option<bool>,
    /// The interface language (`fr`); `None` follows the locale. `--lang` overrides it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// Key overrides: a binding's id (`next_step`, `include`, `priority_high`; an older config's
    /// English label still works) and the keys that should trigger it.
    pub keys: BTreeMap<String, Vec<String>>,
}

/// `$NAPWIZ_CONFIG`, else `config.ron` in the platform's config folder.
pub fn path() -> PathBuf {
    if let Some(path) = std::env::var_os("NAPWIZ_CONFIG").filter(|p| !p.is_empty()) {
        return PathBuf::from(path);
    }
    directories::ProjectDirs::from("org", "napwiz", "napwiz")
        .map(|d| d.config_dir().join("config.ron"))
        .unwrap_or_else(|| PathBuf::from(".napwiz-config.ron"))
}

/// The config, or the defaults and a message saying why the file could not be used.
pub fn load() -> (Config, Option<String>) {
    let path = path();
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return (Config::default(), None),
        Err(e) => {
            return (
                Config::default(),
                Some(crate::fl!(
                    "config-not-read",
                    path = path.display().to_string(),
                    error = e.to_string()
                )),
            );
        }
    };
    match parse_ron::<Config>(&path.display().to_string(), &text) {
        Ok(config) => (config, None),
        Err(problem) => {
            let problem = problem.to_string();
            (Config::default(), Some(crate::fl!("config-not-used", problem = problem)))
        }
    }
}

/// Writes the config (keeping the user's other settings as they are in `config`).
pub fn save(config: &Config) -> Result<()> {
    let path = path();
    if let Some(dir) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        crate::paths::ensure_dir(dir)?;
    }
    let pretty = ron::ser::PrettyConfig::new().new_line("\n".to_string()).struct_names(false);
    let mut text = ron::ser::to_string_pretty(config, pretty)
        .with_context(|| crate::fl!("config-unwritable"))?;
    text.push('\n');
    write_atomic(&path, text.as_bytes())
        .with_context(|| crate::fl!("config-not-saved", path = path.display().to_string()))
}

/// A commented default config, for `napwiz config --print-default`.
pub fn default_text(binding_ids: &[String]) -> String {
    let names = binding_ids.join(", ");
    format!(
        r#"// napwiz configuration. Save as {path}
// (or point NAPWIZ_CONFIG at another file). Every field may be left out.
(
    // default, high_contrast, light or monochrome. T switches the theme in the wizard and saves it here.
    theme: default,
    // Some(true): ASCII borders and glyphs only; Some(false): box drawing; None: decide from TERM
    // (linux, vt100, dumb) and the locale (not UTF-8 -> ASCII).
    ascii: None,
    // Mouse clicks select items and steps. Off by default: it takes over the terminal's own
    // copy and paste. M switches it in the wizard.
    mouse: false,
    // Some(true): a thin link, as over SSH: while keys move down a list, the item's description
    // and the keys line wait for a pause; Some(false): draw everything at once; None: thin when
    // napwiz runs in an SSH session. --link overrides it.
    thin_link: None,
    // Interface language, e.g. Some("fr"); None: follow LC_ALL, LC_MESSAGES or LANG. --lang overrides it.
    language: None,
    // Key overrides: a binding's id and its keys, e.g. {{"lead": ["l", "F5"], "next_step": ["Tab"]}}.
    // Key names: a character, Space, Enter, Esc, Tab, Shift+Tab, Up, Down, Left, Right, PgUp, PgDn,
    // Home, End, Del, F1-F12, Ctrl+<character>.
    // Ids (and what the help screen calls them): {names}.
    keys: {{}},
)
"#,
        path = path().display()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_printed_default_parses_to_the_default() {
        let text = default_text(&["include (include)".to_string(), "lead (lead)".to_string()]);
        let parsed: Config = parse_ron("default", &text).unwrap();
        assert_eq!(parsed, Config::default());
    }
}
