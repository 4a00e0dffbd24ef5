//! Totals are exact or the run fails (design §5.1, turn-2 ruling): before
//! the report sums each party's payments, every sum is checked, and one that
//! a 96-bit decimal cannot hold is an error naming the payment's trace line
//! (line 0 for payments that accrue with time, like retainers).

use super::Accounts;
use crate::run::report::PaymentKind;
use crate::run::TraceError;
use rust_decimal::Decimal;
use std::collections::BTreeMap;

impl Accounts<'_> {
    pub(super) fn check_totals(&mut self) {
        let mut sums: BTreeMap<(usize, String, String, bool), Option<Decimal>> = BTreeMap::new();
        let mut errors = Vec::new();
        for (p, payment) in &self.payments {
            let (party, received) = match payment.kind {
                PaymentKind::Penalty => (payment.payer.clone(), false),
                _ => (payment.payee.clone(), true),
            };
            let Some(party) = party else { continue };
            let key = (*p, party.clone(), payment.currency.clone(), received);
            let sum = sums.entry(key).or_insert(Some(Decimal::ZERO));
            // A sum that failed once is reported once.
            let Some(so_far) = *sum else { continue };
            *sum = exact_add(so_far, payment.value);
            if sum.is_none() {
                errors.push(TraceError::new(
                    payment.line.unwrap_or(0),
                    format!(
                        "the total {} by {party} in {} cannot be computed exactly once the payment of {} is added: it needs more digits than a 96-bit decimal holds",
                        if received { "received" } else { "paid in penalties" },
                        payment.currency,
                        payment.date,
                    ),
                ));
            }
        }
        self.errors.extend(errors);
    }
}

/// `a + b` when a 96-bit decimal holds the sum exactly. `Decimal`'s own
/// `checked_add` fails only on overflow: a sum that fits only with fewer
/// decimals (`196175244437849541076614425.75 + 0.005`) comes back rounded.
pub(crate) fn exact_add(a: Decimal, b: Decimal) -> Option<Decimal> {
    let scale = a.scale().max(b.scale());
    let aligned = |x: Decimal| {
        x.mantissa()
            .checked_mul(10i128.checked_pow(scale - x.scale())?)
    };
    let mut mantissa = aligned(a)?.checked_add(aligned(b)?)?;
    let mut scale = scale;
    // Trailing zeros cost nothing: 0.5 + 0.5 is 1, not 1.0 out of room.
    while scale > 0 && mantissa % 10 == 0 {
        mantissa /= 10;
        scale -= 1;
    }
    Decimal::try_from_i128_with_scale(mantissa, scale).ok()
}

#[cfg(test)]
mod tests {
    use super::exact_add;
    use rust_decimal::Decimal;
    use std::str::FromStr;

    fn d(text: &str) -> Decimal {
        Decimal::from_str(text).unwrap_or_default()
    }

    #[test]
    fn sums_are_exact_or_none() {
        assert_eq!(exact_add(d("0.5"), d("0.5")), Some(d("1")));
        assert_eq!(exact_add(d("24384.400"), d("776.000")), Some(d("25160.4")));
        // 29 significant digits at scale 3: more than 96 bits hold.
        let big = d("196175244437849541076553547.75");
        assert_eq!(exact_add(big, d("35717.505")), None);
        assert_eq!(
            exact_add(big, d("35717.50")),
            Some(d("196175244437849541076589265.25"))
        );
        assert_eq!(exact_add(Decimal::MAX, d("1")), None);
        assert_eq!(
            exact_add(Decimal::MAX, d("-1")),
            Some(Decimal::MAX - Decimal::ONE)
        );
    }
}
