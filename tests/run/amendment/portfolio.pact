//! A contract with an amendment that is not in the repository's examples:
//! from 2026-07-01 the retainer rises to 22,000 USD, a fee per accepted
//! deliverable is added, and the tactical meeting moves to every other Tuesday.
party Acme { role ops; role rm; role steering; role sponsor }
party Globex { role delivery; role rm; role sponsor }
signal cost_change: percent
event deliverable_accepted

partnership AcmeGlobex {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  currency USD
  meeting tactical weekly on monday at 10:00 for 1 hour with Acme.rm, Globex.rm
  changes {
    minor when cost_change <= 5% -> approve by Acme.ops
    significant when cost_change > 5% -> review by client.rm, provider.rm within 10 business days
    authority Acme.sponsor
  }
  pay Globex {
    retainer 20_000 USD monthly
    invoice monthly in arrears net 30 days
  }
}

amend AcmeGlobex effective 2026-07-01 as significant approved by Acme.rm, Globex.rm {
  override pay Globex {
    retainer 22_000 USD monthly
    invoice monthly in arrears net 30 days
    fee 1_000 USD per deliverable_accepted
  }
  remove meeting tactical
  meeting tactical every 2 weeks on tuesday at 10:00 for 1 hour with Acme.rm, Globex.rm
}
