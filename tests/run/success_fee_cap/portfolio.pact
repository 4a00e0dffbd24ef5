//! `pact run` fixture: a success fee whose cap per contract year is reached
//! in the middle of the first year and resets in the second.

party Acme "Acme Corporation" {
  role ops "Operations"
}

party Globex "Globex Ltd" {
  role delivery "Delivery lead"
}

signal revenue_uplift: money "Revenue earned through the partnership since the last reading"

partnership AcmeGlobex {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 2 years
  currency USD

  pay Globex {
    success fee 10% of revenue_uplift capped at 50_000 USD per year
  }
}
