//! Known bug `periods-clamp` (tests/differential/known.py): the design's own
//! example of the turn-2 ruling on periods. A term of one month starting on
//! 31 January ends on 28 February (the anniversary 31 February moves to
//! 1 March) and has exactly one monthly period, 31 January to 28 February.
party Acme { role ops }
party Globex { role delivery }

partnership AcmeGlobex {
  parties Acme as client, Globex as provider
  term 2026-01-31 for 1 month
  currency USD
  pay Globex {
    retainer 1_000 USD monthly
  }
}
