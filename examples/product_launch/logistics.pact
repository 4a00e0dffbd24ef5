//! Launch vendor 5: warehousing and retail distribution. Monarch takes the
//! finished goods from Tessier's factory and must have stock in the
//! retailers' distribution centres eleven days before the launch date, so
//! that both the campaign and the press event can go ahead on 2026-09-15.
//!
//! Dependencies (each required milestone is due first):
//!   carrier_contracts 07-01, LaunchManufacturing.mass_production 08-14
//!     -> retail_stock_in 09-04
//!   retail_stock_in 09-04 is in turn required by LaunchCampaign.campaign_live
//!   and LaunchEvent.press_event (both 09-15).

/// Warehousing, pick-and-pack and delivery to launch retailers.
partnership LaunchLogistics under LaunchMSA {
  parties Nakatomi as client, Monarch as provider
  term 2026-06-01 for 2 years // ends 2028-05-31
  currency USD
  calendar weekdays mon-fri holidays 2026-07-03, 2026-09-07, 2026-11-26, 2026-12-25, 2027-01-01

  metric otif: percent operational target >= 96% // on time, in full
  metric damage_rate: percent operational lower is better target <= 0.5%
  metric claim_response: duration relational lower is better target <= 48 hours

  // Thursday slot follows the packaging sync (10:00-11:00) with a break.
  meeting log_sync weekly on thursday at 11:30 for 1 hour with Nakatomi.supply_chain, Monarch.delivery
  meeting log_vendor_review monthly on first wednesday at 16:00 for 1 hour with Nakatomi.launch_pm, Monarch.account_lead

  // Freight-rate moves, by the standard 3-2-1 protocol: <= 5% absorbed,
  // (5%, 12%] reviewed, > 12% escalated and mediated.
  use std.changes.three_two_one(
    over: launch_freight_rate_change,
    fundamental_above: 12%,
    minor_approver: Nakatomi.supply_chain,
    significant_client: Nakatomi.supply_chain,
    significant_provider: Monarch.account_lead,
    fundamental_client: Nakatomi.coo,
    fundamental_provider: Monarch.exec,
    final_authority: Nakatomi.coo
  )

  // A surge in pre-orders must not leave shelves empty.
  trigger preorder_surge when launch_preorder_change > 25% {
    Monarch must confirm peak_capacity within 5 business days
    Nakatomi.supply_chain, Monarch.account_lead must meet within 7 days
  }

  pay Monarch {
    retainer 12_000 USD monthly // dedicated warehouse space
    invoice monthly in arrears net 30 days
    fee 1_800 USD per launch_delivery_completed
    bonus reliability quarterly on otif {
      tier dependable when otif >= 96% pays 4% of retainer
      tier exemplary when otif >= 99% pays 8% of retainer
    }
    penalty late_stock on retail_stock_in 3_000 USD per day capped at 90_000 USD
  }

  // Quarterly peak planning adjusts capacity and rates.
  review peak_planning quarterly with Nakatomi.supply_chain, Monarch.account_lead {
    adjust capacity when launch_preorder_change > 25%
    adjust pricing when launch_freight_rate_change > 12%
  }

  // Monarch sees the retailer allocations; they are commercially sensitive.
  grant Monarch read NakatomiRetailerList for "allocation and delivery planning"
  Monarch must not share NakatomiRetailerList

  milestone carrier_contracts by 2026-07-01 owner Monarch
  milestone retail_stock_in by 2026-09-04 owner Monarch requires carrier_contracts, LaunchManufacturing.mass_production

  report sustainability quarterly by Monarch "fuel use, emissions per delivery and packaging waste"

  // The standard renewing window as it is: window 2028-02-01, decision
  // 2028-04-01, notice last day 2028-04-16.
  use std.renewal.renewing_window

  // Written out rather than std.exit.protocol, to name what Monarch hands
  // back: the remaining stock and the inventory records.
  exit {
    notice 45 days
    transition 6 weeks {
      Monarch must deliver remaining_stock and inventory_records
      Monarch must complete knowledge_transfer
    }
  }
}
