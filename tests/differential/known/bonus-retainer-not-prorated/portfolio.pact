//! Known bug `bonus-retainer-not-prorated` (tests/differential/known.py): the
//! design's own example of the turn-2 ruling, a quarterly retainer of 30,000
//! and a monthly bonus of 10% of retainer, met every month.
party Acme { role ops }
party Globex { role delivery }

partnership AcmeGlobex {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 3 months
  currency USD
  metric on_time: percent operational target >= 95%
  pay Globex {
    retainer 30_000 USD quarterly
    bonus punctuality monthly on on_time {
      tier met when on_time >= 95% pays 10% of retainer
    }
  }
}
