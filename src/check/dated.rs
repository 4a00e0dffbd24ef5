//! Dates that clauses compute, checked so that none is silently dropped
//! (design §5.1, turn-2 ruling): a date outside the calendar's range
//! (after 9999-12-31) or before the term where that cannot work is an
//! error at check time, and a milestone `by day N` that lands on a day the
//! partnership does not work is a warning.
//!
//! A `day N` with no calendar date is reported while lowering
//! (`crate::lower::dated`): it cannot reach the model.

use crate::diagnostics::Diagnostic;
use crate::ir::dates;
use crate::ir::Partnership;
use chrono::{Datelike, NaiveDate};

/// The checks of one partnership's computed dates.
pub fn check(p: &Partnership, diagnostics: &mut Vec<Diagnostic>) {
    let Some(term) = p.term else { return };
    let calendar = &p.calendar;
    // Renewal dates and the exit notice count back from the end: one that
    // falls before the calendar's first date has no date at all.
    let renewal = p.renewal.as_ref();
    let counted_back = [
        (
            "the renewal window opens",
            renewal.and_then(|r| r.window_opens.as_ref()),
        ),
        (
            "the renewal decision is due",
            renewal.and_then(|r| r.decision_due.as_ref()),
        ),
    ];
    for (what, item) in counted_back {
        let Some((d, span)) = item else { continue };
        if d.before(term.end, calendar)
            .is_none_or(|x| !dates::in_calendar(x))
        {
            diagnostics.push(
                Diagnostic::error(
                    "E0320",
                    format!("{what} {d} before the end, before the calendar's first date"),
                    *span,
                )
                .with_primary_label(format!("{d} before {} has no calendar date", term.end))
                .with_label(
                    term.span,
                    format!("the term runs from {} to {}", term.start, term.end),
                )
                .with_help("count the period again: it is far longer than the term"),
            );
        }
    }
    let decided = renewal.is_some_and(|r| r.decision_due.is_some());
    if let Some((notice, span)) = p.exit.as_ref().and_then(|e| e.notice.as_ref()) {
        let last = notice
            .before(term.end, calendar)
            .filter(|d| dates::in_calendar(*d));
        match last {
            None => diagnostics.push(
                Diagnostic::error(
                    "E0320",
                    format!("the notice of {notice} ends before the calendar's first date"),
                    *span,
                )
                .with_primary_label(format!("{notice} before {} has no calendar date", term.end))
                .with_label(term.span, format!("the term runs from {} to {}", term.start, term.end))
                .with_help("count the notice period again: it is far longer than the term"),
            ),
            // With a renewal decision, E0303 already says the notice is late.
            Some(last) if last < term.start && !decided => diagnostics.push(
                Diagnostic::error(
                    "E0321",
                    format!(
                        "notice of non-renewal must be given by {last}, before the term starts on {}",
                        term.start
                    ),
                    *span,
                )
                .with_primary_label(format!("{notice} before the end ({}) is {last}", term.end))
                .with_label(term.span, format!("the term runs from {} to {}", term.start, term.end))
                .with_note("no party can ever give this notice in time")
                .with_help("shorten the notice period, or lengthen the term"),
            ),
            Some(_) => {}
        }
    }
    for m in p.milestones.iter().filter(|m| m.by_day) {
        if m.due < term.start || m.due > term.end || calendar.is_business_day(m.due) {
            continue; // outside the term is E0304
        }
        let why = if calendar.is_workday(m.due.weekday()) {
            "a holiday of the partnership's calendar"
        } else {
            "not a working day of the partnership's calendar"
        };
        let next = calendar.roll_following(m.due);
        let mut d = Diagnostic::warning(
            "E0322",
            format!(
                "the milestone `{}` is due on {}, {}, which is {why}",
                m.name,
                m.due,
                weekday_name(m.due)
            ),
            m.span,
        )
        .with_primary_label(format!("due {}, a {}", m.due, weekday_name(m.due)));
        if let Some(next) = next.filter(|n| *n <= term.end) {
            d = d.with_help(format!(
                "if the work is due on a business day, give the date: the next one is {next}"
            ));
        }
        diagnostics.push(d);
    }
}

fn weekday_name(d: NaiveDate) -> &'static str {
    use chrono::Weekday::*;
    match d.weekday() {
        Mon => "Monday",
        Tue => "Tuesday",
        Wed => "Wednesday",
        Thu => "Thursday",
        Fri => "Friday",
        Sat => "Saturday",
        Sun => "Sunday",
    }
}
