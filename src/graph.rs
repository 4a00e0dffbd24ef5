//! Cycles in a directed graph, for the checks that report them (import
//! cycles, milestone dependency cycles).
//!
//! An iterative depth-first search (no recursion, so no stack limit on
//! hostile input). Each cycle closed by a back edge is reported once per
//! set of nodes, in the order the search meets them, so the result is
//! deterministic.

use std::collections::BTreeSet;

/// A cycle: its nodes in order (the first is where the closing edge
/// points), and the label of the edge that closes it.
pub struct Cycle<E> {
    pub nodes: Vec<usize>,
    pub closing: E,
}

/// The cycles of the graph whose node `i` has the edges `edges[i]`
/// (`(target, label)`); targets outside the graph are ignored.
pub fn cycles<E: Copy>(edges: &[Vec<(usize, E)>]) -> Vec<Cycle<E>> {
    const NEW: u8 = 0;
    const ON_PATH: u8 = 1;
    const DONE: u8 = 2;
    let mut state = vec![NEW; edges.len()];
    let mut seen: BTreeSet<Vec<usize>> = BTreeSet::new();
    let mut found = Vec::new();
    for root in 0..edges.len() {
        if state.get(root) != Some(&NEW) {
            continue;
        }
        // (node, index of its next edge to follow)
        let mut stack: Vec<(usize, usize)> = vec![(root, 0)];
        let mut path = vec![root];
        if let Some(s) = state.get_mut(root) {
            *s = ON_PATH;
        }
        while let Some(&(node, next)) = stack.last() {
            let Some(&(target, label)) = edges.get(node).and_then(|out| out.get(next)) else {
                if let Some(s) = state.get_mut(node) {
                    *s = DONE;
                }
                stack.pop();
                path.pop();
                continue;
            };
            if let Some(top) = stack.last_mut() {
                top.1 += 1;
            }
            match state.get(target) {
                Some(&NEW) => {
                    if let Some(s) = state.get_mut(target) {
                        *s = ON_PATH;
                    }
                    stack.push((target, 0));
                    path.push(target);
                }
                Some(&ON_PATH) => {
                    let from = path.iter().position(|&x| x == target).unwrap_or(0);
                    let nodes: Vec<usize> =
                        path.get(from..).map(<[usize]>::to_vec).unwrap_or_default();
                    let mut key = nodes.clone();
                    key.sort_unstable();
                    if seen.insert(key) {
                        found.push(Cycle {
                            nodes,
                            closing: label,
                        });
                    }
                }
                _ => {}
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_each_cycle_once_and_ignores_acyclic_parts() {
        // 0 → 1 → 2 → 0, 2 → 3, 3 → 3, 4 → 0
        let edges = vec![
            vec![(1, 'a')],
            vec![(2, 'b')],
            vec![(0, 'c'), (3, 'd')],
            vec![(3, 'e')],
            vec![(0, 'f')],
        ];
        let found: Vec<(Vec<usize>, char)> = cycles(&edges)
            .into_iter()
            .map(|c| (c.nodes, c.closing))
            .collect();
        assert_eq!(found, vec![(vec![0, 1, 2], 'c'), (vec![3], 'e')]);
        let acyclic: Vec<Vec<(usize, ())>> = vec![vec![(1, ())], vec![], vec![(1, ()), (9, ())]];
        assert!(cycles(&acyclic).is_empty());
    }

    #[test]
    fn a_long_chain_does_not_recurse() {
        let mut edges: Vec<Vec<(usize, ())>> = (0..200_000).map(|i| vec![(i + 1, ())]).collect();
        edges.push(vec![(0, ())]);
        assert_eq!(cycles(&edges).len(), 1);
    }
}
