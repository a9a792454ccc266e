//! Acronyms: how one is recognised in text, the pack's list spelling each out in its language
//! (`abbreviations.ron`), and the acronyms a pack uses without spelling them out.

use std::collections::{BTreeMap, BTreeSet};

use super::locate::Locator;
use super::{Content, PackFiles, Problem};

/// The pack file spelling out acronyms; optional in a folder pack (English fills it in).
pub const ABBREVIATIONS_FILE: &str = "abbreviations.ron";

/// Words that look like acronyms but are not abbreviations (the draft notice, list letters,
/// Roman numerals).
pub const NOT_ACRONYMS: &[&str] = &["DRAFT", "A", "B", "C", "D", "E", "I", "II", "III", "IV"];

/// Words of two or more letters, mostly capitals (NRM, MoLSP, CoE, МОТ), with how often they
/// occur. Document symbols such as ST/SGB/2003/13 are not read as acronyms.
pub fn acronyms(text: &str) -> BTreeMap<&str, usize> {
    let mut words = BTreeMap::new();
    for token in text.split_whitespace().filter(|t| !is_document_symbol(t)) {
        for word in token.split(|c: char| !c.is_alphanumeric()) {
            let word = singular(word);
            if looks_like_an_acronym(word) && !NOT_ACRONYMS.contains(&word) {
                *words.entry(word).or_insert(0) += 1;
            }
        }
    }
    words
}

/// "NGOs" is the plural of NGO.
fn singular(word: &str) -> &str {
    match word.strip_suffix('s') {
        Some(stem) if stem.chars().all(char::is_uppercase) => stem,
        _ => word,
    }
}

/// A slash-separated reference with a number in it (ST/SGB/2003/13, 2002/465/JHA).
fn is_document_symbol(token: &str) -> bool {
    token.contains('/') && token.chars().any(|c| c.is_ascii_digit())
}

pub fn looks_like_an_acronym(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    let capitals = word.chars().filter(|c| c.is_uppercase()).count();
    letters >= 2
        && word.chars().next().is_some_and(char::is_uppercase)
        && capitals >= 2
        && capitals * 2 >= letters
        && !word.chars().any(|c| c.is_ascii_digit())
}

/// Every acronym the pack's texts use that neither its abbreviations nor its institution codes
/// spell out, once per file, at its first use.
pub fn unexplained(files: &PackFiles, content: &Content) -> Vec<Problem> {
    let known: BTreeSet<&str> = content
        .abbreviations
        .keys()
        .map(String::as_str)
        .chain(content.institutions.iter().map(|i| i.code.as_str()))
        .collect();
    let names = content.meta.areas.iter().map(|f| format!("areas/{f}"));
    let own = ["pack.ron", "institutions.ron", "glossary.ron"].map(String::from);
    let names = own.into_iter().chain(names);
    let mut problems = vec![];
    for name in names {
        let Some(text) = files.text(&name) else { continue };
        let mut reported = BTreeSet::new();
        for (offset, acronym) in acronyms_in_strings(text) {
            if known.contains(acronym) || !reported.insert(acronym) {
                continue;
            }
            let at = Locator::new(text).position(offset);
            let msg = crate::fl!(
                "check-acronym-unexplained",
                acronym = acronym,
                file = ABBREVIATIONS_FILE
            );
            problems.push(Problem::new(files.display_path(&name), at.line, at.column, msg));
        }
    }
    problems
}

/// The acronyms inside the string values of a RON text (not in comments, ids or codes), each
/// with its byte offset.
fn acronyms_in_strings(text: &str) -> Vec<(usize, &str)> {
    let mut found = vec![];
    for (start, end) in string_values(text) {
        if is_after_field(&text[..start - 1], &["id", "code"]) {
            continue;
        }
        let value = &text[start..end];
        let mut at = 0;
        for token in value.split_whitespace() {
            let token_at = at + value[at..].find(token).unwrap_or(0);
            at = token_at + token.len();
            if is_document_symbol(token) {
                continue;
            }
            for (word_at, word) in words_of(token) {
                let word = singular(word);
                if looks_like_an_acronym(word) && !NOT_ACRONYMS.contains(&word) {
                    found.push((start + token_at + word_at, word));
                }
            }
        }
    }
    found
}

fn words_of(token: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut words = vec![];
    let mut start = None;
    for (i, c) in token.char_indices().chain(std::iter::once((token.len(), ' '))) {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                words.push((s, &token[s..i]));
                start = None;
            }
            _ => {}
        }
    }
    words.into_iter()
}

/// True when `before` ends with `field:` for one of `fields`.
fn is_after_field(before: &str, fields: &[&str]) -> bool {
    let Some(before) = before.trim_end().strip_suffix(':') else { return false };
    let before = before.trim_end();
    fields.iter().any(|f| {
        before.strip_suffix(f).is_some_and(|rest| {
            !rest.chars().next_back().is_some_and(|c| c.is_alphanumeric() || c == '_')
        })
    })
}

/// Byte ranges of the contents of every double-quoted string, skipping `//` comments.
fn string_values(text: &str) -> Vec<(usize, usize)> {
    let mut ranges = vec![];
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '/' if chars.peek().is_some_and(|&(_, n)| n == '/') => {
                for (_, n) in chars.by_ref() {
                    if n == '\n' {
                        break;
                    }
                }
            }
            '"' => {
                let start = i + 1;
                let mut end = text.len();
                while let Some((j, n)) = chars.next() {
                    match n {
                        '\\' => {
                            chars.next();
                        }
                        '"' => {
                            end = j;
                            break;
                        }
                        _ => {}
                    }
                }
                ranges.push((start, end));
            }
            _ => {}
        }
    }
    ranges
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_words_are_not_acronyms() {
        for word in ["The", "Plan", "A", "2027", "P1", "Ab"] {
            assert!(!looks_like_an_acronym(word), "{word}");
        }
        for word in ["NRM", "MoLSP", "CoE", "GRETA", "МОТ", "УВКБ"] {
            assert!(looks_like_an_acronym(word), "{word}");
        }
    }

    #[test]
    fn plurals_count_as_the_acronym_and_document_symbols_are_skipped() {
        let found = acronyms("NGOs and the NGO; ST/SGB/2003/13 and УНП ООН. DRAFT II");
        assert_eq!(found.into_iter().collect::<Vec<_>>(), [("NGO", 2), ("ООН", 1), ("УНП", 1)]);
    }

    #[test]
    fn strings_are_scanned_but_comments_ids_and_codes_are_not() {
        let text =
            "// NRM comment\nTerm(id: \"NGO\", code: \"MoJ\", term: \"The \\\"ILO\\\" and OIT\")";
        let found: Vec<&str> = acronyms_in_strings(text).into_iter().map(|(_, w)| w).collect();
        assert_eq!(found, ["ILO", "OIT"]);
        let (at, _) = acronyms_in_strings(text)[1];
        assert_eq!(&text[at..at + 3], "OIT");
    }
}
