//! `pact run` fixture: a total that a 96-bit decimal cannot hold exactly
//! fails the run, naming the line that broke it (design §5.1, turn-2
//! ruling "Totals in reports are exact or the run fails with an error").
party Acme { role rm }
party Globex { role rm }
signal uplift: money

partnership Kuwait {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  currency KWD
  pay Globex {
    success fee 10% of uplift
  }
}
