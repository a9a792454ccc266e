//! The glossary annex: the content pack's terms that the draft actually uses.
//!
//! A term is used when its text appears in the draft, ignoring case, as whole words. A term
//! with a trailing parenthesis ("National Referral Mechanism (NRM)") also matches on the part
//! before it ("national referral mechanism"). In French, Spanish and Russian, which inflect,
//! each word of a term also matches its inflected forms (see [`same_stem`]): "торговля людьми"
//! is found in "торговли людьми". Simple on purpose, so the result is predictable.

use std::collections::BTreeMap;

use super::{Block, ListItem, Section};
use crate::content::Term;

/// Languages whose words are matched on their stem rather than literally.
const INFLECTING: &[&str] = &["fr", "es", "ru"];

/// The terms of `glossary` that appear in `sections` (written in `language`), sorted
/// alphabetically.
pub fn used_terms<'a>(glossary: &'a [Term], sections: &[Section], language: &str) -> Vec<&'a Term> {
    let text = plain_text(sections).to_lowercase();
    let primary = language.split('-').next().unwrap_or(language);
    let found: Box<dyn Fn(&str) -> bool> = if INFLECTING.contains(&primary) {
        let words = Words::of(&text);
        Box::new(move |name| words.contains_inflected(name))
    } else {
        Box::new(|name| contains_words(&text, name))
    };
    let mut used: Vec<&Term> =
        glossary.iter().filter(|t| names(&t.term).iter().any(|n| found(n))).collect();
    used.sort_by_key(|t| t.term.to_lowercase());
    used
}

/// A term as a list entry: the definition, then its references in brackets.
pub fn entry(term: &Term) -> ListItem {
    let mut text = term.definition.clone();
    if !term.references.is_empty() {
        text.push_str(&format!(" ({})", term.references.join("; ")));
    }
    ListItem::labelled(term.term.clone(), text)
}

/// The lower-case forms a term is recognised by.
fn names(term: &str) -> Vec<String> {
    let full = term.trim().to_lowercase();
    let mut names = vec![full.clone()];
    if let Some(open) = full.rfind(" (")
        && full.ends_with(')')
    {
        names.push(full[..open].trim().to_string());
    }
    names.retain(|n| !n.is_empty());
    names
}

/// Whether `needle` occurs in `haystack` with no letter or digit right before or after it.
fn contains_words(haystack: &str, needle: &str) -> bool {
    haystack.match_indices(needle).any(|(at, _)| {
        let before = haystack[..at].chars().next_back();
        let after = haystack[at + needle.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// The draft's words in order, indexed by their first three letters to find a term's first word
/// quickly.
struct Words {
    words: Vec<String>,
    by_start: BTreeMap<String, Vec<usize>>,
}

impl Words {
    fn of(text: &str) -> Words {
        let words: Vec<String> = split_words(text).map(str::to_string).collect();
        let mut by_start: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        for (i, word) in words.iter().enumerate() {
            by_start.entry(start(word)).or_default().push(i);
        }
        Words { words, by_start }
    }

    /// Whether the term's words follow each other somewhere in the text, each in any inflected
    /// form.
    fn contains_inflected(&self, name: &str) -> bool {
        let term: Vec<&str> = split_words(name).collect();
        let Some(first) = term.first() else { return false };
        let at = self.by_start.get(&start(first)).map(Vec::as_slice).unwrap_or_default();
        at.iter().any(|&i| {
            self.words
                .get(i..i + term.len())
                .is_some_and(|window| window.iter().zip(&term).all(|(word, t)| same_stem(word, t)))
        })
    }
}

fn split_words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty())
}

fn start(word: &str) -> String {
    word.chars().take(3).collect()
}

/// Whether `word` (from the text) is a form of `term_word`: the same word, or, for a term word
/// of five letters or more, one sharing all of it but an ending of up to three letters, itself
/// ending in at most three more ("victime"/"victimes", "торговля"/"торговли",
/// "механизм"/"механизмом"; not "traite"/"traitement").
fn same_stem(word: &str, term_word: &str) -> bool {
    if word == term_word {
        return true;
    }
    let term_len = term_word.chars().count();
    if term_len < 5 {
        return false;
    }
    let shared = word.chars().zip(term_word.chars()).take_while(|(a, b)| a == b).count();
    shared >= 5.max(term_len - 3) && word.chars().count() - shared <= 3
}

/// Every word of the sections: headings, paragraphs, lists and table cells.
pub(super) fn plain_text(sections: &[Section]) -> String {
    let mut out = String::new();
    for section in sections.iter().flat_map(Section::walk) {
        out.push_str(&section.title);
        out.push('\n');
        for block in &section.blocks {
            push_block(&mut out, block);
        }
    }
    out
}

fn push_block(out: &mut String, block: &Block) {
    let mut push = |s: &str| {
        out.push_str(s);
        out.push('\n');
    };
    match block {
        Block::Paragraph(text) | Block::Placeholder(text) => push(text),
        Block::List(items) => {
            for item in items {
                push(item.label.as_deref().unwrap_or(""));
                push(&item.text);
            }
        }
        Block::Table(table) => {
            push(&table.caption);
            table.columns.iter().for_each(|c| push(&c.title));
            table.rows.iter().flatten().for_each(|c| push(&c.text));
        }
        Block::Chart(chart) => {
            push(&chart.title);
            chart.bars.iter().for_each(|b| push(&b.label));
        }
        Block::Timeline(timeline) => {
            push(&timeline.title);
            timeline.rows.iter().for_each(|r| push(&r.text));
        }
        Block::Trajectories(t) => {
            push(&t.title);
            t.rows.iter().for_each(|r| push(&r.indicator));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn term(text: &str) -> Term {
        Term { id: text.into(), term: text.into(), definition: "d".into(), references: vec![] }
    }

    fn section(text: &str) -> Section {
        Section {
            number: "1".into(),
            title: "T".into(),
            blocks: vec![Block::Paragraph(text.into())],
            sections: vec![],
        }
    }

    fn used<'a>(glossary: &'a [Term], text: &str, language: &str) -> Vec<&'a str> {
        used_terms(glossary, &[section(text)], language).iter().map(|t| t.term.as_str()).collect()
    }

    #[test]
    fn russian_terms_are_found_in_their_inflected_forms() {
        let glossary = [
            term("Торговля людьми"),
            term("Национальный механизм перенаправления (НМП)"),
            term("Жертва"),
            term("Компенсация"),
        ];
        let text = "План против торговли людьми укрепляет национальным механизмом \
перенаправления помощь жертвам.";
        assert_eq!(
            used(&glossary, text, "ru"),
            ["Жертва", "Национальный механизм перенаправления (НМП)", "Торговля людьми"]
        );
        assert!(used(&glossary, text, "en").is_empty(), "English matches literally");
    }

    #[test]
    fn french_terms_match_plurals_but_not_other_words_sharing_a_start() {
        let glossary = [term("Victime"), term("Traite"), term("Mécanisme national d'orientation")];
        let text = "Les victimes sont orientées par les mécanismes nationaux d'orientation; \
le traitement des dossiers.";
        assert_eq!(used(&glossary, text, "fr"), ["Mécanisme national d'orientation", "Victime"]);
        assert_eq!(used(&glossary, "la traite des êtres humains", "fr"), ["Traite"]);
    }

    #[test]
    fn terms_match_whole_words_ignoring_case() {
        let glossary = [term("Baseline"), term("Review"), term("SMART")];
        let used = used_terms(&glossary, &[section("The BASELINE is reviewed; smartphones")], "en");
        let names: Vec<&str> = used.iter().map(|t| t.term.as_str()).collect();
        assert_eq!(names, ["Baseline"]);
    }

    #[test]
    fn a_term_matches_without_its_parenthesis_and_terms_are_sorted() {
        let glossary = [term("National Referral Mechanism (NRM)"), term("Compensation")];
        let used = used_terms(
            &glossary,
            &[section("compensation via the national referral mechanism")],
            "en",
        );
        let names: Vec<&str> = used.iter().map(|t| t.term.as_str()).collect();
        assert_eq!(names, ["Compensation", "National Referral Mechanism (NRM)"]);
    }
}
