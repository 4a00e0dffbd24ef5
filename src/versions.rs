//! Outputs that follow the versions of an amended portfolio (design §10.6): dates before an
//! effective date come from the old terms, dates from it on from the new.
//!
//! Each version of the portfolio is emitted by the ordinary emitters; this
//! module only chooses, for each partnership and date, which version's
//! output holds. The streams are already in schedule order, so the
//! schedule is a merge of filtered streams and stays lazy.

use crate::amend::{partnership_dates, Amendments};
use crate::emit::ics;
use crate::emit::schedule::{self, Event};
use crate::ir::{Partnership, Portfolio};
use crate::run::money::Prior;
use crate::run::report::{PartnershipRun, Payment, PaymentKind, Report, Total};
use crate::run::TraceError;
use crate::source::SourceMap;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use std::collections::{BTreeMap, HashMap};
use std::io::{self, Write};
use std::iter::Peekable;

/// Every version of a portfolio: the original, and the portfolio in force
/// from each distinct effective date.
pub struct Versioned<'a> {
    pub original: &'a Portfolio,
    pub amended: &'a [(NaiveDate, Portfolio)],
    /// Each amended partnership's effective dates.
    dates: HashMap<&'a str, Vec<NaiveDate>>,
}

impl<'a> Versioned<'a> {
    pub fn new(
        original: &'a Portfolio,
        amended: &'a [(NaiveDate, Portfolio)],
        amendments: &'a Amendments,
    ) -> Versioned<'a> {
        let dates = amendments
            .iter()
            .map(|(name, _)| (name, partnership_dates(amendments, name)))
            .collect();
        Versioned {
            original,
            amended,
            dates,
        }
    }

    /// Which version holds for `partnership` on `date`: 0 for the original,
    /// `k` for `amended[k - 1]`.
    pub fn version_on(&self, partnership: &str, date: NaiveDate) -> usize {
        let Some(dates) = self.dates.get(partnership) else {
            return 0;
        };
        let Some(from) = dates.iter().rev().find(|d| **d <= date) else {
            return 0;
        };
        match self.amended.binary_search_by(|(d, _)| d.cmp(from)) {
            Ok(i) => i + 1,
            Err(_) => 0,
        }
    }

    /// The portfolio of version `k` (see [`Versioned::version_on`]).
    pub fn portfolio(&self, k: usize) -> &'a Portfolio {
        match k.checked_sub(1).and_then(|i| self.amended.get(i)) {
            Some((_, p)) => p,
            None => self.original,
        }
    }

    /// The partnership's own number for version `k` (1 for the contract as
    /// signed, 2 after its first amendment...).
    pub fn number(&self, partnership: &str, k: usize) -> usize {
        let Some((date, _)) = k.checked_sub(1).and_then(|i| self.amended.get(i)) else {
            return 1;
        };
        let dates = self
            .dates
            .get(partnership)
            .map_or(&[][..], |d| d.as_slice());
        1 + dates.iter().filter(|d| *d <= date).count()
    }

    pub fn count(&self) -> usize {
        self.amended.len() + 1
    }

    /// The schedule, each event from the version in force on its date.
    pub fn schedule<'s>(&'s self, sources: &SourceMap) -> impl Iterator<Item = Event> + 's {
        let streams: Vec<Peekable<Box<dyn Iterator<Item = Event> + 's>>> = (0..self.count())
            .map(|k| {
                let events = schedule::events(self.portfolio(k), sources)
                    .filter(move |e| self.version_on(&e.partnership, e.version_date()) == k);
                let boxed: Box<dyn Iterator<Item = Event> + 's> = Box::new(events);
                boxed.peekable()
            })
            .collect();
        Merge { streams }
    }
}

/// The schedule's order.
fn key(e: &Event) -> (NaiveDate, &str, &str, schedule::EventKind) {
    (e.date, &e.partnership, &e.name, e.kind)
}

/// A merge of streams each in schedule order (ties: the earlier stream).
struct Merge<'s> {
    streams: Vec<Peekable<Box<dyn Iterator<Item = Event> + 's>>>,
}

impl Iterator for Merge<'_> {
    type Item = Event;

    fn next(&mut self) -> Option<Event> {
        let mut best: Option<usize> = None;
        let mut best_key: Option<(NaiveDate, String, String, schedule::EventKind)> = None;
        for (i, stream) in self.streams.iter_mut().enumerate() {
            if let Some(e) = stream.peek() {
                let k = key(e);
                let smaller = best_key
                    .as_ref()
                    .is_none_or(|b| k < (b.0, b.1.as_str(), b.2.as_str(), b.3));
                if smaller {
                    best_key = Some((k.0, k.1.to_string(), k.2.to_string(), k.3));
                    best = Some(i);
                }
            }
        }
        self.streams.get_mut(best?)?.next()
    }
}

/// Writes the versioned calendar as `pact build --emit ics` does: partnerships
/// no amendment changes are written whole from the original; each version
/// of an amended one keeps the dates on which it is in force.
pub fn write_ics(
    versions: &Versioned<'_>,
    sources: &SourceMap,
    out: &mut dyn Write,
) -> io::Result<()> {
    let amended = |p: &Partnership| versions.dates.contains_key(p.name.as_str());
    let holds_in =
        |k: usize| move |p: &Partnership, d: NaiveDate| versions.version_on(&p.name, d) == k;
    let holds: Vec<_> = (0..versions.count()).map(holds_in).collect();
    let numbers: Vec<_> = (0..versions.count())
        .map(|k| move |p: &Partnership| amended(p).then(|| versions.number(&p.name, k)))
        .collect();
    let everyone = |_: &Partnership| true;
    // Version 0 writes every partnership (the unamended ones whole); later
    // versions only the amended ones.
    let parts: Vec<ics::Part<'_>> = holds
        .iter()
        .zip(&numbers)
        .enumerate()
        .map(|(k, (holds, number))| ics::Part {
            portfolio: versions.portfolio(k),
            includes: if k == 0 { &everyone } else { &amended },
            version: number,
            holds,
        })
        .collect();
    ics::write_parts(&parts, sources, out)
}

/// Writes the versioned schedule as `pact build --emit schedule` does.
pub fn write_schedule(
    versions: &Versioned<'_>,
    sources: &SourceMap,
    out: &mut dyn Write,
) -> io::Result<usize> {
    let mut count = 0;
    out.write_all(b"[")?;
    for event in versions.schedule(sources) {
        out.write_all(if count == 0 { b"\n" } else { b",\n" })?;
        serde_json::to_writer(&mut *out, &event).map_err(io::Error::from)?;
        count += 1;
    }
    out.write_all(if count == 0 { b"]\n" } else { b"\n]\n" })?;
    Ok(count)
}

/// `pact run` over the versions. Every version runs the whole trace to the
/// end of the run, and each partnership's report takes, from each version,
/// what arose while that version was in force, with its state at the end of
/// the run: a duty, pathway step, invoice or ladder keeps the version it
/// arose in (by the date in its id, else its due date), so later lines
/// fulfil it and it breaches on its own due date; a firing, a payment and
/// a period (retainer, bonus, health) come from the version in force on
/// the day they happen (a period's payment date: its last day in arrears,
/// its first in advance; a bonus or health period's last day).
///
/// A trace line is checked by the version in force on its date: an id
/// that only a later version has is an error before that version's
/// effective date, not after it; a line naming an instance (`fulfilled`,
/// `paid`, `escalate`, `resolved`) is also right after it when an earlier
/// version has that instance (and its id, if dated, is of a day before).
pub fn run(
    versions: &Versioned<'_>,
    trace: &str,
    until: Option<NaiveDate>,
) -> Result<Report, Vec<TraceError>> {
    let lines: Vec<&str> = trace.split('\n').collect();
    let dates: Vec<Option<NaiveDate>> = lines.iter().map(|l| line_date(l)).collect();
    // Every version stops on the same day, whichever lines it leaves out.
    let as_of = until.or_else(|| dates.iter().flatten().max().copied());
    let mut reports = Vec::with_capacity(versions.count());
    // For each version, the lines it left out (errors outside its window).
    let mut left_out: Vec<Vec<bool>> = Vec::with_capacity(versions.count());
    let mut errors: Vec<TraceError> = Vec::new();
    for k in 0..versions.count() {
        let from = k
            .checked_sub(1)
            .and_then(|i| versions.amended.get(i))
            .map(|(d, _)| *d);
        let to = versions.amended.get(k).map(|(d, _)| *d);
        let in_window = |d: NaiveDate| from.is_none_or(|f| d >= f) && to.is_none_or(|t| d < t);
        // A line of this window naming an instance that an earlier version
        // accepted: it concerns that version's instance.
        let earlier_took = |i: usize| {
            names_instance(lines.get(i).copied().unwrap_or_default())
                .is_some_and(|named| named.is_none_or(|d| from.is_none_or(|f| d < f)))
                && left_out
                    .iter()
                    .any(|out| !out.get(i).copied().unwrap_or(true))
        };
        let prior = paid_before(versions, &reports, from);
        let mut kept: Vec<&str> = lines.clone();
        let mut out = vec![false; lines.len()];
        // At most one retry per bad line: each pass blanks the lines that
        // are errors only outside this version's window.
        let mut attempts = 0;
        loop {
            match crate::run::run_after(
                versions.portfolio(k),
                &kept.join("\n"),
                as_of,
                prior.clone(),
            ) {
                Ok(report) => {
                    reports.push(report);
                    break;
                }
                Err(found) => {
                    let mut blanked = false;
                    for e in found {
                        let index = e.line.checked_sub(1);
                        let date = index.and_then(|i| dates.get(i)).copied().flatten();
                        let outside = date.is_some_and(|d| !in_window(d));
                        match index {
                            Some(i) if outside || earlier_took(i) => {
                                if let Some(slot) = kept.get_mut(i) {
                                    *slot = "";
                                    blanked = true;
                                }
                                if let Some(flag) = out.get_mut(i) {
                                    *flag = true;
                                }
                            }
                            _ => {
                                if !errors
                                    .iter()
                                    .any(|x| x.line == e.line && x.message == e.message)
                                {
                                    errors.push(e);
                                }
                            }
                        }
                    }
                    attempts += 1;
                    if !blanked || attempts > lines.len() || !errors.is_empty() {
                        break;
                    }
                }
            }
        }
        left_out.push(out);
    }
    if !errors.is_empty() {
        errors.sort_by_key(|e| e.line);
        return Err(errors);
    }
    let Some(last) = reports.last() else {
        return Err(Vec::new());
    };
    let mut spliced = Report {
        format: last.format.clone(),
        as_of,
        partnerships: Vec::new(),
        notes: Vec::new(),
    };
    let mut notes: Vec<String> = reports.iter().flat_map(|r| r.notes.clone()).collect();
    let fallback = as_of.unwrap_or(NaiveDate::MAX);
    for (i, base) in last.partnerships.iter().enumerate() {
        let (mut run, periods) = splice(versions, &reports, i, base, fallback);
        notes.extend(period_notes(&run.name, &periods));
        run.totals = totals(&run.payments);
        spliced.partnerships.push(run);
    }
    notes.sort();
    notes.dedup();
    spliced.notes = notes;
    Ok(spliced)
}

/// The success fees and share payments the versions before this one
/// (`reports`, in order) actually made before `from`, its effective date:
/// each from the version in force on its date, as [`splice`] takes them.
fn paid_before(versions: &Versioned<'_>, reports: &[Report], from: Option<NaiveDate>) -> Prior {
    let mut prior = Prior::default();
    let Some(from) = from else {
        return prior;
    };
    let mut names: Vec<&str> = reports
        .iter()
        .flat_map(|r| r.partnerships.iter().map(|p| p.name.as_str()))
        .collect();
    names.sort_unstable();
    names.dedup();
    for name in names {
        let paid: Vec<Payment> = reports
            .iter()
            .enumerate()
            .flat_map(|(j, r)| {
                r.partnerships
                    .iter()
                    .filter(move |p| p.name == name)
                    .flat_map(|p| &p.payments)
                    .filter(move |x| x.date < from && versions.version_on(name, x.date) == j)
            })
            .cloned()
            .collect();
        prior.add(name, from, &paid);
    }
    prior
}

/// A retainer's item, period and the version that paid it.
type Paid = (String, NaiveDate, NaiveDate, usize);

/// Partnership `i`'s report, each part from the version it belongs to, and
/// the retainer periods paid (see [`period_notes`]).
fn splice(
    versions: &Versioned<'_>,
    reports: &[Report],
    i: usize,
    base: &PartnershipRun,
    fallback: NaiveDate,
) -> (PartnershipRun, Vec<Paid>) {
    let mut paid: Vec<Paid> = Vec::new();
    let name = base.name.as_str();
    // The partnership's life (renewals, termination) as the last version
    // ran it.
    let mut run = PartnershipRun::empty(base.name.clone(), base.life.clone());
    for (k, report) in reports.iter().enumerate() {
        // Partnerships are in name order in every version.
        let Some(p) = report.partnerships.get(i).filter(|p| p.name == name) else {
            continue;
        };
        let here = |d: NaiveDate| versions.version_on(name, d) == k;
        let arose =
            |id: &str, due: Option<NaiveDate>| here(id_date(id).or(due).unwrap_or(fallback));
        // A breach goes with its duty.
        let mut taken: HashMap<&str, bool> = HashMap::with_capacity(p.obligations.len());
        for o in &p.obligations {
            let here = arose(&o.id, o.due);
            taken.insert(&o.id, here);
            if here {
                run.obligations.push(o.clone());
            }
        }
        run.breaches.extend(
            p.breaches
                .iter()
                .filter(|b| match taken.get(b.obligation.as_str()) {
                    Some(here) => *here,
                    None => arose(&b.obligation, Some(b.due)),
                })
                .cloned(),
        );
        run.firings
            .extend(p.firings.iter().filter(|f| here(f.date)).cloned());
        run.ladders.extend(
            p.ladders
                .iter()
                .filter(|l| here(id_date(&l.id).unwrap_or(l.started)))
                .cloned(),
        );
        for x in p.payments.iter().filter(|x| here(x.date)) {
            if let (PaymentKind::Retainer, Some(period), Some((item, _))) =
                (x.kind, &x.period, x.id.rsplit_once('@'))
            {
                paid.push((item.to_string(), period.start, period.end, k));
            }
            run.payments.push(x.clone());
        }
        run.bonus_periods.extend(
            p.bonus_periods
                .iter()
                .filter(|b| here(b.period.end))
                .cloned(),
        );
        run.health
            .extend(p.health.iter().filter(|h| here(h.period.end)).cloned());
    }
    // The report's order (see `run::report`): pending steps last.
    run.obligations
        .sort_by(|a, b| (a.due.is_none(), a.due, &a.id).cmp(&(b.due.is_none(), b.due, &b.id)));
    run.breaches
        .sort_by(|a, b| (a.due, &a.obligation).cmp(&(b.due, &b.obligation)));
    run.payments
        .sort_by(|a, b| (a.date, &a.id).cmp(&(b.date, &b.id)));
    run.ladders
        .sort_by(|a, b| (a.started, &a.id).cmp(&(b.started, &b.id)));
    run.bonus_periods
        .sort_by(|a, b| (a.period.start, &a.bonus).cmp(&(b.period.start, &b.bonus)));
    run.health.sort_by_key(|h| h.period.start);
    (run, paid)
}

/// The date an instance's id carries (`...@2026-06-25`, `...@2026-06-25#2`):
/// the day it arose, a level was selected, a ladder began or an invoice
/// was dated.
fn id_date(id: &str) -> Option<NaiveDate> {
    let (_, after) = id.rsplit_once('@')?;
    let date = after.get(..10)?;
    NaiveDate::parse_from_str(date, "%Y-%m-%d").ok()
}

/// Whether a trace line names an instance (a duty, an invoice, a ladder)
/// rather than something that happens: `Some` with the date its id
/// carries, if any (`...@2026-06-20`).
fn names_instance(line: &str) -> Option<Option<NaiveDate>> {
    let Ok(serde_json::Value::Object(map)) = serde_json::from_str::<serde_json::Value>(line.trim())
    else {
        return None;
    };
    ["fulfilled", "paid", "escalate", "resolved"]
        .iter()
        .find_map(|k| map.get(*k))
        .map(|id| id.as_str().and_then(id_date))
}

/// Notes for a retainer whose period changed length at an effective date,
/// so that days around it are paid by two versions or by none: `periods`
/// holds each retainer payment's item, period and version.
fn period_notes(
    partnership: &str,
    periods: &[(String, NaiveDate, NaiveDate, usize)],
) -> Vec<String> {
    let mut by_item: BTreeMap<&str, Vec<(NaiveDate, NaiveDate, usize)>> = BTreeMap::new();
    for (item, start, end, k) in periods {
        by_item.entry(item).or_default().push((*start, *end, *k));
    }
    let mut notes = Vec::new();
    let say = |item: &str, from: NaiveDate, to: NaiveDate, whom: &str| {
        format!(
            "the retainer `{item}` of `{partnership}` changes its period at an amendment: the days from {from} to {to} are paid by {whom}"
        )
    };
    for (item, mut list) in by_item {
        list.sort();
        for pair in list.windows(2) {
            let [(_, end, k), (start, later_end, j)] = pair else {
                continue;
            };
            if k == j {
                continue;
            }
            let next = end.succ_opt().unwrap_or(*end);
            if *start < next {
                notes.push(say(item, *start, (*end).min(*later_end), "both versions"));
            } else if *start > next {
                let before = start.pred_opt().unwrap_or(*start);
                notes.push(say(item, next, before, "neither version"));
            }
        }
    }
    notes
}

/// The `date` of a trace line, when it has one.
fn line_date(line: &str) -> Option<NaiveDate> {
    let value: serde_json::Value = serde_json::from_str(line.trim()).ok()?;
    NaiveDate::parse_from_str(value.get("date")?.as_str()?, "%Y-%m-%d").ok()
}

/// Each party's received money and penalties, from the payments as made.
fn totals(payments: &[Payment]) -> Vec<Total> {
    let mut sums: BTreeMap<(String, String), (Decimal, Decimal)> = BTreeMap::new();
    for payment in payments {
        let (party, received) = match payment.kind {
            PaymentKind::Penalty => (payment.payer.clone(), false),
            _ => (payment.payee.clone(), true),
        };
        let Some(party) = party else { continue };
        let Ok(amount) = payment.amount.parse::<Decimal>() else {
            continue;
        };
        let entry = sums
            .entry((party, payment.currency.clone()))
            .or_insert((Decimal::ZERO, Decimal::ZERO));
        let sum = if received { &mut entry.0 } else { &mut entry.1 };
        *sum = sum.checked_add(amount).unwrap_or(*sum);
    }
    sums.into_iter()
        .map(|((party, currency), (received, penalties))| {
            let scale = crate::ir::values::minor_unit_digits(&currency);
            let (mut r, mut p) = (received, penalties);
            r.rescale(scale);
            p.rescale(scale);
            Total {
                party,
                currency,
                received: r.to_string(),
                penalties: p.to_string(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{id_date, names_instance};
    use chrono::NaiveDate;

    fn day(text: &str) -> Option<NaiveDate> {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()
    }

    #[test]
    fn the_date_of_an_id() {
        assert_eq!(
            id_date("P.change.minor.approve@2026-06-25"),
            day("2026-06-25")
        );
        assert_eq!(id_date("P.trigger.t.x@2026-06-25#2"), day("2026-06-25"));
        assert_eq!(id_date("P.milestone.launch"), None);
        assert_eq!(id_date("P.x@2026-06"), None);
        assert_eq!(id_date("P.x@é"), None);
    }

    #[test]
    fn lines_naming_an_instance() {
        let named = |line: &str| names_instance(line);
        assert_eq!(
            named(r#"{"date": "2026-07-10", "fulfilled": "P.t.x@2026-06-20"}"#),
            Some(day("2026-06-20"))
        );
        assert_eq!(
            named(r#"{"date": "2026-07-10", "fulfilled": "P.milestone.m"}"#),
            Some(None)
        );
        assert_eq!(
            named(r#"{"date": "2026-07-10", "resolved": "dispute"}"#),
            Some(None)
        );
        assert_eq!(
            named(r#"{"date": "2026-07-10", "signal": "s", "value": "1%"}"#),
            None
        );
        assert_eq!(named("not json"), None);
    }
}
