//! Known bug `overprecise-amount-accepted` (tests/differential/known.py):
//! amounts with more decimals than their currency's minor unit.
party Acme { role ops }
party Globex { role delivery }
signal uplift: money
event accepted

partnership AcmeGlobex {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  currency USD
  milestone go_live by 2026-03-01 owner Globex
  pay Globex {
    retainer 1_000.125 USD monthly
    fee 10.001 USD per accepted
    success fee 10% of uplift capped at 5.555 USD
    penalty late on go_live 10 USD per day capped at 100.005 USD
  }
}
