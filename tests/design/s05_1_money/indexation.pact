// §10.2 `indexed annually by SIGNAL`: "at each contract anniversary the amount is multiplied by (1 + the signal's
// last reading before the anniversary) ... no reading -> unchanged ... rounded half-even to the minor unit".
// Run with indexation.jsonl --until 2028-02-01. Right answers (retainer 1,000.00 monthly in advance, paid on the
// period's first day):
//  cpi 2% on 2026-06-01, 9% on 2027-01-01 (the anniversary itself: not "before" 2027-01-01):
//  2027-01-01: 1,000 x 1.02 = 1,020.00 (the 9% reading is on, not before, the anniversary).
//  2028-01-01: last reading before is 9% -> capped at 5%: 1,020 x 1.05 = 1,071.00.
//  Odd: 1,333.33 x 1.015 = 1,353.329... -> 1,353.33 from 2027-01-01.
party Acme { role ops }
party Globex { role delivery }
signal cpi: percent
partnership Idx {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 3 years
  currency USD
  pay Globex {
    retainer 1_000 USD monthly indexed annually by cpi capped at 5%
    invoice monthly in advance net 10 days
  }
}
partnership Odd {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 2 years
  currency USD
  pay Globex {
    retainer 1_333.33 USD monthly indexed annually by cpi
  }
}
