// §5.1 turn-2 rulings: "`every N weeks on WD` starts at the first such weekday on or after the start.
// `quarterly on ...` falls in the start's month and every third month after; a day before the start is skipped."
// Right answers (schedule):
//   Fort: term 2026-01-01 to 2026-02-28, `every 2 weeks on monday`: 01-05, 01-19, 02-02, 02-16 (4).
//   QFirst: term 2026-01-15 for 1 year (ends 2027-01-14), `quarterly on first monday`: January's first Monday
//     2026-01-05 is before the start -> skipped; 04-06, 07-06, 10-05; 2027-01-04 (first Monday of January 2027,
//     inside the term) (4).
party Acme { role ops }
party Globex { role delivery }
partnership Fort {
  parties Acme as client, Globex as provider
  term 2026-01-01 to 2026-02-28
  meeting f every 2 weeks on monday 1 hour with Acme.ops, Globex.delivery
}
partnership QFirst {
  parties Acme as client, Globex as provider
  term 2026-01-15 for 1 year
  meeting s quarterly on first monday 2 hours with Acme.ops, Globex.delivery
}
