// §10.2 "`indexed annually by SIGNAL [capped at P] [floor P]`: at each contract anniversary the amount is
// multiplied by (1 + the signal's last reading before the anniversary), clamped to [floor, cap] ...; no reading
// -> unchanged. The new amount is rounded half-even to the minor unit." Run: pact run index_floor_compound.pact
// --events index_floor_compound.jsonl --until 2028-01-31. Right answers:
//   Floor (10_000 USD monthly, capped at 5% floor 0%, term 2026-01-01 for 3 years):
//     2026: 10,000.00 a month. cpi -2% (2026-11-01) -> floor 0% -> 2027: 10,000.00 a month.
//     readings 3.333% (2027-06-01), 4.5% (2027-12-01), 9% ON 2028-01-01 (not before the anniversary) ->
//     last before 2028-01-01 is 4.5% -> 2028: 10,450.00 (January 2028 paid 01-31).
//   Compound (1_234.57 USD monthly, no cap/floor, term 2026-01-01 for 3 years):
//     cpi 2.5% (2026-12-01) -> 1,234.57 x 1.025 = 1,265.43425 -> 1,265.43 in 2027;
//     cpi 1.1% (2027-12-01) -> 1,265.43 x 1.011 = 1,279.35 (1,279.34973) in 2028 (compounding on the rounded).
//   NoRead (500 USD monthly indexed by cpi2, never read): 500.00 throughout.
party Acme { role ops }
party Globex { role delivery }
signal cpi: percent
signal cpi2: percent
partnership Floor {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 3 years
  currency USD
  pay Globex {
    retainer 10_000 USD monthly indexed annually by cpi capped at 5% floor 0%
  }
}
partnership Compound {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 3 years
  currency USD
  pay Globex {
    retainer 1_234.57 USD monthly indexed annually by cpi
  }
}
partnership NoRead {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 3 years
  currency USD
  pay Globex {
    retainer 500 USD monthly indexed annually by cpi2
  }
}
