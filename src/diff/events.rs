//! Dated events compared clause by clause (kind and name), on the
//! schedule that follows the versions.
//!
//! The dates both sides share are unchanged. Of the rest, when both sides
//! have as many, the series moved as a whole: the k-th old date moved to
//! the k-th new one. Otherwise the two sorted lists are walked together
//! and an old and a new date at most six days apart are one event moved
//! (a meeting from Monday to Tuesday); the others are removed or added.
//! `tests/differential/diff_oracle.py` implements the same rule.

use super::{DatedEvent, EventChanges, MovedEvent, Side};
use crate::emit::schedule::EventKind;
use chrono::NaiveDate;
use std::collections::{BTreeMap, HashMap};

/// Dates of each clause's events, by partnership.
pub type Events = HashMap<String, BTreeMap<(String, String), Vec<NaiveDate>>>;

/// Old and new dates at most this many days apart are one event moved.
const MOVED_WITHIN_DAYS: i64 = 6;

pub fn by_partnership(side: &Side<'_>) -> Events {
    let mut out: Events = HashMap::new();
    // Each kind's name as the schedule writes it, serialised once per
    // kind rather than once per event.
    let mut kinds: BTreeMap<EventKind, String> = BTreeMap::new();
    for event in side.versions.schedule(side.sources) {
        let kind = kinds
            .entry(event.kind)
            .or_insert_with(|| {
                serde_json::to_value(event.kind)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default()
            })
            .clone();
        out.entry(event.partnership)
            .or_default()
            .entry((kind, event.name))
            .or_default()
            .push(event.date);
    }
    out
}

pub fn compare(
    old: Option<&BTreeMap<(String, String), Vec<NaiveDate>>>,
    new: Option<&BTreeMap<(String, String), Vec<NaiveDate>>>,
) -> EventChanges {
    let empty = BTreeMap::new();
    let (a, b) = (old.unwrap_or(&empty), new.unwrap_or(&empty));
    let mut keys: Vec<&(String, String)> = a.keys().chain(b.keys()).collect();
    keys.sort();
    keys.dedup();
    let mut out = EventChanges::default();
    for key in keys {
        let none = Vec::new();
        let (x, y) = (a.get(key).unwrap_or(&none), b.get(key).unwrap_or(&none));
        if x == y {
            continue;
        }
        let (x, y) = without_common(x, y);
        let (kind, name) = key;
        let dated = |date: NaiveDate| DatedEvent {
            kind: kind.clone(),
            name: name.clone(),
            date,
        };
        let moved = |old: NaiveDate, new: NaiveDate| MovedEvent {
            kind: kind.clone(),
            name: name.clone(),
            old,
            new,
        };
        if x.len() == y.len() {
            out.moved
                .extend(x.iter().zip(&y).map(|(o, n)| moved(*o, *n)));
            continue;
        }
        let (mut i, mut j) = (0, 0);
        while i < x.len() || j < y.len() {
            match (x.get(i), y.get(j)) {
                (Some(o), Some(n)) if (*n - *o).num_days().abs() <= MOVED_WITHIN_DAYS => {
                    out.moved.push(moved(*o, *n));
                    i += 1;
                    j += 1;
                }
                (Some(o), Some(n)) if o < n => {
                    out.removed.push(dated(*o));
                    i += 1;
                }
                (Some(_), Some(n)) => {
                    out.added.push(dated(*n));
                    j += 1;
                }
                (Some(o), None) => {
                    out.removed.push(dated(*o));
                    i += 1;
                }
                (None, Some(n)) => {
                    out.added.push(dated(*n));
                    j += 1;
                }
                (None, None) => break,
            }
        }
    }
    let order = |e: &DatedEvent| (e.date, e.kind.clone(), e.name.clone());
    out.added.sort_by_key(order);
    out.removed.sort_by_key(order);
    out.moved
        .sort_by_key(|m| (m.old, m.new, m.kind.clone(), m.name.clone()));
    out
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
