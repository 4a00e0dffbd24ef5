//! Calendar collisions (E0405): two meetings with a time of day, sharing a
//! role, whose times overlap. Meetings without a time never collide.
//!
//! Times are compared as instants (design §10.4): when both partnerships
//! name a `timezone`, each occurrence's local time becomes a UTC interval
//! on its own date, with the offset in force that day, so 15:00 in London
//! and 10:00 in New York collide in January but not in the weeks when only
//! New York has moved its clocks, and meetings on different local dates
//! can collide (late evening in one zone, morning in another). When either
//! has no zone, times are wall-clock times in one shared zone, compared on
//! the same date.
//!
//! A role's collisions are reported once per day: the first date two
//! meetings collide gathers every pair that first collides then, so one
//! pair reads "two meetings at the same time", and a thousand meetings at
//! one time are one diagnostic naming how many (see `diagnostics::aggregate`).
//!
//! The work is bounded whatever the portfolio asks for. Meetings of a role
//! with the same times, zone and schedule (cadence, adjustment, term and
//! calendar) are one class: their dates are the same, so a class needs one
//! search for a common date, and each pair of schedules is searched once.
//! Classes are compared only while their local times overlap (sorted by
//! start); classes in two different zones are compared when the UTC
//! windows their zones' offsets allow can meet. The date searches of the
//! whole portfolio share a budget of steps, and the pairs compared another;
//! when either runs out the check stops with a warning (E0421) rather than
//! run for minutes.

use crate::diagnostics::aggregate;
use crate::diagnostics::Diagnostic;
use crate::ir::dates::{occurrences_from, Adjust, BusinessCalendar, Cadence};
use crate::ir::zones;
use crate::ir::{Actor, Meeting, Partnership, Portfolio};
use chrono::{Days, NaiveDate, NaiveDateTime, NaiveTime, Timelike};
use chrono_tz::Tz;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// How many dates of one meeting are tried before giving up on a pair
/// (ten years of daily meetings).
const MAX_DATES_TRIED: usize = 3660;

/// The dates all searches for common dates may try together.
const MAX_DATE_STEPS: usize = 200_000;

/// The pairs of classes the whole portfolio may compare.
const MAX_CLASS_PAIRS: usize = 4_000_000;

/// Minutes in a day.
const DAY: i32 = 24 * 60;

/// (partnership index, meeting index)
type MeetingId = (usize, usize);

struct Timed<'a> {
    index: MeetingId,
    p: &'a Partnership,
    m: &'a Meeting,
    at: NaiveTime,
    /// Minutes from midnight, local.
    start: u32,
    end: u32,
    zone: Option<Tz>,
    /// Meetings with the same schedule fall on the same dates.
    schedule: usize,
    /// Where the meeting can lie in UTC, in minutes from its local date's
    /// midnight (UTC), given the offsets its zone takes.
    window: (i32, i32),
}

impl Timed<'_> {
    /// The UTC interval of the occurrence on local date `date`.
    fn instants(&self, date: NaiveDate) -> Option<(NaiveDateTime, NaiveDateTime)> {
        let zone = self.zone?;
        let start = zones::to_utc(zone, date.and_time(self.at));
        let length = chrono::Duration::minutes(i64::from(self.end - self.start));
        Some((start, start + length))
    }

    fn when(&self) -> String {
        let local = format!(
            "{:02}:{:02}–{:02}:{:02}",
            self.start / 60,
            self.start % 60,
            (self.end / 60) % 24,
            self.end % 60
        );
        match self.zone {
            Some(zone) => format!("{local} {}", zone.name()),
            None => local,
        }
    }

    fn zone_name(&self) -> Option<&'static str> {
        self.zone.map(|z| z.name())
    }
}

fn minutes(t: NaiveTime) -> u32 {
    t.hour() * 60 + t.minute()
}

/// What makes two meetings' dates the same, besides the calendar.
type ScheduleKey = (Cadence, Adjust, NaiveDate, NaiveDate);

/// Interns schedules: equal cadence, adjustment, term and calendar.
#[derive(Default)]
struct Schedules<'a> {
    by_key: HashMap<ScheduleKey, Vec<(&'a BusinessCalendar, usize)>>,
    next: usize,
}

impl<'a> Schedules<'a> {
    fn id(&mut self, p: &'a Partnership, m: &Meeting) -> usize {
        let Some(term) = p.term else {
            // No term, no dates: a schedule of its own.
            self.next += 1;
            return self.next - 1;
        };
        let same = self
            .by_key
            .entry((m.cadence, m.adjust, term.start, term.end))
            .or_default();
        if let Some((_, id)) = same.iter().find(|(c, _)| **c == p.calendar) {
            return *id;
        }
        same.push((&p.calendar, self.next));
        self.next += 1;
        self.next - 1
    }
}

/// The UTC window of a meeting at local minutes `start..end` in `zone`:
/// the offsets are sampled every two weeks over the first two years of the
/// term, and widened by an hour for rule changes later on.
fn window(zone: Option<Tz>, p: &Partnership, at: NaiveTime, start: u32, end: u32) -> (i32, i32) {
    let (start, end) = (start as i32, end as i32);
    let (Some(zone), Some(term)) = (zone, p.term) else {
        return (start, end);
    };
    let mut offsets = (0..=52u64)
        .filter_map(|k| term.start.checked_add_days(Days::new(k * 14)))
        .map(|date| {
            let local = date.and_time(at);
            let utc = zones::to_utc(zone, local);
            i32::try_from((local - utc).num_minutes()).unwrap_or(0)
        });
    let first = offsets.next().unwrap_or(0);
    let (low, high) = offsets.fold((first, first), |(l, h), o| (l.min(o), h.max(o)));
    (start - high - 60, end - low + 60)
}

/// What the searches may still spend, and whether they ran out.
struct Budget {
    steps: usize,
    pairs: usize,
    exhausted: bool,
}

impl Budget {
    /// Takes one pair; false (and exhausted) when none is left.
    fn pair(&mut self) -> bool {
        if self.pairs == 0 || self.exhausted {
            self.exhausted = true;
            return false;
        }
        self.pairs -= 1;
        true
    }

    /// Takes one step; false (and exhausted) when none is left.
    fn step(&mut self) -> bool {
        if self.steps == 0 {
            self.exhausted = true;
            return false;
        }
        self.steps -= 1;
        true
    }
}

/// The meetings of one role that first collide on one date.
#[derive(Default)]
struct Day {
    members: BTreeSet<MeetingId>,
    /// For a collision of two meetings, each one's local date (they differ
    /// across zones).
    pair: Option<((MeetingId, NaiveDate), (MeetingId, NaiveDate))>,
}

pub fn check(portfolio: &Portfolio, diagnostics: &mut Vec<Diagnostic>) {
    let mut schedules = Schedules::default();
    let mut by_role: BTreeMap<(usize, usize), Vec<Timed<'_>>> = BTreeMap::new();
    for (pi, p) in portfolio.partnerships.iter().enumerate() {
        let zone = p.timezone.as_deref().and_then(zones::zone);
        for (mi, m) in p.meetings.iter().enumerate() {
            let Some(at) = m.at else { continue };
            let length = m
                .length
                .and_then(|l| l.exact_minutes())
                .and_then(|x| u32::try_from(x).ok())
                .unwrap_or(0)
                .min(u32::MAX / 2);
            let start = minutes(at);
            let end = start.saturating_add(length);
            let schedule = schedules.id(p, m);
            let window = window(zone, p, at, start, end);
            for participant in &m.participants {
                if let Actor::Role(party, role) = participant.actor {
                    let list = by_role.entry((party, role)).or_default();
                    // A role named twice in one meeting is there once.
                    if list.last().is_some_and(|t| t.index == (pi, mi)) {
                        continue;
                    }
                    list.push(Timed {
                        index: (pi, mi),
                        p,
                        m,
                        at,
                        start,
                        end,
                        zone,
                        schedule,
                        window,
                    });
                }
            }
        }
    }
    let mut budget = Budget {
        steps: MAX_DATE_STEPS,
        pairs: MAX_CLASS_PAIRS,
        exhausted: false,
    };
    let mut common: HashMap<(usize, usize), Option<NaiveDate>> = HashMap::new();
    // Meetings already reported together on a date, for any role.
    let mut reported: BTreeMap<NaiveDate, Vec<BTreeSet<MeetingId>>> = BTreeMap::new();
    for ((party, role), meetings) in &by_role {
        let who = portfolio
            .parties
            .get(*party)
            .and_then(|p| p.roles.get(*role).map(|r| format!("{}.{}", p.name, r.name)))
            .unwrap_or_default();
        let by_day = collisions_of(meetings, &mut common, &mut budget);
        for (date, day) in by_day {
            let already = reported.entry(date).or_default();
            if already.iter().any(|seen| day.members.is_subset(seen)) {
                continue;
            }
            let involved: Vec<&Timed<'_>> = meetings
                .iter()
                .filter(|t| day.members.contains(&t.index))
                .collect();
            diagnostics.extend(report(&who, date, &involved, day.pair));
            already.push(day.members);
        }
        if budget.exhausted {
            if let Some(first) = meetings.first() {
                diagnostics.push(
                    Diagnostic::warning(
                        "E0421",
                        "calendar collisions were not all checked",
                        first.m.span,
                    )
                    .with_primary_label(format!(
                        "`{who}` has {} meetings with a time; the check stopped here",
                        aggregate::count(meetings.len())
                    ))
                    .with_note(format!(
                        "finding the dates meetings share may take at most {} steps over the \
                         whole portfolio; this portfolio's meetings need more",
                        aggregate::count(MAX_DATE_STEPS)
                    ))
                    .with_help(
                        "give fewer meetings a time of day, or check the portfolio in parts",
                    ),
                );
            }
            return;
        }
    }
}

/// Adds the collision of classes `a` and `b` (`b` may be `a`) whose first
/// occurrences that collide are on `date_a` and `date_b`. The day is the
/// local date of the meeting declared later.
fn record(
    by_day: &mut BTreeMap<NaiveDate, Day>,
    a: &[&Timed<'_>],
    date_a: NaiveDate,
    b: &[&Timed<'_>],
    date_b: NaiveDate,
) {
    let (Some(ha), Some(hb)) = (a.first(), b.first()) else {
        return;
    };
    let date = if ha.index > hb.index { date_a } else { date_b };
    let day = by_day.entry(date).or_default();
    if day.members.is_empty() && a.len() == 1 && b.len() == 1 {
        day.pair = Some(((ha.index, date_a), (hb.index, date_b)));
    }
    day.members.extend(a.iter().chain(b).map(|t| t.index));
}

/// For each date, the meetings of one role that first collide on it.
fn collisions_of(
    meetings: &[Timed<'_>],
    common: &mut HashMap<(usize, usize), Option<NaiveDate>>,
    budget: &mut Budget,
) -> BTreeMap<NaiveDate, Day> {
    // Classes: same times, zone and schedule; sorted by start.
    type ClassKey = (u32, u32, Option<&'static str>, usize);
    let mut classes: BTreeMap<ClassKey, Vec<&Timed<'_>>> = BTreeMap::new();
    for t in meetings {
        classes
            .entry((t.start, t.end, t.zone_name(), t.schedule))
            .or_default()
            .push(t);
    }
    let classes: Vec<Vec<&Timed<'_>>> = classes.into_values().collect();
    let mut by_day: BTreeMap<NaiveDate, Day> = BTreeMap::new();
    let mut date_of = |a: &Timed<'_>, b: &Timed<'_>, budget: &mut Budget| {
        let key = (a.schedule.min(b.schedule), a.schedule.max(b.schedule));
        if let Some(found) = common.get(&key) {
            return *found;
        }
        let found = first_common_date(a, b, budget);
        if !budget.exhausted {
            common.insert(key, found);
        }
        found
    };
    // Local times: a class against the classes that start before it ends.
    for (i, class) in classes.iter().enumerate() {
        let Some(a) = class.first() else { continue };
        if class.len() > 1 {
            if let Some(date) = date_of(a, a, budget) {
                by_day
                    .entry(date)
                    .or_default()
                    .members
                    .extend(class.iter().map(|t| t.index));
            }
        }
        for other in classes.iter().skip(i + 1) {
            let Some(b) = other.first() else { continue };
            if !times_overlap(a, b) {
                break; // later classes start later still
            }
            if a.zone.is_some() && b.zone.is_some() && a.zone != b.zone {
                continue; // compared as instants below
            }
            if !budget.pair() {
                return by_day;
            }
            let found = if a.zone.is_some() && b.zone.is_some() {
                first_common_instant(a, b, budget)
            } else {
                date_of(a, b, budget).map(|d| (d, d))
            };
            if let Some((date_a, date_b)) = found {
                record(&mut by_day, class, date_a, other, date_b);
            }
        }
        if budget.exhausted {
            return by_day;
        }
    }
    // Instants: classes in different zones, and classes of one zone that
    // run past midnight (they meet the next day's).
    let zoned: Vec<&Vec<&Timed<'_>>> = classes
        .iter()
        .filter(|c| c.first().is_some_and(|t| t.zone.is_some()))
        .collect();
    for (i, class) in zoned.iter().enumerate() {
        let Some(a) = class.first() else { continue };
        for other in zoned.iter().skip(i + 1) {
            let Some(b) = other.first() else { continue };
            let compared_above = a.zone == b.zone && times_overlap(a, b);
            if compared_above || !may_meet_in_utc(a, b) {
                continue;
            }
            if !budget.pair() {
                return by_day;
            }
            if let Some((date_a, date_b)) = first_common_instant(a, b, budget) {
                record(&mut by_day, class, date_a, other, date_b);
            }
            if budget.exhausted {
                return by_day;
            }
        }
    }
    by_day
}

/// Whether two zoned meetings can overlap in UTC: in the same zone, only
/// on the same local date (compared above) or, when one runs past
/// midnight, with the next day's; in different zones, when their windows
/// meet, their local dates a day apart at most.
fn may_meet_in_utc(a: &Timed<'_>, b: &Timed<'_>) -> bool {
    if a.zone == b.zone {
        let (ae, be) = (a.end as i32 - DAY, b.end as i32 - DAY);
        return (ae > 0 && (b.start as i32) < ae) || (be > 0 && (a.start as i32) < be);
    }
    [-DAY, 0, DAY].iter().any(|shift| {
        let (lo, hi) = (b.window.0 + shift, b.window.1 + shift);
        a.window.0 < hi && lo < a.window.1
    })
}

/// One diagnostic for the meetings of one role that collide on `date`.
fn report(
    who: &str,
    date: NaiveDate,
    involved: &[&Timed<'_>],
    pair: Option<((MeetingId, NaiveDate), (MeetingId, NaiveDate))>,
) -> Option<Diagnostic> {
    let label = |t: &Timed<'_>| format!("`{}` in `{}`, {}", t.m.name, t.p.name, t.when());
    let (last, earlier) = involved.split_last()?;
    if let [first] = earlier {
        // The local date of each (they differ across zones).
        let date_of = |t: &Timed<'_>| match pair {
            Some(((x, dx), _)) if x == t.index => dx,
            Some((_, (y, dy))) if y == t.index => dy,
            _ => date,
        };
        let (date_a, date_b) = (date_of(first), date_of(last));
        let note = match (first.instants(date_a), last.instants(date_b)) {
            (Some((sa, ea)), Some((sb, eb))) => format!(
                "in UTC, `{}` ({date_a} local) runs {}–{} and `{}` ({date_b} local) runs {}–{}: the first time they overlap",
                first.m.name,
                sa.format("%Y-%m-%d %H:%M"),
                ea.format("%H:%M"),
                last.m.name,
                sb.format("%Y-%m-%d %H:%M"),
                eb.format("%H:%M"),
            ),
            _ => format!("{date_b} is the first date both fall on"),
        };
        return Some(
            Diagnostic::error(
                "E0405",
                format!(
                    "`{who}` has two meetings at the same time on {date_b}: `{}` and `{}`",
                    first.m.name, last.m.name
                ),
                last.m.span,
            )
            .with_primary_label(label(last))
            .with_label(first.m.span, label(first))
            .with_note(note)
            .with_help("move one of them to another time or day"),
        );
    }
    let d = Diagnostic::error(
        "E0405",
        format!(
            "`{who}` has {} meetings whose times overlap on {date}",
            aggregate::count(involved.len())
        ),
        last.m.span,
    )
    .with_primary_label(label(last));
    let d =
        aggregate::with_some_labels(d, earlier.iter().map(|t| (t.m.span, label(t))), "meetings");
    Some(
        d.with_note(format!("{date} is the first date these meetings collide"))
            .with_help("move some of them to another time or day"),
    )
}

fn times_overlap(a: &Timed<'_>, b: &Timed<'_>) -> bool {
    if a.start == b.start {
        return true;
    }
    a.start < b.end && b.start < a.end
}

fn intervals_overlap(a: (NaiveDateTime, NaiveDateTime), b: (NaiveDateTime, NaiveDateTime)) -> bool {
    a.0 == b.0 || (a.0 < b.1 && b.0 < a.1)
}

/// The first date both meetings fall on, within both terms.
fn first_common_date(a: &Timed<'_>, b: &Timed<'_>, budget: &mut Budget) -> Option<NaiveDate> {
    let (ta, tb) = (a.p.term?, b.p.term?);
    let from = ta.start.max(tb.start);
    let to = ta.end.min(tb.end);
    if from > to {
        return None;
    }
    let a_dates = occurrences_from(
        a.m.cadence,
        a.m.adjust,
        ta.start,
        ta.end,
        &a.p.calendar,
        from,
    );
    for date in a_dates.take_while(|d| *d <= to).take(MAX_DATES_TRIED) {
        if !budget.step() {
            return None;
        }
        let on_b = occurrences_from(
            b.m.cadence,
            b.m.adjust,
            tb.start,
            tb.end,
            &b.p.calendar,
            date,
        )
        .next();
        if on_b == Some(date) {
            return Some(date);
        }
    }
    None
}

/// The first occurrences of the two meetings (by `a`'s local date) whose
/// UTC intervals overlap: `b`'s local date is within a day of `a`'s.
fn first_common_instant(
    a: &Timed<'_>,
    b: &Timed<'_>,
    budget: &mut Budget,
) -> Option<(NaiveDate, NaiveDate)> {
    let (ta, tb) = (a.p.term?, b.p.term?);
    let from = ta.start.max(tb.start.checked_sub_days(Days::new(1))?);
    let to = ta.end.min(tb.end.checked_add_days(Days::new(1))?);
    if from > to {
        return None;
    }
    let a_dates = occurrences_from(
        a.m.cadence,
        a.m.adjust,
        ta.start,
        ta.end,
        &a.p.calendar,
        from,
    );
    for date in a_dates.take_while(|d| *d <= to).take(MAX_DATES_TRIED) {
        if !budget.step() {
            return None;
        }
        let Some(ia) = a.instants(date) else { continue };
        let near = date.checked_sub_days(Days::new(1)).unwrap_or(date);
        let last = date.checked_add_days(Days::new(1)).unwrap_or(date);
        let b_dates = occurrences_from(
            b.m.cadence,
            b.m.adjust,
            tb.start,
            tb.end,
            &b.p.calendar,
            near,
        );
        for other in b_dates.take_while(|d| *d <= last) {
            if b.instants(other)
                .is_some_and(|ib| intervals_overlap(ia, ib))
            {
                return Some((date, other));
            }
        }
    }
    None
}
