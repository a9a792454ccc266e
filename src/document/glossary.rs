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
/// alphabetically. The text is read a piece at a time (see [`plain_text_pieces`]).
pub fn used_terms<'a>(glossary: &'a [Term], sections: &[Section], language: &str) -> Vec<&'a Term> {
    let primary = language.split('-').next().unwrap_or(language);
    let inflecting = INFLECTING.contains(&primary);
    let names: Vec<Vec<String>> = glossary.iter().map(|t| names(&t.term)).collect();
    // A term of several words may start at the end of one piece and go on in the next.
    let longest = names.iter().flatten().map(|n| split_words(n).count()).max().unwrap_or(1);
    let mut carried: Vec<String> = vec![];
    let mut found = vec![false; glossary.len()];
    plain_text_pieces(sections, |piece| {
        let text = piece.to_lowercase();
        let words = inflecting.then(|| Words::of(std::mem::take(&mut carried), &text));
        let in_text = |name: &str| match &words {
            Some(words) => words.contains_inflected(name),
            None => contains_words(&text, name),
        };
        for (found, names) in found.iter_mut().zip(&names) {
            *found = *found || names.iter().any(|n| in_text(n));
        }
        if let Some(words) = words {
            carried = words.last(longest.saturating_sub(1));
        }
    });
    let mut used: Vec<&Term> =
        glossary.iter().zip(found).filter(|(_, found)| *found).map(|(t, _)| t).collect();
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
    /// The words of `text`, after those `carried` over from the text before it.
    fn of(carried: Vec<String>, text: &str) -> Words {
        let mut words = carried;
        words.extend(split_words(text).map(str::to_string));
        let mut by_start: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        for (i, word) in words.iter().enumerate() {
            by_start.entry(start(word)).or_default().push(i);
        }
        Words { words, by_start }
    }

    /// The last `n` words, to carry over to the next piece of text.
    fn last(mut self, n: usize) -> Vec<String> {
        self.words.split_off(self.words.len().saturating_sub(n))
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

/// How much of the draft's text is looked at at once.
const PIECE: usize = 1 << 20;

/// Every word of the sections (headings, paragraphs, lists and table cells), one text a line,
/// handed to `read` in pieces of about a megabyte cut between two lines: a big draft's text is
/// never whole in memory.
pub(super) fn plain_text_pieces(sections: &[Section], mut read: impl FnMut(&str)) {
    let mut out = String::new();
    for section in sections.iter().flat_map(Section::walk) {
        let mut push = |s: &str| {
            out.push_str(s);
            out.push('\n');
            if out.len() >= PIECE {
                read(&out);
                out.clear();
            }
        };
        push(&section.title);
        for block in &section.blocks {
            push_block(&mut push, block);
        }
    }
    if !out.is_empty() {
        read(&out);
    }
}

fn push_block(push: &mut impl FnMut(&str), block: &Block) {
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

    /// A section whose text is read in two pieces: `before` ends the first, `after` starts
    /// the second.
    fn two_pieces(before: &str, after: &str) -> Section {
        let filler = "word ".repeat(PIECE / 5 + 1);
        Section {
            blocks: vec![
                Block::Paragraph(format!("{filler}{before}")),
                Block::Paragraph(after.into()),
            ],
            ..section("")
        }
    }

    #[test]
    fn terms_are_found_beyond_the_first_piece_of_a_big_draft() {
        let glossary = [term("Victim"), term("Compensation")];
        let used = used_terms(&glossary, &[two_pieces("and", "compensation for the victim")], "en");
        let names: Vec<&str> = used.iter().map(|t| t.term.as_str()).collect();
        assert_eq!(names, ["Compensation", "Victim"]);
    }

    #[test]
    fn an_inflected_term_split_between_two_pieces_is_still_found() {
        let glossary = [term("Торговля людьми")];
        let used = used_terms(&glossary, &[two_pieces("против торговли", "людьми")], "ru");
        assert_eq!(used.len(), 1, "the words of the first piece carry over to the next");
    }
}
