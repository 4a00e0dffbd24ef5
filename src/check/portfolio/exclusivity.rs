//! Exclusivity (E0401, E0402): an exclusive grant of a right over a
//! resource, and a grant of the same right to another party elsewhere, in
//! force on the same day. The resource's owners (all joint owners) are
//! exempt. When the periods meet only because a contract renews by default, it is a warning.
//!
//! While a right has few grants in conflict, each pair is reported; beyond
//! that the right gets one diagnostic naming how many grants are involved
//! (see `diagnostics::aggregate`). Which grants are involved is found with a
//! sweep over the grants sorted by start (`Reach`), never by comparing
//! every pair, so a thousand exclusive grants of one right cost a sort.

use super::{overlap, renewed_end, term_of};
use crate::diagnostics::aggregate::{self, PAIRS_REPORTED_ONE_BY_ONE};
use crate::diagnostics::{Diagnostic, Span};
use crate::ir::{Grant, Portfolio};
use chrono::NaiveDate;
use std::collections::BTreeMap;

/// Rights with at most this many grants are compared pair by pair (and the
/// pairs reported one by one when there are few); more go straight to the
/// sweep.
const COMPARED_IN_PAIRS: usize = 16;

type Period = (NaiveDate, NaiveDate);

struct Held<'a> {
    partnership: &'a str,
    grant: &'a Grant,
    period: Period,
    /// The period extended by a default renewal (grants tied to the term).
    renewed: Option<Period>,
    span: Span,
}

impl Held<'_> {
    fn renewed_or_period(&self) -> Period {
        self.renewed.unwrap_or(self.period)
    }
}

/// One right over one resource: its grants and the words for messages.
struct Right<'a, 'b> {
    grants: &'b [Held<'a>],
    /// Every joint owner is exempt.
    owners: &'a [usize],
    resource: &'a str,
    right: &'a str,
    portfolio: &'a Portfolio,
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
        let r = Right {
            grants,
            owners: portfolio
                .resources
                .get(*resource)
                .map_or(&[], |r| r.owners.as_slice()),
            resource: portfolio
                .resources
                .get(*resource)
                .map_or("?", |r| r.name.as_str()),
            right,
            portfolio,
        };
        if grants.len() <= COMPARED_IN_PAIRS {
            r.in_pairs(diagnostics);
        } else {
            r.at_once(diagnostics);
        }
    }
}

impl<'a> Right<'a, '_> {
    fn party(&self, id: usize) -> &'a str {
        self.portfolio
            .parties
            .get(id)
            .map_or("?", |p| p.name.as_str())
    }

    /// Whether `other` can be a rival of `exclusive`: another grant, to
    /// another party, not the owner.
    fn rivals(&self, exclusive: &Held<'_>, other: &Held<'_>) -> bool {
        other.grant.grantee != exclusive.grant.grantee
            && !self.owners.contains(&other.grant.grantee)
    }

    /// Every conflicting pair; each reported on its own while they are few.
    fn in_pairs(&self, diagnostics: &mut Vec<Diagnostic>) {
        // (index of the other grant, index of the exclusive one, shared period)
        let mut in_force = Vec::new();
        let mut if_renewed = Vec::new();
        for (i, exclusive) in self.grants.iter().enumerate() {
            if !exclusive.grant.exclusive {
                continue;
            }
            for (j, other) in self.grants.iter().enumerate() {
                // Two exclusive grants conflict once, not twice.
                if i == j || !self.rivals(exclusive, other) || (other.grant.exclusive && j < i) {
                    continue;
                }
                if let Some(shared) = overlap(exclusive.period, other.period) {
                    in_force.push((j, i, shared));
                } else if let Some(shared) =
                    overlap(exclusive.renewed_or_period(), other.renewed_or_period())
                {
                    if_renewed.push((j, i, shared));
                }
            }
        }
        if in_force.len() <= PAIRS_REPORTED_ONE_BY_ONE {
            for &(j, i, shared) in &in_force {
                diagnostics.extend(self.pair(j, i, shared, false));
            }
        } else {
            diagnostics.extend(self.group(&involved(&in_force), false));
        }
        if if_renewed.len() <= PAIRS_REPORTED_ONE_BY_ONE {
            for &(j, i, shared) in &if_renewed {
                diagnostics.extend(self.pair(j, i, shared, true));
            }
        } else {
            diagnostics.extend(self.group(&involved(&if_renewed), true));
        }
    }

    /// One diagnostic for each kind of conflict, with the grants involved
    /// found by a sweep.
    fn at_once(&self, diagnostics: &mut Vec<Diagnostic>) {
        let exclusive: Vec<usize> = (0..self.grants.len())
            .filter(|&i| self.grants.get(i).is_some_and(|h| h.grant.exclusive))
            .collect();
        let not_owner: Vec<usize> = (0..self.grants.len())
            .filter(|&i| {
                self.grants
                    .get(i)
                    .is_some_and(|h| !self.owners.contains(&h.grant.grantee))
            })
            .collect();
        let meets = |pool: &[usize], renewed: bool| -> Vec<usize> {
            let period = |h: &Held<'_>| {
                if renewed {
                    h.renewed_or_period()
                } else {
                    h.period
                }
            };
            let pool_reach = Reach::new(
                pool.iter()
                    .filter_map(|&i| self.grants.get(i))
                    .map(|h| (period(h), h.grant.grantee))
                    .collect(),
            );
            self.grants
                .iter()
                .enumerate()
                .filter(|(_, h)| pool_reach.meets(period(h), h.grant.grantee))
                .map(|(i, _)| i)
                .collect()
        };
        // A grant is involved when it is a rival that meets an exclusive
        // grant of another party, or an exclusive grant that meets a rival.
        let involved_when = |renewed: bool| -> Vec<usize> {
            let meets_exclusive = meets(&exclusive, renewed);
            let meets_rival = meets(&not_owner, renewed);
            let mut all: Vec<usize> = meets_exclusive
                .into_iter()
                .filter(|i| not_owner.binary_search(i).is_ok())
                .chain(
                    meets_rival
                        .into_iter()
                        .filter(|i| exclusive.binary_search(i).is_ok()),
                )
                .collect();
            all.sort_unstable();
            all.dedup();
            all
        };
        let in_force = involved_when(false);
        diagnostics.extend(self.group(&in_force, false));
        // Renewal adds grants that are not in force together today: those,
        // with the exclusive grants they would meet.
        let renewed = involved_when(true);
        let added = |i: &usize| in_force.binary_search(i).is_err();
        if renewed.iter().any(added) {
            let if_renewed: Vec<usize> = renewed
                .into_iter()
                .filter(|i| added(i) || self.is_exclusive(*i))
                .collect();
            diagnostics.extend(self.group(&if_renewed, true));
        }
    }

    fn is_exclusive(&self, i: usize) -> bool {
        self.grants.get(i).is_some_and(|h| h.grant.exclusive)
    }

    fn pair(&self, j: usize, i: usize, (from, to): Period, renewed: bool) -> Option<Diagnostic> {
        let (other, exclusive) = (self.grants.get(j)?, self.grants.get(i)?);
        let (right, resource_name) = (self.right, self.resource);
        let holder = self.party(exclusive.grant.grantee);
        let rival = self.party(other.grant.grantee);
        let d = if renewed {
            Diagnostic::warning(
                "E0402",
                format!("if renewed by default, `{rival}` would hold a right to {right} `{resource_name}` that is exclusive to `{holder}`"),
                other.span,
            )
        } else {
            Diagnostic::error(
                "E0401",
                format!("`{holder}` holds the right to {right} `{resource_name}` exclusively, but `{rival}` is granted it too"),
                other.span,
            )
        };
        let d = d
            .with_primary_label(format!("granted to `{rival}` in `{}`", other.partnership))
            .with_label(
                exclusive.span,
                format!("exclusive to `{holder}` in `{}`", exclusive.partnership),
            );
        Some(if renewed {
            d.with_note(format!("the terms do not overlap, but a default renewal would make both run from {from} to {to}"))
                .with_help("decide the renewal before then, or make one renewal expire by default")
        } else {
            d.with_note(format!("both are in force from {from} to {to}"))
                .with_help("end one grant before the other starts, or drop `exclusive`")
        })
    }

    /// One diagnostic for the grants `involved` (indices, in order): the
    /// first exclusive one is the primary span.
    fn group(&self, involved: &[usize], renewed: bool) -> Option<Diagnostic> {
        let first = involved
            .iter()
            .copied()
            .find(|&i| self.is_exclusive(i))
            .or_else(|| involved.first().copied())?;
        let head = self.grants.get(first)?;
        let (right, resource) = (self.right, self.resource);
        let n = aggregate::count(involved.len());
        let label = |h: &Held<'_>| {
            let whose = self.party(h.grant.grantee);
            if h.grant.exclusive {
                format!("exclusive to `{whose}` in `{}`", h.partnership)
            } else {
                format!("granted to `{whose}` in `{}`", h.partnership)
            }
        };
        let d = if renewed {
            Diagnostic::warning(
                "E0402",
                format!("if renewed by default, {n} grants of the right to {right} `{resource}` would be in force together, some of them exclusive"),
                head.span,
            )
            .with_note("the terms do not overlap, but default renewals would make them run at the same time")
            .with_help("decide the renewals before then, or make them expire by default")
        } else {
            Diagnostic::error(
                "E0401",
                format!("the right to {right} `{resource}` is held exclusively, but {n} grants of it to different parties are in force together"),
                head.span,
            )
            .with_note("an exclusive right may be held by no other party while it is in force")
            .with_help("end the grants before others start, or drop `exclusive`")
        };
        let d = d.with_primary_label(label(head));
        let others = involved
            .iter()
            .filter(|&&i| i != first)
            .filter_map(|&i| self.grants.get(i))
            .map(|h| (h.span, label(h)));
        Some(aggregate::with_some_labels(d, others, "grants"))
    }
}

/// The grants named by conflicting pairs, in order.
fn involved(pairs: &[(usize, usize, Period)]) -> Vec<usize> {
    let mut all: Vec<usize> = pairs.iter().flat_map(|&(j, i, _)| [j, i]).collect();
    all.sort_unstable();
    all.dedup();
    all
}

/// Periods sorted by start, with, for each prefix, the two latest ends held
/// by different parties: whether a period meets one of another party's is
/// then a binary search.
struct Reach {
    starts: Vec<NaiveDate>,
    best: Vec<[Option<(NaiveDate, usize)>; 2]>,
}

impl Reach {
    fn new(mut periods: Vec<(Period, usize)>) -> Reach {
        periods.sort_by_key(|(p, _)| p.0);
        let mut best = Vec::with_capacity(periods.len());
        let mut current: [Option<(NaiveDate, usize)>; 2] = [None, None];
        for &((_, end), party) in &periods {
            current = match current {
                [None, _] => [Some((end, party)), None],
                [Some(a), b] if a.1 == party => {
                    if end > a.0 {
                        [Some((end, party)), b]
                    } else {
                        current
                    }
                }
                [Some(a), _] if end > a.0 => [Some((end, party)), Some(a)],
                [Some(a), None] => [Some(a), Some((end, party))],
                [Some(a), Some(b)] => {
                    if end > b.0 {
                        [Some(a), Some((end, party))]
                    } else {
                        current
                    }
                }
            };
            best.push(current);
        }
        Reach {
            starts: periods.iter().map(|(p, _)| p.0).collect(),
            best,
        }
    }

    /// Whether `period` shares a day with a period of a party other than
    /// `party`.
    fn meets(&self, period: Period, party: usize) -> bool {
        let k = self.starts.partition_point(|s| *s <= period.1);
        let Some(best) = k.checked_sub(1).and_then(|i| self.best.get(i)) else {
            return false;
        };
        best.iter()
            .flatten()
            .find(|(_, p)| *p != party)
            .is_some_and(|(end, _)| *end >= period.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 1, day).unwrap_or_default()
    }

    #[test]
    fn reach_finds_a_period_of_another_party() {
        let reach = Reach::new(vec![
            ((d(1), d(10)), 1),
            ((d(5), d(20)), 1),
            ((d(2), d(3)), 2),
        ]);
        assert!(reach.meets((d(15), d(16)), 2));
        assert!(!reach.meets((d(15), d(16)), 1));
        assert!(reach.meets((d(3), d(3)), 1));
        assert!(!reach.meets((d(4), d(4)), 1));
        assert!(!reach.meets((d(21), d(25)), 2));
    }
}
