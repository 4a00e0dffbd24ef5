//! Exclusivity (E0401, E0402): an exclusive grant of a right over a
//! resource, and a grant of the same right to another party elsewhere, in
//! force on the same day. The resource's owners (all joint owners) are exempt. When the periods
//! meet only because a contract renews by default, it is a warning.

use super::{overlap, renewed_end, term_of};
use crate::diagnostics::{Diagnostic, Span};
use crate::ir::{Grant, Portfolio};
use chrono::NaiveDate;
use std::collections::BTreeMap;

struct Held<'a> {
    partnership: &'a str,
    grant: &'a Grant,
    period: (NaiveDate, NaiveDate),
    /// The period extended by a default renewal (grants tied to the term).
    renewed: Option<(NaiveDate, NaiveDate)>,
    span: Span,
}

pub fn check(portfolio: &Portfolio, diagnostics: &mut Vec<Diagnostic>) {
    let mut by_key: BTreeMap<(usize, &str), Vec<Held<'_>>> = BTreeMap::new();
    for p in &portfolio.partnerships {
        let Some(term) = term_of(p) else { continue };
        for g in &p.grants {
            let period = g.period.unwrap_or(term);
            let renewed = match (g.period, renewed_end(p)) {
                (None, Some(end)) => Some((term.0, end)),
                _ => None,
            };
            by_key
                .entry((g.resource, g.right.as_str()))
                .or_default()
                .push(Held {
                    partnership: &p.name,
                    grant: g,
                    period,
                    renewed,
                    span: g.span,
                });
        }
    }
    for ((resource, right), grants) in &by_key {
        if !grants.iter().any(|h| h.grant.exclusive) {
            continue;
        }
        let owners: &[usize] = portfolio
            .resources
            .get(*resource)
            .map_or(&[], |r| r.owners.as_slice());
        let resource_name = portfolio
            .resources
            .get(*resource)
            .map_or("?", |r| r.name.as_str());
        for (i, exclusive) in grants.iter().enumerate().filter(|(_, h)| h.grant.exclusive) {
            for (j, other) in grants.iter().enumerate() {
                if i == j
                    || other.grant.grantee == exclusive.grant.grantee
                    || owners.contains(&other.grant.grantee)
                {
                    continue;
                }
                // Two exclusive grants conflict once, not twice.
                if other.grant.exclusive && j < i {
                    continue;
                }
                let party = |id: usize| portfolio.parties.get(id).map_or("?", |p| p.name.as_str());
                let holder = party(exclusive.grant.grantee);
                let rival = party(other.grant.grantee);
                if let Some((from, to)) = overlap(exclusive.period, other.period) {
                    diagnostics.push(
                        Diagnostic::error(
                            "E0401",
                            format!("`{holder}` holds the right to {right} `{resource_name}` exclusively, but `{rival}` is granted it too"),
                            other.span,
                        )
                        .with_primary_label(format!("granted to `{rival}` in `{}`", other.partnership))
                        .with_label(exclusive.span, format!("exclusive to `{holder}` in `{}`", exclusive.partnership))
                        .with_note(format!("both are in force from {from} to {to}"))
                        .with_help("end one grant before the other starts, or drop `exclusive`"),
                    );
                    continue;
                }
                let a = exclusive.renewed.unwrap_or(exclusive.period);
                let b = other.renewed.unwrap_or(other.period);
                if let Some((from, to)) = overlap(a, b) {
                    diagnostics.push(
                        Diagnostic::warning(
                            "E0402",
                            format!("if renewed by default, `{rival}` would hold a right to {right} `{resource_name}` that is exclusive to `{holder}`"),
                            other.span,
                        )
                        .with_primary_label(format!("granted to `{rival}` in `{}`", other.partnership))
                        .with_label(exclusive.span, format!("exclusive to `{holder}` in `{}`", exclusive.partnership))
                        .with_note(format!("the terms do not overlap, but a default renewal would make both run from {from} to {to}"))
                        .with_help("decide the renewal before then, or make one renewal expire by default"),
                    );
                }
            }
        }
    }
}
