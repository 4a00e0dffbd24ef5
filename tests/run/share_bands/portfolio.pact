//! `pact run` fixture: marginal share bands, a limit crossed inside one
//! reading, a cap per contract year reached mid-year, and a new year.

party Acme "Acme Corporation" {
  role rm "Relationship manager"
}

party Globex "Globex Ltd" {
  role rm "Account manager"
}

signal savings: money "Savings delivered since the last reading"

partnership AcmeGlobex {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 2 years
  currency USD

  pay Globex {
    share 20% of savings up to 1_000_000 USD, 30% above capped at 400_000 USD per year
  }
}
