//! Totals are exact or the run fails (design §5.1, turn-2 ruling): before
//! the report sums each party's payments, every sum is checked, and one that
//! a 96-bit decimal cannot hold is an error naming the payment's trace line
//! (line 0 for payments that accrue with time, like retainers).
//!
//! `Decimal::checked_add` fails only when the integer part overflows: a sum
//! that needs more significant digits than 96 bits hold comes back rounded
//! to fewer decimals. `exact_add` refuses that rounding too.

use super::engine::Machine;
use super::report::PaymentKind;
use super::TraceError;
use rust_decimal::Decimal;
use std::collections::BTreeMap;

impl Machine<'_> {
    pub(super) fn check_totals(&mut self) {
        // In date order, so the error names the payment that broke the sum;
        // one error per total.
        let mut order: Vec<usize> = (0..self.payments.len()).collect();
        order.sort_by_key(|&i| {
            self.payments
                .get(i)
                .map(|(_, x)| (x.date, x.line.unwrap_or(0)))
        });
        let mut sums: BTreeMap<(usize, String, String, bool), Option<Decimal>> = BTreeMap::new();
        let mut errors = Vec::new();
        for (p, payment) in order.iter().filter_map(|&i| self.payments.get(i)) {
            let (party, received) = match payment.kind {
                PaymentKind::Penalty => (payment.payer.clone(), false),
                _ => (payment.payee.clone(), true),
            };
            let Some(party) = party else { continue };
            let key = (*p, party.clone(), payment.currency.clone(), received);
            let sum = sums.entry(key).or_insert(Some(Decimal::ZERO));
            let Some(before) = *sum else { continue };
            *sum = exact_add(before, payment.value);
            if sum.is_none() {
                errors.push(TraceError::new(
                    payment.line.unwrap_or(0),
                    format!(
                        "the total {} by {party} in {} cannot be computed exactly from the payment `{}`: it exceeds what a 96-bit decimal holds",
                        if received { "received" } else { "paid in penalties" },
                        payment.currency,
                        payment.id
                    ),
                ));
            }
        }
        self.errors.extend(errors);
    }
}

/// `a + b` when a 96-bit decimal holds it exactly; `None` when the sum
/// overflows or would be rounded (too many significant digits).
pub(crate) fn exact_add(a: Decimal, b: Decimal) -> Option<Decimal> {
    let sum = a.checked_add(b)?;
    // A rounded sum does not give back its operands.
    (sum.checked_sub(a)? == b && sum.checked_sub(b)? == a).then_some(sum)
}

#[cfg(test)]
mod tests {
    use super::exact_add;
    use rust_decimal::Decimal;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).expect("a decimal")
    }

    #[test]
    fn a_sum_that_would_be_rounded_is_refused() {
        // 27 integer digits and 3 decimals: 30 significant digits, more
        // than the 28-29 a 96-bit mantissa holds (differential seed 530).
        let big = d("196175244437849541076553547.75");
        assert_eq!(exact_add(big, d("35717.505")), None);
        assert_eq!(
            exact_add(big, d("24384.4")),
            Some(d("196175244437849541076577932.15"))
        );
        assert_eq!(exact_add(d("0.1"), d("0.2")), Some(d("0.3")));
        assert_eq!(exact_add(Decimal::MAX, Decimal::ONE), None);
    }
}
