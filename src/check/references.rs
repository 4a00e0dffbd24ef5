//! References across partnerships that lowering cannot check alone: every
//! milestone named in `requires`, `penalty ... on` and `before` exists
//! (E0107), in this partnership or the one named (`Partnership.milestone`).

use crate::diagnostics::{Diagnostic, Span};
use crate::ir::{self, Portfolio};
use std::collections::BTreeMap;

/// Every milestone named in `requires`, `penalty ... on` and `before` exists
/// (E0107), in this partnership or the one named.
pub(super) fn milestone_references(portfolio: &Portfolio, diagnostics: &mut Vec<Diagnostic>) {
    let known: BTreeMap<(&str, &str), ()> = portfolio
        .partnerships
        .iter()
        .flat_map(|p| {
            p.milestones
                .iter()
                .map(move |m| ((p.name.as_str(), m.name.as_str()), ()))
        })
        .collect();
    for p in &portfolio.partnerships {
        let mut refs: Vec<(String, String, Span)> = Vec::new();
        for m in &p.milestones {
            refs.extend(m.requires.iter().cloned());
        }
        for payments in &p.payments {
            for item in &payments.items {
                if let ir::PayItem::Penalty {
                    milestone, span, ..
                } = item
                {
                    refs.push(split_milestone(&p.name, milestone, *span));
                }
            }
            for bonus in &payments.early_bonuses {
                refs.push(split_milestone(&p.name, &bonus.milestone, bonus.span));
            }
        }
        let obligations = p
            .obligations
            .iter()
            .chain(p.triggers.iter().flat_map(|t| &t.obligations));
        for o in obligations.chain(p.exit.iter().flat_map(|e| &e.obligations)) {
            if let Some(ir::Deadline::Before(ir::Anchor::Milestone(m))) = &o.deadline {
                refs.push(split_milestone(&p.name, m, o.span));
            }
        }
        for (partnership, milestone, span) in refs {
            if known.contains_key(&(partnership.as_str(), milestone.as_str())) {
                continue;
            }
            let Some(target) = portfolio
                .partnerships
                .iter()
                .find(|x| x.name == partnership)
            else {
                let names = portfolio.partnerships.iter().map(|x| x.name.as_str());
                let mut d = Diagnostic::error(
                    "E0107",
                    format!("undefined partnership `{partnership}`"),
                    span,
                )
                .with_primary_label("no partnership has this name");
                if let Some(hint) = crate::diagnostics::suggest::did_you_mean(&partnership, names) {
                    d = d.with_help(hint);
                }
                diagnostics.push(d);
                continue;
            };
            let names = target.milestones.iter().map(|m| m.name.as_str());
            let mut d = Diagnostic::error(
                "E0107",
                format!("`{partnership}` has no milestone `{milestone}`"),
                span,
            )
            .with_primary_label("no such milestone")
            .with_label(target.span, format!("the partnership `{partnership}`"));
            if let Some(hint) = crate::diagnostics::suggest::did_you_mean(&milestone, names) {
                d = d.with_help(hint);
            }
            diagnostics.push(d);
        }
    }
}

fn split_milestone(partnership: &str, name: &str, span: Span) -> (String, String, Span) {
    match name.split_once('.') {
        Some((p, m)) => (p.to_string(), m.to_string(), span),
        None => (partnership.to_string(), name.to_string(), span),
    }
}
