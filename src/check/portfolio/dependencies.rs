//! Milestone dependencies (E0406, E0407): a milestone that requires one due
//! later, in any partnership, and cycles of requirements.

use crate::diagnostics::{Diagnostic, Span};
use crate::ir::Portfolio;
use chrono::NaiveDate;
use std::collections::{BTreeMap, BTreeSet};

struct Node<'a> {
    partnership: &'a str,
    name: &'a str,
    due: NaiveDate,
    span: Span,
    /// (node index, span of the `requires` item)
    requires: Vec<(usize, Span)>,
}

pub fn check(portfolio: &Portfolio, diagnostics: &mut Vec<Diagnostic>) {
    let mut index: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    let mut nodes: Vec<Node<'_>> = Vec::new();
    for p in &portfolio.partnerships {
        for m in &p.milestones {
            index
                .entry((p.name.as_str(), m.name.as_str()))
                .or_insert(nodes.len());
            nodes.push(Node {
                partnership: &p.name,
                name: &m.name,
                due: m.due,
                span: m.span,
                requires: Vec::new(),
            });
        }
    }
    let mut i = 0;
    for p in &portfolio.partnerships {
        for m in &p.milestones {
            let requires = m
                .requires
                .iter()
                .filter_map(|(partnership, milestone, span)| {
                    index
                        .get(&(partnership.as_str(), milestone.as_str()))
                        .map(|&j| (j, *span))
                })
                .collect();
            if let Some(node) = nodes.get_mut(i) {
                node.requires = requires;
            }
            i += 1;
        }
    }
    let name = |n: &Node<'_>, from: &str| {
        if n.partnership == from {
            format!("`{}`", n.name)
        } else {
            format!("`{}.{}`", n.partnership, n.name)
        }
    };
    for node in &nodes {
        for &(j, span) in &node.requires {
            let Some(required) = nodes.get(j) else {
                continue;
            };
            if required.due > node.due {
                diagnostics.push(
                    Diagnostic::error(
                        "E0406",
                        format!(
                            "`{}` is due on {} but requires {}, due later on {}",
                            node.name,
                            node.due,
                            name(required, node.partnership),
                            required.due
                        ),
                        span,
                    )
                    .with_primary_label("required here")
                    .with_label(node.span, format!("due {}", node.due))
                    .with_label(required.span, format!("due {}", required.due))
                    .with_help("move the dates so that what is required comes first"),
                );
            }
        }
    }
    report_cycles(&nodes, diagnostics);
}

fn report_cycles(nodes: &[Node<'_>], diagnostics: &mut Vec<Diagnostic>) {
    let mut state = vec![0u8; nodes.len()];
    let mut reported: BTreeSet<Vec<usize>> = BTreeSet::new();
    for root in 0..nodes.len() {
        if state.get(root) != Some(&0) {
            continue;
        }
        let mut stack: Vec<(usize, usize)> = vec![(root, 0)];
        let mut path = vec![root];
        if let Some(s) = state.get_mut(root) {
            *s = 1;
        }
        while let Some(&(node, next)) = stack.last() {
            let edges = nodes
                .get(node)
                .map(|n| n.requires.as_slice())
                .unwrap_or(&[]);
            let Some(&(target, span)) = edges.get(next) else {
                if let Some(s) = state.get_mut(node) {
                    *s = 2;
                }
                stack.pop();
                path.pop();
                continue;
            };
            if let Some(top) = stack.last_mut() {
                top.1 += 1;
            }
            match state.get(target) {
                Some(0) => {
                    if let Some(s) = state.get_mut(target) {
                        *s = 1;
                    }
                    stack.push((target, 0));
                    path.push(target);
                }
                Some(1) => {
                    let from = path.iter().position(|&x| x == target).unwrap_or(0);
                    let cycle: Vec<usize> =
                        path.get(from..).map(<[usize]>::to_vec).unwrap_or_default();
                    let mut key = cycle.clone();
                    key.sort_unstable();
                    if !reported.insert(key) {
                        continue;
                    }
                    let names: Vec<String> = cycle
                        .iter()
                        .chain(std::iter::once(&target))
                        .filter_map(|&i| {
                            nodes
                                .get(i)
                                .map(|n| format!("{}.{}", n.partnership, n.name))
                        })
                        .collect();
                    let mut d = Diagnostic::error(
                        "E0407",
                        "these milestones require each other in a cycle",
                        span,
                    )
                    .with_primary_label("this requirement closes the cycle")
                    .with_note(format!("the cycle: {}", names.join(" → ")));
                    for &i in &cycle {
                        if let Some(n) = nodes.get(i) {
                            d = d.with_label(n.span, format!("`{}.{}`", n.partnership, n.name));
                        }
                    }
                    diagnostics.push(d.with_help(
                        "no milestone of a cycle can ever be met first: remove one requirement",
                    ));
                }
                _ => {}
            }
        }
    }
}
