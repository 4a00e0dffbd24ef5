// §10.6 + §5 disputes: amend_ladder with an amendment (effective 2026-07-01) that replaces the dispute ladder.
// Run with events.jsonl (as of 2026-12-31). Rule (reference, "Amendments in a run"): a ladder climbs to the
// end by the ladder in force on its notice. Right answers: the dispute noticed 2026-06-29 climbs the old
// ladder (negotiation to 07-06, managers to 07-20, arbitration open); the one noticed 2026-08-03 climbs the
// new one (negotiation 10 business days to 08-17, mediation 30 days to 09-16, arbitration open).
party Acme { role ops; role rm; role steering; role sponsor }
party Globex { role delivery; role rm; role sponsor }
signal cost_change: percent
event dispute_notice
partnership AcmeGlobex {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  currency USD
  disputes on dispute_notice {
    step negotiation by client.ops, provider.delivery within 5 business days
    step managers by client.rm, provider.rm within 10 business days
    step arbitration by neutral binding
  }
  milestone launch by 2026-08-01 owner Globex
  trigger t when cost_change > 50% {
    Globex must explain costs within 30 days
  }
  meeting tactical weekly on monday at 10:00 for 1 hour with Acme.rm, Globex.rm
  changes {
    minor when cost_change <= 5% -> approve by Acme.ops
    significant when cost_change > 5% and cost_change <= 15% -> review by Acme.rm, Globex.rm within 10 business days
    fundamental when cost_change > 15% -> review by Acme.steering, Globex.sponsor within 10 business days then mediation within 30 days
    authority Acme.sponsor
  }
  pay Globex {
    retainer 20_000 USD monthly
    invoice monthly in arrears net 30 days
  }
}
amend AcmeGlobex effective 2026-07-01 as significant approved by Acme.rm, Globex.rm {
  override disputes on dispute_notice {
    step negotiation by client.ops, provider.delivery within 10 business days
    step mediation by neutral within 30 days
    step arbitration by neutral binding
  }
}
