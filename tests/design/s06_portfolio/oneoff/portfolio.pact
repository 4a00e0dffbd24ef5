// §10.4 one-off meeting + §6 calendar collisions. Right answer: E0405 for Acme.rm on 2026-03-16 (Monday):
// `training` 09:00-13:00 in P1 overlaps `weekly_sync` 10:00-11:00 in P2. Also adjusted meetings collide on the rolled
// date: P3 `monthly on day 15 adjusted following at 14:00 for 1 hour` (2026-03-15 is a Sunday -> 03-16) with Acme.cfo,
// P4 `weekly on monday at 14:30 for 1 hour` with Acme.cfo -> E0405 on 2026-02-16? (2026-02-15 is a Sunday -> 02-16
// Monday: first collision 2026-02-16).
// Note: a meeting named `weekly` (a reserved keyword, reference §1.5) is a syntax error; the name is `weekly_sync`.
party Acme { role rm; role cfo }
party Globex { role rm; role cfo }
partnership P1 {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  meeting training on 2026-03-16 at 09:00 for 4 hours with Acme.rm
}
partnership P2 {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  meeting weekly_sync weekly on monday at 10:00 for 1 hour with Acme.rm
}
partnership P3 {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  meeting fin monthly on day 15 adjusted following at 14:00 for 1 hour with Acme.cfo
}
partnership P4 {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  meeting cfo_sync weekly on monday at 14:30 for 1 hour with Acme.cfo
}
