//! Health (design §10.1): the `health PERIOD` clause and the built-in
//! metrics `health`, `health.operational`, `health.relational` and
//! `health.strategic`.
//!
//! The built-ins are percent metrics of the partnership with no tier and no
//! target, added the first time a clause names one (a condition, a bonus
//! `on health`) or when the partnership has a `health` clause. Being
//! metrics, they need nothing new downstream: conditions on them are
//! watched like any metric's, and `pact run` feeds them a reading dated
//! each health period's last day. A metric the user declares under the
//! same name wins.

use super::Lower;
use crate::diagnostics::Span;
use crate::ir::{self, values::Type, Operand, HEALTH_METRICS};
use crate::syntax::ast;
use rust_decimal::Decimal;

impl Lower<'_> {
    pub(super) fn health_clause(&mut self, cadence: &ast::Cadence, span: Span) {
        let Some(period) = self.period(cadence) else {
            return;
        };
        self.p.health = Some(ir::Health { period, span });
        self.health_metrics(span);
    }

    /// Adds the built-in health metrics unless they are there.
    fn health_metrics(&mut self, span: Span) {
        for name in HEALTH_METRICS {
            if self.p.metric(name).is_some() {
                continue;
            }
            self.p.metrics.push(ir::Metric {
                id: self.id("metric", name),
                name: name.to_string(),
                ty: Type::Percent,
                range: Some((Decimal::ZERO, Decimal::ONE_HUNDRED)),
                tier: None,
                direction: ast::Direction::HigherIsBetter,
                target: None,
                span,
            });
        }
    }

    /// The built-in health metric a name or path stands for (`health`,
    /// `health.operational`), added on first use; `None` for other names.
    pub(super) fn health_metric(&mut self, name: &str, span: Span) -> Option<usize> {
        if !HEALTH_METRICS.contains(&name) {
            return None;
        }
        if let Some(index) = self.p.metric(name) {
            return Some(index);
        }
        // `health` is a signal the user declared: theirs, not ours.
        if name == "health" && self.names.signals.contains_key(name) {
            return None;
        }
        self.health_metrics(span);
        self.p.metric(name)
    }

    /// `health` or `health.TIER` in a condition.
    pub(super) fn health_reference(&mut self, path: &ast::Path) -> Option<(Operand, Type)> {
        let text = path.text();
        if text != "health" && !text.starts_with("health.") {
            return None;
        }
        if text == "health" && self.p.metric("health").is_some() {
            return None; // the ordinary lookup finds it
        }
        let index = self.health_metric(&text, path.span)?;
        Some((Operand::Metric(index), Type::Percent))
    }
}
