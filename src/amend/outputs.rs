//! Outputs that follow the versions (design §10.6): dates before an
//! effective date come from the old terms, dates from it on from the new.
//!
//! Each version of the portfolio is emitted by the ordinary emitters; this
//! module only chooses, for each partnership and date, which version's
//! output holds. The streams are already in schedule order, so the
//! schedule is a merge of filtered streams and stays lazy.

use super::{partnership_dates, Amendments};
use crate::emit::schedule::{self, Event};
use crate::ir::Portfolio;
use crate::source::SourceMap;
use chrono::NaiveDate;
use std::collections::HashMap;
use std::io::{self, Write};
use std::iter::Peekable;

/// Every version of a portfolio: the original, and the portfolio in force
/// from each distinct effective date.
pub struct Versioned<'a> {
    pub original: &'a Portfolio,
    pub amended: &'a [(NaiveDate, Portfolio)],
    /// Each amended partnership's effective dates.
    dates: HashMap<&'a str, Vec<NaiveDate>>,
}

impl<'a> Versioned<'a> {
    pub fn new(
        original: &'a Portfolio,
        amended: &'a [(NaiveDate, Portfolio)],
        amendments: &'a Amendments,
    ) -> Versioned<'a> {
        let dates = amendments
            .iter()
            .map(|(name, _)| (name, partnership_dates(amendments, name)))
            .collect();
        Versioned {
            original,
            amended,
            dates,
        }
    }

    /// Which version holds for `partnership` on `date`: 0 for the original,
    /// `k` for `amended[k - 1]`.
    pub fn version_on(&self, partnership: &str, date: NaiveDate) -> usize {
        let Some(dates) = self.dates.get(partnership) else {
            return 0;
        };
        let Some(from) = dates.iter().rev().find(|d| **d <= date) else {
            return 0;
        };
        match self.amended.binary_search_by(|(d, _)| d.cmp(from)) {
            Ok(i) => i + 1,
            Err(_) => 0,
        }
    }

    /// The portfolio of version `k` (see [`Versioned::version_on`]).
    pub fn portfolio(&self, k: usize) -> &'a Portfolio {
        match k.checked_sub(1).and_then(|i| self.amended.get(i)) {
            Some((_, p)) => p,
            None => self.original,
        }
    }

    pub fn count(&self) -> usize {
        self.amended.len() + 1
    }

    /// The schedule, each event from the version in force on its date.
    pub fn schedule<'s>(&'s self, sources: &SourceMap) -> impl Iterator<Item = Event> + 's {
        let streams: Vec<Peekable<Box<dyn Iterator<Item = Event> + 's>>> = (0..self.count())
            .map(|k| {
                let events = schedule::events(self.portfolio(k), sources)
                    .filter(move |e| self.version_on(&e.partnership, e.date) == k);
                let boxed: Box<dyn Iterator<Item = Event> + 's> = Box::new(events);
                boxed.peekable()
            })
            .collect();
        Merge { streams }
    }
}

/// The schedule's order.
fn key(e: &Event) -> (NaiveDate, &str, &str, schedule::EventKind) {
    (e.date, &e.partnership, &e.name, e.kind)
}

/// A merge of streams each in schedule order (ties: the earlier stream).
struct Merge<'s> {
    streams: Vec<Peekable<Box<dyn Iterator<Item = Event> + 's>>>,
}

impl Iterator for Merge<'_> {
    type Item = Event;

    fn next(&mut self) -> Option<Event> {
        let mut best: Option<usize> = None;
        let mut best_key: Option<(NaiveDate, String, String, schedule::EventKind)> = None;
        for (i, stream) in self.streams.iter_mut().enumerate() {
            if let Some(e) = stream.peek() {
                let k = key(e);
                let smaller = best_key
                    .as_ref()
                    .is_none_or(|b| k < (b.0, b.1.as_str(), b.2.as_str(), b.3));
                if smaller {
                    best_key = Some((k.0, k.1.to_string(), k.2.to_string(), k.3));
                    best = Some(i);
                }
            }
        }
        self.streams.get_mut(best?)?.next()
    }
}

/// Writes the versioned schedule as `pact build --emit schedule` does.
pub fn write_schedule(
    versions: &Versioned<'_>,
    sources: &SourceMap,
    out: &mut dyn Write,
) -> io::Result<usize> {
    let mut count = 0;
    out.write_all(b"[")?;
    for event in versions.schedule(sources) {
        out.write_all(if count == 0 { b"\n" } else { b",\n" })?;
        serde_json::to_writer(&mut *out, &event).map_err(io::Error::from)?;
        count += 1;
    }
    out.write_all(if count == 0 { b"]\n" } else { b"\n]\n" })?;
    Ok(count)
}
