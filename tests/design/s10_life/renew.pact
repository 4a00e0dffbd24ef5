// §10.3 renewal decided by the trace, a renewed term, a convenience notice that outlasts the running term,
// indexation with a negative reading and a floor. Run with renew.jsonl. Right answers:
//  R: term 1 2026-01-01..2026-12-31; window 2026-10-02, decision 2026-11-01. `renew` on 2026-10-15 -> term 2
//    2027-01-01..2027-12-31 (no `renew for`: the first term's length). Term 1's decision is made on 2026-10-15
//    (the trace line): `decided_on` says 2026-10-15 ("renewed on 2026-10-15, decided in the trace (line 1)").
//    Convenience notice on 2026-12-15 with 90 days -> last day 2027-03-15 (inside term 2:
//    "a notice that outlasts the running term ends a renewed one").
//  Retainer 1,000 monthly indexed annually by cpi floor -1% capped at 5%: cpi -3% read 2026-12-01 -> at
//    2027-01-01 amount x (1 - 1%) = 990.00 (floored). Payments: 12 x 1,000 (2026) + Jan, Feb 2027 990 each +
//    March prorated 15/31 x 990 = 479.0322... -> 479.03. Total 12,000 + 1,980 + 479.03 = 14,459.03.
//  Monthly meeting (from 2026-01-01): continues into term 2: 2027-01-01, 02-01, 03-01; none after 03-15.
party Acme { role ops }
party Globex { role delivery }
signal cpi: percent
partnership R {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  currency USD
  meeting m monthly 1 hour with Acme.ops, Globex.delivery
  pay Globex {
    retainer 1_000 USD monthly indexed annually by cpi capped at 5% floor -1%
  }
  renewal {
    window opens 90 days before end
    decision due 60 days before end
    default expire
  }
  termination {
    for convenience notice 90 days
  }
}
