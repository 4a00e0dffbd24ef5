// §10.6 + reference "Deadlines are inclusive ... breached from D + 1": duties that arose before an amendment's
// effective date (2026-07-01) and fall due after it. Run with amend_open_duties.jsonl (as of 2026-12-31).
// Right answers: review due 2026-07-03, `explain costs` due 2026-07-20 and milestone launch due 2026-08-01 are
// all `breached` (none fulfilled), and so is the mediation step that arose after the effective date.
party Acme { role ops; role rm; role steering; role sponsor }
party Globex { role delivery; role rm; role sponsor }
signal cost_change: percent
partnership AcmeGlobex {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  currency USD
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
  remove meeting tactical
  meeting tactical every 2 weeks on monday at 10:00 for 1 hour with Acme.rm, Globex.rm
}
