// §6 E03xx bonus tiers. Right answers:
//  N: defects lower is better; tier excellent (<= 1%) pays 5% of retainer, less than good (<= 2%, 10%) -> non-monotonic error.
//  R: threshold 120% outside the percent metric's range 0-100% -> error.
//  W: a tier in the worse direction (defects >= 2% on a lower-is-better metric) -> error (a tier is a one-sided
//     threshold in the better direction).
party Acme { role ops; role rm; role sponsor; role steering }
party Globex { role delivery; role rm; role sponsor }
signal cost_change: percent
signal scope_change: percent
signal other: percent
resource Data "data" owned by Acme
partnership N {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  currency USD
  metric defects: percent operational lower is better target <= 2%
  pay Globex {
    retainer 10_000 USD monthly
    bonus q quarterly on defects {
      tier good when defects <= 2% pays 10% of retainer
      tier excellent when defects <= 1% pays 5% of retainer
    }
  }
}
partnership R {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  currency USD
  metric on_time: percent operational target >= 95%
  pay Globex {
    retainer 10_000 USD monthly
    bonus q quarterly on on_time {
      tier good when on_time >= 95% pays 1_000 USD
      tier super when on_time >= 120% pays 2_000 USD
    }
  }
}
partnership W {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  currency USD
  metric defects: percent operational lower is better target <= 2%
  pay Globex {
    retainer 10_000 USD monthly
    bonus q quarterly on defects {
      tier bad when defects >= 2% pays 1_000 USD
    }
  }
}
