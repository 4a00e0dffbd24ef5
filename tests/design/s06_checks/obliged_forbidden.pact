// §6 E03xx obliged and forbidden. Right answers:
//  A: grant Globex read Data + Globex must not read Data -> conflict (design: "counts").
//  B: Globex must share Data within 30 days + Globex must not share Data -> conflict.
//  C: a role of the party: Globex.delivery must deliver code + Globex must not deliver code -> conflict.
//  Dp: grant Globex use Data for "validation" + Globex must not use Data for "marketing" -> NO conflict (§10.4).
//  Dq: grant Globex use Data for "Validation" + Globex must not use Data -> conflict (no purpose covers all).
//  Ex: trigger-only obligation whose condition cannot hold together with the prohibition's: not applicable here.
party Acme { role ops; role rm; role sponsor; role steering }
party Globex { role delivery; role rm; role sponsor }
signal cost_change: percent
signal scope_change: percent
signal other: percent
resource Data "data" owned by Acme
partnership A {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  grant Globex read Data for "analytics"
  Globex must not read Data
}
partnership B {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  Globex must share Data within 30 days
  Globex must not share Data
}
partnership C {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  Globex.delivery must deliver code within 30 days
  Globex must not deliver code
}
partnership Dp {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  grant Globex use Data for "validation"
  Globex must not use Data for "marketing"
}
partnership Dq {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  grant Globex use Data for "Validation"
  Globex must not use Data
}
