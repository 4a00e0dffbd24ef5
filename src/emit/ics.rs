//! `pact build --emit ics`: the schedule as RFC 5545 iCalendar.
//!
//! One `VCALENDAR` holds, for each partnership with a term (in name order),
//! one component per clause of the JSON schedule (`schedule.rs`), in the
//! order term start, meetings, reviews, surveys, reports, milestones,
//! renewal window, renewal decision, notice deadline, term end (names in
//! order within a kind). An independent expander (for instance Python's
//! `recurring-ical-events`) yields exactly the events of
//! `pact build --emit schedule`: the dates come from the same functions
//! (`calendar::items`, `dates::occurrences`), and each rule below is
//! exact for the cadence it is written for (`tests/outputs/validate.py`
//! checks it on every example and fixture).
//!
//! Components:
//!
//! - Meetings, reviews, surveys and reports: a `VEVENT`. `DTSTART` is the
//!   first occurrence: a `DATE` (all-day, `DURATION:P1D` or the length in
//!   whole days, `TRANSP:TRANSPARENT`) or, for a meeting with `at`, a local
//!   `DATE-TIME` with `DURATION` for its length. In a partnership with a
//!   `timezone` the time carries `TZID=<zone>` (and so do its `RDATE`s and
//!   `EXDATE`s, while `UNTIL` is the UTC instant of the term's last second,
//!   as RFC 5545 §3.3.10 requires); without one it is "floating" (the same
//!   wall-clock time wherever the reader is).
//! - Time zones: one `VTIMEZONE` per zone used by a timed meeting, before
//!   the events, with one `STANDARD` or `DAYLIGHT` observance per change of
//!   offset over the terms that use it (from the compiled-in IANA database,
//!   `ir::zones::observances`) and the observance in force before them, so
//!   a reader needs no database of its own and every instant is exact.
//! - Recurrences (`UNTIL` is the inclusive term end):
//!   - `daily`: `FREQ=WEEKLY;BYDAY=<working weekdays>` and an `EXDATE` for
//!     each holiday on a working weekday;
//!   - `weekly [on X]`: `FREQ=WEEKLY;BYDAY=X`; `every N weeks`: with
//!     `INTERVAL=N`; `every N days`: `FREQ=DAILY;INTERVAL=N`;
//!   - `monthly` / `quarterly` (`INTERVAL=3`): on day `d` (the start's day or
//!     `on day d`) `BYMONTHDAY=d`, and for `d` in 29..=31, clamped to the
//!     month's end, `BYMONTHDAY=28,...,d;BYSETPOS=-1` (the last day of the
//!     month that is at most `d`); `on first tuesday` is `BYDAY=1TU`,
//!     `on last friday` `BYDAY=-1FR`;
//!   - `annually`: `FREQ=YEARLY;BYMONTH=m;BYMONTHDAY=d`, and from 29 February
//!     `BYMONTH=2;BYMONTHDAY=28,29;BYSETPOS=-1` (28 February in common years);
//!   - `adjusted following|preceding`: the dates after rolling are not a
//!     rule, so they are explicit: `DTSTART` and `RDATE`s (one property per
//!     calendar year).
//! - Deadlines (milestones, dated duties, exit duties, renewal decision,
//!   last day for notice of non-renewal): a `VTODO` with `DUE` (a `DATE`)
//!   and `STATUS:NEEDS-ACTION`.
//! - Invoices (a retainer with an `invoice`, design §10.2): the invoice
//!   dates one all-day `VEVENT` with `RDATE`s (periods follow the
//!   anniversary rule, which no `RRULE` states), each due date a `VTODO`
//!   of its own, `UID` `<partnership>.invoice_due.<payee>.<period
//!   start>@pact` (each invoice is paid, and done, separately).
//! - A meeting's or review's channel (`via "Teams"`) is its `LOCATION`
//!   (escaped like any text) and is named in its `DESCRIPTION`.
//! - Term start, governance changes, renewal window opening, term end, the
//!   exit transition's first and last days and each survival period's:
//!   an all-day `VEVENT` (a marker: the end of term is the last day of the
//!   term, not a task).
//! - `///` documentation of the clause ends the `DESCRIPTION`'s details;
//!   the files' `//!` text is the calendar's `DESCRIPTION` (RFC 7986).
//!
//! `UID` is `<partnership>.<kind>.<name>@pact` for named clauses (kind as in
//! the JSON schedule: `meeting`, `review`, `survey`, `report`, `milestone`,
//! `duty`, `governance_change`, `exit_duty`, `survival_start`,
//! `survival_end`) and `<partnership>.<kind>@pact` for the others
//! (`term_start`, `renewal_window_opens`, `renewal_decision`,
//! `notice_deadline`, `term_end`, `transition_start`, `transition_end`), so they survive edits elsewhere. `DTSTAMP` is fixed at
//! [`DTSTAMP`] (2000-01-01 00:00 UTC), because the output must be the same
//! bytes on every run; it says nothing about when the file was made.
//! `SUMMARY` is `<partnership>: <kind> <name>`; `DESCRIPTION` gives the
//! cadence, the participants, the time zone and the source position;
//! `CATEGORIES` the kind. Text is escaped (`\\`, `\;`, `\,`, `\n`), lines
//! end with CRLF and are folded at 75 octets (never inside a UTF-8
//! character). Everything is streamed: memory is one partnership's clauses.
//!
//! An amended portfolio is written by [`write_parts`]: a clause of an
//! amended partnership has one component per version, with the dates on
//! which that version is in force (`DTSTART` and `RDATE`s); version `N` > 1
//! has the `UID` `<...>.vN@pact`.

use super::calendar::{self, cadence_text, Clause, EventKind, Timing};
use super::json::ActorJson;
use super::Source;
use crate::ir::dates::{self, Adjust, BusinessCalendar, Cadence, MonthlyOn, Ordinal};
use crate::ir::periods::{InvoiceTerms, Invoices};
use crate::ir::{self, zones, Partnership, Portfolio};
use crate::source::SourceMap;
use chrono::{Datelike, NaiveDate, NaiveTime, Timelike, Weekday};
use chrono_tz::Tz;
use std::collections::BTreeMap;
use std::io::{self, Write};

/// The fixed `DTSTAMP` of every component (see the module documentation).
pub const DTSTAMP: &str = "20000101T000000Z";

/// The `PRODID` of the calendar.
pub const PRODID: &str = "-//Pact//Pact contract compiler//EN";

/// The longest content line, in octets, before folding (RFC 5545 §3.1).
const LINE_OCTETS: usize = 75;

/// The name of an event kind, as in the JSON schedule (`snake_case`).
pub fn kind_name(kind: EventKind) -> &'static str {
    match kind {
        EventKind::TermStart => "term_start",
        EventKind::Meeting => "meeting",
        EventKind::Review => "review",
        EventKind::Survey => "survey",
        EventKind::Report => "report",
        EventKind::Invoice => "invoice",
        EventKind::InvoiceDue => "invoice_due",
        EventKind::Milestone => "milestone",
        EventKind::RenewalWindowOpens => "renewal_window_opens",
        EventKind::RenewalDecision => "renewal_decision",
        EventKind::NoticeDeadline => "notice_deadline",
        EventKind::TermEnd => "term_end",
        EventKind::Duty => "duty",
        EventKind::GovernanceChange => "governance_change",
        EventKind::ExitDuty => "exit_duty",
        EventKind::TransitionStart => "transition_start",
        EventKind::TransitionEnd => "transition_end",
        EventKind::SurvivalStart => "survival_start",
        EventKind::SurvivalEnd => "survival_end",
    }
}

/// Whether events of this kind carry their own name (several per partnership).
fn is_named(kind: EventKind) -> bool {
    matches!(
        kind,
        EventKind::Meeting
            | EventKind::Review
            | EventKind::Survey
            | EventKind::Report
            | EventKind::Invoice
            | EventKind::InvoiceDue
            | EventKind::Milestone
            | EventKind::Duty
            | EventKind::GovernanceChange
            | EventKind::ExitDuty
            | EventKind::SurvivalStart
            | EventKind::SurvivalEnd
    )
}

/// Whether this kind is a deadline (a `VTODO`) rather than an event.
fn is_deadline(kind: EventKind) -> bool {
    matches!(
        kind,
        EventKind::Milestone
            | EventKind::InvoiceDue
            | EventKind::RenewalDecision
            | EventKind::NoticeDeadline
            | EventKind::Duty
            | EventKind::ExitDuty
    )
}

/// The stable `UID` of the component for a schedule event.
pub fn uid(partnership: &str, kind: EventKind, name: &str) -> String {
    // A renewed term's events (`term 2 end`, `pact build --through`) are
    // named after their term.
    if is_named(kind) {
        format!("{partnership}.{}.{name}@pact", kind_name(kind))
    } else if name.bytes().any(|b| b.is_ascii_digit()) {
        let name = name.replace(' ', "-");
        format!("{partnership}.{}.{name}@pact", kind_name(kind))
    } else {
        format!("{partnership}.{}@pact", kind_name(kind))
    }
}

/// Writes content lines: CRLF endings, folded at 75 octets.
struct Lines<'w> {
    out: &'w mut dyn Write,
    /// Octets on the current physical line.
    column: usize,
}

impl Lines<'_> {
    /// Appends `text` to the current content line, folding when it is full.
    fn put(&mut self, text: &str) -> io::Result<()> {
        let mut rest = text;
        while !rest.is_empty() {
            let room = LINE_OCTETS.saturating_sub(self.column);
            if rest.len() <= room {
                self.out.write_all(rest.as_bytes())?;
                self.column += rest.len();
                return Ok(());
            }
            // The longest prefix that fits and ends on a character boundary.
            let mut cut = room;
            while cut > 0 && !rest.is_char_boundary(cut) {
                cut -= 1;
            }
            let (head, tail) = rest.split_at(cut);
            self.out.write_all(head.as_bytes())?;
            // A continuation line starts with one space, which counts.
            self.out.write_all(b"\r\n ")?;
            self.column = 1;
            rest = tail;
        }
        Ok(())
    }

    /// Ends the current content line.
    fn end(&mut self) -> io::Result<()> {
        self.column = 0;
        self.out.write_all(b"\r\n")
    }

    /// A whole content line.
    fn line(&mut self, text: &str) -> io::Result<()> {
        self.put(text)?;
        self.end()
    }

    /// `NAME:escaped text`.
    fn text(&mut self, name: &str, value: &str) -> io::Result<()> {
        self.put(name)?;
        self.put(":")?;
        self.put(&escape(value))?;
        self.end()
    }
}

/// Escapes a TEXT value (RFC 5545 §3.3.11): backslash, `;`, `,` and
/// newlines; other control characters (not allowed in content) are dropped.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

fn ics_date(d: NaiveDate) -> String {
    d.format("%Y%m%d").to_string()
}

fn ics_date_time(d: NaiveDate, t: NaiveTime) -> String {
    format!(
        "{}T{:02}{:02}{:02}",
        ics_date(d),
        t.hour(),
        t.minute(),
        t.second()
    )
}

fn weekday_code(w: Weekday) -> &'static str {
    match w {
        Weekday::Mon => "MO",
        Weekday::Tue => "TU",
        Weekday::Wed => "WE",
        Weekday::Thu => "TH",
        Weekday::Fri => "FR",
        Weekday::Sat => "SA",
        Weekday::Sun => "SU",
    }
}

const WEEK: [Weekday; 7] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
    Weekday::Sun,
];

/// `BYMONTHDAY` (and `BYSETPOS`) for day `day` of each month, clamped to the
/// month's last day: for 29..=31 the candidates 28..=day, keeping the last
/// one the month has.
fn by_month_day(day: u32) -> String {
    let day = day.min(31);
    if day <= 28 {
        format!("BYMONTHDAY={day}")
    } else {
        let days: Vec<String> = (28..=day).map(|d| d.to_string()).collect();
        format!("BYMONTHDAY={};BYSETPOS=-1", days.join(","))
    }
}

fn by_month_rule(on: MonthlyOn, start: NaiveDate) -> String {
    match on {
        MonthlyOn::StartDay => by_month_day(start.day()),
        MonthlyOn::DayOfMonth(d) => by_month_day(d),
        MonthlyOn::NthWeekday(n, w) => {
            let n = match n {
                Ordinal::First => "1",
                Ordinal::Second => "2",
                Ordinal::Third => "3",
                Ordinal::Fourth => "4",
                Ordinal::Last => "-1",
            };
            format!("BYDAY={n}{}", weekday_code(w))
        }
    }
}

/// The `RRULE` (without `UNTIL`) giving exactly the unadjusted dates of
/// `cadence` from its first occurrence `first`; `None` when the dates are
/// not a rule (adjusted cadences), which are then listed.
fn rrule(
    cadence: Cadence,
    adjust: Adjust,
    term_start: NaiveDate,
    first: NaiveDate,
    calendar: &BusinessCalendar,
) -> Option<String> {
    // Rolling a business day does nothing, so `daily` is never moved.
    if adjust != Adjust::None && cadence != Cadence::Daily {
        return None;
    }
    let weekday = weekday_code(first.weekday());
    Some(match cadence {
        Cadence::Daily => {
            let days: Vec<&str> = WEEK
                .iter()
                .filter(|w| calendar.is_workday(**w))
                .map(|w| weekday_code(*w))
                .collect();
            format!("FREQ=WEEKLY;BYDAY={}", days.join(","))
        }
        Cadence::Weekly { .. } => format!("FREQ=WEEKLY;BYDAY={weekday}"),
        Cadence::EveryNWeeks { n: 1, .. } => format!("FREQ=WEEKLY;BYDAY={weekday}"),
        Cadence::EveryNWeeks { n, .. } => format!("FREQ=WEEKLY;INTERVAL={n};BYDAY={weekday}"),
        Cadence::Once(_) => return None,
        Cadence::EveryNDays { n: 1 } => "FREQ=DAILY".to_string(),
        Cadence::EveryNDays { n } => format!("FREQ=DAILY;INTERVAL={n}"),
        Cadence::Monthly { on } => format!("FREQ=MONTHLY;{}", by_month_rule(on, term_start)),
        Cadence::Quarterly { on } => {
            format!("FREQ=MONTHLY;INTERVAL=3;{}", by_month_rule(on, term_start))
        }
        Cadence::Annually => {
            if term_start.month() == 2 && term_start.day() == 29 {
                "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=28,29;BYSETPOS=-1".to_string()
            } else {
                format!(
                    "FREQ=YEARLY;BYMONTH={};BYMONTHDAY={}",
                    term_start.month(),
                    term_start.day()
                )
            }
        }
    })
}

/// One component: everything but the partnership-wide context.
struct Component {
    kind: EventKind,
    name: String,
    participants: Vec<ActorJson>,
    /// Lines of the description before the participants.
    details: Vec<String>,
    source: Source,
    timing: Timing,
    /// A meeting's channel, written as its `LOCATION`.
    channel: Option<String>,
}

fn actor_text(a: &ActorJson) -> String {
    match &a.role {
        Some(role) => format!("{}.{role}", a.party),
        None => a.party.clone(),
    }
}

/// `60` → `PT1H`, `90` → `PT1H30M`, `15` → `PT15M`.
fn duration_of_minutes(minutes: u32) -> String {
    let (h, m) = (minutes / 60, minutes % 60);
    match (h, m) {
        (0, m) => format!("PT{m}M"),
        (h, 0) => format!("PT{h}H"),
        (h, m) => format!("PT{h}H{m}M"),
    }
}

fn components(portfolio: &Portfolio, sources: &SourceMap, p: &Partnership) -> Vec<Component> {
    let mut out: Vec<Component> = calendar::items(portfolio, p)
        .into_iter()
        .map(|item| Component {
            details: details(p, &item.clause)
                .into_iter()
                .chain(item.description)
                .collect(),
            kind: item.kind,
            name: item.name,
            participants: item.participants,
            source: Source::of(sources, item.span),
            timing: item.timing,
            channel: item.channel,
        })
        .collect();
    out.sort_by(|a, b| (a.kind, &a.name).cmp(&(b.kind, &b.name)));
    out
}

/// The lines of a component's description before the participants.
fn details(p: &Partnership, clause: &Clause<'_>) -> Vec<String> {
    match clause {
        Clause::Meeting(m) => {
            let mut how = cadence_text(&m.cadence);
            match m.adjust {
                Adjust::None => {}
                Adjust::Following => how.push_str(", adjusted following"),
                Adjust::Preceding => how.push_str(", adjusted preceding"),
            }
            if let Some(at) = m.at {
                how.push_str(&format!(", at {:02}:{:02}", at.hour(), at.minute()));
            }
            if let Some(length) = &m.length {
                how.push_str(&format!(", {length}"));
            }
            if let Some(channel) = &m.channel {
                how.push_str(&format!(", via {channel}"));
            }
            let mut details = vec![format!("{}.", capitalised(&how))];
            if let (Some(tz), Some(_)) = (&p.timezone, m.at) {
                details.push(format!("Times of day are in {tz}."));
            }
            details
        }
        Clause::Recurring(r) => {
            let mut details = vec![format!("{}.", capitalised(&cadence_text(&r.cadence)))];
            if r.anonymous {
                details.push("Anonymous.".to_string());
            }
            // The report's text comes with the item's description.
            details
        }
        Clause::Invoice(terms) => {
            let mut how = format!(
                "Each {} retainer period is invoiced {}",
                period_text(&terms.period),
                if terms.advance {
                    "in advance (on its first day)"
                } else {
                    "in arrears (on its last day)"
                }
            );
            match &terms.net {
                Some(net) => how.push_str(&format!(" and due net {net}.")),
                None => how.push_str(" and due the same day."),
            }
            vec![how]
        }
        Clause::OneOff => Vec::new(),
    }
}

/// A retainer's period in words.
fn period_text(period: &ir::Period) -> String {
    match period {
        ir::Period::Daily => "daily".into(),
        ir::Period::Weekly => "weekly".into(),
        ir::Period::Monthly => "monthly".into(),
        ir::Period::Quarterly => "quarterly".into(),
        ir::Period::Annually => "annual".into(),
        ir::Period::Every(d) => format!("{d}"),
    }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Writes the portfolio's schedule as one VCALENDAR.
pub fn write(portfolio: &Portfolio, sources: &SourceMap, out: &mut dyn Write) -> io::Result<()> {
    write_parts(&[Part::whole(portfolio)], sources, out)
}

/// Part of an amended portfolio's calendar: one version's partnerships, each
/// keeping only the dates on which that version is in force.
pub struct Part<'a> {
    pub portfolio: &'a Portfolio,
    /// Which partnerships of `portfolio` this part writes.
    pub includes: &'a dyn Fn(&Partnership) -> bool,
    /// For a partnership that amendments change, its version number (1 for
    /// the contract as signed); `None` writes the partnership whole.
    pub version: &'a dyn Fn(&Partnership) -> Option<usize>,
    /// Whether the version holds for the partnership on a date.
    pub holds: &'a dyn Fn(&Partnership, NaiveDate) -> bool,
}

impl<'a> Part<'a> {
    /// Every partnership of `portfolio`, whole.
    pub fn whole(portfolio: &'a Portfolio) -> Part<'a> {
        Part {
            portfolio,
            includes: &|_| true,
            version: &|_| None,
            holds: &|_, _| true,
        }
    }
}

/// Writes one VCALENDAR from parts (an amended portfolio's versions, see
/// `crate::versions`). A partnership written in windows has one component
/// per clause and version, each with the dates of its window as `DTSTART`
/// and `RDATE`s; the `UID` of version `v` > 1 ends `.v<v>@pact`.
pub fn write_parts(parts: &[Part<'_>], sources: &SourceMap, out: &mut dyn Write) -> io::Result<()> {
    let mut w = Lines { out, column: 0 };
    w.line("BEGIN:VCALENDAR")?;
    w.line("VERSION:2.0")?;
    w.line(&format!("PRODID:{PRODID}"))?;
    w.line("CALSCALE:GREGORIAN")?;
    w.line("METHOD:PUBLISH")?;
    w.text("X-WR-CALNAME", "Pact schedule")?;
    // The files' `//!` documentation: the calendar's own DESCRIPTION
    // (RFC 7986 §5.2), by file name, a blank line between files.
    if let Some(part) = parts.first() {
        let mut docs: Vec<(&str, &str)> = part
            .portfolio
            .file_docs
            .iter()
            .map(|(file, doc)| (sources.name(*file), doc.as_str()))
            .collect();
        docs.sort();
        if !docs.is_empty() {
            let text: Vec<&str> = docs.iter().map(|(_, doc)| *doc).collect();
            w.text("DESCRIPTION", &text.join("\n\n"))?;
        }
    }
    let mut partnerships: Vec<(&str, usize, &Part<'_>, &Partnership)> = parts
        .iter()
        .enumerate()
        .flat_map(|(i, part)| {
            part.portfolio
                .partnerships
                .iter()
                .filter(|p| (part.includes)(p))
                .map(move |p| (p.name.as_str(), i, part, p))
        })
        .collect();
    partnerships.sort_by(|a, b| (a.0, a.1).cmp(&(b.0, b.1)));
    let all: Vec<&Partnership> = partnerships.iter().map(|x| x.3).collect();
    for (tz, (from, to)) in zones_used(&all).into_values() {
        write_timezone(&mut w, tz, from, to)?;
    }
    for (_, _, part, p) in partnerships {
        let Some(term) = p.term else { continue };
        let holds = |d: NaiveDate| (part.holds)(p, d);
        let window = (part.version)(p).map(|v| (v, &holds as &dyn Fn(NaiveDate) -> bool));
        for c in components(part.portfolio, sources, p) {
            write_component(&mut w, p, term, &c, window)?;
        }
    }
    w.line("END:VCALENDAR")
}

/// The zone of a partnership whose meetings have a time of day.
fn timed_zone(p: &Partnership) -> Option<Tz> {
    if p.meetings.iter().any(|m| m.at.is_some()) {
        p.timezone.as_deref().and_then(zones::zone)
    } else {
        None
    }
}

/// Each zone used by a timed meeting, with the first and last day of the
/// terms that use it, in name order.
fn zones_used(
    partnerships: &[&Partnership],
) -> BTreeMap<&'static str, (Tz, (NaiveDate, NaiveDate))> {
    let mut out: BTreeMap<&'static str, (Tz, (NaiveDate, NaiveDate))> = BTreeMap::new();
    for p in partnerships {
        let (Some(term), Some(tz)) = (p.term, timed_zone(p)) else {
            continue;
        };
        let span = out.entry(tz.name()).or_insert((tz, (term.start, term.end)));
        span.1 .0 = span.1 .0.min(term.start);
        span.1 .1 = span.1 .1.max(term.end);
    }
    out
}

/// `+0100`, `-0500`, `+0545` (and seconds when an offset has them).
fn ics_offset(seconds: i64) -> String {
    let sign = if seconds < 0 { '-' } else { '+' };
    let s = seconds.unsigned_abs();
    let (h, m, sec) = (s / 3600, (s / 60) % 60, s % 60);
    if sec == 0 {
        format!("{sign}{h:02}{m:02}")
    } else {
        format!("{sign}{h:02}{m:02}{sec:02}")
    }
}

/// The `VTIMEZONE` of `tz` over the local days `from..=to`.
fn write_timezone(w: &mut Lines<'_>, tz: Tz, from: NaiveDate, to: NaiveDate) -> io::Result<()> {
    w.line("BEGIN:VTIMEZONE")?;
    w.text("TZID", tz.name())?;
    for o in zones::observances(tz, from, to) {
        let kind = if o.daylight { "DAYLIGHT" } else { "STANDARD" };
        w.line(&format!("BEGIN:{kind}"))?;
        // The onset as a local time in the offset before it (RFC 5545 §3.6.5).
        let onset = o.utc + chrono::Duration::seconds(o.from);
        w.line(&format!(
            "DTSTART:{}",
            ics_date_time(onset.date(), onset.time())
        ))?;
        w.line(&format!("TZOFFSETFROM:{}", ics_offset(o.from)))?;
        w.line(&format!("TZOFFSETTO:{}", ics_offset(o.to)))?;
        if let Some(name) = &o.name {
            w.text("TZNAME", name)?;
        }
        w.line(&format!("END:{kind}"))?;
    }
    w.line("END:VTIMEZONE")
}

fn write_component(
    w: &mut Lines<'_>,
    p: &Partnership,
    term: ir::Term,
    c: &Component,
    window: Option<(usize, &dyn Fn(NaiveDate) -> bool)>,
) -> io::Result<()> {
    let calendar = &p.calendar;
    if let Timing::Invoices { terms, due } = c.timing {
        return write_invoices(w, p, term, c, (terms, due), window);
    }
    if let Some((version, holds)) = window {
        return write_window(w, p, term, c, version, holds);
    }
    // The first date, and for recurring clauses the rest of the stream.
    let (first, rest) = match c.timing {
        Timing::Once(date) => (date, None),
        // Written by `write_invoices` above.
        Timing::Invoices { .. } => return Ok(()),
        Timing::Recurring {
            cadence, adjust, ..
        } => {
            let mut it = dates::occurrences(cadence, adjust, term.start, term.end, calendar);
            // No occurrence in the term: none in the JSON schedule either.
            let Some(first) = it.next() else {
                return Ok(());
            };
            (first, Some(it))
        }
    };
    let (todo, at) = open_component(w, p, c, &uid(&p.name, c.kind, &c.name), first)?;
    // The value of one date in this component (DATE or DATE-TIME).
    let value = |d: NaiveDate| date_value(at, d);
    let date_param = date_param(p, at);
    let date_param = date_param.as_str();
    if let (
        Timing::Recurring {
            cadence, adjust, ..
        },
        Some(rest),
    ) = (&c.timing, rest)
    {
        let until = match (at, at.and(timed_zone(p))) {
            (Some(_), None) => format!("{}T235959", ics_date(term.end)),
            (Some(_), Some(tz)) => {
                let last = term.end.and_hms_opt(23, 59, 59).unwrap_or_default();
                let utc = zones::to_utc(tz, last);
                format!("{}Z", ics_date_time(utc.date(), utc.time()))
            }
            (None, _) => ics_date(term.end),
        };
        match rrule(*cadence, *adjust, term.start, first, calendar) {
            Some(rule) => {
                w.line(&format!("RRULE:{rule};UNTIL={until}"))?;
                if *cadence == Cadence::Daily {
                    let holidays = calendar
                        .holidays
                        .range(first..=term.end)
                        .filter(|h| calendar.is_workday(h.weekday()));
                    write_date_list(w, "EXDATE", date_param, holidays.copied(), &value)?;
                }
            }
            None => write_date_list(w, "RDATE", date_param, rest, &value)?,
        }
    }
    close_component(w, p, c, todo, at, description(p, c))
}

/// `BEGIN`, `UID`, `DTSTAMP` and the first date (`DUE`, or `DTSTART` with
/// its `DURATION`) of the component for clause `c`; whether it is a
/// `VTODO`, and its time of day.
fn open_component(
    w: &mut Lines<'_>,
    p: &Partnership,
    c: &Component,
    uid: &str,
    first: NaiveDate,
) -> io::Result<(bool, Option<NaiveTime>)> {
    let todo = is_deadline(c.kind);
    w.line(if todo { "BEGIN:VTODO" } else { "BEGIN:VEVENT" })?;
    w.text("UID", uid)?;
    w.line(&format!("DTSTAMP:{DTSTAMP}"))?;
    let (at, minutes) = match c.timing {
        Timing::Recurring { at, minutes, .. } => (at, minutes),
        Timing::Once(_) | Timing::Invoices { .. } => (None, None),
    };
    if todo {
        w.line(&format!("DUE;VALUE=DATE:{}", ics_date(first)))?;
    } else {
        let date_param = date_param(p, at);
        w.line(&format!("DTSTART{date_param}:{}", date_value(at, first)))?;
        match (at, minutes) {
            (Some(_), Some(m)) => w.line(&format!("DURATION:{}", duration_of_minutes(m)))?,
            (Some(_), None) => {}
            (None, m) => {
                let days = m.map_or(1, |m| m.div_ceil(24 * 60).max(1));
                w.line(&format!("DURATION:P{days}D"))?;
            }
        }
    }
    Ok((todo, at))
}

/// One date of a component: a `DATE`, or a `DATE-TIME` at `at`.
fn date_value(at: Option<NaiveTime>, d: NaiveDate) -> String {
    match at {
        Some(t) => ics_date_time(d, t),
        None => ics_date(d),
    }
}

/// `SUMMARY`, `DESCRIPTION`, `CATEGORIES`, the status and `END` of a
/// component [`open_component`] began.
fn close_component(
    w: &mut Lines<'_>,
    p: &Partnership,
    c: &Component,
    todo: bool,
    at: Option<NaiveTime>,
    description: String,
) -> io::Result<()> {
    w.text("SUMMARY", &summary(p, c))?;
    if let Some(channel) = &c.channel {
        w.text("LOCATION", channel)?;
    }
    w.text("DESCRIPTION", &description)?;
    w.text("CATEGORIES", kind_name(c.kind))?;
    if todo {
        w.line("STATUS:NEEDS-ACTION")?;
    } else if at.is_none() {
        w.line("TRANSP:TRANSPARENT")?;
    }
    w.line(if todo { "END:VTODO" } else { "END:VEVENT" })
}

/// The parameters of a component's dates: `;VALUE=DATE` without a time of
/// day, `;TZID=<zone>` with one in a partnership with a zone, else none
/// (a floating time).
fn date_param(p: &Partnership, at: Option<NaiveTime>) -> String {
    match (at, at.and(timed_zone(p))) {
        (None, _) => ";VALUE=DATE".to_string(),
        (Some(_), None) => String::new(),
        (Some(_), Some(tz)) => format!(";TZID={}", tz.name()),
    }
}

/// A component of one version of an amended partnership: the clause's
/// dates on which the version holds, as `DTSTART` (or `DUE`) and `RDATE`s.
fn write_window(
    w: &mut Lines<'_>,
    p: &Partnership,
    term: ir::Term,
    c: &Component,
    version: usize,
    holds: &dyn Fn(NaiveDate) -> bool,
) -> io::Result<()> {
    let mut dates: Box<dyn Iterator<Item = NaiveDate>> = match c.timing {
        Timing::Once(date) => Box::new(std::iter::once(date).filter(|d| holds(*d))),
        // Written by `write_invoices`.
        Timing::Invoices { .. } => return Ok(()),
        Timing::Recurring {
            cadence, adjust, ..
        } => Box::new(
            dates::occurrences(cadence, adjust, term.start, term.end, &p.calendar)
                .filter(|d| holds(*d)),
        ),
    };
    let Some(first) = dates.next() else {
        return Ok(());
    };
    let uid = uid(&p.name, c.kind, &c.name);
    let uid = match (version, uid.strip_suffix("@pact")) {
        (2.., Some(base)) => format!("{base}.v{version}@pact"),
        _ => uid,
    };
    let (todo, at) = open_component(w, p, c, &uid, first)?;
    if !todo {
        let date_param = date_param(p, at);
        write_date_list(w, "RDATE", &date_param, dates, &|d| date_value(at, d))?;
    }
    let description = format!("{}\nVersion {version} of the contract", description(p, c));
    close_component(w, p, c, todo, at, description)
}

/// A retainer's invoices: the invoice dates as one all-day `VEVENT`
/// (`DTSTART` and `RDATE`s: periods by the anniversary rule are no
/// `RRULE`), the due dates as one `VTODO` per invoice (each is paid, and
/// done, on its own), with the `UID` `<partnership>.invoice_due.<payee>.<period
/// start>@pact`. In an amended partnership, a version keeps the invoices
/// whose invoice date it is in force on, due dates included.
fn write_invoices(
    w: &mut Lines<'_>,
    p: &Partnership,
    term: ir::Term,
    c: &Component,
    (terms, due): (InvoiceTerms, bool),
    window: Option<(usize, &dyn Fn(NaiveDate) -> bool)>,
) -> io::Result<()> {
    let holds = |d: NaiveDate| window.is_none_or(|(_, holds)| holds(d));
    let mut invoices = Invoices::new(term, terms, &p.calendar).filter(|i| holds(i.date));
    let versioned = |uid: String| match (window, uid.strip_suffix("@pact")) {
        (Some((version @ 2.., _)), Some(base)) => format!("{base}.v{version}@pact"),
        _ => uid,
    };
    let described = |text: String| match window {
        Some((version, _)) => format!("{text}\nVersion {version} of the contract"),
        None => text,
    };
    if !due {
        let Some(first) = invoices.next() else {
            return Ok(());
        };
        let uid = versioned(uid(&p.name, c.kind, &c.name));
        let (todo, at) = open_component(w, p, c, &uid, first.date)?;
        write_date_list(
            w,
            "RDATE",
            ";VALUE=DATE",
            invoices.map(|i| i.date),
            &ics_date,
        )?;
        return close_component(w, p, c, todo, at, described(description(p, c)));
    }
    for invoice in invoices {
        let (start, end) = invoice.period;
        let uid = versioned(format!(
            "{}.{}.{}.{start}@pact",
            p.name,
            kind_name(c.kind),
            c.name
        ));
        let (todo, at) = open_component(w, p, c, &uid, invoice.due)?;
        let text = format!(
            "{}\nThe invoice of {} for the period {start} to {end}.",
            description(p, c),
            invoice.date
        );
        close_component(w, p, c, todo, at, described(text))?;
    }
    Ok(())
}

/// `NAME;VALUE=DATE:d1,d2,...`, one property per calendar year.
fn write_date_list(
    w: &mut Lines<'_>,
    name: &str,
    date_param: &str,
    dates: impl Iterator<Item = NaiveDate>,
    value: &dyn Fn(NaiveDate) -> String,
) -> io::Result<()> {
    let mut year = None;
    for d in dates {
        if year == Some(d.year()) {
            w.put(",")?;
        } else {
            if year.is_some() {
                w.end()?;
            }
            year = Some(d.year());
            w.put(&format!("{name}{date_param}:"))?;
        }
        w.put(&value(d))?;
    }
    if year.is_some() {
        w.end()?;
    }
    Ok(())
}

fn summary(p: &Partnership, c: &Component) -> String {
    if is_named(c.kind) {
        format!("{}: {} {}", p.name, kind_name(c.kind), c.name)
    } else {
        format!("{}: {}", p.name, c.name)
    }
}

fn description(p: &Partnership, c: &Component) -> String {
    let mut lines = vec![summary(p, c)];
    lines.extend(c.details.iter().cloned());
    if !c.participants.is_empty() {
        let who: Vec<String> = c.participants.iter().map(actor_text).collect();
        lines.push(format!("Participants: {}", who.join(", ")));
    }
    lines.push(format!(
        "Source: {}:{}:{}",
        c.source.file, c.source.line, c.source.column
    ));
    lines.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kind_names_are_the_json_names() {
        for kind in [
            EventKind::TermStart,
            EventKind::Meeting,
            EventKind::Review,
            EventKind::Survey,
            EventKind::Report,
            EventKind::Invoice,
            EventKind::InvoiceDue,
            EventKind::Milestone,
            EventKind::RenewalWindowOpens,
            EventKind::RenewalDecision,
            EventKind::NoticeDeadline,
            EventKind::TermEnd,
            EventKind::Duty,
            EventKind::GovernanceChange,
            EventKind::ExitDuty,
            EventKind::TransitionStart,
            EventKind::TransitionEnd,
            EventKind::SurvivalStart,
            EventKind::SurvivalEnd,
        ] {
            assert_eq!(
                serde_json::to_value(kind).unwrap(),
                serde_json::Value::String(kind_name(kind).to_string())
            );
        }
    }

    #[test]
    fn escaping() {
        assert_eq!(escape("a,b;c\\d\ne\r"), "a\\,b\\;c\\\\d\\ne");
    }

    fn folded(text: &str, start_column: usize) -> String {
        let mut bytes = Vec::new();
        let mut w = Lines {
            out: &mut bytes,
            column: 0,
        };
        w.put(&"x".repeat(start_column)).unwrap();
        w.line(text).unwrap();
        String::from_utf8(bytes).unwrap()
    }

    #[test]
    fn folding_at_75_octets_on_character_boundaries() {
        let text = "é".repeat(100); // 200 octets
        let out = folded(&text, 0);
        for line in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(line.len() <= 75, "{} octets: {line}", line.len());
        }
        let unfolded = out.replace("\r\n ", "");
        assert_eq!(unfolded, format!("{text}\r\n"));
        // Exactly 75 octets are not folded; 76 are.
        assert!(!folded(&"a".repeat(75), 0).contains("\r\n "));
        assert!(folded(&"a".repeat(76), 0).contains("\r\n "));
    }

    #[test]
    fn month_day_rules() {
        assert_eq!(by_month_day(15), "BYMONTHDAY=15");
        assert_eq!(by_month_day(28), "BYMONTHDAY=28");
        assert_eq!(by_month_day(29), "BYMONTHDAY=28,29;BYSETPOS=-1");
        assert_eq!(by_month_day(30), "BYMONTHDAY=28,29,30;BYSETPOS=-1");
        assert_eq!(by_month_day(31), "BYMONTHDAY=28,29,30,31;BYSETPOS=-1");
    }

    #[test]
    fn offsets() {
        assert_eq!(ics_offset(3600), "+0100");
        assert_eq!(ics_offset(-5 * 3600), "-0500");
        assert_eq!(ics_offset(5 * 3600 + 45 * 60), "+0545");
        assert_eq!(ics_offset(-75), "-000115");
    }

    #[test]
    fn durations() {
        assert_eq!(duration_of_minutes(15), "PT15M");
        assert_eq!(duration_of_minutes(60), "PT1H");
        assert_eq!(duration_of_minutes(90), "PT1H30M");
    }
}
