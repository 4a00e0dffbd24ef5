//! `pact run` fixture: an amendment signed ends a change pathway (design
//! §10.5): the fundamental level fires, its review is under way, and the
//! amendment signed under that level meets it, so mediation never starts.

party Acme "Acme Corporation" {
  role ops "Operations"
  role rm "Relationship manager"
  role steering "Steering committee"
  role sponsor "Executive sponsor"
}

party Globex "Globex Ltd" {
  role rm "Account manager"
  role sponsor "Executive sponsor"
}

signal cost_change: percent "Change of the provider's input costs"

partnership AcmeGlobex {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  currency USD

  changes {
    minor when cost_change <= 5% -> approve by Acme.ops
    significant when cost_change > 5% and cost_change <= 15% -> review by Acme.rm, Globex.rm within 10 business days
    fundamental when cost_change > 15% -> review by Acme.steering, Globex.sponsor within 10 business days then mediation within 30 days
    authority Acme.sponsor
  }
}
