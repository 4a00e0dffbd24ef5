//! Procurement-transformation consulting: Gekko advises Wayne on cutting
//! indirect spend. Gekko is paid three ways: a monthly retainer for the core
//! team, a fixed fee for each workstream Wayne accepts, and a success fee on
//! savings that Wayne's finance team has verified, capped per contract year.
//! The incentive scheme itself is reviewed every quarter.

/// The client.
party Wayne "Wayne Enterprises Inc." {
  role procurement_lead "Head of indirect procurement" capacity 25 hours per month
  role finance "Finance controller" capacity 10 hours per month
  role cfo "Chief financial officer" capacity 5 hours per month
}

/// The consultancy.
party Gekko "Gekko & Co Advisory LLP" {
  role engagement_manager "Engagement manager" capacity 40 hours per month
  role partner "Lead partner" capacity 10 hours per month
}

resource WayneSpendCube "Three years of Wayne's indirect-spend data by supplier" owned by Wayne

signal wc_realised_savings: money "Savings realised since the previous reading, verified by Wayne finance"
signal wc_spend_base_change: percent "Change of the addressable spend base against the engagement baseline"

// Disputes are started by the standard library's `dispute_notice` (written
// notice by either party), loaded with the dispute ladder below.

/// Wayne accepted the final deliverables of a sourcing workstream.
event wc_workstream_accepted

partnership WayneGekkoAdvisory {
  parties Wayne as client, Gekko as provider
  term 2026-01-01 for 2 years // ends 2027-12-31
  currency USD
  calendar weekdays mon-fri holidays 2026-05-25, 2026-07-03, 2026-09-07, 2026-11-26, 2026-12-25, 2027-01-01
  law "State of Delaware"
  venue "Wilmington, Delaware"

  metric savings_attainment: percent strategic target >= 80% // realised savings against plan
  metric milestones_on_time: percent operational target >= 90%
  metric stakeholder_satisfaction: percent relational target >= 75%

  weights {
    from start: operational 50%, relational 20%, strategic 30%
    after 6 months: operational 30%, relational 20%, strategic 50%
  }

  meeting workstream_checkin weekly on thursday at 16:00 for 1 hour with Wayne.procurement_lead, Gekko.engagement_manager
  meeting savings_validation monthly on day 10 1 hour with Wayne.finance, Wayne.procurement_lead, Gekko.engagement_manager
  meeting steering quarterly 2 hours with Wayne.cfo, Wayne.procurement_lead, Gekko.partner, Gekko.engagement_manager

  escalation {
    minor handled by Wayne.procurement_lead, Gekko.engagement_manager within 48 hours
    major handled by Wayne.cfo, Gekko.partner within 1 week
  }

  // Retainer for the core team, project fees per accepted workstream, and a
  // success fee on verified savings capped at 250,000 USD a contract year.
  pay Gekko {
    retainer 45_000 USD monthly
    invoice monthly in arrears net 30 days
    fee 25_000 USD per wc_workstream_accepted
    success fee 10% of wc_realised_savings capped at 250_000 USD per year
    bonus satisfaction quarterly on stakeholder_satisfaction {
      tier good when stakeholder_satisfaction >= 75% pays 2% of retainer
      tier excellent when stakeholder_satisfaction >= 90% pays 4% of retainer
    }
  }

  // Quarterly incentive review: is the scheme still rewarding the right
  // behaviour? Adjust the rates when savings or the spend base drift.
  review incentives quarterly with Wayne.cfo, Wayne.finance, Gekko.partner {
    adjust success_fee_rate when savings_attainment < 50%
    adjust success_fee_cap when savings_attainment >= 100%
    adjust fee_schedule when wc_spend_base_change > 20%
  }

  // Spend-base changes (divestments, acquisitions) change the opportunity.
  // The standard 3-2-1 protocol over the spend base: up to 10% the
  // procurement lead approves, (10%, 30%] procurement lead and engagement
  // manager review within 10 business days, above 30% the CFO and the lead
  // partner review within 15 business days, then mediation within 30 days.
  // The CFO has the final word.
  use std.changes.three_two_one(
    over: wc_spend_base_change,
    minor_up_to: 10%,
    fundamental_above: 30%,
    minor_approver: Wayne.procurement_lead,
    significant_client: Wayne.procurement_lead,
    significant_provider: Gekko.engagement_manager,
    fundamental_client: Wayne.cfo,
    fundamental_provider: Gekko.partner,
    fundamental_within: 15 business days,
    final_authority: Wayne.cfo
  )

  grant Gekko read WayneSpendCube for "spend analysis and sourcing strategy"
  Gekko must not share WayneSpendCube

  milestone diagnostic by day 29 owner Gekko
  milestone wave_one_sourcing by 2026-05-29 owner Gekko requires diagnostic
  milestone wave_two_sourcing by 2026-10-30 owner Gekko requires wave_one_sourcing
  milestone capability_handover by 2027-10-29 owner Gekko requires wave_two_sourcing

  report savings_ledger quarterly by Gekko "verified savings per category and supplier, with evidence"
  survey stakeholders quarterly anonymous by Wayne.procurement_lead

  // The standard four-step ladder on `dispute_notice`: the day-to-day pair
  // negotiates (5 business days), then the CFO and the lead partner
  // (10 business days), mediation within 30 days of the notice, then
  // binding arbitration.
  use std.disputes.four_step(
    negotiation_client: Wayne.procurement_lead,
    negotiation_provider: Gekko.engagement_manager,
    managers_client: Wayne.cfo,
    managers_provider: Gekko.partner
  )

  // Standard renewing window, with the decision 75 days before the end:
  // window 2027-09-02, decision 2027-10-17, notice last day 2027-11-01.
  use std.renewal.renewing_window(decision_due: 75 days)

  termination {
    for cause cure 30 days
    for convenience notice 60 days
  }

  // Not the standard exit protocol: the handover is the savings evidence and
  // the playbooks, and the spend data goes back to Wayne.
  exit {
    notice 60 days
    transition 4 weeks {
      Gekko must deliver savings_ledger and sourcing_playbooks
      Gekko must return WayneSpendCube
    }
  }
}
