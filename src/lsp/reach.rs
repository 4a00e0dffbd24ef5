//! How far an edit reaches: which bytes of a file moved, which
//! partnerships it changed, and which others a portfolio check can compare
//! them with.
//!
//! An edit is the span between the longest common prefix and suffix of a
//! file's old and new text ([`Shift`]). A partnership whose text (from the
//! end of the previous declaration, so its doc comment counts, to its
//! closing brace) lies outside that span is unchanged but for its offsets:
//! its diagnostics are kept, moved by the shift, and only the changed
//! partnerships are checked again.
//!
//! The portfolio checks never compare partnerships that share nothing:
//! each compares within a bucket keyed by a party (capacity, collisions,
//! frameworks and data use go by a party's roles or the party), a resource
//! (exclusivity, data use) or a milestone dependency. So the checks run on
//! the [`neighbourhood`] of the changed partnerships — every partnership
//! that shares a party or a resource with one of them, and their whole
//! component of the dependency graph — give, for every bucket a changed
//! partnership is in, exactly what the run over the whole portfolio gives.
//! Run before and after the edit, the difference is the edit's effect.

use crate::diagnostics::{Diagnostic, FileId, Span};
use crate::ir::{Obligation, Partnership, Portfolio};
use std::collections::{HashMap, HashSet, VecDeque};

/// The bytes an edit replaced in one file: `old[start..old_end]` became
/// `new[start..old_end + delta]`.
#[derive(Clone, Copy, Debug)]
pub struct Shift {
    pub file: FileId,
    pub start: u32,
    pub old_end: u32,
    pub delta: i64,
    pub new_len: u32,
}

impl Shift {
    pub fn between(file: FileId, old: &str, new: &str) -> Shift {
        let (old_b, new_b) = (old.as_bytes(), new.as_bytes());
        let prefix = old_b.iter().zip(new_b).take_while(|(a, b)| a == b).count();
        let room = old_b.len().min(new_b.len()) - prefix;
        let suffix = old_b
            .iter()
            .rev()
            .zip(new_b.iter().rev())
            .take(room)
            .take_while(|(a, b)| a == b)
            .count();
        let to_u32 = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        Shift {
            file,
            start: to_u32(prefix),
            old_end: to_u32(old_b.len() - suffix),
            delta: new_b.len() as i64 - old_b.len() as i64,
            new_len: to_u32(new_b.len()),
        }
    }

    /// Whether the new bytes `from..to` (ends included) meet the edit.
    pub fn touches_new(&self, from: u32, to: u32) -> bool {
        let new_end = i64::from(self.old_end) + self.delta;
        i64::from(from) <= new_end && to >= self.start
    }

    fn offset(&self, at: u32, is_end: bool) -> u32 {
        let moves = if is_end {
            at >= self.old_end && at > self.start
        } else {
            at >= self.old_end
        };
        let moved = if moves {
            i64::from(at) + self.delta
        } else {
            i64::from(at)
        };
        u32::try_from(moved.clamp(0, i64::from(self.new_len))).unwrap_or(self.new_len)
    }

    pub fn span(&self, span: &mut Span) {
        if span.file == self.file {
            span.start = self.offset(span.start, false);
            span.end = self.offset(span.end, true).max(span.start);
        }
    }

    /// Moves every span of `d` in this file.
    pub fn diagnostic(&self, d: &mut Diagnostic) {
        self.span(&mut d.primary.span);
        for label in &mut d.secondary {
            self.span(&mut label.span);
        }
        for suggestion in &mut d.suggestions {
            self.span(&mut suggestion.span);
        }
    }
}

/// What a partnership can share with another in a portfolio check.
#[derive(Clone, PartialEq, Eq, Hash)]
enum Key {
    Party(usize),
    Resource(String),
}

fn keys(portfolio: &Portfolio, resources: &HashSet<&str>, p: &Partnership) -> Vec<Key> {
    let mut keys: Vec<Key> = p.parties.iter().map(|b| Key::Party(b.party)).collect();
    for m in &p.meetings {
        keys.extend(
            m.participants
                .iter()
                .filter_map(|a| a.actor.party())
                .map(Key::Party),
        );
    }
    for g in &p.grants {
        keys.push(Key::Party(g.grantee));
        if let Some(r) = portfolio.resources.get(g.resource) {
            keys.push(Key::Resource(r.name.clone()));
        }
    }
    for o in obligations(p) {
        keys.extend(
            o.subjects
                .iter()
                .filter_map(|a| a.actor.party())
                .map(Key::Party),
        );
        // Objects are free words unless they name a resource.
        keys.extend(
            o.objects
                .iter()
                .filter(|object| resources.contains(object.as_str()))
                .cloned()
                .map(Key::Resource),
        );
    }
    keys
}

fn obligations(p: &Partnership) -> impl Iterator<Item = &Obligation> {
    p.obligations
        .iter()
        .chain(p.triggers.iter().flat_map(|t| &t.obligations))
        .chain(p.exit.iter().flat_map(|e| &e.obligations))
        .chain(p.survives.iter().flat_map(|s| &s.obligations))
}

/// The partnerships `p` names in `requires X.m`.
fn requires(p: &Partnership) -> impl Iterator<Item = &str> {
    p.milestones
        .iter()
        .flat_map(|m| &m.requires)
        .map(|(partnership, _, _)| partnership.as_str())
}

/// The indexes (sorted) of every partnership of `portfolio` a portfolio
/// check may compare with `changed` (indexes into `portfolio`), whose
/// versions before the edit are `old`.
pub fn neighbourhood(portfolio: &Portfolio, changed: &[usize], old: &[&Partnership]) -> Vec<usize> {
    let all = &portfolio.partnerships;
    let resources: HashSet<&str> = portfolio
        .resources
        .iter()
        .map(|r| r.name.as_str())
        .collect();
    let mut wanted: HashSet<Key> = HashSet::new();
    for p in changed
        .iter()
        .filter_map(|&i| all.get(i))
        .chain(old.iter().copied())
    {
        wanted.extend(keys(portfolio, &resources, p));
    }
    let mut found: HashSet<usize> = changed.iter().copied().collect();
    for (i, p) in all.iter().enumerate() {
        if !found.contains(&i)
            && keys(portfolio, &resources, p)
                .iter()
                .any(|k| wanted.contains(k))
        {
            found.insert(i);
        }
    }
    // The dependency graph's components of the changed partnerships,
    // edges taken both ways (a cycle is reported whole).
    let by_name: HashMap<&str, usize> = all
        .iter()
        .enumerate()
        .map(|(i, p)| (p.name.as_str(), i))
        .collect();
    let mut edges: HashMap<usize, Vec<usize>> = HashMap::new();
    for (i, p) in all.iter().enumerate() {
        for name in requires(p) {
            if let Some(&j) = by_name.get(name) {
                if i != j {
                    edges.entry(i).or_default().push(j);
                    edges.entry(j).or_default().push(i);
                }
            }
        }
    }
    let mut queue: VecDeque<usize> = changed.iter().copied().collect();
    // The old versions' dependencies too.
    for p in old {
        queue.extend(requires(p).filter_map(|name| by_name.get(name).copied()));
    }
    let mut seen: HashSet<usize> = HashSet::new();
    while let Some(i) = queue.pop_front() {
        if !seen.insert(i) {
            continue;
        }
        found.insert(i);
        queue.extend(edges.get(&i).into_iter().flatten().copied());
    }
    let mut out: Vec<usize> = found.into_iter().collect();
    out.sort_unstable();
    out
}

/// The portfolio's declarations with only `partnerships`.
pub fn with_partnerships(portfolio: &Portfolio, partnerships: Vec<Partnership>) -> Portfolio {
    Portfolio {
        parties: portfolio.parties.clone(),
        resources: portfolio.resources.clone(),
        signals: portfolio.signals.clone(),
        events: portfolio.events.clone(),
        partnerships,
        coordinations: Vec::new(),
        file_docs: Vec::new(),
    }
}

/// `kept` with `before` taken out and `after` put in, one copy each, where
/// they differ (what both have is left as it was: a run over part of the
/// portfolio gives the same partial answers before and after).
pub fn apply(
    kept: Vec<Diagnostic>,
    before: Vec<Diagnostic>,
    after: Vec<Diagnostic>,
) -> Vec<Diagnostic> {
    let mut count: HashMap<Diagnostic, i64> = HashMap::new();
    for d in before {
        *count.entry(d).or_default() -= 1;
    }
    for d in after {
        *count.entry(d).or_default() += 1;
    }
    count.retain(|_, n| *n != 0);
    if count.is_empty() {
        return kept;
    }
    let mut out = Vec::with_capacity(kept.len());
    for d in kept {
        match count.get_mut(&d) {
            Some(n) if *n < 0 => *n += 1,
            _ => out.push(d),
        }
    }
    for (d, n) in count {
        for _ in 0..n.max(0) {
            out.push(d.clone());
        }
    }
    out
}
