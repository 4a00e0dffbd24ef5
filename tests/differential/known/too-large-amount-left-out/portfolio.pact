//! Known bug `too-large-amount-left-out` (tests/differential/known.py): a
//! success fee on the largest reading a 96-bit decimal holds.
party Acme { role ops }
party Globex { role delivery }
signal uplift: money

partnership AcmeGlobex {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  currency USD
  pay Globex {
    success fee 2.5% of uplift
  }
}
