//! The portfolio's template budget (E0420). One partnership's templates
//! expand to at most [`MAX_TEMPLATE_CLAUSES`] clauses (E0121, in
//! `expand.rs`); this bounds the sum over the portfolio, so a small file of
//! a thousand partnerships that each use a huge template cannot ask for ten
//! million clauses.
//!
//! The non-obvious part: partnerships are expanded on several threads, one
//! at a time each, so the budget cannot be a shared counter (the outcome
//! would depend on scheduling). Instead each partnership's cost is computed
//! here, before any expansion, from the templates' shapes (memoised per
//! template and depth, so this is linear in the portfolio), and the
//! partnerships are taken in order: from the first that does not fit, none
//! is expanded. The cost counts what expansion would charge, the way
//! `expand.rs` counts it (a `use` is one, each clause it brings one more),
//! so it is never less than the real work; the `use`s in a partnership's
//! amendments count with the partnership's own.

use super::expand::{MAX_TEMPLATE_CLAUSES, MAX_TEMPLATE_DEPTH};
use super::{Body, Resolved};
use crate::diagnostics::aggregate;
use crate::diagnostics::{Diagnostic, Span};
use crate::syntax::ast::{self, ClauseKind};
use std::collections::{BTreeMap, HashMap};

/// What the templates of all partnerships together may expand to.
pub const MAX_PORTFOLIO_TEMPLATE_CLAUSES: usize = 100_000;

/// Marks the partnerships whose templates are not expanded (in
/// `Resolved::cut`) and reports the first of them.
pub fn allot(resolved: &mut Resolved, diagnostics: &mut Vec<Diagnostic>) {
    let mut costs = Costs {
        templates: &resolved.templates,
        memo: HashMap::new(),
    };
    let mut spent = 0usize;
    // (partnership name, where its templates are used)
    let mut cut: Vec<(String, Span)> = Vec::new();
    let mut cut_spans = Vec::new();
    for (decl, span, _) in &resolved.pending {
        let master = decl
            .under
            .as_ref()
            .and_then(|m| resolved.masters.get(&m.name))
            .map_or(&[][..], |m: &Body<ast::Master>| &m.decl.clauses[..]);
        // Amendments expand their templates with the partnership's.
        let amended = resolved
            .amendments
            .of(&decl.name.name)
            .iter()
            .flat_map(|a| &a.decl.items)
            .filter_map(|item| match item {
                ast::AmendItem::Clause(c) => Some(c),
                ast::AmendItem::Remove(_) => None,
            })
            .fold(0usize, |sum, c| {
                sum.saturating_add(costs.clauses(std::slice::from_ref(c), 0))
            });
        let cost = costs
            .clauses(master, 0)
            .saturating_add(costs.clauses(&decl.clauses, 0))
            .saturating_add(amended)
            .min(MAX_TEMPLATE_CLAUSES);
        if cost == 0 {
            continue;
        }
        match spent.checked_add(cost) {
            Some(total) if cut.is_empty() && total <= MAX_PORTFOLIO_TEMPLATE_CLAUSES => {
                spent = total;
            }
            _ => {
                let at = first_use(&decl.clauses).unwrap_or(decl.name.span);
                cut.push((decl.name.name.clone(), at));
                cut_spans.push(*span);
            }
        }
    }
    resolved.cut.extend(cut_spans);
    let Some(((first, at), rest)) = cut.split_first() else {
        return;
    };
    let limit = aggregate::count(MAX_PORTFOLIO_TEMPLATE_CLAUSES);
    let d = Diagnostic::error(
        "E0420",
        "the portfolio's templates expand to too many clauses",
        *at,
    )
    .with_primary_label(format!(
        "the templates of `{first}` would take the portfolio past {limit} clauses"
    ));
    let d = aggregate::with_some_labels(
        d,
        rest.iter()
            .map(|(name, at)| (*at, format!("`{name}` is checked without its templates"))),
        "partnerships",
    );
    diagnostics.push(
        d.with_note(format!(
            "the templates of all partnerships together may bring at most {limit} clauses; \
             {} partnerships, from `{first}` on, were checked without their templates",
            aggregate::count(cut.len())
        ))
        .with_help(
            "let templates bring only what each partnership needs, or check the portfolio in parts",
        ),
    );
}

/// Where a partnership uses a template first.
fn first_use(clauses: &[ast::Clause]) -> Option<Span> {
    clauses.iter().find_map(|c| match &c.kind {
        ClauseKind::Use(u) => Some(u.span),
        _ => None,
    })
}

struct Costs<'a> {
    templates: &'a BTreeMap<String, Body<ast::Template>>,
    /// (template, depth) → what one use of it costs there.
    memo: HashMap<(&'a str, usize), usize>,
}

impl<'a> Costs<'a> {
    /// What the `use`s among `clauses` cost at `depth`.
    fn clauses(&mut self, clauses: &'a [ast::Clause], depth: usize) -> usize {
        clauses
            .iter()
            .filter_map(|c| match &c.kind {
                ClauseKind::Use(u) => Some(u),
                _ => None,
            })
            .fold(0usize, |sum, u| sum.saturating_add(self.use_(u, depth)))
            .min(MAX_TEMPLATE_CLAUSES.saturating_add(1))
    }

    /// As `Context::instantiate` charges it: the template's clauses and one
    /// for the `use`, then its own uses one level deeper, up to the depth
    /// limit. Standard modules and unknown templates cost nothing.
    fn use_(&mut self, used: &ast::Use, depth: usize) -> usize {
        let ast::UseTarget::Module(path) = &used.target else {
            return 0;
        };
        let Some((key, template)) = self.templates.get_key_value(&path.text()) else {
            return 0;
        };
        if let Some(&cost) = self.memo.get(&(key.as_str(), depth)) {
            return cost;
        }
        let own = template.decl.clauses.len().saturating_add(1);
        let cost = if depth >= MAX_TEMPLATE_DEPTH {
            own
        } else {
            own.saturating_add(self.clauses(&template.decl.clauses, depth + 1))
        }
        .min(MAX_TEMPLATE_CLAUSES.saturating_add(1));
        self.memo.insert((key.as_str(), depth), cost);
        cost
    }
}
