// Design §6 change levels: "over each signal they become unions of intervals
// ... a gap a warning, each printed as an interval with a concrete value in
// it". Right answer: a gap warning (E0311): cost_change = 5% with
// scope_change = 0% matches no level (`significant` needs scope_change > 10%
// as well). Observed (main 4239456): clean — the analysis projects each level
// on cost_change and drops the scope_change conjunct, so the gap is missed
// (README "Known discrepancies").
use std.changes
signal scope_change: percent

party Acme "Acme Corporation" {
  role ops
}

party Globex "Globex Ltd" {
  role rm
}

partnership AcmeGlobex {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  changes {
    minor when cost_change < 5% -> approve by Acme.ops
    significant when cost_change >= 5% and scope_change > 10% -> approve by Acme.ops
  }
}
