//! Values in words: dates as "1 January 2026", amounts with thousands
//! separators, durations, cadences, lists, who is meant by an actor, and
//! conditions as sentences.
//!
//! Every wording module uses these, so one contract reads the same way on
//! every page. Nothing here computes a date: dates arrive computed.

use super::doc::Text;
use crate::ir::dates::{Cadence, MonthlyOn, Ordinal};
use crate::ir::values::{Money, Value};
use crate::ir::{self, Actor, ActorRef, Cond, Operand, Partnership, Period, Portfolio};
use crate::vocab::CmpOp;
use chrono::{Datelike, NaiveDate, Weekday};
use rust_decimal::Decimal;

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// `1 January 2026`.
pub fn date(d: NaiveDate) -> String {
    let month = MONTHS.get(d.month0() as usize).copied().unwrap_or("?");
    format!("{} {} {}", d.day(), month, d.year())
}

/// `January 2026`.
pub fn month(year: i32, month: u32) -> String {
    let name = MONTHS
        .get(month.saturating_sub(1) as usize)
        .copied()
        .unwrap_or("?");
    format!("{name} {year}")
}

/// `Jan` for axis labels.
pub fn month_short(month: u32) -> &'static str {
    MONTHS
        .get(month.saturating_sub(1) as usize)
        .and_then(|m| m.get(..3))
        .unwrap_or("?")
}

/// A decimal with thousands separators: `1,234,567.5`.
pub fn number(d: Decimal) -> String {
    crate::ir::values::grouped(&d.normalize().to_string())
}

/// `20,000 USD`; amounts with cents keep both digits (`12.50 USD`).
pub fn money(m: &Money) -> String {
    money_of(m.amount, &m.currency)
}

pub fn money_of(amount: Decimal, currency: &str) -> String {
    let normal = amount.normalize();
    let digits = crate::ir::values::minor_unit_digits(currency);
    let shown = if normal.scale() > 0 && normal.scale() < digits {
        let mut a = normal;
        a.rescale(digits);
        a
    } else {
        normal
    };
    let text = number(shown);
    // `number` normalises; put the trailing zeros of the minor unit back.
    let text = match (shown.scale(), text.split_once('.')) {
        (s, Some((w, f))) if (f.len() as u32) < s => {
            format!("{w}.{f:0<width$}", width = s as usize)
        }
        _ => text,
    };
    format!("{text} {currency}")
}

pub fn percent(p: Decimal) -> String {
    format!("{}%", p.normalize())
}

pub fn duration(d: &ir::values::Duration) -> String {
    let plural = d.amount != Decimal::ONE;
    format!("{} {}", number(d.amount), d.unit.word(plural))
}

pub fn value(v: &Value) -> String {
    match v {
        Value::Money(m) => money(m),
        Value::Percent(p) => percent(*p),
        Value::Duration(d) => duration(d),
        Value::Date(d) => date(*d),
        Value::Number(n) => number(*n),
        Value::Bool(b) => (if *b { "yes" } else { "no" }).to_string(),
        Value::Text(t) => format!("“{t}”"),
    }
}

/// `A`, `A and B`, `A, B and C`.
pub fn list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// The same as [`list`] over rich text.
pub fn list_text(items: Vec<Text>) -> Text {
    let count = items.len();
    let mut out = Text::new();
    for (i, item) in items.into_iter().enumerate() {
        if i > 0 {
            out = out.t(if i + 1 == count { " and " } else { ", " });
        }
        out = out.append(item);
    }
    out
}

pub fn party_name(portfolio: &Portfolio, party: usize) -> String {
    portfolio
        .parties
        .get(party)
        .map_or_else(|| "an unknown party".to_string(), |p| p.name.clone())
}

/// Who an actor is, in words: `Globex`, `Acme's Operations team`,
/// `a neutral third party`.
pub fn actor(portfolio: &Portfolio, a: Actor) -> String {
    match a {
        Actor::Neutral => "a neutral third party".to_string(),
        Actor::Party(p) => party_name(portfolio, p),
        Actor::Role(p, r) => {
            let role = portfolio
                .parties
                .get(p)
                .and_then(|x| x.roles.get(r))
                .map_or_else(
                    || "role".to_string(),
                    |r| r.title.clone().unwrap_or_else(|| r.name.replace('_', " ")),
                );
            format!("{}'s {role}", party_name(portfolio, p))
        }
    }
}

pub fn actors(portfolio: &Portfolio, list_of: &[ActorRef]) -> String {
    let names: Vec<String> = list_of.iter().map(|a| actor(portfolio, a.actor)).collect();
    list(&names)
}

fn weekday(w: Weekday) -> &'static str {
    match w {
        Weekday::Mon => "Monday",
        Weekday::Tue => "Tuesday",
        Weekday::Wed => "Wednesday",
        Weekday::Thu => "Thursday",
        Weekday::Fri => "Friday",
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
    }
}

pub fn weekday_name(w: Weekday) -> &'static str {
    weekday(w)
}

fn ordinal(n: Ordinal) -> &'static str {
    match n {
        Ordinal::First => "first",
        Ordinal::Second => "second",
        Ordinal::Third => "third",
        Ordinal::Fourth => "fourth",
        Ordinal::Last => "last",
    }
}

fn day_ordinal(d: u32) -> String {
    let suffix = match (d % 10, d % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{d}{suffix}")
}

fn month_on(on: &MonthlyOn, start: Option<NaiveDate>) -> String {
    match on {
        MonthlyOn::StartDay => match start {
            Some(s) => format!(" on the {}", day_ordinal(s.day())),
            None => String::new(),
        },
        MonthlyOn::DayOfMonth(d) => format!(" on the {}", day_ordinal(*d)),
        MonthlyOn::NthWeekday(n, w) => format!(" on the {} {}", ordinal(*n), weekday(*w)),
    }
}

/// `every Monday`, `every month on the first Tuesday`, `every business day`.
pub fn cadence(c: &Cadence, start: Option<NaiveDate>) -> String {
    let start_weekday = || start.map(|s| weekday(s.weekday()));
    match c {
        Cadence::Daily => "every business day".into(),
        Cadence::Weekly { on: Some(w) } => format!("every {}", weekday(*w)),
        Cadence::Weekly { on: None } => match start_weekday() {
            Some(w) => format!("every {w}"),
            None => "every week".into(),
        },
        Cadence::EveryNWeeks { n, on } => match on.map(weekday).or_else(start_weekday) {
            Some(w) => format!("every {n} weeks on {w}"),
            None => format!("every {n} weeks"),
        },
        Cadence::EveryNDays { n } => format!("every {n} days"),
        Cadence::Monthly { on } => format!("every month{}", month_on(on, start)),
        Cadence::Quarterly { on } => format!("every three months{}", month_on(on, start)),
        Cadence::Annually => "every year on the anniversary of the start".into(),
        Cadence::Once(d) => format!("once, on {}", date(*d)),
    }
}

/// `monthly`, `every 2 weeks`.
pub fn period(p: &Period) -> String {
    match p {
        Period::Daily => "daily".into(),
        Period::Weekly => "weekly".into(),
        Period::Monthly => "monthly".into(),
        Period::Quarterly => "quarterly".into(),
        Period::Annually => "annually".into(),
        Period::Every(d) => format!("every {}", duration(d)),
    }
}

/// `month`, `quarter`: the period as a noun.
pub fn period_noun(p: &Period) -> String {
    match p {
        Period::Daily => "day".into(),
        Period::Weekly => "week".into(),
        Period::Monthly => "month".into(),
        Period::Quarterly => "quarter".into(),
        Period::Annually => "year".into(),
        Period::Every(d) => duration(d),
    }
}

fn op_words(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Lt => "is below",
        CmpOp::Le => "is at most",
        CmpOp::Gt => "is above",
        CmpOp::Ge => "is at least",
        CmpOp::Eq => "equals",
        CmpOp::Ne => "is not",
    }
}

/// A condition as a clause of a sentence: `` `cost_change` is above 15% ``.
pub fn condition(portfolio: &Portfolio, p: &Partnership, c: &Cond) -> Text {
    match c {
        Cond::Const(true) => Text::plain("always"),
        Cond::Const(false) => Text::plain("never"),
        Cond::Compare { op, lhs, rhs, .. } => operand(portfolio, p, lhs)
            .t(format!(" {} ", op_words(*op)))
            .append(operand(portfolio, p, rhs)),
        Cond::And(a, b) => condition(portfolio, p, a)
            .t(" and ")
            .append(condition(portfolio, p, b)),
        Cond::Or(a, b) => condition(portfolio, p, a)
            .t(" or ")
            .append(condition(portfolio, p, b)),
        Cond::Not(a) => Text::plain("it is not the case that ").append(condition(portfolio, p, a)),
        Cond::Event(e) => Text::new()
            .c(portfolio
                .events
                .get(*e)
                .map_or_else(|| "an event".to_string(), |e| e.name.clone()))
            .t(" happens"),
    }
}

fn operand(portfolio: &Portfolio, p: &Partnership, o: &Operand) -> Text {
    match o {
        Operand::Signal {
            signal,
            partnership,
        } => {
            let name = portfolio
                .signals
                .get(*signal)
                .map_or_else(|| "a signal".to_string(), |s| s.name.clone());
            match partnership {
                Some(other) if other.name != p.name => {
                    Text::new().c(name).t(" in ").c(other.name.clone())
                }
                _ => Text::new().c(name),
            }
        }
        Operand::Metric(i) => Text::new()
            .c(p.metrics
                .get(*i)
                .map_or_else(|| "a metric".to_string(), |m| m.name.clone())),
        Operand::PartnerMetric {
            partnership, name, ..
        } => Text::new()
            .c(name.clone())
            .t(" in ")
            .c(partnership.name.clone()),
        Operand::Value(v) => Text::new().b(value(v)),
        Operand::Computed(c) => {
            let word = match c.op {
                crate::ir::arith::Op::PercentOf => " of ".to_string(),
                other => format!(" {} ", other.text()),
            };
            operand(portfolio, p, &c.lhs)
                .t(word)
                .append(operand(portfolio, p, &c.rhs))
        }
    }
}

/// Names in the order a reader expects: runs of digits compare as numbers
/// (`P2` before `P10`), ties broken by the plain order.
pub fn natural_cmp(a: &str, b: &str) -> std::cmp::Ordering {
    fn chunks(s: &str) -> Vec<(bool, &str)> {
        let mut out = Vec::new();
        let mut start = 0;
        let mut digits = None;
        for (i, c) in s.char_indices() {
            let d = c.is_ascii_digit();
            if digits != Some(d) {
                if let (Some(was), Some(piece)) = (digits, s.get(start..i)) {
                    out.push((was, piece));
                }
                start = i;
                digits = Some(d);
            }
        }
        if let (Some(was), Some(piece)) = (digits, s.get(start..)) {
            out.push((was, piece));
        }
        out
    }
    let (x, y) = (chunks(a), chunks(b));
    for (p, q) in x.iter().zip(y.iter()) {
        let order = match (p, q) {
            ((true, m), (true, n)) => {
                let (m, n) = (m.trim_start_matches('0'), n.trim_start_matches('0'));
                m.len().cmp(&n.len()).then_with(|| m.cmp(n))
            }
            ((_, m), (_, n)) => m.cmp(n),
        };
        if order != std::cmp::Ordering::Equal {
            return order;
        }
    }
    x.len().cmp(&y.len()).then_with(|| a.cmp(b))
}

/// A name as a reader would say it: `knowledge_transfer` → `knowledge transfer`.
pub fn spoken(name: &str) -> String {
    name.replace('_', " ")
}

/// The paragraphs of a doc comment: `(keeps its line breaks, text)`.
/// Prose wrapped at a margin is joined into one line; a paragraph whose
/// lines are short or indented (a list, a diagram) keeps its breaks.
pub fn doc_paragraphs(text: &str) -> Vec<(bool, String)> {
    let mut out = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    let mut flush = |lines: &mut Vec<&str>| {
        if lines.is_empty() {
            return;
        }
        let init = lines.len().saturating_sub(1);
        let wrapped = lines
            .iter()
            .take(init)
            .all(|l| l.chars().count() >= 45 && !l.starts_with([' ', '\t', '-', '*']))
            && !lines.iter().any(|l| l.starts_with([' ', '\t', '-', '*']));
        if wrapped {
            out.push((false, lines.join(" ")));
        } else {
            out.push((true, lines.join("\n")));
        }
        lines.clear();
    };
    for line in text.lines() {
        if line.trim().is_empty() {
            flush(&mut current);
        } else {
            current.push(line.trim_end());
        }
    }
    flush(&mut current);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    #[test]
    fn doc_comments_are_reflowed_unless_they_are_lists() {
        let text = "A long line of prose that wraps at the margin here\nand goes on.\n\nApiOne -> ApiTwo\nApiTwo -> ApiThree";
        assert_eq!(
            doc_paragraphs(text),
            vec![
                (
                    false,
                    "A long line of prose that wraps at the margin here and goes on.".to_string()
                ),
                (true, "ApiOne -> ApiTwo\nApiTwo -> ApiThree".to_string()),
            ]
        );
    }

    #[test]
    fn names_sort_with_their_numbers() {
        let mut names = vec!["P10", "P2", "P1", "Acme", "P02"];
        names.sort_by(|a, b| natural_cmp(a, b));
        assert_eq!(names, vec!["Acme", "P1", "P02", "P2", "P10"]);
    }

    #[test]
    fn numbers_have_thousands_separators() {
        let n = |s: &str| number(Decimal::from_str(s).unwrap_or_default());
        assert_eq!(n("20000"), "20,000");
        assert_eq!(n("1234567.5"), "1,234,567.5");
        assert_eq!(n("-1000"), "-1,000");
        assert_eq!(n("999"), "999");
    }

    #[test]
    fn money_keeps_the_minor_unit() {
        let m = |s: &str, c: &str| money_of(Decimal::from_str(s).unwrap_or_default(), c);
        assert_eq!(m("20000", "USD"), "20,000 USD");
        assert_eq!(m("12.5", "USD"), "12.50 USD");
        assert_eq!(m("12.345", "USD"), "12.345 USD");
    }

    #[test]
    fn dates_and_lists_read_as_english() {
        let d = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default();
        assert_eq!(date(d), "1 January 2026");
        let l = |xs: &[&str]| list(&xs.iter().map(|x| x.to_string()).collect::<Vec<_>>());
        assert_eq!(l(&["a"]), "a");
        assert_eq!(l(&["a", "b", "c"]), "a, b and c");
        assert_eq!(day_ordinal(22), "22nd");
        assert_eq!(day_ordinal(12), "12th");
    }
}
