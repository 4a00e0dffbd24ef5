partnership AcmeGlobex under StandardMSA {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 3 years
  currency USD
  calendar weekdays mon-fri holidays 2026-12-25, 2027-01-01

  metric on_time: percent operational target >= 95%
  metric defects: percent operational lower is better target <= 2%
  metric responsiveness: duration relational target <= 48 hours
  metric insights_shared: count strategic

  weights {
    from start: operational 60%, relational 30%, strategic 10%
    after 12 months: operational 40%, relational 30%, strategic 30%
  }

  meeting standup daily 15 minutes with Acme.ops, Globex.delivery
  meeting tactical weekly on monday at 10:00 for 1 hour with Acme.rm, Globex.rm
  meeting strategy monthly on first tuesday 2 hours with Acme.steering, Globex.sponsor
  meeting executive quarterly 1 hour with Acme.sponsor, Globex.sponsor

  changes {
    minor when cost_change <= 5% -> approve by Acme.ops
    significant when cost_change > 5% and cost_change <= 15% -> review by Acme.rm, Globex.rm within 10 business days
    fundamental when cost_change > 15% -> review by Acme.steering, Globex.sponsor within 10 business days then mediation within 30 days
    authority Acme.sponsor
  }

  pay Globex {
    retainer 20_000 USD monthly
    invoice monthly in arrears net 30 days
    fee 5_000 USD per deliverable_accepted
    bonus quality quarterly on defects {
      tier good when defects <= 2% pays 5% of retainer
      tier excellent when defects <= 1% pays 10% of retainer
    }
    success fee 2% of revenue_uplift capped at 100_000 USD per year
    penalty late_go_live on go_live 500 USD per day capped at 10_000 USD
  }

  trigger cost_spike when cost_change > 15% {
    Globex must notify Acme.rm within 5 business days
    Acme.rm, Globex.rm must meet within 10 business days
  }

  review qbr quarterly with Acme.steering, Globex.sponsor {
    adjust scope and pricing when market_change > 10%
  }

  grant Globex read CustomerData for "demand analytics"
  Globex must not share CustomerData

  milestone kickoff by day 0
  milestone training by day 30 owner Globex
  milestone go_live by 2026-04-01 owner Globex requires training

  survey health quarterly anonymous by Acme.rm
  report values quarterly by Globex "supply-chain ethics commitments"

  governance {
    tier operational Acme.ops, Globex.delivery decides day_to_day
    tier steering Acme.steering, Globex.rm decides scope, priorities
    tier executive Acme.sponsor, Globex.sponsor decides strategy, budget
    evolves after 1 year {
      tier steering Acme.steering, Globex.sponsor decides scope, priorities, pricing
    }
  }

  renewal {
    window opens 120 days before end
    decision due 60 days before end
    default renew for 1 year
  }

  termination {
    for cause cure 30 days
    for convenience notice 90 days
  }

  exit {
    notice 60 days
    transition 6 weeks {
      Globex must deliver source_code and documentation
      Globex must complete knowledge_transfer
    }
  }
}

// Ecosystem-aware contracting: a price change at one API provider
// obliges reviews of the other two (ApiOne, ApiTwo, ApiThree are
// partnerships of the same portfolio).
coordinate ApiPricing {
  when ApiOne.price_change > 10% {
    ApiTwo.client must review pricing within 30 days
    ApiThree.client must review pricing within 30 days
  }
}

// Cross-partnership dependency: the launch waits for another vendor's SDK
// (Initech and the partnership SdkDeal are declared elsewhere in the portfolio).
partnership Launch {
  parties Acme as client, Initech as provider
  term 2026-01-01 for 1 year
  milestone go_live by 2026-06-01 owner Initech requires SdkDeal.sdk_delivered
}
