// §2 weekday ranges, §5 calendar, §5.1 business days. Right answers:
// Gulf (calendar weekdays sun-thu; term 2026-01-01 for 90 days -> ends 2026-03-31):
//   meeting d daily: only Sun-Thu: first dates 2026-01-01 (Thu), 01-04 (Sun), 01-05 (Mon) ... never Fri/Sat.
//   renewal window opens 10 business days before end: counting back strictly before 03-31 (Tue) on Sun-Thu:
//   03-30 Mon(1), 03-29 Sun(2), 03-26 Thu(3), 03-25(4), 03-24(5), 03-23(6), 03-22 Sun(7), 03-19 Thu(8),
//   03-18(9), 03-17(10) -> 2026-03-17. decision due 5 business days before end -> 03-30,29,26,25,24 -> 2026-03-24.
// Weeks (term 2026-01-05 for 52 weeks -> ends 2027-01-03): meeting w weekly on mon at 9:00 1 hour (no `for`).
//   -> 52 occurrences, 2026-01-05 .. 2026-12-28. renewal window 3 months before end -> 2026-10-03;
//   decision due 1 month before end -> 2026-12-03.
// Months18 (2026-01-31 for 18 months -> anniversary 2027-07-31 -> ends 2027-07-30).
party Acme { role ops }
party Globex { role delivery }
partnership Gulf {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 90 days
  calendar weekdays sun-thu
  meeting d daily 15 minutes with Acme.ops, Globex.delivery
  renewal {
    window opens 10 business days before end
    decision due 5 business days before end
    default renew for 90 days
  }
}
partnership Weeks {
  parties Acme as client, Globex as provider
  term 2026-01-05 for 52 weeks
  meeting w weekly on mon at 9:00 1 hour with Acme.ops, Globex.delivery
  renewal {
    window opens 3 months before end
    decision due 1 month before end
    default expire
  }
}
partnership Months18 {
  parties Acme as client, Globex as provider
  term 2026-01-31 for 18 months
}
