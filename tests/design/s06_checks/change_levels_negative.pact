// §6 change levels: "Percent signals are not bounded to 0–100% (costs can fall)". Levels cover [0%, +inf):
// right answer: a gap warning for cost_change < 0% (e.g. -1%), and no gap above 100%.
// Also `not`/`or` combinations: `minor when not (cost_change > 5%) and cost_change >= 0%`.
party Acme { role ops; role rm }
party Globex { role delivery; role rm }
signal cost_change: percent
partnership Neg {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  changes {
    minor when not (cost_change > 5%) and cost_change >= 0% -> approve by Acme.ops
    major when cost_change > 5% or cost_change > 200% -> review by Acme.rm, Globex.rm within 10 business days
    authority Acme.rm
  }
}
