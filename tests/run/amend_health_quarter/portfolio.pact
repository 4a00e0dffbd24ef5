// Same as amend_bonus_quarter.pact with `weights`: right answer: 4 health periods scored 100% (the Q3 period,
// 07-01..09-30, containing the effective date 2026-08-01, is scored once, by the new version).
// Run with events.jsonl.
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
  weights {
    from start: operational 100%, relational 0%, strategic 0%
  }
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
