// §5.1 "Penalties `on MILESTONE ... per day` accrue for each day the milestone is late (not fulfilled by its
// date), up to the cap"; §10.2 "`bonus NAME on MILESTONE AMOUNT per day early [capped at AMOUNT]`: paid on the day
// the milestone is fulfilled, for each whole day before its due date". EUR. Run: pact run penalty_early.pact
// --events penalty_early.jsonl --until 2026-12-31. Right answers:
//   late penalty on alpha (due 2026-03-01, fulfilled 03-12): 11 days late (03-02..03-12) x 123.45 = 1,357.95,
//     capped at 1,000.00 EUR.
//   penalty on gamma (due 2026-11-30, never fulfilled): as of 12-31, 31 days late x 10.01 = 310.31 (cap 500).
//   early bonus on beta (due 2026-06-30, fulfilled 06-27): 3 whole days early x 250 = 750.00 EUR on 06-27.
//   early bonus on delta (due 2026-09-30, fulfilled 09-01): 29 days x 250 = 7,250 -> capped at 1,000.00 on 09-01.
//   Both early bonuses share nothing: each `bonus` item is its own clause with its own cap.
party Acme { role ops }
party Globex { role delivery }
partnership PE {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  currency EUR
  milestone alpha by 2026-03-01 owner Globex
  milestone beta by 2026-06-30 owner Globex
  milestone delta by 2026-09-30 owner Globex
  milestone gamma by 2026-11-30 owner Globex
  pay Globex {
    penalty late_alpha on alpha 123.45 EUR per day capped at 1_000 EUR
    penalty late_gamma on gamma 10.01 EUR per day capped at 500 EUR
    bonus early_beta on beta 250 EUR per day early capped at 1_000 EUR
    bonus early_delta on delta 250 EUR per day early capped at 1_000 EUR
  }
}
