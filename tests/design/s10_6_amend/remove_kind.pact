// §10.6 "`remove KIND NAME` (or `remove KIND` for a one-per-partnership clause)". Right answers: check clean;
// schedule: renewal window 2026-10-02 / decision 2026-11-01 would be in force from 2026-07-01 without renewal
// -> the schedule has no renewal events (removed before they fall); `pact diff --as-of 2026-03-01 --as-of
// 2026-08-01 remove_kind.pact` shows the renewal removed, meeting `sync` removed (and its dates from 07-06 on), and
// exits 1.
party Acme { role ops; role rm }
party Globex { role delivery; role rm }
signal cost_change: percent
partnership RK {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  meeting sync weekly on monday 1 hour with Acme.ops, Globex.delivery
  changes {
    minor when cost_change <= 5% -> approve by Acme.ops
    major when cost_change > 5% -> review by Acme.rm, Globex.rm within 10 business days
    authority Acme.rm
  }
  renewal {
    window opens 90 days before end
    decision due 60 days before end
    default renew for 1 year
  }
}
amend RK effective 2026-07-01 as minor approved by Acme.ops {
  remove renewal
  remove meeting sync
}
