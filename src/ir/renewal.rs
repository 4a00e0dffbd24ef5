//! Renewed terms (design §10.3): term N+1 starts the day after term N ends
//! and lasts `default renew for D`, or the first term's length (whole
//! months when the first term is, else days). Shared by `pact run`, which
//! renews on decisions, and `pact build --through DATE`, which assumes the
//! default.

use super::dates::{self, BusinessCalendar, CalendarUnit};
use super::model::{Partnership, Portfolio, Term};
use super::values::{Duration, DurationUnit};
use chrono::NaiveDate;

/// The inclusive end of `length` from `start` (the term rule: `for 1 year`
/// ends the day before the anniversary).
pub fn span_end(start: NaiveDate, length: &Duration) -> Option<NaiveDate> {
    let n = length.whole()?;
    match length.unit {
        DurationUnit::BusinessDay | DurationUnit::Hour | DurationUnit::Minute => {
            length.after(start, &BusinessCalendar::default())
        }
        unit => dates::term_end(start, n, unit.calendar_unit()?),
    }
}

/// The length of a term written `START to END`: whole months when it is,
/// else days.
pub fn term_length(start: NaiveDate, end: NaiveDate) -> Duration {
    for months in 1..=1200i64 {
        match dates::term_end(start, months, CalendarUnit::Month) {
            Some(e) if e == end => return Duration::new(months.into(), DurationUnit::Month),
            Some(e) if e > end => break,
            _ => {}
        }
    }
    let days = (end - start).num_days().saturating_add(1);
    Duration::new(days.into(), DurationUnit::Day)
}

/// The term after one ending on `end`, when `p` renews: `renew` (a decision)
/// or else its default.
pub fn next_term(p: &Partnership, end: NaiveDate, first: Term) -> Option<(NaiveDate, NaiveDate)> {
    let renewal = p.renewal.as_ref()?;
    let length = renewal
        .renews
        .flatten()
        .or(p.term_length)
        .unwrap_or_else(|| term_length(first.start, first.end));
    let start = end.succ_opt()?;
    Some((start, span_end(start, &length)?))
}

/// How far ahead pact computes dates: 100 years, the longest term a
/// contract may have (E0301).
pub const HORIZON_YEARS: i64 = 100;

/// The last date pact computes for `portfolio`: the end of a 100-year term
/// from the earliest first-term start (so every partnership, renewals
/// included, is followed for at most 100 years). `--through`, `--until`
/// and the dates of a trace may not go beyond it (E0423): without a bound,
/// `--through 9999-12-31` on a contract renewed daily asked for millions of
/// terms. `None` when no partnership has a term.
pub fn horizon(portfolio: &Portfolio) -> Option<NaiveDate> {
    let earliest = portfolio
        .partnerships
        .iter()
        .filter_map(|p| p.term.map(|t| t.start))
        .min()?;
    dates::term_end(earliest, HORIZON_YEARS, CalendarUnit::Year)
        .or_else(|| NaiveDate::from_ymd_opt(9999, 12, 31))
}

/// The most renewed terms `--through` schedules for one partnership: a
/// monthly renewal over the 100 years of the horizon. A term renewed for
/// a day would otherwise bring 36,524 terms, each with its window,
/// decision and notice dates (E0424).
pub const MAX_RENEWALS: usize = 1_200;

/// The partnerships that would need more than [`MAX_RENEWALS`] renewed
/// terms to reach `through`, each with the end of its last term allowed.
pub fn too_many_renewals(portfolio: &Portfolio, through: NaiveDate) -> Vec<(&str, NaiveDate)> {
    let mut out = Vec::new();
    for p in &portfolio.partnerships {
        let Some(first) = p.term else { continue };
        if p.renewal.as_ref().is_none_or(|r| r.renews.is_none()) {
            continue;
        }
        let mut end = first.end;
        let mut count = 0;
        while end < through {
            let Some((_, next_end)) = next_term(p, end, first) else {
                break;
            };
            if next_end <= end {
                break;
            }
            if count == MAX_RENEWALS {
                out.push((p.name.as_str(), end));
                break;
            }
            count += 1;
            end = next_end;
        }
    }
    out
}

/// The portfolio with every partnership that renews by default renewed
/// until a term contains `through` (or ends after it): each partnership's
/// term then ends with its last renewed term, and `renewed` lists the
/// renewed terms (for the schedule's renewal dates of each).
pub fn through(portfolio: &Portfolio, through: NaiveDate) -> Portfolio {
    // Never past the horizon, whoever calls (the CLI refuses such a date
    // with E0423 first).
    let through = horizon(portfolio).map_or(through, |h| through.min(h));
    let mut out = portfolio.clone();
    for p in &mut out.partnerships {
        let Some(first) = p.term else { continue };
        if p.renewal.as_ref().is_none_or(|r| r.renews.is_none()) {
            continue;
        }
        let mut end = first.end;
        // Bounded: a term lasts at least a day, and dates stop at 9999.
        while end < through && p.renewed.len() < MAX_RENEWALS {
            let Some((start, next_end)) = next_term(p, end, first) else {
                break;
            };
            if next_end <= end || next_end.year_ce().1 > 9999 {
                break;
            }
            p.renewed.push(Term {
                start,
                end: next_end,
                span: first.span,
            });
            end = next_end;
        }
        if let Some(t) = p.term.as_mut() {
            t.end = end;
        }
    }
    out
}

use chrono::Datelike as _;
