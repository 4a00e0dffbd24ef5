//! Normalised spelling of literals and units. Every rule here keeps the
//! value the compiler reads: a number keeps its digits and its scale (the
//! number of decimals shows in the outputs, so `12.50` stays `12.50`), a
//! time of day its hour and minute, a unit its meaning (the checker reads
//! `day` and `days` alike).

/// Integer parts with at least this many digits get `_` between thousands.
const GROUP_FROM_DIGITS: usize = 4;

/// `20000` → `20_000`, `1_5_0_0.5_0` → `1_500.50`, `007` → `7`.
///
/// The integer part loses its leading zeros and gets `_` every three digits
/// when it has four or more; the decimal part keeps every digit (trailing
/// zeros included) and loses its `_`.
pub fn number(text: &str) -> String {
    let (int, frac) = match text.split_once('.') {
        Some((int, frac)) => (int, Some(frac)),
        None => (text, None),
    };
    let digits: String = int.chars().filter(char::is_ascii_digit).collect();
    let digits = digits.trim_start_matches('0');
    let digits = if digits.is_empty() { "0" } else { digits };
    let mut out = group_thousands(digits);
    if let Some(frac) = frac {
        out.push('.');
        out.extend(frac.chars().filter(char::is_ascii_digit));
    }
    out
}

fn group_thousands(digits: &str) -> String {
    let count = digits.chars().count();
    if count < GROUP_FROM_DIGITS {
        return digits.to_string();
    }
    let mut out = String::with_capacity(count + count / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (count - i) % 3 == 0 {
            out.push('_');
        }
        out.push(c);
    }
    out
}

/// `15.0%` keeps its spelling apart from the number rules: `1000%` → `1_000%`.
pub fn percent(text: &str) -> String {
    let digits = text.strip_suffix('%').unwrap_or(text);
    let mut out = number(digits);
    out.push('%');
    out
}

/// `9:30` → `09:30`.
pub fn time(text: &str) -> String {
    match text.split_once(':') {
        Some((hour, minute)) if hour.len() == 1 => format!("0{hour}:{minute}"),
        _ => text.to_string(),
    }
}

/// The spelling of a duration unit after an amount: singular after exactly
/// `1`, plural otherwise. `None` for words that are not duration units
/// (currencies, parameter names), which keep their spelling.
pub fn duration_unit(word: &str, one: bool) -> Option<&'static str> {
    let (singular, plural) = match word {
        "minute" | "minutes" => ("minute", "minutes"),
        "hour" | "hours" => ("hour", "hours"),
        "day" | "days" => ("day", "days"),
        "week" | "weeks" => ("week", "weeks"),
        "month" | "months" => ("month", "months"),
        "quarter" | "quarters" => ("quarter", "quarters"),
        "year" | "years" => ("year", "years"),
        _ => return None,
    };
    Some(if one { singular } else { plural })
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::Decimal;
    use std::str::FromStr;

    #[test]
    fn numbers_keep_their_value_and_scale() {
        for (written, canonical) in [
            ("0", "0"),
            ("000", "0"),
            ("7", "7"),
            ("007", "7"),
            ("999", "999"),
            ("1000", "1_000"),
            ("1_000", "1_000"),
            ("10_00", "1_000"),
            ("20000", "20_000"),
            ("1234567", "1_234_567"),
            ("12.5", "12.5"),
            ("12.50", "12.50"),
            ("1_500.50", "1_500.50"),
            ("0.000_1", "0.0001"),
            ("00.5", "0.5"),
        ] {
            let out = number(written);
            assert_eq!(out, canonical, "{written}");
            let value = |s: &str| Decimal::from_str(&s.replace('_', "")).unwrap();
            assert_eq!(value(written).to_string(), value(&out).to_string());
            assert_eq!(number(&out), out, "idempotent on {written}");
        }
    }

    #[test]
    fn percentages_times_and_units() {
        assert_eq!(percent("2.5%"), "2.5%");
        assert_eq!(percent("1000%"), "1_000%");
        assert_eq!(time("9:30"), "09:30");
        assert_eq!(time("15:00"), "15:00");
        assert_eq!(duration_unit("days", true), Some("day"));
        assert_eq!(duration_unit("day", false), Some("days"));
        assert_eq!(duration_unit("USD", false), None);
    }
}
