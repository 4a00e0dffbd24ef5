//! `pact build --emit schedule`: every dated event of the portfolio, sorted
//! by date, then partnership, then name — written as it is computed.
//!
//! Each recurring clause is a lazy stream of dates (`dates::occurrences`);
//! the streams are merged through a heap holding one pending date per
//! stream, so memory grows with the number of clauses, never with the
//! number of events (a ten-year daily stand-up costs one heap entry).

use super::obligations::ActorJson;
use super::Source;
use crate::ir::dates::{self, Occurrences};
use crate::ir::{self, Actor, Partnership, Portfolio};
use crate::source::SourceMap;
use chrono::{NaiveDate, NaiveTime, Timelike};
use schemars::JsonSchema;
use serde::Serialize;
use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::io::{self, Write};

#[derive(Clone, Copy, Debug, Serialize, JsonSchema, PartialEq, Eq, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    TermStart,
    Meeting,
    Review,
    Survey,
    Report,
    Milestone,
    RenewalWindowOpens,
    RenewalDecision,
    NoticeDeadline,
    TermEnd,
}

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

pub fn actor_json(portfolio: &Portfolio, a: &ir::ActorRef) -> ActorJson {
    let party = |p: usize| {
        portfolio
            .parties
            .get(p)
            .map_or_else(|| "?".to_string(), |x| x.name.clone())
    };
    match a.actor {
        Actor::Neutral => ActorJson {
            party: crate::resolve::NEUTRAL.to_string(),
            role: None,
        },
        Actor::Party(p) => ActorJson {
            party: party(p),
            role: None,
        },
        Actor::Role(p, r) => ActorJson {
            party: party(p),
            role: portfolio
                .parties
                .get(p)
                .and_then(|x| x.roles.get(r))
                .map(|r| r.name.clone()),
        },
    }
}

/// The dates of one-off events of a partnership: (kind, name, date, span).
pub fn one_offs(p: &Partnership) -> Vec<(EventKind, String, NaiveDate, crate::diagnostics::Span)> {
    let mut out = Vec::new();
    let Some(term) = p.term else { return out };
    out.push((
        EventKind::TermStart,
        "term start".to_string(),
        term.start,
        term.span,
    ));
    out.push((
        EventKind::TermEnd,
        "term end".to_string(),
        term.end,
        term.span,
    ));
    for m in &p.milestones {
        out.push((EventKind::Milestone, m.name.clone(), m.due, m.span));
    }
    let cal = &p.calendar;
    if let Some(r) = &p.renewal {
        if let Some((d, span)) = &r.window_opens {
            if let Some(date) = d.before(term.end, cal) {
                out.push((
                    EventKind::RenewalWindowOpens,
                    "renewal window opens".to_string(),
                    date,
                    *span,
                ));
            }
        }
        if let Some((d, span)) = &r.decision_due {
            if let Some(date) = d.before(term.end, cal) {
                out.push((
                    EventKind::RenewalDecision,
                    "renewal decision due".to_string(),
                    date,
                    *span,
                ));
            }
        }
    }
    if let Some(exit) = &p.exit {
        if let Some((d, span)) = &exit.notice {
            if let Some(date) = d.before(term.end, cal) {
                out.push((
                    EventKind::NoticeDeadline,
                    "last day for notice of non-renewal".to_string(),
                    date,
                    *span,
                ));
            }
        }
    }
    out
}

/// Who a one-off event concerns: a milestone's owner, else every party.
pub fn one_off_participants(
    portfolio: &Portfolio,
    p: &Partnership,
    kind: EventKind,
    name: &str,
    span: crate::diagnostics::Span,
) -> Vec<ActorJson> {
    let party = |party: usize| {
        actor_json(
            portfolio,
            &ir::ActorRef {
                actor: Actor::Party(party),
                span,
            },
        )
    };
    match kind {
        EventKind::Milestone => p
            .milestones
            .iter()
            .find(|m| m.name == name)
            .and_then(|m| m.owner)
            .map(|o| vec![party(o)])
            .unwrap_or_default(),
        _ => p.parties.iter().map(|b| party(b.party)).collect(),
    }
}

/// Every event of the portfolio, in order (date, partnership, name, kind).
pub fn events<'a>(portfolio: &'a Portfolio, sources: &SourceMap) -> Events<'a> {
    let mut partnerships: Vec<&Partnership> = portfolio.partnerships.iter().collect();
    partnerships.sort_by(|a, b| a.name.cmp(&b.name));
    let mut streams: Vec<Stream<'a>> = Vec::new();
    for p in partnerships {
        let Some(term) = p.term else { continue };
        for m in &p.meetings {
            let minutes = m
                .length
                .and_then(|l| l.exact_minutes())
                .and_then(|x| u32::try_from(x).ok());
            let (time, end_time) = time_fields(m.at, minutes);
            streams.push(Stream {
                template: Template {
                    partnership: p.name.clone(),
                    kind: if m.kind == ir::MeetingKind::Review {
                        EventKind::Review
                    } else {
                        EventKind::Meeting
                    },
                    name: m.name.clone(),
                    time,
                    end_time,
                    minutes,
                    participants: m
                        .participants
                        .iter()
                        .map(|a| actor_json(portfolio, a))
                        .collect(),
                    source: Source::of(sources, m.span),
                },
                dates: StreamDates::Recurring(dates::occurrences(
                    m.cadence,
                    m.adjust,
                    term.start,
                    term.end,
                    &p.calendar,
                )),
            });
        }
        for (kind, list) in [
            (EventKind::Survey, &p.surveys),
            (EventKind::Report, &p.reports),
        ] {
            for r in list {
                streams.push(Stream {
                    template: Template {
                        partnership: p.name.clone(),
                        kind,
                        name: r.name.clone(),
                        time: None,
                        end_time: None,
                        minutes: None,
                        participants: r.by.iter().map(|a| actor_json(portfolio, a)).collect(),
                        source: Source::of(sources, r.span),
                    },
                    dates: StreamDates::Recurring(dates::occurrences(
                        r.cadence,
                        dates::Adjust::None,
                        term.start,
                        term.end,
                        &p.calendar,
                    )),
                });
            }
        }
        for (kind, name, date, span) in one_offs(p) {
            let participants = one_off_participants(portfolio, p, kind, &name, span);
            streams.push(Stream {
                template: Template {
                    partnership: p.name.clone(),
                    kind,
                    name,
                    time: None,
                    end_time: None,
                    minutes: None,
                    participants,
                    source: Source::of(sources, span),
                },
                dates: StreamDates::Once(Some(date)),
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
