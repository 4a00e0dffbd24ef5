//! `pact build --emit schedule`: every dated event of the portfolio, sorted
//! by date, then partnership, then name — written as it is computed.
//!
//! Each recurring clause is a lazy stream of dates (`dates::occurrences`);
//! the streams are merged through a heap holding one pending date per
//! stream, so memory grows with the number of clauses, never with the
//! number of events (a ten-year daily stand-up costs one heap entry).

pub use super::calendar::EventKind;
use super::calendar::{self, Timing};
use super::json::ActorJson;
use super::Source;
use crate::ir::dates::{self, Occurrences};
use crate::ir::periods::{Invoiced, Invoices};
use crate::ir::{zones, Partnership, Portfolio};
use crate::source::SourceMap;
use chrono::{Datelike, NaiveDate, NaiveTime, Timelike};
use chrono_tz::Tz;
use schemars::JsonSchema;
use serde::Serialize;
use std::cmp::Reverse;
use std::collections::{BTreeMap, BinaryHeap};
use std::io::{self, Write};

/// One dated event of the schedule.
#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct Event {
    pub date: NaiveDate,
    /// `HH:MM`, for meetings with a time of day.
    pub time: Option<String>,
    /// `HH:MM`, when the meeting has a time and a length.
    pub end_time: Option<String>,
    /// The day `end_time` falls on, when it is not `date` (a meeting
    /// that runs past midnight).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub end_date: Option<NaiveDate>,
    /// Length in minutes, for meetings with a length.
    pub minutes: Option<u32>,
    /// The partnership's IANA time zone, for meetings with a time of day
    /// in a partnership with a `timezone` (absent: the time is local to
    /// no zone in particular).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
    /// The UTC offset (`+01:00`) of `time` on that date in `timezone`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub utc_offset: Option<String>,
    pub partnership: String,
    pub kind: EventKind,
    pub name: String,
    pub participants: Vec<ActorJson>,
    /// A meeting's or review's channel (`via "Teams"`), when it has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub channel: Option<String>,
    /// The `///` documentation of the clause (a meeting, review, survey,
    /// report, milestone or dated duty), with a report's text before it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// An invoice's (or its due date's) retainer period.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub period: Option<EventPeriod>,
    /// An invoice's date, on the event of its due date (`invoice_due`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub invoice_date: Option<NaiveDate>,
    pub source: Source,
}

/// A retainer period, both ends inclusive.
#[derive(Clone, Copy, Debug, Serialize, JsonSchema, PartialEq, Eq)]
pub struct EventPeriod {
    pub start: NaiveDate,
    pub end: NaiveDate,
}

impl Event {
    /// The date that decides which version of an amended contract an event
    /// belongs to: an invoice's due date goes with its invoice.
    pub fn version_date(&self) -> NaiveDate {
        self.invoice_date.unwrap_or(self.date)
    }
}

/// What a recurring stream stands for (everything but the date).
struct Template {
    partnership: String,
    kind: EventKind,
    name: String,
    time: Option<String>,
    end_time: Option<String>,
    /// How many days after its date an event ends, when it ends on a
    /// later day than it starts.
    end_days: Option<u32>,
    minutes: Option<u32>,
    /// The zone and the local time of day, when both exist.
    zone: Option<(Tz, NaiveTime)>,
    participants: Vec<ActorJson>,
    channel: Option<String>,
    description: Option<String>,
    source: Source,
}

/// An event's fields after the date, in [`Event`]'s order, for serde.
#[derive(Serialize)]
struct TemplateJson<'t> {
    time: &'t Option<String>,
    end_time: &'t Option<String>,
    minutes: Option<u32>,
    partnership: &'t str,
    kind: EventKind,
    name: &'t str,
    participants: &'t [ActorJson],
    #[serde(skip_serializing_if = "Option::is_none")]
    channel: &'t Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    description: &'t Option<String>,
    source: &'t Source,
}

impl Template {
    fn at(&self, date: NaiveDate, invoice: Option<Invoiced>) -> Event {
        Event {
            date,
            time: self.time.clone(),
            end_time: self.end_time.clone(),
            end_date: self
                .end_days
                .and_then(|n| date.checked_add_days(chrono::Days::new(u64::from(n)))),
            minutes: self.minutes,
            timezone: self.zone.map(|(tz, _)| tz.name().to_string()),
            utc_offset: self
                .zone
                .map(|(tz, t)| zones::offset_text(zones::utc_offset_seconds(tz, date.and_time(t)))),
            partnership: self.partnership.clone(),
            kind: self.kind,
            name: self.name.clone(),
            participants: self.participants.clone(),
            channel: self.channel.clone(),
            description: self.description.clone(),
            period: invoice.map(|i| EventPeriod {
                start: i.period.0,
                end: i.period.1,
            }),
            invoice_date: invoice
                .filter(|_| self.kind == EventKind::InvoiceDue)
                .map(|i| i.date),
            source: self.source.clone(),
        }
    }

    /// The JSON of every event of this stream after its date: the object
    /// [`Event`] serialises to, from just after `"date":"…",` to its end.
    /// Written once per stream, so an event costs a date and a copy.
    fn json_tail(&self) -> io::Result<Vec<u8>> {
        let mut json = serde_json::to_vec(&TemplateJson {
            time: &self.time,
            end_time: &self.end_time,
            minutes: self.minutes,
            partnership: &self.partnership,
            kind: self.kind,
            name: &self.name,
            participants: &self.participants,
            channel: &self.channel,
            description: &self.description,
            source: &self.source,
        })
        .map_err(io::Error::from)?;
        // `{"time":…}` without its `{`, which the event's own `{` replaces.
        json.remove(0);
        Ok(json)
    }
}

enum StreamDates<'a> {
    Recurring(Occurrences<'a>),
    Once(Option<NaiveDate>),
    /// A retainer's invoices, dated by invoice date or (`true`) due date.
    Invoices(Invoices<'a>, bool),
}

impl Iterator for StreamDates<'_> {
    /// A date, and the invoice it is the date of.
    type Item = (NaiveDate, Option<Invoiced>);
    fn next(&mut self) -> Option<(NaiveDate, Option<Invoiced>)> {
        match self {
            StreamDates::Recurring(it) => it.next().map(|d| (d, None)),
            StreamDates::Once(d) => d.take().map(|d| (d, None)),
            StreamDates::Invoices(it, due) => it
                .next()
                .map(|i| (if *due { i.due } else { i.date }, Some(i))),
        }
    }
}

/// Streams of dates merged into one, each carrying what its dates mean
/// (`T`). The streams are kept sorted by (partnership, name, kind), the
/// order they were made in breaking ties, so the key is just the date and
/// the stream's index: no name is cloned or compared per event.
///
/// A calendar queue rather than one heap over every stream: the streams
/// waiting for a later day sit in that day's bucket, and only the current
/// day's are in a heap. A portfolio has hundreds of thousands of streams
/// but a few thousand days; a heap over all of them cost a tenth of
/// `--emit schedule` in cache misses (issue 18). The order is the one
/// heap's: the heap holds every entry dated on or before the last day
/// taken out of the buckets, the buckets only later ones.
struct Merge<'a, T> {
    streams: Vec<(T, StreamDates<'a>)>,
    /// Entries dated on or before `day`.
    today: BinaryHeap<Reverse<(NaiveDate, usize)>>,
    /// The streams whose next date is after `day`, by that date.
    later: BTreeMap<NaiveDate, Vec<usize>>,
    /// The date of the last bucket taken out of `later`.
    day: Option<NaiveDate>,
    /// Each stream's pending invoice (the one its queued date is the date of).
    pending: Vec<Option<Invoiced>>,
}

impl<'a, T> Merge<'a, T> {
    fn new(streams: Vec<(T, StreamDates<'a>)>) -> Merge<'a, T> {
        let mut merge = Merge {
            pending: vec![None; streams.len()],
            streams,
            today: BinaryHeap::new(),
            later: BTreeMap::new(),
            day: None,
        };
        for index in 0..merge.streams.len() {
            merge.advance(index);
        }
        merge
    }

    /// Queues the next date of stream `index`, if it has one.
    fn advance(&mut self, index: usize) {
        let Some((_, dates)) = self.streams.get_mut(index) else {
            return;
        };
        let Some((date, invoice)) = dates.next() else {
            return;
        };
        if let Some(slot) = self.pending.get_mut(index) {
            *slot = invoice;
        }
        match self.day {
            Some(day) if date <= day => self.today.push(Reverse((date, index))),
            _ => self.later.entry(date).or_default().push(index),
        }
    }

    /// The next date in schedule order, its invoice (for invoice streams)
    /// and what its stream stands for.
    fn next(&mut self) -> Option<(NaiveDate, Option<Invoiced>, &T)> {
        if self.today.is_empty() {
            let (day, indices) = self.later.pop_first()?;
            self.day = Some(day);
            self.today
                .extend(indices.into_iter().map(|index| Reverse((day, index))));
        }
        let Reverse((date, index)) = self.today.pop()?;
        let invoice = self.pending.get_mut(index)?.take();
        self.advance(index);
        let (what, _) = self.streams.get(index)?;
        Some((date, invoice, what))
    }
}

/// The events of a portfolio in schedule order, computed lazily.
pub struct Events<'a> {
    merge: Merge<'a, Template>,
}

impl Iterator for Events<'_> {
    type Item = Event;

    fn next(&mut self) -> Option<Event> {
        let (date, invoice, template) = self.merge.next()?;
        Some(template.at(date, invoice))
    }
}

fn hhmm(minutes: u32) -> String {
    format!("{:02}:{:02}", (minutes / 60) % 24, minutes % 60)
}

/// `(time, end_time, end_days)`: the start and end as `HH:MM`, and how
/// many days after the start's the end falls, when not on the same day.
fn time_fields(
    at: Option<NaiveTime>,
    minutes: Option<u32>,
) -> (Option<String>, Option<String>, Option<u32>) {
    match at {
        None => (None, None, None),
        Some(t) => {
            let start = t.hour() * 60 + t.minute();
            let end = minutes.map(|m| start.saturating_add(m));
            (
                Some(hhmm(start)),
                end.map(hhmm),
                end.map(|e| e / (24 * 60)).filter(|days| *days > 0),
            )
        }
    }
}

/// One calendar item's dates, without its events: what `pact diff`
/// compares, clause by clause. The dates come in order.
pub struct ClauseDates<'a> {
    pub partnership: String,
    pub kind: EventKind,
    pub name: String,
    dates: StreamDates<'a>,
}

impl Iterator for ClauseDates<'_> {
    /// An event's date, and the date that decides which version of an
    /// amended contract it belongs to ([`Event::version_date`]).
    type Item = (NaiveDate, NaiveDate);

    fn next(&mut self) -> Option<(NaiveDate, NaiveDate)> {
        let (date, invoice) = self.dates.next()?;
        let version = invoice
            .filter(|_| self.kind == EventKind::InvoiceDue)
            .map_or(date, |i| i.date);
        Some((date, version))
    }
}

/// Every calendar item's dates (the events of [`events`], by stream, in
/// no particular order of streams), without making an event per date.
pub fn clause_dates<'a>(
    portfolio: &'a Portfolio,
    sources: &SourceMap,
) -> impl Iterator<Item = ClauseDates<'a>> {
    streams(portfolio, sources)
        .into_iter()
        .map(|(template, dates)| ClauseDates {
            partnership: template.partnership,
            kind: template.kind,
            name: template.name,
            dates,
        })
}

/// Every event of the portfolio, in order (date, partnership, name, kind).
pub fn events<'a>(portfolio: &'a Portfolio, sources: &SourceMap) -> Events<'a> {
    Events {
        merge: Merge::new(streams(portfolio, sources)),
    }
}

/// The streams of every partnership's calendar items, in (partnership,
/// name, kind) order, ties in the order the items were made.
fn streams<'a>(portfolio: &'a Portfolio, sources: &SourceMap) -> Vec<(Template, StreamDates<'a>)> {
    let mut all = Vec::new();
    // Collecting cannot fail: the only error `each_stream` passes on is
    // the callback's own.
    let _ = each_stream(portfolio, sources, |template, dates| {
        all.push((template, dates));
        Ok(())
    });
    all
}

/// Every stream of the portfolio, in schedule order for equal dates:
/// by (partnership, name, kind), the order they were made in breaking
/// ties. Handed over one partnership at a time, so a caller that turns
/// each into something smaller ([`write`]'s JSON tails) never holds every
/// stream's [`Template`] at once.
fn each_stream<'a>(
    portfolio: &'a Portfolio,
    sources: &SourceMap,
    mut each: impl FnMut(Template, StreamDates<'a>) -> io::Result<()>,
) -> io::Result<()> {
    let mut partnerships: Vec<&Partnership> = portfolio.partnerships.iter().collect();
    partnerships.sort_by(|a, b| a.name.cmp(&b.name));
    // Partnerships of one name (an error, but the stream order must not
    // depend on it) are sorted as one group.
    for group in partnerships.chunk_by(|a, b| a.name == b.name) {
        let mut streams: Vec<(Template, StreamDates<'a>)> = Vec::new();
        for p in group {
            partnership_streams(portfolio, sources, p, &mut streams);
        }
        // Stable: equal keys keep the order they were made in.
        streams.sort_by(|(a, _), (b, _)| (&a.name, a.kind).cmp(&(&b.name, b.kind)));
        for (template, dates) in streams {
            each(template, dates)?;
        }
    }
    Ok(())
}

/// The streams of one partnership, in the order its calendar items come.
fn partnership_streams<'a>(
    portfolio: &'a Portfolio,
    sources: &SourceMap,
    p: &'a Partnership,
    streams: &mut Vec<(Template, StreamDates<'a>)>,
) {
    let Some(term) = p.term else { return };
    let tz = p.timezone.as_deref().and_then(zones::zone);
    for item in calendar::items(portfolio, p) {
        let zone = match item.timing {
            Timing::Recurring { at: Some(t), .. } => tz.map(|tz| (tz, t)),
            _ => None,
        };
        let ((time, end_time, end_days), minutes, dates) = match item.timing {
            Timing::Once(date) => ((None, None, None), None, StreamDates::Once(Some(date))),
            Timing::Invoices { terms, due } => (
                (None, None, None),
                None,
                StreamDates::Invoices(Invoices::new(term, terms, &p.calendar), due),
            ),
            Timing::Recurring {
                cadence,
                adjust,
                at,
                minutes,
            } => {
                let fields = time_fields(at, minutes);
                let dates = dates::occurrences(cadence, adjust, term.start, term.end, &p.calendar);
                (fields, minutes, StreamDates::Recurring(dates))
            }
        };
        streams.push((
            Template {
                partnership: p.name.clone(),
                kind: item.kind,
                name: item.name,
                time,
                end_time,
                end_days,
                minutes,
                zone,
                participants: item.participants,
                channel: item.channel,
                description: item.description,
                source: Source::of(sources, item.span),
            },
            dates,
        ));
    }
}

/// Writes the schedule as a JSON array, one event a line; returns the count.
///
/// Byte for byte what serialising each [`Event`] gives, written without
/// building one: each stream's JSON after the date is made once, and an
/// event is its date and that text. Memory grows with the number of
/// clauses, never with the number of events.
pub fn write(portfolio: &Portfolio, sources: &SourceMap, out: &mut dyn Write) -> io::Result<usize> {
    // A zoned stream's offset changes with the date (daylight saving) and
    // the end date of a meeting past midnight with its date, so their
    // events are serialised whole; an invoice's period is written between
    // its stream's head and source; the others share one tail.
    let mut tails = Vec::new();
    each_stream(portfolio, sources, |template, dates| {
        let invoice = matches!(template.kind, EventKind::Invoice | EventKind::InvoiceDue);
        let tail = if template.zone.is_some() || template.end_days.is_some() {
            Tail::Whole(Box::new(template))
        } else if invoice {
            let tail = template.json_tail()?;
            match split_source(&tail) {
                Some((head, source)) => Tail::Invoice {
                    head: head.to_vec(),
                    source: source.to_vec(),
                    due: template.kind == EventKind::InvoiceDue,
                },
                None => Tail::Whole(Box::new(template)),
            }
        } else {
            Tail::Fixed(template.json_tail()?)
        };
        tails.push((tail, dates));
        Ok(())
    })?;
    let mut merge = Merge::new(tails);
    let mut count = 0;
    // Events are gathered into chunks of about 64 KB before they are
    // written: one write per chunk, not one per event.
    const CHUNK: usize = 1 << 16;
    let mut chunk: Vec<u8> = Vec::with_capacity(CHUNK + 4096);
    out.write_all(b"[")?;
    while let Some((date, invoice, tail)) = merge.next() {
        if chunk.len() >= CHUNK {
            out.write_all(&chunk)?;
            chunk.clear();
        }
        chunk.extend_from_slice(if count == 0 { b"\n" } else { b",\n" });
        match tail {
            Tail::Fixed(tail) => {
                chunk.extend_from_slice(b"{\"date\":\"");
                push_date(&mut chunk, date);
                chunk.extend_from_slice(b"\",");
                chunk.extend_from_slice(tail);
            }
            Tail::Invoice { head, source, due } => {
                chunk.extend_from_slice(b"{\"date\":\"");
                push_date(&mut chunk, date);
                chunk.extend_from_slice(b"\",");
                chunk.extend_from_slice(head);
                if let Some(invoice) = invoice {
                    chunk.extend_from_slice(b",\"period\":{\"start\":\"");
                    push_date(&mut chunk, invoice.period.0);
                    chunk.extend_from_slice(b"\",\"end\":\"");
                    push_date(&mut chunk, invoice.period.1);
                    chunk.extend_from_slice(b"\"}");
                    if *due {
                        chunk.extend_from_slice(b",\"invoice_date\":\"");
                        push_date(&mut chunk, invoice.date);
                        chunk.push(b'"');
                    }
                }
                chunk.extend_from_slice(source);
            }
            Tail::Whole(template) => {
                serde_json::to_writer(&mut chunk, &template.at(date, invoice))
                    .map_err(io::Error::from)?;
            }
        }
        count += 1;
    }
    chunk.extend_from_slice(if count == 0 { b"]\n" } else { b"\n]\n" });
    out.write_all(&chunk)?;
    Ok(count)
}

/// How [`write`] writes a stream's events after their date.
enum Tail {
    /// The JSON after the date, the same for every event.
    Fixed(Vec<u8>),
    /// An invoice's (or its due date's) events: the JSON after the date up
    /// to the source, and the source; the period (and the invoice date)
    /// go between them.
    Invoice {
        head: Vec<u8>,
        source: Vec<u8>,
        due: bool,
    },
    /// Events whose fields change with the date (a zone's offset, a
    /// meeting's end date), serialised one by one.
    Whole(Box<Template>),
}

/// A stream's JSON tail cut before its last field, `,"source":{…}}`.
/// Inside a JSON string a quote is escaped, so the last `,"source":`
/// with bare quotes is the field itself.
fn split_source(tail: &[u8]) -> Option<(&[u8], &[u8])> {
    const FIELD: &[u8] = b",\"source\":";
    let at = tail.windows(FIELD.len()).rposition(|w| w == FIELD)?;
    Some(tail.split_at(at))
}

/// A date as serde writes a `NaiveDate` (`2026-01-31`), by hand for the
/// years of four digits and through `Display` for the others.
fn push_date(out: &mut Vec<u8>, date: NaiveDate) {
    let year = date.year();
    if (0..=9999).contains(&year) {
        let digits = |n: u32, width: usize, out: &mut Vec<u8>| {
            let mut buf = [b'0'; 4];
            let mut n = n;
            for slot in buf.iter_mut().take(width).rev() {
                *slot = b'0' + (n % 10) as u8;
                n /= 10;
            }
            out.extend_from_slice(buf.get(..width).unwrap_or(&[]));
        };
        digits(year.unsigned_abs(), 4, out);
        out.push(b'-');
        digits(date.month(), 2, out);
        out.push(b'-');
        digits(date.day(), 2, out);
    } else {
        out.extend_from_slice(date.to_string().as_bytes());
    }
}

#[cfg(test)]
mod tests {
    use super::{events, push_date, write};
    use crate::source::SourceMap;
    use chrono::NaiveDate;

    /// `write`'s hand-made JSON (shared tails, invoice tails, the calendar
    /// queue's order) is what serialising `events` one by one gives, on
    /// every shipped example and every output test.
    #[test]
    fn the_written_schedule_is_the_events_serialised() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut compared = 0;
        for folder in ["examples", "tests/outputs"] {
            let Ok(entries) = std::fs::read_dir(root.join(folder)) else {
                continue;
            };
            let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).collect();
            paths.sort();
            for path in paths
                .iter()
                .filter(|p| p.extension().is_some_and(|e| e == "pact"))
            {
                let Ok(text) = std::fs::read_to_string(path) else {
                    continue;
                };
                let mut sources = SourceMap::new();
                sources.add(path.display().to_string(), text);
                let analysis = crate::analyse(&mut sources, &mut crate::NoImports);
                let mut written = Vec::new();
                let count = write(&analysis.portfolio, &sources, &mut written).unwrap_or(0);
                let lines: Vec<String> = events(&analysis.portfolio, &sources)
                    .map(|e| serde_json::to_string(&e).unwrap_or_default())
                    .collect();
                let expected = match lines.is_empty() {
                    true => "[]\n".to_string(),
                    false => format!("[\n{}\n]\n", lines.join(",\n")),
                };
                assert_eq!(count, lines.len(), "{}", path.display());
                assert_eq!(
                    String::from_utf8_lossy(&written),
                    expected,
                    "{}",
                    path.display()
                );
                compared += count;
            }
        }
        assert!(compared > 1000, "only {compared} events compared");
    }

    #[test]
    fn dates_are_written_as_serde_writes_them() {
        for (y, m, d) in [
            (2026, 1, 31),
            (5, 12, 1),
            (9999, 7, 4),
            (10_000, 1, 1),
            (-3, 2, 28),
        ] {
            let Some(date) = NaiveDate::from_ymd_opt(y, m, d) else {
                continue;
            };
            let mut out = Vec::new();
            push_date(&mut out, date);
            let serde = serde_json::to_string(&date).unwrap_or_default();
            assert_eq!(format!("\"{}\"", String::from_utf8_lossy(&out)), serde);
        }
    }
}
