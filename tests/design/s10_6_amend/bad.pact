// §10.6 amendment errors. Right answers (one error each):
//  - line A: `as significant approved by Acme.rm` -> missing approver Globex.rm (pathway role), error naming it.
//  - line B: two amendments on the same date (2026-08-01) -> error.
//  - line C: effective 2027-03-01, outside the term (2026) -> error.
//  - line D: `remove meeting weekly_sync` which does not exist -> error.
//  - line E: `as urgent`, not a level of the partnership's changes -> error.
party Acme { role ops; role rm; role steering; role sponsor }
party Globex { role delivery; role rm; role sponsor }
signal cost_change: percent
partnership AcmeGlobex {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  currency USD
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
amend AcmeGlobex effective 2026-05-01 as significant approved by Acme.rm {
  Globex must deliver roadmap within 30 days
}
amend AcmeGlobex effective 2026-08-01 as minor approved by Acme.ops {
  Globex must deliver plan within 30 days
}
amend AcmeGlobex effective 2026-08-01 as minor approved by Acme.ops {
  Globex must deliver budget within 30 days
}
amend AcmeGlobex effective 2027-03-01 as minor approved by Acme.ops {
  Globex must deliver review within 30 days
}
amend AcmeGlobex effective 2026-09-01 as minor approved by Acme.ops {
  remove meeting weekly_sync
}
amend AcmeGlobex effective 2026-10-01 as urgent approved by Acme.ops {
  Globex must deliver audit within 30 days
}
