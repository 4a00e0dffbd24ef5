//! Inconsistent frameworks (E0409, a warning): the same counterparty under
//! two different masters, laws or dispute ladders.
//!
//! The organisation whose portfolio this is appears in the most
//! partnerships (ties: named first in the most `parties` clauses, then
//! declared first); every other party is a counterparty. Partnerships are
//! grouped by counterparty, so this is linear in the portfolio.

use crate::diagnostics::Diagnostic;
use crate::ir::{Partnership, Portfolio};
use std::collections::BTreeMap;

/// Reads one aspect of a partnership's framework.
type Aspect = fn(&Partnership) -> Option<String>;

pub fn check(portfolio: &Portfolio, diagnostics: &mut Vec<Diagnostic>) {
    let mut by_party: BTreeMap<usize, Vec<&Partnership>> = BTreeMap::new();
    for p in &portfolio.partnerships {
        for b in &p.parties {
            by_party.entry(b.party).or_default().push(p);
        }
    }
    let holder = holder(&by_party);
    for (party, partnerships) in &by_party {
        if partnerships.len() < 2 || Some(*party) == holder {
            continue;
        }
        let name = portfolio
            .parties
            .get(*party)
            .map_or("?", |p| p.name.as_str());
        let aspects: [(&str, Aspect); 3] = [
            ("master", |p| {
                Some(p.master.clone().unwrap_or_else(|| "no master".to_string()))
            }),
            ("law", |p| p.law.as_ref().map(|(l, _)| l.clone())),
            ("dispute ladder", ladder),
        ];
        for (aspect, value) in aspects {
            let mut first: Option<(&Partnership, String)> = None;
            for p in partnerships {
                let Some(v) = value(p) else { continue };
                match &first {
                    None => first = Some((p, v)),
                    Some((q, w)) if *w != v => {
                        let shown = |x: &str| {
                            if aspect == "dispute ladder" {
                                String::new()
                            } else {
                                format!(" ({x})")
                            }
                        };
                        diagnostics.push(
                            Diagnostic::warning("E0409", format!("`{name}` is under two different {aspect}s"), p.span)
                                .with_primary_label(format!("`{}`{}", p.name, shown(&v)))
                                .with_label(q.span, format!("`{}`{}", q.name, shown(w)))
                                .with_note(format!("a counterparty in several partnerships usually has one {aspect} for all of them"))
                                .with_help("align them, or document why they differ"),
                        );
                        break;
                    }
                    Some(_) => {}
                }
            }
        }
    }
}

/// The organisation whose portfolio this is: the party in the most
/// partnerships; among those, the one named first in the most `parties`
/// clauses (the organisation usually lists itself first); then the one
/// declared first.
fn holder(by_party: &BTreeMap<usize, Vec<&Partnership>>) -> Option<usize> {
    by_party
        .iter()
        .map(|(party, ps)| {
            let first = ps
                .iter()
                .filter(|p| p.parties.first().is_some_and(|b| b.party == *party))
                .count();
            (ps.len(), first, std::cmp::Reverse(*party))
        })
        .max()
        .map(|(_, _, std::cmp::Reverse(party))| party)
}

/// The shape of a partnership's dispute ladder, for comparison.
fn ladder(p: &Partnership) -> Option<String> {
    let d = p.disputes.as_ref()?;
    Some(
        d.steps
            .iter()
            .map(|s| {
                format!(
                    "{}:{:?}:{}:{}",
                    s.name,
                    s.within.map(|w| w.to_string()),
                    s.from_notice,
                    s.binding
                )
            })
            .collect::<Vec<_>>()
            .join("|"),
    )
}
