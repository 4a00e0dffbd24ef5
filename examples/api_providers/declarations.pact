//! API provider portfolio: shared declarations.
//!
//! Pied Piper's compression service calls three external API providers:
//!
//!   ApiOne    Hooli      primary provider, most of the traffic
//!   ApiTwo    Endframe   secondary provider, takes overflow
//!   ApiThree  Aviato     fallback provider, kept warm for failover
//!
//! The three contracts (api_one.pact, api_two.pact, api_three.pact) share
//! one framework, ApiTerms, so the same escalation path and dispute ladder
//! apply to every provider. coordinate.pact links them: a price change at
//! one provider obliges pricing reviews at the others.
//!
//! ApiTerms takes its escalation path and dispute ladder from the standard
//! library (`use` inside a master is inherited by every partnership under
//! it); the dispute ladder starts on the standard `dispute_notice` event.

/// The API consumer; it holds all three contracts. Capacities are hours per
/// calendar month summed over the three partnerships.
party PiedPiper "Pied Piper Inc." {
  role sre "Site reliability engineering" capacity 20 hours per month
  role platform_lead "Platform lead, owns the provider relationships" capacity 12 hours per month
  role procurement "Vendor procurement" capacity 8 hours per month
  role cto "Chief technology officer" capacity 6 hours per month
}

// Each provider declares the roles ApiTerms names as provider.support,
// provider.account_manager and provider.vp.

party Hooli "Hooli Cloud Services" {
  role support "Technical account support"
  role account_manager "Account manager"
  role vp "VP platform partnerships"
}

party Endframe "Endframe Systems Inc." {
  role support "Support engineering"
  role account_manager "Account manager"
  role vp "VP sales"
}

party Aviato "Aviato APIs LLC" {
  role support "Support desk"
  role account_manager "Account executive"
  role vp "Founder and CEO"
}

resource PiedPiperPayloads "Customer files and metadata sent through the provider APIs" owned by PiedPiper

/// Read per partnership: `ApiOne.price_change` is the change announced by
/// ApiOne's provider against the contracted price list.
signal price_change: percent "Change of the provider's unit price against the contracted price list"
signal api_traffic_change: percent "Change of Pied Piper's monthly call volume at a provider against plan"

/// A block of one million calls beyond the committed volume was consumed.
event api_overage_block

/// Framework terms shared by all three API contracts.
master ApiTerms {
  law "State of California"
  venue "Santa Clara County, California"

  // Outages are handled by engineers first; commercial owners and then
  // executives take over if a rung runs out of time. The standard path,
  // except that engineers get 4 hours, not 24: an outage cannot wait a day.
  // The roles are relative, so each provider's own roles are named.
  use std.escalation.three_levels(
    operations_client: client.sre,
    operations_provider: provider.support,
    operations_within: 4 hours,
    management_client: client.platform_lead,
    management_provider: provider.account_manager,
    executives_client: client.cto,
    executives_provider: provider.vp
  )

  // The standard four-step ladder on `dispute_notice`, between the
  // relationship owners and then the executives.
  use std.disputes.four_step(
    negotiation_client: client.platform_lead,
    negotiation_provider: provider.account_manager,
    managers_client: client.cto,
    managers_provider: provider.vp
  )

  termination {
    for cause cure 15 days
    for convenience notice 60 days
  }
}
