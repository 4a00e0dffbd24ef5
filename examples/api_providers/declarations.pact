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

/// Raised by either party to start the dispute ladder.
event api_dispute_notice
/// A block of one million calls beyond the committed volume was consumed.
event api_overage_block

/// Framework terms shared by all three API contracts.
master ApiTerms {
  law "State of California"
  venue "Santa Clara County, California"

  // Outages are handled by engineers first; commercial owners and then
  // executives take over if a rung runs out of time.
  escalation {
    minor handled by client.sre, provider.support within 4 hours
    significant handled by client.platform_lead, provider.account_manager within 72 hours
    major handled by client.cto, provider.vp within 1 week
  }

  disputes on api_dispute_notice {
    step negotiation by client.platform_lead, provider.account_manager within 5 business days
    step managers by client.cto, provider.vp within 10 business days
    step mediation by neutral within 30 days of notice requires position_papers and decision_makers
    step arbitration by neutral binding
  }

  termination {
    for cause cure 15 days
    for convenience notice 60 days
  }
}
