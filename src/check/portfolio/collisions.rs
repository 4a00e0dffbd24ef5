//! Calendar collisions (E0405): two meetings with a time of day, sharing a
//! role, whose times overlap on a date both fall on. Meetings without a
//! time never collide.
//!
//! A role's collisions are reported once per day: the first date two
//! meetings collide gathers every pair that first collides then, so one
//! pair reads "two meetings at the same time", and a thousand meetings at
//! one time are one diagnostic naming how many (see `diagnostics::aggregate`).
//!
//! The work is bounded whatever the portfolio asks for. Meetings of a role
//! with the same times and the same schedule (cadence, adjustment, term and
//! calendar) are one class: their dates are the same, so a class needs one
//! search for a common date, and each pair of schedules is searched once.
//! Classes are compared only while their times overlap (sorted by start),
//! and the date searches of the whole portfolio share a budget of steps;
//! when it runs out the check stops with a warning (E0421) rather than run
//! for minutes.

use crate::diagnostics::aggregate;
use crate::diagnostics::Diagnostic;
use crate::ir::dates::{occurrences_from, Adjust, BusinessCalendar, Cadence};
use crate::ir::{Actor, Meeting, Partnership, Portfolio};
use chrono::{NaiveDate, NaiveTime, Timelike};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// How many dates of one meeting are tried before giving up on a pair
/// (ten years of daily meetings).
const MAX_DATES_TRIED: usize = 3660;

/// The dates all searches for common dates may try together.
const MAX_DATE_STEPS: usize = 200_000;

/// The pairs of classes (meetings at overlapping times) the whole
/// portfolio may compare.
const MAX_CLASS_PAIRS: usize = 4_000_000;

/// (partnership index, meeting index)
type MeetingId = (usize, usize);

struct Timed<'a> {
    index: MeetingId,
    p: &'a Partnership,
    m: &'a Meeting,
    start: u32,
    end: u32,
    /// Meetings with the same schedule fall on the same dates.
    schedule: usize,
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

/// What the searches may still spend, and whether they ran out.
struct Budget {
    steps: usize,
    pairs: usize,
    exhausted: bool,
}

pub fn check(portfolio: &Portfolio, diagnostics: &mut Vec<Diagnostic>) {
    let mut schedules = Schedules::default();
    let mut by_role: BTreeMap<(usize, usize), Vec<Timed<'_>>> = BTreeMap::new();
    for (pi, p) in portfolio.partnerships.iter().enumerate() {
        for (mi, m) in p.meetings.iter().enumerate() {
            let Some(at) = m.at else { continue };
            let length = m
                .length
                .and_then(|l| l.exact_minutes())
                .and_then(|x| u32::try_from(x).ok())
                .unwrap_or(0);
            let start = minutes(at);
            let schedule = schedules.id(p, m);
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
                        start,
                        end: start.saturating_add(length),
                        schedule,
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
        for (date, together) in by_day {
            let already = reported.entry(date).or_default();
            if already.iter().any(|seen| together.is_subset(seen)) {
                continue;
            }
            let involved: Vec<&Timed<'_>> = meetings
                .iter()
                .filter(|t| together.contains(&t.index))
                .collect();
            diagnostics.extend(report(&who, date, &involved));
            already.push(together);
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

/// For each date, the meetings of one role that first collide on it.
fn collisions_of(
    meetings: &[Timed<'_>],
    common: &mut HashMap<(usize, usize), Option<NaiveDate>>,
    budget: &mut Budget,
) -> BTreeMap<NaiveDate, BTreeSet<MeetingId>> {
    // Classes: same times, same schedule; sorted by start.
    let mut classes: BTreeMap<(u32, u32, usize), Vec<&Timed<'_>>> = BTreeMap::new();
    for t in meetings {
        classes
            .entry((t.start, t.end, t.schedule))
            .or_default()
            .push(t);
    }
    let classes: Vec<Vec<&Timed<'_>>> = classes.into_values().collect();
    let mut by_day: BTreeMap<NaiveDate, BTreeSet<MeetingId>> = BTreeMap::new();
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
    for (i, class) in classes.iter().enumerate() {
        let Some(a) = class.first() else { continue };
        if class.len() > 1 {
            if let Some(date) = date_of(a, a, budget) {
                by_day
                    .entry(date)
                    .or_default()
                    .extend(class.iter().map(|t| t.index));
            }
        }
        for other in classes.iter().skip(i + 1) {
            let Some(b) = other.first() else { continue };
            if !times_overlap(a, b) {
                break; // later classes start later still
            }
            if budget.pairs == 0 || budget.exhausted {
                budget.exhausted = true;
                return by_day;
            }
            budget.pairs -= 1;
            if let Some(date) = date_of(a, b, budget) {
                let day = by_day.entry(date).or_default();
                day.extend(class.iter().map(|t| t.index));
                day.extend(other.iter().map(|t| t.index));
            }
        }
        if budget.exhausted {
            break;
        }
    }
    by_day
}

/// One diagnostic for the meetings of one role that collide on `date`.
fn report(who: &str, date: NaiveDate, involved: &[&Timed<'_>]) -> Option<Diagnostic> {
    let when = |t: &Timed<'_>| {
        format!(
            "`{}` in `{}`, {:02}:{:02}–{:02}:{:02}",
            t.m.name,
            t.p.name,
            t.start / 60,
            t.start % 60,
            t.end / 60,
            t.end % 60
        )
    };
    let (last, earlier) = involved.split_last()?;
    if let [first] = earlier {
        return Some(
            Diagnostic::error(
                "E0405",
                format!(
                    "`{who}` has two meetings at the same time on {date}: `{}` and `{}`",
                    first.m.name, last.m.name
                ),
                last.m.span,
            )
            .with_primary_label(when(last))
            .with_label(first.m.span, when(first))
            .with_note(format!("{date} is the first date both fall on"))
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
    .with_primary_label(when(last));
    let d = aggregate::with_some_labels(d, earlier.iter().map(|t| (t.m.span, when(t))), "meetings");
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
        if budget.steps == 0 {
            budget.exhausted = true;
            return None;
        }
        budget.steps -= 1;
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
