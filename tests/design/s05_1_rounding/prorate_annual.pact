// §5.1 turn-2 ruling: "`X% of retainer` is prorated by days when the retainer's periods and the bonus's differ".
// Run: pact run prorate_annual.pact --events prorate_annual.jsonl --until 2026-03-31. Right answers:
//   retainer 36_500 USD annually (one period 2026-01-01..2026-12-31, 365 days, paid 12-31, not by 03-31).
//   bonus monthly 10% of retainer: Jan 36,500 x 31/365 x 10% = 310.00; Feb x 28/365 = 280.00;
//   Mar: sat 4 -> no tier. Total bonus 590.00 USD as of 2026-03-31.
party Acme { role ops }
party Globex { role delivery }
partnership PA {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  currency USD
  metric sat: score 0..10 relational target >= 7
  pay Globex {
    retainer 36_500 USD annually
    bonus happy monthly on sat {
      tier ok when sat >= 5 pays 10% of retainer
    }
  }
}
