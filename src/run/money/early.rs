//! Early-delivery bonuses (design §10.2), the mirror of penalties: paid on
//! the day the milestone is fulfilled, for each whole day before its due
//! date, up to the cap; the milestone's counterparty pays its owner.

use super::{blank, Accounts};
use crate::ir::values::Money;
use crate::run::report::PaymentKind;
use crate::run::state::History;
use crate::run::TraceError;
use chrono::NaiveDate;
use rust_decimal::Decimal;

impl Accounts<'_> {
    pub(super) fn early_bonuses(&mut self, as_of: NaiveDate, history: &History<'_>) {
        let pf = self.cat.pf;
        for (pi, p) in pf.partnerships.iter().enumerate() {
            for block in &p.payments {
                for bonus in &block.early_bonuses {
                    let id = crate::run::catalog::linked_milestone_id(pf, &bonus.milestone);
                    let Some((id, inst)) = id.and_then(|id| {
                        let inst = history
                            .inst_ids
                            .get(&id)
                            .and_then(|&i| history.insts.get(i))?;
                        Some((id, inst))
                    }) else {
                        continue;
                    };
                    let (Some(due), Some(done)) = (inst.due, inst.fulfilled) else {
                        continue;
                    };
                    if done > as_of {
                        continue;
                    }
                    let days = (due - done).num_days();
                    if days <= 0 {
                        continue;
                    }
                    let currency = bonus.per_day.currency.as_str();
                    let Some(exact) = bonus.per_day.amount.checked_mul(Decimal::from(days)) else {
                        self.errors.push(TraceError::new(
                            0,
                            format!("the early-delivery bonus `{}` of `{}` is too large to compute exactly", bonus.name, p.name),
                        ));
                        continue;
                    };
                    let rounded = Money::round(exact, currency);
                    let amount = match &bonus.cap {
                        Some(c) => rounded.min(c.amount.amount),
                        None => rounded,
                    };
                    let mut payment = blank(PaymentKind::EarlyBonus, done, amount, exact, currency);
                    if amount != rounded {
                        payment.uncapped = Some(Money::fixed(rounded, currency));
                    }
                    (payment.payee, payment.payer) = self.payer_and_payee(p, block);
                    payment.milestone = Some(id);
                    payment.days_early = Some(days);
                    self.pay(pi, &bonus.id, payment);
                }
            }
        }
    }
}
