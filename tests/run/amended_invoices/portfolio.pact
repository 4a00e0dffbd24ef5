// §10.6 amendments (the design's example). Right answers:
//  - check clean.
//  - schedule: `tactical` weekly on monday at 10:00 until 2026-06-29 (last Monday before 07-01), then every 2
//    weeks on monday from the first Monday on/after 2026-07-01 = 2026-07-06, 07-20, 08-03, ... 12-21 (39 in all).
//  - run: retainer 20,000 for Jan-Jun (paid 01-31..06-30), 22,000 for Jul-Dec -> 6 x 20,000 + 6 x 22,000 = 252,000.
//  - build --as-of 2026-03-01: the old terms (weekly, 20,000); --as-of 2026-07-01: the new.
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
amend AcmeGlobex effective 2026-07-01 as significant approved by Acme.rm, Globex.rm {
  override pay Globex {
    retainer 22_000 USD monthly
    invoice monthly in arrears net 30 days
  }
  remove meeting tactical
  meeting tactical every 2 weeks on monday at 10:00 for 1 hour with Acme.rm, Globex.rm
}
