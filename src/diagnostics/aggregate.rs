//! Conflicts among many clauses, reported once. A check that compares
//! clauses in pairs reports each pair while few are involved (the message
//! names both); when more are, it reports one diagnostic for the group (a
//! role and day, an overlapping interval, a right), naming how many clauses
//! are involved, with labels on the first few and "and N more" in a note.
//!
//! The point is the bound: a thousand clauses in one conflict are one
//! diagnostic of a few lines, not half a million.

use super::{Diagnostic, Span};

/// Up to this many conflicting pairs in one group, each pair is reported
/// on its own, as a two-clause message.
pub const PAIRS_REPORTED_ONE_BY_ONE: usize = 3;

/// How many clauses of a group get a label; the rest are counted in a note.
pub const LABELLED: usize = 4;

/// `d` with a label on each of the first [`LABELLED`] of `others` and, for
/// the rest, a note "and N more {noun}" (`noun` in the plural).
pub fn with_some_labels(
    mut d: Diagnostic,
    others: impl IntoIterator<Item = (Span, String)>,
    noun: &str,
) -> Diagnostic {
    let mut more = 0usize;
    for (i, (span, message)) in others.into_iter().enumerate() {
        if i < LABELLED {
            d = d.with_label(span, message);
        } else {
            more += 1;
        }
    }
    if more > 0 {
        d = d.with_note(format!("and {} more {noun}", count(more)));
    }
    d
}

/// `1234567` as `1,234,567`.
pub fn count(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::FileId;

    #[test]
    fn counts_are_grouped_by_thousands() {
        assert_eq!(count(0), "0");
        assert_eq!(count(999), "999");
        assert_eq!(count(1000), "1,000");
        assert_eq!(count(1_234_567), "1,234,567");
    }

    #[test]
    fn only_the_first_few_are_labelled() {
        let span = Span::new(FileId(0), 0, 1);
        let d = Diagnostic::error("E0401", "m", span);
        let d = with_some_labels(d, (0..10).map(|i| (span, format!("{i}"))), "grants");
        assert_eq!(d.secondary.len(), LABELLED);
        assert_eq!(d.notes, vec!["and 6 more grants".to_string()]);
        let d = Diagnostic::error("E0401", "m", span);
        let d = with_some_labels(d, (0..2).map(|i| (span, format!("{i}"))), "grants");
        assert_eq!(d.secondary.len(), 2);
        assert!(d.notes.is_empty());
    }
}
