//! Launch vendors 6 and 7: telling the world. Rekall runs the launch
//! campaign; Prestige produces the press event. Both go live on 2026-09-15,
//! and only once stock is in the shops (LaunchLogistics.retail_stock_in).
//!
//! Dependencies (each required milestone is due first):
//!   campaign_plan 05-29, LaunchHardware.dvt_signoff 06-12 -> teaser_live 08-17
//!   teaser_live 08-17, LaunchLogistics.retail_stock_in 09-04 -> campaign_live 09-15
//!   venue_booked 04-30, LaunchCampaign.teaser_live 08-17 -> run_of_show 08-28
//!   run_of_show 08-28, LaunchLogistics.retail_stock_in 09-04 -> press_event 09-15

/// Launch campaign: teaser, launch flight and the first post-launch quarter.
partnership LaunchCampaign under LaunchMSA {
  parties Nakatomi as client, Rekall as provider
  term 2026-04-01 for 1 year // ends 2027-03-31
  currency USD
  calendar weekdays mon-fri holidays 2026-05-25, 2026-07-03, 2026-09-07, 2026-11-26, 2026-12-25, 2027-01-01

  metric share_of_voice: percent strategic target >= 20%
  metric asset_on_time: percent operational target >= 95%

  meeting cmp_creative_sync weekly on tuesday at 15:00 for 1 hour with Nakatomi.marketing, Rekall.delivery
  meeting cmp_vendor_review monthly on first thursday at 09:00 for 1 hour with Nakatomi.launch_pm, Rekall.account_lead
  meeting cmp_executive quarterly 1 hour with Nakatomi.cmo, Rekall.exec

  pay Rekall {
    retainer 25_000 USD monthly
    invoice monthly in arrears net 30 days
    bonus launch_buzz quarterly on share_of_voice {
      tier noticed when share_of_voice >= 20% pays 5% of retainer
      tier dominant when share_of_voice >= 30% pays 10% of retainer
    }
    penalty late_campaign on campaign_live 2_500 USD per day capped at 50_000 USD
  }

  // Only Rekall may work with the unreleased footage; raw material stays
  // private and only approved cuts are published as campaign creative.
  grant exclusive Rekall use NakatomiLaunchFootage for "launch campaign creative"
  grant Rekall use NakatomiBrandKit for "launch campaign creative"
  Rekall must not share NakatomiLaunchFootage

  milestone campaign_plan by 2026-05-29 owner Rekall
  milestone teaser_live by 2026-08-17 owner Rekall requires campaign_plan, LaunchHardware.dvt_signoff
  milestone campaign_live by 2026-09-15 owner Rekall requires teaser_live, LaunchLogistics.retail_stock_in

  // Standard renewing window, shortened to fit a one-year campaign: window
  // 2026-12-31, decision 2027-02-14, notice last day 2027-03-01.
  use std.renewal.renewing_window(window_opens: 90 days, decision_due: 45 days)

  exit {
    notice 30 days
    transition 2 weeks {
      Rekall must deliver campaign_assets and media_reports
    }
  }
}

/// Press and influencer launch event; a short engagement that ends after
/// the event, with no renewal.
partnership LaunchEvent under LaunchMSA {
  parties Nakatomi as client, Prestige as provider
  term 2026-03-01 for 8 months // ends 2026-10-31
  currency USD
  calendar weekdays mon-fri holidays 2026-05-25, 2026-07-03, 2026-09-07

  // The master's 60-day convenience notice is too long for an 8-month
  // engagement, so this contract replaces the inherited termination clause.
  override termination {
    for cause cure 10 days
    for convenience notice 30 days
  }

  metric press_attendance: count strategic target >= 40
  metric attendee_satisfaction: percent relational target >= 85%

  meeting evt_planning weekly on wednesday at 15:00 for 1 hour with Nakatomi.marketing, Prestige.delivery
  meeting evt_vendor_review monthly on first thursday at 10:30 for 1 hour with Nakatomi.launch_pm, Prestige.account_lead

  pay Prestige {
    retainer 8_000 USD monthly
    invoice monthly in arrears net 15 days
    bonus turnout quarterly on press_attendance {
      tier good when press_attendance >= 40 pays 5% of retainer
      tier great when press_attendance >= 60 pays 10% of retainer
    }
  }

  grant Prestige use NakatomiBrandKit for "event branding and signage"

  milestone venue_booked by 2026-04-30 owner Prestige
  milestone run_of_show by 2026-08-28 owner Prestige requires venue_booked, LaunchCampaign.teaser_live
  milestone press_event by 2026-09-15 owner Prestige requires run_of_show, LaunchLogistics.retail_stock_in

  exit {
    notice 30 days
    transition 2 weeks {
      Prestige must deliver event_footage and attendee_report
    }
  }
}
