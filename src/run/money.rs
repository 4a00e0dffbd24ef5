//! Money: fees and success fees as their lines come, retainers, bonuses and
//! penalties per period at the end of the run.
//!
//! Every payment is rounded half-even to its currency's minor unit when it
//! is made; caps apply to the sums of rounded payments (design §5.1).
//! Periods (`monthly`, `quarterly`, `every 2 weeks`) count from the term
//! start by the anniversary rule (`periods.rs`: a term starting on 31
//! January has periods starting 1 March, 31 March, 1 May, ...); the last
//! period ends with the term. `X% of retainer` is prorated by days.

use super::engine::Machine;
use super::periods::{accrued, anniversary, Ratio};
use super::report::{BonusPeriod, Payment, PaymentKind, Period as PeriodJson};
use crate::ir::dates::{self, BusinessCalendar, CalendarUnit};
use crate::ir::values::{minor_unit_digits, DurationUnit, Money, Value};
use crate::ir::{Amount, Bonus, Cap, Cond, Operand, Partnership, PayItem, Payments, Period, Term};
use crate::vocab::{CmpOp, Direction};
use chrono::NaiveDate;
use rust_decimal::{Decimal, RoundingStrategy};
use std::cmp::Ordering;

/// `amount` rounded half-even to the currency's minor unit.
pub(crate) fn round(amount: Decimal, currency: &str) -> Decimal {
    amount.round_dp_with_strategy(
        minor_unit_digits(currency),
        RoundingStrategy::MidpointNearestEven,
    )
}

/// `amount` rounded and written with exactly the minor unit's digits.
pub(crate) fn fixed(amount: Decimal, currency: &str) -> String {
    let digits = minor_unit_digits(currency);
    let mut rounded = round(amount, currency);
    if rounded.is_zero() {
        rounded = Decimal::ZERO;
    }
    rounded.rescale(digits);
    let mut text = rounded.to_string();
    // Near the 96-bit limit `rescale` cannot add every digit; the amount is
    // exact, so the missing zeros are written out.
    let have = rounded.scale();
    if have < digits {
        if have == 0 {
            text.push('.');
        }
        for _ in have..digits {
            text.push('0');
        }
    }
    text
}

/// The `k`-th period start (`k = 0` is the term start).
fn period_start(
    start: NaiveDate,
    period: &Period,
    k: i64,
    calendar: &BusinessCalendar,
) -> Option<NaiveDate> {
    match period {
        Period::Daily => dates::add_calendar(start, k, CalendarUnit::Day),
        Period::Weekly => dates::add_calendar(start, k, CalendarUnit::Week),
        Period::Monthly => anniversary(start, k, CalendarUnit::Month),
        Period::Quarterly => anniversary(start, k, CalendarUnit::Quarter),
        Period::Annually => anniversary(start, k, CalendarUnit::Year),
        Period::Every(d) => {
            let n = d.whole().filter(|n| *n >= 1)?;
            let steps = k.checked_mul(n)?;
            match d.unit {
                DurationUnit::BusinessDay => calendar.add_business_days(start, steps),
                unit => anniversary(start, steps, unit.calendar_unit()?),
            }
        }
    }
}

/// The periods of the term that start on or before `limit`:
/// `(start, inclusive end)`, the last one ending with the term.
pub(crate) fn periods(
    term: Term,
    period: &Period,
    calendar: &BusinessCalendar,
    limit: NaiveDate,
) -> Vec<(NaiveDate, NaiveDate)> {
    let mut out = Vec::new();
    let last = limit.min(term.end);
    let mut k: i64 = 0;
    let Some(mut start) = period_start(term.start, period, 0, calendar) else {
        return out;
    };
    while start <= last {
        k += 1;
        let next = period_start(term.start, period, k, calendar);
        let end = match next.and_then(|n| n.pred_opt()) {
            Some(e) if e < term.end => e,
            _ => term.end,
        };
        if end < start {
            break;
        }
        out.push((start, end));
        match next {
            Some(n) if n > start => start = n,
            _ => break,
        }
    }
    out
}

/// The 0-based contract year of `date`: year k runs from the k-th
/// anniversary of the term start to the day before the next (§5.1 dates).
pub(crate) fn contract_year(start: NaiveDate, date: NaiveDate) -> Option<usize> {
    if date < start {
        return None;
    }
    let years = date.years_since(start).unwrap_or(0);
    let mut k = i64::from(years.saturating_sub(1));
    loop {
        let end = dates::term_end(start, k + 1, CalendarUnit::Year)?;
        if date <= end {
            return usize::try_from(k).ok();
        }
        k += 1;
    }
}

/// The other party of a two-party partnership.
fn counterparty(p: &Partnership, party: usize) -> Option<usize> {
    let mut others: Vec<usize> = p
        .parties
        .iter()
        .map(|b| b.party)
        .filter(|x| *x != party)
        .collect();
    others.dedup();
    match others.as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}

/// Whether the block's (or else the partnership's) invoices are in advance.
fn in_advance(p: &Partnership, block: &Payments) -> bool {
    block
        .items
        .iter()
        .find_map(|i| match i {
            PayItem::Invoice(inv) => Some(inv.in_advance),
            _ => None,
        })
        .or_else(|| p.invoices.first().map(|i| i.in_advance))
        .unwrap_or(false)
}

pub(super) fn slug(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' || c == '.' {
                c
            } else {
                '-'
            }
        })
        .collect()
}

pub(super) fn blank(
    kind: PaymentKind,
    date: NaiveDate,
    amount: Decimal,
    exact: Decimal,
    currency: &str,
) -> Payment {
    Payment {
        id: String::new(),
        kind,
        date,
        payee: None,
        payer: None,
        amount: fixed(amount, currency),
        currency: currency.to_string(),
        exact: (exact != amount).then(|| exact.normalize().to_string()),
        uncapped: None,
        period: None,
        event: None,
        reading: None,
        contract_year: None,
        tier: None,
        milestone: None,
        days_late: None,
        days_early: None,
        line: None,
        value: amount,
    }
}

impl Machine<'_> {
    /// An amount that accrues with time (no trace line of its own) cannot
    /// be held exactly: the run fails (design §5.1, turn-2 ruling).
    fn too_large(&mut self) {
        self.errors.push(super::TraceError::new(
            0,
            "an amount of the run cannot be computed exactly: it exceeds what a 96-bit decimal holds",
        ));
    }

    /// `(payee, payer)`: the block's `from` party, else the other party of
    /// a two-party partnership.
    pub(super) fn payer_and_payee(
        &self,
        p: &Partnership,
        block: &Payments,
    ) -> (Option<String>, Option<String>) {
        (
            Some(self.cat.party_name(block.payee)),
            block
                .payer
                .or_else(|| counterparty(p, block.payee))
                .map(|x| self.cat.party_name(x)),
        )
    }

    /// Fees for each occurrence of their event.
    pub(super) fn fees(&mut self, p: usize, event: usize, date: NaiveDate, line: usize) {
        let Some(partnership) = self.cat.partnership(p) else {
            return;
        };
        for block in &partnership.payments {
            for item in &block.items {
                let PayItem::Fee {
                    name,
                    amount,
                    per_event,
                    ..
                } = item
                else {
                    continue;
                };
                if *per_event != event {
                    continue;
                }
                if !partnership.in_term(date) {
                    self.notes.insert(format!(
                        "events outside the term of `{}` pay no fee",
                        partnership.name
                    ));
                    continue;
                }
                let event_name = self.cat.event_name(event).to_string();
                let payee_name = self.cat.party_name(block.payee);
                let base = format!(
                    "{}.fee.{}",
                    partnership.name,
                    slug(&format!(
                        "{payee_name}-{}",
                        name.clone().unwrap_or_else(|| event_name.clone())
                    ))
                );
                let rounded = round(amount.amount, &amount.currency);
                let mut payment = blank(
                    PaymentKind::Fee,
                    date,
                    rounded,
                    amount.amount,
                    &amount.currency,
                );
                (payment.payee, payment.payer) = self.payer_and_payee(partnership, block);
                payment.event = Some(event_name);
                payment.line = Some(line);
                self.pay(p, &base, payment);
            }
        }
    }

    /// Success fees on a reading of their base signal: the reading is the
    /// amount earned since the previous one.
    pub(super) fn success_fees(
        &mut self,
        p: usize,
        signal: usize,
        value: &Value,
        date: NaiveDate,
        line: usize,
    ) {
        let Some(partnership) = self.cat.partnership(p) else {
            return;
        };
        let Value::Money(reading) = value else {
            return;
        };
        for (b, block) in partnership.payments.iter().enumerate() {
            for (i, item) in block.items.iter().enumerate() {
                let PayItem::SuccessFee {
                    share, base, cap, ..
                } = item
                else {
                    continue;
                };
                if *base != signal {
                    continue;
                }
                if !partnership.in_term(date) {
                    self.notes.insert(format!(
                        "readings outside the term of `{}` earn no success fee",
                        partnership.name
                    ));
                    continue;
                }
                if reading.amount <= Decimal::ZERO {
                    self.notes
                        .insert("a reading of zero or less earns no success fee".to_string());
                    continue;
                }
                let currency = reading.currency.as_str();
                let exact = Ratio::from_decimal(reading.amount)
                    .zip(Ratio::from_decimal(*share))
                    .and_then(|(r, s)| r.checked_mul(s)?.checked_mul(Ratio::new(1, 100)?))
                    .and_then(Ratio::exact);
                let Some(exact) = exact else {
                    self.errors.push(super::TraceError::new(
                        line,
                        format!(
                            "the success fee on this reading ({}% of {}) cannot be computed exactly: it needs more digits than a 96-bit decimal holds",
                            share.normalize(),
                            reading
                        ),
                    ).with_help(Some("Pact never rounds an amount silently; check the reading".to_string())));
                    continue;
                };
                let fee = round(exact, currency);
                let year = partnership.term.and_then(|t| contract_year(t.start, date));
                let (amount, capped) = match cap {
                    Some(Cap {
                        amount: limit,
                        per_year,
                        ..
                    }) if limit.currency == currency => {
                        let key = (p, b, i, if *per_year { year } else { None });
                        let paid = self.success_paid.get(&key).copied().unwrap_or_default();
                        let room = limit
                            .amount
                            .checked_sub(paid)
                            .unwrap_or(Decimal::ZERO)
                            .max(Decimal::ZERO);
                        let amount = fee.min(room);
                        self.success_paid
                            .insert(key, paid.checked_add(amount).unwrap_or(paid));
                        (amount, amount != fee)
                    }
                    Some(_) => {
                        self.notes.insert(format!(
                            "a success-fee cap in `{}` is in another currency than the fee; it is not applied",
                            partnership.name
                        ));
                        (fee, false)
                    }
                    None => (fee, false),
                };
                let signal_name = self.cat.signal_name(signal);
                let payee_name = self.cat.party_name(block.payee);
                let id = format!(
                    "{}.success_fee.{}",
                    partnership.name,
                    slug(&format!("{payee_name}-{signal_name}"))
                );
                let mut payment = blank(PaymentKind::SuccessFee, date, amount, exact, currency);
                if capped {
                    payment.exact = (exact != fee).then(|| exact.normalize().to_string());
                    payment.uncapped = Some(fixed(fee, currency));
                }
                (payment.payee, payment.payer) = self.payer_and_payee(partnership, block);
                payment.reading = Some(
                    Money {
                        amount: reading.amount,
                        currency: currency.to_string(),
                    }
                    .to_string(),
                );
                payment.contract_year = year.and_then(|y| u32::try_from(y + 1).ok());
                payment.line = Some(line);
                self.pay(p, &id, payment);
            }
        }
    }

    /// Retainers, one payment per period that has accrued by the end of
    /// `as_of`: on its last day (in arrears, the default) or its first
    /// (when the invoices are in advance).
    pub(super) fn retainers(&mut self, as_of: NaiveDate) {
        for (pi, p) in self.cat.pf.partnerships.iter().enumerate() {
            for block in &p.payments {
                for (ii, item) in block.items.iter().enumerate() {
                    let PayItem::Retainer { amount, period, .. } = item else {
                        continue;
                    };
                    let Some(term) = p.term else {
                        self.notes
                            .insert(format!("`{}` has no term: no retainer accrues", p.name));
                        continue;
                    };
                    let advance = in_advance(p, block);
                    let payee_name = self.cat.party_name(block.payee);
                    let base = format!("{}.retainer.{}", p.name, slug(&payee_name));
                    if matches!(period, Period::Every(d) if d.whole().is_none_or(|n| n < 1) || matches!(d.unit, DurationUnit::Hour | DurationUnit::Minute))
                    {
                        self.notes.insert(format!(
                            "a retainer period of `{}` cannot be counted in days: it does not accrue",
                            p.name
                        ));
                        continue;
                    }
                    for (start, end) in periods(term, period, &p.calendar, as_of) {
                        let date = if advance { start } else { end };
                        if date > as_of {
                            continue;
                        }
                        let indexed = self.indexed(pi, p, block, ii, amount, start);
                        let Some(rounded) = indexed else {
                            self.errors.push(super::TraceError::new(
                                0,
                                format!("the indexed retainer of `{}` for the period from {start} cannot be computed exactly", p.name),
                            ));
                            continue;
                        };
                        let mut payment = blank(
                            PaymentKind::Retainer,
                            date,
                            rounded,
                            rounded,
                            &amount.currency,
                        );
                        (payment.payee, payment.payer) = self.payer_and_payee(p, block);
                        payment.period = Some(PeriodJson { start, end });
                        self.pay(pi, &base, payment);
                    }
                }
            }
        }
    }

    /// The retainer of `block` accrued over `[start, end]`, prorated by
    /// days (§5.1, turn-2 ruling): what `X% of retainer` is a share of.
    #[allow(clippy::too_many_arguments)]
    fn retainer_over(
        &mut self,
        pi: usize,
        p: &Partnership,
        term: Term,
        block: &Payments,
        start: NaiveDate,
        end: NaiveDate,
    ) -> Option<(Ratio, String)> {
        let mut total: Option<(Ratio, String)> = None;
        for (ii, item) in block.items.iter().enumerate() {
            let PayItem::Retainer { amount, period, .. } = item else {
                continue;
            };
            if total.as_ref().is_some_and(|t| t.1 != amount.currency) {
                self.notes.insert(format!(
                    "`{}` has retainers in two currencies; a bonus counts the first",
                    p.name
                ));
                continue;
            }
            let all = periods(term, period, &p.calendar, end);
            let mut part = Some(Ratio::ZERO);
            for &(s, e) in &all {
                // An indexed retainer accrues each period's own amount.
                let each = self.indexed(pi, p, block, ii, amount, s);
                part = part
                    .zip(each)
                    .and_then(|(sum, each)| sum.checked_add(accrued(&[(s, e)], each, start, end)?));
            }
            let Some(part) = part else {
                self.too_large();
                continue;
            };
            let t = total.get_or_insert_with(|| (Ratio::ZERO, amount.currency.clone()));
            match t.0.checked_add(part) {
                Some(sum) => t.0 = sum,
                None => self.too_large(),
            }
        }
        total
    }

    /// Bonuses, per period ended by `as_of`: the metric's last reading in
    /// the period, the strictest tier it meets.
    pub(super) fn bonuses(&mut self, as_of: NaiveDate) {
        for (pi, p) in self.cat.pf.partnerships.iter().enumerate() {
            for block in &p.payments {
                for item in &block.items {
                    let PayItem::Bonus(bonus) = item else {
                        continue;
                    };
                    let Some(term) = p.term else {
                        self.notes
                            .insert(format!("`{}` has no term: no bonus period ends", p.name));
                        continue;
                    };
                    for (start, end) in periods(term, &bonus.period, &p.calendar, as_of) {
                        if end > as_of {
                            continue;
                        }
                        self.bonus_period(pi, p, term, block, bonus, start, end);
                    }
                }
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn bonus_period(
        &mut self,
        pi: usize,
        p: &Partnership,
        term: Term,
        block: &Payments,
        bonus: &Bonus,
        start: NaiveDate,
        end: NaiveDate,
    ) {
        let metric = p.metrics.get(bonus.metric);
        let value = self.readings.get(&(pi, bonus.metric)).and_then(|list| {
            list.iter()
                .rev()
                .find(|(d, _)| *d >= start && *d <= end)
                .map(|(_, v)| v.clone())
        });
        let direction = metric.map_or(Direction::HigherIsBetter, |m| m.direction);
        let tier = value.as_ref().and_then(|v| {
            let met: Vec<&crate::ir::BonusTier> = bonus
                .tiers
                .iter()
                .filter(|t| tier_met(&t.condition, bonus.metric, v))
                .collect();
            strictest(&met, direction)
        });
        let mut payment_id = None;
        if let Some(tier) = tier {
            let pays = match &tier.pays {
                Amount::Money(m) => Ratio::from_decimal(m.amount).map(|r| (r, m.currency.clone())),
                Amount::PercentOfRetainer(rate) => {
                    let over = self.retainer_over(pi, p, term, block, start, end);
                    if over.is_none() {
                        self.notes.insert(format!(
                            "bonus `{}` of `{}` pays a share of the retainer, but its pay block has none",
                            bonus.name, p.name
                        ));
                    }
                    over.and_then(|(r, currency)| {
                        let share = Ratio::from_decimal(*rate)
                            .and_then(|x| x.checked_mul(Ratio::new(1, 100)?))
                            .and_then(|x| x.checked_mul(r));
                        if share.is_none() {
                            self.too_large();
                        }
                        Some((share?, currency))
                    })
                }
            };
            if let Some((m, rounded)) = pays.and_then(|(exact, currency)| {
                let rounded = exact.round(minor_unit_digits(&currency))?;
                // A prorated share need not terminate; `exact` then shows
                // the rounded amount.
                let m = Money {
                    amount: exact.exact().unwrap_or(rounded),
                    currency,
                };
                Some((m, rounded))
            }) {
                let mut payment = blank(PaymentKind::Bonus, end, rounded, m.amount, &m.currency);
                (payment.payee, payment.payer) = self.payer_and_payee(p, block);
                payment.period = Some(PeriodJson { start, end });
                payment.tier = Some(tier.name.clone());
                let base = format!("{}.bonus.{}", p.name, slug(&bonus.name));
                payment_id = Some(self.pay(pi, &base, payment));
            }
        }
        self.bonus_periods.push((
            pi,
            BonusPeriod {
                bonus: bonus.name.clone(),
                metric: metric.map_or_else(String::new, |m| m.name.clone()),
                period: PeriodJson { start, end },
                value: value.map(|v| v.to_string()),
                tier: tier.map(|t| t.name.clone()),
                payment: payment_id,
            },
        ));
    }

    /// Penalties for each day a milestone is late: until it is fulfilled,
    /// or until `as_of` (days `due + 1 ..= as_of`); capped.
    pub(super) fn penalties(&mut self, as_of: NaiveDate) {
        for (pi, p) in self.cat.pf.partnerships.iter().enumerate() {
            for block in &p.payments {
                for item in &block.items {
                    let PayItem::Penalty {
                        name,
                        milestone,
                        per_day,
                        cap,
                        ..
                    } = item
                    else {
                        continue;
                    };
                    let id = super::catalog::linked_milestone_id(self.cat.pf, milestone);
                    let Some((id, inst)) = id.and_then(|id| {
                        let inst = self.inst_ids.get(&id).and_then(|&i| self.insts.get(i))?;
                        Some((id, inst))
                    }) else {
                        self.notes
                            .insert(format!("penalty `{name}` names no milestone `{milestone}`"));
                        continue;
                    };
                    let Some(due) = inst.due else { continue };
                    let until = inst.fulfilled.unwrap_or(as_of).min(as_of);
                    let days = (until - due).num_days();
                    if days <= 0 {
                        continue;
                    }
                    let owner = milestone
                        .target
                        .and_then(|t| self.cat.partnership(t.partnership)?.milestones.get(t.index))
                        .and_then(|ms| ms.owner)
                        .unwrap_or(block.payee);
                    let currency = per_day.currency.as_str();
                    let Some(exact) = per_day.amount.checked_mul(Decimal::from(days)) else {
                        self.too_large();
                        continue;
                    };
                    let rounded = round(exact, currency);
                    let amount = match cap {
                        Some(c) if c.amount.currency == currency => {
                            if c.per_year {
                                self.notes.insert(format!(
                                    "the cap of penalty `{name}` is per year; it is applied to the penalty as a whole"
                                ));
                            }
                            rounded.min(c.amount.amount)
                        }
                        Some(_) => {
                            self.notes.insert(format!(
                                "the cap of penalty `{name}` is in another currency; it is not applied"
                            ));
                            rounded
                        }
                        None => rounded,
                    };
                    let mut payment = blank(PaymentKind::Penalty, until, amount, exact, currency);
                    if amount != rounded {
                        payment.exact = (exact != rounded).then(|| exact.normalize().to_string());
                        payment.uncapped = Some(fixed(rounded, currency));
                    }
                    payment.payer = Some(self.cat.party_name(owner));
                    payment.payee = counterparty(p, owner).map(|x| self.cat.party_name(x));
                    payment.milestone = Some(id);
                    payment.days_late = Some(days);
                    let base = format!("{}.penalty.{}", p.name, slug(name));
                    self.pay(pi, &base, payment);
                }
            }
        }
    }
}

/// Whether a tier's condition holds for the metric at `value`.
fn tier_met(cond: &Cond, metric: usize, value: &Value) -> bool {
    struct One<'v> {
        metric: usize,
        value: &'v Value,
    }
    impl super::cond::Readings for One<'_> {
        fn signal(&self, _: usize, _: usize) -> Option<&Value> {
            None
        }
        fn metric(&self, _: usize, metric: usize) -> Option<&Value> {
            (metric == self.metric).then_some(self.value)
        }
        fn event(&self, _: usize, _: usize) -> bool {
            false
        }
    }
    let names = std::collections::HashMap::new();
    super::cond::eval(cond, Some(0), &names, &One { metric, value })
}

/// A tier's threshold, with the metric on the left: `(op, value)`.
fn threshold(cond: &Cond) -> Option<(CmpOp, &Value)> {
    let Cond::Compare { op, lhs, rhs, .. } = cond else {
        return None;
    };
    match (lhs, rhs) {
        (Operand::Metric(_), Operand::Value(v)) => Some((*op, v)),
        (Operand::Value(v), Operand::Metric(_)) => Some((
            match op {
                CmpOp::Lt => CmpOp::Gt,
                CmpOp::Le => CmpOp::Ge,
                CmpOp::Gt => CmpOp::Lt,
                CmpOp::Ge => CmpOp::Le,
                other => *other,
            },
            v,
        )),
        _ => None,
    }
}

/// The strictest of the tiers met, in the metric's better direction; the
/// last one written when thresholds cannot be compared.
fn strictest<'t>(
    met: &[&'t crate::ir::BonusTier],
    direction: Direction,
) -> Option<&'t crate::ir::BonusTier> {
    let mut best: Option<&crate::ir::BonusTier> = None;
    for &tier in met {
        let Some(current) = best else {
            best = Some(tier);
            continue;
        };
        let stricter = match (threshold(&tier.condition), threshold(&current.condition)) {
            (Some((op_a, a)), Some((op_b, b))) => match super::cond::order(a, b) {
                Some(Ordering::Equal) => {
                    matches!(op_a, CmpOp::Gt | CmpOp::Lt) && matches!(op_b, CmpOp::Ge | CmpOp::Le)
                }
                Some(Ordering::Greater) => direction == Direction::HigherIsBetter,
                Some(Ordering::Less) => direction == Direction::LowerIsBetter,
                None => true,
            },
            _ => true,
        };
        if stricter {
            best = Some(tier);
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn rounding_is_half_even_to_the_minor_unit() {
        assert_eq!(fixed(Decimal::new(12345, 3), "USD"), "12.34");
        assert_eq!(fixed(Decimal::new(12355, 3), "USD"), "12.36");
        assert_eq!(fixed(Decimal::new(25, 1), "JPY"), "2");
        assert_eq!(fixed(Decimal::new(35, 1), "JPY"), "4");
        assert_eq!(fixed(Decimal::new(10005, 4), "KWD"), "1.000");
        assert_eq!(fixed(Decimal::from(6000), "USD"), "6000.00");
        assert_eq!(fixed(Decimal::new(-1, 3), "USD"), "0.00");
    }

    #[test]
    fn periods_follow_the_anniversary_rule() {
        let term = Term {
            start: date("2026-01-31"),
            end: date("2026-05-15"),
            span: crate::diagnostics::Span::default(),
        };
        let cal = BusinessCalendar::default();
        let got = periods(term, &Period::Monthly, &cal, date("2026-12-31"));
        assert_eq!(
            got,
            vec![
                (date("2026-01-31"), date("2026-02-28")),
                (date("2026-03-01"), date("2026-03-30")),
                (date("2026-03-31"), date("2026-04-30")),
                (date("2026-05-01"), date("2026-05-15")),
            ]
        );
        let quarters = periods(term, &Period::Quarterly, &cal, date("2026-02-01"));
        assert_eq!(quarters, vec![(date("2026-01-31"), date("2026-04-30"))]);
    }

    #[test]
    fn contract_years_follow_anniversaries() {
        let start = date("2026-01-01");
        assert_eq!(contract_year(start, date("2026-12-31")), Some(0));
        assert_eq!(contract_year(start, date("2027-01-01")), Some(1));
        assert_eq!(contract_year(start, date("2025-12-31")), None);
        let leap = date("2028-02-29");
        assert_eq!(contract_year(leap, date("2029-02-28")), Some(0));
        assert_eq!(contract_year(leap, date("2029-03-01")), Some(1));
        assert_eq!(contract_year(leap, date("2030-02-28")), Some(1));
    }
}
