// §5.1 turn-2 rulings: periods follow the anniversary rule (start + k months, a missing day -> the 1st of the next
// month); `after D` takes effect on start + D. Term 2026-01-31 for 3 months (ends 2026-04-30), health monthly.
// Right answers: periods 01-31..02-28, 03-01..03-30, 03-31..04-30 (3 periods); `after 1 month` takes effect
// 2026-03-01, so period 2 uses stage 2. Readings: ops 99% (met) on 02-10, 03-10, 04-10; rel none.
// health: P1 100% (stage 1: operational 100%), P2 0% (stage 2: relational 100%), P3 0%.
// Retainer 3,000 monthly: 3 payments of 3,000.00 on 02-28, 03-30, 04-30.
party Acme { role ops }
party Globex { role delivery }
partnership ME {
  parties Acme as client, Globex as provider
  term 2026-01-31 for 3 months
  currency USD
  metric ops: percent operational target >= 95%
  metric rel: percent relational target >= 95%
  weights {
    from start: operational 100%, relational 0%, strategic 0%
    after 1 month: operational 0%, relational 100%, strategic 0%
  }
  health monthly
  pay Globex {
    retainer 3_000 USD monthly
  }
}
