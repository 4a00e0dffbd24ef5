//! Contract manufacturing: Umbrella moulds and assembles Initech's product
//! range. Raw materials (resins, copper) are volatile, so the contract says
//! in advance what happens when their cost moves: small moves are absorbed,
//! medium moves are reviewed by the supply managers, and moves beyond 15%
//! trigger a collaborative review with hard deadlines. Escalation answers
//! within 24 hours (operations), 72 hours (management), 1 week (executives).

/// The buyer: owns the designs and the tooling.
party Initech "Initech GmbH" {
  role ops "Supply operations desk" capacity 30 hours per month
  role supply_manager "Category supply manager" capacity 20 hours per month
  role coo "Chief operating officer" capacity 6 hours per month
}

/// The contract manufacturer.
party Umbrella "Umbrella Fertigung AG" {
  role plant_ops "Plant operations" capacity 30 hours per month
  role account_manager "Key account manager" capacity 20 hours per month
  role md "Managing director" capacity 6 hours per month
}

resource InitechTooling "Injection moulds and assembly fixtures paid for by Initech" owned by Initech
resource InitechDrawings "Product drawings and bills of materials" owned by Initech

signal raw_material_cost_change: percent "Change of Umbrella's resin and copper input costs against the 2026 baseline"
signal mfg_demand_change: percent "Change of Initech's 12-month volume forecast against the annual plan"

// Disputes are started by the standard library's `dispute_notice`, loaded
// with the dispute ladder below.

/// A production batch passed Initech's incoming inspection.
event mfg_batch_accepted

partnership InitechUmbrellaSupply {
  parties Initech as client, Umbrella as provider
  term 2026-01-01 for 3 years // ends 2028-12-31
  currency EUR
  calendar weekdays mon-fri holidays 2026-04-03, 2026-04-06, 2026-12-24, 2026-12-25, 2027-01-01
  law "Germany"
  venue "Landgericht Frankfurt am Main"

  metric on_time_in_full: percent operational target >= 95%
  metric defect_ppm: count operational lower is better target <= 500
  metric issue_response: duration relational lower is better target <= 24 hours
  metric cost_ideas: count strategic target >= 3 // cost-down proposals per quarter

  weights {
    from start: operational 70%, relational 20%, strategic 10%
    after 18 months: operational 55%, relational 20%, strategic 25%
  }

  // The four layers of std.cadence.four_layers, written out because they
  // have fixed times (checked for collisions), the monthly review falls on
  // the first Thursday with both sides' operations and supply people, and
  // the executives meet for two hours.
  meeting production_call daily at 08:30 for 15 minutes with Initech.ops, Umbrella.plant_ops
  meeting sop weekly on wednesday at 10:00 for 1 hour with Initech.supply_manager, Umbrella.account_manager
  meeting ops_review monthly on first thursday at 14:00 for 2 hours with Initech.ops, Initech.supply_manager, Umbrella.plant_ops, Umbrella.account_manager
  meeting executive quarterly 2 hours with Initech.coo, Umbrella.md

  // The standard escalation path, at its standard response times per rung:
  // operations 24 hours, management 72 hours, executives 1 week.
  use std.escalation.three_levels(
    operations_client: Initech.ops,
    operations_provider: Umbrella.plant_ops,
    management_client: Initech.supply_manager,
    management_provider: Umbrella.account_manager,
    executives_client: Initech.coo,
    executives_provider: Umbrella.md
  )

  // The same three rungs decide: the desks run the day to day, the supply
  // and account managers scope and priorities, the executives strategy and
  // budget.
  use std.governance.three_tiers(
    operational_client: Initech.ops,
    operational_provider: Umbrella.plant_ops,
    steering_client: Initech.supply_manager,
    steering_provider: Umbrella.account_manager,
    executive_client: Initech.coo,
    executive_provider: Umbrella.md
  )

  // Raw-material cost changes, by the standard 3-2-1 protocol: <= 5%
  // absorbed by Umbrella (the supply manager signs it off), (5%, 15%]
  // reviewed by the supply managers within 10 business days, > 15% goes to
  // the executives and then to mediation. Initech's COO decides in the end.
  use std.changes.three_two_one(
    over: raw_material_cost_change,
    fundamental_above: 15%,
    minor_approver: Initech.supply_manager,
    significant_client: Initech.supply_manager,
    significant_provider: Umbrella.account_manager,
    fundamental_client: Initech.coo,
    fundamental_provider: Umbrella.md,
    final_authority: Initech.coo
  )

  // Beyond 15% both sides open the books and meet; the deadlines count from
  // the day the reading crosses the threshold.
  trigger material_cost_spike when raw_material_cost_change > 15% {
    Umbrella must notify Initech.supply_manager within 2 business days
    Umbrella must provide cost_breakdown and supplier_quotes within 5 business days
    Initech.supply_manager, Umbrella.account_manager must meet within 10 business days
    Initech.coo, Umbrella.md must agree revised_pricing within 30 days
  }

  pay Umbrella {
    retainer 15_000 EUR monthly // capacity reservation on two moulding lines
    invoice monthly in arrears net 45 days
    fee 42_000 EUR per mfg_batch_accepted
    bonus delivery quarterly on on_time_in_full {
      tier reliable when on_time_in_full >= 95% pays 5% of retainer
      tier flawless when on_time_in_full >= 99% pays 10% of retainer
    }
    penalty late_volume on volume_production 2_000 EUR per day capped at 60_000 EUR
  }

  review cost_review quarterly with Initech.supply_manager, Umbrella.account_manager {
    adjust pricing when raw_material_cost_change > 5%
    adjust capacity_reservation when mfg_demand_change > 20%
  }

  // Umbrella alone may run Initech's moulds; drawings stay confidential.
  grant exclusive Umbrella use InitechTooling for "manufacturing Initech products"
  grant Umbrella read InitechDrawings for "production and quality control"
  Umbrella must not share InitechDrawings

  // Ramp-up plan.
  milestone tooling_complete by day 43 owner Umbrella
  milestone first_article by day 60 owner Umbrella requires tooling_complete
  milestone ppap_approval by day 90 owner Initech requires first_article
  milestone volume_production by 2026-06-01 owner Umbrella requires ppap_approval

  survey supplier_health quarterly anonymous by Initech.supply_manager
  report sustainability quarterly by Umbrella "energy use, scrap rate and conflict-minerals declarations"

  // The standard four-step ladder on `dispute_notice`: the supply and
  // account managers negotiate first, then the executives.
  use std.disputes.four_step(
    negotiation_client: Initech.supply_manager,
    negotiation_provider: Umbrella.account_manager,
    managers_client: Initech.coo,
    managers_provider: Umbrella.md
  )

  // A standard renewing window, opened early because moving production
  // takes long: window 2028-06-04, decision 2028-08-03; notice of 120 days
  // (last day 2028-09-02) still comes after the decision.
  use std.renewal.renewing_window(window_opens: 210 days, decision_due: 150 days)

  termination {
    for cause cure 30 days
    for convenience notice 180 days
  }

  // Not the standard exit protocol: the tooling and drawings go back to
  // Initech and the last-time-buy stock is delivered.
  exit {
    notice 120 days
    transition 3 months {
      Umbrella must return InitechTooling and InitechDrawings
      Umbrella must deliver last_time_buy_stock
      Umbrella must complete knowledge_transfer
    }
  }
}
