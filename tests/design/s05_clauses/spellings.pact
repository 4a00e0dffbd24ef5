//! §5 clause forms, spelled the ways the design's grammar allows. Right answer: `pact check` clean
//! (warnings allowed only where noted), every clause in the outputs.
party Acme "Acme" {
  role ops capacity 60 hours per month
  role rm; role steering; role sponsor
}
party Globex { role delivery; role rm; role sponsor }
resource Data "dataset" owned by Acme
resource Region "EMEA" owned by Acme
signal cost_change: percent
signal cpi: percent
signal outage_hours: number
signal revenue: money
event deliverable_accepted
event dispute_notice

/// The spelling test partnership.
partnership Spell {
  parties Acme as client, Globex as provider
  term 2026-01-01 to 2027-12-31
  currency EUR
  timezone "Europe/Berlin"
  calendar weekdays monday-friday holidays 2026-12-25
  law "Germany"
  venue "Berlin"
  metric on_time: percent operational target >= 95%
  metric mttr: duration relational lower is better target <= 48 hours
  metric nps: score 0..10 strategic target >= 7
  weights {
    from start: operational 50%, relational 25%, strategic 25%
    after 6 months: operational 40%, relational 30%, strategic 30%
  }
  health quarterly
  meeting m1 weekly on monday adjusted following at 10:00 for 1 hour with Acme.rm, Globex.rm
  meeting m2 every 2 weeks 30 minutes with Acme.ops, Globex.delivery
  meeting m3 monthly on day 15 adjusted preceding at 14:00 for 90 minutes with Acme.rm, Globex.rm
  meeting m4 quarterly on first monday 2 hours with Acme.steering, Globex.sponsor
  meeting m5 annually 1 day with Acme.sponsor, Globex.sponsor
  meeting m6 on 2026-03-15 at 09:00 for 4 hours with Acme.ops, Globex.delivery
  meeting m7 every 1 month on day 30 1 hour with Acme.rm, Globex.rm
  escalation {
    minor when outage_hours <= 4 handled by Acme.ops, Globex.delivery within 24 hours
    major when outage_hours > 4 handled by Acme.sponsor, Globex.sponsor within 2 business days
  }
  disputes on dispute_notice {
    step negotiation by client.ops, provider.delivery within 5 business days
    step mediation by neutral within 30 days of notice requires position_papers and decision_makers
    step arbitration by neutral binding
  }
  changes {
    minor when cost_change <= 5% -> approve by Acme.ops
    significant when cost_change > 5% and cost_change <= 15% -> review by Acme.rm, Globex.rm within 10 business days
    fundamental when not (cost_change <= 15%) -> review by Acme.steering, Globex.sponsor within 2 weeks then mediation within 30 days
    authority Acme.sponsor
  }
  pay Globex {
    retainer 10_000 EUR per month indexed annually by cpi capped at 3% floor 0%
    invoice monthly in advance net 14 days
    fee 500 EUR per deliverable_accepted
    success fee 2.5% of revenue capped at 50_000 EUR per year
    penalty late on go_live 250 EUR per day capped at 5_000 EUR
    bonus early on go_live 100 EUR per day early capped at 1_000 EUR
    bonus healthy quarterly on health {
      tier good when health >= 80% pays 2% of retainer
    }
  }
  trigger at_risk when health < 60% {
    Acme.rm, Globex.rm must meet within 10 business days
  }
  trigger spike when cost_change > 15% or outage_hours >= 10 {
    Globex must notify Acme.rm within 5 business days
    Globex may propose alternatives within 1 week
    Globex must not raise prices before end
    Globex must deliver plan and budget before renewal decision
    Globex must deliver fix before go_live
  }
  review qbr quarterly with Acme.steering, Globex.sponsor {
    adjust scope and pricing when cost_change > 10%
  }
  grant exclusive Globex use Region for "resale"
  grant Globex read Data for "demand analytics"
  Globex must not share Data
  Globex may read Data
  milestone kickoff by day 0
  milestone go_live by 2026-06-30 owner Globex requires kickoff
  survey pulse monthly anonymous by Acme.rm
  report esg annually by Globex "ethics commitments"
  governance {
    tier operational Acme.ops, Globex.delivery decides day_to_day
    tier executive Acme.sponsor, Globex.sponsor decides strategy, budget
    evolves after 1 year {
      tier executive Acme.sponsor, Globex.sponsor decides strategy, budget, pricing
    }
  }
  renewal {
    window opens 120 days before end
    decision due 60 days before end
    default renew for 1 year
    criteria health >= 70% and on_time >= 90%
  }
  termination {
    for cause cure 30 days
    for convenience notice 90 days
  }
  exit {
    notice 60 days
    transition 3 months {
      Globex must deliver source_code and documentation
      Globex must complete knowledge_transfer within 30 days
    }
  }
  survives 2 years {
    Globex must not share Data
  }
}
