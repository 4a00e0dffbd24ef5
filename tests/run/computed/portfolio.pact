//! `pact run` fixture: arithmetic in conditions and amounts (design §3:
//! "`X% of <money>` is money; `<money> * <number>` is money"). Constant
//! sides are folded when the contract is checked; a side read from a signal
//! is computed on each reading.

party Acme "Acme Corporation" {
  role ops "Operations"
}

party Globex "Globex Ltd" {
  role delivery "Delivery lead"
}

signal revenue: money
signal budget: money
signal cost_change: percent

partnership AcmeGlobex {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  currency USD

  metric insights: count strategic target >= 4

  pay Globex {
    bonus insight quarterly on insights {
      tier some when insights >= 4 pays 1_000 USD * 2
      tier many when insights >= 8 pays 50% of 10_000 USD
    }
  }

  // Folded: 10% of 1 000 000 USD = 100 000 USD.
  trigger big when revenue > 10% of 1_000_000 USD {
    Globex must report revenue within 5 days
  }
  // Computed on each reading: twice the last budget.
  trigger over when revenue > budget * 2 {
    Acme must review budget within 10 days
  }
  // Folded: 2% + 3% = 5%.
  trigger drift when cost_change > 2% + 3% {
    Globex must explain cost_change within 5 days
  }
}
