//! Health in the life pass: renewal criteria, review adjustments and
//! escalation criteria may read `health` and its tier scores (design
//! §10.1, §10.3), so this pass scores the health periods of the
//! partnerships whose life reads them, with the same rule as the engine
//! (`run::health::score_period`).
//!
//! A period's score is a reading dated its last day: it is known by the
//! end of that day, so a renewal decided on a period's last day sees it,
//! and a line dated the next day comes after it. Only partnerships whose
//! life conditions read a health metric are scored here; the engine scores
//! every partnership with weights again for the report, triggers and
//! bonuses, from the same readings, so both agree.

use super::{Scan, State};
use crate::ir::{Cond, Term, HEALTH_METRICS};
use crate::run::cond::{self, Key};
use crate::run::health::{health_periods, score_period};
use crate::run::trace::{Entry, Kind};
use chrono::NaiveDate;

impl Scan<'_, '_> {
    /// Marks partnership `pi` for scoring when a condition of its life
    /// reads one of its built-in health metrics.
    pub(super) fn watch_health(&mut self, pi: usize) {
        let Some(p) = self.catalog.pf.partnerships.get(pi) else {
            return;
        };
        let mut conds: Vec<&Cond> = Vec::new();
        conds.extend(p.renewal.as_ref().and_then(|r| r.criteria.as_ref()));
        conds.extend(p.escalation.iter().filter_map(|l| l.condition.as_ref()));
        for m in &p.meetings {
            conds.extend(m.adjustments.iter().map(|a| &a.condition));
        }
        let mut keys = Vec::new();
        for c in conds {
            cond::keys(c, Some(pi), &mut keys);
        }
        let reads_health = keys.iter().any(|k| match *k {
            Key::Metric(q, m) => {
                q == pi
                    && p.metrics
                        .get(m)
                        .is_some_and(|m| HEALTH_METRICS.contains(&m.name.as_str()))
            }
            _ => false,
        });
        if !reads_health || p.weights.is_empty() {
            return;
        }
        if let Some(Some(s)) = self.states.get_mut(pi) {
            s.health = true;
            self.scoring.push(pi);
        }
    }

    /// Scores every watched partnership's periods ending by `through`.
    pub(super) fn health_all(&mut self, through: NaiveDate) {
        for i in 0..self.scoring.len() {
            if let Some(&pi) = self.scoring.get(i) {
                self.health(pi, through);
            }
        }
    }

    /// Scores partnership `pi`'s health periods that end by `through` and
    /// have not been scored; each score is read like a metric reading.
    pub(super) fn health(&mut self, pi: usize, through: NaiveDate) {
        let Some(Some(s)) = self.states.get_mut(pi) else {
            return;
        };
        let Some(todo) = due_periods(s, through) else {
            return;
        };
        s.scored += todo.len();
        let (p, start) = (s.p, s.start);
        for period in todo {
            let scores = score_period(pi, p, start, period, &self.history);
            for (metric, value) in scores.readings(p) {
                let entry = Entry {
                    line: 0,
                    date: period.1,
                    kind: Kind::Metric {
                        p: pi,
                        metric,
                        value,
                    },
                };
                let raised = self.reading(&entry);
                self.pending.extend(raised);
            }
        }
    }

    /// Moves the escalations raised by health scores into the trace, in
    /// date order (they are dated on or after the line before them).
    pub(super) fn drain_pending(&mut self, out: &mut Vec<Entry>) {
        self.pending.sort_by_key(|e| e.date);
        out.append(&mut self.pending);
    }
}

/// The periods of `s` ending by `through` not scored yet.
fn due_periods(s: &State<'_>, through: NaiveDate) -> Option<Vec<(NaiveDate, NaiveDate)>> {
    if !s.health {
        return None;
    }
    let term = Term {
        start: s.start,
        end: s.end(),
        span: s.p.term?.span,
    };
    let all = health_periods(s.p, term, through)?;
    Some(
        all.into_iter()
            .skip(s.scored)
            .take_while(|(_, end)| *end <= through)
            .collect(),
    )
}
