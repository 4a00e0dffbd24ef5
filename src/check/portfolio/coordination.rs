//! Coordination cycles (E0408, a warning): the graph whose edges go from
//! the partnership a `coordinate` condition reads to each partnership its
//! obligations bind. A cycle means a change can feed back on itself.
//!
//! The partnerships are the ones the link pass resolved the rules' names
//! to; the cycles are `crate::graph`'s.

use crate::diagnostics::{Diagnostic, Span};
use crate::ir::{PartnershipId, Portfolio};

pub fn check(portfolio: &Portfolio, diagnostics: &mut Vec<Diagnostic>) {
    // The graph's nodes: every partnership a rule reads or binds, in the
    // order of their names (the order the search meets them, so cycles are
    // reported in the same order whatever the order of declarations).
    let mut nodes: Vec<PartnershipId> = Vec::new();
    for rule in portfolio.coordinations.iter().flat_map(|c| &c.rules) {
        let bound = rule.obligations.iter().map(|(b, _)| b);
        for r in rule.reads.iter().chain(bound) {
            nodes.extend(r.target);
        }
    }
    let name = |p: PartnershipId| {
        portfolio
            .partnerships
            .get(p)
            .map_or("", |p| p.name.as_str())
    };
    nodes.sort_unstable_by(|a, b| name(*a).cmp(name(*b)).then(a.cmp(b)));
    nodes.dedup();
    let node = |p: PartnershipId| nodes.binary_search_by(|n| name(*n).cmp(name(p)).then(n.cmp(&p)));
    // node → [(bound node, rule span)], the first rule of each pair only.
    let mut edges: Vec<Vec<(usize, Span)>> = vec![Vec::new(); nodes.len()];
    for rule in portfolio.coordinations.iter().flat_map(|c| &c.rules) {
        for read in rule.reads.iter().filter_map(|r| r.target) {
            let Ok(from) = node(read) else { continue };
            for bound in rule.obligations.iter().filter_map(|(b, _)| b.target) {
                let Ok(to) = node(bound) else { continue };
                if let Some(list) = edges.get_mut(from) {
                    if !list.iter().any(|(b, _)| *b == to) {
                        list.push((to, rule.span));
                    }
                }
            }
        }
    }
    let shown = |i: usize| nodes.get(i).map_or("", |&p| name(p));
    for cycle in crate::graph::cycles(&edges) {
        let (Some(&target), Some(&last)) = (cycle.nodes.first(), cycle.nodes.last()) else {
            continue;
        };
        let names: Vec<&str> = cycle
            .nodes
            .iter()
            .chain(std::iter::once(&target))
            .map(|&i| shown(i))
            .collect();
        let mut d = Diagnostic::warning("E0408", "coordination rules form a cycle", cycle.closing)
            .with_primary_label(format!(
                "a change in `{}` obliges a review in `{}`",
                shown(last),
                shown(target)
            ))
            .with_note(format!("the cycle: {}", names.join(" → ")))
            .with_note("a change can feed back on itself through these rules");
        for pair in cycle.nodes.windows(2) {
            let [from, to] = pair else { continue };
            let span = edges
                .get(*from)
                .and_then(|out| out.iter().find(|(b, _)| b == to))
                .map(|(_, s)| *s);
            if let Some(span) = span {
                d = d.with_label(span, format!("a rule reading `{}`", shown(*from)));
            }
        }
        diagnostics.push(d);
    }
}
