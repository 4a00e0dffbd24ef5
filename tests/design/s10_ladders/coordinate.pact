// §5 coordinate, run with coordinate.jsonl. Right answers: ApiOne.price_change 12% on 2026-04-01 ->
//  ApiTwo: Acme (ApiTwo.client) must review pricing, due 2026-05-01 (within 30 days); ApiThree likewise.
//  ApiTwo's calendar has holiday 2026-05-01 but `30 days` is calendar days -> still 2026-05-01.
//  Reading 9% on 05-01 re-arms; 11% on 06-01 fires again (due 2026-07-01).
// §5 review with adjust, run: qbr quarterly from 2026-01-01 -> 01-01, 04-01, 07-01, 10-01. market_change 12% on
//  03-15 -> at the 04-01 review `adjust scope and pricing` is due; at 07-01 (reading 5% on 06-15) not due.
// §5.1 Health weights stage: `after 6 months` applies from 2026-07-01 (Q3 uses 40/30/30).
//  Q2 (04-01..06-30): on_time met only -> operational 100% x 60% = 60%. Q3: on_time met only -> 40%.
party Acme { role ops; role rm; role steering }
party Globex { role delivery; role rm; role sponsor }
signal price_change: percent
signal market_change: percent
partnership ApiOne {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  metric on_time: percent operational target >= 95%
  metric rel: percent relational target >= 95%
  metric strat: percent strategic target >= 95%
  weights {
    from start: operational 60%, relational 30%, strategic 10%
    after 6 months: operational 40%, relational 30%, strategic 30%
  }
  review qbr quarterly with Acme.steering, Globex.sponsor {
    adjust scope and pricing when market_change > 10%
  }
}
partnership ApiTwo {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  calendar weekdays mon-fri holidays 2026-05-01
}
partnership ApiThree {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
}
coordinate ApiPricing {
  when ApiOne.price_change > 10% {
    ApiTwo.client must review pricing within 30 days
    ApiThree.client must review pricing within 30 days
  }
}
