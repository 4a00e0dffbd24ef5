// §10.2 share (marginal bands over the contract year's cumulative readings), early-delivery bonus,
// JPY minor unit (0 digits). Run with share.jsonl. Hand-computed right answers:
//  savings (20% up to 1,000,000, 30% above):
//    2026-03-01 800,000 -> 160,000.00; 2026-06-01 400,000 -> cumulative 1,200,000 earns
//    200,000 + 60,000 = 260,000, less 160,000 -> 100,000.00; 2027-02-01 100,000 (contract year 2) -> 20,000.00.
//  extra_revenue (10% to 200k, 15% to 500k, 20% above, cap 120,000 per year):
//    2026-04-01 300,000 -> 20,000 + 15,000 = 35,000.00; 2026-07-01 400,000 -> cum 700,000 earns
//    20,000 + 45,000 + 40,000 = 105,000, diff 70,000.00; 2026-09-01 100,000 -> cum 800,000 earns
//    125,000, diff 20,000, cap leaves 120,000 - 105,000 = 15,000.00.
//  early_go_live: due 2026-06-30, fulfilled 2026-06-25 -> 5 whole days early x 1,000 = 5,000.00.
// Yen (JPY): success fee 1.5% of sales: reading 123,457 JPY -> 1,851.855 -> 1,852 JPY (0 decimals).
party Acme { role ops }
party Globex { role delivery }
signal savings: money
signal extra_revenue: money
signal sales: money
partnership Share {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 2 years
  currency USD
  milestone go_live by 2026-06-30 owner Globex
  pay Globex {
    share 20% of savings up to 1_000_000 USD, 30% above
    share 10% of extra_revenue up to 200_000 USD, 15% up to 500_000 USD, 20% above capped at 120_000 USD per year
    bonus early_go_live on go_live 1_000 USD per day early capped at 10_000 USD
  }
}
partnership Yen {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  currency JPY
  pay Globex {
    success fee 1.5% of sales
  }
}
