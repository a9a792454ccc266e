//! Every word napwiz shows or writes comes from Project Fluent files (`i18n/<lang>/napwiz.ftl`,
//! embedded in the binary, optionally overlaid from a translator's folder). Two loaders: the
//! interface language (screens, messages) and, while a document is built, the document language
//! (the plan's: see `in_language`), so an English-speaking consultant can facilitate a French plan.

mod names;
mod number;
mod pseudo;
mod sources;

use std::cell::Cell;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{LazyLock, Mutex};

use anyhow::{Result, bail};
use i18n_embed::LanguageLoader;
use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed::unic_langid::LanguageIdentifier;

pub use names::{DOMAIN, ENGLISH, PSEUDO};
pub use number::{date, grouped, grouped_amount};
pub use pseudo::transform as pseudo_transform;
pub use sources::{FtlProblem, check_ftl};

/// Made on first use in the language `use_interface` chose by then (English if none), so
/// start-up parses one strings file, not English first and then the chosen one.
static INTERFACE: LazyLock<FluentLanguageLoader> = LazyLock::new(|| {
    INTERFACE_MADE.store(true, Ordering::Relaxed);
    let tag = INTERFACE_TAG.lock().unwrap_or_else(|e| e.into_inner()).clone();
    if has_locales_dir() {
        // Reading a translator's folder reports problems through this very loader: English
        // first, the folder's language after (`use_interface`).
        let loader = FluentLanguageLoader::new(DOMAIN, english());
        let _ = load(&loader, &english(), &sources::Sources::embedded());
        return loader;
    }
    new_loader(if tag.is_empty() { ENGLISH } else { &tag })
});
static INTERFACE_MADE: AtomicBool = AtomicBool::new(false);
static INTERFACE_PSEUDO: AtomicBool = AtomicBool::new(false);
/// The interface language as chosen (its numbers' form), even while its strings fall back.
static INTERFACE_TAG: Mutex<String> = Mutex::new(String::new());
/// One loader per document language, made on first use and kept for the process.
type DocumentLoader = (&'static FluentLanguageLoader, &'static str);
static DOCUMENT_LOADERS: LazyLock<Mutex<HashMap<String, DocumentLoader>>> =
    LazyLock::new(Mutex::default);
/// A translator's folder (`--locales` / `NAPWIZ_LOCALES_DIR`) read over the embedded files.
static LOCALES_DIR: Mutex<Option<PathBuf>> = Mutex::new(None);
/// The interface language chosen, even one whose strings have not landed yet (shown in English
/// message by message): a new plan takes it when napwiz has a checklist in it.
static CHOSEN: Mutex<Option<String>> = Mutex::new(None);

thread_local! {
    /// While a document is built on this thread: its language's loader and tag (see
    /// `in_language`).
    static DOCUMENT: Cell<Option<(&'static FluentLanguageLoader, &'static str)>> =
        const { Cell::new(None) };
}

/// The loader `fl!` reads: the document's language while one is built on this thread (so the
/// plan's labels follow it too), else the interface's.
pub fn current() -> &'static FluentLanguageLoader {
    DOCUMENT.with(Cell::get).map_or(&*INTERFACE, |(loader, _)| loader)
}

/// The interface strings' loader.
pub fn interface() -> &'static FluentLanguageLoader {
    &INTERFACE
}

/// A message as shown: in the pseudo-locale each whole message is bracketed, so a label cut
/// short on screen loses its closing bracket.
pub fn finish(text: String) -> String {
    let pseudo = DOCUMENT
        .with(Cell::get)
        .map_or(INTERFACE_PSEUDO.load(Ordering::Relaxed), |(_, language)| language == PSEUDO);
    if pseudo { format!("[{text}]") } else { text }
}

/// A message in the current language (see `current`): `fl!("message-id")` or
/// `fl!("message-id", name = value, ...)`; ids and argument names are checked against
/// `i18n/en/napwiz.ftl` when compiling. Wrap an argument that is an operation in parentheses.
#[macro_export]
macro_rules! fl {
    ($id:literal) => {
        $crate::i18n::finish(i18n_embed_fl::fl!($crate::i18n::current(), $id))
    };
    ($id:literal, $($args:tt)*) => {
        $crate::i18n::finish(i18n_embed_fl::fl!($crate::i18n::current(), $id, $($args)*))
    };
}

/// Runs `build` with every `fl!` on this thread in `language` (a plan's, for its documents);
/// an unknown or empty language writes English.
pub fn in_language<T>(language: &str, build: impl FnOnce() -> T) -> T {
    let language = if language.trim().is_empty() { ENGLISH } else { language.trim() };
    let (loader, tag) = document_loader(language);
    let before = DOCUMENT.with(|d| d.replace(Some((loader, tag))));
    let result = build();
    DOCUMENT.with(|d| d.set(before));
    result
}

/// "Label:" before a value, as the language `fl!` writes in puts it (French: a narrow no-break
/// space before the colon).
pub fn label(text: &str) -> String {
    crate::fl!("export-label", label = text)
}

/// The language `fl!` writes in on this thread now.
pub fn current_language() -> String {
    current().current_language().to_string()
}

/// A whole number grouped in the form of the language `fl!` writes in (the document's while
/// one is built, else the interface's): 1,234,567 or 1 234 567.
pub fn number(n: u64) -> String {
    grouped(n, &numbers_language())
}

/// An amount of money in the same form, after its currency code: "EUR 1 234 567".
pub fn amount(n: u64, currency: &str) -> String {
    grouped_amount(n, currency, &numbers_language())
}

/// A percentage (65.9 for 65.9 %) in the same form: "65.9%", "65,9 %".
pub fn percent(value: f64, decimals: usize) -> String {
    number::percent(value, decimals, &numbers_language())
}

/// A number with decimals in the same form: 2.5 or 2,5.
pub fn decimal(value: f64, decimals: usize) -> String {
    number::decimal(value, decimals, &numbers_language())
}

/// The language whose number form applies: as requested, even where its strings fall back to
/// English (a French plan without French strings still writes 1 234 567).
pub fn numbers_language() -> String {
    match DOCUMENT.with(Cell::get) {
        Some((_, tag)) => tag.to_string(),
        None => INTERFACE_TAG.lock().unwrap_or_else(|e| e.into_inner()).clone(),
    }
}

/// The loader of `language` and its tag, both kept for the process (one per language); the
/// interface's own when it is in that language.
fn document_loader(language: &str) -> DocumentLoader {
    let mut loaders = DOCUMENT_LOADERS.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(found) = loaders.get(language) {
        return *found;
    }
    let loader: &'static FluentLanguageLoader = Box::leak(Box::new(new_loader(language)));
    let found = (loader, &*Box::leak(language.to_string().into_boxed_str()));
    loaders.insert(language.to_string(), found);
    found
}

/// A loader with `language`'s strings. An embedded file has every message (tests/ftl_ids.rs),
/// so it is its own fallback and only it is parsed; a translator's folder or a language
/// without strings falls back to English.
fn new_loader(language: &str) -> FluentLanguageLoader {
    let (sources, _) = current_sources();
    let id = language.parse::<LanguageIdentifier>().unwrap_or_else(|_| english());
    let complete = id != PSEUDO && sources.has(&id.to_string()) && !has_locales_dir();
    let loader = FluentLanguageLoader::new(DOMAIN, if complete { id.clone() } else { english() });
    // The embedded English file is checked at compile time by `fl!`, so English cannot fail.
    let _ = load(&loader, &id, &sources);
    loader
}

fn has_locales_dir() -> bool {
    LOCALES_DIR.lock().unwrap_or_else(|e| e.into_inner()).is_some()
}

fn english() -> LanguageIdentifier {
    ENGLISH.parse().expect("'en' is a language identifier")
}

/// Reads a translator's folder of `LANG/napwiz.ftl` files over the embedded ones from now on.
pub fn set_locales_dir(dir: Option<&Path>) {
    *LOCALES_DIR.lock().unwrap_or_else(|e| e.into_inner()) = dir.map(Path::to_path_buf);
}

fn current_sources() -> (sources::Sources, Vec<String>) {
    let dir = LOCALES_DIR.lock().unwrap_or_else(|e| e.into_inner()).clone();
    match dir {
        Some(dir) => sources::Sources::with_folder(&dir),
        None => (sources::Sources::embedded(), Vec::new()),
    }
}

/// Switches the interface to `language` (a tag from `choose`). Returns notices for the user:
/// broken files in the translator's folder, with file:line:column, whose strings were skipped.
pub fn use_interface(language: &str) -> Vec<String> {
    *CHOSEN.lock().unwrap_or_else(|e| e.into_inner()) = Some(language.to_string());
    *INTERFACE_TAG.lock().unwrap_or_else(|e| e.into_inner()) = language.to_string();
    if !INTERFACE_MADE.load(Ordering::Relaxed) && !has_locales_dir() {
        // Nothing was shown yet: the loader is made in this language on first use.
        INTERFACE_PSEUDO.store(language == PSEUDO, Ordering::Relaxed);
        return Vec::new();
    }
    switch(&INTERFACE, &INTERFACE_PSEUDO, language)
}

fn switch(loader: &FluentLanguageLoader, pseudo: &AtomicBool, language: &str) -> Vec<String> {
    let (sources, notices) = current_sources();
    let id = language.parse::<LanguageIdentifier>().unwrap_or_else(|_| english());
    let _ = load(loader, &id, &sources);
    pseudo.store(language == PSEUDO, Ordering::Relaxed);
    notices
}

fn load(
    loader: &FluentLanguageLoader,
    language: &LanguageIdentifier,
    sources: &sources::Sources,
) -> Result<(), i18n_embed::I18nEmbedError> {
    let pseudo = *language == PSEUDO;
    // i18n-embed panics on a language without a file: one without strings yet is all English.
    let language =
        if pseudo || sources.has(&language.to_string()) { language.clone() } else { english() };
    loader.load_languages(sources, &[language])?;
    // Fluent wraps arguments in Unicode isolation marks by default; a terminal prints them.
    loader.set_use_isolating(false);
    if pseudo {
        loader.with_bundles_mut(|bundle| bundle.set_transform(Some(pseudo::transform)));
    }
    Ok(())
}

/// The interface's language tag.
pub fn interface_language() -> String {
    INTERFACE.current_language().to_string()
}

/// The interface language as chosen (`--lang`, config, locale), whether or not it has strings
/// of its own yet.
pub fn chosen_language() -> String {
    CHOSEN.lock().unwrap_or_else(|e| e.into_inner()).clone().unwrap_or_else(interface_language)
}

/// Languages with interface strings (embedded, or in the translator's folder), `en` first.
pub fn interface_languages() -> Vec<String> {
    current_sources().0.languages()
}

/// Where the language choice came from, highest priority first.
#[derive(Debug, Default, Clone)]
pub struct Requests {
    /// `--lang`: an unknown language is an error.
    pub flag: Option<String>,
    /// The config file's `language`.
    pub config: Option<String>,
    /// `LC_ALL`, `LC_MESSAGES`, `LANG`, as the environment has them.
    pub environment: Option<String>,
}

impl Requests {
    /// The flag and config given, and the locale from the environment.
    pub fn from_env(flag: Option<&str>, config: Option<&str>) -> Requests {
        Requests {
            flag: flag.map(str::to_string),
            config: config.map(str::to_string),
            environment: locale_from_env(|name| std::env::var(name).ok()),
        }
    }
}

/// The first of LC_ALL, LC_MESSAGES, LANG that is set (POSIX precedence).
pub fn locale_from_env(var: impl Fn(&str) -> Option<String>) -> Option<String> {
    ["LC_ALL", "LC_MESSAGES", "LANG"].iter().find_map(|name| var(name).filter(|v| !v.is_empty()))
}

/// The language to use: `--lang`, then the config file, then the locale, then English.
/// `available` lists the real languages (interface or content); the pseudo-locale is accepted
/// but never listed. An unknown `--lang` is an error naming the languages available.
pub fn choose(requests: &Requests, available: &[String]) -> Result<String> {
    if let Some(flag) = &requests.flag {
        return match matching(flag, available) {
            Some(language) => Ok(language),
            None => bail!(
                "{}",
                crate::fl!(
                    "lang-unknown",
                    language = crate::sanitize::clean_line(flag).into_owned(),
                    available = available.join(", ")
                )
            ),
        };
    }
    let from_config = requests.config.as_deref().and_then(|c| matching(c, available));
    let from_locale =
        requests.environment.as_deref().and_then(|l| matching(&posix_tag(l), available));
    Ok(from_config.or(from_locale).unwrap_or_else(|| ENGLISH.to_string()))
}

/// `fr_FR.UTF-8@euro` -> `fr-FR`; `C` and `POSIX` are English.
pub fn posix_tag(locale: &str) -> String {
    let base = locale.split(['.', '@']).next().unwrap_or(locale);
    match base {
        "C" | "POSIX" | "" => ENGLISH.to_string(),
        _ => base.replace('_', "-"),
    }
}

/// `requested` if available, else its language without region (`fr-CA` -> `fr`).
fn matching(requested: &str, available: &[String]) -> Option<String> {
    let requested = requested.trim();
    if requested.eq_ignore_ascii_case(PSEUDO) {
        return Some(PSEUDO.to_string());
    }
    let found = |tag: &str| available.iter().find(|a| a.eq_ignore_ascii_case(tag)).cloned();
    found(requested).or_else(|| found(requested.split('-').next().unwrap_or(requested)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn langs() -> Vec<String> {
        vec!["en".into(), "fr".into()]
    }

    #[test]
    fn the_flag_beats_config_and_locale() {
        let r = Requests {
            flag: Some("fr".into()),
            config: Some("en".into()),
            environment: Some("en_GB.UTF-8".into()),
        };
        assert_eq!(choose(&r, &langs()).unwrap(), "fr");
    }

    #[test]
    fn config_beats_locale_and_locale_beats_english() {
        let r =
            Requests { flag: None, config: Some("fr".into()), environment: Some("en_US".into()) };
        assert_eq!(choose(&r, &langs()).unwrap(), "fr");
        let r = Requests { flag: None, config: None, environment: Some("fr_CA.UTF-8@x".into()) };
        assert_eq!(choose(&r, &langs()).unwrap(), "fr");
        let r = Requests { flag: None, config: None, environment: Some("C".into()) };
        assert_eq!(choose(&r, &langs()).unwrap(), "en");
        let r =
            Requests { flag: None, config: Some("xx".into()), environment: Some("de_DE".into()) };
        assert_eq!(choose(&r, &langs()).unwrap(), "en");
    }

    #[test]
    fn an_unknown_flag_lists_the_languages() {
        let r = Requests { flag: Some("xx".into()), ..Requests::default() };
        let err = choose(&r, &langs()).unwrap_err().to_string();
        assert!(err.contains("xx") && err.contains("en, fr"), "{err}");
    }

    #[test]
    fn lc_all_beats_lc_messages_beats_lang() {
        let env = |name: &str| match name {
            "LC_MESSAGES" => Some("fr_FR".to_string()),
            "LANG" => Some("en_US".to_string()),
            _ => None,
        };
        assert_eq!(locale_from_env(env).as_deref(), Some("fr_FR"));
    }
}
