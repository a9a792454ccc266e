//! How complete and tidy a valid pack is, beyond what makes it loadable: indicator coverage,
//! catalogue institutions nobody suggests, and actions that read alike. `napwiz content check`
//! prints these as counts and warnings; the test suite holds the embedded pack to them.

use std::collections::BTreeSet;

use serde::Serialize;

use super::{Content, IndicatorKind};

/// Switch to `true` once every action of the embedded pack has indicators of its own: an action
/// without them then becomes a content-check error instead of a warning.
pub const OWN_INDICATORS_REQUIRED: bool = true;

/// Two actions whose texts share at least this share of word stems (of the shorter text) are
/// reported as near-duplicates.
pub const NEAR_DUPLICATE_THRESHOLD: f64 = 0.6;

/// Pairs of actions that score as alike but are deliberately kept apart, and why.
pub const NEAR_DUPLICATES_ALLOWED: &[(&str, &str, &str)] = &[
    ("P2.2", "E1.2", "campaigns showing every form vs. defining every form in law"),
    ("E3.3", "E9.2", "the coordinator's mandate vs. civil society's place in drafting"),
    ("P1.5", "E13.4", "research findings vs. monitoring findings, both feeding the NAP"),
    ("E3.4", "E13.2", "the coordinator reports to government vs. implementers report to it"),
    ("A4.2", "I5.3", "interpretation during assistance vs. at interviews and hearings"),
];

/// Words too common in the checklist to tell two actions apart.
const STOP_WORDS: &[&str] = &[
    "the", "and", "for", "with", "from", "into", "that", "this", "their", "them", "they", "its",
    "are", "was", "were", "who", "whom", "which", "what", "when", "where", "how", "all", "any",
    "each", "every", "other", "such", "not", "only", "also", "can", "may", "must", "should",
    "will", "would", "have", "has", "had", "been", "being", "one", "two", "three", "per", "via",
    "under", "over", "between", "among", "within", "without", "before", "after", "during", "about",
    "against", "across", "through", "upon", "out", "off", "own", "more", "most", "less", "least",
    "very", "too", "than", "then", "there", "here", "our", "your", "use", "using", "make", "made",
    "give", "set", "run", "take",
];

/// Two actions that read alike.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NearDuplicate {
    pub first: String,
    pub second: String,
    pub similarity: f64,
}

/// The measures `napwiz content check` reports for a valid pack.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quality {
    pub goals: usize,
    pub goals_with_outcome: usize,
    pub actions: usize,
    /// Actions that have no indicator of their own (their goal's are copied when included).
    pub actions_without_own_indicators: Vec<String>,
    /// Goals without an expected result: the draft then asks the drafting team to word one.
    pub goals_without_result: Vec<String>,
    /// Catalogue institutions that no goal or action suggests as lead or partner.
    pub unused_institutions: Vec<String>,
    /// Pairs above the threshold that are not on the allow-list.
    pub near_duplicates: Vec<NearDuplicate>,
    /// Whether the pairs were judged on the English source: the measure's stop words and stems
    /// are English, and a translation inherits its source's pairs.
    pub judged_on_english: bool,
}

impl Quality {
    pub fn of(content: &Content) -> Quality {
        let outcome =
            |g: &&super::Goal| g.indicators.iter().any(|i| i.kind == IndicatorKind::Outcome);
        Quality {
            goals: content.goals().count(),
            goals_with_outcome: content.goals().map(|(_, g)| g).filter(outcome).count(),
            actions: content.actions().count(),
            actions_without_own_indicators: content
                .actions()
                .filter(|(_, _, a)| a.indicators.is_empty())
                .map(|(_, _, a)| a.id.clone())
                .collect(),
            goals_without_result: content
                .goals()
                .filter(|(_, g)| g.result.trim().is_empty())
                .map(|(_, g)| g.id.clone())
                .collect(),
            unused_institutions: unused_institutions(content),
            near_duplicates: near_duplicates_of(content),
            judged_on_english: content.meta.language != crate::i18n::ENGLISH,
        }
    }

    /// One line of counts, then one line per warning.
    pub fn lines(&self) -> Vec<String> {
        let own = self.actions - self.actions_without_own_indicators.len();
        let mut lines = vec![crate::fl!(
            "quality-indicators",
            with_outcome = self.goals_with_outcome,
            goals = self.goals,
            own = own,
            actions = self.actions
        )];
        if !self.actions_without_own_indicators.is_empty() && !OWN_INDICATORS_REQUIRED {
            let count = self.actions_without_own_indicators.len();
            lines.push(crate::fl!("quality-no-own-indicators", count = count));
        }
        if !self.goals_without_result.is_empty() {
            lines.push(crate::fl!(
                "quality-no-result",
                count = self.goals_without_result.len(),
                goals = self.goals_without_result.join(", ")
            ));
        }
        lines.extend(
            self.unused_institutions
                .iter()
                .map(|id| crate::fl!("quality-unused-institution", id = id.as_str())),
        );
        if self.judged_on_english {
            lines.push(crate::fl!("quality-judged-on-english"));
        }
        lines.extend(self.near_duplicates.iter().map(|d| {
            crate::fl!(
                "quality-near-duplicates",
                first = d.first.as_str(),
                second = d.second.as_str(),
                similarity = format!("{:.2}", d.similarity)
            )
        }));
        lines
    }
}

fn unused_institutions(content: &Content) -> Vec<String> {
    let used: BTreeSet<&str> = content
        .goals()
        .flat_map(|(_, g)| {
            let actions = g.actions.iter().flat_map(|a| a.lead.iter().chain(&a.partners));
            g.lead.iter().chain(&g.partners).chain(actions)
        })
        .map(String::as_str)
        .collect();
    content
        .institutions
        .iter()
        .filter(|i| !used.contains(i.id.as_str()))
        .map(|i| i.id.clone())
        .collect()
}

/// A translation's pairs are its English source's (for the actions it has): the stop words and
/// stems below are English.
fn near_duplicates_of(content: &Content) -> Vec<NearDuplicate> {
    if content.meta.language == crate::i18n::ENGLISH {
        return near_duplicates(content);
    }
    let mut pairs = near_duplicates(&Content::embedded());
    pairs.retain(|d| content.has_item(&d.first) && content.has_item(&d.second));
    pairs
}

fn near_duplicates(content: &Content) -> Vec<NearDuplicate> {
    let actions: Vec<(&str, BTreeSet<String>)> =
        content.actions().map(|(_, _, a)| (a.id.as_str(), stems(&a.text))).collect();
    let mut pairs = vec![];
    for (i, (first, a)) in actions.iter().enumerate() {
        for (second, b) in &actions[i + 1..] {
            let similarity = overlap(a, b);
            if similarity >= NEAR_DUPLICATE_THRESHOLD && !allowed(first, second) {
                pairs.push(NearDuplicate {
                    first: first.to_string(),
                    second: second.to_string(),
                    similarity,
                });
            }
        }
    }
    pairs
}

fn allowed(a: &str, b: &str) -> bool {
    NEAR_DUPLICATES_ALLOWED.iter().any(|(x, y, _)| (*x == a && *y == b) || (*x == b && *y == a))
}

/// How alike two action texts are, 0.0 to 1.0: the share of the shorter text's word stems that
/// the other text also has.
pub fn similarity(a: &str, b: &str) -> f64 {
    overlap(&stems(a), &stems(b))
}

fn overlap(a: &BTreeSet<String>, b: &BTreeSet<String>) -> f64 {
    let shorter = a.len().min(b.len());
    if shorter == 0 {
        return 0.0;
    }
    a.intersection(b).count() as f64 / shorter as f64
}

/// Lower-case word stems: the first five letters of each word of three letters or more, so
/// "confiscated" and "confiscation" meet, without the checklist's most common words.
fn stems(text: &str) -> BTreeSet<String> {
    text.to_lowercase()
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= 3 && !STOP_WORDS.contains(w))
        .map(|w| w.chars().take(5).collect())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_editions_merged_pairs_score_as_near_duplicates() {
        let pairs = [
            (
                "Inform victims of their rights and of procedures in a language they understand.",
                "Inform victims of proceedings and their rights at every stage, in a language they understand.",
            ),
            (
                "Use confiscated criminal assets to fund compensation for victims.",
                "Create a victims' fund fed by confiscated criminal assets where possible.",
            ),
            (
                "Formalise each partner's role in law, regulation or signed cooperation agreements.",
                "Anchor the NRM in law, regulation or a signed cooperation agreement.",
            ),
        ];
        for (a, b) in pairs {
            assert!(
                similarity(a, b) >= NEAR_DUPLICATE_THRESHOLD,
                "{a} / {b}: {}",
                similarity(a, b)
            );
        }
    }

    #[test]
    fn different_measures_score_low() {
        let a =
            "Train border and migration officers on indicators and screening at entry and exit.";
        let b = "Track spending for each NAP action.";
        assert!(similarity(a, b) < 0.2);
    }

    #[test]
    fn every_allowed_pair_names_live_actions_and_is_really_alike() {
        let content = Content::embedded();
        for (a, b, why) in NEAR_DUPLICATES_ALLOWED {
            assert!(!why.is_empty());
            let (_, first) = content.action(a).unwrap_or_else(|| panic!("{a} is not an action"));
            let (_, second) = content.action(b).unwrap_or_else(|| panic!("{b} is not an action"));
            let score = similarity(&first.text, &second.text);
            assert!(
                score >= NEAR_DUPLICATE_THRESHOLD,
                "{a}/{b} scores {score:.2}: no longer alike, drop it from the allow-list"
            );
        }
    }
}
