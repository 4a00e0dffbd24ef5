//! The state a run builds up, as data: instantiated duties, ladders and
//! their runs, readings in order, what money comes to ([`Ledger`]) and what
//! the run ended with ([`Final`]). The engine (`engine/`) advances it;
//! money (`money/`) reads its [`History`]; the report is assembled from
//! [`Final`] (`assemble.rs`). It depends on no file of `run/` but the
//! catalogue, the report's types and the trace's words.

use super::catalog::Catalog;
use super::report::{
    BonusPeriod, Breach, Firing, HealthPeriod, LadderStatus, ObligationRun, Outcome, Payment,
};
use super::trace::LadderKind;
use crate::ir::values::{Duration, Value};
use chrono::NaiveDate;
use std::collections::{BTreeSet, HashMap};

/// An instantiated obligation, milestone or pathway step.
pub(crate) struct Inst {
    pub id: String,
    pub base: String,
    pub p: usize,
    pub origin: String,
    pub text: String,
    pub owed_by: Vec<usize>,
    pub arises: Option<NaiveDate>,
    pub due: Option<NaiveDate>,
    pub fulfilled: Option<NaiveDate>,
    /// A pathway step: the step after it, and its own time allowed.
    pub next: Option<usize>,
    pub within: Option<Duration>,
}

pub(crate) struct Ladder {
    pub id: String,
    pub p: usize,
    pub kind: LadderKind,
    pub notice: NaiveDate,
    pub status: LadderStatus,
    pub ended: Option<NaiveDate>,
    pub runs: Vec<Run>,
}

pub(crate) struct Run {
    pub step: usize,
    pub started: NaiveDate,
    pub deadline: Option<NaiveDate>,
    pub ended: Option<NaiveDate>,
    pub outcome: Outcome,
}

/// `base`, or `base#2`, `base#3`... if it is taken.
pub(crate) fn unique<T>(taken: &HashMap<String, T>, base: String) -> String {
    if !taken.contains_key(&base) {
        return base;
    }
    let mut n = 2u32;
    loop {
        let candidate = format!("{base}#{n}");
        if !taken.contains_key(&candidate) {
            return candidate;
        }
        n = n.saturating_add(1);
    }
}

/// Readings in order, per `(partnership, signal)` or `(partnership, metric)`.
pub(crate) type Series = HashMap<(usize, usize), Vec<(NaiveDate, Value)>>;

/// What money reads of the run at its end: the readings so far and the
/// instances (milestones with their due and fulfilment dates).
pub(crate) struct History<'h> {
    /// Every metric reading, the health scores included.
    pub metrics: &'h Series,
    /// Every signal reading: indexation reads the last one before an
    /// anniversary.
    pub signals: &'h Series,
    pub insts: &'h [Inst],
    /// The index in `insts` of each instance, by id.
    pub inst_ids: &'h HashMap<String, usize>,
}

/// What the money of a run came to (`money/`).
pub(crate) struct Ledger {
    /// `(partnership, payment)`, in the order made.
    pub payments: Vec<(usize, Payment)>,
    pub bonus_periods: Vec<(usize, BonusPeriod)>,
    /// `(partnership, duty, breach)`: invoices owed.
    pub invoices: Vec<(String, ObligationRun, Option<Breach>)>,
    pub notes: BTreeSet<String>,
}

/// Everything a finished run produced, for the report.
pub(crate) struct Final<'a> {
    pub cat: &'a Catalog<'a>,
    pub insts: Vec<Inst>,
    /// For each instance: a pathway step that never arose because the step
    /// before it was resolved in time.
    pub not_needed: Vec<bool>,
    /// `(partnership, firing)`.
    pub firings: Vec<(usize, Firing)>,
    pub ladders: Vec<Ladder>,
    /// `(partnership, payment)`.
    pub payments: Vec<(usize, Payment)>,
    pub bonus_periods: Vec<(usize, BonusPeriod)>,
    pub notes: BTreeSet<String>,
    /// `(partnership, period)`: health scores (`engine/health.rs`).
    pub health: Vec<(String, HealthPeriod)>,
    /// `(partnership, duty, breach)`: invoices owed (`money/invoices.rs`).
    pub invoices: Vec<(String, ObligationRun, Option<Breach>)>,
}
