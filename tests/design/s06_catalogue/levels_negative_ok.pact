// Design §6: "Percent signals are not bounded to 0–100% (costs can fall)."
// Right answer: clean: `<= -5%` and `> -5%` meet without gap or overlap, and a
// level split in two by `or` (`<= 5% or > 20%`) with its complement `> 5% and
// <= 20%` covers every value once. Held on main 4239456.
use std.changes

party Acme "Acme Corporation" {
  role ops
}

party Globex "Globex Ltd" {
  role rm
}

partnership Falling {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  changes {
    drop when cost_change <= -5% -> approve by Acme.ops
    other when cost_change > -5% -> approve by Acme.ops
  }
}

partnership Split {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  changes {
    outer when cost_change <= 5% or cost_change > 20% -> approve by Acme.ops
    inner when cost_change > 5% and cost_change <= 20% -> approve by Acme.ops
  }
}
