//! Time zones (design §10.4): a partnership's `timezone` is an IANA zone
//! (the database is `chrono-tz`, compiled in), and a meeting's time of day
//! is a local time there. Collisions compare the instants, and the outputs
//! carry the zone and the UTC offset of each timed event.
//!
//! The one thing that is not obvious: local times that do not exist or
//! exist twice. Following RFC 5545 (§3.3.5), a time repeated when the
//! clocks go back is its first occurrence, and a time skipped when they go
//! forward is read with the offset in force before the change (02:30 on
//! the day New York skips from 02:00 to 03:00 is 07:30 UTC, 03:30 local).

use chrono::{Duration, LocalResult, NaiveDate, NaiveDateTime, Offset, TimeZone};
use chrono_tz::{OffsetComponents, OffsetName, Tz};

/// The IANA zone of that name (exactly as the database spells it).
pub fn zone(name: &str) -> Option<Tz> {
    name.parse::<Tz>().ok()
}

/// Every zone name the database knows, for suggestions.
pub fn names() -> impl Iterator<Item = &'static str> {
    chrono_tz::TZ_VARIANTS.iter().map(|tz| tz.name())
}

/// The UTC instant of a local date and time in `tz` (see the module doc
/// for times that do not exist or exist twice).
pub fn to_utc(tz: Tz, local: NaiveDateTime) -> NaiveDateTime {
    match tz.from_local_datetime(&local) {
        LocalResult::Single(t) | LocalResult::Ambiguous(t, _) => t.naive_utc(),
        LocalResult::None => {
            // In a gap: the offset of a day before is the one in force
            // before the change (changes are months apart).
            let before = local - Duration::days(1);
            let offset = tz.offset_from_utc_datetime(&before).fix();
            local - Duration::seconds(i64::from(offset.local_minus_utc()))
        }
    }
}

/// The UTC offset of a local time in `tz`, in seconds east of UTC, such
/// that the local time minus the offset is its instant ([`to_utc`]).
pub fn utc_offset_seconds(tz: Tz, local: NaiveDateTime) -> i64 {
    (local - to_utc(tz, local)).num_seconds()
}

/// `+01:00`, `-05:00`, `+05:45` (ISO 8601, as in RFC 3339).
pub fn offset_text(seconds: i64) -> String {
    let sign = if seconds < 0 { '-' } else { '+' };
    let minutes = seconds.unsigned_abs() / 60;
    format!("{sign}{:02}:{:02}", minutes / 60, minutes % 60)
}

/// One observance of a zone: the offset in force from an instant on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Observance {
    /// The UTC instant it starts.
    pub utc: NaiveDateTime,
    /// The offset before it, in seconds east of UTC.
    pub from: i64,
    /// The offset from then on.
    pub to: i64,
    /// Daylight-saving (summer) time rather than standard time.
    pub daylight: bool,
    /// The abbreviation (`BST`, `EDT`), when the database has a letter one.
    pub name: Option<String>,
}

fn observance_at(tz: Tz, utc: NaiveDateTime, from: i64) -> Observance {
    let offset = tz.offset_from_utc_datetime(&utc);
    Observance {
        utc,
        from,
        to: i64::from(offset.fix().local_minus_utc()),
        daylight: !offset.dst_offset().is_zero(),
        name: offset
            .abbreviation()
            .filter(|a| a.chars().all(|c| c.is_ascii_alphabetic()))
            .map(str::to_string),
    }
}

/// The observances of `tz` covering local dates `from..=to`: the one in
/// force at the start of the day before `from` (its `from` equals its
/// `to`), then one per change of offset up to the day after `to`.
///
/// The database is probed once a day at midnight UTC and a change is
/// narrowed to the second by bisection, so two changes within one day
/// (none in the database since 1945) would be seen as one.
pub fn observances(tz: Tz, from: NaiveDate, to: NaiveDate) -> Vec<Observance> {
    let midnight = |d: NaiveDate| d.and_hms_opt(0, 0, 0).unwrap_or_default();
    let start = midnight(from.pred_opt().unwrap_or(from));
    let stop = midnight(to.succ_opt().and_then(|d| d.succ_opt()).unwrap_or(to));
    let offset =
        |utc: NaiveDateTime| i64::from(tz.offset_from_utc_datetime(&utc).fix().local_minus_utc());
    let first = observance_at(tz, start, 0);
    let mut current = first.to;
    let mut out = vec![Observance {
        from: current,
        ..first
    }];
    let mut day = start;
    while day < stop {
        let next = day + Duration::days(1);
        if offset(next) != current {
            // Bisect: the offset at `lo` is `current`, at `hi` the new one.
            // Whole seconds after `day`, so the instant stays exact.
            let (mut lo, mut hi) = (0_i64, 86_400_i64);
            while hi - lo > 1 {
                let mid = lo + (hi - lo) / 2;
                if offset(day + Duration::seconds(mid)) == current {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            let o = observance_at(tz, day + Duration::seconds(hi), current);
            current = o.to;
            out.push(o);
        }
        day = next;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn at(date: &str, h: u32, m: u32) -> NaiveDateTime {
        NaiveDate::parse_from_str(date, "%Y-%m-%d")
            .ok()
            .and_then(|d| d.and_hms_opt(h, m, 0))
            .unwrap_or_default()
    }

    #[test]
    fn known_and_unknown_zones() {
        assert!(zone("Europe/London").is_some());
        assert!(zone("America/New_York").is_some());
        assert!(zone("Europe/Londn").is_none());
        assert!(names().any(|n| n == "Asia/Tokyo"));
    }

    #[test]
    fn instants_across_daylight_saving() {
        let london = zone("Europe/London").unwrap_or(Tz::UTC);
        let new_york = zone("America/New_York").unwrap_or(Tz::UTC);
        // Winter: London is UTC, New York UTC-5.
        assert_eq!(
            to_utc(london, at("2026-01-15", 15, 0)),
            at("2026-01-15", 15, 0)
        );
        assert_eq!(
            to_utc(new_york, at("2026-01-15", 10, 0)),
            at("2026-01-15", 15, 0)
        );
        // 2026-03-16: New York is on daylight time (since 8 March), London
        // not yet (29 March): 15:00 London is 11:00 New York.
        assert_eq!(
            to_utc(new_york, at("2026-03-16", 11, 0)),
            at("2026-03-16", 15, 0)
        );
        assert_eq!(
            utc_offset_seconds(new_york, at("2026-03-16", 11, 0)),
            -4 * 3600
        );
        // Summer: London UTC+1.
        assert_eq!(utc_offset_seconds(london, at("2026-07-01", 9, 0)), 3600);
        // The gap: 02:30 on 2026-03-08 in New York is read with -05:00.
        assert_eq!(
            to_utc(new_york, at("2026-03-08", 2, 30)),
            at("2026-03-08", 7, 30)
        );
        // The repeated hour: 01:30 on 2026-11-01 is the first (-04:00).
        assert_eq!(
            to_utc(new_york, at("2026-11-01", 1, 30)),
            at("2026-11-01", 5, 30)
        );
        assert_eq!(offset_text(-4 * 3600), "-04:00");
        assert_eq!(offset_text(5 * 3600 + 45 * 60), "+05:45");
        assert_eq!(offset_text(0), "+00:00");
    }

    #[test]
    fn observances_across_a_year() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let london = zone("Europe/London").unwrap();
        let all = observances(london, d("2026-01-01"), d("2026-12-31"));
        assert_eq!(all.len(), 3);
        assert_eq!((all[0].from, all[0].to, all[0].daylight), (0, 0, false));
        // Clocks go forward at 01:00 UTC on 29 March, back at 01:00 UTC on
        // 25 October 2026.
        assert_eq!(all[1].utc, at("2026-03-29", 1, 0));
        assert_eq!((all[1].from, all[1].to, all[1].daylight), (0, 3600, true));
        assert_eq!(all[1].name.as_deref(), Some("BST"));
        assert_eq!(all[2].utc, at("2026-10-25", 1, 0));
        assert_eq!((all[2].from, all[2].to), (3600, 0));
        let tokyo = zone("Asia/Tokyo").unwrap();
        let all = observances(tokyo, d("2026-01-01"), d("2030-12-31"));
        assert_eq!(all.len(), 1);
        assert_eq!(all[0].to, 9 * 3600);
    }
}
