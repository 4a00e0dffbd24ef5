//! Health scores per period (design §10.1), computed from the readings
//! alone: the engine (`engine/health.rs`) and the life pass
//! (`life/health.rs`) both score with [`score_period`].
//!
//! A period's score is the weighted sum, over the three tiers, of the share
//! of each tier's targeted metrics whose last reading in the period meets
//! the target (no reading: not met), with the weights of the stage in force
//! on the period's first day. A period is scored once the trace has moved
//! past its last day (or at the end of the run, when it ends by *as of*);
//! its scores then enter the run as readings of the built-in metrics
//! `health`, `health.operational`, ... dated the period's last day, so
//! triggers, `when` clauses and bonuses on them work like on any metric.
//!
//! Scores are exact fractions; a reading keeps 28 significant digits (a
//! third stays a third to within 10^-26, so a comparison with any threshold
//! a contract can write is decided correctly), and the report shows them
//! rounded half-even to two decimals.

use super::periods::{anniversary, Ratio};
use super::report::{HealthPeriod, Period as PeriodJson};
use super::state::Series;
use crate::ir::values::{DurationUnit, Value};
use crate::ir::{Partnership, Period, HEALTH_METRICS};
use chrono::NaiveDate;
use rust_decimal::{Decimal, RoundingStrategy};

const TIERS: [&str; 3] = ["operational", "relational", "strategic"];

/// The first day the weights stage applies: start + its `after` (turn-2
/// ruling), periods of months by the anniversary rule.
fn stage_start(start: NaiveDate, after: Option<&crate::ir::values::Duration>) -> Option<NaiveDate> {
    let Some(d) = after else {
        return Some(start);
    };
    match d.unit {
        DurationUnit::BusinessDay | DurationUnit::Hour | DurationUnit::Minute => None,
        unit => anniversary(start, d.whole()?, unit.calendar_unit()?),
    }
}

/// Whether the partnership scores health: it has weights to score with.
fn scores(p: &Partnership) -> bool {
    !p.weights.is_empty()
}

fn percent_text(r: Ratio) -> String {
    let shown = r
        .round(2)
        .unwrap_or_default()
        .round_dp_with_strategy(2, RoundingStrategy::MidpointNearestEven);
    format!("{}%", shown.normalize())
}

/// A ratio as a percent reading: exact when it terminates.
fn reading(r: Ratio) -> Option<Decimal> {
    r.exact().or_else(|| r.approx())
}

/// One health period's scores, exact.
pub(crate) struct Scores {
    pub total: Ratio,
    /// Operational, relational, strategic.
    pub tiers: [Ratio; 3],
    /// The targeted metrics not met.
    pub missed: Vec<String>,
}

impl Scores {
    /// The period as the report shows it: scores rounded half-even to two
    /// decimals, and the targets missed.
    pub(crate) fn period(&self, start: NaiveDate, end: NaiveDate) -> HealthPeriod {
        let [operational, relational, strategic] = self.tiers;
        HealthPeriod {
            period: PeriodJson { start, end },
            health: percent_text(self.total),
            operational: percent_text(operational),
            relational: percent_text(relational),
            strategic: percent_text(strategic),
            missed: self.missed.clone(),
        }
    }

    /// The scores as readings of the built-in metrics `(metric, value)`,
    /// leaving out a metric the user declared under a built-in's name.
    pub(crate) fn readings(&self, p: &Partnership) -> Vec<(usize, Value)> {
        let [operational, relational, strategic] = self.tiers;
        HEALTH_METRICS
            .iter()
            .zip([self.total, operational, relational, strategic])
            .filter_map(|(name, value)| {
                let metric = p.metric(name)?;
                // A metric the user declared under this name is theirs.
                if p.metrics
                    .get(metric)
                    .is_some_and(|m| m.tier.is_some() || m.target.is_some())
                {
                    return None;
                }
                Some((metric, Value::Percent(reading(value)?)))
            })
            .collect()
    }
}

/// The health periods of `p` (the `health` clause's cadence, else
/// quarterly) over `term` that begin by `limit`; `None` when `p` does not
/// score health (no weights).
pub(crate) fn health_periods(
    p: &Partnership,
    term: crate::ir::Term,
    limit: NaiveDate,
) -> Option<Vec<(NaiveDate, NaiveDate)>> {
    if !scores(p) {
        return None;
    }
    let period = p.health.as_ref().map_or(Period::Quarterly, |h| h.period);
    Some(super::periods::periods(term, &period, &p.calendar, limit))
}

/// Scores partnership `pi`'s period `(start, end)` from the readings so far:
/// per tier the share of its targeted metrics whose last reading in the
/// period meets the target, weighted by the stage in force on `start`.
pub(crate) fn score_period(
    pi: usize,
    p: &Partnership,
    term_start: NaiveDate,
    (start, end): (NaiveDate, NaiveDate),
    history: &Series,
) -> Scores {
    // The stage in force on the period's first day: the last one begun.
    let stage = p
        .weights
        .iter()
        .rev()
        .find(|s| stage_start(term_start, s.after.as_ref()).is_some_and(|d| d <= start))
        .or(p.weights.first());
    let mut total = Ratio::ZERO;
    let mut tiers = [Ratio::ZERO; 3];
    let mut missed = Vec::new();
    for (t, tier) in TIERS.iter().enumerate() {
        let mut targeted = 0i128;
        let mut met = 0i128;
        for (mi, m) in p.metrics.iter().enumerate() {
            if m.tier.as_deref() != Some(tier) {
                continue;
            }
            let Some((op, target)) = &m.target else {
                continue;
            };
            targeted += 1;
            let last = history.get(&(pi, mi)).and_then(|list| {
                list.iter()
                    .rev()
                    .find(|(d, _)| *d >= start && *d <= end)
                    .map(|(_, v)| v)
            });
            if last.is_some_and(|v| super::cond::compare(*op, v, target)) {
                met += 1;
            } else {
                missed.push(m.name.clone());
            }
        }
        let share = if targeted == 0 {
            Ratio::ZERO
        } else {
            Ratio::new(met * 100, targeted).unwrap_or(Ratio::ZERO)
        };
        if let Some(slot) = tiers.get_mut(t) {
            *slot = share;
        }
        let weight = stage
            .and_then(|s| s.weights.iter().find(|(name, _)| name == tier))
            .map_or(Decimal::ZERO, |(_, w)| *w);
        let part = Ratio::from_decimal(weight)
            .and_then(|w| w.checked_mul(share))
            .and_then(|x| x.checked_mul(Ratio::new(1, 100)?));
        total = part.and_then(|x| total.checked_add(x)).unwrap_or(total);
    }
    Scores {
        total,
        tiers,
        missed,
    }
}
