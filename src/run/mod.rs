//! `pact run`: a checked portfolio executed against a trace of events.
//!
//! The contract's state is advanced event by event (as in residual-contract
//! monitoring) under the precise rules of design §5.1; nothing here reads
//! files or prints. [`run`] returns a [`Report`] (obligations instantiated,
//! ladders climbed, payments made, breaches) or every bad line of the trace.
//!
//! # The trace
//!
//! JSON lines: one object a line, in date order (lines of one date keep
//! their file order); blank lines are skipped. Every line has `"date"`
//! (`YYYY-MM-DD`) and, unless the portfolio has exactly one partnership,
//! `"partnership"`; a `"note"` (any text) is ignored. What the line says is
//! given by exactly one of these keys:
//!
//! | line | meaning |
//! |---|---|
//! | `{"date", "partnership", "signal": NAME, "value": V}` | a reading of a declared signal in that partnership |
//! | `{"date", "partnership", "metric": NAME, "value": V}` | a reading of one of the partnership's metrics |
//! | `{"date", "partnership", "event": NAME}` | a declared event happens (fees per event, `trigger ... on`, the dispute notice) |
//! | `{"date", "fulfilled": ID}` | an instantiated obligation, pathway step or milestone is fulfilled |
//! | `{"date", "partnership", "raise": LEVEL}` | an issue enters the escalation ladder at that level |
//! | `{"date", "partnership", "escalate": LADDER, "to"?: STEP}` | the open ladder moves on now, to the next rung or to `to` |
//! | `{"date", "partnership", "resolved": LADDER}` | the ladder is resolved: it stops |
//! | `{"date", "paid": ID}` | an invoice is paid (`Partnership.invoice.PAYEE@DATE`; checked at the end of the run, where invoices are known) |
//!
//! Values are typed by the signal or metric: `"18%"` (percent), `"3000000
//! USD"` (money, in the partnership's currency; `_` separators allowed),
//! `"48 hours"` / `"10 business days"` (duration), a number (JSON or string)
//! for `number`, `count` (whole, not negative) and `score`, `true`/`false` or
//! `"yes"`/`"no"` for `bool`, `"YYYY-MM-DD"` for `date`. JSON numbers with a
//! fraction are read through their shortest decimal form; write exact
//! decimals as strings.
//!
//! `LADDER` is `"dispute"` or `"escalation"` (the one open ladder of that
//! kind in the partnership) or a ladder id such as `"dispute@2026-03-02"`;
//! a step or level name stands for its ladder (`{"escalate": "major"}`
//! moves the open escalation to `major`; `{"resolved": "mediation"}`
//! resolves the open dispute, which must be at `mediation`).
//!
//! # Ids
//!
//! Instantiated things get stable ids derived from the model's ids (those of
//! `pact build --emit obligations`):
//! - a milestone: `Partnership.milestone.NAME`;
//! - an unconditional clause obligation with a deadline: its own id;
//! - an obligation of a trigger, of a coordination rule or of a clause with
//!   `when`: its id, `@`, the date it arose (`...@2026-12-22`);
//! - a change pathway step: `Partnership.change.LEVEL.ACTION@DATE` (the date
//!   the level was selected; a repeated action in one pathway gets `-2`, `-3`);
//! - a ladder: `Partnership.dispute@DATE` (the notice's date) or
//!   `Partnership.escalation@DATE`;
//! - a payment: the id of its pay item (as in the obligations output), `@`
//!   the date it is made.
//!
//! A second instance of the same id on the same date gets `#2`, `#3`, ....
//! `fulfilled` takes the full id, or the id without `@...` when exactly one
//! instance of it is open.
//!
//! # Semantics in brief
//!
//! The report is the state on day *as of*, after its lines: `--until`, or
//! else the date of the trace's last line. Lines after `--until` are checked
//! but not applied. Deadlines are inclusive: an obligation due on D and not
//! fulfilled on D is breached from D + 1, so on *as of* a duty due that day
//! is still open, and a ladder step whose last day it is still runs. See the
//! language reference, "Event traces for pact run", for every rule.

mod assemble;
mod catalog;
mod cond;
mod engine;
mod health;
mod life;
pub mod limits;
pub(crate) mod money;
pub(crate) mod periods;
pub mod report;
mod state;
mod trace;

use crate::ir::Portfolio;
use chrono::NaiveDate;
use std::fmt;

pub use report::Report;

/// A bad line of the trace: its 1-based number, what is wrong, and how to
/// fix it when that is known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TraceError {
    pub line: usize,
    pub message: String,
    pub help: Option<String>,
    /// The catalogue's code when a limit was hit (E0017, E0423).
    pub code: Option<&'static str>,
}

impl TraceError {
    pub(crate) fn new(line: usize, message: impl Into<String>) -> TraceError {
        TraceError {
            line,
            message: message.into(),
            help: None,
            code: None,
        }
    }

    pub(crate) fn with_code(mut self, code: &'static str) -> TraceError {
        self.code = Some(code);
        self
    }

    pub(crate) fn with_help(mut self, help: Option<String>) -> TraceError {
        self.help = help;
        self
    }
}

impl fmt::Display for TraceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)?;
        if let Some(help) = &self.help {
            write!(f, " ({help})")?;
        }
        Ok(())
    }
}

/// Runs `portfolio` against the JSON-lines `trace_text` up to the end of
/// `until` (or of the trace's last date). Every malformed or inconsistent
/// line is reported, in line order.
pub fn run(
    portfolio: &Portfolio,
    trace_text: &str,
    until: Option<NaiveDate>,
) -> Result<Report, Vec<TraceError>> {
    run_after(portfolio, trace_text, until, money::Prior::default())
}

/// [`run`] for a version of an amended portfolio: its caps count `prior`,
/// the payments earlier versions actually made, for the days before it
/// took effect (`crate::versions`).
pub fn run_after(
    portfolio: &Portfolio,
    trace_text: &str,
    until: Option<NaiveDate>,
    prior: money::Prior,
) -> Result<Report, Vec<TraceError>> {
    if let Some(last) = crate::ir::renewal::horizon(portfolio).filter(|h| until > Some(*h)) {
        let message = format!(
            "the run is asked to go on to {}, beyond {last}, {} years after the earliest term starts",
            until.unwrap_or(last),
            crate::ir::renewal::HORIZON_YEARS
        );
        return Err(vec![TraceError::new(0, message).with_code("E0423")]);
    }
    let catalog = catalog::Catalog::new(portfolio);
    let mut entries = trace::parse(&catalog, trace_text)?;
    let as_of = until.or_else(|| entries.last().map(|e| e.date));
    // The partnership's life first (how long each term lasts), then the
    // machine on the portfolio with those terms (see `life`).
    let (mut plan, mut errors) = life::plan(&catalog, &mut entries, as_of);
    let adjusted = plan.adjust(portfolio);
    let catalog = match &adjusted {
        Some(pf) => catalog::Catalog::new(pf),
        None => catalog,
    };
    let mut machine = engine::Machine::new(&catalog);
    machine.carry(prior);
    machine.live(&mut plan, as_of);
    for entry in &entries {
        if as_of.is_some_and(|a| entry.date > a) {
            break;
        }
        machine.apply(entry);
    }
    match machine.finish(as_of) {
        Ok(done) if errors.is_empty() => {
            let mut report = assemble::report(done, as_of);
            life::annotate(plan, &catalog, &mut report);
            Ok(report)
        }
        Ok(_) => {
            errors.sort_by_key(|e| e.line);
            Err(errors)
        }
        Err(more) => {
            errors.extend(more);
            errors.sort_by_key(|e| e.line);
            Err(errors)
        }
    }
}

#[cfg(test)]
mod tests;
