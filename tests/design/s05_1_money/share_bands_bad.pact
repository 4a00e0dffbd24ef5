// §10.2 "Band limits must increase and be in the contract's currency (E03xx/E02xx)". Right answers:
//  Dec: limits 500,000 then 200,000 -> error (limits must increase).  Cur: a band limit in EUR in a USD
//  partnership -> error.  Equal: 200,000 then 200,000 -> error (not increasing).
party Acme { role ops }
party Globex { role delivery }
signal savings: money
partnership Dec {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  currency USD
  pay Globex {
    share 10% of savings up to 500_000 USD, 15% up to 200_000 USD, 20% above
  }
}
partnership Cur {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  currency USD
  pay Globex {
    share 10% of savings up to 500_000 EUR, 20% above
  }
}
partnership Equal {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  currency USD
  pay Globex {
    share 10% of savings up to 200_000 USD, 15% up to 200_000 USD, 20% above
  }
}
