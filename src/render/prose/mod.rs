//! One partnership in plain sentences, one module per clause family.
//!
//! Each family turns its part of the model into a [`Section`]; the list
//! [`FAMILIES`] gives their order on the page. Adding the wording of a new
//! clause kind is a change to the one family file it belongs to (or a new
//! file and one line here). Whatever no family put into words is still
//! named by [`fallback`], so a clause is never dropped silently.
//!
//! Sentences are built from the model with the dates the outputs compute
//! (`emit::calendar::one_offs`, `ir::dates::occurrences`), never from the
//! source text.

pub mod amendments;
mod changes;
mod data;
pub mod fallback;
mod ladders;
mod meetings;
mod metrics;
mod milestones;
mod money;
mod parties;
mod sharing;
mod term;
#[cfg(test)]
mod tests;

use super::doc::{Section, Text};
use super::words;
use crate::diagnostics::Span;
use crate::emit::calendar::{self, EventKind};
use crate::ir::{ActorRef, Cond, Partnership, Portfolio};
use chrono::NaiveDate;
use std::collections::BTreeMap;

pub use data::{obligation, transition_obligation};

/// What a family reads: the portfolio, the partnership, and the dates the
/// schedule computes for it.
pub struct Ctx<'a> {
    pub portfolio: &'a Portfolio,
    pub p: &'a Partnership,
    /// The page of each partnership, by name (for links across pages).
    pub pages: &'a BTreeMap<String, String>,
    one_offs: Vec<(EventKind, String, NaiveDate, Span)>,
    /// Count recurring dates from this day on (a version in force from an
    /// amendment's effective date); `None`: over the whole term.
    pub since: Option<NaiveDate>,
}

impl<'a> Ctx<'a> {
    pub fn new(
        portfolio: &'a Portfolio,
        p: &'a Partnership,
        pages: &'a BTreeMap<String, String>,
    ) -> Ctx<'a> {
        Ctx {
            portfolio,
            p,
            pages,
            one_offs: calendar::one_offs(p),
            since: None,
        }
    }

    /// The same, counting recurring dates from `day` on.
    pub fn since(mut self, day: NaiveDate) -> Ctx<'a> {
        self.since = Some(day);
        self
    }

    /// The schedule's date of a one-off event (renewal decision, notice ...).
    pub fn date_of(&self, kind: EventKind) -> Option<NaiveDate> {
        self.one_offs
            .iter()
            .find(|(k, ..)| *k == kind)
            .map(|(_, _, d, _)| *d)
    }

    pub fn start(&self) -> Option<NaiveDate> {
        self.p.term.map(|t| t.start)
    }

    pub fn actors(&self, list: &[ActorRef]) -> String {
        words::actors(self.portfolio, list)
    }

    pub fn party(&self, party: usize) -> String {
        words::party_name(self.portfolio, party)
    }

    pub fn cond(&self, c: &Cond) -> Text {
        words::condition(self.portfolio, self.p, c)
    }
}

/// A family: its section of the page, or nothing when the partnership has
/// none of its clauses.
pub type Family = fn(&Ctx) -> Option<Section>;

/// The families in page order.
pub const FAMILIES: &[Family] = &[
    parties::section,
    term::section,
    meetings::section,
    metrics::section,
    ladders::section,
    changes::section,
    money::section,
    data::section,
    milestones::section,
];

/// Every section of one partnership's page, its amendments after the
/// families, the fallback last.
pub fn sections(cx: &Ctx, text: &str, history: Option<&amendments::History>) -> Vec<Section> {
    let mut out: Vec<Section> = FAMILIES.iter().filter_map(|family| family(cx)).collect();
    if let Some(s) = history.and_then(|h| amendments::section(cx, h)) {
        out.push(s);
    }
    if let Some(rest) = fallback::section(cx, &out, text) {
        out.push(rest);
    }
    out
}
