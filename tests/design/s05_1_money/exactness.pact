// §5.1 / §10.2 exactness: "trace values with more significant digits than the decimal type holds are errors";
// "a product or sum that a 96-bit decimal cannot hold exactly is an error naming the line". Run with
// exactness.jsonl. Right answers: line 1 (a 30-significant-digit value) is an error naming line 1; nothing
// written. With exactness_sum.jsonl (readings of 3e28 and 6e28 USD: each fits, the
// contract-year sum does not), the run fails naming line 2 only.
// Observed (main 55b8190): line 1 fails too, though its share (3e27 USD exactly) fits a 96-bit decimal
// (apparently because the amount is carried at the currency's 2 decimals). Edge case, very unlikely in use.
party Acme { role ops }
party Globex { role delivery }
signal savings: money
partnership X {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  currency USD
  pay Globex {
    share 10% of savings up to 1_000_000 USD, 10% above
  }
}
