//! Capacity (E0404): hours per calendar month that meetings and reviews
//! with a length take from each role, summed over every partnership and
//! compared with the role's declared capacity.
//!
//! Loads are counted in one pass over each meeting's dates, month by
//! month, without a list of them; the months of one role's load are the
//! only thing kept. A month's contributions (for the message) seek straight
//! to that month in the cadence (`dates::occurrences_from`).

use crate::diagnostics::Diagnostic;
use crate::ir::dates::{self, occurrences_from};
use crate::ir::{Actor, Meeting, Partnership, Portfolio};
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use std::collections::BTreeMap;

/// A role's load per calendar month.
#[derive(Clone, Debug)]
pub struct RoleLoad<'a> {
    pub party: usize,
    pub role: usize,
    pub capacity: Option<Decimal>,
    /// `(year, month)` → total hours.
    pub months: BTreeMap<(i32, u32), Decimal>,
    /// The meetings with a length this role sits in.
    pub meetings: Vec<(&'a Partnership, &'a Meeting)>,
}

impl RoleLoad<'_> {
    /// What makes up the load of one month: `(hours, meeting, partnership)`,
    /// largest first.
    pub fn contributions(&self, year: i32, month: u32) -> Vec<(Decimal, &Meeting, &Partnership)> {
        let mut out: Vec<(Decimal, &Meeting, &Partnership)> = self
            .meetings
            .iter()
            .filter_map(|(p, m)| {
                let (term, hours) = (p.term?, m.length.and_then(|l| l.hours())?);
                let count = count_in_month(m, p, term.start, term.end, year, month);
                (count > 0).then(|| (hours.saturating_mul(Decimal::from(count)), *m, *p))
            })
            .collect();
        out.sort_by(|a, b| {
            b.0.cmp(&a.0)
                .then(a.2.name.cmp(&b.2.name))
                .then(a.1.name.cmp(&b.1.name))
        });
        out
    }
}

/// The monthly load of every role that takes part in a meeting with a length.
pub fn monthly_load(portfolio: &Portfolio) -> Vec<RoleLoad<'_>> {
    // Index: role → the meetings it sits in.
    let mut by_role: BTreeMap<(usize, usize), Vec<(&Partnership, &Meeting)>> = BTreeMap::new();
    for p in &portfolio.partnerships {
        for m in &p.meetings {
            if m.length.and_then(|l| l.hours()).is_none() {
                continue;
            }
            let mut seen = Vec::new();
            for participant in &m.participants {
                if let Actor::Role(party, role) = participant.actor {
                    if !seen.contains(&(party, role)) {
                        seen.push((party, role));
                        by_role.entry((party, role)).or_default().push((p, m));
                    }
                }
            }
        }
    }
    by_role
        .into_iter()
        .map(|((party, role), meetings)| {
            let capacity = portfolio
                .parties
                .get(party)
                .and_then(|p| p.roles.get(role))
                .and_then(|r| r.capacity_hours);
            let mut months: BTreeMap<(i32, u32), Decimal> = BTreeMap::new();
            for (p, m) in &meetings {
                let (Some(term), Some(hours)) = (p.term, m.length.and_then(|l| l.hours())) else {
                    continue;
                };
                for (year, month, count) in counts_per_month(m, p, term.start, term.end) {
                    if count > 0 {
                        let slot = months.entry((year, month)).or_default();
                        *slot = slot.saturating_add(hours.saturating_mul(Decimal::from(count)));
                    }
                }
            }
            RoleLoad {
                party,
                role,
                capacity,
                months,
                meetings,
            }
        })
        .collect()
}

/// Occurrences of a meeting in one calendar month.
fn count_in_month(
    m: &Meeting,
    p: &Partnership,
    start: NaiveDate,
    end: NaiveDate,
    year: i32,
    month: u32,
) -> u32 {
    let Some(first) = NaiveDate::from_ymd_opt(year, month, 1) else {
        return 0;
    };
    let last = dates::add_calendar(first, 1, dates::CalendarUnit::Month)
        .and_then(|n| n.pred_opt())
        .unwrap_or(first);
    if last < start || first > end {
        return 0;
    }
    let count = occurrences_from(
        m.cadence,
        m.adjust,
        start,
        end,
        &p.calendar,
        first.max(start),
    )
    .take_while(|d| *d <= last)
    .count();
    u32::try_from(count).unwrap_or(u32::MAX)
}

/// `(year, month, occurrences)` for each calendar month of the term in
/// which the meeting occurs, in one pass over its dates: they come in
/// order (a business-day adjustment never moves a date before an earlier
/// one's), so each month's count is the run of dates in it, the same
/// count [`count_in_month`] gives (issue 18: seeking afresh for every
/// month was a sixth of `pact check`).
fn counts_per_month(
    m: &Meeting,
    p: &Partnership,
    start: NaiveDate,
    end: NaiveDate,
) -> Vec<(i32, u32, u32)> {
    let months = (start.year(), start.month())..=(end.year(), end.month());
    let mut out: Vec<(i32, u32, u32)> = Vec::new();
    for date in dates::occurrences(m.cadence, m.adjust, start, end, &p.calendar) {
        let month = (date.year(), date.month());
        if date < start || !months.contains(&month) {
            continue;
        }
        match out.last_mut() {
            Some((year, last, count)) if (*year, *last) == month => {
                *count = count.saturating_add(1);
            }
            _ => out.push((month.0, month.1, 1)),
        }
    }
    out
}

pub fn check(portfolio: &Portfolio, diagnostics: &mut Vec<Diagnostic>) {
    for load in monthly_load(portfolio) {
        let Some(capacity) = load.capacity else {
            continue;
        };
        let over: Vec<(&(i32, u32), &Decimal)> = load
            .months
            .iter()
            .filter(|(_, hours)| **hours > capacity)
            .collect();
        let Some(((year, month), hours)) = over.first().copied() else {
            continue;
        };
        let Some(party) = portfolio.parties.get(load.party) else {
            continue;
        };
        let Some(role) = party.roles.get(load.role) else {
            continue;
        };
        let largest = load.contributions(*year, *month);
        let mut d = Diagnostic::error(
            "E0404",
            format!(
                "`{}.{}` is booked for {} hours in {year}-{month:02}, over its capacity of {} hours a month",
                party.name,
                role.name,
                hours.normalize(),
                capacity.normalize()
            ),
            role.span,
        )
        .with_primary_label(format!("capacity {} hours per month", capacity.normalize()));
        for (h, m, p) in largest.iter().take(3) {
            d = d.with_label(
                m.span,
                format!(
                    "{} hours in {year}-{month:02}: `{}` in `{}`",
                    h.normalize(),
                    m.name,
                    p.name
                ),
            );
        }
        if largest.len() > 3 {
            let rest = largest
                .iter()
                .skip(3)
                .fold(Decimal::ZERO, |sum, (h, _, _)| sum.saturating_add(*h));
            d = d.with_note(format!(
                "{} more meetings add {} hours",
                largest.len() - 3,
                rest.normalize()
            ));
        }
        if over.len() > 1 {
            let months: Vec<String> = over
                .iter()
                .skip(1)
                .take(6)
                .map(|((y, m), h)| format!("{y}-{m:02} ({} hours)", h.normalize()))
                .collect();
            let more = if over.len() > 7 {
                format!(" and {} more", over.len() - 7)
            } else {
                String::new()
            };
            d = d.with_note(format!("also over capacity in {}{more}", months.join(", ")));
        }
        diagnostics
            .push(d.with_help("shorten or space out these meetings, or raise the role's capacity"));
    }
}
