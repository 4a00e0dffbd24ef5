// Fuzz regression (target `literals`): a meeting of u32::MAX minutes. "attempt to add
// with overflow" at src/check/portfolio/collisions.rs:45 (`end: start + length`) in a
// build with overflow checks; a release build wraps silently (the schedule shows
// `end_time` 08:59 for a meeting at 09:00). Still open at 206337c.
party A { role r }
party B { role r }
partnership P {
  parties A as client, B as provider
  term 2026-01-01 for 1 year
  currency USD
  meeting m weekly on monday at 09:00 for 4294967295 minutes with A.r
}
