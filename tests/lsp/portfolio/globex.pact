//! Acme and Globex: software delivery.
partnership AcmeGlobex {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 2 years
  currency USD

  metric on_time: percent operational target >= 95%

  meeting standup weekly on monday at 09:00 for 2 hours with Acme.ops, Globex.delivery

  changes {
    minor when cost_change <= 5% -> approve by Acme.ops
    major when cost_change > 5% -> review by Acme.rm, Globex.rm within 10 business days
    authority Acme.sponsor
  }

  use std.disputes.four_step(negotiation_provider: Globex.delivery)

  milestone kickoff by day 0
  milestone go_live by 2026-04-01 owner Globex requires kickoff

  renewal {
    window opens 120 days before end
    decision due 60 days before end
    default renew for 1 year
  }
  exit {
    notice 45 days
  }
}
