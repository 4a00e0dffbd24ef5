//! `pact run` fixture: early-delivery bonuses (one capped) and a retainer
//! indexed annually with a cap and a floor: a year without a reading, a
//! reading above the cap, a reading below the floor, compounding.

party Acme "Acme Corporation" {
  role rm "Relationship manager"
}

party Globex "Globex Ltd" {
  role rm "Account manager"
}

signal cpi: percent "Consumer prices against a year before"

partnership AcmeGlobex {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 5 years
  currency USD

  milestone training by 2026-02-01 owner Globex
  milestone go_live by 2026-04-01 owner Globex requires training

  pay Globex {
    retainer 10_000 USD quarterly indexed annually by cpi capped at 3% floor 0%
    bonus early_training on training 250 USD per day early
    bonus early_go_live on go_live 1_000 USD per day early capped at 10_000 USD
  }
}
