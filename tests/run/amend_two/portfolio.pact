// §10.6 "An amendment changes one partnership": two partnerships, only AcmeGlobex amended (effective
// 2026-07-01, retainer 20,000 to 22,000). Run with events.jsonl (as of 2026-12-31). Right answers: AcmeInitech,
// never amended, is paid its 5,000 monthly retainer all year (12 x 5,000 = 60,000.00) and its review duty
// that arose on 2026-06-20 (due 2026-07-03) is `breached`; AcmeGlobex gets 6 x 20,000 + 6 x 22,000 = 252,000.00.
party Acme { role ops; role rm; role steering; role sponsor }
party Globex { role delivery; role rm; role sponsor }
party Initech { role delivery; role rm; role sponsor }
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
partnership AcmeInitech {
  parties Acme as client, Initech as provider
  term 2026-01-01 for 1 year
  currency USD
  changes {
    minor when cost_change <= 5% -> approve by Acme.ops
    significant when cost_change > 5% -> review by Acme.rm, Initech.rm within 10 business days
    authority Acme.sponsor
  }
  pay Initech {
    retainer 5_000 USD monthly
  }
}
amend AcmeGlobex effective 2026-07-01 as significant approved by Acme.rm, Globex.rm {
  override pay Globex {
    retainer 22_000 USD monthly
  }
}
