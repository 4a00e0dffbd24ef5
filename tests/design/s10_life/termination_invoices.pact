// §10.3 termination ("later occurrences, retainers and deadlines vanish, the current periods are prorated") with
// §10.2 invoices. Run with termination_invoices.jsonl --until 2026-12-31: notice for convenience 2026-06-15, 30 days
// -> term ends 2026-07-15; July retainer prorated 15/31 x 22,000 (amended terms) = 10,645.16 (right, observed).
// Question for the lead (design ambiguous): the June invoice (for a period fully worked, due 07-30) and the
// invoice of the prorated July retainer "vanish" (life.cut) although both retainers are paid; a user expects
// the last invoices to stand (a debt, not a future deadline).
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
  termination {
    for convenience notice 30 days
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
