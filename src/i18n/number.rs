//! Numbers and dates in a language's own form: 1,234,567 in English, 1 234 567 in French
//! (narrow no-break spaces), 1.234.567 in Spanish, 1 234 567 in Russian (no-break spaces).

/// A whole number with the language's thousands separator.
pub fn grouped(n: u64, language: &str) -> String {
    let digits = n.to_string();
    let (separator, min_digits) = separator(language);
    if digits.len() < min_digits {
        return digits;
    }
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(separator);
        }
        out.push(c);
    }
    out
}

/// An amount of money: the number grouped, after the currency code when there is one.
pub fn grouped_amount(amount: u64, currency: &str, language: &str) -> String {
    let number = grouped(amount, language);
    if currency.is_empty() { number } else { format!("{currency} {number}") }
}

/// A number with `decimals` digits after the language's decimal mark: 65.9 in English, 65,9
/// in French, Spanish and Russian; the whole part grouped as `grouped` does.
pub fn decimal(value: f64, decimals: usize, language: &str) -> String {
    let text = format!("{:.*}", decimals, value.abs());
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let mut out = String::new();
    if value < 0.0 && text.chars().any(|c| c.is_ascii_digit() && c != '0') {
        out.push('-');
    }
    out.push_str(
        &whole.parse::<u64>().map_or_else(|_| whole.to_string(), |n| grouped(n, language)),
    );
    if !fraction.is_empty() {
        out.push_str(decimal_mark(language));
        out.push_str(fraction);
    }
    out
}

/// A percentage (65.9 for 65.9 %) in the language's form: "65.9%" in English, "65,9 %" in
/// French (narrow no-break space), Spanish and Russian (no-break space), as CLDR writes them.
pub fn percent(value: f64, decimals: usize, language: &str) -> String {
    let number = decimal(value, decimals, language);
    match primary(language) {
        "fr" => format!("{number}\u{202F}%"),
        "es" | "ru" => format!("{number}\u{A0}%"),
        _ => format!("{number}%"),
    }
}

fn decimal_mark(language: &str) -> &'static str {
    match primary(language) {
        "fr" | "es" | "ru" => ",",
        _ => ".",
    }
}

/// The separator, and how many digits a number needs before it is grouped (CLDR: Spanish
/// writes 1234 but 12.345).
fn separator(language: &str) -> (&'static str, usize) {
    match primary(language) {
        "fr" => ("\u{202F}", 4),
        "ru" => ("\u{A0}", 4),
        "es" => (".", 5),
        _ => (",", 4),
    }
}

fn primary(language: &str) -> &str {
    language.split(['-', '_']).next().unwrap_or(language)
}

/// A date written out ("28 November 2026", "28 novembre 2026"): the month's name comes from
/// the document strings, the order from the language. French writes the first of the month
/// as an ordinal: "1er juillet 2027".
pub fn date(day: u8, month_name: &str, year: i16, language: &str) -> String {
    match primary(language) {
        "ru" => format!("{day} {month_name} {year} г."),
        "es" => format!("{day} de {month_name} de {year}"),
        "fr" if day == 1 => format!("1er {month_name} {year}"),
        _ => format!("{day} {month_name} {year}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_follow_the_language() {
        assert_eq!(grouped(1_234_567, "en"), "1,234,567");
        assert_eq!(grouped(1_234_567, "fr"), "1\u{202F}234\u{202F}567");
        assert_eq!(grouped(1_234_567, "es"), "1.234.567");
        assert_eq!(grouped(1_234_567, "ru"), "1\u{A0}234\u{A0}567");
        assert_eq!(grouped(999, "en"), "999");
        assert_eq!(grouped(1234, "es"), "1234");
        assert_eq!(grouped(12_345, "es"), "12.345");
        assert_eq!(grouped(0, "fr"), "0");
        assert_eq!(grouped_amount(15_000, "EUR", "en-XA"), "EUR 15,000");
    }

    #[test]
    fn decimals_and_percentages_follow_the_language() {
        assert_eq!(percent(65.94, 1, "en"), "65.9%");
        assert_eq!(percent(65.94, 1, "fr"), "65,9\u{202F}%");
        assert_eq!(percent(65.94, 1, "es-ES"), "65,9\u{A0}%");
        assert_eq!(percent(100.0, 0, "ru"), "100\u{A0}%");
        assert_eq!(percent(46.0, 0, "en-XA"), "46%");
        assert_eq!(decimal(12345.25, 2, "fr"), "12\u{202F}345,25");
        assert_eq!(decimal(-2.5, 1, "es"), "-2,5");
        assert_eq!(decimal(-0.04, 1, "en"), "0.0");
        assert_eq!(decimal(7.0, 0, "en"), "7");
    }

    #[test]
    fn dates_follow_the_language() {
        assert_eq!(date(28, "November", 2026, "en"), "28 November 2026");
        assert_eq!(date(5, "marzo", 2027, "es"), "5 de marzo de 2027");
        assert_eq!(date(5, "марта", 2027, "ru"), "5 марта 2027 г.");
        assert_eq!(date(1, "juillet", 2027, "fr"), "1er juillet 2027");
        assert_eq!(date(1, "July", 2027, "en"), "1 July 2027");
    }
}
