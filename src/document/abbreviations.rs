//! The list of abbreviations: the institution codes and the acronyms the draft uses, found in
//! its text, spelled out from the roster and from a short list of the field's usual acronyms.
//! An acronym the list does not know is listed for the drafting team to spell out.

use std::collections::BTreeMap;

use super::ListItem;

/// An acronym of the anti-trafficking field or of the plan's own wording, spelled out in the
/// document's language; None for one the list does not know.
fn spelled_out(acronym: &str) -> Option<String> {
    Some(match acronym {
        "ACTIP" => crate::fl!("abbreviation-actip"),
        "AFRIPOL" => crate::fl!("abbreviation-afripol"),
        "AMERIPOL" => crate::fl!("abbreviation-ameripol"),
        "ASEAN" => crate::fl!("abbreviation-asean"),
        "ASEANAPOL" => crate::fl!("abbreviation-aseanapol"),
        "AU" => crate::fl!("abbreviation-au"),
        "CEDAW" => crate::fl!("abbreviation-cedaw"),
        "CoE" => crate::fl!("abbreviation-coe"),
        "CRC" => crate::fl!("abbreviation-crc"),
        "CSO" => crate::fl!("abbreviation-cso"),
        "DAC" => crate::fl!("abbreviation-dac"),
        "EC" => crate::fl!("abbreviation-ec"),
        "ECOWAS" => crate::fl!("abbreviation-ecowas"),
        "ECRI" => crate::fl!("abbreviation-ecri"),
        "EU" => crate::fl!("abbreviation-eu"),
        "EUR" => crate::fl!("abbreviation-eur"),
        "GDPR" => crate::fl!("abbreviation-gdpr"),
        "GRETA" => crate::fl!("abbreviation-greta"),
        "ICMPD" => crate::fl!("abbreviation-icmpd"),
        "ILO" => crate::fl!("abbreviation-ilo"),
        "IOM" => crate::fl!("abbreviation-iom"),
        "LGBTQI" => crate::fl!("abbreviation-lgbtqi"),
        "NAP" => crate::fl!("abbreviation-nap"),
        "NGO" => crate::fl!("abbreviation-ngo"),
        "NRM" => crate::fl!("abbreviation-nrm"),
        "OAS" => crate::fl!("abbreviation-oas"),
        "ODIHR" => crate::fl!("abbreviation-odihr"),
        "OECD" => crate::fl!("abbreviation-oecd"),
        "OSCE" => crate::fl!("abbreviation-osce"),
        "SAARC" => crate::fl!("abbreviation-saarc"),
        "THB" => crate::fl!("abbreviation-thb"),
        "TIP" => crate::fl!("abbreviation-tip"),
        "UN" => crate::fl!("abbreviation-un"),
        "UNHCR" => crate::fl!("abbreviation-unhcr"),
        "UNICEF" => crate::fl!("abbreviation-unicef"),
        "UNODC" => crate::fl!("abbreviation-unodc"),
        "WHO" => crate::fl!("abbreviation-who"),
        "UNTOC" => crate::fl!("abbreviation-untoc"),
        _ => return None,
    })
}

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
        let item = match spelled_out(word) {
            Some(meaning) => ListItem::labelled(*word, meaning),
            None => ListItem {
                placeholder: true,
                // Bracketed like every gap of the draft ("[to be decided]").
                ..ListItem::labelled(*word, format!("[{}]", crate::fl!("document-gap-spelled-out")))
            },
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
