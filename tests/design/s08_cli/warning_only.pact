// Design §8: "Exit status: 0 clean (warnings allowed unless `--deny warnings`),
// 1 when the input has errors, 2 for usage or I/O problems."
// Right answer: `pact check` exits 0 with one warning (E0311: cost_change in
// (5%, 10%] matches no change level, for example 10%); `pact check --deny
// warnings` exits 1; `pact build --emit obligations --deny warnings` exits 1,
// writes nothing, and says why: warnings are denied (observed on main 4239456:
// "because the input has errors", though it has none — fixed in audit 3).
// `pact check - < warning_only.pact` behaves the same, with file `<stdin>`.
use std.changes

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
    minor when cost_change <= 5% -> approve by Acme.ops
    major when cost_change > 10% -> approve by Acme.ops
  }
}
