//! `share` bands (design §10.2): marginal rates over the contract year's
//! cumulative readings of the base signal, like tax brackets. Each reading
//! pays the difference it makes: what the year's total earns with it, less
//! what it earned without, exact, then rounded half-even to the minor unit;
//! a cap applies to the sums of rounded payments, per contract year or over
//! the term (§5.1).
//!
//! Readings of zero or less earn nothing and do not count towards the year
//! (as for success fees). A product or sum that does not fit exactly fails
//! the run with an error naming the trace line.

use super::{blank, Accounts};
use crate::ir::values::{minor_unit_digits, Money, Value};
use crate::ir::{Share, ShareBand};
use crate::run::periods::{contract_year, Ratio};
use crate::run::report::PaymentKind;
use crate::run::TraceError;
use chrono::NaiveDate;
use rust_decimal::Decimal;

/// What the bands pay on a year's cumulative amount `total`, exactly.
fn earned(bands: &[ShareBand], total: Decimal) -> Option<Ratio> {
    let mut sum = Ratio::ZERO;
    let mut floor = Decimal::ZERO;
    let hundredth = Ratio::new(1, 100)?;
    for band in bands {
        let top = band.up_to.map_or(total, |limit| limit.min(total));
        if top <= floor {
            break;
        }
        let part = Ratio::from_decimal(top.checked_sub(floor)?)?;
        let rate = Ratio::from_decimal(band.rate)?.checked_mul(hundredth)?;
        sum = sum.checked_add(part.checked_mul(rate)?)?;
        match band.up_to {
            Some(limit) => floor = limit,
            None => break,
        }
    }
    Some(sum)
}

fn subtract(a: Ratio, b: Ratio) -> Option<Ratio> {
    a.checked_add(b.checked_mul(Ratio::new(-1, 1)?)?)
}

impl Accounts<'_> {
    fn too_large_at(&mut self, line: usize, what: &str) {
        self.errors.push(
            TraceError::new(
                line,
                format!("{what} cannot be computed exactly: it needs more digits than a 96-bit decimal holds"),
            )
            .with_help(Some(
                "Pact never rounds an amount silently; split the reading or check its value"
                    .to_string(),
            )),
        );
    }

    /// Share payments on a reading of `signal` in partnership `pi`.
    pub(crate) fn shares(
        &mut self,
        pi: usize,
        signal: usize,
        value: &Value,
        date: NaiveDate,
        line: usize,
    ) {
        let Some(p) = self.cat.partnership(pi) else {
            return;
        };
        let Value::Money(reading) = value else {
            return;
        };
        for (b, block) in p.payments.iter().enumerate() {
            for (i, share) in block.shares.iter().enumerate() {
                if share.base != signal {
                    continue;
                }
                if !p.in_term(date) {
                    self.notes.insert(format!(
                        "readings outside the term of `{}` earn no share",
                        p.name
                    ));
                    continue;
                }
                if reading.amount <= Decimal::ZERO {
                    self.notes
                        .insert("a reading of zero or less earns no share".to_string());
                    continue;
                }
                let Some(year) = p.term.and_then(|t| contract_year(t.start, date)) else {
                    continue;
                };
                self.share_payment(pi, b, i, share, reading, year, date, line);
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn share_payment(
        &mut self,
        pi: usize,
        b: usize,
        i: usize,
        share: &Share,
        reading: &Money,
        year: usize,
        date: NaiveDate,
        line: usize,
    ) {
        let Some(p) = self.cat.partnership(pi) else {
            return;
        };
        let Some(block) = p.payments.get(b) else {
            return;
        };
        let currency = reading.currency.as_str();
        let (before, paid_year) = self
            .shares
            .get(&(pi, b, i, year))
            .copied()
            .unwrap_or_default();
        let after = Ratio::from_decimal(before)
            .zip(Ratio::from_decimal(reading.amount))
            .and_then(|(a, b)| a.checked_add(b)?.exact());
        let Some(after) = after else {
            return self.too_large_at(line, "the year's total of this share");
        };
        let delta = earned(&share.bands, after)
            .zip(earned(&share.bands, before))
            .and_then(|(a, b)| subtract(a, b));
        let Some(delta) = delta else {
            return self.too_large_at(line, "this share payment");
        };
        let Some(exact) = delta.exact() else {
            return self.too_large_at(line, "this share payment");
        };
        let Some(fee) = delta.round(minor_unit_digits(currency)) else {
            return self.too_large_at(line, "this share payment");
        };
        let paid_term = self
            .share_term_paid
            .get(&(pi, b, i))
            .copied()
            .unwrap_or_default();
        let amount = match &share.cap {
            Some(cap) => {
                // Across an amendment: what earlier versions paid too.
                let (spent, of) = if cap.per_year {
                    (paid_year, Some(year))
                } else {
                    (paid_term, None)
                };
                let earlier = self.prior.paid(&p.name, &share.id, of);
                let spent = spent.checked_add(earlier).unwrap_or(spent);
                let room = cap
                    .amount
                    .amount
                    .checked_sub(spent)
                    .unwrap_or(Decimal::ZERO)
                    .max(Decimal::ZERO);
                fee.min(room)
            }
            None => fee,
        };
        // A payment an earlier version made instead is not this version's.
        let counted = if self.prior.replaced(&p.name, date) {
            Decimal::ZERO
        } else {
            amount
        };
        let (Some(new_year), Some(new_term)) = (
            paid_year.checked_add(counted),
            paid_term.checked_add(counted),
        ) else {
            return self.too_large_at(line, "the sum of this share's payments");
        };
        self.shares.insert((pi, b, i, year), (after, new_year));
        self.share_term_paid.insert((pi, b, i), new_term);
        let id = share.id.clone();
        let mut payment = blank(PaymentKind::Share, date, amount, exact, currency);
        if amount != fee {
            payment.exact = (exact != fee).then(|| exact.normalize().to_string());
            payment.uncapped = Some(Money::fixed(fee, currency));
        }
        (payment.payee, payment.payer) = self.payer_and_payee(p, block);
        payment.reading = Some(reading.to_string());
        payment.contract_year = u32::try_from(year + 1).ok();
        payment.line = Some(line);
        self.pay(pi, &id, payment);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bands() -> Vec<ShareBand> {
        // 20% up to 1,000,000, 30% above.
        vec![
            ShareBand {
                rate: Decimal::from(20),
                up_to: Some(Decimal::from(1_000_000)),
            },
            ShareBand {
                rate: Decimal::from(30),
                up_to: None,
            },
        ]
    }

    #[test]
    fn bands_are_marginal() {
        let r = |n: i64| earned(&bands(), Decimal::from(n)).unwrap().exact();
        assert_eq!(r(0), Some(Decimal::ZERO));
        assert_eq!(r(500_000), Some(Decimal::from(100_000)));
        assert_eq!(r(1_000_000), Some(Decimal::from(200_000)));
        // 200,000 + 30% of 500,000
        assert_eq!(r(1_500_000), Some(Decimal::from(350_000)));
    }
}
