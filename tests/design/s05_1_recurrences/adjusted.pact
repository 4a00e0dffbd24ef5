// §5.1 Recurrences: "Only `daily` skips non-business days; other cadences keep their dates unless the clause says
// `adjusted following` or `adjusted preceding` (roll to the next / previous business day)"; holidays count.
// Right answers (schedule):
//   Pre30: term 2026-01-01 for 1 year, `monthly on day 30 adjusted preceding` (day 30 clamped in February):
//     01-30, 02-27 (02-28 Sat), 03-30, 04-30, 05-29 (05-30 Sat), 06-30, 07-30, 08-28 (08-30 Sun), 09-30, 10-30,
//     11-30, 12-30 (12).
//   Hol: term 2026-12-21 to 2027-01-08, holidays 2026-12-24, 2026-12-25, 2027-01-01, `daily`:
//     12-21, 12-22, 12-23, 12-28, 12-29, 12-30, 12-31, 01-04, 01-05, 01-06, 01-07, 01-08 (12).
//   GoodFri: term 2026-04-01 to 2026-04-30, holiday 2026-04-03, `weekly on friday adjusted preceding`:
//     04-02 (rolled from the holiday), 04-10, 04-17, 04-24 (4).
//   Ann: term 2026-03-01 for 3 years (ends 2029-02-28), `annually adjusted following`:
//     2026-03-02 (03-01 is a Sunday), 2027-03-01 (Mon), 2028-03-01 (Wed) (3).
party Acme { role ops }
party Globex { role delivery }
partnership Pre30 {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  meeting m monthly on day 30 adjusted preceding 1 hour with Acme.ops, Globex.delivery
}
partnership Hol {
  parties Acme as client, Globex as provider
  term 2026-12-21 to 2027-01-08
  calendar weekdays mon-fri holidays 2026-12-24, 2026-12-25, 2027-01-01
  meeting d daily 15 minutes with Acme.ops, Globex.delivery
}
partnership GoodFri {
  parties Acme as client, Globex as provider
  term 2026-04-01 to 2026-04-30
  calendar weekdays mon-fri holidays 2026-04-03
  meeting w weekly on friday adjusted preceding 1 hour with Acme.ops, Globex.delivery
}
partnership Ann {
  parties Acme as client, Globex as provider
  term 2026-03-01 for 3 years
  meeting a annually adjusted following 1 hour with Acme.ops, Globex.delivery
}
