//! Software development partnership: Acme buys a dedicated product team from
//! Globex. Value is shared in tiers: a base retainer pays for the team's
//! capacity, and quarterly bonuses reward quality, early delivery and
//! innovation. Quarterly business reviews adjust scope and pricing against
//! agreed criteria instead of renegotiating from scratch.

use std.disputes // for the standard `dispute_notice` event

/// The client: owns the product, the backlog and the code.
party Acme "Acme Corporation" {
  role product_owner "Product owner" capacity 40 hours per month
  role eng_manager "Engineering manager" capacity 30 hours per month
  role cto "Chief technology officer" capacity 8 hours per month
}

/// The provider: supplies a cross-functional delivery team.
party Globex "Globex Software Ltd" {
  role tech_lead "Technical lead" capacity 40 hours per month
  role delivery_manager "Delivery manager" capacity 30 hours per month
  role account_director "Account director" capacity 10 hours per month
  role ceo "Chief executive"
}

resource AcmeCodebase "Acme's product source repositories and CI pipelines" owned by Acme
signal sw_scope_change: percent "Change of the estimated backlog effort against the baselined roadmap"
signal sw_rate_change: percent "Change of the market day-rate index for senior engineers"
signal sw_cloud_savings: money "Cloud costs saved by Globex's optimisations since the last reading"

/// A release passed Acme's acceptance tests.
event sw_release_accepted

partnership AcmeGlobexDev {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 2 years // ends 2027-12-31
  currency USD
  calendar weekdays mon-fri holidays 2026-12-25, 2027-01-01
  law "State of New York"
  venue "New York County, New York"

  // Health: delivery quality first; innovation gains weight in year two.
  metric defect_escape: percent operational lower is better target <= 3%
  metric sprint_goals_met: percent operational target >= 90%
  metric early_delivery: percent operational target >= 10% // share of milestones delivered early
  metric review_turnaround: duration relational lower is better target <= 24 hours
  metric innovations_adopted: count strategic target >= 2 // proposals Acme put into production

  weights {
    from start: operational 60%, relational 25%, strategic 15%
    after 12 months: operational 45%, relational 25%, strategic 30%
  }
  health quarterly // scored each quarter from the targets above

  // A quarter below 60% brings the managers together.
  trigger health_at_risk when health < 60% {
    Acme.eng_manager, Globex.delivery_manager must meet within 10 business days
  }

  // Communication rhythm. Timed meetings never overlap for a shared role.
  meeting standup daily at 09:30 for 15 minutes with Acme.product_owner, Globex.tech_lead
  meeting refinement weekly on tuesday at 10:00 for 1 hour with Acme.product_owner, Globex.tech_lead
  meeting delivery_sync weekly on monday at 11:00 for 1 hour with Acme.eng_manager, Globex.delivery_manager
  meeting sprint_review every 2 weeks 2 hours with Acme.product_owner, Acme.eng_manager, Globex.tech_lead, Globex.delivery_manager
  meeting steering monthly on first wednesday at 15:00 for 2 hours with Acme.eng_manager, Acme.cto, Globex.delivery_manager, Globex.account_director

  // Standard escalation path; the managers get 3 business days rather
  // than 72 hours.
  use std.escalation.three_levels(
    operations_client: Acme.product_owner,
    operations_provider: Globex.tech_lead,
    management_client: Acme.eng_manager,
    management_provider: Globex.delivery_manager,
    management_within: 3 business days,
    executives_client: Acme.cto,
    executives_provider: Globex.account_director
  )

  // Scope change against the roadmap, by the standard 3-2-1 protocol:
  // <= 5%, (5%, 20%], > 20%.
  use std.changes.three_two_one(
    over: sw_scope_change,
    fundamental_above: 20%,
    minor_approver: Acme.product_owner,
    significant_client: Acme.eng_manager,
    significant_provider: Globex.delivery_manager,
    fundamental_client: Acme.cto,
    fundamental_provider: Globex.account_director,
    final_authority: Acme.cto
  )

  // Tiered value sharing: the retainer is the base; each bonus pays the
  // strictest tier met in the quarter, and stricter tiers pay more.
  pay Globex {
    retainer 60_000 USD monthly indexed annually by sw_rate_change capped at 4% floor 0%
    invoice monthly in arrears net 30 days
    fee 8_000 USD per sw_release_accepted
    bonus quality quarterly on defect_escape {
      tier solid when defect_escape <= 3% pays 4% of retainer
      tier outstanding when defect_escape <= 1% pays 8% of retainer
    }
    bonus speed quarterly on early_delivery {
      tier ahead when early_delivery >= 10% pays 3% of retainer
      tier well_ahead when early_delivery >= 25% pays 6% of retainer
    }
    bonus innovation quarterly on innovations_adopted {
      tier contributor when innovations_adopted >= 2 pays 2% of retainer
      tier pioneer when innovations_adopted >= 4 pays 5% of retainer
    }
    bonus partnership_health quarterly on health {
      tier healthy when health >= 85% pays 2% of retainer
    }
    penalty late_launch on public_launch 1_000 USD per day capped at 30_000 USD
    bonus early_launch on public_launch 1_000 USD per day early capped at 20_000 USD
    // Savings shared in bands: 10% of a year's first 200,000, 20% above.
    share 10% of sw_cloud_savings up to 200_000 USD, 20% above capped at 100_000 USD per year
  }

  // Quarterly business review with explicit adjustment criteria.
  review qbr quarterly with Acme.cto, Acme.eng_manager, Globex.account_director, Globex.delivery_manager {
    adjust scope when sprint_goals_met < 80%
    adjust pricing when sw_rate_change > 8%
    adjust scope and pricing when sw_scope_change > 20%
  }

  // Globex works inside Acme's repositories but may not pass them on.
  grant Globex read AcmeCodebase for "development and maintenance of the Acme product"
  Globex must not share AcmeCodebase

  // Delivery plan (all inside the term).
  milestone kickoff by day 0
  milestone architecture_signoff by day 29 owner Globex requires kickoff
  milestone mvp by 2026-06-30 owner Globex requires architecture_signoff
  milestone public_launch by 2026-10-01 owner Globex requires mvp
  milestone v2_release by 2027-06-30 owner Globex requires public_launch

  survey team_health quarterly anonymous by Acme.eng_manager
  report security_posture quarterly by Globex "secure development practices and open vulnerabilities"

  // Written out rather than std.governance.three_tiers: the decision rights
  // are specific to product delivery, and the management tier's rights
  // grow after the first year.
  governance {
    tier delivery Acme.product_owner, Globex.tech_lead decides backlog_order, technical_design
    tier management Acme.eng_manager, Globex.delivery_manager decides staffing, release_plan
    tier executive Acme.cto, Globex.account_director decides scope, budget, strategy
    evolves after 1 year { // managers may then settle small price moves
      tier management Acme.eng_manager, Globex.delivery_manager decides staffing, release_plan, minor_pricing
    }
  }

  // Not the standard four-step ladder: the managers negotiate first and get
  // 10 business days, the second step goes straight to the CTO and Globex's
  // CEO, and mediation has 60 days from the notice.
  disputes on dispute_notice {
    step negotiation by Acme.eng_manager, Globex.delivery_manager within 10 business days
    step executives by Acme.cto, Globex.ceo within 15 business days
    step mediation by neutral within 60 days of notice requires position_papers and decision_makers
    step arbitration by neutral binding
  }

  // Standard renewing window, opened and decided earlier so a team can be
  // ramped down in time: window 2027-08-03, decision 2027-10-02, notice
  // last day 2027-11-01.
  use std.renewal.renewing_window(window_opens: 150 days, decision_due: 90 days)

  termination {
    for cause cure 30 days
    for convenience notice 90 days
  }

  // Written out rather than std.exit.protocol: besides handing over the
  // code, the documentation and the knowledge, Globex gives the
  // repositories back, over an 8-week transition.
  exit {
    notice 60 days
    transition 8 weeks {
      Globex must deliver source_code and documentation
      Globex must complete knowledge_transfer
      Globex must return AcmeCodebase
    }
  }
}
