// §4: `master NAME { clauses }`: a partnership `under` it inherits every clause; replacing an
// inherited clause needs `override`, otherwise a duplicate-clause error. `template NAME(param: type =
// default)` and `use std.module.NAME(param: value)`. `neutral` is a built-in party.
// Right answer: exactly one error — line 39 `law` duplicates the master's `law` without `override`.
// Everything else clean: Child1 overrides law; Child2 uses the template and stdlib four_step.
party Acme { role ops; role rm; role sponsor }
party Globex { role delivery; role rm; role sponsor }
event dispute_notice
master MSA {
  law "England and Wales"
  venue "London"
  escalation {
    minor handled by client.ops, provider.delivery within 24 hours
    major handled by client.sponsor, provider.sponsor within 1 week
  }
}
template onboarding(days_allowed: duration = 30 days, who: role = provider.delivery) {
  who must complete onboarding within days_allowed
}
partnership Child1 under MSA {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  override law "Scotland"
  use std.disputes.four_step(mediation_within: 45 days)
}
partnership Child2 under MSA {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  use onboarding(days_allowed: 10 business days)
}
partnership Child3 under MSA {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  law "France"
}
