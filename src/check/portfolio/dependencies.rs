//! Milestone dependencies (E0406, E0407): a milestone that requires one due
//! later, in any partnership, and cycles of requirements. The graph
//! follows the ids the link pass gave each `requires` (a portfolio of some
//! of the partnerships, as the language server checks, is linked again
//! first).

use crate::diagnostics::{Diagnostic, Span};
use crate::ir::{MilestoneId, Portfolio};
use chrono::NaiveDate;

struct Node<'a> {
    partnership: &'a str,
    name: &'a str,
    due: NaiveDate,
    span: Span,
    /// (node index, span of the `requires` item)
    requires: Vec<(usize, Span)>,
}

pub fn check(portfolio: &Portfolio, diagnostics: &mut Vec<Diagnostic>) {
    // Each partnership's first node: a milestone's node is that plus its
    // index (the ids the link pass gave `requires`).
    let mut first: Vec<usize> = Vec::with_capacity(portfolio.partnerships.len());
    let mut nodes: Vec<Node<'_>> = Vec::new();
    for p in &portfolio.partnerships {
        first.push(nodes.len());
        for m in &p.milestones {
            nodes.push(Node {
                partnership: &p.name,
                name: &m.name,
                due: m.due,
                span: m.span,
                requires: Vec::new(),
            });
        }
    }
    let node = |id: MilestoneId| first.get(id.partnership).map(|f| f + id.index);
    let mut i = 0;
    for p in &portfolio.partnerships {
        for m in &p.milestones {
            let requires = m
                .required
                .iter()
                .zip(&m.requires)
                .filter_map(|(id, (_, _, span))| id.and_then(node).map(|j| (j, *span)))
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
    let edges: Vec<Vec<(usize, Span)>> = nodes.iter().map(|n| n.requires.clone()).collect();
    let name = |i: usize| {
        nodes
            .get(i)
            .map(|n| format!("{}.{}", n.partnership, n.name))
    };
    for cycle in crate::graph::cycles(&edges) {
        let names: Vec<String> = cycle
            .nodes
            .iter()
            .chain(cycle.nodes.first())
            .filter_map(|&i| name(i))
            .collect();
        let mut d = Diagnostic::error(
            "E0407",
            "these milestones require each other in a cycle",
            cycle.closing,
        )
        .with_primary_label("this requirement closes the cycle")
        .with_note(format!("the cycle: {}", names.join(" → ")));
        for &i in &cycle.nodes {
            if let Some(n) = nodes.get(i) {
                d = d.with_label(n.span, format!("`{}.{}`", n.partnership, n.name));
            }
        }
        diagnostics.push(
            d.with_help("no milestone of a cycle can ever be met first: remove one requirement"),
        );
    }
}
