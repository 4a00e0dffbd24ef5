//! Money: fees, success fees and shares as their lines come; retainers,
//! bonuses, penalties, early-delivery bonuses and invoices per period at
//! the end of the run; totals checked exact.
//!
//! Money is pure: [`Accounts`] reads the catalogue, the lines it is given
//! and, at the end, the run's [`History`] (readings and instances), and
//! keeps what it paid; it knows nothing of the engine, which owns one and
//! calls it. What it comes to is a [`Ledger`].
//!
//! Every payment is rounded half-even to its currency's minor unit when it
//! is made; caps apply to the sums of rounded payments (design §5.1).
//! Periods (`monthly`, `quarterly`, `every 2 weeks`) count from the term
//! start by the anniversary rule (`periods.rs`: a term starting on 31
//! January has periods starting 1 March, 31 March, 1 May, ...); the last
//! period ends with the term. `X% of retainer` is prorated by days.

mod bands;
mod early;
mod indexation;
mod invoices;
mod totals;

use super::catalog::Catalog;
use super::periods::{accrued, contract_year, periods, Ratio};
use super::report::{
    BonusPeriod, Breach, ObligationRun, Payment, PaymentKind, Period as PeriodJson,
};
use super::state::{unique, History, Ledger};
use super::TraceError;
use crate::ir::values::{minor_unit_digits, DurationUnit, Money, Value};
use crate::ir::{Amount, Bonus, Cap, Cond, Operand, Partnership, PayItem, Payments, Period, Term};
use crate::vocab::{CmpOp, Direction};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use std::cmp::Ordering;
use std::collections::{BTreeSet, HashMap};

/// The money of a run so far: what has been paid and why, and what the
/// bands and caps have used up. Reads the catalogue and, at the end, the
/// run's history; knows nothing of the engine.
pub(crate) struct Accounts<'a> {
    cat: &'a Catalog<'a>,
    /// `(partnership, payment)`.
    payments: Vec<(usize, Payment)>,
    payment_ids: HashMap<String, usize>,
    bonus_periods: Vec<(usize, BonusPeriod)>,
    /// Success fees paid so far: `(partnership, pay block, item, contract year)`.
    success_paid: HashMap<(usize, usize, usize, Option<usize>), Decimal>,
    /// Share payments so far: `(partnership, block, share, contract year)`
    /// -> (the year's cumulative readings, rounded paid).
    shares: HashMap<(usize, usize, usize, usize), (Decimal, Decimal)>,
    /// Cap sums of shares not per year: `(partnership, block, share)`.
    share_term_paid: HashMap<(usize, usize, usize), Decimal>,
    /// `paid` lines: `(line, date, invoice id)`.
    paid: Vec<(usize, NaiveDate, String)>,
    /// Invoices as duties of their payer: `(partnership name, duty, breach)`.
    invoices: Vec<(String, ObligationRun, Option<Breach>)>,
    notes: BTreeSet<String>,
    errors: Vec<TraceError>,
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

fn blank(
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
        amount: Money::fixed(amount, currency),
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

impl<'a> Accounts<'a> {
    pub(crate) fn new(cat: &'a Catalog<'a>) -> Accounts<'a> {
        Accounts {
            cat,
            payments: Vec::new(),
            payment_ids: HashMap::new(),
            bonus_periods: Vec::new(),
            success_paid: HashMap::new(),
            shares: HashMap::new(),
            share_term_paid: HashMap::new(),
            paid: Vec::new(),
            invoices: Vec::new(),
            notes: BTreeSet::new(),
            errors: Vec::new(),
        }
    }

    /// A `paid` line, matched with the invoices at the end of the run.
    pub(crate) fn paid(&mut self, line: usize, date: NaiveDate, id: &str) {
        self.paid.push((line, date, id.to_string()));
    }

    /// What accrues by the end of `as_of`, in this order: retainers,
    /// bonuses, penalties, early-delivery bonuses, invoices.
    pub(crate) fn accrue(&mut self, as_of: NaiveDate, history: &History<'_>) {
        self.retainers(as_of, history);
        self.bonuses(as_of, history);
        self.penalties(as_of, history);
        self.early_bonuses(as_of, history);
        self.invoices(as_of);
    }

    /// Checks the totals, and gives what the money came to, with the
    /// errors it found (in the order found).
    pub(crate) fn close(mut self) -> (Ledger, Vec<TraceError>) {
        self.check_totals();
        let ledger = Ledger {
            payments: self.payments,
            bonus_periods: self.bonus_periods,
            invoices: self.invoices,
            notes: self.notes,
        };
        (ledger, self.errors)
    }

    /// Records a payment under a unique id `BASE@DATE`.
    fn pay(&mut self, p: usize, base: &str, mut payment: Payment) -> String {
        let id = unique(&self.payment_ids, format!("{base}@{}", payment.date));
        self.payment_ids.insert(id.clone(), self.payments.len());
        payment.id = id.clone();
        self.payments.push((p, payment));
        id
    }

    /// An amount that accrues with time (no trace line of its own) cannot
    /// be held exactly: the run fails (design §5.1, turn-2 ruling).
    fn too_large(&mut self) {
        self.errors.push(TraceError::new(
            0,
            "an amount of the run cannot be computed exactly: it exceeds what a 96-bit decimal holds",
        ));
    }

    /// `(payee, payer)`: the block's `from` party, else the other party of
    /// a two-party partnership.
    fn payer_and_payee(
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
    pub(crate) fn fees(&mut self, p: usize, event: usize, date: NaiveDate, line: usize) {
        let Some(partnership) = self.cat.partnership(p) else {
            return;
        };
        for block in &partnership.payments {
            for item in &block.items {
                let PayItem::Fee {
                    id: base,
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
                let rounded = Money::round(amount.amount, &amount.currency);
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
                self.pay(p, base, payment);
            }
        }
    }

    /// Success fees on a reading of their base signal: the reading is the
    /// amount earned since the previous one.
    pub(crate) fn success_fees(
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
                    id,
                    share,
                    base,
                    cap,
                    ..
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
                    self.errors.push(TraceError::new(
                        line,
                        format!(
                            "the success fee on this reading ({}% of {}) cannot be computed exactly: it needs more digits than a 96-bit decimal holds",
                            share.normalize(),
                            reading
                        ),
                    ).with_help(Some("Pact never rounds an amount silently; check the reading".to_string())));
                    continue;
                };
                let fee = Money::round(exact, currency);
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
                let mut payment = blank(PaymentKind::SuccessFee, date, amount, exact, currency);
                if capped {
                    payment.exact = (exact != fee).then(|| exact.normalize().to_string());
                    payment.uncapped = Some(Money::fixed(fee, currency));
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
                self.pay(p, id, payment);
            }
        }
    }

    /// Retainers, one payment per period that has accrued by the end of
    /// `as_of`: on its last day (in arrears, the default) or its first
    /// (when the invoices are in advance).
    fn retainers(&mut self, as_of: NaiveDate, history: &History<'_>) {
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
                    let base = &block.retainer_id;
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
                        let indexed =
                            indexation::indexed(history.signals, pi, p, block, ii, amount, start);
                        let Some(rounded) = indexed else {
                            self.errors.push(TraceError::new(
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
                        self.pay(pi, base, payment);
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
        history: &History<'_>,
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
                let each = indexation::indexed(history.signals, pi, p, block, ii, amount, s);
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
    fn bonuses(&mut self, as_of: NaiveDate, history: &History<'_>) {
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
                        self.bonus_period(history, pi, p, term, block, bonus, start, end);
                    }
                }
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn bonus_period(
        &mut self,
        history: &History<'_>,
        pi: usize,
        p: &Partnership,
        term: Term,
        block: &Payments,
        bonus: &Bonus,
        start: NaiveDate,
        end: NaiveDate,
    ) {
        let metric = p.metrics.get(bonus.metric);
        let value = history.metrics.get(&(pi, bonus.metric)).and_then(|list| {
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
                    let over = self.retainer_over(history, pi, p, term, block, start, end);
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
                payment_id = Some(self.pay(pi, &bonus.id, payment));
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
    fn penalties(&mut self, as_of: NaiveDate, history: &History<'_>) {
        for (pi, p) in self.cat.pf.partnerships.iter().enumerate() {
            for block in &p.payments {
                for item in &block.items {
                    let PayItem::Penalty {
                        id: penalty_id,
                        name,
                        milestone,
                        per_day,
                        cap,
                        ..
                    } = item
                    else {
                        continue;
                    };
                    let id = crate::run::catalog::linked_milestone_id(self.cat.pf, milestone);
                    let Some((id, inst)) = id.and_then(|id| {
                        let inst = history
                            .inst_ids
                            .get(&id)
                            .and_then(|&i| history.insts.get(i))?;
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
                    let rounded = Money::round(exact, currency);
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
                        payment.uncapped = Some(Money::fixed(rounded, currency));
                    }
                    payment.payer = Some(self.cat.party_name(owner));
                    payment.payee = counterparty(p, owner).map(|x| self.cat.party_name(x));
                    payment.milestone = Some(id);
                    payment.days_late = Some(days);
                    self.pay(pi, penalty_id, payment);
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
    super::cond::eval(cond, Some(0), &One { metric, value })
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
