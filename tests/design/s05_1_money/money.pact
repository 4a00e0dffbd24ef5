// §5 pay, §5.1 Money, §10.2. Run with money.jsonl (as of 2027-03-31). Hand-computed right answers:
// Pay (2026-01-01 for 2 years, USD):
//  retainer: 12 x 20,000 = 240,000 in 2026 (paid each month's last day, in arrears).
//    cpi 5% read 2026-12-15 -> at anniversary 2027-01-01: 20,000 x 1.05 = 21,000, capped at 3% -> 20,600.
//    2027-01-31, 02-28, 03-31: 3 x 20,600 = 61,800.
//  fee: deliverable_accepted on 03-03 and 03-20 -> 2 x 5,000 = 10,000.
//  bonus quality quarterly on defects (lower is better), last reading in the period:
//    Q1 2026: last 1.5% -> good: 5% x 60,000 = 3,000.00 on 2026-03-31
//    Q2 2026: last 0.8% -> excellent (strictest met): 10% x 60,000 = 6,000.00 on 06-30
//    Q3: no reading -> nothing; Q4: 2.5% -> no tier.
//    Q1 2027: 1% -> excellent: 10% x 61,800 = 6,180.00 on 2027-03-31
//  success fee 2% of revenue_uplift capped at 1_000 USD per year:
//    02-10 30,000 -> 600.00; 05-10 25,000.55 -> 500.011 -> 500.01, capped to 400.00 (sum 1,000);
//    08-01 10,000 -> 200 -> 0.00; 2027-01-05 12,345.67 -> 246.9134 -> 246.91 (new contract year).
//  penalty late_go_live: due 2026-04-01, fulfilled 04-10 -> 9 days late (04-02..04-10) x 500 = 4,500 (cap 10,000).
//  invoices: monthly in arrears net 30: Jan invoice 2026-01-31 due 03-02, paid 02-20 (on time);
//    Feb invoice 02-28 due 03-30, paid 04-05 -> fulfilled late (breach of Acme, cured 04-05);
//    unpaid invoices due by 2027-03-31 are breaches of Acme.
// Prorate (2026-01-01 for 1 year): retainer 30,000 quarterly, bonus monthly 10% of retainer:
//    Jan: 30,000 x 31/90 x 10% = 1,033.33; Feb: 30,000 x 28/90 x 10% = 933.33; Mar: 31/90 -> 1,033.33.
party Acme { role ops }
party Globex { role delivery }
signal revenue_uplift: money
signal cpi: percent
event deliverable_accepted
partnership Pay {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 2 years
  currency USD
  metric defects: percent operational lower is better target <= 2%
  milestone go_live by 2026-04-01 owner Globex
  pay Globex {
    retainer 20_000 USD monthly indexed annually by cpi capped at 3%
    invoice monthly in arrears net 30 days
    fee 5_000 USD per deliverable_accepted
    bonus quality quarterly on defects {
      tier good when defects <= 2% pays 5% of retainer
      tier excellent when defects <= 1% pays 10% of retainer
    }
    success fee 2% of revenue_uplift capped at 1_000 USD per year
    penalty late_go_live on go_live 500 USD per day capped at 10_000 USD
  }
}
partnership Prorate {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  currency USD
  metric sat: score 0..10 relational target >= 7
  pay Globex {
    retainer 30_000 USD quarterly
    bonus happy monthly on sat {
      tier ok when sat >= 5 pays 10% of retainer
    }
  }
}
