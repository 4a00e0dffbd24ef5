//! `pact run` fixture: the partnership's life (design §10.3–§10.5). One
//! partnership per path; the expected dates and amounts are worked out by
//! hand in tests/e2e/life.rs.

party Acme "Acme Corporation" {
  role ops
  role rm
  role sponsor
}

party Globex "Globex Ltd" {
  role delivery
  role rm
  role sponsor
}

signal market_change: percent
signal cost_change: percent
signal outage_hours: number
resource CustomerData owned by Acme

/// Renewed by its criteria; reviews adjust; an outage raises `major`.
partnership Renewed {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  currency USD
  metric on_time: percent operational target >= 95%
  pay Globex {
    retainer 10_000 USD monthly
  }
  review qbr quarterly with Acme.rm, Globex.rm {
    adjust pricing when market_change > 10%
    Globex must deliver quarterly_report within 10 days
  }
  escalation {
    minor when outage_hours <= 4 handled by Acme.ops, Globex.delivery within 24 hours
    major when outage_hours > 4 handled by Acme.sponsor, Globex.sponsor within 1 week
  }
  renewal {
    window opens 90 days before end
    decision due 60 days before end
    default renew for 1 year
    criteria on_time >= 90%
  }
}

/// Expires by its criteria; a transition duty is breached; data duties survive.
partnership Expired {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  currency USD
  metric on_time: percent operational target >= 95%
  pay Globex {
    retainer 10_000 USD monthly
  }
  renewal {
    decision due 60 days before end
    default renew for 1 year
    criteria on_time >= 90%
  }
  exit {
    notice 30 days
    transition 1 month {
      Globex must deliver source_code
    }
  }
  survives 1 year {
    Globex must not share CustomerData
    Globex must return CustomerData within 30 days
  }
}

/// The criteria hold, but the trace decides to let it expire.
partnership Overruled {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  metric on_time: percent operational target >= 95%
  renewal {
    decision due 60 days before end
    default renew for 1 year
    criteria on_time >= 90%
  }
}

/// Terminated for convenience mid-month.
partnership Convenience {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 2 years
  currency USD
  metric defects: percent operational lower is better target <= 2%
  pay Globex {
    retainer 20_000 USD monthly
    bonus quality quarterly on defects {
      tier good when defects <= 2% pays 5% of retainer
      tier excellent when defects <= 1% pays 10% of retainer
    }
  }
  milestone handover by 2026-10-01 owner Globex
  termination {
    for convenience notice 90 days
  }
  exit {
    transition 30 days {
      Globex must deliver documentation
    }
  }
}

/// A breach for cause, cured in time.
partnership Cured {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  currency USD
  pay Globex {
    retainer 10_000 USD monthly
  }
  milestone go_live by 2026-03-01 owner Globex
  termination {
    for cause cure 30 days
  }
}

/// A breach for cause, not cured: the term ends.
partnership Uncured {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  currency USD
  pay Globex {
    retainer 10_000 USD monthly
  }
  milestone go_live by 2026-03-01 owner Globex
  termination {
    for cause cure 30 days
  }
}

/// Mediation arises only when the review before it is not done in time.
partnership Pathway {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  changes {
    minor when cost_change <= 15% -> approve by Acme.ops
    fundamental when cost_change > 15% -> review by Acme.rm within 10 days then mediation within 30 days
    authority Acme.sponsor
  }
}
