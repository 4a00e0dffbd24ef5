// §6 E04xx capacity: per calendar month, hours of all meetings and reviews with a length, across
// partnerships; over capacity is an error naming the month, the load, the capacity and the largest contributors.
// Acme.rm capacity 10 hours per month. Hand count for March 2026 (Mar 2026: Mondays 2, 9, 16, 23, 30 = 5):
//   C1 weekly on monday 1 hour -> 5 h; C2 weekly on monday 1 hour -> 5 h; C2 review monthly 2 hours -> 2 h
//   => 12 h > 10 h in March 2026. Feb 2026 (Mondays 2, 9, 16, 23 = 4): 4 + 4 + 2 = 10 h = capacity -> not over.
//   Also June 2026 (Mondays 1, 8, 15, 22, 29 = 5) -> 12 h; Aug 2026 (3,10,17,24,31) -> 12 h; Nov 2026 (2,9,16,23,30) -> 12 h.
//   C1 term: 2026 only. Right answer: errors for the months with 5 Mondays (Mar, Jun, Aug, Nov 2026),
//   each with load 12 hours, capacity 10 hours, contributors C1 weekly (5 h), C2 weekly (5 h), C2 review (2 h).
//   (Design: "over capacity is an error naming the month".) Acme.ops capacity 40 hours per month:
//   daily standup 2 hours on business days -> 20-23 business days x 2 h = 40-46 h: months with
//   > 20 business days are over: Jan 2026 has 22 business days -> 44 h > 40 h.
party Acme {
  role rm capacity 10 hours per month
  role ops capacity 40 hours per month
}
party Globex { role rm; role ops }
partnership C1 {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  meeting weekly1 weekly on monday 1 hour with Acme.rm, Globex.rm
  meeting standup daily 2 hours with Acme.ops, Globex.ops
}
partnership C2 {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  meeting weekly2 weekly on monday for 60 minutes with Acme.rm, Globex.rm
  review monthly_review monthly for 2 hours with Acme.rm, Globex.rm {
    adjust pricing when price_index > 5%
  }
}
signal price_index: percent
