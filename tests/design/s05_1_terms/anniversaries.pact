// §5 term, §5.1 Dates: "A term `START for N years|months` ends the day before the anniversary. An anniversary on
// a day the month lacks (29 February) moves to the 1st of the next month". Right answers (schedule, `term end`):
//   May31: `2026-05-31 for 1 month` -> anniversary 2026-06-31 missing -> 2026-07-01 -> ends 2026-06-30.
//   Leap4: `2024-02-29 for 4 years` -> anniversary 2028-02-29 exists -> ends 2028-02-28.
//   Weeks2: `2026-01-15 for 2 weeks` -> ends 2026-01-28.
//   Mar31: `2026-03-31 for 11 months` -> anniversary 2027-02-31 missing -> 2027-03-01 -> ends 2027-02-28.
//   Days: `2026-12-20 for 15 days` -> ends 2027-01-03 (crosses the year).
party Acme { role ops }
party Globex { role delivery }
partnership May31 {
  parties Acme as client, Globex as provider
  term 2026-05-31 for 1 month
}
partnership Leap4 {
  parties Acme as client, Globex as provider
  term 2024-02-29 for 4 years
}
partnership Weeks2 {
  parties Acme as client, Globex as provider
  term 2026-01-15 for 2 weeks
}
partnership Mar31 {
  parties Acme as client, Globex as provider
  term 2026-03-31 for 11 months
}
partnership Days {
  parties Acme as client, Globex as provider
  term 2026-12-20 for 15 days
}
