// §10.3 "`pact build` schedules the first term and, with `--through DATE`, renewed terms up to DATE, assuming the
// default." Build: pact build through.pact --emit schedule --through 2028-06-30. Right answers:
//   term 1 2026-01-01..2026-12-31 (decision 2026-12-01); renewed for 6 months: term 2 2027-01-01..2027-06-30
//   (decision 2027-05-31), term 3 2027-07-01..2027-12-31 (decision 2027-12-01), term 4 2028-01-01..2028-06-30
//   (contains 2028-06-30; decision 2028-05-31). `meeting m monthly` (start's day 1) continues every month:
//   2026-01-01 .. 2028-06-01 = 30 occurrences. Term ends listed: 2026-12-31, 2027-06-30, 2027-12-31, 2028-06-30.
party Acme { role ops }
party Globex { role delivery }
partnership TH {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  meeting m monthly 1 hour with Acme.ops, Globex.delivery
  renewal {
    decision due 30 days before end
    default renew for 6 months
  }
}
