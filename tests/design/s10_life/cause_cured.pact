// §10.3/§10.5 termination for cause naming the breach, then cured. Run with cause_cured.jsonl --until 2026-12-31.
// Right answers: `Globex must deliver plan within 10 days` due 2026-01-11, breached 01-12. Notice for cause on
// 2026-02-02 by Acme naming it: cure by 2026-02-17 (15 days). `cured` on 02-10 -> status cured, the term runs to
// 2026-12-31; retainer 12 x 1,000.00. A second notice naming a duty that is not breached on that date -> error.
party Acme { role ops }
party Globex { role delivery }
partnership CC {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  currency USD
  Globex must deliver plan within 10 days
  pay Globex {
    retainer 1_000 USD monthly
  }
  termination {
    for cause cure 15 days
  }
}
