// §10.1 "`health` is the weighted sum of the tier scores with the weights of the stage in force on the period's
// first day"; "A tier's score ... is the share of that tier's metrics with a target whose last reading in the
// period meets the target (a metric with no reading in the period counts as not met)"; §5.1 turn 2: `after 6
// months` applies from start + 6 months. Run: pact run stages_monthly.pact --events stages_monthly.jsonl
// --until 2026-08-31. Term 2026-01-01 for 1 year, health monthly. Metrics: op1, op2 (operational), rel
// (relational, lower is better <= 48 hours), strat (strategic count >= 2).
// Stage 1 (from start): op 50%, rel 50%, strat 0%. Stage 2 (after 6 months -> from 2026-07-01): 40/30/30.
// Right answers:
//   June (stage 1): op1 96% met, op2 80% missed -> op 50%; rel 24 hours met -> 100%; strat 3 met (weight 0).
//     health = 50% x 50% + 50% x 100% = 75%.
//   July (stage 2): op1 96% met, op2 no reading -> missed -> op 50%; rel 72 hours missed -> 0%; strat 2 met ->
//     100%. health = 40% x 50% + 0 + 30% x 100% = 50%.
//   August (stage 2): op1 then op2 both met (op2 first 80% then 91%: last reading counts) -> 100%; rel none -> 0%;
//     strat 1 missed -> 0%. health = 40%.
party Acme { role ops }
party Globex { role delivery }
partnership HS {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  metric op1: percent operational target >= 95%
  metric op2: percent operational target >= 90%
  metric rel: duration relational lower is better target <= 48 hours
  metric strat: count strategic target >= 2
  weights {
    from start: operational 50%, relational 50%, strategic 0%
    after 6 months: operational 40%, relational 30%, strategic 30%
  }
  health monthly
}
