// §10.6 + §5.1: a monthly retainer of 20,000 replaced, from 2026-08-01, by a quarterly one of 60,000. Run with
// events.jsonl (as of 2026-12-31). Each period is paid by the version in force on its payment date: January
// to July monthly (7 x 20,000, July paid 07-31 by the old terms), Q3 (07-01..09-30) and Q4 quarterly on 09-30
// and 12-31 (2 x 60,000): 260,000.00, and July is paid by both versions, which a note says (the run does not
// prorate a period that straddles a change of cadence).
party Acme { role ops; role rm; role steering; role sponsor }
party Globex { role delivery; role rm; role sponsor }
signal cost_change: percent
partnership AcmeGlobex {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  currency USD
  changes {
    minor when cost_change <= 5% -> approve by Acme.ops
    significant when cost_change > 5% -> review by Acme.rm, Globex.rm within 10 business days
    authority Acme.sponsor
  }
  pay Globex {
    retainer 20_000 USD monthly
  }
}
amend AcmeGlobex effective 2026-08-01 as significant approved by Acme.rm, Globex.rm {
  override pay Globex {
    retainer 60_000 USD quarterly
  }
}
