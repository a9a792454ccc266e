//! The glossary annex: the content pack's terms that the draft actually uses.
//!
//! A term is used when its text appears in the draft, ignoring case, as whole words. A term
//! with a trailing parenthesis ("National Referral Mechanism (NRM)") also matches on the part
//! before it ("national referral mechanism"). Simple on purpose, so the result is predictable.

use super::{Block, ListItem, Section};
use crate::content::Term;

/// The terms of `glossary` that appear in `sections`, sorted alphabetically.
pub fn used_terms<'a>(glossary: &'a [Term], sections: &[Section]) -> Vec<&'a Term> {
    let text = plain_text(sections).to_lowercase();
    let mut used: Vec<&Term> = glossary
        .iter()
        .filter(|t| names(&t.term).iter().any(|n| contains_words(&text, n)))
        .collect();
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

    #[test]
    fn terms_match_whole_words_ignoring_case() {
        let glossary = [term("Baseline"), term("Review"), term("SMART")];
        let used = used_terms(&glossary, &[section("The BASELINE is reviewed; smartphones")]);
        let names: Vec<&str> = used.iter().map(|t| t.term.as_str()).collect();
        assert_eq!(names, ["Baseline"]);
    }

    #[test]
    fn a_term_matches_without_its_parenthesis_and_terms_are_sorted() {
        let glossary = [term("National Referral Mechanism (NRM)"), term("Compensation")];
        let used =
            used_terms(&glossary, &[section("compensation via the national referral mechanism")]);
        let names: Vec<&str> = used.iter().map(|t| t.term.as_str()).collect();
        assert_eq!(names, ["Compensation", "National Referral Mechanism (NRM)"]);
    }
}
