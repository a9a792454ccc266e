//! What kind of value an indicator takes, read from its target as the drafting team wrote it
//! (`At least 40 by 2029`, `80% by 2029`, `Adopted by 2028`), and reading values typed by people.

use super::Value;
use crate::plan::Indicator;

/// The kind of value an indicator is reported in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    /// A count or amount: a number of 0 or more.
    Count,
    /// A percentage from 0 to 100.
    Share,
    /// Qualitative: words (`Adopted`, `Draft sent to Parliament`).
    Text,
}

impl Measure {
    /// From the target, else the baseline: a percentage is a share, another number (not a
    /// year) a count, anything else text.
    pub fn of(indicator: &Indicator) -> Measure {
        [&indicator.target, &indicator.baseline]
            .into_iter()
            .find_map(|t| measure_in(t))
            .unwrap_or(Measure::Text)
    }

    /// What a person must type, for messages: `a number of 0 or more`.
    pub fn expected(self) -> String {
        match self {
            Self::Count => crate::fl!("measure-count"),
            Self::Share => crate::fl!("measure-share"),
            Self::Text => crate::fl!("measure-text"),
        }
    }
}

fn measure_in(text: &str) -> Option<Measure> {
    let (_, rest) = first_number(text)?;
    Some(if rest.trim_start().starts_with('%') { Measure::Share } else { Measure::Count })
}

/// The first number in a text that is not a year: `At least 40 by 2029` gives 40,
/// `20% (2026)` gives 20, `In place by 2028` gives none.
pub fn number_in(text: &str) -> Option<f64> {
    first_number(text).map(|(n, _)| n)
}

/// The first number that is not a year, and the text after it.
fn first_number(text: &str) -> Option<(f64, &str)> {
    let mut rest = text;
    while let Some(start) = rest.find(|c: char| c.is_ascii_digit()) {
        let tail = &rest[start..];
        let len = tail
            .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
            .unwrap_or(tail.len());
        let token = tail[..len].trim_end_matches([',', '.']);
        let after = &tail[token.len()..];
        let year =
            token.len() == 4 && token.parse::<u16>().is_ok_and(|y| (1900..=2200).contains(&y));
        if !year && let Some(n) = parse_number(token) {
            return Some((n, after));
        }
        rest = after;
    }
    None
}

/// A number as people type it: `1,200`, `1 200`, `62.5`, `62,5`, `-3`.
fn parse_number(text: &str) -> Option<f64> {
    let compact: String = text.chars().filter(|c| !c.is_whitespace() && *c != '\u{a0}').collect();
    let (sign, digits) = match compact.strip_prefix('-') {
        Some(d) => (-1.0, d),
        None => (1.0, compact.as_str()),
    };
    let normal = if digits.contains('.') {
        digits.replace(',', "")
    } else if let Some((int, frac)) = digits.rsplit_once(',') {
        // A comma before exactly three digits groups thousands; otherwise it is a decimal comma.
        if frac.len() == 3 {
            digits.replace(',', "")
        } else {
            format!("{}.{frac}", int.replace(',', ""))
        }
    } else {
        digits.to_string()
    };
    if normal.is_empty() || !normal.chars().all(|c| c.is_ascii_digit() || c == '.') {
        return None;
    }
    normal.parse::<f64>().ok().filter(|n| n.is_finite()).map(|n| sign * n)
}

/// Reads a value typed for an indicator; `Ok(None)` when blank. The error says what was expected.
pub fn parse_value(measure: Measure, text: &str) -> Result<Option<Value>, String> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let number = || match measure {
        Measure::Share => parse_number(text.trim_end_matches('%').trim_end()),
        _ => parse_number(text),
    };
    match measure {
        Measure::Text => Ok(Some(Value::Text(text.to_string()))),
        Measure::Count => match number() {
            Some(n) if n >= 0.0 => Ok(Some(Value::Number(n))),
            _ => Err(crate::fl!("measure-not", expected = measure.expected(), text = text)),
        },
        Measure::Share => match number() {
            Some(n) if (0.0..=100.0).contains(&n) => Ok(Some(Value::Number(n))),
            _ => Err(crate::fl!("measure-not", expected = measure.expected(), text = text)),
        },
    }
}

/// Whether a stored value suits the measure (a hand-edited file may hold anything).
pub fn fits(measure: Measure, value: &Value) -> bool {
    match (measure, value) {
        (Measure::Text, _) => true,
        (Measure::Count, Value::Number(n)) => *n >= 0.0,
        (Measure::Share, Value::Number(n)) => (0.0..=100.0).contains(n),
        (_, Value::Text(_)) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::IndicatorKind;

    fn indicator(baseline: &str, target: &str) -> Indicator {
        Indicator {
            text: "x".into(),
            kind: IndicatorKind::Output,
            baseline: baseline.into(),
            target: target.into(),
            verification: String::new(),
            frequency: None,
        }
    }

    #[test]
    fn the_target_says_what_kind_of_value_to_report() {
        assert_eq!(Measure::of(&indicator("0 (2026)", "At least 40 by 2029")), Measure::Count);
        assert_eq!(Measure::of(&indicator("20% (2026)", "80% by 2029")), Measure::Share);
        assert_eq!(Measure::of(&indicator("Not yet (2026)", "Adopted by 2028")), Measure::Text);
        assert_eq!(Measure::of(&indicator("3 (2026)", "")), Measure::Count);
        assert_eq!(Measure::of(&indicator("", "EUR 150,000 a year")), Measure::Count);
    }

    #[test]
    fn numbers_are_read_as_ministries_type_them() {
        let count = |t: &str| parse_value(Measure::Count, t);
        assert_eq!(count(" 1,200 "), Ok(Some(Value::Number(1200.0))));
        assert_eq!(count("1 200"), Ok(Some(Value::Number(1200.0))));
        assert_eq!(count("62,5"), Ok(Some(Value::Number(62.5))));
        assert_eq!(count(""), Ok(None));
        assert_eq!(count("-3"), Err("a number of 0 or more, not '-3'".into()));
        assert_eq!(count("about ten"), Err("a number of 0 or more, not 'about ten'".into()));
        assert_eq!(parse_value(Measure::Share, "62.5 %"), Ok(Some(Value::Number(62.5))));
        assert!(parse_value(Measure::Share, "120").is_err());
        assert_eq!(
            parse_value(Measure::Text, " Adopted "),
            Ok(Some(Value::Text("Adopted".into())))
        );
    }

    #[test]
    fn years_are_not_taken_for_values() {
        assert_eq!(number_in("In place by 2028"), None);
        assert_eq!(number_in("20% (2026)"), Some(20.0));
        assert_eq!(number_in("Not recorded (2026)"), None);
        assert_eq!(number_in("12 places by 2028"), Some(12.0));
    }
}
