//! ApiOne: Hooli, Pied Piper's primary API provider. Most production traffic
//! runs here, so this contract has the tightest service targets and the
//! most frequent contact. Its price changes ripple to the other two
//! providers (see coordinate.pact).

/// Primary API provider: committed volume with overage blocks.
partnership ApiOne under ApiTerms {
  parties PiedPiper as client, Hooli as provider
  term 2026-01-01 for 2 years // ends 2027-12-31
  currency USD
  calendar weekdays mon-fri holidays 2026-05-25, 2026-07-03, 2026-09-07, 2026-11-26, 2026-12-25, 2027-01-01

  metric uptime: percent operational target >= 99.9%
  metric incident_response: duration operational lower is better target <= 1 hour
  metric escalation_response: duration relational lower is better target <= 24 hours
  metric roadmap_features: count strategic target >= 1 // features built on Pied Piper's requests

  weights {
    from start: operational 70%, relational 20%, strategic 10%
  }

  // Wednesday 10:00 ops review; ApiTwo's takes the 11:00 slot.
  meeting one_ops_review weekly on wednesday at 10:00 for 30 minutes with PiedPiper.sre, Hooli.support
  meeting one_account monthly on first monday at 10:00 for 1 hour with PiedPiper.platform_lead, Hooli.account_manager
  meeting one_executive quarterly 1 hour with PiedPiper.cto, Hooli.vp

  // Price changes against the contracted list, by the standard 3-2-1
  // protocol with tight bands: <= 3% accepted, (3%, 10%] reviewed, > 10%
  // escalated and mediated (and rippled to ApiTwo and ApiThree).
  use std.changes.three_two_one(
    over: price_change,
    minor_up_to: 3%,
    fundamental_above: 10%,
    minor_approver: PiedPiper.platform_lead,
    significant_client: PiedPiper.platform_lead,
    significant_provider: Hooli.account_manager,
    fundamental_client: PiedPiper.cto,
    fundamental_provider: Hooli.vp,
    final_authority: PiedPiper.cto
  )

  // A big price rise must come with a migration plan, in case Pied Piper
  // moves traffic to the other providers.
  trigger one_price_rise when price_change > 10% {
    Hooli must provide price_justification and migration_support_plan within 15 days
  }

  pay Hooli {
    retainer 15_000 USD monthly // committed volume of 40 million calls
    invoice monthly in arrears net 30 days
    fee 400 USD per api_overage_block
    bonus reliability quarterly on uptime {
      tier reliable when uptime >= 99.9% pays 2% of retainer
      tier exceptional when uptime >= 99.99% pays 4% of retainer
    }
  }

  review one_capacity quarterly with PiedPiper.platform_lead, PiedPiper.procurement, Hooli.account_manager {
    adjust committed_volume when api_traffic_change > 20%
    adjust pricing when price_change > 3%
  }

  // Payloads are processed only to answer the calls, never passed on.
  grant Hooli use PiedPiperPayloads for "processing API requests"
  Hooli must not share PiedPiperPayloads

  milestone one_integration by day 14 owner Hooli
  milestone one_failover_test by 2026-03-31 owner PiedPiper requires one_integration

  report one_security quarterly by Hooli "SOC 2 status, incidents and sub-processors"

  // Standard renewing window, opened and decided early because moving the
  // primary traffic takes time: window 2027-08-03, decision 2027-10-02,
  // notice last day 2027-11-01.
  use std.renewal.renewing_window(window_opens: 150 days, decision_due: 90 days)

  // Not the standard exit protocol: there are no assets to hand back, but
  // the traffic must be migrated and the payloads deleted.
  exit {
    notice 60 days
    transition 3 months {
      Hooli must complete traffic_migration_support
      Hooli must delete PiedPiperPayloads
    }
  }
}
