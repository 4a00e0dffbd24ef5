//! Totals are exact or the run fails (design §5.1, turn-2 ruling): before
//! the report sums each party's payments, every sum is checked, and one that
//! a 96-bit decimal cannot hold is an error naming the payment's trace line
//! (line 0 for payments that accrue with time, like retainers).

use super::engine::Machine;
use super::report::PaymentKind;
use super::TraceError;
use rust_decimal::Decimal;
use std::collections::BTreeMap;

impl Machine<'_> {
    pub(super) fn check_totals(&mut self) {
        let mut sums: BTreeMap<(usize, String, String, bool), Decimal> = BTreeMap::new();
        let mut errors = Vec::new();
        for (p, payment) in &self.payments {
            let (party, received) = match payment.kind {
                PaymentKind::Penalty => (payment.payer.clone(), false),
                _ => (payment.payee.clone(), true),
            };
            let Some(party) = party else { continue };
            let key = (*p, party.clone(), payment.currency.clone(), received);
            let sum = sums.entry(key).or_insert(Decimal::ZERO);
            match sum.checked_add(payment.value) {
                Some(s) => *sum = s,
                None => errors.push(TraceError::new(
                    payment.line.unwrap_or(0),
                    format!(
                        "the total {} by {party} in {} cannot be computed exactly: it exceeds what a 96-bit decimal holds",
                        if received { "received" } else { "paid in penalties" },
                        payment.currency
                    ),
                )),
            }
        }
        self.errors.extend(errors);
    }
}
