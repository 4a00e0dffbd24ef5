//! `pact diff`: what changes between two versions of a portfolio, by stable
//! ids (design §10.6).
//!
//! Nothing here reads syntax. Each side is a checked portfolio with its
//! versions; the diff compares what the outputs say about it: the
//! obligations document (clauses, obligations, deadlines, parties — by
//! their public ids, with positions and doc comments left out, so
//! comments and formatting never make a difference), the schedule
//! (dated events, following the versions), the money a run with no events
//! pays per contract year, and the portfolio conflicts (E04xx) found.
//! Building on the outputs keeps one meaning: what the diff reports is
//! what `pact build` and `pact run` would show differently.

mod clauses;
mod events;
mod human;
mod money;

use crate::diagnostics::Diagnostic;
use crate::ir::Partnership;
use crate::ir::Portfolio;
use crate::source::SourceMap;
use crate::versions::Versioned;
use schemars::JsonSchema;
use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};
use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::io::{self, Write};

pub use human::render;

/// `pact.diff/1`.
pub const FORMAT: &str = "pact.diff/1";

/// One side of a diff: a checked portfolio and its versions.
pub struct Side<'a> {
    pub versions: Versioned<'a>,
    pub sources: &'a SourceMap,
    pub diagnostics: &'a [Diagnostic],
}

impl<'a> Side<'a> {
    /// The contract in force last: the latest version.
    fn latest(&self) -> &'a Portfolio {
        self.versions
            .portfolio(self.versions.count().saturating_sub(1))
    }
}

/// The whole diff (`pact diff --format json`).
#[derive(Debug, Serialize, JsonSchema)]
pub struct Diff {
    /// `pact.diff/1`.
    pub format: String,
    /// Whether anything differs (the exit status is 1 when it does).
    pub differs: bool,
    /// Partnerships that differ, by name; unchanged ones are left out.
    pub partnerships: Vec<PartnershipDiff>,
    /// Coordination rules added, removed or changed (by position in their
    /// `coordinate` block).
    pub coordination: Vec<ClauseChange>,
    /// Portfolio conflicts (E04xx) that only one side has.
    pub conflicts: Conflicts,
}

#[derive(Debug, Serialize, JsonSchema, PartialEq, Eq, Clone, Copy)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Added,
    Removed,
    Changed,
}

#[derive(Debug, Serialize, JsonSchema)]
pub struct PartnershipDiff {
    pub name: String,
    pub status: Status,
    /// Clauses changed, by section of the obligations document and id.
    pub clauses: Vec<ClauseChange>,
    pub events: EventChanges,
    /// Payments per contract year and currency, before and after, where
    /// they differ.
    pub money: Vec<MoneyYear>,
}

/// A clause (or a value of the partnership) that differs.
#[derive(Debug, Serialize, JsonSchema, Clone)]
pub struct ClauseChange {
    /// The section of the obligations document: `payments`, `meetings`,
    /// `obligations`, `term`, `parties` ...
    pub section: String,
    /// The clause's stable id, when it has one (`AcmeGlobex.retainer.Globex`).
    pub id: Option<String>,
    pub status: Status,
    /// For a changed clause, each value that differs, by its path inside
    /// the clause (`amount.amount`), old and new.
    pub fields: Vec<FieldChange>,
    /// The clause before (absent when added), as in the obligations output
    /// without `source`.
    pub old: Option<serde_json::Value>,
    /// The clause after (absent when removed).
    pub new: Option<serde_json::Value>,
}

#[derive(Debug, Serialize, JsonSchema, Clone)]
pub struct FieldChange {
    pub path: String,
    pub old: Option<serde_json::Value>,
    pub new: Option<serde_json::Value>,
}

/// Dated events that differ, by their clause (kind and name), in date
/// order: the first 10,000 of each list, the rest counted in `omitted`.
#[derive(Debug, Serialize, JsonSchema, Default)]
pub struct EventChanges {
    pub added: Vec<DatedEvent>,
    pub removed: Vec<DatedEvent>,
    pub moved: Vec<MovedEvent>,
    /// How many events each list leaves out after its first 10,000
    /// (absent when none is left out).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub omitted: Option<Omitted>,
    /// Per clause, in (kind, name) order: how many dates were added,
    /// removed and moved, and the first few (the human output).
    #[serde(skip)]
    #[schemars(skip)]
    pub clauses: Vec<ClauseEvents>,
}

impl EventChanges {
    fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty() && self.moved.is_empty()
    }
}

/// Events left out of the lists of [`EventChanges`].
#[derive(Debug, Serialize, JsonSchema, Default, Clone, Copy)]
pub struct Omitted {
    pub added: usize,
    pub removed: usize,
    pub moved: usize,
}

impl Omitted {
    fn is_empty(&self) -> bool {
        self.added == 0 && self.removed == 0 && self.moved == 0
    }
}

/// One clause's dated events that differ, counted.
#[derive(Debug, Default)]
pub struct ClauseEvents {
    pub kind: String,
    pub name: String,
    pub added: Tally,
    pub removed: Tally,
    pub moved: Tally,
}

/// How many, and the first few as the human output writes them.
#[derive(Debug, Default)]
pub struct Tally {
    pub count: usize,
    pub shown: Vec<String>,
}

impl Tally {
    fn note(&mut self, text: impl FnOnce() -> String) {
        if self.shown.len() < events::SHOWN_DATES {
            self.shown.push(text());
        }
        self.count += 1;
    }
}

#[derive(Debug, Serialize, JsonSchema, Clone)]
pub struct DatedEvent {
    /// As in the schedule: `meeting`, `review`, `term_end` ...
    pub kind: String,
    pub name: String,
    pub date: chrono::NaiveDate,
}

#[derive(Debug, Serialize, JsonSchema, Clone)]
pub struct MovedEvent {
    pub kind: String,
    pub name: String,
    pub old: chrono::NaiveDate,
    pub new: chrono::NaiveDate,
}

/// The retainers a partnership pays in one contract year and currency
/// (fees, bonuses, success fees and penalties depend on events: their
/// changes show as clause changes).
#[derive(Debug, Serialize, JsonSchema, Clone, PartialEq)]
pub struct MoneyYear {
    pub currency: String,
    /// 1 for the year starting on the term start.
    pub contract_year: u32,
    /// The exact sum, as a decimal string with the currency's minor unit.
    pub old: String,
    pub new: String,
}

#[derive(Debug, Serialize, JsonSchema, Default)]
pub struct Conflicts {
    pub introduced: Vec<Conflict>,
    pub resolved: Vec<Conflict>,
}

#[derive(Debug, Serialize, JsonSchema, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Conflict {
    pub code: String,
    pub message: String,
}

/// The diff of two sides, whole (see [`stream`], which holds one
/// partnership's changes at a time).
pub fn diff(old: &Side<'_>, new: &Side<'_>) -> Diff {
    let (partnerships, coordination, conflicts) = parts(old, new);
    let partnerships: Vec<PartnershipDiff> = partnerships.collect();
    let differs = !partnerships.is_empty() || others_differ(&coordination, &conflicts);
    Diff {
        format: FORMAT.to_string(),
        differs,
        partnerships,
        coordination,
        conflicts,
    }
}

/// A diff to be written as it is found, one partnership at a time: the
/// partnerships are compared while they are written, and whether anything
/// differs is known before (the first partnership that differs is found
/// first).
pub struct Stream<'s> {
    pub differs: bool,
    partnerships: std::iter::Peekable<Partnerships<'s>>,
    coordination: Vec<ClauseChange>,
    conflicts: Conflicts,
}

pub fn stream<'s>(old: &'s Side<'s>, new: &'s Side<'s>) -> Stream<'s> {
    let (partnerships, coordination, conflicts) = parts(old, new);
    let mut partnerships = partnerships.peekable();
    let differs = partnerships.peek().is_some() || others_differ(&coordination, &conflicts);
    Stream {
        differs,
        partnerships,
        coordination,
        conflicts,
    }
}

impl Stream<'_> {
    /// `pact diff --format json`: byte for byte
    /// `serde_json::to_string_pretty(&diff(old, new))` and a newline.
    pub fn write_json(self, out: &mut dyn Write) -> io::Result<()> {
        let streamed = Streamed {
            differs: self.differs,
            partnerships: RefCell::new(self.partnerships),
            coordination: &self.coordination,
            conflicts: &self.conflicts,
        };
        // serde writes a few bytes at a time: a buffer of its own spares
        // each of them a call through `dyn Write`.
        let mut buffered = io::BufWriter::with_capacity(1 << 16, out);
        serde_json::to_writer_pretty(&mut buffered, &streamed).map_err(io::Error::from)?;
        buffered.write_all(b"\n")?;
        buffered.flush()
    }

    /// `pact diff` in words: byte for byte [`render`] of [`diff`].
    pub fn write_human(self, out: &mut dyn Write) -> io::Result<()> {
        if !self.differs {
            return out.write_all(b"no differences\n");
        }
        let mut text = String::new();
        for p in self.partnerships {
            text.clear();
            human::partnership(&mut text, &p);
            out.write_all(text.as_bytes())?;
        }
        text.clear();
        human::rest(&mut text, &self.coordination, &self.conflicts);
        out.write_all(text.as_bytes())
    }
}

fn others_differ(coordination: &[ClauseChange], conflicts: &Conflicts) -> bool {
    !coordination.is_empty() || !conflicts.introduced.is_empty() || !conflicts.resolved.is_empty()
}

/// The partnerships that differ, made one at a time in name order, and
/// the coordination rules and conflicts that differ.
fn parts<'s>(
    old: &'s Side<'s>,
    new: &'s Side<'s>,
) -> (Partnerships<'s>, Vec<ClauseChange>, Conflicts) {
    // Clauses one partnership at a time: both sides' whole documents as
    // JSON values took gigabytes on 10,000 partnerships (issue 18).
    let old_partnerships = clauses::partnerships(old);
    let new_partnerships = clauses::partnerships(new);
    let names: BTreeSet<&str> = old_partnerships
        .keys()
        .chain(new_partnerships.keys())
        .copied()
        .collect();
    let partnerships = Partnerships {
        old,
        new,
        names: names.into_iter().collect::<Vec<_>>().into_iter(),
        old_partnerships,
        new_partnerships,
        old_events: events::by_partnership(old),
        new_events: events::by_partnership(new),
        old_money: money::per_year(old),
        new_money: money::per_year(new),
    };
    let coordination =
        clauses::compare_coordination(&clauses::coordination(old), &clauses::coordination(new));
    let conflicts = conflicts(old.diagnostics, new.diagnostics);
    (partnerships, coordination, conflicts)
}

/// The partnerships that differ, each compared when it is asked for (and
/// its dates and money dropped once compared).
struct Partnerships<'s> {
    old: &'s Side<'s>,
    new: &'s Side<'s>,
    names: std::vec::IntoIter<&'s str>,
    old_partnerships: BTreeMap<&'s str, &'s Partnership>,
    new_partnerships: BTreeMap<&'s str, &'s Partnership>,
    old_events: events::Events,
    new_events: events::Events,
    old_money: money::Money,
    new_money: money::Money,
}

impl Iterator for Partnerships<'_> {
    type Item = PartnershipDiff;

    fn next(&mut self) -> Option<PartnershipDiff> {
        for name in self.names.by_ref() {
            let (a, b) = (
                self.old_partnerships
                    .get(name)
                    .map(|p| clauses::object(self.old, p)),
                self.new_partnerships
                    .get(name)
                    .map(|p| clauses::object(self.new, p)),
            );
            let status = match (&a, &b) {
                (None, _) => Status::Added,
                (_, None) => Status::Removed,
                _ => Status::Changed,
            };
            let clauses = clauses::compare(a.as_ref(), b.as_ref());
            let events = events::compare(
                self.old_events.remove(name).as_ref(),
                self.new_events.remove(name).as_ref(),
            );
            let money = money::compare(
                self.old_money.remove(name).as_ref(),
                self.new_money.remove(name).as_ref(),
            );
            if status == Status::Changed
                && clauses.is_empty()
                && events.is_empty()
                && money.is_empty()
            {
                continue;
            }
            return Some(PartnershipDiff {
                name: name.to_string(),
                status,
                clauses,
                events,
                money,
            });
        }
        None
    }
}

/// [`Diff`]'s JSON with its partnerships serialised as they are made.
struct Streamed<'x, I> {
    differs: bool,
    partnerships: RefCell<I>,
    coordination: &'x [ClauseChange],
    conflicts: &'x Conflicts,
}

impl<I: Iterator<Item = PartnershipDiff>> Serialize for Streamed<'_, I> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut diff = serializer.serialize_struct("Diff", 5)?;
        diff.serialize_field("format", FORMAT)?;
        diff.serialize_field("differs", &self.differs)?;
        diff.serialize_field("partnerships", &Sequence(&self.partnerships))?;
        diff.serialize_field("coordination", self.coordination)?;
        diff.serialize_field("conflicts", self.conflicts)?;
        diff.end()
    }
}

/// An iterator serialised as a JSON array, once.
struct Sequence<'r, I>(&'r RefCell<I>);

impl<I: Iterator<Item = PartnershipDiff>> Serialize for Sequence<'_, I> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut items = self
            .0
            .try_borrow_mut()
            .map_err(|_| serde::ser::Error::custom("the partnerships were serialised twice"))?;
        serializer.collect_seq(&mut *items)
    }
}

/// Whether a diagnostic is a portfolio conflict (E04xx): those are part of
/// what a diff reports, not a reason to refuse it.
pub fn is_conflict(d: &Diagnostic) -> bool {
    d.code.starts_with("E04")
}

fn conflicts(old: &[Diagnostic], new: &[Diagnostic]) -> Conflicts {
    let set = |ds: &[Diagnostic]| -> BTreeSet<Conflict> {
        ds.iter()
            .filter(|d| is_conflict(d))
            .map(|d| Conflict {
                code: d.code.to_string(),
                message: d.message.clone(),
            })
            .collect()
    };
    let (a, b) = (set(old), set(new));
    Conflicts {
        introduced: b.difference(&a).cloned().collect(),
        resolved: a.difference(&b).cloned().collect(),
    }
}

/// The JSON Schema of `pact diff --format json`.
pub fn schema() -> serde_json::Value {
    let mut schema = schemars::schema_for!(Diff);
    schema.insert("title".into(), "Pact diff".into());
    serde_json::to_value(schema).unwrap_or_default()
}
