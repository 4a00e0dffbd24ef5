// §10.1 bonus on health, trigger on a tier score; §10.3 a surviving `must` with a deadline. Run with
// health_pay.jsonl --until 2027-03-01. Right answers:
//  weights operational 100% (relational 0%, strategic 0%); health quarterly.
//  Q1 2026: on_time 97% -> health 100% -> bonus `good` (>= 80%) pays 2% of retainer accrued over the quarter
//    = 2% x 3 x 5,000 = 300.00 on 2026-03-31. Q2: on_time 90% -> 0% -> no bonus; trigger ops_low
//    (health.operational < 50%) fires on 2026-06-30, duty due within 5 days -> 2026-07-05.
//  Term ends 2026-12-31: surviving `Globex must return data within 30 days` arises 2027-01-01, due 2027-01-31
//    -> breached by 2027-03-01 (not fulfilled).
party Acme { role ops }
party Globex { role delivery }
partnership H {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  currency USD
  metric on_time: percent operational target >= 95%
  weights {
    from start: operational 100%, relational 0%, strategic 0%
  }
  pay Globex {
    retainer 5_000 USD monthly
    bonus partnership_health quarterly on health {
      tier good when health >= 80% pays 2% of retainer
    }
  }
  trigger ops_low when health.operational < 50% {
    Globex must present recovery_plan within 5 days
  }
  survives 6 months {
    Globex must return data within 30 days
  }
}
