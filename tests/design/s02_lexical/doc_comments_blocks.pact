//! §2: "`///` documents the next declaration (carried into the outputs as `description`)", for the blocks
//! and clauses the first audit left out: review, exit, survives, escalation, disputes, pay and metric. Right
//! answer: each `///` below is the `description` of the object the obligations JSON has for its clause (an
//! escalation block's on each of its levels, a pay block's on each of its items).
party Acme { role ops; role sponsor }
party Globex { role delivery; role sponsor }
signal revenue_uplift: money
event dispute_raised
partnership P {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  currency USD
  /// Doc of the metric.
  metric uptime: percent target >= 99%
  /// Doc of the review.
  review qbr quarterly with Acme.sponsor, Globex.sponsor
  /// Doc of the escalation.
  escalation {
    minor handled by Acme.ops, Globex.delivery within 24 hours
    major handled by Acme.sponsor, Globex.sponsor within 1 week
  }
  /// Doc of the disputes.
  disputes on dispute_raised {
    step negotiation by Acme.sponsor, Globex.sponsor within 30 days
  }
  /// Doc of the pay block.
  pay Globex {
    retainer 10_000 USD monthly
    success fee 2% of revenue_uplift
  }
  /// Doc of the exit.
  exit {
    notice 60 days
    transition 30 days {
      Globex must deliver documentation
    }
  }
  /// Doc of the survival.
  survives 2 years {
    Globex must return documentation within 30 days
  }
}
