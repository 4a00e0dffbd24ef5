//! Dates computed while lowering that must not be dropped silently
//! (design §5.1): `day N` of the term past the calendar's last date is an
//! error here, since a milestone or deadline without a date cannot reach
//! the model. The checks on the model are in `crate::check::dated`.

use crate::diagnostics::{Diagnostic, Span};
use crate::ir::dates::{self, CalendarUnit};
use chrono::NaiveDate;

/// `day N` of a term starting on `start`; an error (E0320) when that day
/// is past the calendar's last date.
pub fn day_of_term(
    start: NaiveDate,
    n: i64,
    span: Span,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<NaiveDate> {
    let date = dates::add_calendar(start, n, CalendarUnit::Day).filter(|d| dates::in_calendar(*d));
    if date.is_none() {
        diagnostics.push(
            Diagnostic::error(
                "E0320",
                format!("`day {n}` of a term starting on {start} is after 9999-12-31"),
                span,
            )
            .with_primary_label("no calendar date")
            .with_note("`day N` counts days from the term's start, `day 0` being the first day")
            .with_help("count the days again, or give the date itself"),
        );
    }
    date
}
