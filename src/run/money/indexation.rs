//! Indexed retainers (design §10.2): at each contract anniversary the
//! amount is multiplied by 1 + the index signal's last reading before the
//! anniversary, clamped to the floor and the cap, and rounded half-even to
//! the minor unit; the next year compounds on the rounded amount. No
//! reading before an anniversary leaves the amount as it was.

use crate::ir::dates::CalendarUnit;
use crate::ir::values::{minor_unit_digits, Money, Value};
use crate::ir::{Indexation, Partnership, Payments};
use crate::run::periods::{anniversary, Ratio};
use crate::run::state::Series;
use chrono::NaiveDate;
use rust_decimal::Decimal;

/// The amount of the retainer at `items[item]` of partnership `pi` for a
/// period starting on `date`: `base` indexed at every anniversary up to
/// `date`, from the signal readings in `signals`. `None` when a product
/// does not fit exactly (the run then fails).
pub(super) fn indexed(
    signals: &Series,
    pi: usize,
    p: &Partnership,
    block: &Payments,
    item: usize,
    base: &Money,
    date: NaiveDate,
) -> Option<Decimal> {
    let currency = base.currency.as_str();
    let base = base.amount;
    let Some((_, ix)) = block.indexations.iter().find(|(i, _)| *i == item) else {
        return Some(base);
    };
    let Some(term) = p.term else {
        return Some(base);
    };
    let mut amount = base;
    let mut k = 1;
    while let Some(day) = anniversary(term.start, k, CalendarUnit::Year) {
        if day > date {
            break;
        }
        if let Some(change) = index_change(signals, pi, ix, day) {
            let factor = Ratio::from_decimal(Decimal::ONE_HUNDRED.checked_add(change)?)?
                .checked_mul(Ratio::new(1, 100)?)?;
            amount = Ratio::from_decimal(amount)?
                .checked_mul(factor)?
                .round(minor_unit_digits(currency))?;
        }
        k += 1;
    }
    Some(amount)
}

/// The index's last reading before `day`, clamped; `None` without one.
fn index_change(signals: &Series, pi: usize, ix: &Indexation, day: NaiveDate) -> Option<Decimal> {
    let list = signals.get(&(pi, ix.signal))?;
    let (_, value) = list.iter().rev().find(|(d, _)| *d < day)?;
    let Value::Percent(change) = value else {
        return None;
    };
    let mut change = *change;
    if let Some(cap) = ix.cap {
        change = change.min(cap);
    }
    if let Some(floor) = ix.floor {
        change = change.max(floor);
    }
    Some(change)
}
