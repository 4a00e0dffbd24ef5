//! Dated events compared clause by clause (kind and name), on the
//! schedule that follows the versions.
//!
//! The dates both sides share are unchanged. Of the rest, when both sides
//! have as many, the series moved as a whole: the k-th old date moved to
//! the k-th new one. Otherwise the two sorted lists are walked together
//! and an old and a new date at most six days apart are one event moved
//! (a meeting from Monday to Tuesday); the others are removed or added.
//! `tests/differential/diff_oracle.py` implements the same rule.

use super::{ClauseEvents, DatedEvent, EventChanges, MovedEvent, Omitted, Side};
use crate::emit::schedule::{self, EventKind};
use chrono::NaiveDate;
use std::collections::{BTreeMap, HashMap};

/// Dates of each clause's events, by partnership.
pub type Events = HashMap<String, BTreeMap<(String, String), Vec<NaiveDate>>>;

/// Old and new dates at most this many days apart are one event moved.
const MOVED_WITHIN_DAYS: i64 = 6;

pub fn by_partnership(side: &Side<'_>) -> Events {
    let mut out: Events = HashMap::new();
    // Each kind's name as the schedule writes it, serialised once per
    // kind. The dates are read per clause, never as events: an event is
    // a dozen strings, and a side can have millions (issue 19).
    let mut kinds: BTreeMap<EventKind, String> = BTreeMap::new();
    let versions = &side.versions;
    for k in 0..versions.count() {
        for clause in schedule::clause_dates(versions.portfolio(k), side.sources) {
            let kind = kinds
                .entry(clause.kind)
                .or_insert_with(|| {
                    serde_json::to_value(clause.kind)
                        .ok()
                        .and_then(|v| v.as_str().map(str::to_string))
                        .unwrap_or_default()
                })
                .clone();
            let partnership = clause.partnership.clone();
            let name = clause.name.clone();
            let held: Vec<NaiveDate> = clause
                .filter(|(_, version)| versions.version_on(&partnership, *version) == k)
                .map(|(date, _)| date)
                .collect();
            if held.is_empty() {
                continue;
            }
            out.entry(partnership)
                .or_default()
                .entry((kind, name))
                .or_default()
                .extend(held);
        }
    }
    // In schedule order within each clause, whichever versions and
    // streams the dates came from.
    for clauses in out.values_mut() {
        clauses.values_mut().for_each(|dates| dates.sort_unstable());
    }
    out
}

/// Dated events listed per partnership in each of `added`, `removed` and
/// `moved`, in date order; the rest are counted in `omitted` (and each
/// clause's counts stay whole in the summary the human output prints).
pub const MAX_LISTED: usize = 10_000;

/// Dates listed per clause in the summary before "and N more".
pub const SHOWN_DATES: usize = 4;

pub fn compare(
    old: Option<&BTreeMap<(String, String), Vec<NaiveDate>>>,
    new: Option<&BTreeMap<(String, String), Vec<NaiveDate>>>,
) -> EventChanges {
    let empty = BTreeMap::new();
    let (a, b) = (old.unwrap_or(&empty), new.unwrap_or(&empty));
    let mut keys: Vec<&(String, String)> = a.keys().chain(b.keys()).collect();
    keys.sort();
    keys.dedup();
    // Dates with the index of their clause in `keys` (whose order is the
    // clauses' (kind, name) order): a few bytes each, however many there
    // are; events with names are made only for the ones listed.
    let (mut added, mut removed) = (Vec::new(), Vec::new());
    let mut moved = Vec::new();
    let mut clauses = Vec::new();
    let none = Vec::new();
    for (index, key) in keys.iter().enumerate() {
        let (x, y) = (a.get(*key).unwrap_or(&none), b.get(*key).unwrap_or(&none));
        if x == y {
            continue;
        }
        let (x, y) = without_common(x, y);
        let mut clause = ClauseEvents {
            kind: key.0.clone(),
            name: key.1.clone(),
            ..ClauseEvents::default()
        };
        let mut add = |date: NaiveDate, clause: &mut ClauseEvents| {
            clause.added.note(|| date.to_string());
            added.push((date, index));
        };
        let mut remove = |date: NaiveDate, clause: &mut ClauseEvents| {
            clause.removed.note(|| date.to_string());
            removed.push((date, index));
        };
        let mut shift = |old: NaiveDate, new: NaiveDate, clause: &mut ClauseEvents| {
            clause.moved.note(|| format!("{old} -> {new}"));
            moved.push((old, new, index));
        };
        if x.len() == y.len() {
            for (o, n) in x.iter().zip(&y) {
                shift(*o, *n, &mut clause);
            }
            clauses.push(clause);
            continue;
        }
        let (mut i, mut j) = (0, 0);
        while i < x.len() || j < y.len() {
            match (x.get(i), y.get(j)) {
                (Some(o), Some(n)) if (*n - *o).num_days().abs() <= MOVED_WITHIN_DAYS => {
                    shift(*o, *n, &mut clause);
                    i += 1;
                    j += 1;
                }
                (Some(o), Some(n)) if o < n => {
                    remove(*o, &mut clause);
                    i += 1;
                }
                (Some(_), Some(n)) => {
                    add(*n, &mut clause);
                    j += 1;
                }
                (Some(o), None) => {
                    remove(*o, &mut clause);
                    i += 1;
                }
                (None, Some(n)) => {
                    add(*n, &mut clause);
                    j += 1;
                }
                (None, None) => break,
            }
        }
        clauses.push(clause);
    }
    // The order of the lists: by date, then kind and name (the clause's
    // index); a moved event by its old date, then its new one.
    added.sort_unstable();
    removed.sort_unstable();
    moved.sort_unstable();
    let key = |index: usize| keys.get(index).map_or(("", ""), |k| (&k.0, &k.1));
    let dated = |&(date, index): &(NaiveDate, usize)| {
        let (kind, name) = key(index);
        DatedEvent {
            kind: kind.to_string(),
            name: name.to_string(),
            date,
        }
    };
    let omitted = Omitted {
        added: added.len().saturating_sub(MAX_LISTED),
        removed: removed.len().saturating_sub(MAX_LISTED),
        moved: moved.len().saturating_sub(MAX_LISTED),
    };
    EventChanges {
        added: added.iter().take(MAX_LISTED).map(dated).collect(),
        removed: removed.iter().take(MAX_LISTED).map(dated).collect(),
        moved: moved
            .iter()
            .take(MAX_LISTED)
            .map(|&(old, new, index)| {
                let (kind, name) = key(index);
                MovedEvent {
                    kind: kind.to_string(),
                    name: name.to_string(),
                    old,
                    new,
                }
            })
            .collect(),
        omitted: (!omitted.is_empty()).then_some(omitted),
        clauses,
    }
}

/// Both sorted lists without the dates they share (as multisets).
fn without_common(x: &[NaiveDate], y: &[NaiveDate]) -> (Vec<NaiveDate>, Vec<NaiveDate>) {
    let (mut a, mut b) = (Vec::new(), Vec::new());
    let (mut i, mut j) = (0, 0);
    while i < x.len() || j < y.len() {
        match (x.get(i), y.get(j)) {
            (Some(o), Some(n)) if o == n => {
                i += 1;
                j += 1;
            }
            (Some(o), Some(n)) if o < n => {
                a.push(*o);
                i += 1;
            }
            (Some(_), Some(n)) => {
                b.push(*n);
                j += 1;
            }
            (Some(o), None) => {
                a.push(*o);
                i += 1;
            }
            (None, Some(n)) => {
                b.push(*n);
                j += 1;
            }
            (None, None) => break,
        }
    }
    (a, b)
}
