// The flat twin of layout_words.pact (one clause a line).
party Acme { role ops; role rm }
party Globex { role delivery; role rm }
signal cost_change: percent
signal revenue: money
event accepted
partnership W {
  parties Acme as client, Globex as provider
  term 2026-01-01 to 2026-12-31
  currency USD
  meeting sync weekly on monday at 10:00 for 1 hour with Acme.rm, Globex.rm
  milestone a by 2026-03-01
  milestone b by 2026-04-01 owner Globex requires a
  trigger t when cost_change > 5% and cost_change < 20% or not cost_change >= 50% {
    Globex must notify Acme.rm within 5 business days
    Globex may propose changes
    Globex must not disclose revenue_figures by 2026-06-30
  }
  changes {
    minor when cost_change <= 5% -> approve by Acme.ops
    major when cost_change > 5% -> review by Acme.rm, Globex.rm within 10 business days then mediation within 30 days
  }
  pay Globex {
    retainer 1_000 USD per month
    success fee 2% of revenue
    fee 100 USD per accepted
  }
}
