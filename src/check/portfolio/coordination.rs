//! Coordination cycles (E0408, a warning): the graph whose edges go from
//! the partnership a `coordinate` condition reads to each partnership its
//! obligations bind. A cycle means a change can feed back on itself.

use crate::diagnostics::{Diagnostic, Span};
use crate::ir::Portfolio;
use std::collections::{BTreeMap, BTreeSet};

pub fn check(portfolio: &Portfolio, diagnostics: &mut Vec<Diagnostic>) {
    // partnership → [(bound partnership, rule span)]
    let mut edges: BTreeMap<&str, Vec<(&str, Span)>> = BTreeMap::new();
    for c in &portfolio.coordinations {
        for rule in &c.rules {
            for read in &rule.reads {
                for (bound, _) in &rule.obligations {
                    let list = edges.entry(read.as_str()).or_default();
                    if !list.iter().any(|(b, _)| *b == bound.as_str()) {
                        list.push((bound.as_str(), rule.span));
                    }
                }
            }
        }
    }
    let nodes: Vec<&str> = edges.keys().copied().collect();
    let mut done: BTreeSet<&str> = BTreeSet::new();
    let mut reported: BTreeSet<Vec<&str>> = BTreeSet::new();
    for &root in &nodes {
        if done.contains(root) {
            continue;
        }
        // Iterative DFS keeping the path.
        let mut path: Vec<(&str, Span)> = Vec::new();
        let mut stack: Vec<(&str, usize, Option<Span>)> = vec![(root, 0, None)];
        let mut on_path: BTreeSet<&str> = BTreeSet::new();
        on_path.insert(root);
        while let Some(&(node, next, via)) = stack.last() {
            let out = edges.get(node).map(Vec::as_slice).unwrap_or(&[]);
            let Some(&(target, span)) = out.get(next) else {
                done.insert(node);
                on_path.remove(node);
                stack.pop();
                path.pop();
                continue;
            };
            if let Some(top) = stack.last_mut() {
                top.1 += 1;
            }
            let _ = via;
            if on_path.contains(target) {
                let mut cycle: Vec<(&str, Span)> = path.clone();
                cycle.push((node, span));
                let from = cycle.iter().position(|(n, _)| *n == target).unwrap_or(0);
                let cycle: Vec<(&str, Span)> = cycle
                    .get(from..)
                    .map(<[(&str, Span)]>::to_vec)
                    .unwrap_or_default();
                let mut key: Vec<&str> = cycle.iter().map(|(n, _)| *n).collect();
                key.sort_unstable();
                if reported.insert(key) {
                    let names: Vec<&str> = cycle
                        .iter()
                        .map(|(n, _)| *n)
                        .chain(std::iter::once(target))
                        .collect();
                    let mut d =
                        Diagnostic::warning("E0408", "coordination rules form a cycle", span)
                            .with_primary_label(format!(
                                "a change in `{node}` obliges a review in `{target}`"
                            ))
                            .with_note(format!("the cycle: {}", names.join(" → ")))
                            .with_note("a change can feed back on itself through these rules");
                    for (n, s) in cycle.iter().take(cycle.len().saturating_sub(1)) {
                        d = d.with_label(*s, format!("a rule reading `{n}`"));
                    }
                    diagnostics.push(d);
                }
                continue;
            }
            if done.contains(target) {
                continue;
            }
            path.push((node, span));
            on_path.insert(target);
            stack.push((target, 0, Some(span)));
        }
    }
}
