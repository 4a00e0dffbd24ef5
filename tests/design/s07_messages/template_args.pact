// §4 templates: `use std.module.NAME(param: value)`. Right answers: misspelt parameter -> error with
// did-you-mean `mediation_within`; a percentage for a duration parameter -> type error naming the parameter and
// its declared type; unknown template -> error with did-you-mean `four_step`; a local template called with a
// missing required parameter (no default) -> error naming it.
party Acme { role ops; role rm }
party Globex { role delivery; role rm }
event dispute_notice
template onboarding(days_allowed: duration) {
  provider.delivery must complete onboarding within days_allowed
}
partnership T1 {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  use std.disputes.four_step(mediaton_within: 45 days)
}
partnership T2 {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  use std.disputes.four_step(mediation_within: 5%)
}
partnership T3 {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  use std.disputes.four_stp()
}
partnership T4 {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  use onboarding()
}
