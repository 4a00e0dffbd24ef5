// §4 "The standard library (stdlib/, shipped inside the binary) is written in Pact itself":
// every template with its defaults, in both spellings (`use std.module` at the top, then the template by
// its qualified name as a clause, with and without arguments). Right answer: check clean; the clauses appear
// in the outputs (4 meetings, 3 change levels, escalation 3 levels, exit, governance 3 tiers, weights 2 stages,
// renewal window 2026-09-02 / decision 2026-11-01, dispute ladder of 4 steps).
use std.disputes
use std.changes
party Acme { role ops; role rm; role steering; role sponsor }
party Globex { role delivery; role rm; role sponsor }
signal cost_change: percent
event dispute_notice
partnership Std {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  metric a: percent operational target >= 95%
  metric b: percent relational target >= 95%
  metric c: percent strategic target >= 95%
  use std.cadence.four_layers()
  use std.changes.three_two_one(minor_up_to: 3%)
  use std.disputes.four_step
  use std.escalation.three_levels()
  use std.exit.protocol(transition_length: 2 months)
  use std.governance.three_tiers()
  use std.health.three_tier_weights(rebalance_after: 6 months)
  use std.renewal.renewing_window()
}
