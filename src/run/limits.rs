//! The limits of a trace, so that no trace can make `pact run` slow or
//! greedy: the whole file (64 MiB, E0016, checked by the caller that reads
//! it), one line (64 KiB and 16 levels of nesting, E0017), the numbers in
//! it (E0017: a JSON number is read through a 64-bit float, so one with
//! more digits than a float holds, or an exponent beyond any amount, would
//! be rounded silently) and its dates (the horizon, E0423).
//!
//! A line is scanned once, before it is parsed: serde_json would stop
//! nesting at 128 levels by itself, but says so in its own words.

/// The largest trace `pact run` reads, as for a contract file (E0013).
pub const MAX_TRACE_BYTES: u64 = 64 * 1024 * 1024;

/// The longest line of a trace: one event, its note included.
pub const MAX_LINE_BYTES: usize = 64 * 1024;

/// The deepest nesting of a line (a line is one object of plain values).
pub const MAX_DEPTH: usize = 16;

/// Significant digits a JSON number may have when it is not a whole
/// number that fits 64 bits: what a 64-bit float holds exactly.
const FLOAT_DIGITS: usize = 15;

/// What is wrong with a line before it is parsed, with the help.
pub(crate) fn check_line(text: &str) -> Result<(), (String, String)> {
    if text.len() > MAX_LINE_BYTES {
        return Err((
            format!(
                "the line is {} bytes long; a trace line is at most {} KiB",
                text.len(),
                MAX_LINE_BYTES / 1024
            ),
            "a line is one event: put long notes elsewhere".to_string(),
        ));
    }
    let bytes = text.as_bytes();
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if in_string {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            i += 1;
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'{' | b'[' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Err((
                        format!("the line nests more than {MAX_DEPTH} levels deep"),
                        "a line is one JSON object of names and values, like {\"date\": \"2026-03-02\", \"partnership\": \"AcmeGlobex\", \"event\": \"dispute_notice\"}".to_string(),
                    ));
                }
            }
            b'}' | b']' => depth = depth.saturating_sub(1),
            b'-' | b'0'..=b'9' => {
                let end = bytes
                    .get(i..)
                    .and_then(|rest| {
                        rest.iter().position(|c| {
                            !(c.is_ascii_digit() || matches!(c, b'-' | b'+' | b'.' | b'e' | b'E'))
                        })
                    })
                    .map_or(bytes.len(), |n| i + n);
                let token = text.get(i..end).unwrap_or("");
                if !exact_number(token) {
                    return Err((
                        format!(
                            "the number {} cannot be read exactly",
                            shown(token)
                        ),
                        "a JSON number is read as a 64-bit float: write a whole number, or the value as a string, like \"12.5\"".to_string(),
                    ));
                }
                i = end.max(i + 1);
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    Ok(())
}

/// Whether a JSON number token is read exactly: a whole number that fits
/// 64 bits, or at most 15 significant digits with an exponent that keeps
/// it within what a decimal holds.
fn exact_number(token: &str) -> bool {
    if !token.bytes().any(|b| b.is_ascii_digit()) {
        return true; // not a number: serde_json says what it is
    }
    let (mantissa, exponent) = match token.find(['e', 'E']) {
        Some(at) => (
            token.get(..at).unwrap_or(""),
            Some(token.get(at + 1..).unwrap_or("")),
        ),
        None => (token, None),
    };
    if exponent.is_none() && !mantissa.contains('.') {
        return mantissa.parse::<i64>().is_ok() || mantissa.parse::<u64>().is_ok();
    }
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let significant = digits.trim_start_matches('0').trim_end_matches('0').len();
    let exponent_fits = exponent.is_none_or(|e| e.parse::<i32>().is_ok_and(|e| e.abs() <= 28));
    significant <= FLOAT_DIGITS && exponent_fits
}

/// A value quoted in a message: at most 40 characters of it.
fn shown(text: &str) -> String {
    match text.char_indices().nth(40) {
        Some((at, _)) => format!(
            "`{}…` ({} characters)",
            text.get(..at).unwrap_or(""),
            text.chars().count()
        ),
        None => format!("`{text}`"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_lines_pass() {
        let line = r#"{"date": "2026-03-02", "partnership": "P", "metric": "m", "value": 12.5, "n": -3, "e": 1e3, "note": "[[[[ 1e99999 ]]]]"}"#;
        assert_eq!(check_line(line), Ok(()));
    }

    #[test]
    fn long_deep_and_inexact_lines_are_refused() {
        assert!(check_line(&"x".repeat(MAX_LINE_BYTES + 1)).is_err());
        assert!(check_line(&"[".repeat(MAX_DEPTH + 1)).is_err());
        assert!(check_line(&"[".repeat(MAX_DEPTH)).is_ok());
        for bad in [
            "1e99999",
            "1e-99999",
            "99999999999999999999",
            "0.1234567890123456",
            "1e",
        ] {
            assert!(
                check_line(&format!(r#"{{"value": {bad}}}"#)).is_err(),
                "{bad}"
            );
        }
        for good in [
            "0",
            "-7",
            "18446744073709551615",
            "0.000001",
            "12.50",
            "2.5e2",
        ] {
            assert_eq!(
                check_line(&format!(r#"{{"value": {good}}}"#)),
                Ok(()),
                "{good}"
            );
        }
    }
}
