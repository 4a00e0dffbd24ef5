// §6 E04xx calendar collisions, §10.4 time zones. Right answers:
//  K1 `weekly on monday at 10:00 for 1 hour` and K2 `weekly on monday at 10:30 for 1 hour`, both with
//  Acme.rm -> collide every Monday; error naming the first date, 2026-01-05, and both meetings.
//  K3 `weekly on tuesday at 10:00 for 1 hour` (Europe/London) and K4 `weekly on tuesday at 10:00 for 1 hour`
//  (America/New_York, 15:00 London) -> no collision (different instants).
//  K5 `weekly on wednesday at 10:00 for 1 hour` (Europe/Paris = 09:00 London in winter) and
//  K6 `weekly on wednesday at 09:30 for 1 hour` (Europe/London) -> collide: 09:00-10:00 vs 09:30-10:30 London, first 2026-01-07.
//  K7 weekly on thursday without a time, K8 weekly on thursday at 10:00 -> never collide (no time).
party Acme { role rm; role ops; role cfo; role cto }
party Globex { role rm; role ops; role cfo; role cto }
partnership K1 {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  meeting a weekly on monday at 10:00 for 1 hour with Acme.rm
}
partnership K2 {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  meeting b weekly on monday at 10:30 for 1 hour with Acme.rm
}
partnership K3 {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  timezone "Europe/London"
  meeting c weekly on tuesday at 10:00 for 1 hour with Acme.ops
}
partnership K4 {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  timezone "America/New_York"
  meeting d weekly on tuesday at 10:00 for 1 hour with Acme.ops
}
partnership K5 {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  timezone "Europe/Paris"
  meeting e weekly on wednesday at 10:00 for 1 hour with Acme.cfo
}
partnership K6 {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  timezone "Europe/London"
  meeting f weekly on wednesday at 09:30 for 1 hour with Acme.cfo
}
partnership K7 {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  meeting g weekly on thursday 1 hour with Acme.cto
}
partnership K8 {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  meeting h weekly on thursday at 10:00 for 1 hour with Acme.cto
}
