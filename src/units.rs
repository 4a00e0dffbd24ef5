//! Quantities as typed values: durations, money and rates, with the unit
//! and currency errors of design §3 (E02xx).
//!
//! Its own layer, below `resolve` and `lower`: declaring a role reads its
//! capacity (`resolve`), and lowering reads every other quantity. It was in
//! lowering, which made `resolve` and `lower` use each other.

use crate::diagnostics::suggest;
use crate::diagnostics::Diagnostic;
use crate::ir::values::{
    is_currency, unit_kind, Duration, DurationUnit, Money, UnitKind, CURRENCIES, DURATION_WORDS,
};
use crate::syntax::ast::Quantity;
use rust_decimal::Decimal;

/// What a quantity was expected to be, for messages.
#[derive(Clone, Copy)]
pub enum Expected {
    Duration,
    Money,
}

impl Expected {
    fn phrase(self) -> &'static str {
        match self {
            Expected::Duration => "a duration like `30 days`",
            Expected::Money => "an amount of money like `5_000 USD`",
        }
    }
}

/// The unit of a quantity, or an E0201/E0202 diagnostic.
fn kind(q: &Quantity, expected: Expected, diagnostics: &mut Vec<Diagnostic>) -> Option<UnitKind> {
    if let Some(param) = &q.param {
        diagnostics.push(
            Diagnostic::error("E0202", format!("expected {}, found the name `{}`", expected.phrase(), param.name), param.span)
                .with_primary_label("not a quantity")
                .with_note("a bare name stands for a quantity only inside a template, where it names a parameter")
                .with_help("write a number and a unit"),
        );
        return None;
    }
    let word = &q.unit.name.name;
    match unit_kind(word, q.unit.business) {
        Some(kind) => Some(kind),
        None => {
            let (message, candidates): (String, Vec<&str>) = if q.unit.business {
                (
                    format!("unknown unit `business {word}`"),
                    vec!["days", "day"],
                )
            } else {
                (
                    format!("unknown unit `{word}`"),
                    DURATION_WORDS.iter().chain(CURRENCIES).copied().collect(),
                )
            };
            let mut diagnostic = Diagnostic::error("E0201", message, q.unit.span)
                .with_primary_label("not a unit of time or a currency code")
                .with_note("units are minutes, hours, days, business days, weeks, months, quarters, years, or an ISO 4217 currency code such as USD or EUR");
            let upper = word.to_ascii_uppercase();
            // The closest unit, in the number the amount needs (`30 dayz`:
            // `days`, not `day`).
            let meant = |c: &'static str| {
                let c = spelled_out(c, q.amount.value).unwrap_or(c);
                (format!("did you mean `{c}`?"), Some(c.to_string()))
            };
            let near = || suggest::closest(word, candidates.iter().copied()).map(meant);
            let spelled = (!q.unit.business)
                .then(|| spelled_out(word, q.amount.value))
                .flatten();
            // The help, and the word to write in place of the unit when that
            // is the whole fix.
            let hint: Option<(String, Option<String>)> = if let Some(full) = spelled {
                Some((
                    format!("write `{} {full}`", q.amount.value),
                    Some(full.to_string()),
                ))
            } else if ["s", "sec", "secs", "second", "seconds"].contains(&word.as_str()) {
                Some((
                    "the smallest unit of time is the minute: write the duration in `minutes`"
                        .to_string(),
                    None,
                ))
            } else if is_currency(&upper) {
                Some((
                    format!("currency codes are written in capitals: `{upper}`"),
                    Some(upper.clone()),
                ))
            } else if word.len() == 3 && word.chars().all(|c| c.is_ascii_alphabetic()) {
                suggest::closest_ranked(&upper, crate::ir::values::currencies_by_use())
                    .map(|c| (format!("did you mean `{c}`?"), Some(c.to_string())))
                    .or_else(near)
            } else {
                near()
            };
            if let Some((help, replacement)) = hint {
                diagnostic = diagnostic.with_help(help);
                if let Some(replacement) = replacement {
                    diagnostic = diagnostic.with_suggestion(q.unit.name.span, replacement);
                }
            }
            diagnostics.push(diagnostic);
            None
        }
    }
}

/// The unit an abbreviation or a capitalised unit stands for (`90 mins`,
/// `2 hrs`, `10 bdays`, `Days`), singular or plural as the amount needs.
/// Edit distance alone would turn `mins` into nothing and `yrs` into `hrs`.
fn spelled_out(word: &str, amount: Decimal) -> Option<&'static str> {
    let (one, many) = match word.to_ascii_lowercase().as_str() {
        "min" | "mins" | "mn" | "minute" | "minutes" => ("minute", "minutes"),
        "h" | "hr" | "hrs" | "hour" | "hours" => ("hour", "hours"),
        "d" | "dy" | "dys" | "day" | "days" | "calendar_days" => ("day", "days"),
        "bd" | "bday" | "bdays" | "businessday" | "businessdays" | "business_day"
        | "business_days" | "workday" | "workdays" | "working_days" => {
            ("business day", "business days")
        }
        "w" | "wk" | "wks" | "week" | "weeks" => ("week", "weeks"),
        "mo" | "mos" | "mth" | "mths" | "mnth" | "mnths" | "month" | "months" => {
            ("month", "months")
        }
        "q" | "qtr" | "qtrs" | "quarter" | "quarters" => ("quarter", "quarters"),
        "y" | "yr" | "yrs" | "year" | "years" => ("year", "years"),
        _ => return None,
    };
    Some(if amount == Decimal::ONE { one } else { many })
}

fn mismatch(q: &Quantity, expected: Expected, found: &str) -> Diagnostic {
    Diagnostic::error(
        "E0202",
        format!("expected {}, found {found}", expected.phrase()),
        q.span,
    )
    .with_primary_label(format!("this is {found}"))
}

/// A plain duration (no `per`).
pub fn duration(q: &Quantity, diagnostics: &mut Vec<Diagnostic>) -> Option<Duration> {
    let kind = kind(q, Expected::Duration, diagnostics)?;
    match kind {
        UnitKind::Duration(unit) => {
            if let Some(per) = &q.per {
                diagnostics.push(
                    mismatch(q, Expected::Duration, "a rate")
                        .with_label(per.span, "`per` makes it a rate")
                        .with_help("remove `per ...`"),
                );
                return None;
            }
            if q.amount.value.is_sign_negative() {
                diagnostics.push(
                    Diagnostic::error("E0202", "a duration cannot be negative", q.span)
                        .with_primary_label("negative"),
                );
                return None;
            }
            Some(Duration::new(q.amount.value, unit))
        }
        UnitKind::Currency(code) => {
            diagnostics.push(mismatch(
                q,
                Expected::Duration,
                &format!("an amount of {code}"),
            ));
            None
        }
    }
}

/// An amount of money, in the partnership's currency when it has one.
pub fn money(
    q: &Quantity,
    currency: Option<(&str, crate::diagnostics::Span)>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Money> {
    let kind = kind(q, Expected::Money, diagnostics)?;
    match kind {
        UnitKind::Currency(code) => {
            if let Some((expected, declared)) = currency {
                if expected != code {
                    diagnostics.push(
                        Diagnostic::error("E0203", format!("this amount is in {code}, but the partnership pays in {expected}"), q.unit.span)
                            .with_primary_label(format!("in {code}"))
                            .with_label(declared, format!("the partnership's currency is {expected}"))
                            .with_note("amounts in different currencies cannot be added or compared; Pact never converts them")
                            .with_help(format!("write the amount in {expected}")),
                    );
                    return None;
                }
            }
            Some(Money {
                amount: q.amount.value,
                currency: code,
            })
        }
        UnitKind::Duration(unit) => {
            diagnostics.push(mismatch(
                q,
                Expected::Money,
                &format!("a duration in {}", unit.word(true)),
            ));
            None
        }
    }
}

/// A role's capacity, in hours per calendar month.
pub fn capacity_hours(q: &Quantity, diagnostics: &mut Vec<Diagnostic>) -> Option<Decimal> {
    let wrong = |diagnostics: &mut Vec<Diagnostic>| {
        diagnostics.push(
            Diagnostic::error("E0202", "a capacity is a number of hours per month", q.span)
                .with_primary_label("expected something like `40 hours per month`")
                .with_note("capacity is compared with the hours of meetings and reviews in each calendar month"),
        );
        None
    };
    let kind = kind(q, Expected::Duration, diagnostics)?;
    let UnitKind::Duration(unit @ (DurationUnit::Hour | DurationUnit::Minute)) = kind else {
        return wrong(diagnostics);
    };
    let per = q.per.as_ref().map(|p| p.name.as_str());
    if !matches!(per, Some("month")) {
        return wrong(diagnostics);
    }
    let hours = Duration::new(q.amount.value, unit).hours()?;
    Some(hours)
}
