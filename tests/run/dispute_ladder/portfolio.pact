//! `pact run` fixture: a dispute that climbs every step to binding
//! arbitration, one escalated early and resolved, and an escalation ladder
//! whose every rung runs out.

party Acme "Acme Corporation" {
  role ops "Operations"
  role rm "Relationship manager"
  role sponsor "Executive sponsor"
}

party Globex "Globex Ltd" {
  role delivery "Delivery lead"
  role rm "Account manager"
  role sponsor "Executive sponsor"
}

event dispute_notice "Written notice that a dispute exists"

partnership AcmeGlobex {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 2 years
  currency USD
  calendar weekdays mon-fri holidays 2026-03-20, 2026-04-03, 2026-04-06

  escalation {
    minor handled by Acme.ops, Globex.delivery within 24 hours
    significant handled by Acme.rm, Globex.rm within 72 hours
    major handled by Acme.sponsor, Globex.sponsor within 1 week
  }

  disputes on dispute_notice {
    step negotiation by Acme.ops, Globex.delivery within 5 business days
    step managers by Acme.rm, Globex.rm within 10 business days
    step mediation by neutral within 30 days of notice requires position_papers and decision_makers
    step arbitration by neutral binding
  }
}
