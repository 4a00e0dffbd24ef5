// §10.3 "Without a decision, the default applies if the `criteria` hold on the decision date (else the other
// outcome). A renewal extends the term: every cadence, retainer, cap year and schedule continues into the new term
// (term N+1 starts the day after term N ends), and the next renewal window follows the same rule."
// Run: pact run criteria_renew_then_expire.pact --events criteria_renew_then_expire.jsonl --until 2027-07-31.
// Right answers: term 1 2026-01-01..2026-12-31, decision 2026-11-01; on_time 92% (2026-10-01) >= 90% -> renew
//   for 6 months: term 2 2027-01-01..2027-06-30; decision 2027-06-30 - 60 = 2027-05-01; on_time 85% (2027-03-01)
//   -> criteria fail -> expire; the term ends 2027-06-30.
//   Retainer 1,000 monthly: 12 + 6 = 18 payments = 18,000.00 (none in July 2027).
//   success fee 10% of rev capped at 500 USD per year: 2026-12-01 4,000 -> 400.00; 2027-01-15 4,000 -> new
//   contract year (renewed term) -> 400.00 (not 100.00).
//   Exit: transition 2 weeks 2027-07-01..2027-07-14; `deliver data` due 07-14, breached by 07-31 (17 days).
party Acme { role ops }
party Globex { role delivery }
signal rev: money
partnership RE {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  currency USD
  metric on_time: percent operational target >= 95%
  pay Globex {
    retainer 1_000 USD monthly
    success fee 10% of rev capped at 500 USD per year
  }
  renewal {
    window opens 90 days before end
    decision due 60 days before end
    default renew for 6 months
    criteria on_time >= 90%
  }
  exit {
    transition 2 weeks {
      Globex must deliver data
    }
  }
}
