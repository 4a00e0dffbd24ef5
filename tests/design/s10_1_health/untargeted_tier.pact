// §10.1 "A tier with weight but no metric with a target is a warning at check time, and scores 0% at run time."
// `pact check untargeted_tier.pact`: one warning (strategic has 30% but `insights` has no target), exit 0.
// Run: pact run untargeted_tier.pact --events untargeted_tier.jsonl --until 2026-03-31. Right answer:
//   Q1 (quarterly default): op met -> operational 100%; strategic 0% (insights read 5 but has no target) ->
//   health = 70% x 100% + 30% x 0% = 70%.
party Acme { role ops }
party Globex { role delivery }
partnership UT {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  metric op: percent operational target >= 95%
  metric insights: count strategic
  weights {
    from start: operational 70%, relational 0%, strategic 30%
  }
}
