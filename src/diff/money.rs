//! Money per contract year: the retainers `pact run` pays over the whole
//! term with no trace events, following the versions. (Fees, bonuses and
//! success fees need events, and penalties would count every milestone as
//! missed: their changes show as clause changes instead.)

use super::{MoneyYear, Side};
use crate::ir::dates::{self, CalendarUnit};
use crate::run::report::PaymentKind;
use crate::versions as outputs;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use std::collections::{BTreeMap, HashMap};

/// `(currency, contract year)` → the sum, by partnership.
pub type Money = HashMap<String, BTreeMap<(String, u32), Decimal>>;

pub fn per_year(side: &Side<'_>) -> Money {
    let latest = side.latest();
    let until = (0..side.versions.count())
        .flat_map(|k| side.versions.portfolio(k).partnerships.iter())
        .filter_map(|p| p.term.map(|t| t.end))
        .max();
    let Some(until) = until else {
        return Money::new();
    };
    // A period that starts in the term is paid on its last day (in arrears,
    // up to a year later when the term renews) or when its invoice falls
    // due: run two years past the end so the first term's last periods are
    // in the report.
    let until = until
        .checked_add_days(chrono::Days::new(731))
        .unwrap_or(until);
    let Ok(report) = outputs::run(&side.versions, "", Some(until)) else {
        return Money::new();
    };
    // The first term, as the schedule shows it: a run with no events would
    // also renew by default, and the renewed terms are not what changed.
    let terms: HashMap<&str, (NaiveDate, NaiveDate)> = latest
        .partnerships
        .iter()
        .filter_map(|p| Some((p.name.as_str(), (p.term?.start, p.term?.end))))
        .collect();
    let mut out = Money::new();
    for p in &report.partnerships {
        let Some((start, end)) = terms.get(p.name.as_str()) else {
            continue;
        };
        let sums = out.entry(p.name.clone()).or_default();
        for payment in &p.payments {
            if payment.kind != PaymentKind::Retainer {
                continue;
            }
            let Ok(amount) = payment.amount.parse::<Decimal>() else {
                continue;
            };
            let day = payment.period.as_ref().map_or(payment.date, |x| x.start);
            if day > *end {
                continue;
            }
            let year = contract_year(*start, day);
            let sum = sums
                .entry((payment.currency.clone(), year))
                .or_insert(Decimal::ZERO);
            *sum = sum.checked_add(amount).unwrap_or(*sum);
        }
    }
    out
}

/// 1 for the year from the term start; the anniversary rule of the term.
fn contract_year(start: NaiveDate, day: NaiveDate) -> u32 {
    let mut year = 1u32;
    while year < 1000 {
        match dates::add_calendar(start, i64::from(year), CalendarUnit::Year) {
            Some(next) if next <= day => year += 1,
            _ => break,
        }
    }
    year
}

pub fn compare(
    old: Option<&BTreeMap<(String, u32), Decimal>>,
    new: Option<&BTreeMap<(String, u32), Decimal>>,
) -> Vec<MoneyYear> {
    let empty = BTreeMap::new();
    let (a, b) = (old.unwrap_or(&empty), new.unwrap_or(&empty));
    let mut keys: Vec<&(String, u32)> = a.keys().chain(b.keys()).collect();
    keys.sort();
    keys.dedup();
    let mut out = Vec::new();
    for key in keys {
        let (currency, year) = key;
        let scale = crate::ir::values::minor_unit_digits(currency);
        let shown = |d: Option<&Decimal>| {
            let mut d = d.copied().unwrap_or(Decimal::ZERO);
            d.rescale(scale);
            d.to_string()
        };
        let (x, y) = (shown(a.get(key)), shown(b.get(key)));
        if x != y {
            out.push(MoneyYear {
                currency: currency.clone(),
                contract_year: *year,
                old: x,
                new: y,
            });
        }
    }
    out
}
