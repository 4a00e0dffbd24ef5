//! Launch vendors 3 and 4: building and boxing the product. Tessier
//! assembles the thermostat; Dunder prints the retail packaging. Mass
//! production cannot start before the packaging is at the factory, and the
//! box artwork waits for the final (DVT) industrial design.
//!
//! Dependencies (each required milestone is due first):
//!   LaunchHardware.dvt_signoff 06-12 -> tooling_complete 06-30
//!   LaunchHardware.dvt_signoff 06-12 -> artwork_approved 06-26 -> packaging_delivered 08-07
//!   LaunchFirmware.firmware_release 07-17 -> pilot_run 07-24
//!   pilot_run 07-24, packaging_delivered 08-07 -> mass_production 08-14

/// Contract manufacturing of the thermostat.
partnership LaunchManufacturing under LaunchMSA {
  parties Nakatomi as client, Tessier as provider
  term 2026-03-01 for 3 years // ends 2029-02-28
  currency USD
  calendar weekdays mon-fri holidays 2026-05-25, 2026-07-03, 2026-09-07, 2026-11-26, 2026-12-25, 2027-01-01

  metric first_pass_yield: percent operational target >= 97%
  metric lot_on_time: percent operational target >= 95%
  metric quality_response: duration relational lower is better target <= 24 hours

  meeting mfg_production_call daily at 08:30 for 15 minutes with Nakatomi.supply_chain, Tessier.delivery
  meeting mfg_vendor_review monthly on first wednesday at 13:00 for 1 hour with Nakatomi.launch_pm, Tessier.account_lead
  meeting mfg_executive quarterly 1 hour with Nakatomi.coo, Tessier.exec

  // Component prices, by the standard 3-2-1 protocol: <= 5% absorbed,
  // (5%, 15%] reviewed, > 15% escalated and mediated.
  use std.changes.three_two_one(
    over: launch_component_cost_change,
    fundamental_above: 15%,
    minor_approver: Nakatomi.supply_chain,
    significant_client: Nakatomi.supply_chain,
    significant_provider: Tessier.account_lead,
    fundamental_client: Nakatomi.coo,
    fundamental_provider: Tessier.exec,
    final_authority: Nakatomi.coo
  )

  trigger bom_spike when launch_component_cost_change > 15% {
    Tessier must notify Nakatomi.supply_chain within 2 business days
    Tessier must provide cost_breakdown and alternative_parts within 5 business days
  }

  pay Tessier {
    retainer 20_000 USD monthly // reservation of one SMT and assembly line
    invoice monthly in arrears net 45 days
    fee 180_000 USD per launch_lot_accepted
    bonus yield quarterly on first_pass_yield {
      tier good when first_pass_yield >= 97% pays 3% of retainer
      tier excellent when first_pass_yield >= 99% pays 6% of retainer
    }
    penalty late_mass_production on mass_production 5_000 USD per day capped at 150_000 USD
  }

  grant Tessier read NakatomiProductSpecs for "manufacturing, test and quality control"
  Tessier must not share NakatomiProductSpecs

  milestone tooling_complete by 2026-06-30 owner Tessier requires LaunchHardware.dvt_signoff
  milestone pilot_run by 2026-07-24 owner Tessier requires tooling_complete, LaunchFirmware.firmware_release
  milestone mass_production by 2026-08-14 owner Tessier requires pilot_run, LaunchPackaging.packaging_delivered

  // Standard renewing window, opened early because moving a production
  // line takes long: window 2028-09-01, decision 2028-10-31, notice last
  // day 2028-10-31.
  use std.renewal.renewing_window(window_opens: 180 days, decision_due: 120 days)

  // Not the standard exit protocol: the factory ships the last-time-buy
  // stock and the test fixtures.
  exit {
    notice 120 days
    transition 3 months {
      Tessier must deliver last_time_buy_stock and test_fixtures
    }
  }
}

/// Retail packaging and printed inserts.
partnership LaunchPackaging under LaunchMSA {
  parties Nakatomi as client, Dunder as provider
  term 2026-04-01 for 2 years // ends 2028-03-31
  currency USD
  calendar weekdays mon-fri holidays 2026-05-25, 2026-07-03, 2026-09-07, 2026-11-26, 2026-12-25, 2027-01-01

  metric print_quality: percent operational target >= 98%
  metric proof_turnaround: duration relational lower is better target <= 72 hours

  meeting pkg_sync weekly on thursday at 10:00 for 1 hour with Nakatomi.supply_chain, Dunder.delivery
  meeting pkg_vendor_review monthly on first wednesday at 14:30 for 1 hour with Nakatomi.launch_pm, Dunder.account_lead

  pay Dunder {
    retainer 5_000 USD monthly
    invoice monthly in arrears net 30 days
    fee 22_000 USD per launch_packaging_received
    penalty late_packaging on packaging_delivered 1_000 USD per day capped at 25_000 USD
  }

  // The printer needs the brand kit; it may not pass it on.
  grant Dunder use NakatomiBrandKit for "printing retail packaging and inserts"
  Dunder must not share NakatomiBrandKit

  milestone artwork_approved by 2026-06-26 owner Nakatomi requires LaunchHardware.dvt_signoff
  milestone packaging_delivered by 2026-08-07 owner Dunder requires artwork_approved

  // The standard renewing window as it is: window 2027-12-02, decision
  // 2028-01-31, notice last day 2028-01-31.
  use std.renewal.renewing_window

  exit {
    notice 60 days
    transition 4 weeks {
      Dunder must deliver print_plates and remaining_stock
    }
  }
}
