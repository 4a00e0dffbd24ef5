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
use crate::ir::{zones, Partnership, Portfolio};
use crate::source::SourceMap;
use chrono::{NaiveDate, NaiveTime, Timelike};
use chrono_tz::Tz;
use schemars::JsonSchema;
use serde::Serialize;
use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::io::{self, Write};

/// One dated event of the schedule.
#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct Event {
    pub date: NaiveDate,
    /// `HH:MM`, for meetings with a time of day.
    pub time: Option<String>,
    /// `HH:MM`, when the meeting has a time and a length.
    pub end_time: Option<String>,
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
    pub source: Source,
}

/// What a recurring stream stands for (everything but the date).
struct Template {
    partnership: String,
    kind: EventKind,
    name: String,
    time: Option<String>,
    end_time: Option<String>,
    minutes: Option<u32>,
    /// The zone and the local time of day, when both exist.
    zone: Option<(Tz, NaiveTime)>,
    participants: Vec<ActorJson>,
    source: Source,
}

impl Template {
    fn at(&self, date: NaiveDate) -> Event {
        Event {
            date,
            time: self.time.clone(),
            end_time: self.end_time.clone(),
            minutes: self.minutes,
            timezone: self.zone.map(|(tz, _)| tz.name().to_string()),
            utc_offset: self
                .zone
                .map(|(tz, t)| zones::offset_text(zones::utc_offset_seconds(tz, date.and_time(t)))),
            partnership: self.partnership.clone(),
            kind: self.kind,
            name: self.name.clone(),
            participants: self.participants.clone(),
            source: self.source.clone(),
        }
    }
}

/// A stream of dates with what they mean.
struct Stream<'a> {
    template: Template,
    dates: StreamDates<'a>,
}

enum StreamDates<'a> {
    Recurring(Occurrences<'a>),
    Once(Option<NaiveDate>),
}

impl Iterator for StreamDates<'_> {
    type Item = NaiveDate;
    fn next(&mut self) -> Option<NaiveDate> {
        match self {
            StreamDates::Recurring(it) => it.next(),
            StreamDates::Once(d) => d.take(),
        }
    }
}

/// The heap key: the schedule's order, then the stream (for ties).
type Key = (NaiveDate, String, String, EventKind, usize);

/// The events of a portfolio in schedule order, computed lazily.
pub struct Events<'a> {
    streams: Vec<Stream<'a>>,
    heap: BinaryHeap<Reverse<Key>>,
}

impl Iterator for Events<'_> {
    type Item = Event;

    fn next(&mut self) -> Option<Event> {
        let Reverse((date, _, _, _, index)) = self.heap.pop()?;
        let stream = self.streams.get_mut(index)?;
        let event = stream.template.at(date);
        if let Some(next) = stream.dates.next() {
            let t = &stream.template;
            self.heap.push(Reverse((
                next,
                t.partnership.clone(),
                t.name.clone(),
                t.kind,
                index,
            )));
        }
        Some(event)
    }
}

fn hhmm(minutes: u32) -> String {
    format!("{:02}:{:02}", (minutes / 60) % 24, minutes % 60)
}

fn time_fields(at: Option<NaiveTime>, minutes: Option<u32>) -> (Option<String>, Option<String>) {
    match at {
        None => (None, None),
        Some(t) => {
            let start = t.hour() * 60 + t.minute();
            (
                Some(hhmm(start)),
                minutes.map(|m| hhmm(start.saturating_add(m))),
            )
        }
    }
}

/// Every event of the portfolio, in order (date, partnership, name, kind).
pub fn events<'a>(portfolio: &'a Portfolio, sources: &SourceMap) -> Events<'a> {
    let mut partnerships: Vec<&Partnership> = portfolio.partnerships.iter().collect();
    partnerships.sort_by(|a, b| a.name.cmp(&b.name));
    let mut streams: Vec<Stream<'a>> = Vec::new();
    for p in partnerships {
        let Some(term) = p.term else { continue };
        let tz = p.timezone.as_deref().and_then(zones::zone);
        for item in calendar::items(portfolio, p) {
            let zone = match item.timing {
                Timing::Recurring { at: Some(t), .. } => tz.map(|tz| (tz, t)),
                _ => None,
            };
            let (time, end_time, minutes, dates) = match item.timing {
                Timing::Once(date) => (None, None, None, StreamDates::Once(Some(date))),
                Timing::Recurring {
                    cadence,
                    adjust,
                    at,
                    minutes,
                } => {
                    let (time, end_time) = time_fields(at, minutes);
                    let dates =
                        dates::occurrences(cadence, adjust, term.start, term.end, &p.calendar);
                    (time, end_time, minutes, StreamDates::Recurring(dates))
                }
            };
            streams.push(Stream {
                template: Template {
                    partnership: p.name.clone(),
                    kind: item.kind,
                    name: item.name,
                    time,
                    end_time,
                    minutes,
                    zone,
                    participants: item.participants,
                    source: Source::of(sources, item.span),
                },
                dates,
            });
        }
    }
    let mut heap = BinaryHeap::with_capacity(streams.len());
    for (index, stream) in streams.iter_mut().enumerate() {
        if let Some(date) = stream.dates.next() {
            let t = &stream.template;
            heap.push(Reverse((
                date,
                t.partnership.clone(),
                t.name.clone(),
                t.kind,
                index,
            )));
        }
    }
    Events { streams, heap }
}

/// Writes the schedule as a JSON array, one event a line; returns the count.
pub fn write(portfolio: &Portfolio, sources: &SourceMap, out: &mut dyn Write) -> io::Result<usize> {
    let mut count = 0;
    out.write_all(b"[")?;
    for event in events(portfolio, sources) {
        out.write_all(if count == 0 { b"\n" } else { b",\n" })?;
        serde_json::to_writer(&mut *out, &event).map_err(io::Error::from)?;
        count += 1;
    }
    out.write_all(if count == 0 { b"]\n" } else { b"\n]\n" })?;
    Ok(count)
}
