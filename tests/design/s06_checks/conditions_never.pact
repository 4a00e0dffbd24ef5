// §6 E03xx: conditions that can never hold (x > 10% and x < 5%), so the clause can never apply.
// Right answer: one error (or warning) on the trigger's condition, with the interval reasoning.
party Acme { role ops; role rm; role sponsor; role steering }
party Globex { role delivery; role rm; role sponsor }
signal cost_change: percent
signal scope_change: percent
signal other: percent
resource Data "data" owned by Acme
partnership X {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  trigger never when cost_change > 10% and cost_change < 5% {
    Globex must notify Acme.rm within 5 business days
  }
  review r quarterly with Acme.rm, Globex.rm {
    adjust pricing when scope_change >= 10% and scope_change <= 2%
  }
}
