// §5.1 "`per year` in a cap means the contract year, counted from the term start." Run: pact run
// cap_year_midterm.pact --events cap_year_midterm.jsonl. Term 2026-07-01 for 2 years (contract years
// 2026-07-01..2027-06-30 and 2027-07-01..2028-06-30). success fee 10% of rev capped at 1_000 USD per year.
// Right answers: 2026-08-01 8,000 -> 800.00; 2027-05-01 5,000 -> 500 -> capped to 200.00 (year 1 total 1,000);
//   2027-06-30 3,000 -> 0.00 (still year 1); 2027-07-01 5,000 -> new contract year -> 500.00 (not the calendar year).
//   Total 1,500.00 USD.
party Acme { role ops }
party Globex { role delivery }
signal rev: money
partnership CY {
  parties Acme as client, Globex as provider
  term 2026-07-01 for 2 years
  currency USD
  pay Globex {
    success fee 10% of rev capped at 1_000 USD per year
  }
}
