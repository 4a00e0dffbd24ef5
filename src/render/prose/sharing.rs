//! The second wave's money (design §10.2): value shared in marginal bands
//! (with a worked example), retainers indexed at each anniversary, and
//! bonuses for delivering a milestone early.
//!
//! The worked example of a share is computed exactly like `pact run`
//! computes a year's total (marginal, like tax brackets) on one round
//! amount past the last limit, so a reader can check the bands by hand.

use super::Ctx;
use crate::ir::dates::{self, CalendarUnit};
use crate::ir::values::Money;
use crate::ir::{Cap, EarlyBonus, Indexation, Share};
use crate::render::doc::{Para, Table, Text};
use crate::render::words;
use rust_decimal::Decimal;

fn signal_name(cx: &Ctx, signal: usize) -> String {
    cx.portfolio
        .signals
        .get(signal)
        .map_or_else(|| "a signal".to_string(), |s| s.name.clone())
}

fn cap_text(cap: &Option<Cap>) -> Text {
    match cap {
        Some(c) => Text::plain(", capped at ")
            .b(words::money(&c.amount))
            .t(if c.per_year {
                " per contract year"
            } else {
                " over the term"
            }),
        None => Text::new(),
    }
}

/// `, indexed at each anniversary (first on 1 January 2027) by the last
/// reading of `cpi` before it, by at most 3% and at least 0% a year`.
pub fn indexation_text(cx: &Ctx, ix: &Indexation) -> Text {
    let mut t = Text::plain(", indexed at each anniversary of the term");
    if let Some(first) =
        cx.p.term
            .and_then(|term| dates::term_end(term.start, 1, CalendarUnit::Year))
            .and_then(|d| d.succ_opt())
            .filter(|d| cx.p.term.is_some_and(|term| *d <= term.end))
    {
        t = t.t(" (the first on ").b(words::date(first)).t(")");
    }
    t = t
        .t(": the amount is multiplied by 1 + the last reading of ")
        .c(signal_name(cx, ix.signal))
        .t(" before the anniversary");
    let bounds: Vec<Text> = [
        ix.cap.map(|c| Text::plain("at most ").b(words::percent(c))),
        ix.floor
            .map(|f| Text::plain("at least ").b(words::percent(f))),
    ]
    .into_iter()
    .flatten()
    .collect();
    if !bounds.is_empty() {
        t = t
            .t(", counting a change of ")
            .append(words::list_text(bounds))
            .t(" a year");
    }
    if ix.floor.is_none() {
        t = t.t(" (a fall lowers the amount)");
    }
    t.t(", rounded to the minor unit; without a reading the amount stays as it was")
}

/// The upper limit of each band in words: `up to 200,000 USD`, `above`.
fn band_rows(share: &Share, currency: &str) -> Vec<(String, Decimal)> {
    let mut out = Vec::new();
    let mut below: Option<Decimal> = None;
    for band in &share.bands {
        let range = match (below, band.up_to) {
            (None, Some(up)) => format!("the first {}", words::money_of(up, currency)),
            (Some(low), Some(up)) => format!(
                "the part from {} to {}",
                words::money_of(low, currency),
                words::money_of(up, currency)
            ),
            (Some(low), None) => format!("the part above {}", words::money_of(low, currency)),
            (None, None) => "all of it".to_string(),
        };
        out.push((range, band.rate));
        below = band.up_to.or(below);
    }
    out
}

/// The example's total: half as much again as the last limit, so every
/// band earns something (`None` for a single band without limits).
fn example_total(share: &Share) -> Option<Decimal> {
    let last = share.bands.iter().rev().find_map(|b| b.up_to)?;
    let half = last.checked_div(Decimal::TWO)?;
    Some(last.checked_add(half)?.round_dp(0))
}

/// Each band's part of `total` and what it earns, exactly.
fn parts(share: &Share, total: Decimal) -> Option<Vec<(Decimal, Decimal, Decimal)>> {
    let mut out = Vec::new();
    let mut floor = Decimal::ZERO;
    for band in &share.bands {
        let top = band.up_to.map_or(total, |limit| limit.min(total));
        if top <= floor {
            break;
        }
        let part = top.checked_sub(floor)?;
        let earned = part
            .checked_mul(band.rate)?
            .checked_div(Decimal::ONE_HUNDRED)?;
        out.push((part, band.rate, earned));
        match band.up_to {
            Some(limit) => floor = limit,
            None => break,
        }
    }
    Some(out)
}

/// A share: its sentence, the table of its bands and the worked example.
pub fn share(cx: &Ctx, s: &Share, currency: &str) -> (Para, Table, Option<Para>) {
    let signal = signal_name(cx, s.base);
    let rows = band_rows(s, currency);
    let sentence = Text::plain("A share of ")
        .c(signal.clone())
        .t(": each contract year's readings are added up, and each band of that total earns its own rate (")
        .append(words::list_text(
            rows.iter()
                .map(|(range, rate)| {
                    Text::new()
                        .b(words::percent(*rate))
                        .t(format!(" of {range}"))
                })
                .collect(),
        ))
        .t("); each reading pays the difference it makes")
        .append(cap_text(&s.cap))
        .t(".");
    let mut table = Table::new(
        &format!("Bands of the share of {signal}, per contract year"),
        &["part of the year's total", "rate"],
    );
    for (range, rate) in &rows {
        table.row(
            vec![
                Text::plain(range.clone()),
                Text::new().b(words::percent(*rate)),
            ],
            None,
        );
    }
    let example = example_total(s).and_then(|total| {
        let parts = parts(s, total)?;
        let mut sum = Decimal::ZERO;
        for (_, _, earned) in &parts {
            sum = sum.checked_add(*earned)?;
        }
        let pieces: Vec<Text> = parts
            .iter()
            .map(|(part, rate, earned)| {
                Text::plain(format!(
                    "{} of {} is ",
                    words::percent(*rate),
                    words::money_of(*part, currency)
                ))
                .b(words::money_of(Money::round(*earned, currency), currency))
            })
            .collect();
        let mut t = Text::plain("For example, readings of ")
            .c(signal.clone())
            .t(" that add up to ")
            .b(words::money_of(total, currency))
            .t(" in a contract year pay ")
            .b(words::money_of(Money::round(sum, currency), currency))
            .t(": ")
            .append(words::list_text(pieces));
        if let Some(cap) = &s.cap {
            if cap.amount.currency == currency && cap.amount.amount < sum {
                t = t
                    .t("; the cap brings it down to ")
                    .b(words::money(&cap.amount));
            }
        }
        Some(Para::new(t.t("."), Some(s.span)))
    });
    (Para::new(sentence, Some(s.span)), table, example)
}

/// An early-delivery bonus, with the milestone's due date.
pub fn early_bonus(cx: &Ctx, b: &EarlyBonus) -> Para {
    let due = b.milestone.resolve(cx.portfolio, cx.p);
    let mut t = Text::plain("An early-delivery bonus (")
        .t(words::spoken(&b.name))
        .t(") of ")
        .b(words::money(&b.per_day))
        .t(format!(
            " for each whole day {} is fulfilled before its due date",
            words::spoken(&b.milestone.written)
        ));
    if let Some(m) = due {
        t = t.t(", ").b(words::date(m.due));
    }
    t = t
        .t(", paid on the day it is fulfilled")
        .append(cap_text(&b.cap));
    Para::new(t.t("."), Some(b.span))
}
