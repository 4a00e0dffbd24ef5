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
        add_health_metrics(&mut self.p, span);
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

/// Adds the built-in health metrics to `p` unless they are there.
pub(super) fn add_health_metrics(p: &mut ir::Partnership, span: Span) {
    for name in HEALTH_METRICS {
        if p.metric(name).is_some() {
            continue;
        }
        p.metrics.push(ir::Metric {
            id: ir::ids::id(&p.name, "metric", name),
            name: name.to_string(),
            ty: Type::Percent,
            range: Some((Decimal::ZERO, Decimal::ONE_HUNDRED)),
            tier: None,
            direction: ast::Direction::HigherIsBetter,
            direction_written: false,
            target: None,
            span,
        });
    }
}

/// `Sup.health` (or `Sup.health.TIER`) read in a `coordinate` condition:
/// the built-in metrics exist only once something names them, so add them
/// to each partnership a coordination reads them from, before the
/// conditions are lowered. A signal the user declares as `health` wins.
pub(super) fn health_read_elsewhere(
    names: &super::Names,
    partnerships: &mut [ir::Partnership],
    c: &ast::Coordinate,
) {
    if names.signals.contains_key("health") {
        return;
    }
    for rule in &c.rules {
        let mut paths = Vec::new();
        paths_of(&rule.condition, &mut paths);
        for path in paths {
            let [first, second, ..] = path.segments.as_slice() else {
                continue;
            };
            if second.name != "health" {
                continue;
            }
            if let Some(p) = partnerships.iter_mut().find(|p| p.name == first.name) {
                add_health_metrics(p, path.span);
            }
        }
    }
}

fn paths_of<'a>(e: &'a ast::Expr, out: &mut Vec<&'a ast::Path>) {
    use ast::ExprKind;
    match &e.kind {
        ExprKind::Path(p) => out.push(p),
        ExprKind::PercentOf(a, b)
        | ExprKind::Arith(_, a, b)
        | ExprKind::Compare(_, a, b)
        | ExprKind::And(a, b)
        | ExprKind::Or(a, b) => {
            paths_of(a, out);
            paths_of(b, out);
        }
        ExprKind::Neg(a) | ExprKind::Not(a) => paths_of(a, out),
        _ => {}
    }
}
