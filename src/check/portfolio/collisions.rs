//! Calendar collisions (E0405): two meetings with a time of day, sharing a
//! role, whose times overlap. Meetings without a time never collide.
//!
//! Times are compared as instants (design §10.4): when both partnerships
//! name a `timezone`, each occurrence's local time becomes a UTC interval
//! on its own date, with the offset in force that day, so 15:00 in London
//! and 10:00 in New York collide in January but not in the weeks when only
//! New York has moved its clocks, and meetings on different local dates
//! can collide (late evening in one zone, morning in another). When either
//! has no zone, times are wall-clock times in one shared zone, compared on
//! the same date.

use crate::diagnostics::Diagnostic;
use crate::ir::dates::occurrences_from;
use crate::ir::zones;
use crate::ir::{Actor, Meeting, Partnership, Portfolio};
use chrono::{Days, NaiveDate, NaiveDateTime, NaiveTime, Timelike};
use chrono_tz::Tz;
use std::collections::{BTreeMap, BTreeSet};

/// How many dates of one meeting are tried before giving up on a pair
/// (ten years of daily meetings).
const MAX_DATES_TRIED: usize = 3660;

struct Timed<'a> {
    index: (usize, usize),
    p: &'a Partnership,
    m: &'a Meeting,
    at: NaiveTime,
    /// Minutes from midnight, local.
    start: u32,
    end: u32,
    zone: Option<Tz>,
}

impl Timed<'_> {
    /// The UTC interval of the occurrence on local date `date`.
    fn instants(&self, date: NaiveDate) -> Option<(NaiveDateTime, NaiveDateTime)> {
        let zone = self.zone?;
        let start = zones::to_utc(zone, date.and_time(self.at));
        let length = chrono::Duration::minutes(i64::from(self.end - self.start));
        Some((start, start + length))
    }

    fn when(&self) -> String {
        let local = format!(
            "{:02}:{:02}–{:02}:{:02}",
            self.start / 60,
            self.start % 60,
            (self.end / 60) % 24,
            self.end % 60
        );
        match self.zone {
            Some(zone) => format!("{local} {}", zone.name()),
            None => local,
        }
    }
}

fn minutes(t: NaiveTime) -> u32 {
    t.hour() * 60 + t.minute()
}

pub fn check(portfolio: &Portfolio, diagnostics: &mut Vec<Diagnostic>) {
    let mut by_role: BTreeMap<(usize, usize), Vec<Timed<'_>>> = BTreeMap::new();
    for (pi, p) in portfolio.partnerships.iter().enumerate() {
        let zone = p.timezone.as_deref().and_then(zones::zone);
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
                        at,
                        start,
                        end: start.saturating_add(length),
                        zone,
                    });
                }
            }
        }
    }
    let mut reported: BTreeSet<((usize, usize), (usize, usize))> = BTreeSet::new();
    for ((party, role), meetings) in &by_role {
        for (i, a) in meetings.iter().enumerate() {
            for b in meetings.iter().skip(i + 1) {
                let zoned = a.zone.is_some() && b.zone.is_some();
                if a.index == b.index || (!zoned && !times_overlap(a, b)) {
                    continue;
                }
                let key = (a.index.min(b.index), a.index.max(b.index));
                if reported.contains(&key) {
                    continue;
                }
                let found = if zoned {
                    first_common_instant(a, b)
                } else {
                    first_common_date(a, b).map(|d| (d, d))
                };
                let Some((date_a, date_b)) = found else {
                    continue;
                };
                reported.insert(key);
                let who = portfolio
                    .parties
                    .get(*party)
                    .and_then(|p| p.roles.get(*role).map(|r| format!("{}.{}", p.name, r.name)))
                    .unwrap_or_default();
                let mut d = Diagnostic::error(
                    "E0405",
                    format!(
                        "`{who}` has two meetings at the same time on {date_b}: `{}` and `{}`",
                        a.m.name, b.m.name
                    ),
                    b.m.span,
                )
                .with_primary_label(format!("`{}` in `{}`, {}", b.m.name, b.p.name, b.when()))
                .with_label(
                    a.m.span,
                    format!("`{}` in `{}`, {}", a.m.name, a.p.name, a.when()),
                );
                let first = match (a.instants(date_a), b.instants(date_b)) {
                    (Some((sa, ea)), Some((sb, eb))) => format!(
                        "in UTC, `{}` ({date_a} local) runs {}–{} and `{}` ({date_b} local) runs {}–{}: the first time they overlap",
                        a.m.name,
                        sa.format("%Y-%m-%d %H:%M"),
                        ea.format("%H:%M"),
                        b.m.name,
                        sb.format("%Y-%m-%d %H:%M"),
                        eb.format("%H:%M"),
                    ),
                    _ => format!("{date_b} is the first date both fall on"),
                };
                d = d.with_note(first);
                diagnostics.push(d.with_help("move one of them to another time or day"));
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

fn intervals_overlap(a: (NaiveDateTime, NaiveDateTime), b: (NaiveDateTime, NaiveDateTime)) -> bool {
    a.0 == b.0 || (a.0 < b.1 && b.0 < a.1)
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

/// The first occurrences of the two meetings (by `a`'s local date) whose
/// UTC intervals overlap: `b`'s local date is within a day of `a`'s.
fn first_common_instant(a: &Timed<'_>, b: &Timed<'_>) -> Option<(NaiveDate, NaiveDate)> {
    let (ta, tb) = (a.p.term?, b.p.term?);
    let from = ta.start.max(tb.start.checked_sub_days(Days::new(1))?);
    let to = ta.end.min(tb.end.checked_add_days(Days::new(1))?);
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
        let Some(ia) = a.instants(date) else { continue };
        let near = date.checked_sub_days(Days::new(1)).unwrap_or(date);
        let last = date.checked_add_days(Days::new(1)).unwrap_or(date);
        let b_dates = occurrences_from(
            b.m.cadence,
            b.m.adjust,
            tb.start,
            tb.end,
            &b.p.calendar,
            near,
        );
        for other in b_dates.take_while(|d| *d <= last) {
            if b.instants(other)
                .is_some_and(|ib| intervals_overlap(ia, ib))
            {
                return Some((date, other));
            }
        }
    }
    None
}
