//! Calendar arithmetic for Pact: terms, calendar and business-day offsets,
//! and lazily generated meeting recurrences, all on [`chrono::NaiveDate`]
//! and following the "Dates" rules of section 5.1 of the language design.
//!
//! Several things here are easy to get subtly wrong:
//!
//! - Two month rules coexist. [`add_calendar`] (deadlines such as
//!   `within 1 month`) *clamps* to the month's last day, so 2026-01-31 plus
//!   one month is 2026-02-28. [`term_end`] instead moves an anniversary that
//!   falls on a missing day (30 February, 29 February in a common year) to
//!   the 1st of the *next* month and ends the term the day before, so
//!   `2026-01-31 for 1 month` ends 2026-02-28 (not 2026-02-27) and
//!   `2028-02-29 for 1 year` ends 2029-02-28.
//! - Monthly, quarterly and annual recurrences compute every date from the
//!   original anchor day (the term start, or the `on day N` / `on first
//!   tuesday` rule), never from the previous, possibly clamped, date: a term
//!   starting 31 January meets 28 February, 31 March, 30 April, ...
//! - Only `daily` skips non-business days. Other cadences keep their dates
//!   unless adjusted; rolling to a business day is monotone, so order is kept,
//!   and two dates rolling onto the same day yield it once. Rolled dates that
//!   leave the term are dropped.
//! - `N business days` after D is the N-th business day *strictly after* D.
//!
//! Nothing here panics on any input: every overflow, impossible date or
//! degenerate calendar (no working weekday at all) gives `None` or an empty
//! iterator, and every search is bounded. [`occurrences`] streams in constant
//! memory, so even a term running to [`NaiveDate::MAX`] can be consumed with
//! `take`.

use std::collections::BTreeSet;
use std::iter::FusedIterator;
use std::ops::Bound;

use chrono::{Datelike, Days, NaiveDate, Weekday};

/// The days of the week, Monday first (the order of `BusinessCalendar::workdays`).
pub const WEEK: [Weekday; 7] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
    Weekday::Sun,
];

/// A calendar unit for durations (`3 years`, `6 weeks`, ...).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CalendarUnit {
    Day,
    Week,
    Month,
    Quarter,
    Year,
}

/// A unit reduced to the two kinds of arithmetic it needs.
enum Span {
    Days(i64),
    Months(i64),
}

impl CalendarUnit {
    fn span(self) -> Span {
        match self {
            CalendarUnit::Day => Span::Days(1),
            CalendarUnit::Week => Span::Days(7),
            CalendarUnit::Month => Span::Months(1),
            CalendarUnit::Quarter => Span::Months(3),
            CalendarUnit::Year => Span::Months(12),
        }
    }
}

/// The last date a contract's calendar holds (design §5.1: a date after
/// 9999 is an error at check time). Outputs write dates as `YYYY-MM-DD`,
/// which JSON Schema's `date` and RFC 5545 require to have four digits.
pub const LAST_DATE: NaiveDate = match NaiveDate::from_ymd_opt(9999, 12, 31) {
    Some(d) => d,
    None => NaiveDate::MAX,
};

/// The first date a contract's calendar holds (year 0 and before are out).
pub const FIRST_DATE: NaiveDate = match NaiveDate::from_ymd_opt(1, 1, 1) {
    Some(d) => d,
    None => NaiveDate::MIN,
};

/// Whether `d` is in the calendar's range, [`FIRST_DATE`] to [`LAST_DATE`].
pub fn in_calendar(d: NaiveDate) -> bool {
    (FIRST_DATE..=LAST_DATE).contains(&d)
}

/// `date` plus `n` days (`n` may be negative); `None` outside chrono's range.
fn add_days(date: NaiveDate, n: i64) -> Option<NaiveDate> {
    let magnitude = n.unsigned_abs();
    // Beyond i32 days nothing is representable; refusing early also keeps
    // older chrono versions (whose day conversion could panic) safe.
    if magnitude > u64::from(i32::MAX.unsigned_abs()) {
        return None;
    }
    if n >= 0 {
        date.checked_add_days(Days::new(magnitude))
    } else {
        date.checked_sub_days(Days::new(magnitude))
    }
}

/// Months since year 0: `year * 12 + month0`.
fn month_index(date: NaiveDate) -> i64 {
    i64::from(date.year()) * 12 + i64::from(date.month0())
}

/// Inverse of [`month_index`]: `(year, month 1..=12)`.
fn year_month(index: i64) -> Option<(i32, u32)> {
    let year = i32::try_from(index.div_euclid(12)).ok()?;
    let month = u32::try_from(index.rem_euclid(12) + 1).ok()?;
    Some((year, month))
}

/// Number of days in `month` (1..=12) of `year`; `None` for an invalid
/// month or a year outside chrono's range.
pub fn days_in_month(year: i32, month: u32) -> Option<u32> {
    NaiveDate::from_ymd_opt(year, month, 1)?;
    Some(match month {
        2 if NaiveDate::from_ymd_opt(year, 2, 29).is_some() => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    })
}

/// Day `day` of the month, clamped to the month's last day (day 31 of
/// February 2026 is 2026-02-28). `None` for day 0, an invalid month, or a
/// year outside chrono's range.
pub fn day_of_month_clamped(year: i32, month: u32, day: u32) -> Option<NaiveDate> {
    if day == 0 {
        return None;
    }
    let last = days_in_month(year, month)?;
    NaiveDate::from_ymd_opt(year, month, day.min(last))
}

/// `date` plus `n` units (`n` may be negative). Months, quarters and years
/// keep the day of month, clamped to the target month's last day
/// (2026-01-31 + 1 month = 2026-02-28). `None` on overflow.
pub fn add_calendar(date: NaiveDate, n: i64, unit: CalendarUnit) -> Option<NaiveDate> {
    match unit.span() {
        Span::Days(per) => add_days(date, n.checked_mul(per)?),
        Span::Months(per) => {
            let index = month_index(date).checked_add(n.checked_mul(per)?)?;
            let (year, month) = year_month(index)?;
            day_of_month_clamped(year, month, date.day())
        }
    }
}

/// Inclusive last day of a term `start for n unit`: the day before the
/// anniversary. An anniversary on a day its month lacks moves to the 1st of
/// the next month, so the term then ends on that month's last day
/// (`2028-02-29 for 1 year` ends 2029-02-28, `2026-01-31 for 1 month` ends
/// 2026-02-28). Days and weeks: `start + n days - 1`.
///
/// `None` when `n < 1` (a term lasts at least one unit), on overflow, or
/// when the end is after [`LAST_DATE`].
pub fn term_end(start: NaiveDate, n: i64, unit: CalendarUnit) -> Option<NaiveDate> {
    if n < 1 {
        return None;
    }
    let end = match unit.span() {
        Span::Days(per) => add_days(start, n.checked_mul(per)?.checked_sub(1)?),
        Span::Months(per) => {
            let index = month_index(start).checked_add(n.checked_mul(per)?)?;
            let (year, month) = year_month(index)?;
            let last = days_in_month(year, month)?;
            if start.day() <= last {
                NaiveDate::from_ymd_opt(year, month, start.day())?.pred_opt()
            } else {
                // Anniversary moves to the 1st of the next month; the day
                // before it is this month's last day.
                NaiveDate::from_ymd_opt(year, month, last)
            }
        }
    }?;
    (end <= LAST_DATE).then_some(end)
}

/// Due date of `within N hours` on a date-only trace: the end of day
/// `d + ceil(hours / 24)` (so 24 hours is the next day, 25 hours two days).
pub fn within_hours_due(d: NaiveDate, hours: u32) -> Option<NaiveDate> {
    add_days(d, i64::from(hours.div_ceil(24)))
}

/// The first `weekday` on or after `date`.
pub fn first_weekday_on_or_after(date: NaiveDate, weekday: Weekday) -> Option<NaiveDate> {
    let offset = (weekday.num_days_from_monday() + 7 - date.weekday().num_days_from_monday()) % 7;
    add_days(date, i64::from(offset))
}

/// Which occurrence of a weekday in a month (`first tuesday`, `last friday`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Ordinal {
    First,
    Second,
    Third,
    Fourth,
    Last,
}

/// The `n`-th `weekday` of `month` in `year`; `None` for an invalid month or
/// a year outside chrono's range. Every month has at least four of each
/// weekday, so the ordinals always exist.
pub fn nth_weekday_of_month(
    year: i32,
    month: u32,
    weekday: Weekday,
    n: Ordinal,
) -> Option<NaiveDate> {
    let last = days_in_month(year, month)?;
    let first = first_weekday_on_or_after(NaiveDate::from_ymd_opt(year, month, 1)?, weekday)?;
    // 1..=7, so the arithmetic below stays far from any overflow.
    let first_day = first.day();
    let day = match n {
        Ordinal::First => first_day,
        Ordinal::Second => first_day + 7,
        Ordinal::Third => first_day + 14,
        Ordinal::Fourth => first_day + 21,
        Ordinal::Last => first_day + 7 * ((last - first_day) / 7),
    };
    NaiveDate::from_ymd_opt(year, month, day)
}

/// The business days of a partnership: working weekdays and holidays.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BusinessCalendar {
    /// Working weekdays, Monday first (index = `num_days_from_monday`).
    pub workdays: [bool; 7],
    /// Dates that are never business days.
    pub holidays: BTreeSet<NaiveDate>,
}

impl Default for BusinessCalendar {
    /// Monday to Friday, no holidays.
    fn default() -> Self {
        BusinessCalendar {
            workdays: [true, true, true, true, true, false, false],
            holidays: BTreeSet::new(),
        }
    }
}

impl BusinessCalendar {
    pub fn new(workdays: [bool; 7], holidays: impl IntoIterator<Item = NaiveDate>) -> Self {
        BusinessCalendar {
            workdays,
            holidays: holidays.into_iter().collect(),
        }
    }

    /// Whether `weekday` is a working weekday (ignoring holidays).
    pub fn is_workday(&self, weekday: Weekday) -> bool {
        self.workdays
            .get(weekday.num_days_from_monday() as usize)
            .copied()
            .unwrap_or(false)
    }

    /// Whether at least one weekday is a working day. A calendar without
    /// one has no business days at all.
    pub fn has_workdays(&self) -> bool {
        self.workdays.iter().any(|&w| w)
    }

    /// How many weekdays are working days.
    pub fn workdays_per_week(&self) -> u64 {
        self.workdays.iter().filter(|&&w| w).count() as u64
    }

    pub fn is_business_day(&self, d: NaiveDate) -> bool {
        self.is_workday(d.weekday()) && !self.holidays.contains(&d)
    }

    /// The `n`-th business day strictly after `d` (strictly before when `n`
    /// is negative); `d` itself when `n == 0`. `None` on overflow or when
    /// the calendar has no working weekday.
    pub fn add_business_days(&self, d: NaiveDate, n: i64) -> Option<NaiveDate> {
        if n == 0 {
            return Some(d);
        }
        let per_week = self.workdays_per_week();
        if per_week == 0 {
            return None;
        }
        let mut remaining = n.unsigned_abs();
        // Each business day needs at least one calendar day.
        if remaining > max_span_days() {
            return None;
        }
        let step: i64 = if n > 0 { 1 } else { -1 };
        let mut current = d;
        // Skip whole weeks: the 7 days after (before) `current` hold exactly
        // `per_week` working weekdays, minus the holidays among them. Since
        // `gained <= per_week < remaining`, a skip never overshoots.
        while remaining > per_week {
            let week_end = add_days(current, 7 * step)?;
            // `current` and `week_end` differ by 7 days, so these ranges are
            // non-empty and well ordered (BTreeSet::range would panic otherwise).
            let window = if step > 0 {
                (Bound::Excluded(current), Bound::Included(week_end))
            } else {
                (Bound::Included(week_end), Bound::Excluded(current))
            };
            let lost = self
                .holidays
                .range(window)
                .filter(|h| self.is_workday(h.weekday()))
                .count() as u64;
            remaining -= per_week.saturating_sub(lost);
            current = week_end;
        }
        // At most `per_week` business days left; holidays may stretch the
        // walk, but there are finitely many and overflow ends it.
        while remaining > 0 {
            current = add_days(current, step)?;
            if self.is_business_day(current) {
                remaining -= 1;
            }
        }
        Some(current)
    }

    /// `d` if it is a business day, else the next business day.
    pub fn roll_following(&self, d: NaiveDate) -> Option<NaiveDate> {
        self.roll(d, 1)
    }

    /// `d` if it is a business day, else the previous business day.
    pub fn roll_preceding(&self, d: NaiveDate) -> Option<NaiveDate> {
        self.roll(d, -1)
    }

    fn roll(&self, d: NaiveDate, step: i64) -> Option<NaiveDate> {
        if !self.has_workdays() {
            return None;
        }
        // Any 7 consecutive days hold a working weekday, so a run of L
        // non-business days contains at least L / 7 holidays: the search
        // ends within 7 * (holidays + 1) days.
        let limit = self.holidays.len().saturating_add(1).saturating_mul(7);
        let mut current = d;
        for _ in 0..=limit {
            if self.is_business_day(current) {
                return Some(current);
            }
            current = add_days(current, step)?;
        }
        None
    }
}

/// Days between chrono's earliest and latest dates.
fn max_span_days() -> u64 {
    NaiveDate::MAX
        .signed_duration_since(NaiveDate::MIN)
        .num_days()
        .unsigned_abs()
}

/// Where a monthly or quarterly recurrence falls within its month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MonthlyOn {
    /// The term start's day of month, clamped to the month's last day.
    StartDay,
    /// This day of month, clamped to the month's last day (day 0 never occurs).
    DayOfMonth(u32),
    /// `on first tuesday`, `on last friday`, ...
    NthWeekday(Ordinal, Weekday),
}

/// A meeting (or other recurring duty) cadence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Cadence {
    /// Every business day of the term.
    Daily,
    /// Every week on `on` (default: the start's weekday).
    Weekly {
        on: Option<Weekday>,
    },
    /// Every `n` weeks on `on` (default: the start's weekday); `n == 0` never occurs.
    EveryNWeeks {
        n: u32,
        on: Option<Weekday>,
    },
    /// Every `n` days from the start; `n == 0` never occurs.
    EveryNDays {
        n: u32,
    },
    Monthly {
        on: MonthlyOn,
    },
    /// Every 3 months counted from the start's month.
    Quarterly {
        on: MonthlyOn,
    },
    /// On each anniversary of the start.
    Annually,
    /// Once, on this date (a one-off meeting): no occurrence outside the term.
    Once(NaiveDate),
}

/// Business-day adjustment of recurrence dates (`adjusted following`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Adjust {
    #[default]
    None,
    Following,
    Preceding,
}

/// Rule placing a month-based occurrence inside its month.
#[derive(Debug, Clone, Copy)]
enum MonthRule {
    Day(u32),
    Weekday(Ordinal, Weekday),
}

impl MonthRule {
    fn date_in(self, year: i32, month: u32) -> Option<NaiveDate> {
        match self {
            MonthRule::Day(day) => day_of_month_clamped(year, month, day),
            MonthRule::Weekday(n, weekday) => nth_weekday_of_month(year, month, weekday, n),
        }
    }
}

/// Unadjusted occurrence generator; every variant yields increasing dates.
#[derive(Debug, Clone)]
enum Raw {
    Done,
    /// Every business day from `next`.
    Daily {
        next: Option<NaiveDate>,
    },
    /// `next`, `next + step`, ... (step in days, never 0).
    Step {
        next: Option<NaiveDate>,
        step: i64,
    },
    /// The rule's date in month `next_index`, then every `interval` months.
    Months {
        next_index: i64,
        interval: i64,
        rule: MonthRule,
    },
}

impl Raw {
    /// The next unadjusted date within `[start, end]`, or `None` when done.
    fn next_in(
        &mut self,
        start: NaiveDate,
        end: NaiveDate,
        calendar: &BusinessCalendar,
    ) -> Option<NaiveDate> {
        match self {
            Raw::Done => None,
            // Bounded by `end`: each turn moves one day forward.
            Raw::Daily { next } => loop {
                let day = (*next)?;
                if day > end {
                    return None;
                }
                *next = day.succ_opt();
                if calendar.is_business_day(day) {
                    return Some(day);
                }
            },
            Raw::Step { next, step } => {
                let day = (*next)?;
                if day > end {
                    return None;
                }
                *next = add_days(day, *step);
                Some(day)
            }
            // Only the first month can fall before `start`, so this loops at
            // most twice per call.
            Raw::Months {
                next_index,
                interval,
                rule,
            } => loop {
                let index = *next_index;
                let (year, month) = year_month(index)?;
                let day = rule.date_in(year, month)?;
                if day > end {
                    return None;
                }
                *next_index = index.saturating_add(*interval);
                if day >= start {
                    return Some(day);
                }
            },
        }
    }
}

/// Lazy, in-order occurrences of a cadence inside a term; see [`occurrences`].
#[derive(Debug, Clone)]
#[must_use = "iterators are lazy and do nothing unless consumed"]
pub struct Occurrences<'a> {
    raw: Raw,
    adjust: Adjust,
    start: NaiveDate,
    end: NaiveDate,
    calendar: &'a BusinessCalendar,
    last: Option<NaiveDate>,
}

/// The dates of `cadence` inside the inclusive term
/// `[term_start, term_end_inclusive]`, in increasing order, without repeats.
///
/// - `Daily`: every business day of the term (the only cadence that skips
///   non-business days by itself).
/// - `Weekly`/`EveryNWeeks`: without `on`, from the term start; with `on`,
///   from the first such weekday on or after the start; step 1 or `n` weeks.
/// - `EveryNDays`: the start, then every `n` days.
/// - `Monthly`/`Quarterly` (every 1 / 3 months, in the start's month, then
///   +1 / +3 months, ...): `StartDay` falls on the start's day of month
///   (clamped), so the first occurrence is the start itself; `DayOfMonth`
///   and `NthWeekday` fall on that day of each such month, from the first one
///   on or after the start.
/// - `Annually`: each anniversary of the start. Choice: an anniversary of
///   29 February falls on 28 February in common years (clamping, as for
///   monthly), unlike a term end, whose anniversary moves to 1 March.
///
/// `Following`/`Preceding` roll each date to a business day; dates rolled
/// outside the term are dropped and dates rolled onto the same day are
/// yielded once. `n == 0` cadences, an inverted term, and (for `Daily` or an
/// adjustment) a calendar with no working weekday yield nothing.
pub fn occurrences(
    cadence: Cadence,
    adjust: Adjust,
    term_start: NaiveDate,
    term_end_inclusive: NaiveDate,
    calendar: &BusinessCalendar,
) -> Occurrences<'_> {
    let needs_business_days = cadence == Cadence::Daily || adjust != Adjust::None;
    let raw =
        if term_end_inclusive < term_start || (needs_business_days && !calendar.has_workdays()) {
            Raw::Done
        } else {
            match cadence {
                Cadence::Daily => Raw::Daily {
                    next: Some(term_start),
                },
                Cadence::Weekly { on } => weekly(term_start, on, 1),
                Cadence::EveryNWeeks { n, on } => weekly(term_start, on, n),
                Cadence::EveryNDays { n } => match n {
                    0 => Raw::Done,
                    n => Raw::Step {
                        next: Some(term_start),
                        step: i64::from(n),
                    },
                },
                Cadence::Monthly { on } => monthly(term_start, 1, on),
                Cadence::Quarterly { on } => monthly(term_start, 3, on),
                // 29 February anniversaries clamp to 28 February (see above).
                Cadence::Annually => monthly(term_start, 12, MonthlyOn::StartDay),
                // A step no date can take: the date, then nothing.
                Cadence::Once(date) if date >= term_start => Raw::Step {
                    next: Some(date),
                    step: i64::from(i32::MAX),
                },
                Cadence::Once(_) => Raw::Done,
            }
        };
    Occurrences {
        raw,
        adjust,
        start: term_start,
        end: term_end_inclusive,
        calendar,
        last: None,
    }
}

fn weekly(start: NaiveDate, on: Option<Weekday>, every_weeks: u32) -> Raw {
    if every_weeks == 0 {
        return Raw::Done;
    }
    let first = match on {
        None => Some(start),
        Some(weekday) => first_weekday_on_or_after(start, weekday),
    };
    Raw::Step {
        next: first,
        step: 7 * i64::from(every_weeks),
    }
}

fn monthly(start: NaiveDate, interval: i64, on: MonthlyOn) -> Raw {
    let rule = match on {
        MonthlyOn::StartDay => MonthRule::Day(start.day()),
        MonthlyOn::DayOfMonth(day) => MonthRule::Day(day),
        MonthlyOn::NthWeekday(n, weekday) => MonthRule::Weekday(n, weekday),
    };
    Raw::Months {
        next_index: month_index(start),
        interval,
        rule,
    }
}

impl Iterator for Occurrences<'_> {
    type Item = NaiveDate;

    fn next(&mut self) -> Option<NaiveDate> {
        loop {
            let Some(raw) = self.raw.next_in(self.start, self.end, self.calendar) else {
                self.raw = Raw::Done;
                return None;
            };
            let adjusted = match self.adjust {
                Adjust::None => Some(raw),
                Adjust::Following => self.calendar.roll_following(raw),
                Adjust::Preceding => self.calendar.roll_preceding(raw),
            };
            let Some(day) = adjusted else { continue };
            if day > self.end {
                // Rolling is monotone: every later date rolls past the end too.
                self.raw = Raw::Done;
                return None;
            }
            if day < self.start || self.last == Some(day) {
                continue;
            }
            self.last = Some(day);
            return Some(day);
        }
    }
}

impl FusedIterator for Occurrences<'_> {}

impl Raw {
    /// Moves the generator forward so that its next date is the first one
    /// on or after `from` (in constant time), for windows late in a long term.
    fn seek(&mut self, from: NaiveDate) {
        match self {
            Raw::Done => {}
            Raw::Daily { next } => {
                if next.is_some_and(|n| n < from) {
                    *next = Some(from);
                }
            }
            Raw::Step { next, step } => {
                if let Some(first) = *next {
                    let gap = from.signed_duration_since(first).num_days();
                    if gap > 0 && *step > 0 {
                        let k = (gap + *step - 1) / *step;
                        *next = k.checked_mul(*step).and_then(|days| add_days(first, days));
                    }
                }
            }
            Raw::Months {
                next_index,
                interval,
                ..
            } => {
                let target = month_index(from);
                if target > *next_index && *interval > 0 {
                    // A month's date lies inside that month, so every month
                    // before `from`'s month is done.
                    let k = (target - *next_index) / *interval;
                    *next_index = next_index.saturating_add(k.saturating_mul(*interval));
                }
            }
        }
    }
}

/// The [`occurrences`] of the term on or after `from`, found without
/// walking the dates before it: counting per month over a long term stays
/// linear in the number of months, not in the number of occurrences.
pub fn occurrences_from(
    cadence: Cadence,
    adjust: Adjust,
    term_start: NaiveDate,
    term_end_inclusive: NaiveDate,
    calendar: &BusinessCalendar,
    from: NaiveDate,
) -> impl Iterator<Item = NaiveDate> + '_ {
    let mut it = occurrences(cadence, adjust, term_start, term_end_inclusive, calendar);
    // Adjusted dates can move a few days; seek a little earlier and filter.
    let margin = if adjust == Adjust::None {
        0
    } else {
        7 * (calendar.holidays.len() as i64 + 2)
    };
    if let Some(seek_to) = add_days(from, -margin.min(366)) {
        it.raw.seek(seek_to);
    }
    it.skip_while(move |d| *d < from)
}

/// The [`occurrences`] of the term that lie in `[from, to]` (inclusive).
/// Dates are still anchored on the term start, not on `from`.
pub fn occurrences_in_range(
    cadence: Cadence,
    adjust: Adjust,
    term_start: NaiveDate,
    term_end_inclusive: NaiveDate,
    calendar: &BusinessCalendar,
    from: NaiveDate,
    to: NaiveDate,
) -> impl Iterator<Item = NaiveDate> + '_ {
    occurrences(cadence, adjust, term_start, term_end_inclusive, calendar)
        .skip_while(move |d| *d < from)
        .take_while(move |d| *d <= to)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Weekday::{Fri, Mon, Sat, Sun, Thu, Tue, Wed};

    #[test]
    fn seeking_gives_the_same_dates_as_walking() {
        let cal = BusinessCalendar::new(
            [true, true, true, true, true, false, false],
            [d("2026-12-25"), d("2027-01-01")],
        );
        let cadences = [
            Cadence::Daily,
            Cadence::Weekly { on: None },
            Cadence::Weekly { on: Some(Tue) },
            Cadence::EveryNWeeks {
                n: 2,
                on: Some(Fri),
            },
            Cadence::EveryNDays { n: 10 },
            Cadence::Monthly {
                on: MonthlyOn::StartDay,
            },
            Cadence::Monthly {
                on: MonthlyOn::DayOfMonth(31),
            },
            Cadence::Quarterly {
                on: MonthlyOn::NthWeekday(Ordinal::First, Mon),
            },
            Cadence::Annually,
        ];
        let (start, end) = (d("2026-01-31"), d("2028-03-15"));
        for cadence in cadences {
            for adjust in [Adjust::None, Adjust::Following, Adjust::Preceding] {
                let all: Vec<NaiveDate> = occurrences(cadence, adjust, start, end, &cal).collect();
                let mut from = start;
                while from <= end {
                    let expected: Vec<NaiveDate> =
                        all.iter().copied().filter(|x| *x >= from).take(5).collect();
                    let got: Vec<NaiveDate> =
                        occurrences_from(cadence, adjust, start, end, &cal, from)
                            .take(5)
                            .collect();
                    assert_eq!(got, expected, "{cadence:?} {adjust:?} from {from}");
                    from = from + chrono::Days::new(11);
                }
            }
        }
    }

    /// Test-only date literal.
    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_else(|e| panic!("bad date {s}: {e}"))
    }

    fn ds(list: &[&str]) -> Vec<NaiveDate> {
        list.iter().map(|s| d(s)).collect()
    }

    /// Calendar of the design example: Mon–Fri, Christmas 2026 and New Year 2027.
    fn acme_calendar() -> BusinessCalendar {
        BusinessCalendar::new(
            [true, true, true, true, true, false, false],
            [d("2026-12-25"), d("2027-01-01")],
        )
    }

    fn occ(cadence: Cadence, adjust: Adjust, start: &str, end: &str) -> Vec<NaiveDate> {
        occurrences(
            cadence,
            adjust,
            d(start),
            d(end),
            &BusinessCalendar::default(),
        )
        .collect()
    }

    // Weekday anchors used below (checked with Python's datetime):
    // 2026-01-01 Thu, 2026-01-03 Sat, 2026-01-31 Sat, 2026-02-28 Sat,
    // 2026-05-31 Sun, 2026-12-18 Fri, 2026-12-25 Fri, 2027-01-01 Fri,
    // 2028-01-01 Sat, 2028-12-31 Sun.
    #[test]
    fn weekday_anchors() {
        assert_eq!(d("2026-01-01").weekday(), Thu);
        assert_eq!(d("2026-01-03").weekday(), Sat);
        assert_eq!(d("2026-01-31").weekday(), Sat);
        assert_eq!(d("2026-12-18").weekday(), Fri);
        assert_eq!(d("2026-12-25").weekday(), Fri);
        assert_eq!(d("2027-01-01").weekday(), Fri);
        assert_eq!(d("2028-12-31").weekday(), Sun);
    }

    #[test]
    fn add_calendar_months_clamp() {
        use CalendarUnit::*;
        assert_eq!(
            add_calendar(d("2026-01-31"), 1, Month),
            Some(d("2026-02-28"))
        );
        assert_eq!(
            add_calendar(d("2028-01-31"), 1, Month),
            Some(d("2028-02-29"))
        );
        assert_eq!(
            add_calendar(d("2026-03-31"), -1, Month),
            Some(d("2026-02-28"))
        );
        assert_eq!(
            add_calendar(d("2026-01-31"), 1, Quarter),
            Some(d("2026-04-30"))
        );
        assert_eq!(
            add_calendar(d("2026-11-30"), 3, Month),
            Some(d("2027-02-28"))
        );
        assert_eq!(
            add_calendar(d("2026-12-15"), 1, Month),
            Some(d("2027-01-15"))
        );
        assert_eq!(
            add_calendar(d("2027-01-15"), -1, Month),
            Some(d("2026-12-15"))
        );
        assert_eq!(
            add_calendar(d("2028-02-29"), 1, Year),
            Some(d("2029-02-28"))
        );
        assert_eq!(
            add_calendar(d("2028-02-29"), -4, Year),
            Some(d("2024-02-29"))
        );
        assert_eq!(
            add_calendar(d("2026-05-31"), -5, Quarter),
            Some(d("2025-02-28"))
        );
    }

    #[test]
    fn add_calendar_days_and_weeks() {
        use CalendarUnit::*;
        assert_eq!(
            add_calendar(d("2026-12-25"), 2, Week),
            Some(d("2027-01-08"))
        );
        assert_eq!(
            add_calendar(d("2026-01-01"), -1, Day),
            Some(d("2025-12-31"))
        );
        assert_eq!(add_calendar(d("2028-02-28"), 1, Day), Some(d("2028-02-29")));
        assert_eq!(add_calendar(d("2026-02-28"), 1, Day), Some(d("2026-03-01")));
        assert_eq!(
            add_calendar(d("2026-12-18"), 30, Day),
            Some(d("2027-01-17"))
        );
        for unit in [Day, Week, Month, Quarter, Year] {
            assert_eq!(
                add_calendar(d("2026-01-31"), 0, unit),
                Some(d("2026-01-31"))
            );
        }
    }

    #[test]
    fn add_calendar_overflow_is_none() {
        use CalendarUnit::*;
        assert_eq!(add_calendar(NaiveDate::MAX, 1, Day), None);
        assert_eq!(add_calendar(NaiveDate::MIN, -1, Day), None);
        assert_eq!(add_calendar(NaiveDate::MAX, 1, Month), None);
        for n in [
            i64::MAX,
            i64::MIN,
            i64::from(i32::MAX),
            i64::from(u32::MAX) + 1,
        ] {
            for unit in [Day, Week, Month, Quarter, Year] {
                assert_eq!(add_calendar(d("2026-01-01"), n, unit), None, "{n} {unit:?}");
            }
        }
    }

    #[test]
    fn term_end_years() {
        use CalendarUnit::*;
        assert_eq!(term_end(d("2026-01-01"), 3, Year), Some(d("2028-12-31")));
        assert_eq!(term_end(d("2026-01-01"), 1, Year), Some(d("2026-12-31")));
        // Anniversary 2029-02-29 does not exist -> 2029-03-01 -> ends 2029-02-28.
        assert_eq!(term_end(d("2028-02-29"), 1, Year), Some(d("2029-02-28")));
        // Anniversary 2032-02-29 exists.
        assert_eq!(term_end(d("2028-02-29"), 4, Year), Some(d("2032-02-28")));
        assert_eq!(term_end(d("2026-03-01"), 2, Year), Some(d("2028-02-29")));
    }

    #[test]
    fn term_end_months_and_quarters() {
        use CalendarUnit::*;
        // 2026-02-31 does not exist -> 2026-03-01 -> ends 2026-02-28.
        assert_eq!(term_end(d("2026-01-31"), 1, Month), Some(d("2026-02-28")));
        assert_eq!(term_end(d("2026-01-30"), 1, Month), Some(d("2026-02-28")));
        assert_eq!(term_end(d("2028-01-31"), 1, Month), Some(d("2028-02-29")));
        assert_eq!(term_end(d("2028-01-29"), 1, Month), Some(d("2028-02-28")));
        assert_eq!(term_end(d("2026-03-31"), 1, Month), Some(d("2026-04-30")));
        assert_eq!(term_end(d("2026-01-15"), 1, Month), Some(d("2026-02-14")));
        assert_eq!(term_end(d("2026-12-01"), 1, Month), Some(d("2026-12-31")));
        assert_eq!(term_end(d("2026-10-01"), 1, Quarter), Some(d("2026-12-31")));
        // Anniversary 2027-02-30 -> 2027-03-01 -> ends 2027-02-28.
        assert_eq!(term_end(d("2026-11-30"), 1, Quarter), Some(d("2027-02-28")));
        // Differs from clamped calendar addition minus one day (2026-02-27).
        assert_eq!(
            add_calendar(d("2026-01-31"), 1, Month).and_then(|a| a.pred_opt()),
            Some(d("2026-02-27"))
        );
    }

    #[test]
    fn term_end_days_and_weeks() {
        use CalendarUnit::*;
        assert_eq!(term_end(d("2026-01-01"), 10, Day), Some(d("2026-01-10")));
        assert_eq!(term_end(d("2026-01-01"), 1, Day), Some(d("2026-01-01")));
        assert_eq!(term_end(d("2026-12-28"), 1, Week), Some(d("2027-01-03")));
        assert_eq!(term_end(d("2028-02-01"), 4, Week), Some(d("2028-02-28")));
        assert_eq!(term_end(d("2028-02-01"), 29, Day), Some(d("2028-02-29")));
    }

    #[test]
    fn term_end_degenerate_is_none() {
        use CalendarUnit::*;
        for unit in [Day, Week, Month, Quarter, Year] {
            assert_eq!(term_end(d("2026-01-01"), 0, unit), None);
            assert_eq!(term_end(d("2026-01-01"), -3, unit), None);
            assert_eq!(term_end(d("2026-01-01"), i64::MAX, unit), None);
            assert_eq!(term_end(NaiveDate::MAX, 2, unit), None);
        }
        // A term ending after 9999-12-31 has no end (§5.1).
        assert_eq!(term_end(NaiveDate::MAX, 1, Day), None);
        assert_eq!(term_end(d("9999-06-01"), 1, Year), None);
        assert_eq!(term_end(d("9999-01-01"), 1, Year), Some(LAST_DATE));
    }

    #[test]
    fn days_in_month_and_clamped_day() {
        assert_eq!(days_in_month(2026, 2), Some(28));
        assert_eq!(days_in_month(2028, 2), Some(29));
        assert_eq!(days_in_month(2100, 2), Some(28));
        assert_eq!(days_in_month(2000, 2), Some(29));
        assert_eq!(days_in_month(2026, 4), Some(30));
        assert_eq!(days_in_month(2026, 12), Some(31));
        assert_eq!(days_in_month(2026, 0), None);
        assert_eq!(days_in_month(2026, 13), None);
        assert_eq!(days_in_month(NaiveDate::MAX.year(), 12), Some(31));

        assert_eq!(day_of_month_clamped(2026, 2, 31), Some(d("2026-02-28")));
        assert_eq!(day_of_month_clamped(2028, 2, 30), Some(d("2028-02-29")));
        assert_eq!(day_of_month_clamped(2026, 4, 31), Some(d("2026-04-30")));
        assert_eq!(day_of_month_clamped(2026, 1, 15), Some(d("2026-01-15")));
        assert_eq!(
            day_of_month_clamped(2026, 1, u32::MAX),
            Some(d("2026-01-31"))
        );
        assert_eq!(day_of_month_clamped(2026, 1, 0), None);
        assert_eq!(day_of_month_clamped(2026, 13, 1), None);
        assert_eq!(day_of_month_clamped(i32::MAX, 1, 1), None);
        assert_eq!(day_of_month_clamped(i32::MIN, 1, 1), None);
    }

    #[test]
    fn nth_weekday() {
        use Ordinal::*;
        // 2026-02-01 is a Sunday.
        assert_eq!(
            nth_weekday_of_month(2026, 2, Tue, First),
            Some(d("2026-02-03"))
        );
        assert_eq!(
            nth_weekday_of_month(2026, 2, Tue, Last),
            Some(d("2026-02-24"))
        );
        assert_eq!(
            nth_weekday_of_month(2026, 2, Sun, First),
            Some(d("2026-02-01"))
        );
        // Thanksgiving 2026.
        assert_eq!(
            nth_weekday_of_month(2026, 11, Thu, Fourth),
            Some(d("2026-11-26"))
        );
        // 2026-01: Thu 1, Fri 2 -> last Friday is the 30th; five Thursdays.
        assert_eq!(
            nth_weekday_of_month(2026, 1, Fri, Last),
            Some(d("2026-01-30"))
        );
        assert_eq!(
            nth_weekday_of_month(2026, 1, Thu, Last),
            Some(d("2026-01-29"))
        );
        assert_eq!(
            nth_weekday_of_month(2026, 1, Thu, Fourth),
            Some(d("2026-01-22"))
        );
        assert_eq!(
            nth_weekday_of_month(2026, 6, Mon, First),
            Some(d("2026-06-01"))
        );
        assert_eq!(
            nth_weekday_of_month(2026, 6, Mon, Second),
            Some(d("2026-06-08"))
        );
        assert_eq!(
            nth_weekday_of_month(2026, 6, Mon, Third),
            Some(d("2026-06-15"))
        );
        // 2028-02 (leap) starts on Tuesday: Tuesdays 1, 8, 15, 22, 29.
        assert_eq!(
            nth_weekday_of_month(2028, 2, Tue, Last),
            Some(d("2028-02-29"))
        );
        assert_eq!(nth_weekday_of_month(2026, 0, Mon, First), None);
        assert_eq!(nth_weekday_of_month(2026, 13, Mon, Last), None);
        assert_eq!(nth_weekday_of_month(i32::MAX, 1, Mon, Last), None);
        // Last month chrono can represent.
        let max = NaiveDate::MAX;
        assert!(nth_weekday_of_month(max.year(), 12, Wed, Last).is_some());
    }

    #[test]
    fn within_hours() {
        let day = d("2026-12-31");
        assert_eq!(within_hours_due(day, 0), Some(day));
        assert_eq!(within_hours_due(day, 1), Some(d("2027-01-01")));
        assert_eq!(within_hours_due(day, 24), Some(d("2027-01-01")));
        assert_eq!(within_hours_due(day, 25), Some(d("2027-01-02")));
        assert_eq!(within_hours_due(day, 48), Some(d("2027-01-02")));
        assert_eq!(within_hours_due(day, 49), Some(d("2027-01-03")));
        assert_eq!(within_hours_due(NaiveDate::MAX, 1), None);
        // ~490,000 years: past chrono's last date.
        assert_eq!(within_hours_due(day, u32::MAX), None);
        // 1,000,000 hours = 41,666.67 days -> 41,667 days.
        assert_eq!(
            within_hours_due(day, 1_000_000),
            add_calendar(day, 41_667, CalendarUnit::Day)
        );
    }

    #[test]
    fn business_days_basic() {
        let cal = BusinessCalendar::default();
        assert!(cal.is_business_day(d("2026-01-02"))); // Fri
        assert!(!cal.is_business_day(d("2026-01-03"))); // Sat
        assert!(!cal.is_business_day(d("2026-01-04"))); // Sun
        assert!(!acme_calendar().is_business_day(d("2026-12-25")));
        // Fri 2026-01-02 + 1 -> Mon 2026-01-05; from Sat also Mon.
        assert_eq!(
            cal.add_business_days(d("2026-01-02"), 1),
            Some(d("2026-01-05"))
        );
        assert_eq!(
            cal.add_business_days(d("2026-01-03"), 1),
            Some(d("2026-01-05"))
        );
        assert_eq!(
            cal.add_business_days(d("2026-01-01"), 5),
            Some(d("2026-01-08"))
        );
        // n = 0 is the date itself, even on a weekend.
        assert_eq!(
            cal.add_business_days(d("2026-01-03"), 0),
            Some(d("2026-01-03"))
        );
        // Backwards: Mon 2026-01-05 - 1 -> Fri 2026-01-02.
        assert_eq!(
            cal.add_business_days(d("2026-01-05"), -1),
            Some(d("2026-01-02"))
        );
        assert_eq!(
            cal.add_business_days(d("2026-01-04"), -1),
            Some(d("2026-01-02"))
        );
    }

    #[test]
    fn business_days_over_year_end_with_holidays() {
        let cal = acme_calendar();
        // After Fri 2026-12-18: Dec 21,22,23,24 (1-4), 25 holiday,
        // 28,29,30,31 (5-8), Jan 1 holiday, Jan 4 (9), Jan 5 (10).
        assert_eq!(
            cal.add_business_days(d("2026-12-18"), 10),
            Some(d("2027-01-05"))
        );
        assert_eq!(
            cal.add_business_days(d("2027-01-05"), -10),
            Some(d("2026-12-18"))
        );
        assert_eq!(
            cal.add_business_days(d("2026-12-24"), 1),
            Some(d("2026-12-28"))
        );
        assert_eq!(
            cal.add_business_days(d("2026-12-31"), 1),
            Some(d("2027-01-04"))
        );
        // Without holidays: Dec 21-25 are 1-5, Dec 28 - Jan 1 are 6-10.
        let plain = BusinessCalendar::default();
        assert_eq!(
            plain.add_business_days(d("2026-12-18"), 10),
            Some(d("2027-01-01"))
        );
    }

    #[test]
    fn business_days_long_spans_skip_weeks_correctly() {
        let plain = BusinessCalendar::default();
        // 52 weeks after Thu 2026-01-01 is Thu 2026-12-31; those 364 days
        // hold exactly 260 weekdays, the last being 2026-12-31.
        assert_eq!(
            plain.add_business_days(d("2026-01-01"), 260),
            Some(d("2026-12-31"))
        );
        assert_eq!(
            plain.add_business_days(d("2026-12-31"), -260),
            Some(d("2026-01-01"))
        );
        // With Christmas 2026 a holiday, the 260th moves to Fri 2027-01-01;
        // the Acme calendar also closes 2027-01-01, so there it is Mon 2027-01-04.
        let xmas = BusinessCalendar::new(plain.workdays, [d("2026-12-25")]);
        assert_eq!(
            xmas.add_business_days(d("2026-01-01"), 260),
            Some(d("2027-01-01"))
        );
        assert_eq!(
            acme_calendar().add_business_days(d("2026-01-01"), 260),
            Some(d("2027-01-04"))
        );
        // Holidays on weekends do not count.
        let weekend_holidays =
            BusinessCalendar::new(plain.workdays, [d("2026-01-03"), d("2026-06-06")]);
        assert_eq!(
            weekend_holidays.add_business_days(d("2026-01-01"), 260),
            Some(d("2026-12-31"))
        );
    }

    /// Day-by-day reference for add_business_days.
    fn naive_add(cal: &BusinessCalendar, start: NaiveDate, n: i64) -> Option<NaiveDate> {
        let mut current = start;
        let mut remaining = n.unsigned_abs();
        while remaining > 0 {
            current = add_days(current, n.signum())?;
            if cal.is_business_day(current) {
                remaining -= 1;
            }
        }
        Some(current)
    }

    #[test]
    fn business_days_match_day_by_day_reference() {
        let mut holidays: Vec<NaiveDate> = ds(&[
            "2026-12-24",
            "2026-12-25",
            "2026-12-26",
            "2026-12-28",
            "2026-12-29",
            "2026-12-30",
            "2026-12-31",
            "2027-01-01",
            "2027-04-02",
            "2027-04-05",
            "2026-05-01",
        ]);
        // A whole holiday week.
        let mut day = d("2027-02-08");
        while day <= d("2027-02-14") {
            holidays.push(day);
            day = day.succ_opt().unwrap_or(day);
        }
        let calendars = [
            BusinessCalendar::new(
                [true, true, true, true, true, false, false],
                holidays.clone(),
            ),
            BusinessCalendar::new(
                [true, true, true, true, false, false, true],
                holidays.clone(),
            ),
            BusinessCalendar::new([false, false, true, false, false, false, false], holidays),
        ];
        for cal in &calendars {
            let mut start = d("2026-04-01");
            while start <= d("2027-05-01") {
                for n in -40..=40 {
                    assert_eq!(
                        cal.add_business_days(start, n),
                        naive_add(cal, start, n),
                        "{start} {n} {:?}",
                        cal.workdays
                    );
                }
                start = add_days(start, 3).unwrap_or(NaiveDate::MAX);
            }
        }
    }

    #[test]
    fn business_days_other_workweeks() {
        // Sunday–Thursday week: after Thu 2026-01-01 comes Sun 2026-01-04.
        let sun_thu = BusinessCalendar::new([true, true, true, true, false, false, true], []);
        assert_eq!(
            sun_thu.add_business_days(d("2026-01-01"), 1),
            Some(d("2026-01-04"))
        );
        assert_eq!(
            sun_thu.roll_following(d("2026-01-02")),
            Some(d("2026-01-04"))
        );
        assert_eq!(
            sun_thu.roll_preceding(d("2026-01-03")),
            Some(d("2026-01-01"))
        );
        // Only Wednesdays: 3rd Wednesday strictly after Wed 2026-01-07.
        let wed = BusinessCalendar::new([false, false, true, false, false, false, false], []);
        assert_eq!(
            wed.add_business_days(d("2026-01-07"), 3),
            Some(d("2026-01-28"))
        );
    }

    #[test]
    fn business_days_degenerate() {
        let none = BusinessCalendar::new([false; 7], []);
        assert!(!none.has_workdays());
        assert_eq!(none.add_business_days(d("2026-01-01"), 1), None);
        assert_eq!(none.add_business_days(d("2026-01-01"), -1), None);
        assert_eq!(
            none.add_business_days(d("2026-01-01"), 0),
            Some(d("2026-01-01"))
        );
        assert_eq!(none.roll_following(d("2026-01-01")), None);
        assert_eq!(none.roll_preceding(d("2026-01-01")), None);
        let plain = BusinessCalendar::default();
        assert_eq!(plain.add_business_days(d("2026-01-01"), i64::MAX), None);
        assert_eq!(plain.add_business_days(d("2026-01-01"), i64::MIN), None);
        assert_eq!(plain.add_business_days(NaiveDate::MAX, 1), None);
        assert_eq!(plain.add_business_days(NaiveDate::MIN, -20), None);
        // Near the end of the range: Friday-safe whatever weekday MAX is.
        assert_eq!(
            plain.add_business_days(NaiveDate::MAX, 0),
            Some(NaiveDate::MAX)
        );
        // Rolling past the end of the range.
        let max_is_weekend = !plain.is_business_day(NaiveDate::MAX);
        if max_is_weekend {
            assert_eq!(plain.roll_following(NaiveDate::MAX), None);
        }
    }

    #[test]
    fn rolling() {
        let cal = acme_calendar();
        assert_eq!(cal.roll_following(d("2026-01-03")), Some(d("2026-01-05")));
        assert_eq!(cal.roll_preceding(d("2026-01-04")), Some(d("2026-01-02")));
        assert_eq!(cal.roll_following(d("2026-01-05")), Some(d("2026-01-05")));
        assert_eq!(cal.roll_preceding(d("2026-01-05")), Some(d("2026-01-05")));
        // Fri 2026-12-25 holiday -> Mon 28 / Thu 24.
        assert_eq!(cal.roll_following(d("2026-12-25")), Some(d("2026-12-28")));
        assert_eq!(cal.roll_preceding(d("2026-12-25")), Some(d("2026-12-24")));
        // Fri 2027-01-01 holiday -> Mon 2027-01-04 / Thu 2026-12-31.
        assert_eq!(cal.roll_following(d("2027-01-01")), Some(d("2027-01-04")));
        assert_eq!(cal.roll_preceding(d("2027-01-01")), Some(d("2026-12-31")));
        // Every day of 2026 a holiday: next business day is Fri 2027-01-01.
        let mut all_2026 = Vec::new();
        let mut day = d("2026-01-01");
        while day <= d("2026-12-31") {
            all_2026.push(day);
            day = day.succ_opt().unwrap_or(day);
        }
        let blocked = BusinessCalendar::new(BusinessCalendar::default().workdays, all_2026);
        assert_eq!(
            blocked.roll_following(d("2026-01-01")),
            Some(d("2027-01-01"))
        );
        assert_eq!(
            blocked.roll_preceding(d("2026-12-31")),
            Some(d("2025-12-31"))
        );
    }

    #[test]
    fn daily_skips_weekends_and_holidays() {
        let cal = acme_calendar();
        let got: Vec<_> = occurrences(
            Cadence::Daily,
            Adjust::None,
            d("2026-12-19"),
            d("2027-01-08"),
            &cal,
        )
        .collect();
        assert_eq!(
            got,
            ds(&[
                "2026-12-21",
                "2026-12-22",
                "2026-12-23",
                "2026-12-24",
                "2026-12-28",
                "2026-12-29",
                "2026-12-30",
                "2026-12-31",
                "2027-01-04",
                "2027-01-05",
                "2027-01-06",
                "2027-01-07",
                "2027-01-08",
            ])
        );
    }

    #[test]
    fn weekly() {
        // Start Thu 2026-01-01, January 2026.
        let none = Cadence::Weekly { on: None };
        assert_eq!(
            occ(none, Adjust::None, "2026-01-01", "2026-01-31"),
            ds(&[
                "2026-01-01",
                "2026-01-08",
                "2026-01-15",
                "2026-01-22",
                "2026-01-29"
            ])
        );
        let monday = Cadence::Weekly { on: Some(Mon) };
        assert_eq!(
            occ(monday, Adjust::None, "2026-01-01", "2026-01-31"),
            ds(&["2026-01-05", "2026-01-12", "2026-01-19", "2026-01-26"])
        );
        // `on` the start's own weekday includes the start.
        let thursday = Cadence::Weekly { on: Some(Thu) };
        assert_eq!(
            occ(thursday, Adjust::None, "2026-01-01", "2026-01-15"),
            ds(&["2026-01-01", "2026-01-08", "2026-01-15"])
        );
        // Weekly keeps weekend dates unless adjusted: start Sat 2026-01-03.
        assert_eq!(
            occ(none, Adjust::None, "2026-01-03", "2026-01-17"),
            ds(&["2026-01-03", "2026-01-10", "2026-01-17"])
        );
    }

    #[test]
    fn every_n_weeks_and_days() {
        assert_eq!(
            occ(
                Cadence::EveryNWeeks { n: 2, on: None },
                Adjust::None,
                "2026-01-01",
                "2026-03-31"
            ),
            ds(&[
                "2026-01-01",
                "2026-01-15",
                "2026-01-29",
                "2026-02-12",
                "2026-02-26",
                "2026-03-12",
                "2026-03-26",
            ])
        );
        assert_eq!(
            occ(
                Cadence::EveryNWeeks {
                    n: 2,
                    on: Some(Mon)
                },
                Adjust::None,
                "2026-01-01",
                "2026-03-31"
            ),
            ds(&[
                "2026-01-05",
                "2026-01-19",
                "2026-02-02",
                "2026-02-16",
                "2026-03-02",
                "2026-03-16",
                "2026-03-30",
            ])
        );
        assert_eq!(
            occ(
                Cadence::EveryNDays { n: 10 },
                Adjust::None,
                "2026-12-25",
                "2027-01-31"
            ),
            ds(&["2026-12-25", "2027-01-04", "2027-01-14", "2027-01-24"])
        );
        // n = 0 yields nothing (and terminates).
        assert!(occ(
            Cadence::EveryNDays { n: 0 },
            Adjust::None,
            "2026-01-01",
            "2026-12-31"
        )
        .is_empty());
        assert!(occ(
            Cadence::EveryNWeeks {
                n: 0,
                on: Some(Tue)
            },
            Adjust::Following,
            "2026-01-01",
            "2026-12-31"
        )
        .is_empty());
    }

    #[test]
    fn monthly_start_day_clamps_from_original_day() {
        let monthly = Cadence::Monthly {
            on: MonthlyOn::StartDay,
        };
        // Term 2026-01-31 for 1 year ends 2027-01-30, so 2027-01-31 is out.
        let end = term_end(d("2026-01-31"), 1, CalendarUnit::Year);
        assert_eq!(end, Some(d("2027-01-30")));
        assert_eq!(
            occ(monthly, Adjust::None, "2026-01-31", "2027-01-30"),
            ds(&[
                "2026-01-31",
                "2026-02-28",
                "2026-03-31",
                "2026-04-30",
                "2026-05-31",
                "2026-06-30",
                "2026-07-31",
                "2026-08-31",
                "2026-09-30",
                "2026-10-31",
                "2026-11-30",
                "2026-12-31",
            ])
        );
        // Leap February: 2028-01-30 for 3 months ends 2028-04-29.
        assert_eq!(
            occ(monthly, Adjust::None, "2028-01-30", "2028-04-29"),
            ds(&["2028-01-30", "2028-02-29", "2028-03-30"])
        );
    }

    #[test]
    fn monthly_on_day() {
        let on_15 = Cadence::Monthly {
            on: MonthlyOn::DayOfMonth(15),
        };
        assert_eq!(
            occ(on_15, Adjust::None, "2026-01-20", "2026-05-31"),
            ds(&["2026-02-15", "2026-03-15", "2026-04-15", "2026-05-15"])
        );
        assert_eq!(
            occ(on_15, Adjust::None, "2026-01-15", "2026-03-14"),
            ds(&["2026-01-15", "2026-02-15"])
        );
        let on_31 = Cadence::Monthly {
            on: MonthlyOn::DayOfMonth(31),
        };
        assert_eq!(
            occ(on_31, Adjust::None, "2026-01-01", "2026-06-30"),
            ds(&[
                "2026-01-31",
                "2026-02-28",
                "2026-03-31",
                "2026-04-30",
                "2026-05-31",
                "2026-06-30",
            ])
        );
        let on_0 = Cadence::Monthly {
            on: MonthlyOn::DayOfMonth(0),
        };
        assert!(occ(on_0, Adjust::None, "2026-01-01", "2026-06-30").is_empty());
    }

    #[test]
    fn monthly_on_first_tuesday() {
        let first_tuesday = Cadence::Monthly {
            on: MonthlyOn::NthWeekday(Ordinal::First, Tue),
        };
        assert_eq!(
            occ(first_tuesday, Adjust::None, "2026-01-01", "2026-12-31"),
            ds(&[
                "2026-01-06",
                "2026-02-03",
                "2026-03-03",
                "2026-04-07",
                "2026-05-05",
                "2026-06-02",
                "2026-07-07",
                "2026-08-04",
                "2026-09-01",
                "2026-10-06",
                "2026-11-03",
                "2026-12-01",
            ])
        );
        // Starting after January's first Tuesday.
        assert_eq!(
            occ(first_tuesday, Adjust::None, "2026-01-10", "2026-03-02"),
            ds(&["2026-02-03"])
        );
    }

    #[test]
    fn quarterly() {
        let start_day = Cadence::Quarterly {
            on: MonthlyOn::StartDay,
        };
        assert_eq!(
            occ(start_day, Adjust::None, "2026-01-01", "2028-12-31"),
            ds(&[
                "2026-01-01",
                "2026-04-01",
                "2026-07-01",
                "2026-10-01",
                "2027-01-01",
                "2027-04-01",
                "2027-07-01",
                "2027-10-01",
                "2028-01-01",
                "2028-04-01",
                "2028-07-01",
                "2028-10-01",
            ])
        );
        // From the original day 30, not the clamped 28 February.
        assert_eq!(
            occ(start_day, Adjust::None, "2025-11-30", "2026-11-29"),
            ds(&["2025-11-30", "2026-02-28", "2026-05-30", "2026-08-30"])
        );
        // Months Jan, Apr, Jul, Oct from a mid-January start.
        let last_friday = Cadence::Quarterly {
            on: MonthlyOn::NthWeekday(Ordinal::Last, Fri),
        };
        assert_eq!(
            occ(last_friday, Adjust::None, "2026-01-15", "2027-01-14"),
            ds(&["2026-01-30", "2026-04-24", "2026-07-31", "2026-10-30"])
        );
        // Day 10 of January is before the start: first is April.
        let on_10 = Cadence::Quarterly {
            on: MonthlyOn::DayOfMonth(10),
        };
        assert_eq!(
            occ(on_10, Adjust::None, "2026-01-15", "2027-01-14"),
            ds(&["2026-04-10", "2026-07-10", "2026-10-10", "2027-01-10"])
        );
    }

    #[test]
    fn annually_leap_day() {
        // Term 2028-02-29 for 5 years: anniversary 2033-02-29 is missing ->
        // 2033-03-01 -> the term ends 2033-02-28.
        let end = term_end(d("2028-02-29"), 5, CalendarUnit::Year);
        assert_eq!(end, Some(d("2033-02-28")));
        assert_eq!(
            occ(Cadence::Annually, Adjust::None, "2028-02-29", "2033-02-28"),
            ds(&[
                "2028-02-29",
                "2029-02-28",
                "2030-02-28",
                "2031-02-28",
                "2032-02-29",
                "2033-02-28",
            ])
        );
        assert_eq!(
            occ(Cadence::Annually, Adjust::None, "2026-01-01", "2028-12-31"),
            ds(&["2026-01-01", "2027-01-01", "2028-01-01"])
        );
    }

    #[test]
    fn adjusted_following_and_preceding() {
        let monthly = Cadence::Monthly {
            on: MonthlyOn::StartDay,
        };
        // Jan 31 Sat, Feb 28 Sat, Mar 31 Tue, Apr 30 Thu, May 31 Sun, Jun 30 Tue.
        assert_eq!(
            occ(monthly, Adjust::Following, "2026-01-31", "2026-07-15"),
            ds(&[
                "2026-02-02",
                "2026-03-02",
                "2026-03-31",
                "2026-04-30",
                "2026-06-01",
                "2026-06-30",
            ])
        );
        // Preceding: Jan 31 -> Jan 30 (before the start: dropped).
        assert_eq!(
            occ(monthly, Adjust::Preceding, "2026-01-31", "2026-07-15"),
            ds(&[
                "2026-02-27",
                "2026-03-31",
                "2026-04-30",
                "2026-05-29",
                "2026-06-30"
            ])
        );
    }

    #[test]
    fn adjusted_dates_leaving_the_term_are_dropped() {
        let weekly = Cadence::Weekly { on: None };
        // Saturdays Jan 3..31 2026; the term ends Sat Jan 31.
        assert_eq!(
            occ(weekly, Adjust::Following, "2026-01-03", "2026-01-31"),
            ds(&["2026-01-05", "2026-01-12", "2026-01-19", "2026-01-26"])
        );
        assert_eq!(
            occ(weekly, Adjust::Preceding, "2026-01-03", "2026-01-31"),
            ds(&["2026-01-09", "2026-01-16", "2026-01-23", "2026-01-30"])
        );
    }

    #[test]
    fn adjusted_collisions_are_deduplicated() {
        let every_day = Cadence::EveryNDays { n: 1 };
        // Fri 2 .. Tue 6 January 2026: Sat and Sun roll onto Mon / Fri.
        assert_eq!(
            occ(every_day, Adjust::Following, "2026-01-02", "2026-01-06"),
            ds(&["2026-01-02", "2026-01-05", "2026-01-06"])
        );
        assert_eq!(
            occ(every_day, Adjust::Preceding, "2026-01-02", "2026-01-06"),
            ds(&["2026-01-02", "2026-01-05", "2026-01-06"])
        );
    }

    #[test]
    fn holidays_only_move_adjusted_cadences() {
        let cal = acme_calendar();
        let fridays = Cadence::Weekly { on: Some(Fri) };
        let run = |adjust| -> Vec<NaiveDate> {
            occurrences(fridays, adjust, d("2026-12-01"), d("2027-01-10"), &cal).collect()
        };
        assert_eq!(
            run(Adjust::None),
            ds(&[
                "2026-12-04",
                "2026-12-11",
                "2026-12-18",
                "2026-12-25",
                "2027-01-01",
                "2027-01-08"
            ])
        );
        assert_eq!(
            run(Adjust::Following),
            ds(&[
                "2026-12-04",
                "2026-12-11",
                "2026-12-18",
                "2026-12-28",
                "2027-01-04",
                "2027-01-08"
            ])
        );
        assert_eq!(
            run(Adjust::Preceding),
            ds(&[
                "2026-12-04",
                "2026-12-11",
                "2026-12-18",
                "2026-12-24",
                "2026-12-31",
                "2027-01-08"
            ])
        );
    }

    #[test]
    fn design_example_meeting_counts() {
        // term 2026-01-01 for 3 years, Acme calendar.
        let cal = acme_calendar();
        let (start, end) = (d("2026-01-01"), d("2028-12-31"));
        let all = |c: Cadence| -> Vec<NaiveDate> {
            occurrences(c, Adjust::None, start, end, &cal).collect()
        };
        // Weekdays: 2026 has 261 (starts Thu), 2027 261 (starts Fri),
        // 2028 260 (leap, starts Sat); minus 2 holidays.
        assert_eq!(all(Cadence::Daily).len(), 780);
        let mondays = all(Cadence::Weekly { on: Some(Mon) });
        assert_eq!(mondays.len(), 156);
        assert_eq!(mondays.first(), Some(&d("2026-01-05")));
        assert_eq!(mondays.last(), Some(&d("2028-12-25")));
        let first_tuesdays = all(Cadence::Monthly {
            on: MonthlyOn::NthWeekday(Ordinal::First, Tue),
        });
        assert_eq!(first_tuesdays.len(), 36);
        assert_eq!(first_tuesdays.last(), Some(&d("2028-12-05")));
        assert_eq!(
            all(Cadence::Quarterly {
                on: MonthlyOn::StartDay
            })
            .len(),
            12
        );
    }

    #[test]
    fn degenerate_terms_and_calendars() {
        let monthly = Cadence::Monthly {
            on: MonthlyOn::StartDay,
        };
        // Inverted term.
        assert!(occ(monthly, Adjust::None, "2026-02-01", "2026-01-31").is_empty());
        // One-day term.
        assert_eq!(
            occ(monthly, Adjust::None, "2026-02-01", "2026-02-01"),
            ds(&["2026-02-01"])
        );
        assert!(occ(Cadence::Daily, Adjust::None, "2026-01-03", "2026-01-04").is_empty());
        // No working weekday: daily and adjusted cadences are empty, plain
        // cadences keep their dates.
        let none = BusinessCalendar::new([false; 7], []);
        let (s, e) = (d("2026-01-01"), d("2026-03-31"));
        assert_eq!(
            occurrences(Cadence::Daily, Adjust::None, s, e, &none).count(),
            0
        );
        assert_eq!(
            occurrences(monthly, Adjust::Following, s, e, &none).count(),
            0
        );
        assert_eq!(
            occurrences(monthly, Adjust::Preceding, s, e, &none).count(),
            0
        );
        assert_eq!(occurrences(monthly, Adjust::None, s, e, &none).count(), 3);
    }

    #[test]
    fn lazy_and_safe_at_range_limits() {
        let cal = BusinessCalendar::default();
        // A term to the end of time is fine when consumed lazily.
        let first: Vec<_> = occurrences(
            Cadence::Daily,
            Adjust::None,
            d("2026-01-01"),
            NaiveDate::MAX,
            &cal,
        )
        .take(3)
        .collect();
        assert_eq!(first, ds(&["2026-01-01", "2026-01-02", "2026-01-05"]));
        // Near MAX every cadence terminates without panicking.
        let near_max = add_days(NaiveDate::MAX, -400).unwrap_or(NaiveDate::MAX);
        let cadences = [
            Cadence::Daily,
            Cadence::Weekly { on: None },
            Cadence::Weekly { on: Some(Sun) },
            Cadence::EveryNWeeks {
                n: u32::MAX,
                on: Some(Wed),
            },
            Cadence::EveryNDays { n: 1 },
            Cadence::EveryNDays { n: u32::MAX },
            Cadence::Monthly {
                on: MonthlyOn::StartDay,
            },
            Cadence::Monthly {
                on: MonthlyOn::DayOfMonth(31),
            },
            Cadence::Quarterly {
                on: MonthlyOn::NthWeekday(Ordinal::Last, Sat),
            },
            Cadence::Annually,
        ];
        for cadence in cadences {
            for adjust in [Adjust::None, Adjust::Following, Adjust::Preceding] {
                let got: Vec<_> =
                    occurrences(cadence, adjust, near_max, NaiveDate::MAX, &cal).collect();
                assert!(got.windows(2).all(|w| matches!(w, [a, b] if a < b)));
                assert!(got.iter().all(|x| *x >= near_max));
                let got: Vec<_> = occurrences(
                    cadence,
                    adjust,
                    NaiveDate::MIN,
                    add_days(NaiveDate::MIN, 400).unwrap_or(NaiveDate::MIN),
                    &cal,
                )
                .collect();
                assert!(!got.is_empty(), "{cadence:?} {adjust:?}");
            }
        }
        // Huge steps over the whole range yield just the start.
        let got: Vec<_> = occurrences(
            Cadence::EveryNDays { n: u32::MAX },
            Adjust::None,
            NaiveDate::MIN,
            NaiveDate::MAX,
            &cal,
        )
        .collect();
        assert_eq!(got, vec![NaiveDate::MIN]);
    }

    #[test]
    fn iterator_is_fused() {
        let cal = BusinessCalendar::default();
        let mut it = occurrences(
            Cadence::Weekly { on: None },
            Adjust::None,
            d("2026-01-01"),
            d("2026-01-08"),
            &cal,
        );
        assert_eq!(it.next(), Some(d("2026-01-01")));
        assert_eq!(it.next(), Some(d("2026-01-08")));
        assert_eq!(it.next(), None);
        assert_eq!(it.next(), None);
    }

    #[test]
    fn range_view() {
        let cal = BusinessCalendar::default();
        let got: Vec<_> = occurrences_in_range(
            Cadence::Monthly {
                on: MonthlyOn::StartDay,
            },
            Adjust::None,
            d("2026-01-31"),
            d("2027-01-30"),
            &cal,
            d("2026-03-01"),
            d("2026-04-30"),
        )
        .collect();
        assert_eq!(got, ds(&["2026-03-31", "2026-04-30"]));
    }
}
