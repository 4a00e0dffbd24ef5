//! Product launch portfolio: shared declarations.
//!
//! Nakatomi launches its first smart thermostat on 2026-09-15. Seven vendors
//! take part, each under the LaunchMSA framework (master.pact):
//!
//!   LaunchHardware       Oscorp     industrial design and prototypes
//!   LaunchFirmware       Virtucon   device firmware and updates
//!   LaunchManufacturing  Tessier    contract manufacturing
//!   LaunchPackaging      Dunder     retail packaging and printed inserts
//!   LaunchLogistics      Monarch    warehousing and retail distribution
//!   LaunchCampaign       Rekall     launch marketing campaign
//!   LaunchEvent          Prestige   press and launch event
//!
//! All files in this folder form one portfolio: the partnerships see these
//! declarations and each other's milestones without `use`.

/// The company launching the product; it holds every vendor contract.
/// Capacities are per calendar month across all seven partnerships.
party Nakatomi "Nakatomi Home Technologies Inc." {
  role launch_pm "Launch programme manager" capacity 20 hours per month
  role engineering "Hardware and firmware engineering lead" capacity 30 hours per month
  role supply_chain "Supply-chain manager" capacity 40 hours per month
  role marketing "Launch marketing manager" capacity 30 hours per month
  role procurement "Vendor procurement" capacity 10 hours per month
  role coo "Chief operating officer" capacity 6 hours per month
  role cmo "Chief marketing officer" capacity 6 hours per month
}

// Every vendor has the three roles the master refers to as provider.delivery,
// provider.account_lead and provider.exec.

party Oscorp "Oscorp Industrial Design LLC" {
  role delivery "Design team lead"
  role account_lead "Account lead"
  role exec "Managing director"
}

party Virtucon "Virtucon Embedded Software Inc." {
  role delivery "Firmware team lead"
  role account_lead "Account lead"
  role exec "Chief executive"
}

party Tessier "Tessier Electronics Manufacturing Co." {
  role delivery "Production manager"
  role account_lead "Key account manager"
  role exec "General manager"
}

party Dunder "Dunder Print & Packaging Inc." {
  role delivery "Packaging project manager"
  role account_lead "Account lead"
  role exec "Regional manager"
}

party Monarch "Monarch Logistics Corp." {
  role delivery "Distribution operations lead"
  role account_lead "Account lead"
  role exec "VP sales"
}

party Rekall "Rekall Digital Agency" {
  role delivery "Campaign lead"
  role account_lead "Account director"
  role exec "Managing partner"
}

party Prestige "Prestige Worldwide Events" {
  role delivery "Event producer"
  role account_lead "Account lead"
  role exec "Founder"
}

resource NakatomiProductSpecs "Product requirements, CAD and electrical schematics" owned by Nakatomi
resource NakatomiBrandKit "Product name, logo, trademarks and brand guidelines" owned by Nakatomi
resource NakatomiLaunchFootage "Unreleased product photography and video" owned by Nakatomi
resource NakatomiRetailerList "Launch retailers, store lists and allocations" owned by Nakatomi

signal launch_component_cost_change: percent "Change of the bill-of-materials cost against the launch baseline"
signal launch_freight_rate_change: percent "Change of the contracted freight rate index against the launch baseline"
signal launch_preorder_change: percent "Change of pre-orders against the launch forecast"

// A dispute under any launch contract is started by the standard library's
// `dispute_notice` event, which LaunchMSA's dispute ladder loads.

/// A production lot passed Nakatomi's incoming quality inspection.
event launch_lot_accepted
/// A truckload arrived at a retailer's distribution centre.
event launch_delivery_completed
/// A design deliverable (drawings, prototypes) was accepted by Nakatomi engineering.
event launch_design_accepted
/// A firmware build passed Nakatomi's release tests.
event launch_firmware_accepted
/// A packaging print run arrived at the factory.
event launch_packaging_received
