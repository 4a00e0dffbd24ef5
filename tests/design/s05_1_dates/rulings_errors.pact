// §5.1 turn-2 rulings (errors). Right answers: Far: term 9999-06-01 for 1 year ends in year 10000 -> error at
// check time; Cents: `retainer 100.005 USD monthly` -> error (more decimals than USD's minor unit);
// Yen: `fee 10.5 JPY per accepted` -> error (JPY has no minor unit); CapCents: `capped at 99.999 USD` -> error.
party Acme { role ops }
party Globex { role delivery }
event accepted
signal rev: money
partnership Far {
  parties Acme as client, Globex as provider
  term 9999-06-01 for 1 year
}
partnership Cents {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  currency USD
  pay Globex {
    retainer 100.005 USD monthly
    success fee 1% of rev capped at 99.999 USD
  }
}
partnership Yen {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  currency JPY
  pay Globex {
    fee 10.5 JPY per accepted
  }
}
