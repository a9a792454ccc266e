//! The list of abbreviations: the institution codes and the acronyms the draft uses, found in
//! its text, spelled out from the roster and from a short list of the field's usual acronyms.
//! An acronym the list does not know is listed for the drafting team to spell out.

use std::collections::BTreeMap;

use super::ListItem;

/// Acronyms of the anti-trafficking field and of the plan's own wording.
const KNOWN: &[(&str, &str)] = &[
    ("ACTIP", "ASEAN Convention against Trafficking in Persons, Especially Women and Children"),
    ("AFRIPOL", "African Union Mechanism for Police Cooperation"),
    ("AMERIPOL", "Police Community of the Americas"),
    ("ASEAN", "Association of Southeast Asian Nations"),
    ("ASEANAPOL", "ASEAN Chiefs of National Police"),
    ("AU", "African Union"),
    ("CEDAW", "Convention on the Elimination of All Forms of Discrimination against Women"),
    ("CoE", "Council of Europe"),
    ("CRC", "United Nations Convention on the Rights of the Child"),
    ("CSO", "civil society organisation"),
    ("DAC", "Development Assistance Committee (OECD)"),
    ("EC", "European Community (in the names of EU directives)"),
    ("ECOWAS", "Economic Community of West African States"),
    ("ECRI", "European Commission against Racism and Intolerance (Council of Europe)"),
    ("EU", "European Union"),
    ("EUR", "euro"),
    ("GDPR", "General Data Protection Regulation (EU)"),
    ("GRETA", "Group of Experts on Action against Trafficking in Human Beings (Council of Europe)"),
    ("ICMPD", "International Centre for Migration Policy Development"),
    ("ILO", "International Labour Organization"),
    ("IOM", "International Organization for Migration"),
    ("LGBTQI", "lesbian, gay, bisexual, transgender, queer and intersex"),
    ("NAP", "National Action Plan"),
    ("NGO", "non-governmental organisation"),
    ("NRM", "National Referral Mechanism"),
    ("OAS", "Organization of American States"),
    ("ODIHR", "OSCE Office for Democratic Institutions and Human Rights"),
    ("OECD", "Organisation for Economic Co-operation and Development"),
    ("OSCE", "Organization for Security and Co-operation in Europe"),
    ("SAARC", "South Asian Association for Regional Cooperation"),
    ("THB", "trafficking in human beings"),
    ("TIP", "trafficking in persons"),
    ("UN", "United Nations"),
    ("UNHCR", "Office of the United Nations High Commissioner for Refugees"),
    ("UNICEF", "United Nations Children's Fund"),
    ("UNODC", "United Nations Office on Drugs and Crime"),
    ("WHO", "World Health Organization"),
    ("UNTOC", "United Nations Convention against Transnational Organized Crime"),
];

/// Words that look like acronyms but are not abbreviations in this document.
const NOT_ACRONYMS: &[&str] = &["DRAFT", "A", "B", "C", "D", "E", "I", "II", "III", "IV"];

/// The abbreviations used in `text`: each institution code (code, name) that occurs, and each
/// acronym, spelled out or marked for the drafting team; sorted case-insensitively.
pub fn used(text: &str, institutions: &[(String, String)]) -> Vec<ListItem> {
    let words = acronyms(text);
    let mut found: BTreeMap<String, ListItem> = BTreeMap::new();
    for (code, name) in institutions {
        if words.contains_key(code.as_str()) && code != name {
            found.insert(code.to_lowercase(), ListItem::labelled(code.clone(), name.clone()));
        }
    }
    for word in words.keys() {
        let key = word.to_lowercase();
        if found.contains_key(&key) || NOT_ACRONYMS.contains(word) {
            continue;
        }
        let item = match KNOWN.iter().find(|(a, _)| a == word) {
            Some((_, meaning)) => ListItem::labelled(*word, *meaning),
            None => {
                ListItem { placeholder: true, ..ListItem::labelled(*word, "[to be spelled out]") }
            }
        };
        found.insert(key, item);
    }
    found.into_values().collect()
}

/// Words of two or more letters, mostly capitals (NRM, MoLSP, CoE), with how often they occur.
fn acronyms(text: &str) -> BTreeMap<&str, usize> {
    let mut words = BTreeMap::new();
    for word in text.split(|c: char| !c.is_alphanumeric()) {
        // "NGOs" is the plural of NGO.
        let word = match word.strip_suffix('s') {
            Some(singular) if singular.chars().all(|c| c.is_uppercase()) => singular,
            _ => word,
        };
        if looks_like_an_acronym(word) {
            *words.entry(word).or_insert(0) += 1;
        }
    }
    words
}

fn looks_like_an_acronym(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    let capitals = word.chars().filter(|c| c.is_uppercase()).count();
    letters >= 2
        && word.chars().next().is_some_and(char::is_uppercase)
        && capitals >= 2
        && capitals * 2 >= letters
        && !word.chars().any(|c| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_acronyms_are_found_and_spelled_out() {
        let institutions = vec![("MoLSP".to_string(), "Ministry of Labour".to_string())];
        let items = used("The MoLSP and NGOs feed the NRM. XYZ and ABC. DRAFT", &institutions);
        let labels: Vec<&str> = items.iter().filter_map(|i| i.label.as_deref()).collect();
        assert_eq!(labels, ["ABC", "MoLSP", "NGO", "NRM", "XYZ"]);
        assert_eq!(items[1].text, "Ministry of Labour");
        assert_eq!(items[3].text, "National Referral Mechanism");
        assert!(items[4].placeholder && items[4].text == "[to be spelled out]");
    }

    #[test]
    fn ordinary_words_are_not_acronyms() {
        for word in ["The", "Plan", "A", "2027", "P1", "Ab"] {
            assert!(!looks_like_an_acronym(word), "{word}");
        }
        for word in ["NRM", "MoLSP", "CoE", "GRETA"] {
            assert!(looks_like_an_acronym(word), "{word}");
        }
    }
}
