//! `pact run` fixture for bad traces: two partnerships (so every line must
//! name its partnership), a percent signal, a money signal, a metric.

party Acme "Acme Corporation" {
  role rm "Relationship manager"
}

party Globex "Globex Ltd" {
  role rm "Account manager"
}

party Initech "Initech"

signal cost_change: percent "Change of the provider's input costs"
signal revenue_uplift: money "Revenue earned since the last reading"
event dispute_notice "Written notice that a dispute exists"

partnership AcmeGlobex {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  currency USD
  metric defects: percent operational lower is better target <= 2%

  trigger cost_spike when cost_change > 15% {
    Globex must notify Acme.rm within 5 business days
  }

  pay Globex {
    success fee 2% of revenue_uplift
  }
}

partnership AcmeInitech {
  parties Acme as client, Initech as provider
  term 2026-01-01 for 1 year
  currency EUR
}
