// §3 + reference §6.1 #16 (arithmetic in expressions). Right answer: trigger `t` fires on 2026-02-01
// (50% > 2% + 3% = 5%), and the change levels are analysed like `<= 5%` / `> 5%` (constant folding).
// Observed (main 55b8190): `t` never fires at run time; E0319 "cannot be analysed" note.
party Acme { role ops }
party Globex { role delivery }
signal cost_change: percent
partnership Ar {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  trigger t when cost_change > 2% + 3% {
    Globex must notify Acme.ops within 5 days
  }
  changes {
    minor when cost_change <= 2% + 3% -> approve by Acme.ops
    major when cost_change > 5% -> approve by Acme.ops
  }
}
