//! The guiding principles of the draft, in napwiz's own words. A starting point for the
//! drafting team, who adapt them to national law and policy. The introduction is the message
//! `principles-intro`.

/// (principle, what it means in practice), in the document's language.
pub fn principles() -> Vec<(String, String)> {
    vec![
        (crate::fl!("principles-rights"), crate::fl!("principles-rights-meaning")),
        (crate::fl!("principles-gender-child"), crate::fl!("principles-gender-child-meaning")),
        (
            crate::fl!("principles-non-discrimination"),
            crate::fl!("principles-non-discrimination-meaning"),
        ),
        (crate::fl!("principles-do-no-harm"), crate::fl!("principles-do-no-harm-meaning")),
        (crate::fl!("principles-participation"), crate::fl!("principles-participation-meaning")),
        (crate::fl!("principles-evidence"), crate::fl!("principles-evidence-meaning")),
        (crate::fl!("principles-accountability"), crate::fl!("principles-accountability-meaning")),
    ]
}
