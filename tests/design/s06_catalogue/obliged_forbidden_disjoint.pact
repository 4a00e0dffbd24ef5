// Design §6 obliged and forbidden: "conditions that can hold together". Right
// answer: clean: `> 10%` and `< 5%` cannot hold together. Held on main 4239456.
use std.changes

party Acme "Acme Corporation" {
  role ops
}

party Globex "Globex Ltd" {
  role rm
}

resource CustomerData "Customer analytics dataset" owned by Acme

partnership Disjoint {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  Globex must share CustomerData when cost_change > 10%
  Globex must not share CustomerData when cost_change < 5%
}
