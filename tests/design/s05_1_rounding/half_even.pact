// §5.1 Money: "Each payment is rounded half-even to the currency's minor unit when it is made; caps apply to the
// rounded sums. A cap without `per` applies to the whole term." Run: pact run half_even.pact --events
// half_even.jsonl. Right answers:
//   USDr (success fee 1% of rev capped at 20.03 USD): 1000.50 -> 10.005 -> 10.00 (half-even, 0 is even);
//     1001.50 -> 10.015 -> 10.02; 1002.50 -> 10.025 -> 10.02 but the cap leaves 20.03 - 20.02 = 0.01 -> 0.01.
//     Total 20.03.
//   JPYr (success fee 3% of rev, JPY has no minor unit): 1250 JPY -> 37.5 -> 38; 1150 JPY -> 34.5 -> 34;
//     1_000_001 JPY -> 30000.03 -> 30000. Total 30072.
party Acme { role ops }
party Globex { role delivery }
signal rev: money
partnership USDr {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  currency USD
  pay Globex {
    success fee 1% of rev capped at 20.03 USD
  }
}
partnership JPYr {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  currency JPY
  pay Globex {
    success fee 3% of rev
  }
}
