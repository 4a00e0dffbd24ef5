//! `pact run` fixture: fees per event and penalties per day of a late
//! milestone, one cured, one capped and still running.

party Acme "Acme Corporation" {
  role ops "Operations"
}

party Globex "Globex Ltd" {
  role delivery "Delivery lead"
}

event deliverable_accepted "A deliverable passed acceptance"

partnership AcmeGlobex {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  currency USD

  pay Globex {
    fee 5_000 USD per deliverable_accepted
    penalty late_go_live on go_live 500 USD per day capped at 10_000 USD
    penalty late_training on training 750.50 USD per day capped at 5_000 USD
  }

  milestone kickoff by day 0
  milestone training by 2026-02-01 owner Globex
  milestone go_live by 2026-04-01 owner Globex requires training
}
