// Design §6: "obliged and forbidden: the same party (or one of its roles) ...
// (`grant P read R` with `P must not read R` counts)". Right answer: E0315 in
// `Roles` (Globex.rm must share, Globex must not share) and in `Granted`
// (grant Globex read, Globex.rm must not read). Held on main 4239456.
use std.changes

party Acme "Acme Corporation" {
  role ops
}

party Globex "Globex Ltd" {
  role rm
}

resource CustomerData "Customer analytics dataset" owned by Acme

partnership Roles {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  Globex.rm must share CustomerData
  Globex must not share CustomerData
}

partnership Granted {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  grant Globex read CustomerData
  Globex.rm must not read CustomerData
}
