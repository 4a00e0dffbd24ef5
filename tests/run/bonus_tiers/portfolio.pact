//! `pact run` fixture: quarterly bonuses whose readings fall exactly on the
//! tier thresholds, in both directions, on a retainer with cents.

party Acme "Acme Corporation" {
  role ops "Operations"
}

party Globex "Globex Ltd" {
  role delivery "Delivery lead"
}

partnership AcmeGlobex {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  currency USD

  metric defects: percent operational lower is better target <= 2%
  metric on_time: percent operational target >= 95%

  pay Globex {
    retainer 20_000.15 USD monthly
    invoice monthly in arrears net 30 days
    bonus quality quarterly on defects {
      tier good when defects <= 2% pays 5% of retainer
      tier excellent when defects <= 1% pays 10% of retainer
    }
    bonus punctuality quarterly on on_time {
      tier solid when on_time >= 95% pays 2_500 USD
      tier superb when on_time >= 99% pays 5_000 USD
    }
  }
}
