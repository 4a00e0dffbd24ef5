// §5 design example: `metric responsiveness: duration relational target <= 48 hours` (no `lower is better`).
// A user reads the target as saying lower is better. Right answer: a bonus tier `responsiveness <= 24 hours`
// is accepted (it rewards improvement); at the least, a metric whose target says `<=` while its direction is the
// default `higher is better` gets a warning.
party Acme { role ops }
party Globex { role delivery }
partnership Dir {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  currency USD
  metric responsiveness: duration relational target <= 48 hours
  pay Globex {
    retainer 1_000 USD monthly
    bonus fast quarterly on responsiveness {
      tier quick when responsiveness <= 24 hours pays 100 USD
      tier quicker when responsiveness <= 12 hours pays 200 USD
    }
  }
}
