//! Diagnostics about a clause a template brought in, shown at the `use`
//! the user wrote (the template's text is shared by every partnership that
//! uses it). One rule for every stage: lowering, the contract checks and
//! the portfolio checks re-point their diagnostics here.

use super::model::{Partnership, Portfolio};
use crate::diagnostics::{Diagnostic, FileId, Span};
use std::collections::BTreeMap;

/// Shows `d` at `via`, the `use` through which the partnership `name` took
/// the clause it is about; the one wording of every stage.
pub fn point_at_use(d: &mut Diagnostic, name: &str, via: Span) {
    d.point_at_use(via, format!("in `{name}`, through this template"));
}

impl Partnership {
    /// Moves the primary label of every diagnostic about a clause this
    /// partnership took from a template to the `use` that brought it in
    /// (the clause's label kept as a secondary one).
    pub fn point_at_uses(&self, diagnostics: &mut [Diagnostic]) {
        if self.origins.is_empty() {
            return;
        }
        for d in diagnostics {
            if let Some(via) = self.origin_of(d.primary.span) {
                point_at_use(d, &self.name, via);
            }
        }
    }
}

impl Portfolio {
    /// [`Partnership::point_at_uses`] for diagnostics that may be about any
    /// partnership (the portfolio checks): each goes to the partnership
    /// that took the clause it points at from a template — the one its
    /// message names first, when several share the template.
    pub fn point_at_uses(&self, diagnostics: &mut [Diagnostic]) {
        if diagnostics.is_empty() {
            return;
        }
        // Template clauses by where they start: the clauses of a file do
        // not overlap, so the one that starts last before a span is the
        // only one that can hold it.
        let mut clauses: BTreeMap<(FileId, u32), (u32, Vec<&Partnership>)> = BTreeMap::new();
        for p in &self.partnerships {
            for (clause, _) in &p.origins {
                let entry = clauses
                    .entry((clause.file, clause.start))
                    .or_insert((clause.end, Vec::new()));
                entry.0 = entry.0.max(clause.end);
                entry.1.push(p);
            }
        }
        if clauses.is_empty() {
            return;
        }
        for d in diagnostics {
            let span = d.primary.span;
            let Some((&(file, _), (end, users))) =
                clauses.range(..=(span.file, span.start)).next_back()
            else {
                continue;
            };
            if file != span.file || *end < span.end {
                continue;
            }
            let named = |p: &Partnership| {
                d.message
                    .find(&format!("`{}`", p.name))
                    .unwrap_or(usize::MAX)
            };
            let owner = users
                .iter()
                .filter(|p| p.origin_of(span).is_some())
                .min_by_key(|p| named(p));
            if let Some(p) = owner {
                p.point_at_uses(std::slice::from_mut(d));
            }
        }
    }
}
