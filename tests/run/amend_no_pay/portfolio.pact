// §10.6: an amendment that touches only meetings must not change any duty's status. Run with
// events.jsonl (as of 2026-12-31). Right answers: the significant review selected 2026-06-25 is due
// 2026-07-09 (10 business days) and `breached`; every invoice dated 01-31..11-30 `breached`, 12-31 `open`, as
// without the `amend`.
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
  remove meeting tactical
  meeting tactical every 2 weeks on monday at 10:00 for 1 hour with Acme.rm, Globex.rm
}
