//! Retainer periods and their invoices, as dates (design §5.1 turn-2
//! ruling, §10.2), lazily: what `pact build --emit schedule` and iCalendar
//! list as invoice and due dates.
//!
//! Period boundaries follow the term's anniversary rule: the k-th period
//! starts on start + k units with a missing day moving to the 1st of the
//! next month (a term starting 31 January has periods starting 1 March, 31
//! March, 1 May, ...), and the last period ends with the term. Each period
//! is invoiced on its last day (`in arrears`, the default) or its first
//! (`in advance`), and is due `net N` after its invoice date (on it without
//! `net`). `pact run` pays and invoices retainers by the same rule
//! (`run/money.rs`, `run/invoices.rs`); a test in `tests/e2e/invoices.rs`
//! compares the two.

use super::dates::{self, BusinessCalendar, CalendarUnit};
use super::values::{Duration, DurationUnit};
use super::{Invoice, Partnership, PayItem, Payments, Period, Term};
use chrono::NaiveDate;

/// The k-th period boundary from `start` (`k = 0` is `start`): the day
/// after the term of k units that starts on `start` would end.
pub fn anniversary(start: NaiveDate, k: i64, unit: CalendarUnit) -> Option<NaiveDate> {
    if k == 0 {
        return Some(start);
    }
    match unit {
        CalendarUnit::Month | CalendarUnit::Quarter | CalendarUnit::Year => {
            dates::term_end(start, k, unit)?.succ_opt()
        }
        _ => dates::add_calendar(start, k, unit),
    }
}

/// Whether a retainer period can be counted in days at all (`every 6
/// hours` cannot: `pact run` notes it and pays nothing).
pub fn countable(period: &Period) -> bool {
    match period {
        Period::Every(d) => {
            d.whole().is_some_and(|n| n >= 1)
                && !matches!(d.unit, DurationUnit::Hour | DurationUnit::Minute)
        }
        _ => true,
    }
}

/// The `k`-th period start (`k = 0` is the term start).
pub fn period_start(
    start: NaiveDate,
    period: &Period,
    k: i64,
    calendar: &BusinessCalendar,
) -> Option<NaiveDate> {
    match period {
        Period::Daily => dates::add_calendar(start, k, CalendarUnit::Day),
        Period::Weekly => dates::add_calendar(start, k, CalendarUnit::Week),
        Period::Monthly => anniversary(start, k, CalendarUnit::Month),
        Period::Quarterly => anniversary(start, k, CalendarUnit::Quarter),
        Period::Annually => anniversary(start, k, CalendarUnit::Year),
        Period::Every(d) => {
            let n = d.whole().filter(|n| *n >= 1)?;
            let steps = k.checked_mul(n)?;
            match d.unit {
                DurationUnit::BusinessDay => calendar.add_business_days(start, steps),
                unit => anniversary(start, steps, unit.calendar_unit()?),
            }
        }
    }
}

/// The periods of a term, `(start, inclusive end)`, in order.
#[derive(Clone, Debug)]
pub struct Periods<'a> {
    term: Term,
    period: Period,
    calendar: &'a BusinessCalendar,
    k: i64,
    next: Option<NaiveDate>,
}

impl<'a> Periods<'a> {
    pub fn new(term: Term, period: Period, calendar: &'a BusinessCalendar) -> Periods<'a> {
        let next = if countable(&period) {
            period_start(term.start, &period, 0, calendar)
        } else {
            None
        };
        Periods {
            term,
            period,
            calendar,
            k: 0,
            next,
        }
    }
}

impl Iterator for Periods<'_> {
    type Item = (NaiveDate, NaiveDate);

    fn next(&mut self) -> Option<(NaiveDate, NaiveDate)> {
        let start = self.next.take()?;
        if start > self.term.end {
            return None;
        }
        self.k = self.k.checked_add(1)?;
        let following = period_start(self.term.start, &self.period, self.k, self.calendar);
        let end = match following.and_then(|n| n.pred_opt()) {
            Some(e) if e < self.term.end => e,
            _ => self.term.end,
        };
        if end < start {
            return None;
        }
        self.next = following.filter(|n| *n > start);
        Some((start, end))
    }
}

/// One invoice of a retainer period.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Invoiced {
    /// The period invoiced, both ends inclusive.
    pub period: (NaiveDate, NaiveDate),
    /// The invoice date: the period's last day in arrears, its first in advance.
    pub date: NaiveDate,
    /// The invoice date plus `net N` (the invoice date without `net`).
    pub due: NaiveDate,
}

/// What dates a retainer's invoices: its period and its block's invoice terms.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct InvoiceTerms {
    /// The retainer's period (the invoice's own cadence is not read: each
    /// retainer period is one invoice, as in `pact run`).
    pub period: Period,
    pub advance: bool,
    pub net: Option<Duration>,
}

impl InvoiceTerms {
    /// The invoice terms of a pay block with a retainer and an `invoice`
    /// (its own or the partnership's).
    pub fn of<'p>(p: &'p Partnership, block: &'p Payments) -> Option<(InvoiceTerms, &'p Invoice)> {
        let period = retainer_of(block)?;
        let invoice = invoice_of(p, block)?;
        Some((
            InvoiceTerms {
                period,
                advance: invoice.in_advance,
                net: invoice.net,
            },
            invoice,
        ))
    }
}

/// The invoices of a retainer over a term, in order.
#[derive(Clone, Debug)]
pub struct Invoices<'a> {
    periods: Periods<'a>,
    advance: bool,
    net: Option<Duration>,
    calendar: &'a BusinessCalendar,
}

impl<'a> Invoices<'a> {
    /// The invoices of a retainer paid every `period`, invoiced in
    /// advance or in arrears and due `net` after (see [`InvoiceTerms`]).
    pub fn new(term: Term, terms: InvoiceTerms, calendar: &'a BusinessCalendar) -> Invoices<'a> {
        Invoices {
            periods: Periods::new(term, terms.period, calendar),
            advance: terms.advance,
            net: terms.net,
            calendar,
        }
    }
}

impl Iterator for Invoices<'_> {
    type Item = Invoiced;

    fn next(&mut self) -> Option<Invoiced> {
        loop {
            let (start, end) = self.periods.next()?;
            let date = if self.advance { start } else { end };
            let due = match &self.net {
                Some(net) => net.after(date, self.calendar),
                None => Some(date),
            };
            // A due date past the calendar's range: no invoice (as in `pact run`).
            if let Some(due) = due {
                return Some(Invoiced {
                    period: (start, end),
                    date,
                    due,
                });
            }
        }
    }
}

/// The `invoice` clause that applies to a pay block: its own, else the
/// partnership's stand-alone one, never another block's (turn-2 ruling).
pub fn invoice_of<'p>(p: &'p Partnership, block: &'p Payments) -> Option<&'p Invoice> {
    block
        .items
        .iter()
        .find_map(|i| match i {
            PayItem::Invoice(inv) => Some(inv),
            _ => None,
        })
        .or_else(|| p.invoices.first())
}

/// The retainer of a pay block: its period (one retainer per block).
pub fn retainer_of(block: &Payments) -> Option<Period> {
    block.items.iter().find_map(|i| match i {
        PayItem::Retainer { period, .. } => Some(*period),
        _ => None,
    })
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::diagnostics::Span;

    fn date(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn term(start: &str, end: &str) -> Term {
        Term {
            start: date(start),
            end: date(end),
            span: Span::default(),
        }
    }

    #[test]
    fn periods_follow_the_anniversary_rule() {
        let cal = BusinessCalendar::default();
        let got: Vec<_> =
            Periods::new(term("2026-01-31", "2026-05-15"), Period::Monthly, &cal).collect();
        assert_eq!(
            got,
            vec![
                (date("2026-01-31"), date("2026-02-28")),
                (date("2026-03-01"), date("2026-03-30")),
                (date("2026-03-31"), date("2026-04-30")),
                (date("2026-05-01"), date("2026-05-15")),
            ]
        );
    }

    fn terms(invoice: &Invoice) -> InvoiceTerms {
        InvoiceTerms {
            period: Period::Monthly,
            advance: invoice.in_advance,
            net: invoice.net,
        }
    }

    #[test]
    fn invoices_in_arrears_and_in_advance() {
        let cal = BusinessCalendar::default();
        let t = term("2026-01-31", "2026-04-30");
        let arrears = Invoice {
            id: String::new(),
            period: Period::Monthly,
            in_advance: false,
            net: Some(Duration::new(30.into(), DurationUnit::Day)),
            span: Span::default(),
        };
        let got: Vec<_> = Invoices::new(t, terms(&arrears), &cal)
            .map(|i| (i.date, i.due))
            .collect();
        // Last days 28 Feb, 30 Mar, 30 Apr; + 30 days.
        assert_eq!(
            got,
            vec![
                (date("2026-02-28"), date("2026-03-30")),
                (date("2026-03-30"), date("2026-04-29")),
                (date("2026-04-30"), date("2026-05-30")),
            ]
        );
        let advance = Invoice {
            in_advance: true,
            net: None,
            ..arrears
        };
        let got: Vec<_> = Invoices::new(t, terms(&advance), &cal)
            .map(|i| (i.date, i.due))
            .collect();
        assert_eq!(
            got,
            vec![
                (date("2026-01-31"), date("2026-01-31")),
                (date("2026-03-01"), date("2026-03-01")),
                (date("2026-03-31"), date("2026-03-31")),
            ]
        );
    }
}
