// §5 term / §5.1 Dates and Recurrences. Hand-computed right answers (schedule JSON):
// Leap: `2028-02-29 for 1 year` ends 2029-02-28 (anniversary 2029-02-29 missing -> 2029-03-01, minus 1 day).
//   meeting m monthly: 2028-02-29, 03-29, 04-29, ... 2029-01-29 (12 occurrences; 2029-02-28 is NOT
//   an occurrence: the start's day 29 clamps to 28 in Feb 2029 — 2029-02-28 is inside the term, so 13 total).
//   meeting a annually: 2028-02-29 only (2029-02-28 is the clamped anniversary and lies in the term: 2 total).
// MonthEnd: `2026-01-31 for 6 months` ends 2026-07-30 (anniversary 2026-07-31, minus 1).
//   meeting m monthly: 01-31, 02-28, 03-31, 04-30, 05-31, 06-30 (6; 07-31 is outside the term).
//   meeting q quarterly: 01-31, 04-30 (07-31 outside).
//   renewal window opens 10 days before end: 2026-07-20; decision due 5 days before end: 2026-07-25.
// ToEnd: `2026-03-01 to 2026-03-31` inclusive: weekly on monday: 03-02, 09, 16, 23, 30.
//   every 2 weeks on wednesday: first wednesday on/after start 2026-03-04, then 03-18.
//   monthly on day 15: 2026-03-15 (a Sunday; not adjusted -> stays).
//   monthly on day 15 adjusted following: 2026-03-16. adjusted preceding: 2026-03-13.
//   monthly on last friday? (not in design) — not used.
// Adjusted: `2026-01-01 for 3 months`, monthly adjusted following: 01-01 (Thu, ok), 02-02 (Mon; 02-01 is Sun), 03-02 (Mon; 03-01 is Sun).
//   monthly on first tuesday: 01-06, 02-03, 03-03.
// QuarterlyOn: `2026-02-10 for 1 year`, quarterly on day 5: in the start's month and every third month:
//   02-05 is before the start -> skipped; 05-05, 08-05, 11-05. (2027-02-05 inside term: term ends 2027-02-09 -> yes, 4th.)
party Acme { role ops }
party Globex { role delivery }
partnership Leap {
  parties Acme as client, Globex as provider
  term 2028-02-29 for 1 year
  meeting m monthly 1 hour with Acme.ops, Globex.delivery
  meeting a annually 1 hour with Acme.ops, Globex.delivery
}
partnership MonthEnd {
  parties Acme as client, Globex as provider
  term 2026-01-31 for 6 months
  meeting m monthly 1 hour with Acme.ops, Globex.delivery
  meeting q quarterly 1 hour with Acme.ops, Globex.delivery
  renewal {
    window opens 10 days before end
    decision due 5 days before end
    default renew for 6 months
  }
}
partnership ToEnd {
  parties Acme as client, Globex as provider
  term 2026-03-01 to 2026-03-31
  meeting w weekly on monday 1 hour with Acme.ops, Globex.delivery
  meeting b every 2 weeks on wednesday 1 hour with Acme.ops, Globex.delivery
  meeting d monthly on day 15 1 hour with Acme.ops, Globex.delivery
  meeting f monthly on day 15 adjusted following 1 hour with Acme.ops, Globex.delivery
  meeting p monthly on day 15 adjusted preceding 1 hour with Acme.ops, Globex.delivery
}
partnership Adjusted {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 3 months
  meeting f monthly adjusted following 1 hour with Acme.ops, Globex.delivery
  meeting t monthly on first tuesday 1 hour with Acme.ops, Globex.delivery
}
partnership QuarterlyOn {
  parties Acme as client, Globex as provider
  term 2026-02-10 for 1 year
  meeting q quarterly on day 5 1 hour with Acme.ops, Globex.delivery
}
