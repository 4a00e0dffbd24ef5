// §10.2 "`share` is marginal (like tax brackets) over the sum of the base signal's readings in the contract
// year ... Each reading pays the difference it makes; rounding and caps as in §5.1." Run: pact run
// share_three_bands.pact --events share_three_bands.jsonl. Term 2026-01-01 for 2 years.
// share 10% of savings up to 100_000, 20% up to 300_000, 30% above, capped at 50_000 USD per year. Right answers:
//   03-01 80,000 (cum 80,000): 8,000.00.
//   06-01 70,000 (cum 150,000): 20,000 x 10% + 50,000 x 20% = 2,000 + 10,000 = 12,000.00.
//   09-01 250,000 (cum 400,000): 150,000 x 20% + 100,000 x 30% = 30,000 + 30,000 = 60,000 -> cap leaves
//     50,000 - 20,000 = 30,000.00.
//   2027-01-10 50,000: new contract year, cum 50,000 -> 5,000.00.   Total 55,000.00 USD.
party Acme { role ops }
party Globex { role delivery }
signal savings: money
partnership SB {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 2 years
  currency USD
  pay Globex {
    share 10% of savings up to 100_000 USD, 20% up to 300_000 USD, 30% above capped at 50_000 USD per year
  }
}
