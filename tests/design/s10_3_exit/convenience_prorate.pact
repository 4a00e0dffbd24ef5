// §10.3 "a trace event gives notice for convenience (effective `notice` days later) ... The term then ends on the
// effective date: later occurrences, retainers and deadlines vanish, the current periods are prorated by days
// (retainer) or dropped (bonus)." Run: pact run convenience_prorate.pact --events convenience_prorate.jsonl
// --until 2026-09-30. (Effective date as ruled in s10_life/life.pact: notice D + N days is the last day.)
// Right answers: notice 2026-05-20 by Globex, notice 45 days -> last day 2026-07-04.
//   Retainer 3,000 USD monthly: Jan..Jun 6 x 3,000 = 18,000.00; July prorated 4/31 x 3,000 = 387.096... ->
//   387.10 (paid 07-04). Total 18,387.10. Bonus monthly (sat >= 5 pays 100 USD): Jun (sat 6) 100.00 on 06-30;
//   July's period is dropped though sat 9 was read on 07-02. Exit transition 1 month: 2026-07-05 .. 2026-08-04; `Globex must transfer files` due 08-04,
//   unfulfilled -> breached (57 days late by 09-30).
party Acme { role ops }
party Globex { role delivery }
partnership CP {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  currency USD
  metric sat: score 0..10 relational target >= 7
  pay Globex {
    retainer 3_000 USD monthly
    bonus happy monthly on sat {
      tier ok when sat >= 5 pays 100 USD
    }
  }
  termination {
    for convenience notice 45 days
  }
  exit {
    transition 1 month {
      Globex must transfer files
    }
  }
}
