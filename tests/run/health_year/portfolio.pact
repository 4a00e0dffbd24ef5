//! `pact run` fixture: a year of quarterly health with the weights changing
//! after six months, a trigger and a bonus on health (design §10.1).

party Acme "Acme Corporation" {
  role rm "Relationship manager"
}

party Globex "Globex Ltd" {
  role rm "Account manager"
}

partnership AcmeGlobex {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  currency USD

  metric on_time: percent operational target >= 95%
  metric defects: percent operational lower is better target <= 2%
  metric nps: score 0..10 relational target >= 7
  metric insights: count strategic target >= 2

  weights {
    from start: operational 60%, relational 30%, strategic 10%
    after 6 months: operational 40%, relational 30%, strategic 30%
  }
  health quarterly

  trigger at_risk when health < 60% {
    Acme.rm, Globex.rm must meet within 10 business days
  }

  pay Globex {
    retainer 20_000 USD monthly
    bonus partnership_health quarterly on health {
      tier good when health >= 80% pays 2% of retainer
      tier great when health >= 95% pays 5% of retainer
    }
  }
}
