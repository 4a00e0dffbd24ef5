// §3: adding USD to EUR is a type error; comparing a percent metric with `48 hours` is a type
// error with both spans labelled; `score 0..10` declares a range; `X% of <money>` is money.
// Right answer: errors at line 15 (EUR retainer in a USD partnership),
// line 16 (`+` in a cap: not design syntax, a syntax error is right), line 18 (percent vs 48 hours, both spans labelled), line 19 (12 outside 0..10),
// line 20 (150% for a percent metric target out of range 0–100%).
party Acme { role ops }
party Globex { role delivery }
partnership P {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  currency USD
  metric on_time: percent operational target >= 95%
  metric sat: score 0..10 relational target >= 7
  pay Globex {
    retainer 1_000 EUR monthly
    success fee 2% of revenue capped at 100 USD + 5 EUR
  }
  trigger slow when on_time > 48 hours { Globex must explain delays within 5 days }
  trigger unhappy when sat > 12 { Globex must meet within 5 days }
  metric weird: percent strategic target >= 150%
}
signal revenue: money
