//! Conditions evaluated on the current readings.
//!
//! A signal or metric with no reading makes every comparison on it false
//! (design §5.1); `not` then negates that false, as written. A comparison
//! the run cannot decide (a computation with no exact value, money of two
//! currencies, durations of unlike units whose bounds overlap) is false as
//! well. Computed operands (`10% of budget`) are computed on each reading
//! by `ir::arith`, the arithmetic lowering folds constants with.

use crate::ir::values::{Duration, Value};
use crate::ir::{Cond, Operand, PartnershipRef};
use crate::vocab::CmpOp;
use std::cmp::Ordering;

/// An input a condition reads: `(partnership, signal | metric | event)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Key {
    Signal(usize, usize),
    Metric(usize, usize),
    Event(usize, usize),
}

/// The values a condition reads.
pub(crate) trait Readings {
    fn signal(&self, partnership: usize, signal: usize) -> Option<&Value>;
    fn metric(&self, partnership: usize, metric: usize) -> Option<&Value>;
    /// Whether the event is happening on the line being applied.
    fn event(&self, partnership: usize, event: usize) -> bool;
}

/// The partnership an operand reads: the named one (as linked), else the
/// owner.
fn partnership_of(named: &Option<PartnershipRef>, owner: Option<usize>) -> Option<usize> {
    match named {
        Some(r) => r.target,
        None => owner,
    }
}

/// Every input of `cond`, for indexing watchers by what they read.
pub(crate) fn keys(cond: &Cond, owner: Option<usize>, out: &mut Vec<Key>) {
    match cond {
        Cond::Const(_) => {}
        Cond::And(a, b) | Cond::Or(a, b) => {
            keys(a, owner, out);
            keys(b, owner, out);
        }
        Cond::Not(a) => keys(a, owner, out),
        Cond::Event(e) => {
            if let Some(p) = owner {
                out.push(Key::Event(p, *e));
            }
        }
        Cond::Compare { lhs, rhs, .. } => {
            operand_keys(lhs, owner, out);
            operand_keys(rhs, owner, out);
        }
    }
    out.sort_unstable();
    out.dedup();
}

/// Whether `cond` holds on `readings`, read from partnership `owner`.
pub(crate) fn eval(cond: &Cond, owner: Option<usize>, readings: &dyn Readings) -> bool {
    match cond {
        Cond::Const(v) => *v,
        Cond::And(a, b) => eval(a, owner, readings) && eval(b, owner, readings),
        Cond::Or(a, b) => eval(a, owner, readings) || eval(b, owner, readings),
        Cond::Not(a) => !eval(a, owner, readings),
        Cond::Event(e) => owner.is_some_and(|p| readings.event(p, *e)),
        Cond::Compare { op, lhs, rhs, .. } => {
            let value = |o| operand_value(o, owner, readings);
            match (value(lhs), value(rhs)) {
                (Some(a), Some(b)) => compare(*op, &a, &b),
                _ => false,
            }
        }
    }
}

/// The inputs an operand reads.
fn operand_keys(operand: &Operand, owner: Option<usize>, out: &mut Vec<Key>) {
    match operand {
        Operand::Signal {
            signal,
            partnership,
        } => {
            if let Some(p) = partnership_of(partnership, owner) {
                out.push(Key::Signal(p, *signal));
            }
        }
        Operand::Metric(m) => {
            if let Some(p) = owner {
                out.push(Key::Metric(p, *m));
            }
        }
        Operand::PartnerMetric {
            partnership,
            metric,
            ..
        } => {
            if let Some(p) = partnership.target {
                out.push(Key::Metric(p, *metric));
            }
        }
        Operand::Computed(c) => {
            operand_keys(&c.lhs, owner, out);
            operand_keys(&c.rhs, owner, out);
        }
        Operand::Value(_) => {}
    }
}

/// An operand's value on the current readings; `None` without a reading,
/// or when a computation has no exact value (division by zero...).
fn operand_value(
    operand: &Operand,
    owner: Option<usize>,
    readings: &dyn Readings,
) -> Option<Value> {
    match operand {
        Operand::Value(v) => Some(v.clone()),
        Operand::Signal {
            signal,
            partnership,
        } => partnership_of(partnership, owner)
            .and_then(|p| readings.signal(p, *signal))
            .cloned(),
        Operand::Metric(m) => owner.and_then(|p| readings.metric(p, *m)).cloned(),
        Operand::PartnerMetric {
            partnership,
            metric,
            ..
        } => partnership
            .target
            .and_then(|p| readings.metric(p, *metric))
            .cloned(),
        Operand::Computed(c) => {
            let lhs = operand_value(&c.lhs, owner, readings)?;
            let rhs = operand_value(&c.rhs, owner, readings)?;
            crate::ir::arith::apply(c.op, &lhs, &rhs).ok()
        }
    }
}

/// `a OP b`; false when the two cannot be compared.
pub(crate) fn compare(op: CmpOp, a: &Value, b: &Value) -> bool {
    match op {
        CmpOp::Eq => equal(a, b),
        CmpOp::Ne => !equal(a, b) && order(a, b).is_some(),
        CmpOp::Lt => order(a, b) == Some(Ordering::Less),
        CmpOp::Le => matches!(order(a, b), Some(Ordering::Less | Ordering::Equal)),
        CmpOp::Gt => order(a, b) == Some(Ordering::Greater),
        CmpOp::Ge => matches!(order(a, b), Some(Ordering::Greater | Ordering::Equal)),
    }
}

fn equal(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Text(x), Value::Text(y)) => x == y,
        _ => order(a, b) == Some(Ordering::Equal),
    }
}

/// The order of two values of one kind (exact decimals; money of one
/// currency; durations of one unit, or of fixed lengths, or whose bounds
/// do not overlap).
pub(crate) fn order(a: &Value, b: &Value) -> Option<Ordering> {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) | (Value::Percent(x), Value::Percent(y)) => {
            Some(x.cmp(y))
        }
        (Value::Money(x), Value::Money(y)) if x.currency == y.currency => {
            Some(x.amount.cmp(&y.amount))
        }
        (Value::Duration(x), Value::Duration(y)) => duration_order(x, y),
        (Value::Date(x), Value::Date(y)) => Some(x.cmp(y)),
        (Value::Bool(x), Value::Bool(y)) if x == y => Some(Ordering::Equal),
        (Value::Text(x), Value::Text(y)) if x == y => Some(Ordering::Equal),
        _ => None,
    }
}

fn duration_order(x: &Duration, y: &Duration) -> Option<Ordering> {
    if x.unit == y.unit {
        return Some(x.amount.cmp(&y.amount));
    }
    if let (Some(a), Some(b)) = (x.exact_minutes(), y.exact_minutes()) {
        return Some(a.cmp(&b));
    }
    let (xlo, xhi) = x.minutes_bounds();
    let (ylo, yhi) = y.minutes_bounds();
    if xhi < ylo {
        Some(Ordering::Less)
    } else if xlo > yhi {
        Some(Ordering::Greater)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::values::{DurationUnit, Money};
    use rust_decimal::Decimal;

    fn pct(n: i64) -> Value {
        Value::Percent(Decimal::from(n))
    }

    #[test]
    fn comparisons_are_exact_and_typed() {
        assert!(compare(CmpOp::Le, &pct(15), &pct(15)));
        assert!(!compare(CmpOp::Gt, &pct(15), &pct(15)));
        assert!(compare(
            CmpOp::Eq,
            &Value::Percent(Decimal::new(150, 1)),
            &pct(15)
        ));
        let usd = |n: i64| {
            Value::Money(Money {
                amount: Decimal::from(n),
                currency: "USD".into(),
            })
        };
        let eur = Value::Money(Money {
            amount: Decimal::ONE,
            currency: "EUR".into(),
        });
        assert!(compare(CmpOp::Lt, &usd(1), &usd(2)));
        assert!(!compare(CmpOp::Lt, &usd(0), &eur));
        assert!(!compare(CmpOp::Ne, &usd(0), &eur));
        let d = |n: i64, unit| Value::Duration(Duration::new(Decimal::from(n), unit));
        assert!(compare(
            CmpOp::Le,
            &d(48, DurationUnit::Hour),
            &d(2, DurationUnit::Day)
        ));
        assert!(compare(
            CmpOp::Lt,
            &d(20, DurationUnit::Day),
            &d(1, DurationUnit::Month)
        ));
        // 30 days against a month: the bounds overlap, so undecided.
        assert!(!compare(
            CmpOp::Lt,
            &d(30, DurationUnit::Day),
            &d(1, DurationUnit::Month)
        ));
        assert!(!compare(
            CmpOp::Ge,
            &d(30, DurationUnit::Day),
            &d(1, DurationUnit::Month)
        ));
    }
}
