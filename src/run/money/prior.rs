//! What was actually paid before an amendment took effect, for the caps of
//! the version in force after it (design §5.1, §10.6).
//!
//! `crate::versions` runs every version of an amended partnership on the
//! whole trace and takes each payment from the version in force on its
//! date. A version's own payments before its effective date are never paid,
//! so its success-fee and share caps count, for those days, the payments the
//! earlier versions actually made instead: the fees of a contract year are
//! capped across the versions together.

use crate::run::report::{Payment, PaymentKind};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use std::collections::HashMap;

/// Payments of earlier versions, by partnership name: the day this
/// version's own payments start to count, and what was paid before it.
#[derive(Debug, Clone, Default)]
pub struct Prior {
    parts: HashMap<String, (NaiveDate, Vec<Paid>)>,
}

/// One capped payment made: its pay item's id, contract year (0-based) and
/// rounded amount.
#[derive(Debug, Clone)]
struct Paid {
    item: String,
    year: Option<usize>,
    amount: Decimal,
}

impl Prior {
    /// `payments` of `partnership` were actually made before `from`, the
    /// day the version being run takes effect. Only success fees and share
    /// payments are kept: the kinds whose caps run over a year or the term.
    pub fn add(&mut self, partnership: &str, from: NaiveDate, payments: &[Payment]) {
        let entry = self
            .parts
            .entry(partnership.to_string())
            .or_insert_with(|| (from, Vec::new()));
        entry.0 = from;
        for x in payments {
            if !matches!(x.kind, PaymentKind::SuccessFee | PaymentKind::Share) || x.date >= from {
                continue;
            }
            let item =
                x.id.rsplit_once('@')
                    .map_or(x.id.as_str(), |(item, _)| item);
            entry.1.push(Paid {
                item: item.to_string(),
                year: x
                    .contract_year
                    .and_then(|y| usize::try_from(y).ok()?.checked_sub(1)),
                amount: x.value,
            });
        }
    }

    /// Whether a payment of `partnership` on `date` falls before the
    /// version's effective date: earlier versions paid for that day.
    pub(crate) fn replaced(&self, partnership: &str, date: NaiveDate) -> bool {
        self.parts
            .get(partnership)
            .is_some_and(|(from, _)| date < *from)
    }

    /// What earlier versions paid for `item` in contract year `year` (in
    /// every year when `None`).
    pub(crate) fn paid(&self, partnership: &str, item: &str, year: Option<usize>) -> Decimal {
        let Some((_, paid)) = self.parts.get(partnership) else {
            return Decimal::ZERO;
        };
        paid.iter()
            .filter(|x| x.item == item && (year.is_none() || x.year == year))
            .fold(Decimal::ZERO, |sum, x| {
                sum.checked_add(x.amount).unwrap_or(sum)
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap_or_default()
    }

    fn payment(id: &str, kind: PaymentKind, date: &str, year: u32, amount: i64) -> Payment {
        Payment {
            id: id.to_string(),
            kind,
            date: day(date),
            payee: None,
            payer: None,
            amount: String::new(),
            currency: "USD".to_string(),
            exact: None,
            uncapped: None,
            period: None,
            event: None,
            reading: None,
            contract_year: Some(year),
            tier: None,
            milestone: None,
            days_late: None,
            days_early: None,
            line: None,
            value: Decimal::from(amount),
        }
    }

    #[test]
    fn counts_capped_kinds_before_the_effective_date_by_item_and_year() {
        let fee = "P.success_fee.G-rev";
        let paid = [
            payment(
                &format!("{fee}@2025-12-31"),
                PaymentKind::SuccessFee,
                "2025-12-31",
                1,
                5,
            ),
            payment(
                &format!("{fee}@2026-03-31"),
                PaymentKind::SuccessFee,
                "2026-03-31",
                2,
                30,
            ),
            payment(
                &format!("{fee}@2026-06-30#2"),
                PaymentKind::SuccessFee,
                "2026-06-30",
                2,
                10,
            ),
            // On or after the effective date: the version run pays it.
            payment(
                &format!("{fee}@2026-07-01"),
                PaymentKind::SuccessFee,
                "2026-07-01",
                2,
                7,
            ),
            // Not a capped kind.
            payment(
                "P.retainer.G@2026-01-31",
                PaymentKind::Retainer,
                "2026-01-31",
                2,
                100,
            ),
        ];
        let mut prior = Prior::default();
        prior.add("P", day("2026-07-01"), &paid);
        assert_eq!(prior.paid("P", fee, Some(1)), Decimal::from(40));
        assert_eq!(prior.paid("P", fee, Some(0)), Decimal::from(5));
        assert_eq!(prior.paid("P", fee, None), Decimal::from(45));
        assert_eq!(prior.paid("P", "P.retainer.G", None), Decimal::ZERO);
        assert_eq!(prior.paid("Q", fee, None), Decimal::ZERO);
        assert!(prior.replaced("P", day("2026-06-30")));
        assert!(!prior.replaced("P", day("2026-07-01")));
        assert!(!prior.replaced("Q", day("2026-01-01")));
    }
}
