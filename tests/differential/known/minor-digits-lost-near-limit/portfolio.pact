//! Known bug `minor-digits-lost-near-limit` (tests/differential/known.py):
//! a KWD amount (3 minor digits) whose value fits a 96-bit decimal only with
//! 2 decimals.
party Acme { role ops }
party Globex { role delivery }
signal uplift: money

partnership AcmeGlobex {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  currency KWD
  pay Globex {
    success fee 10% of uplift
  }
}
