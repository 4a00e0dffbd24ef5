//! The number of versions a portfolio may have (E0422). Every distinct
//! effective date of an amendment is one more version, and `pact check`
//! lowers and checks the whole portfolio once per version (design §10.6:
//! every check runs on every version), so a file of a few thousand short
//! amendments on different dates would ask for thousands of analyses.
//!
//! The limit keeps the earliest dates: the amendments effective after the
//! last date that fits are left out (of every check and output), and one
//! error, at the first of them, says how many.

use super::Amendments;
use crate::diagnostics::aggregate;
use crate::diagnostics::Diagnostic;
use chrono::NaiveDate;
use std::collections::BTreeSet;

/// The distinct effective dates a portfolio's amendments may have.
pub const MAX_VERSIONS: usize = 100;

/// Drops the amendments effective after the [`MAX_VERSIONS`]th distinct
/// date, and reports them.
pub fn limit(amendments: &mut Amendments, diagnostics: &mut Vec<Diagnostic>) {
    let dates: BTreeSet<NaiveDate> = amendments
        .by_partnership
        .values()
        .flatten()
        .map(|a| a.decl.effective.value)
        .collect();
    let Some(&last_kept) = dates.iter().nth(MAX_VERSIONS.saturating_sub(1)) else {
        return;
    };
    let mut dropped = Vec::new();
    for list in amendments.by_partnership.values_mut() {
        let keep = list.partition_point(|a| a.decl.effective.value <= last_kept);
        dropped.extend(list.drain(keep..));
    }
    amendments.by_partnership.retain(|_, list| !list.is_empty());
    dropped.sort_by_key(|a| (a.decl.effective.value, a.span.file, a.span.start));
    let Some(first) = dropped.first() else { return };
    let limit = aggregate::count(MAX_VERSIONS);
    diagnostics.push(
        Diagnostic::error(
            "E0422",
            format!("the portfolio's amendments take effect on more than {limit} dates"),
            first.decl.effective.span,
        )
        .with_primary_label(format!(
            "the first amendment after the {limit}th date, {last_kept}"
        ))
        .with_note(format!(
            "each effective date is a version of the portfolio, and every version is checked; \
             {} amendments, from {} on, were left out of the checks and outputs",
            aggregate::count(dropped.len()),
            first.decl.effective.value
        ))
        .with_help(
            "merge amendments that take effect close together, or check the portfolio in parts",
        ),
    );
}
