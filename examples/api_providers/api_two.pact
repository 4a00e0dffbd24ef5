//! ApiTwo: Endframe, Pied Piper's secondary API provider. It takes overflow
//! traffic and is the first place traffic moves to if ApiOne gets too
//! expensive, which is why a price rise at ApiOne obliges a pricing review
//! here (coordinate.pact). Endframe's own price changes ripple on to the
//! fallback provider, ApiThree.

/// Secondary API provider: pay-as-you-go with a small platform fee.
partnership ApiTwo under ApiTerms {
  parties PiedPiper as client, Endframe as provider
  term 2026-04-01 for 1 year // ends 2027-03-31
  currency USD
  calendar weekdays mon-fri holidays 2026-05-25, 2026-07-03, 2026-09-07, 2026-11-26, 2026-12-25, 2027-01-01

  metric overflow_uptime: percent operational target >= 99.5%
  metric overflow_incident_response: duration operational lower is better target <= 2 hours
  metric overflow_escalation_response: duration relational lower is better target <= 48 hours

  // Wednesday 11:00, after ApiOne's 10:00 ops review.
  meeting two_ops_review weekly on wednesday at 11:00 for 30 minutes with PiedPiper.sre, Endframe.support
  meeting two_account monthly on first monday at 11:30 for 1 hour with PiedPiper.platform_lead, Endframe.account_manager
  meeting two_executive quarterly 1 hour with PiedPiper.cto, Endframe.vp

  // Same protocol and thresholds as ApiOne, so the portfolio treats
  // providers alike.
  use std.changes.three_two_one(
    over: price_change,
    minor_up_to: 3%,
    fundamental_above: 10%,
    minor_approver: PiedPiper.platform_lead,
    significant_client: PiedPiper.platform_lead,
    significant_provider: Endframe.account_manager,
    fundamental_client: PiedPiper.cto,
    fundamental_provider: Endframe.vp,
    final_authority: PiedPiper.cto
  )

  // When ApiOne traffic moves here, Endframe must keep up.
  trigger two_traffic_surge when api_traffic_change > 50% {
    Endframe must confirm capacity_headroom within 5 business days
    PiedPiper.sre, Endframe.support must meet within 5 business days
  }

  pay Endframe {
    retainer 3_000 USD monthly // platform fee, 5 million calls included
    invoice monthly in arrears net 30 days
    fee 550 USD per api_overage_block
  }

  review two_capacity quarterly with PiedPiper.platform_lead, PiedPiper.procurement, Endframe.account_manager {
    adjust included_volume when api_traffic_change > 20%
    adjust pricing when price_change > 3%
  }

  grant Endframe use PiedPiperPayloads for "processing API requests"
  Endframe must not share PiedPiperPayloads

  milestone two_integration by day 30 owner Endframe
  milestone two_failover_test by 2026-06-30 owner PiedPiper requires two_integration, ApiOne.one_failover_test

  report two_security quarterly by Endframe "SOC 2 status, incidents and sub-processors"

  // Standard renewing window, opened 90 days before the end: window
  // 2026-12-31, decision 2027-01-30, notice last day 2027-01-30.
  use std.renewal.renewing_window(window_opens: 90 days)

  exit {
    notice 60 days
    transition 6 weeks {
      Endframe must complete traffic_migration_support
      Endframe must delete PiedPiperPayloads
    }
  }
}
