//! Calendar collisions (E0405): two meetings with a time of day, sharing a
//! role, whose times overlap on a date both fall on. Meetings without a
//! time never collide.

use crate::diagnostics::Diagnostic;
use crate::ir::dates::occurrences_from;
use crate::ir::{Actor, Meeting, Partnership, Portfolio};
use chrono::{NaiveDate, NaiveTime, Timelike};
use std::collections::{BTreeMap, BTreeSet};

/// How many dates of one meeting are tried before giving up on a pair
/// (ten years of daily meetings).
const MAX_DATES_TRIED: usize = 3660;

struct Timed<'a> {
    index: (usize, usize),
    p: &'a Partnership,
    m: &'a Meeting,
    start: u32,
    end: u32,
}

fn minutes(t: NaiveTime) -> u32 {
    t.hour() * 60 + t.minute()
}

pub fn check(portfolio: &Portfolio, diagnostics: &mut Vec<Diagnostic>) {
    let mut by_role: BTreeMap<(usize, usize), Vec<Timed<'_>>> = BTreeMap::new();
    for (pi, p) in portfolio.partnerships.iter().enumerate() {
        for (mi, m) in p.meetings.iter().enumerate() {
            let Some(at) = m.at else { continue };
            let length = m
                .length
                .and_then(|l| l.exact_minutes())
                .and_then(|x| u32::try_from(x).ok())
                .unwrap_or(0);
            let start = minutes(at);
            for participant in &m.participants {
                if let Actor::Role(party, role) = participant.actor {
                    by_role.entry((party, role)).or_default().push(Timed {
                        index: (pi, mi),
                        p,
                        m,
                        start,
                        end: start.saturating_add(length),
                    });
                }
            }
        }
    }
    let mut reported: BTreeSet<((usize, usize), (usize, usize))> = BTreeSet::new();
    for ((party, role), meetings) in &by_role {
        for (i, a) in meetings.iter().enumerate() {
            for b in meetings.iter().skip(i + 1) {
                if a.index == b.index || !times_overlap(a, b) {
                    continue;
                }
                let key = (a.index.min(b.index), a.index.max(b.index));
                if reported.contains(&key) {
                    continue;
                }
                let Some(date) = first_common_date(a, b) else {
                    continue;
                };
                reported.insert(key);
                let who = portfolio
                    .parties
                    .get(*party)
                    .and_then(|p| p.roles.get(*role).map(|r| format!("{}.{}", p.name, r.name)))
                    .unwrap_or_default();
                let when = |t: &Timed<'_>| {
                    format!(
                        "{:02}:{:02}–{:02}:{:02}",
                        t.start / 60,
                        t.start % 60,
                        t.end / 60,
                        t.end % 60
                    )
                };
                diagnostics.push(
                    Diagnostic::error(
                        "E0405",
                        format!(
                            "`{who}` has two meetings at the same time on {date}: `{}` and `{}`",
                            a.m.name, b.m.name
                        ),
                        b.m.span,
                    )
                    .with_primary_label(format!("`{}` in `{}`, {}", b.m.name, b.p.name, when(b)))
                    .with_label(
                        a.m.span,
                        format!("`{}` in `{}`, {}", a.m.name, a.p.name, when(a)),
                    )
                    .with_note(format!("{date} is the first date both fall on"))
                    .with_help("move one of them to another time or day"),
                );
            }
        }
    }
}

fn times_overlap(a: &Timed<'_>, b: &Timed<'_>) -> bool {
    if a.start == b.start {
        return true;
    }
    a.start < b.end && b.start < a.end
}

/// The first date both meetings fall on, within both terms.
fn first_common_date(a: &Timed<'_>, b: &Timed<'_>) -> Option<NaiveDate> {
    let (ta, tb) = (a.p.term?, b.p.term?);
    let from = ta.start.max(tb.start);
    let to = ta.end.min(tb.end);
    if from > to {
        return None;
    }
    let a_dates = occurrences_from(
        a.m.cadence,
        a.m.adjust,
        ta.start,
        ta.end,
        &a.p.calendar,
        from,
    );
    for date in a_dates.take_while(|d| *d <= to).take(MAX_DATES_TRIED) {
        let on_b = occurrences_from(
            b.m.cadence,
            b.m.adjust,
            tb.start,
            tb.end,
            &b.p.calendar,
            date,
        )
        .next();
        if on_b == Some(date) {
            return Some(date);
        }
    }
    None
}
