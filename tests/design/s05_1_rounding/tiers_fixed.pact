// §5.1 "Bonus tiers do not add up: the strictest tier met (in the metric's better direction) pays. The metric's
// value for a period is its last reading in that period." Run: pact run tiers_fixed.pact --events
// tiers_fixed.jsonl --until 2026-04-30. Right answers (score 0..10, higher is better, monthly, fixed amounts):
//   Jan: readings 8.5 then 5 -> last is 5 -> no tier -> nothing.   Feb: 9.5 -> top (>= 9.5) -> 500.00 on 02-28.
//   Mar: 6 -> ok -> 100.00 on 03-31.   Apr: no reading -> nothing.   Total 600.00 USD.
//   LowerBetter (defects lower is better, quarterly): Q1 last reading 0.5% -> both `fine` (<= 3%) and `best`
//   (<= 1%) met -> the strictest, best, pays 10% of the quarter's retainer 3 x 1,000 = 300.00 on 03-31 (not 400).
party Acme { role ops }
party Globex { role delivery }
partnership TF {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  currency USD
  metric sat: score 0..10 relational target >= 7
  pay Globex {
    bonus happy monthly on sat {
      tier ok when sat >= 6 pays 100 USD
      tier top when sat >= 9.5 pays 500 USD
      tier great when sat >= 8 pays 300 USD
    }
  }
}
partnership LowerBetter {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  currency USD
  metric defects: percent operational lower is better target <= 2%
  pay Globex {
    retainer 1_000 USD monthly
    bonus quality quarterly on defects {
      tier best when defects <= 1% pays 10% of retainer
      tier fine when defects <= 3% pays 3% of retainer
    }
  }
}
