//! ApiThree: Aviato, Pied Piper's fallback API provider. It carries little
//! traffic in normal times and is kept warm for failover. Price rises at
//! ApiOne or ApiTwo oblige a pricing review here (coordinate.pact); a price
//! change at Aviato itself is handled inside this contract only, so the
//! coordination graph has no cycle.

/// Fallback API provider: standby fee plus usage.
partnership ApiThree under ApiTerms {
  parties PiedPiper as client, Aviato as provider
  term 2026-07-01 for 1 year // ends 2027-06-30
  currency USD
  calendar weekdays mon-fri holidays 2026-07-03, 2026-09-07, 2026-11-26, 2026-12-25, 2027-01-01, 2027-05-31

  metric failover_uptime: percent operational target >= 99.5%
  metric failover_activation: duration operational lower is better target <= 15 minutes
  metric failover_escalation_response: duration relational lower is better target <= 48 hours

  // No weekly slot: a monthly account call and the quarterly executive
  // review are enough for a standby provider.
  meeting three_account monthly on first monday at 14:00 for 1 hour with PiedPiper.platform_lead, Aviato.account_manager
  meeting three_executive quarterly 1 hour with PiedPiper.cto, Aviato.vp

  // The thresholds of ApiOne and ApiTwo, but written out rather than taken
  // from std.changes.three_two_one: a fundamental price change at the
  // standby provider ends with the executives' review; there is no
  // mediation step.
  changes {
    minor when price_change <= 3% -> approve by PiedPiper.platform_lead
    significant when price_change > 3% and price_change <= 10% -> review by PiedPiper.platform_lead, Aviato.account_manager within 10 business days
    fundamental when price_change > 10% -> review by PiedPiper.cto, Aviato.vp within 10 business days
    authority PiedPiper.cto
  }

  // A failover (traffic at Aviato tripling against plan) puts the standby
  // to work: Aviato must tell Pied Piper's SREs and report its headroom.
  trigger three_failover when api_traffic_change > 200% {
    Aviato must notify PiedPiper.sre within 1 hour
    Aviato must provide capacity_report within 2 business days
  }

  pay Aviato {
    retainer 1_500 USD monthly // standby fee
    invoice monthly in arrears net 30 days
    fee 700 USD per api_overage_block
  }

  review three_standby quarterly with PiedPiper.platform_lead, Aviato.account_manager {
    adjust standby_fee when api_traffic_change > 50%
    adjust pricing when price_change > 3%
  }

  grant Aviato use PiedPiperPayloads for "processing API requests during failover"
  Aviato must not share PiedPiperPayloads

  milestone three_integration by day 30 owner Aviato
  milestone three_failover_drill by 2026-09-30 owner PiedPiper requires three_integration, ApiTwo.two_failover_test

  survey three_support quarterly anonymous by PiedPiper.sre

  // Standard renewing window, opened 90 days before the end: window
  // 2027-04-01, decision 2027-05-01, notice last day 2027-05-01.
  use std.renewal.renewing_window(window_opens: 90 days)

  exit {
    notice 60 days
    transition 4 weeks {
      Aviato must delete PiedPiperPayloads
    }
  }
}
