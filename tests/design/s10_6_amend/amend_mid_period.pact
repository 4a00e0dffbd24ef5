// §10.6 "Outputs follow the versions: dates before the effective date come from the old terms, dates from it on
// from the new": the design's amendment, effective mid-month (2026-07-15). Run with base.jsonl (as of 2026-12-31).
// Right answer: a July retainer is paid on 2026-07-31 (22,000.00 by the new terms, since it is paid after the
// effective date; a split 14/31 x 20,000 + 17/31 x 22,000 would be defensible too): 6 x 20,000 + 6 x 22,000
// = 252,000.00.
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
amend AcmeGlobex effective 2026-07-15 as significant approved by Acme.rm, Globex.rm {
  override pay Globex {
    retainer 22_000 USD monthly
    invoice monthly in arrears net 30 days
  }
  remove meeting tactical
  meeting tactical every 2 weeks on monday at 10:00 for 1 hour with Acme.rm, Globex.rm
}
