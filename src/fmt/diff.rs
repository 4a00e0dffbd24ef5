//! A unified line diff (what `pact fmt --check` shows), written here
//! rather than taken from a crate: it is seventy lines, and the formatter
//! needs nothing beyond line granularity.
//!
//! Myers' O(ND) algorithm on the lines between the common prefix and
//! suffix. When the two differ in more than [`MAX_EDITS`] lines, the
//! middle is shown as one replacement: still a correct diff, only not the
//! shortest, and the memory stays bounded.

/// Beyond this many inserted plus removed lines, no shortest diff is
/// searched for.
const MAX_EDITS: usize = 1000;

/// Lines of context around each change.
const CONTEXT: usize = 3;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Op {
    Keep,
    Remove,
    Add,
}

/// `old` and `new` as a unified diff with headers `--- old_name` and
/// `+++ new_name`; empty when they are equal.
pub fn unified_diff(old: &str, new: &str, old_name: &str, new_name: &str) -> String {
    let a: Vec<&str> = old.split_inclusive('\n').collect();
    let b: Vec<&str> = new.split_inclusive('\n').collect();
    let ops = line_ops(&a, &b);
    if ops.iter().all(|op| *op == Op::Keep) {
        return String::new();
    }
    let mut out = format!("--- {old_name}\n+++ {new_name}\n");
    // Positions in `ops` of every change, grouped into hunks.
    let changes: Vec<usize> = ops
        .iter()
        .enumerate()
        .filter(|(_, op)| **op != Op::Keep)
        .map(|(i, _)| i)
        .collect();
    let mut groups: Vec<(usize, usize)> = Vec::new();
    for &i in &changes {
        match groups.last_mut() {
            Some((_, end)) if i <= *end + 2 * CONTEXT + 1 => *end = i,
            _ => groups.push((i, i)),
        }
    }
    // Old and new line number before each op.
    let mut at = Vec::with_capacity(ops.len() + 1);
    let (mut x, mut y) = (0usize, 0usize);
    for op in &ops {
        at.push((x, y));
        match op {
            Op::Keep => {
                x += 1;
                y += 1;
            }
            Op::Remove => x += 1,
            Op::Add => y += 1,
        }
    }
    at.push((x, y));
    for (first, last) in groups {
        let start = first.saturating_sub(CONTEXT);
        let end = (last + CONTEXT + 1).min(ops.len());
        let (x0, y0) = at.get(start).copied().unwrap_or((0, 0));
        let (x1, y1) = at.get(end).copied().unwrap_or((x, y));
        out.push_str(&format!(
            "@@ -{} +{} @@\n",
            range(x0, x1 - x0),
            range(y0, y1 - y0)
        ));
        let (mut i, mut j) = (x0, y0);
        for op in ops.get(start..end).unwrap_or(&[]) {
            let (sign, line) = match op {
                Op::Keep => {
                    i += 1;
                    j += 1;
                    (' ', a.get(i - 1))
                }
                Op::Remove => {
                    i += 1;
                    ('-', a.get(i - 1))
                }
                Op::Add => {
                    j += 1;
                    ('+', b.get(j - 1))
                }
            };
            let line = line.copied().unwrap_or("");
            out.push(sign);
            match line.strip_suffix('\n') {
                Some(body) => {
                    out.push_str(body);
                    out.push('\n');
                }
                None => {
                    out.push_str(line);
                    out.push_str("\n\\ No newline at end of file\n");
                }
            }
        }
    }
    out
}

/// `start,count` of a hunk side, 1-based (an empty side names the line
/// before it).
fn range(start: usize, count: usize) -> String {
    if count == 0 {
        format!("{start},0")
    } else {
        format!("{},{count}", start + 1)
    }
}

fn line_ops(a: &[&str], b: &[&str]) -> Vec<Op> {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let a_rest = a.get(prefix..).unwrap_or(&[]);
    let b_rest = b.get(prefix..).unwrap_or(&[]);
    let suffix = a_rest
        .iter()
        .rev()
        .zip(b_rest.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let a_mid = a_rest.get(..a_rest.len() - suffix).unwrap_or(&[]);
    let b_mid = b_rest.get(..b_rest.len() - suffix).unwrap_or(&[]);
    let mut ops = vec![Op::Keep; prefix];
    match myers(a_mid, b_mid) {
        Some(middle) => ops.extend(middle),
        None => {
            ops.extend(std::iter::repeat_n(Op::Remove, a_mid.len()));
            ops.extend(std::iter::repeat_n(Op::Add, b_mid.len()));
        }
    }
    ops.extend(std::iter::repeat_n(Op::Keep, suffix));
    ops
}

/// The shortest edit script from `a` to `b`, or `None` past [`MAX_EDITS`].
fn myers(a: &[&str], b: &[&str]) -> Option<Vec<Op>> {
    let (n, m) = (a.len() as isize, b.len() as isize);
    let limit = (a.len() + b.len()).min(MAX_EDITS) as isize;
    let offset = limit + 1;
    let slot = |k: isize| usize::try_from(k + offset).unwrap_or(0);
    let mut v = vec![0isize; usize::try_from(2 * limit + 3).unwrap_or(0)];
    // Before step `d`, the diagonals -d-1 ..= d+1 of `v` (all it reads).
    let mut trace: Vec<Vec<isize>> = Vec::new();
    let get = |v: &[isize], k: isize| v.get(slot(k)).copied().unwrap_or(0);
    let mut found = None;
    'search: for d in 0..=limit {
        trace.push(
            v.get(slot(-d - 1)..=slot(d + 1))
                .map(<[isize]>::to_vec)
                .unwrap_or_default(),
        );
        let mut k = -d;
        while k <= d {
            let mut x = if k == -d || (k != d && get(&v, k - 1) < get(&v, k + 1)) {
                get(&v, k + 1)
            } else {
                get(&v, k - 1) + 1
            };
            let mut y = x - k;
            while x < n && y < m && a.get(x as usize) == b.get(y as usize) {
                x += 1;
                y += 1;
            }
            if let Some(cell) = v.get_mut(slot(k)) {
                *cell = x;
            }
            if x >= n && y >= m {
                found = Some(d);
                break 'search;
            }
            k += 2;
        }
    }
    found?;
    let mut ops = Vec::new();
    let (mut x, mut y) = (n, m);
    for (d, v) in trace.iter().enumerate().rev() {
        let d = d as isize;
        let get = |v: &[isize], k: isize| {
            usize::try_from(k + d + 1)
                .ok()
                .and_then(|i| v.get(i))
                .copied()
                .unwrap_or(0)
        };
        let k = x - y;
        let prev_k = if k == -d || (k != d && get(v, k - 1) < get(v, k + 1)) {
            k + 1
        } else {
            k - 1
        };
        let prev_x = get(v, prev_k);
        let prev_y = prev_x - prev_k;
        while x > prev_x && y > prev_y {
            ops.push(Op::Keep);
            x -= 1;
            y -= 1;
        }
        if d > 0 {
            ops.push(if x == prev_x { Op::Add } else { Op::Remove });
        }
        x = prev_x;
        y = prev_y;
    }
    ops.reverse();
    Some(ops)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_texts_have_no_diff() {
        assert_eq!(unified_diff("a\nb\n", "a\nb\n", "x", "y"), "");
    }

    #[test]
    fn a_change_in_the_middle_has_context() {
        let old = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
        let new = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n";
        assert_eq!(
            unified_diff(old, new, "a/f", "b/f"),
            "--- a/f\n+++ b/f\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n"
        );
    }

    #[test]
    fn far_apart_changes_are_separate_hunks_and_a_missing_newline_is_shown() {
        let old: String = (1..=20).map(|i| format!("{i}\n")).collect::<String>() + "end";
        let new = old.replacen("2\n", "two\n", 1).replace("end", "end\n");
        let diff = unified_diff(&old, &new, "a", "b");
        assert_eq!(diff.matches("@@ -").count(), 2, "{diff}");
        assert!(
            diff.contains("-end\n\\ No newline at end of file\n+end\n"),
            "{diff}"
        );
    }

    #[test]
    fn insertions_and_deletions() {
        let diff = unified_diff("a\nb\nc\n", "a\nc\nd\n", "x", "y");
        assert_eq!(diff, "--- x\n+++ y\n@@ -1,3 +1,3 @@\n a\n-b\n c\n+d\n");
        let diff = unified_diff("", "a\n", "x", "y");
        assert_eq!(diff, "--- x\n+++ y\n@@ -0,0 +1,1 @@\n+a\n");
    }

    #[test]
    fn very_different_texts_still_diff_correctly() {
        let old: String = (0..3000).map(|i| format!("old {i}\n")).collect();
        let new: String = (0..3000).map(|i| format!("new {i}\n")).collect();
        let diff = unified_diff(&old, &new, "a", "b");
        assert_eq!(diff.lines().filter(|l| l.starts_with('-')).count(), 3001);
        assert_eq!(diff.lines().filter(|l| l.starts_with('+')).count(), 3001);
    }
}
