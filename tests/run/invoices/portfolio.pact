//! `pact run` fixture: invoices of two pay blocks in a three-party
//! partnership (who pays is said with `from`), one with its own invoice
//! clause in arrears, one under the stand-alone clause in advance; paid on
//! time, late, by an id without its date, and not at all.

party Acme "Acme Corporation" {
  role rm "Relationship manager"
}

party Globex "Globex Ltd" {
  role rm "Account manager"
}

party Initech "Initech Audit" {
  role lead "Audit lead"
}

partnership AcmeGlobex {
  parties Acme as client, Globex as provider, Initech as auditor
  term 2026-01-01 for 6 months
  currency USD

  invoice quarterly in advance net 15 days

  pay Globex from Acme {
    retainer 10_000 USD monthly
    invoice monthly in arrears net 30 days
  }

  pay Initech from Acme {
    retainer 1_000 USD quarterly
  }
}
