//! Known bug `inexact-amount-rounded` (tests/differential/known.py): a
//! success fee whose exact amount needs 29 decimals.
party Acme { role ops }
party Globex { role delivery }
signal uplift: money

partnership AcmeGlobex {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  currency USD
  pay Globex {
    success fee 10% of uplift
  }
}
