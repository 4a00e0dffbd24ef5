//! Conflicts across the partnerships of a portfolio (E04xx, design §6): the
//! reason Pact exists.
//!
//! No check compares every pair of partnerships. Each builds an index first
//! — grants by (resource, right), duties by (party, resource), meetings by
//! role, milestones by name, partnerships by counterparty — and compares
//! only within a bucket, so the cost grows with the portfolio, not with its
//! square.

mod capacity;
mod collisions;
mod coordination;
mod data_use;
mod dependencies;
mod exclusivity;
mod frameworks;

pub use capacity::{monthly_load, RoleLoad};

use crate::diagnostics::Diagnostic;
use crate::ir::{Partnership, Portfolio};
use chrono::NaiveDate;

pub fn check(portfolio: &Portfolio, diagnostics: &mut Vec<Diagnostic>) {
    let before = diagnostics.len();
    exclusivity::check(portfolio, diagnostics);
    data_use::check(portfolio, diagnostics);
    capacity::check(portfolio, diagnostics);
    collisions::check(portfolio, diagnostics);
    dependencies::check(portfolio, diagnostics);
    coordination::check(portfolio, diagnostics);
    frameworks::check(portfolio, diagnostics);
    // A conflict about a clause a template brought in is shown at its `use`.
    portfolio.point_at_uses(diagnostics.get_mut(before..).unwrap_or_default());
}

/// The inclusive period a partnership is in force, if it has a term.
fn term_of(p: &Partnership) -> Option<(NaiveDate, NaiveDate)> {
    p.term.map(|t| (t.start, t.end))
}

/// The end of the term after a default renewal, when the renewal clause
/// renews by default.
pub fn renewed_end(p: &Partnership) -> Option<NaiveDate> {
    let term = p.term?;
    let renewal = p.renewal.as_ref()?;
    let length = match renewal.renews.as_ref()? {
        Some(d) => *d,
        None => return None,
    };
    let unit = length.unit.calendar_unit()?;
    let next_start = term.end.succ_opt()?;
    crate::ir::dates::term_end(next_start, length.whole()?, unit)
}

/// Whether two inclusive periods share at least one day; the shared period.
fn overlap(a: (NaiveDate, NaiveDate), b: (NaiveDate, NaiveDate)) -> Option<(NaiveDate, NaiveDate)> {
    let start = a.0.max(b.0);
    let end = a.1.min(b.1);
    (start <= end).then_some((start, end))
}
