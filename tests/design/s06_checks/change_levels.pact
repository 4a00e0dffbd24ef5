// §6 E03xx change levels. Right answers:
//  Overlap (O): significant scope_change in (5%, 20%], fundamental > 15% -> overlap (15%, 20%], error
//    printed as an interval with a value in it, naming significant and fundamental.
//  Gap (G): minor <= 5%, significant > 6% -> gap (5%, 6%], warning with a concrete value (e.g. 5.5% or 6%).
//    Percent is not bounded to 0-100%: no gap reported below 0% (minor covers it) — levels cover (-inf, 5%].
//  Equal-point gap (E): minor < 5%, significant > 5% -> cost_change = 5% matches no level (warning).
//  Two signals (S): a level comparing cost_change > other -> "cannot analyse" note, not a verdict.
party Acme { role ops; role rm; role sponsor; role steering }
party Globex { role delivery; role rm; role sponsor }
signal cost_change: percent
signal scope_change: percent
signal other: percent
resource Data "data" owned by Acme
partnership O {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  changes {
    minor when scope_change <= 5% -> approve by Acme.ops
    significant when scope_change > 5% and scope_change <= 20% -> review by Acme.rm, Globex.rm within 10 business days
    fundamental when scope_change > 15% -> review by Acme.steering, Globex.sponsor within 10 business days
    authority Acme.sponsor
  }
}
partnership G {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  changes {
    minor when cost_change <= 5% -> approve by Acme.ops
    significant when cost_change > 6% -> review by Acme.rm, Globex.rm within 10 business days
    authority Acme.sponsor
  }
}
partnership E {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  changes {
    minor when cost_change < 5% -> approve by Acme.ops
    significant when cost_change > 5% -> review by Acme.rm, Globex.rm within 10 business days
    authority Acme.sponsor
  }
}
partnership S {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  changes {
    minor when cost_change <= other -> approve by Acme.ops
    significant when cost_change > other -> review by Acme.rm, Globex.rm within 10 business days
    authority Acme.sponsor
  }
}
