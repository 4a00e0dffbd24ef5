// §6 E03xx: weights that do not sum to 100% (W1: 60+30+20 = 110%); stages out of order (W2: after 12
// months then after 6 months). Right answer: one sum error in W1, one order error in W2.
party Acme { role ops; role rm; role sponsor }
party Globex { role delivery; role rm; role sponsor }
signal cost_change: percent
signal scope_change: percent
event dispute_notice
partnership W1 {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 2 years
  metric a: percent operational target >= 95%
  metric b: percent relational target >= 95%
  metric c: percent strategic target >= 95%
  weights {
    from start: operational 60%, relational 30%, strategic 20%
  }
}
partnership W2 {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 2 years
  metric a: percent operational target >= 95%
  metric b: percent relational target >= 95%
  metric c: percent strategic target >= 95%
  weights {
    from start: operational 60%, relational 30%, strategic 10%
    after 12 months: operational 40%, relational 30%, strategic 30%
    after 6 months: operational 50%, relational 30%, strategic 20%
  }
}
