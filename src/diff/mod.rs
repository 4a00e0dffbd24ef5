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
use crate::ir::Portfolio;
use crate::source::SourceMap;
use crate::versions::Versioned;
use schemars::JsonSchema;
use serde::Serialize;
use std::collections::BTreeSet;

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

/// Dated events that differ, by their clause (kind and name).
#[derive(Debug, Serialize, JsonSchema, Default)]
pub struct EventChanges {
    pub added: Vec<DatedEvent>,
    pub removed: Vec<DatedEvent>,
    pub moved: Vec<MovedEvent>,
}

impl EventChanges {
    fn is_empty(&self) -> bool {
        self.added.is_empty() && self.removed.is_empty() && self.moved.is_empty()
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

/// The diff of two sides.
pub fn diff(old: &Side<'_>, new: &Side<'_>) -> Diff {
    // Clauses one partnership at a time: both sides' whole documents as
    // JSON values took gigabytes on 10,000 partnerships (issue 18).
    let old_partnerships = clauses::partnerships(old);
    let new_partnerships = clauses::partnerships(new);
    let old_events = events::by_partnership(old);
    let new_events = events::by_partnership(new);
    let old_money = money::per_year(old);
    let new_money = money::per_year(new);
    let names: BTreeSet<&str> = old_partnerships
        .keys()
        .chain(new_partnerships.keys())
        .copied()
        .collect();
    let mut partnerships = Vec::new();
    for name in names {
        let (a, b) = (
            old_partnerships.get(name).map(|p| clauses::object(old, p)),
            new_partnerships.get(name).map(|p| clauses::object(new, p)),
        );
        let status = match (&a, &b) {
            (None, _) => Status::Added,
            (_, None) => Status::Removed,
            _ => Status::Changed,
        };
        let clauses = clauses::compare(a.as_ref(), b.as_ref());
        let events = events::compare(old_events.get(name), new_events.get(name));
        let money = money::compare(old_money.get(name), new_money.get(name));
        if status == Status::Changed && clauses.is_empty() && events.is_empty() && money.is_empty()
        {
            continue;
        }
        partnerships.push(PartnershipDiff {
            name: name.to_string(),
            status,
            clauses,
            events,
            money,
        });
    }
    let coordination =
        clauses::compare_coordination(&clauses::coordination(old), &clauses::coordination(new));
    let conflicts = conflicts(old.diagnostics, new.diagnostics);
    let differs = !partnerships.is_empty()
        || !coordination.is_empty()
        || !conflicts.introduced.is_empty()
        || !conflicts.resolved.is_empty();
    Diff {
        format: FORMAT.to_string(),
        differs,
        partnerships,
        coordination,
        conflicts,
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
