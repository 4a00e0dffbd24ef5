// §10.6 + §5.1 bonus: an amendment effective 2026-08-01 (inside Q3) that keeps the same quarterly bonus.
// Run with events.jsonl (q = 95% in every quarter). Right answer: 4 bonuses of 1,000.00 (03-31,
// 06-30, 09-30, 12-31); the Q3 bonus (07-01..09-30) is paid on 09-30 by the new version.
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
  metric q: percent operational target >= 90%
  pay Globex {
    retainer 20_000 USD monthly
    invoice monthly in arrears net 30 days
    bonus b quarterly on q {
      tier ok when q >= 90% pays 1_000 USD
    }
  }
}
amend AcmeGlobex effective 2026-08-01 as significant approved by Acme.rm, Globex.rm {
  override pay Globex {
    retainer 22_000 USD monthly
    bonus b quarterly on q {
      tier ok when q >= 90% pays 1_000 USD
    }
    invoice monthly in arrears net 30 days
  }
  remove meeting tactical
  meeting tactical every 2 weeks on monday at 10:00 for 1 hour with Acme.rm, Globex.rm
}
