//! The engine's side of health and of the money that comes with lines:
//! before each trace line, the health periods that ended before its date
//! are scored (`run::health::score_period`) and their scores applied as
//! readings of the built-in metrics `health`, `health.operational`, ...
//! dated the period's last day, so triggers, `when` clauses and bonuses on
//! them work like on any metric; then the line's `paid` ids and signal
//! readings go to money (shares, indexation).
//!
//! A period is scored once the trace has moved past its last day, or at
//! the end of the run when it ends by *as of*.

use super::Machine;
use crate::ir::Partnership;
use crate::run::health::{health_periods, score_period};
use crate::run::report::HealthPeriod;
use crate::run::trace::{Entry, Kind};
use chrono::NaiveDate;
use std::collections::HashMap;

/// What health scoring keeps between lines.
#[derive(Debug, Default)]
pub(super) struct Scoring {
    /// Health periods scored so far, per partnership.
    scored: HashMap<usize, usize>,
    /// `(partnership name, period)`, in the order scored.
    pub(super) health: Vec<(String, HealthPeriod)>,
    /// Set while the scores are applied: their readings are lines too, and
    /// must not score again.
    busy: bool,
}

impl Machine<'_> {
    /// Before each line: the health periods that ended before its date,
    /// then what money reads of the line as it comes.
    pub(super) fn before_line(&mut self, entry: &Entry) {
        if self.scoring.busy {
            return;
        }
        self.scoring.busy = true;
        self.health_before(entry.date);
        self.scoring.busy = false;
        if let Kind::Paid { id } = &entry.kind {
            self.money.paid(entry.line, entry.date, id);
        }
        if let Kind::Signal { p, signal, value } = &entry.kind {
            self.signal_history
                .entry((*p, *signal))
                .or_default()
                .push((entry.date, value.clone()));
            self.money
                .shares(*p, *signal, value, entry.date, entry.line);
        }
    }

    /// At the end of the run: the periods that ended by `as_of`.
    pub(super) fn health_through(&mut self, as_of: NaiveDate) {
        if let Some(next) = as_of.succ_opt() {
            self.scoring.busy = true;
            self.health_before(next);
            self.scoring.busy = false;
        }
    }

    fn health_before(&mut self, date: NaiveDate) {
        let pf = self.cat.pf;
        for (pi, p) in pf.partnerships.iter().enumerate() {
            let Some(term) = p.term else { continue };
            let limit = date.pred_opt().unwrap_or(date);
            let Some(all) = health_periods(p, term, limit) else {
                continue;
            };
            let done = self.scoring.scored.get(&pi).copied().unwrap_or(0);
            for &(start, end) in all.iter().skip(done) {
                if end >= date {
                    break;
                }
                let count = self.scoring.scored.get(&pi).copied().unwrap_or(0) + 1;
                self.scoring.scored.insert(pi, count);
                self.score(pi, p, term.start, start, end);
            }
        }
    }

    fn score(
        &mut self,
        pi: usize,
        p: &Partnership,
        term_start: NaiveDate,
        start: NaiveDate,
        end: NaiveDate,
    ) {
        let scores = score_period(pi, p, term_start, (start, end), &self.readings);
        self.scoring
            .health
            .push((p.name.clone(), scores.period(start, end)));
        // The scores enter the run as readings of the built-in metrics.
        for (metric, value) in scores.readings(p) {
            let entry = Entry {
                line: 0,
                date: end,
                kind: Kind::Metric {
                    p: pi,
                    metric,
                    value,
                },
            };
            self.apply(&entry);
        }
    }
}
