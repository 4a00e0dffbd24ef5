// §6 obliged and forbidden: "conditions that can hold together". Right answers:
//  Disjoint: duty under `when cost_change > 10%`, prohibition under `when cost_change < 5%` -> no conflict.
//  Overlap: duty under `cost_change > 10%` (trigger), prohibition `when cost_change > 20%` -> conflict (E0315).
//  Across the two partnerships, E0403 twice is right too (each partnership reads its own `cost_change`).
party Acme { role ops }
party Globex { role delivery }
signal cost_change: percent
resource Data "d" owned by Acme
partnership Disjoint {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  trigger up when cost_change > 10% { Globex must share Data within 5 days }
  Globex must not share Data when cost_change < 5%
}
partnership Overlap {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  trigger up when cost_change > 10% { Globex must share Data within 5 days }
  Globex must not share Data when cost_change > 20%
}
