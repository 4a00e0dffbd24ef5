//! `pact run` fixture: business-day deadlines across the Christmas holidays
//! and two weekends, a 24-hour deadline, and a trigger that re-arms.

party Acme "Acme Corporation" {
  role rm "Relationship manager"
}

party Globex "Globex Ltd" {
  role rm "Account manager"
}

signal cost_change: percent "Change of the provider's input costs"

partnership AcmeGlobex {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 3 years
  currency USD
  calendar weekdays mon-fri holidays 2026-12-24, 2026-12-25, 2026-12-31, 2027-01-01

  trigger cost_spike when cost_change > 15% {
    Globex must notify Acme.rm within 5 business days
    Acme.rm, Globex.rm must meet within 10 business days
    Globex must acknowledge within 24 hours
  }
}
