//! Data use (E0403): a party forbidden to share a resource in one
//! partnership that shares it in another — by an obligation or permission
//! to share it, or by granting it to a third party — over overlapping
//! periods. Purposes narrow a prohibition (`check::purposes`).

use super::{overlap, term_of};
use crate::diagnostics::{Diagnostic, Span};
use crate::ir::Portfolio;
use crate::vocab::Modality;
use chrono::NaiveDate;
use std::collections::BTreeMap;

struct Use<'a> {
    partnership: &'a str,
    period: (NaiveDate, NaiveDate),
    span: Span,
    how: String,
    /// `for "purpose"`; `None` covers every purpose (design §10.4).
    purpose: Option<&'a str>,
}

/// (party, resource) → (where it is forbidden to share, where it shares).
type UseIndex<'a> = BTreeMap<(usize, &'a str), (Vec<Use<'a>>, Vec<Use<'a>>)>;

pub fn check(portfolio: &Portfolio, diagnostics: &mut Vec<Diagnostic>) {
    // (party, resource name) -> (forbidden, sharing)
    let mut index: UseIndex<'_> = BTreeMap::new();
    let resources: std::collections::BTreeSet<&str> = portfolio
        .resources
        .iter()
        .map(|r| r.name.as_str())
        .collect();
    for p in &portfolio.partnerships {
        let Some(term) = term_of(p) else { continue };
        let obligations = p
            .obligations
            .iter()
            .chain(p.triggers.iter().flat_map(|t| &t.obligations));
        for o in obligations {
            if o.action != "share" {
                continue;
            }
            for subject in &o.subjects {
                let Some(party) = subject.actor.party() else {
                    continue;
                };
                for object in &o.objects {
                    if !resources.contains(object.as_str()) {
                        continue;
                    }
                    let entry = index.entry((party, object.as_str())).or_default();
                    let how = match o.modality {
                        Modality::MustNot => String::new(),
                        Modality::Must => "must share it".to_string(),
                        Modality::May => "may share it".to_string(),
                    };
                    let u = Use {
                        partnership: &p.name,
                        period: term,
                        span: o.span,
                        how,
                        purpose: o.purpose.as_deref(),
                    };
                    if o.modality == Modality::MustNot {
                        entry.0.push(u);
                    } else {
                        entry.1.push(u);
                    }
                }
            }
        }
        // A grant in a partnership is given by the parties other than the
        // grantee: they share the resource with it.
        for g in &p.grants {
            let Some(resource) = portfolio.resources.get(g.resource) else {
                continue;
            };
            let grantee = portfolio
                .parties
                .get(g.grantee)
                .map_or("?", |x| x.name.as_str());
            for binding in &p.parties {
                if binding.party == g.grantee || resource.owners.contains(&binding.party) {
                    continue;
                }
                let entry = index
                    .entry((binding.party, resource.name.as_str()))
                    .or_default();
                entry.1.push(Use {
                    partnership: &p.name,
                    period: g.period.unwrap_or(term),
                    span: g.span,
                    how: format!("grants `{grantee}` the right to {} it", g.right),
                    purpose: g.purpose.as_deref(),
                });
            }
        }
    }
    for ((party, resource), (forbidden, sharing)) in &index {
        let name = portfolio
            .parties
            .get(*party)
            .map_or("?", |p| p.name.as_str());
        for f in forbidden {
            for s in sharing {
                if s.partnership == f.partnership {
                    continue; // one contract's own contradictions are E0315
                }
                if !crate::check::purposes::forbids_all(f.purpose, s.purpose) {
                    continue; // another purpose, or a carve-out (§10.4)
                }
                let Some((from, to)) = overlap(f.period, s.period) else {
                    continue;
                };
                diagnostics.push(
                    Diagnostic::error(
                        "E0403",
                        format!(
                            "`{name}` must not share `{resource}` in `{}`, but {} in `{}`",
                            f.partnership, s.how, s.partnership
                        ),
                        s.span,
                    )
                    .with_primary_label(format!("`{name}` {} here", s.how))
                    .with_label(f.span, format!("forbidden in `{}`", f.partnership))
                    .with_note(format!("both are in force from {from} to {to}"))
                    .with_notes(crate::check::purposes::why(f.purpose, s.purpose))
                    .with_help("align the data terms of the two partnerships"),
                );
            }
        }
    }
}
