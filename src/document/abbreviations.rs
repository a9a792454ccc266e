//! The list of abbreviations: the institution codes and the acronyms the draft uses, found in
//! its text, spelled out from the roster and from the content pack's list in the plan's
//! language (`abbreviations.ron`). An acronym neither knows is listed for the drafting team to
//! spell out.

use std::collections::{BTreeMap, BTreeSet};

use super::ListItem;
use crate::content::acronyms;

/// The abbreviations used in `text`: each institution code (code, name) that occurs, and each
/// acronym, spelled out from `spelled_out` or marked for the drafting team; sorted
/// case-insensitively.
#[cfg(test)]
pub fn used(
    text: &str,
    institutions: &[(String, String)],
    spelled_out: &BTreeMap<String, String>,
) -> Vec<ListItem> {
    let words = acronyms(text).into_keys().map(str::to_string).collect();
    used_words(words, institutions, spelled_out)
}

/// The same for the acronyms already found in a text (read a piece at a time, see
/// [`add_acronyms`]).
pub fn used_words(
    mut words: BTreeSet<String>,
    institutions: &[(String, String)],
    spelled_out: &BTreeMap<String, String>,
) -> Vec<ListItem> {
    // The draft mark in the document's language (PROJET, ПРОЕКТ) is not an abbreviation.
    words.remove(crate::fl!("document-draft").as_str());
    let mut found: BTreeMap<String, ListItem> = BTreeMap::new();
    for (code, name) in institutions {
        if words.contains(code.as_str()) && code != name {
            found.insert(code.to_lowercase(), ListItem::labelled(code.clone(), name.clone()));
        }
    }
    for word in &words {
        let key = word.to_lowercase();
        if found.contains_key(&key) {
            continue;
        }
        let item = match spelled_out.get(word) {
            Some(meaning) => ListItem::labelled(word, crate::sanitize::clean_line(meaning)),
            None => ListItem {
                placeholder: true,
                // Bracketed like every gap of the draft ("[to be decided]").
                ..ListItem::labelled(word, format!("[{}]", crate::fl!("document-gap-spelled-out")))
            },
        };
        found.insert(key, item);
    }
    found.into_values().collect()
}

/// Adds the acronyms of `text` (one piece of the draft's) to `words`.
pub fn add_acronyms(words: &mut BTreeSet<String>, text: &str) {
    for word in acronyms(text).into_keys() {
        if !words.contains(word) {
            words.insert(word.to_string());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_acronyms_are_found_and_spelled_out() {
        let institutions = vec![("MoLSP".to_string(), "Ministry of Labour".to_string())];
        let known = BTreeMap::from([
            ("NGO".to_string(), "non-governmental organisation".to_string()),
            ("NRM".to_string(), "National Referral Mechanism".to_string()),
        ]);
        let items =
            used("The MoLSP and NGOs feed the NRM. XYZ and ABC. DRAFT", &institutions, &known);
        let labels: Vec<&str> = items.iter().filter_map(|i| i.label.as_deref()).collect();
        assert_eq!(labels, ["ABC", "MoLSP", "NGO", "NRM", "XYZ"]);
        assert_eq!(items[1].text, "Ministry of Labour");
        assert_eq!(items[3].text, "National Referral Mechanism");
        assert!(items[4].placeholder && items[4].text == "[to be spelled out]");
    }
}
