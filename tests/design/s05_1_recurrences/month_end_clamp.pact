// §5.1 Recurrences: "`monthly` falls on the start's day of month, clamped to the month's last day ...; `quarterly`
// is every 3 months on the same rule; occurrences lie inside the term"; iCalendar: "a monthly rule on day 29-31 is
// written so that it clamps (BYMONTHDAY=28,29,30,31;BYSETPOS=-1 for the 31st), or as explicit dates".
// Right answers (schedule):
//   Day31: term 2026-01-01 for 6 months (ends 2026-06-30); `monthly on day 31`:
//     01-31, 02-28, 03-31, 04-30, 05-31, 06-30 (6). In ICS: BYMONTHDAY=28,29,30,31;BYSETPOS=-1 or explicit dates.
//   Q30: term 2026-11-30 for 1 year (ends 2027-11-29); `quarterly`: 2026-11-30, 2027-02-28, 2027-05-30,
//     2027-08-30 (4; 2027-11-30 is after the end).
//   Rev31: term 2026-01-31 for 1 year (ends 2027-01-30); `review qbr quarterly`: 2026-01-31, 04-30, 07-31, 10-31 (4).
party Acme { role ops }
party Globex { role delivery }
signal scope_change: percent
partnership Day31 {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 6 months
  meeting m monthly on day 31 1 hour with Acme.ops, Globex.delivery
}
partnership Q30 {
  parties Acme as client, Globex as provider
  term 2026-11-30 for 1 year
  meeting q quarterly 1 hour with Acme.ops, Globex.delivery
}
partnership Rev31 {
  parties Acme as client, Globex as provider
  term 2026-01-31 for 1 year
  review qbr quarterly with Acme.ops, Globex.delivery {
    adjust scope when scope_change > 10%
  }
}
