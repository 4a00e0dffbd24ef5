//! Periods and exact shares of them (design §5.1 and its turn-2 rulings).
//!
//! Period boundaries follow the term's anniversary rule: the k-th boundary
//! is start + k units with a missing day moving to the 1st of the next
//! month, so `2026-01-31 for 1 month` is one period (31 January to 28
//! February) while dated occurrences (meetings) still clamp.
//!
//! `X% of retainer` is prorated by days, which divides: the accrued amount
//! is kept as an exact fraction ([`Ratio`]) and rounded once, half-even,
//! when it is paid. Nothing here rounds silently: every operation that does
//! not fit says so with `None`.

use crate::ir::dates::{self, BusinessCalendar, CalendarUnit};
use crate::ir::values::DurationUnit;
use crate::ir::{Period, Term};
use chrono::NaiveDate;
use rust_decimal::{Decimal, RoundingStrategy};

/// The k-th period boundary from `start` (`k = 0` is `start`): the day
/// after the term of k units that starts on `start` would end.
pub(crate) fn anniversary(start: NaiveDate, k: i64, unit: CalendarUnit) -> Option<NaiveDate> {
    if k == 0 {
        return Some(start);
    }
    match unit {
        CalendarUnit::Month | CalendarUnit::Quarter | CalendarUnit::Year => {
            dates::term_end(start, k, unit)?.succ_opt()
        }
        _ => dates::add_calendar(start, k, unit),
    }
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

/// An exact non-negative fraction `num / den` (`den > 0`), reduced.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Ratio {
    num: i128,
    den: i128,
}

fn gcd(mut a: i128, mut b: i128) -> i128 {
    a = a.abs();
    b = b.abs();
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a.max(1)
}

impl Ratio {
    pub(crate) const ZERO: Ratio = Ratio { num: 0, den: 1 };

    pub(crate) fn new(num: i128, den: i128) -> Option<Ratio> {
        if den == 0 {
            return None;
        }
        let g = gcd(num, den);
        let (num, den) = (num / g, den / g);
        Some(if den < 0 {
            Ratio {
                num: num.checked_neg()?,
                den: den.checked_neg()?,
            }
        } else {
            Ratio { num, den }
        })
    }

    pub(crate) fn from_decimal(d: Decimal) -> Option<Ratio> {
        let den = 10i128.checked_pow(d.scale())?;
        Ratio::new(d.mantissa(), den)
    }

    pub(crate) fn checked_add(self, other: Ratio) -> Option<Ratio> {
        let g = gcd(self.den, other.den);
        let den = (self.den / g).checked_mul(other.den)?;
        let num = self
            .num
            .checked_mul(other.den / g)?
            .checked_add(other.num.checked_mul(self.den / g)?)?;
        Ratio::new(num, den)
    }

    pub(crate) fn checked_mul(self, other: Ratio) -> Option<Ratio> {
        // Cross-reduce first, so the products stay small.
        let g1 = gcd(self.num, other.den);
        let g2 = gcd(other.num, self.den);
        Ratio::new(
            (self.num / g1).checked_mul(other.num / g2)?,
            (self.den / g2).checked_mul(other.den / g1)?,
        )
    }

    /// The exact value as a decimal, when it has one that fits.
    pub(crate) fn exact(self) -> Option<Decimal> {
        let mut den = self.den;
        let mut scale = 0u32;
        let mut num = self.num;
        while den != 1 {
            if den % 10 == 0 {
                den /= 10;
            } else if den % 2 == 0 {
                den /= 2;
                num = num.checked_mul(5)?;
            } else if den % 5 == 0 {
                den /= 5;
                num = num.checked_mul(2)?;
            } else {
                return None; // does not terminate
            }
            scale += 1;
            if scale > 28 {
                return None;
            }
        }
        Decimal::try_from_i128_with_scale(num, scale).ok()
    }

    /// The value to 28 significant digits, for a ratio that does not
    /// terminate.
    pub(crate) fn approx(self) -> Option<Decimal> {
        Decimal::try_from_i128_with_scale(self.num, 0)
            .ok()?
            .checked_div(Decimal::try_from_i128_with_scale(self.den, 0).ok()?)
    }

    /// Rounded half-even to `digits` decimals.
    pub(crate) fn round(self, digits: u32) -> Option<Decimal> {
        let unit = 10i128.checked_pow(digits)?;
        let scaled = self.num.checked_mul(unit)?;
        let (q, r) = (scaled.div_euclid(self.den), scaled.rem_euclid(self.den));
        let twice = r.checked_mul(2)?;
        let q = match twice.cmp(&self.den) {
            std::cmp::Ordering::Less => q,
            std::cmp::Ordering::Greater => q.checked_add(1)?,
            std::cmp::Ordering::Equal if q % 2 == 0 => q,
            std::cmp::Ordering::Equal => q.checked_add(1)?,
        };
        let d = Decimal::try_from_i128_with_scale(q, digits).ok()?;
        // `try_from_i128_with_scale` keeps every digit it accepts.
        debug_assert_eq!(
            d,
            d.round_dp_with_strategy(digits, RoundingStrategy::MidpointNearestEven)
        );
        Some(d)
    }
}

/// The part of `amount` per period that accrues over `[from, to]`: each
/// period contributes its amount times the share of its days inside.
pub(crate) fn accrued(
    periods: &[(NaiveDate, NaiveDate)],
    amount: Decimal,
    from: NaiveDate,
    to: NaiveDate,
) -> Option<Ratio> {
    let per = Ratio::from_decimal(amount)?;
    let mut total = Ratio::ZERO;
    for &(s, e) in periods {
        let overlap = (e.min(to) - s.max(from)).num_days() + 1;
        if overlap <= 0 {
            continue;
        }
        let length = (e - s).num_days() + 1;
        let part = per.checked_mul(Ratio::new(i128::from(overlap), i128::from(length))?)?;
        total = total.checked_add(part)?;
    }
    Some(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn anniversaries_move_a_missing_day_to_the_first() {
        let start = date("2026-01-31");
        assert_eq!(anniversary(start, 0, CalendarUnit::Month), Some(start));
        assert_eq!(
            anniversary(start, 1, CalendarUnit::Month),
            Some(date("2026-03-01"))
        );
        assert_eq!(
            anniversary(start, 2, CalendarUnit::Month),
            Some(date("2026-03-31"))
        );
        assert_eq!(
            anniversary(date("2028-02-29"), 1, CalendarUnit::Year),
            Some(date("2029-03-01"))
        );
    }

    #[test]
    fn a_quarterly_retainer_prorated_over_months() {
        // 30,000 a quarter from 1 January: January has 31 of the quarter's
        // 90 days, so 30,000 x 31/90 = 10,333.33...
        let periods = [(date("2026-01-01"), date("2026-03-31"))];
        let jan = accrued(
            &periods,
            Decimal::from(30_000),
            date("2026-01-01"),
            date("2026-01-31"),
        )
        .unwrap();
        assert_eq!(jan.exact(), None);
        assert_eq!(jan.round(2), Some(Decimal::new(1_033_333, 2)));
        let feb = accrued(
            &periods,
            Decimal::from(30_000),
            date("2026-02-01"),
            date("2026-02-28"),
        )
        .unwrap();
        assert_eq!(feb.round(2), Some(Decimal::new(933_333, 2)));
    }

    #[test]
    fn rounding_a_ratio_is_half_even() {
        let r = |n, d| Ratio::new(n, d).unwrap();
        assert_eq!(r(5, 1000).round(2), Some(Decimal::new(0, 2))); // 0.005 -> 0.00
        assert_eq!(r(15, 1000).round(2), Some(Decimal::new(2, 2))); // 0.015 -> 0.02
        assert_eq!(r(1, 3).round(2), Some(Decimal::new(33, 2)));
        assert_eq!(r(2, 3).round(0), Some(Decimal::from(1)));
        assert_eq!(r(1, 8).exact(), Some(Decimal::new(125, 3)));
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
