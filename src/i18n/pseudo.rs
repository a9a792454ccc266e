//! The pseudo-locale's transform: accented look-alike letters and about 40% more length, so
//! text that bypassed Fluent stands out as plain English and too-long labels show at once.

use std::borrow::Cow;

/// `Step 4 of 10` -> `Ŝţééƥ 4 öö ƒ 10`-like text: every letter accented, every vowel, n and r doubled.
pub fn transform(text: &str) -> Cow<'_, str> {
    let mut out = String::with_capacity(text.len() * 2);
    for c in text.chars() {
        out.push(accented(c));
        if matches!(c.to_ascii_lowercase(), 'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'n' | 'r') {
            out.push(accented(c));
        }
    }
    Cow::Owned(out)
}

fn accented(c: char) -> char {
    const PLAIN: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const ACCENTED: &str = "ȧƀƈḓḗƒɠħīĵķŀḿƞǿƥɋřşŧŭṽẇẋẏẑȦƁƇḒḖƑƓĦĪĴĶĿḾȠǾƤɊŘŞŦŬṼẆẊẎẐ";
    PLAIN.chars().position(|p| p == c).and_then(|i| ACCENTED.chars().nth(i)).unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pseudo_text_has_no_plain_letters_and_is_longer() {
        let english = "Step of the plan: include this action";
        let pseudo = transform(english);
        assert!(!pseudo.chars().any(|c| c.is_ascii_alphabetic()), "{pseudo}");
        let ratio = pseudo.chars().count() as f64 / english.chars().count() as f64;
        assert!((1.3..=1.6).contains(&ratio), "{ratio}");
    }
}
