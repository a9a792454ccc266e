//! Every translation's `.ftl` has exactly the English file's message ids (a test lists the
//! differences), and every id the code looks up by name exists in English.

use std::collections::BTreeSet;
use std::path::Path;

use fluent_syntax::ast::Entry;

/// The message ids of an `.ftl` text.
fn ids(text: &str) -> BTreeSet<String> {
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            panic!("syntax errors {errors:?} (partial: {})", resource.body.len())
        }
    };
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

/// What `other` lacks and what it has beyond `english`, one line each.
fn differences(
    language: &str,
    english: &BTreeSet<String>,
    other: &BTreeSet<String>,
) -> Vec<String> {
    let missing = english.difference(other).map(|id| format!("{language}: missing '{id}'"));
    let extra = other.difference(english).map(|id| format!("{language}: not in English '{id}'"));
    missing.chain(extra).collect()
}

fn english() -> BTreeSet<String> {
    ids(&std::fs::read_to_string("i18n/en/napwiz.ftl").unwrap())
}

#[test]
fn every_translation_has_exactly_the_english_message_ids() {
    let english = english();
    assert!(english.len() > 200, "the English file has {} messages", english.len());
    let mut problems = Vec::new();
    for entry in std::fs::read_dir("i18n").unwrap().flatten() {
        let language = entry.file_name().to_string_lossy().into_owned();
        let file = entry.path().join("napwiz.ftl");
        if language == "en" || !Path::new(&file).exists() {
            continue;
        }
        let other = ids(&std::fs::read_to_string(&file).unwrap());
        problems.extend(differences(&language, &english, &other));
    }
    assert!(problems.is_empty(), "message ids differ from English:\n{}", problems.join("\n"));
}

#[test]
fn the_comparison_names_missing_and_extra_ids() {
    let english = ids("a = A\nb = B\n");
    let other = ids("a = A\nc = C\n");
    assert_eq!(differences("xx", &english, &other), ["xx: missing 'b'", "xx: not in English 'c'"]);
}

/// Key labels are looked up by the binding's id (`key-<id>`), which `fl!` cannot check.
#[test]
fn every_key_binding_has_a_label_message() {
    let english = english();
    use napwiz::tui::keymap::{Mode, bindings};
    let modes = [
        Mode::Start,
        Mode::Form,
        Mode::Roster,
        Mode::AreaList,
        Mode::AreaFields,
        Mode::Review,
        Mode::Generate,
        Mode::Help,
        Mode::Steps,
        Mode::Search,
        Mode::Picker,
        Mode::Editor,
        Mode::MultilineEditor,
        Mode::Guidance,
        Mode::Confirm,
        Mode::UnsavedQuit,
        Mode::Conflicts,
        Mode::LockQuestion,
    ];
    let missing: BTreeSet<String> = modes
        .into_iter()
        .flat_map(bindings)
        .map(|b| format!("key-{}", b.id.replace('_', "-")))
        .filter(|id| !english.contains(id))
        .collect();
    assert!(missing.is_empty(), "bindings without a label message: {missing:?}");
}

/// A message id given twice: Fluent keeps the first, so the second's text never shows (two
/// helpers adding the same id in parallel blocks would not notice otherwise).
#[test]
fn no_file_gives_a_message_id_twice() {
    let mut twice = Vec::new();
    for entry in std::fs::read_dir("i18n").unwrap().flatten() {
        let file = entry.path().join("napwiz.ftl");
        let Ok(text) = std::fs::read_to_string(&file) else { continue };
        let mut seen = BTreeSet::new();
        let resource = fluent_syntax::parser::parse(text.as_str()).unwrap_or_else(|(r, _)| r);
        for entry in &resource.body {
            if let Entry::Message(m) = entry
                && !seen.insert(m.id.name.to_string())
            {
                twice.push(format!("{}: '{}'", file.display(), m.id.name));
            }
        }
    }
    assert!(twice.is_empty(), "message ids given twice:\n{}", twice.join("\n"));
}
