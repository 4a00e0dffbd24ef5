//! `pact run` fixture: health read by a partnership's life (design §10.1,
//! §10.3): renewal criteria, review adjustments and escalation criteria
//! on `health`. The expected dates are worked out by hand in
//! tests/e2e/life.rs (`health_decides_renewals_reviews_and_escalations`).

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

/// Q3 health 80%: renewed by its criteria.
partnership Healthy {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  metric on_time: percent operational target >= 95%
  metric nps: score 0..10 relational target >= 7
  metric insights: count strategic target >= 2
  weights {
    from start: operational 50%, relational 30%, strategic 20%
  }
  health quarterly
  review qbr quarterly with Acme.rm, Globex.rm {
    adjust scope when health < 60%
  }
  renewal {
    decision due 60 days before end
    default renew for 1 year
    criteria health >= 70%
  }
}

/// Q3 health 50%: the review adjusts, the criteria fail, the term expires;
/// health below 60% raises `major`.
partnership Sickly {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  metric on_time: percent operational target >= 95%
  metric nps: score 0..10 relational target >= 7
  metric insights: count strategic target >= 2
  weights {
    from start: operational 50%, relational 30%, strategic 20%
  }
  health quarterly
  review qbr quarterly with Acme.rm, Globex.rm {
    adjust scope when health < 60%
  }
  escalation {
    minor when health >= 60% handled by Acme.ops, Globex.delivery within 1 week
    major when health < 60% handled by Acme.sponsor, Globex.sponsor within 1 week
  }
  renewal {
    decision due 60 days before end
    default renew for 1 year
    criteria health >= 70%
  }
}

/// Monthly health; the decision date is October's last day, so October's
/// score (known that day) decides.
partnership Edge {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  metric on_time: percent operational target >= 95%
  weights {
    from start: operational 100%, relational 0%, strategic 0%
  }
  health monthly
  renewal {
    decision due 61 days before end
    default renew for 1 year
    criteria health >= 70%
  }
}
