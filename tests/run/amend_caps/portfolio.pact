// §5.1 caps "per year" and §10.6 amendments: the cap counts what was actually paid in the contract year,
// across the versions. Run with events.jsonl (as of 2026-12-31). The amendment (effective 2026-07-01) doubles
// both rates and keeps both caps.
// Success fee, capped at 50,000 per year: 03-31 10% of 300,000 = 30,000.00; 06-30 10% of 100,000 =
// 10,000.00 (40,000 paid); 09-30 20% of 100,000 = 20,000, capped to the 10,000.00 left; 12-31 20% of 50,000
// = 10,000, capped to 0.00. Total 50,000.00 (counting the new version's own payments from the start of the
// year, 20% of 300,000 alone reaches the cap, and 09-30 and 12-31 would pay nothing: 40,000.00).
// Share, capped at 30,000 per year: 03-31 10% of 200,000 = 20,000.00; 09-30 20% of 100,000 = 20,000, capped
// to the 10,000.00 left. Total 30,000.00 (else 20,000.00). Globex receives 80,000.00 USD in all (60,000.00
// when each version counted its own payments).
party Acme { role ops; role rm }
party Globex { role delivery; role rm }
signal cost_change: percent
signal revenue_uplift: money
signal extra_revenue: money
partnership AcmeGlobex {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  currency USD
  changes {
    minor when cost_change <= 5% -> approve by Acme.ops
    significant when cost_change > 5% -> review by Acme.rm, Globex.rm within 10 business days
    authority Acme.rm
  }
  pay Globex {
    success fee 10% of revenue_uplift capped at 50_000 USD per year
    share 10% of extra_revenue capped at 30_000 USD per year
  }
}
amend AcmeGlobex effective 2026-07-01 as significant approved by Acme.rm, Globex.rm {
  override pay Globex {
    success fee 20% of revenue_uplift capped at 50_000 USD per year
    share 20% of extra_revenue capped at 30_000 USD per year
  }
}
