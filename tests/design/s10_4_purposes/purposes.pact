// §10.4 purposes compare as case-insensitive strings; §10.6 "a grant added on 2026-07-01 conflicts only from then".
// Right answers:
//  Case: grant Globex use Data for "Validation" + Globex must not use Data for "validation" -> E0315 conflict.
//  Amended: exclusive grant to Globex in A (2026); B (Initech) gets `grant Initech read Data` by an amendment
//   effective 2026-07-01 -> E0401 naming the overlap from 2026-07-01 to 2026-12-31 (not from 01-01).
party Acme { role ops; role rm }
party Globex { role delivery; role rm }
party Initech { role delivery; role rm }
signal cost_change: percent
resource Data "d" owned by Acme
partnership Case {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  grant Globex use Data for "Validation"
  Globex must not use Data for "validation"
}
partnership A {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  grant exclusive Globex read Data
}
partnership B {
  parties Acme as client, Initech as provider
  term 2026-01-01 for 1 year
  changes {
    minor when cost_change <= 5% -> approve by Acme.ops
    major when cost_change > 5% -> review by Acme.rm, Initech.rm within 10 business days
    authority Acme.rm
  }
}
amend B effective 2026-07-01 as minor approved by Acme.ops {
  grant Initech read Data
}
