//! Typed values: exact money, percentages, durations that keep their unit.
//!
//! A duration is never converted silently: `3 months` stays three months
//! (not 90 days) and `10 business days` stays business days, because their
//! length in days depends on the date they are counted from. Comparing
//! durations of unlike units therefore uses bounds (a month is 28–31 days).

use super::dates::{self, BusinessCalendar, CalendarUnit};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;
use std::fmt;

/// The unit of a duration, as written.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum DurationUnit {
    Minute,
    Hour,
    Day,
    BusinessDay,
    Week,
    Month,
    Quarter,
    Year,
}

impl DurationUnit {
    /// The word for `amount` of this unit (`1 day`, `2 business days`).
    pub fn word(self, plural: bool) -> &'static str {
        match (self, plural) {
            (DurationUnit::Minute, false) => "minute",
            (DurationUnit::Minute, true) => "minutes",
            (DurationUnit::Hour, false) => "hour",
            (DurationUnit::Hour, true) => "hours",
            (DurationUnit::Day, false) => "day",
            (DurationUnit::Day, true) => "days",
            (DurationUnit::BusinessDay, false) => "business day",
            (DurationUnit::BusinessDay, true) => "business days",
            (DurationUnit::Week, false) => "week",
            (DurationUnit::Week, true) => "weeks",
            (DurationUnit::Month, false) => "month",
            (DurationUnit::Month, true) => "months",
            (DurationUnit::Quarter, false) => "quarter",
            (DurationUnit::Quarter, true) => "quarters",
            (DurationUnit::Year, false) => "year",
            (DurationUnit::Year, true) => "years",
        }
    }

    /// Bounds of one unit in minutes: (shortest, longest). A business day is
    /// at least a day and, across a long weekend with holidays, can stretch;
    /// four days is the bound used for comparisons.
    fn minutes_bounds(self) -> (i64, i64) {
        const DAY: i64 = 24 * 60;
        match self {
            DurationUnit::Minute => (1, 1),
            DurationUnit::Hour => (60, 60),
            DurationUnit::Day => (DAY, DAY),
            DurationUnit::BusinessDay => (DAY, 4 * DAY),
            DurationUnit::Week => (7 * DAY, 7 * DAY),
            DurationUnit::Month => (28 * DAY, 31 * DAY),
            DurationUnit::Quarter => (89 * DAY, 92 * DAY),
            DurationUnit::Year => (365 * DAY, 366 * DAY),
        }
    }

    pub fn calendar_unit(self) -> Option<CalendarUnit> {
        match self {
            DurationUnit::Day => Some(CalendarUnit::Day),
            DurationUnit::Week => Some(CalendarUnit::Week),
            DurationUnit::Month => Some(CalendarUnit::Month),
            DurationUnit::Quarter => Some(CalendarUnit::Quarter),
            DurationUnit::Year => Some(CalendarUnit::Year),
            _ => None,
        }
    }
}

/// `30 days`, `10 business days`, `3 months`, `24 hours`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Duration {
    pub amount: Decimal,
    pub unit: DurationUnit,
}

impl Duration {
    pub fn new(amount: Decimal, unit: DurationUnit) -> Duration {
        Duration { amount, unit }
    }

    /// (shortest, longest) length in minutes.
    pub fn minutes_bounds(&self) -> (Decimal, Decimal) {
        let (lo, hi) = self.unit.minutes_bounds();
        (
            self.amount.saturating_mul(Decimal::from(lo)),
            self.amount.saturating_mul(Decimal::from(hi)),
        )
    }

    /// Exact length in minutes, when the unit has a fixed length.
    pub fn exact_minutes(&self) -> Option<Decimal> {
        let (lo, hi) = self.minutes_bounds();
        (lo == hi).then_some(lo)
    }

    /// Hours, for meeting lengths (minutes and hours only are exact).
    pub fn hours(&self) -> Option<Decimal> {
        self.exact_minutes()
            .and_then(|m| m.checked_div(Decimal::from(60)))
    }

    /// The whole number of units, if the amount is whole.
    pub fn whole(&self) -> Option<i64> {
        if self.amount.fract().is_zero() {
            i64::try_from(self.amount).ok()
        } else {
            None
        }
    }

    /// The date `self` after `from` (design §5.1): business days are counted
    /// strictly after `from`; months clamp to the month's end; hours are due
    /// at the end of day `from + ceil(hours / 24)`.
    pub fn after(&self, from: NaiveDate, calendar: &BusinessCalendar) -> Option<NaiveDate> {
        match self.unit {
            DurationUnit::BusinessDay => calendar.add_business_days(from, self.whole()?),
            DurationUnit::Hour | DurationUnit::Minute => {
                let minutes = self.exact_minutes()?;
                let days = (minutes / Decimal::from(24 * 60)).ceil();
                dates::add_calendar(from, i64::try_from(days).ok()?, CalendarUnit::Day)
            }
            unit => dates::add_calendar(from, self.whole()?, unit.calendar_unit()?),
        }
    }

    /// The date `self` before `to` (calendar units only; business days count back).
    pub fn before(&self, to: NaiveDate, calendar: &BusinessCalendar) -> Option<NaiveDate> {
        match self.unit {
            DurationUnit::BusinessDay => calendar.add_business_days(to, -self.whole()?),
            DurationUnit::Hour | DurationUnit::Minute => {
                let minutes = self.exact_minutes()?;
                let days = (minutes / Decimal::from(24 * 60)).ceil();
                dates::add_calendar(to, -i64::try_from(days).ok()?, CalendarUnit::Day)
            }
            unit => dates::add_calendar(to, -self.whole()?, unit.calendar_unit()?),
        }
    }
}

impl fmt::Display for Duration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let plural = self.amount != Decimal::ONE;
        write!(f, "{} {}", self.amount.normalize(), self.unit.word(plural))
    }
}

/// An exact amount of one currency (ISO 4217 code).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Money {
    #[serde(with = "rust_decimal::serde::str")]
    pub amount: Decimal,
    pub currency: String,
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.amount.normalize(), self.currency)
    }
}

impl Money {
    /// `amount` rounded half-even to `currency`'s minor unit: how a payment
    /// is rounded, once, when it is made (design §5.1).
    pub fn round(amount: Decimal, currency: &str) -> Decimal {
        amount.round_dp_with_strategy(
            minor_unit_digits(currency),
            rust_decimal::RoundingStrategy::MidpointNearestEven,
        )
    }

    /// `amount` rounded and written with exactly the minor unit's digits
    /// (`"6000.00"`, `"2"` for yen): how reports show money.
    pub fn fixed(amount: Decimal, currency: &str) -> String {
        let digits = minor_unit_digits(currency);
        let mut rounded = Money::round(amount, currency);
        if rounded.is_zero() {
            rounded = Decimal::ZERO;
        }
        rounded.rescale(digits);
        let mut text = rounded.to_string();
        // Near the 96-bit limit `rescale` cannot add every digit; the amount
        // is exact, so the missing zeros are written out.
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
}

/// A decimal's text with thousands separators: `1234567.50` as
/// `1,234,567.50` (the fraction, when there is one, is kept as written).
/// Reports, diffs and rendered documents all group amounts this way.
pub fn grouped(amount: &str) -> String {
    let (sign, digits) = match amount.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", amount),
    };
    let (whole, fraction) = match digits.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (digits, None),
    };
    let mut out = String::new();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    match fraction {
        Some(f) => format!("{sign}{out}.{f}"),
        None => format!("{sign}{out}"),
    }
}

/// A typed constant.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Number(Decimal),
    Percent(Decimal),
    Money(Money),
    Duration(Duration),
    Date(NaiveDate),
    Bool(bool),
    Text(String),
}

/// The types of design §3.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Type {
    Number,
    Percent,
    Money,
    Duration,
    Date,
    Count,
    Score,
    Bool,
    Text,
}

impl Type {
    pub fn name(self) -> &'static str {
        match self {
            Type::Number => "number",
            Type::Percent => "percent",
            Type::Money => "money",
            Type::Duration => "duration",
            Type::Date => "date",
            Type::Count => "count",
            Type::Score => "score",
            Type::Bool => "bool",
            Type::Text => "text",
        }
    }

    pub const ALL: [Type; 9] = [
        Type::Number,
        Type::Percent,
        Type::Money,
        Type::Duration,
        Type::Date,
        Type::Count,
        Type::Score,
        Type::Bool,
        Type::Text,
    ];

    pub fn from_name(name: &str) -> Option<Type> {
        Type::ALL.into_iter().find(|t| t.name() == name)
    }

    /// Plain numbers compare with counts, scores and numbers.
    pub fn is_numeric(self) -> bool {
        matches!(self, Type::Number | Type::Count | Type::Score)
    }

    /// Whether a value of type `other` can be compared with one of `self`.
    pub fn comparable_with(self, other: Type) -> bool {
        self == other || (self.is_numeric() && other.is_numeric())
    }
}

impl Value {
    pub fn ty(&self) -> Type {
        match self {
            Value::Number(_) => Type::Number,
            Value::Percent(_) => Type::Percent,
            Value::Money(_) => Type::Money,
            Value::Duration(_) => Type::Duration,
            Value::Date(_) => Type::Date,
            Value::Bool(_) => Type::Bool,
            Value::Text(_) => Type::Text,
        }
    }

    /// The number an interval analysis works on: percentages in percent,
    /// money in its currency, durations in minutes (lower bound).
    pub fn magnitude(&self) -> Option<Decimal> {
        match self {
            Value::Number(n) | Value::Percent(n) => Some(*n),
            Value::Money(m) => Some(m.amount),
            Value::Duration(d) => Some(d.minutes_bounds().0),
            _ => None,
        }
    }
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Number(n) => write!(f, "{}", n.normalize()),
            Value::Percent(p) => write!(f, "{}%", p.normalize()),
            Value::Money(m) => write!(f, "{m}"),
            Value::Duration(d) => write!(f, "{d}"),
            Value::Date(d) => write!(f, "{d}"),
            Value::Bool(b) => write!(f, "{}", if *b { "yes" } else { "no" }),
            Value::Text(t) => write!(f, "\"{t}\""),
        }
    }
}

/// The most traded currencies, most traded first (BIS triennial survey):
/// "did you mean" prefers them among equally close codes.
const MOST_TRADED: &[&str] = &[
    "USD", "EUR", "JPY", "GBP", "CNY", "AUD", "CAD", "CHF", "HKD", "SGD", "SEK", "KRW", "NOK",
    "NZD", "INR", "MXN",
];

/// Every currency code, the most traded first (some twice): the candidates
/// of a "did you mean" with `suggest::closest_ranked`.
pub fn currencies_by_use() -> impl Iterator<Item = &'static str> {
    MOST_TRADED.iter().chain(CURRENCIES).copied()
}

/// The ISO 4217 codes of currencies in use.
pub const CURRENCIES: &[&str] = &[
    "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT",
    "BGN", "BHD", "BIF", "BMD", "BND", "BOB", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD",
    "CDF", "CHF", "CLP", "CNY", "COP", "CRC", "CUP", "CVE", "CZK", "DJF", "DKK", "DOP", "DZD",
    "EGP", "ERN", "ETB", "EUR", "FJD", "FKP", "GBP", "GEL", "GHS", "GIP", "GMD", "GNF", "GTQ",
    "GYD", "HKD", "HNL", "HTG", "HUF", "IDR", "ILS", "INR", "IQD", "IRR", "ISK", "JMD", "JOD",
    "JPY", "KES", "KGS", "KHR", "KMF", "KPW", "KRW", "KWD", "KYD", "KZT", "LAK", "LBP", "LKR",
    "LRD", "LSL", "LYD", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP", "MRU", "MUR", "MVR",
    "MWK", "MXN", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "OMR", "PAB", "PEN",
    "PGK", "PHP", "PKR", "PLN", "PYG", "QAR", "RON", "RSD", "RUB", "RWF", "SAR", "SBD", "SCR",
    "SDG", "SEK", "SGD", "SHP", "SLE", "SOS", "SRD", "SSP", "STN", "SVC", "SYP", "SZL", "THB",
    "TJS", "TMT", "TND", "TOP", "TRY", "TTD", "TWD", "TZS", "UAH", "UGX", "USD", "UYU", "UZS",
    "VES", "VND", "VUV", "WST", "XAF", "XCD", "XOF", "XPF", "YER", "ZAR", "ZMW", "ZWL",
];

/// Whether `code` is a currency of [`CURRENCIES`] (sorted: a binary
/// search, since every amount asks).
pub fn is_currency(code: &str) -> bool {
    CURRENCIES.binary_search(&code).is_ok()
}

/// Digits after the decimal point of a currency's minor unit (ISO 4217).
pub fn minor_unit_digits(currency: &str) -> u32 {
    match currency {
        "BIF" | "CLP" | "DJF" | "GNF" | "ISK" | "JPY" | "KMF" | "KRW" | "PYG" | "RWF" | "UGX"
        | "UYI" | "VND" | "VUV" | "XAF" | "XOF" | "XPF" => 0,
        "BHD" | "IQD" | "JOD" | "KWD" | "LYD" | "OMR" | "TND" => 3,
        _ => 2,
    }
}

/// What a unit word means: a duration unit or a currency.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum UnitKind {
    Duration(DurationUnit),
    Currency(String),
}

pub use crate::vocab::DURATION_WORDS;

/// Reads a unit word (`days`, `business days`, `USD`).
pub fn unit_kind(word: &str, business: bool) -> Option<UnitKind> {
    if business {
        return matches!(word, "day" | "days")
            .then_some(UnitKind::Duration(DurationUnit::BusinessDay));
    }
    let unit = match word {
        "minute" | "minutes" => DurationUnit::Minute,
        "hour" | "hours" => DurationUnit::Hour,
        "day" | "days" => DurationUnit::Day,
        "week" | "weeks" => DurationUnit::Week,
        "month" | "months" => DurationUnit::Month,
        "quarter" | "quarters" => DurationUnit::Quarter,
        "year" | "years" => DurationUnit::Year,
        code if is_currency(code) => return Some(UnitKind::Currency(code.to_string())),
        _ => return None,
    };
    Some(UnitKind::Duration(unit))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn date(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn currencies_are_sorted_for_the_binary_search() {
        assert!(CURRENCIES.windows(2).all(|w| w[0] < w[1]));
        assert!(is_currency("USD") && is_currency("AED") && is_currency("ZWL"));
        assert!(!is_currency("USX") && !is_currency("usd"));
    }

    #[test]
    fn amounts_are_grouped_by_thousands() {
        assert_eq!(grouped("1234567.50"), "1,234,567.50");
        assert_eq!(grouped("100.00"), "100.00");
        assert_eq!(grouped("-1000"), "-1,000");
        assert_eq!(grouped("0.00"), "0.00");
    }

    #[test]
    fn rounding_is_half_even_to_the_minor_unit() {
        assert_eq!(Money::fixed(Decimal::new(12345, 3), "USD"), "12.34");
        assert_eq!(Money::fixed(Decimal::new(12355, 3), "USD"), "12.36");
        assert_eq!(Money::fixed(Decimal::new(25, 1), "JPY"), "2");
        assert_eq!(Money::fixed(Decimal::new(35, 1), "JPY"), "4");
        assert_eq!(Money::fixed(Decimal::new(10005, 4), "KWD"), "1.000");
        assert_eq!(Money::fixed(Decimal::from(6000), "USD"), "6000.00");
        assert_eq!(Money::fixed(Decimal::new(-1, 3), "USD"), "0.00");
    }

    #[test]
    fn durations_count_from_a_date_by_their_own_rules() {
        let cal = BusinessCalendar::default();
        let d = |n: i64, unit| Duration::new(Decimal::from(n), unit);
        // Friday 2026-01-02 + 1 business day = Monday 2026-01-05.
        assert_eq!(
            d(1, DurationUnit::BusinessDay).after(date("2026-01-02"), &cal),
            Some(date("2026-01-05"))
        );
        assert_eq!(
            d(1, DurationUnit::Month).after(date("2026-01-31"), &cal),
            Some(date("2026-02-28"))
        );
        // 24 hours from a date: due at the end of the next day.
        assert_eq!(
            d(24, DurationUnit::Hour).after(date("2026-01-31"), &cal),
            Some(date("2026-02-01"))
        );
        assert_eq!(
            d(25, DurationUnit::Hour).after(date("2026-01-31"), &cal),
            Some(date("2026-02-02"))
        );
        assert_eq!(
            d(60, DurationUnit::Day).before(date("2028-12-31"), &cal),
            Some(date("2028-11-01"))
        );
    }

    #[test]
    fn month_is_a_range_of_days() {
        let month = Duration::new(Decimal::ONE, DurationUnit::Month);
        let (lo, hi) = month.minutes_bounds();
        assert_eq!(
            (lo, hi),
            (Decimal::from(28 * 1440), Decimal::from(31 * 1440))
        );
        assert_eq!(month.exact_minutes(), None);
        assert_eq!(
            Duration::new(Decimal::from(90), DurationUnit::Minute).hours(),
            Some(Decimal::new(15, 1))
        );
    }

    #[test]
    fn units_and_currencies() {
        assert_eq!(
            unit_kind("days", true),
            Some(UnitKind::Duration(DurationUnit::BusinessDay))
        );
        assert_eq!(
            unit_kind("USD", false),
            Some(UnitKind::Currency("USD".into()))
        );
        assert_eq!(unit_kind("dyas", false), None);
        assert_eq!(minor_unit_digits("JPY"), 0);
    }
}
