//! Launch vendors 1 and 2: the device itself. Oscorp designs the hardware,
//! Virtucon writes the firmware. Firmware work starts on Oscorp's EVT
//! prototypes and the release build waits for the DVT sign-off, so these
//! milestones set the pace of the whole launch.
//!
//! Dependency chain (each required milestone is due first):
//!   industrial_design 03-13 -> evt_prototypes 04-30 -> firmware_alpha 05-15
//!   evt_prototypes 04-30 -> dvt_signoff 06-12 -> firmware_release 07-17

/// Industrial and mechanical design, prototypes up to design validation.
partnership LaunchHardware under LaunchMSA {
  parties Nakatomi as client, Oscorp as provider
  term 2026-02-01 for 1 year // ends 2027-01-31
  currency USD
  calendar weekdays mon-fri holidays 2026-05-25, 2026-07-03, 2026-09-07, 2026-11-26, 2026-12-25, 2027-01-01

  metric design_on_time: percent operational target >= 90%
  metric design_review_response: duration relational lower is better target <= 48 hours

  meeting hw_design_sync weekly on monday at 09:00 for 1 hour with Nakatomi.engineering, Oscorp.delivery
  meeting hw_vendor_review monthly on first wednesday at 09:00 for 1 hour with Nakatomi.launch_pm, Oscorp.account_lead

  pay Oscorp {
    retainer 30_000 USD monthly
    invoice monthly in arrears net 30 days
    fee 15_000 USD per launch_design_accepted
    penalty late_dvt on dvt_signoff 1_500 USD per day capped at 45_000 USD
  }

  // The design house works from Nakatomi's specifications and keeps them
  // confidential.
  grant Oscorp read NakatomiProductSpecs for "industrial and mechanical design"
  Oscorp must not share NakatomiProductSpecs

  milestone industrial_design by 2026-03-13 owner Oscorp
  milestone evt_prototypes by 2026-04-30 owner Oscorp requires industrial_design
  milestone dvt_signoff by 2026-06-12 owner Oscorp requires evt_prototypes

  // After launch Oscorp supports cost-down redesigns; a standard renewing
  // window, shortened to fit a one-year design contract: renewal is decided
  // 2026-12-17 (45 days before end), non-renewal notice by 2027-01-01.
  use std.renewal.renewing_window(window_opens: 90 days, decision_due: 45 days)

  // Not the standard exit protocol: a design house hands back its files and
  // the design history, with no knowledge transfer.
  exit {
    notice 30 days
    transition 4 weeks {
      Oscorp must deliver cad_files and design_history
    }
  }
}

/// Device firmware: launch release and two years of updates.
partnership LaunchFirmware under LaunchMSA {
  parties Nakatomi as client, Virtucon as provider
  term 2026-02-01 for 2 years // ends 2028-01-31
  currency USD
  calendar weekdays mon-fri holidays 2026-05-25, 2026-07-03, 2026-09-07, 2026-11-26, 2026-12-25, 2027-01-01

  metric crash_free_sessions: percent operational target >= 99.5%
  metric patch_time: duration operational lower is better target <= 14 days // critical security fixes
  metric fw_review_response: duration relational lower is better target <= 48 hours

  // Monday slots are staggered so the engineering lead can attend both syncs.
  meeting fw_sync weekly on monday at 11:00 for 1 hour with Nakatomi.engineering, Virtucon.delivery
  meeting fw_vendor_review monthly on first wednesday at 10:30 for 1 hour with Nakatomi.launch_pm, Virtucon.account_lead

  pay Virtucon {
    retainer 40_000 USD monthly
    invoice monthly in arrears net 30 days
    fee 10_000 USD per launch_firmware_accepted
    bonus stability quarterly on crash_free_sessions {
      tier stable when crash_free_sessions >= 99.5% pays 4% of retainer
      tier rock_solid when crash_free_sessions >= 99.9% pays 8% of retainer
    }
    penalty late_firmware on firmware_release 2_000 USD per day capped at 60_000 USD
  }

  grant Virtucon read NakatomiProductSpecs for "firmware development and testing"
  Virtucon must not share NakatomiProductSpecs

  // Cross-vendor dependencies on the hardware partnership.
  milestone firmware_alpha by 2026-05-15 owner Virtucon requires LaunchHardware.evt_prototypes
  milestone firmware_release by 2026-07-17 owner Virtucon requires firmware_alpha, LaunchHardware.dvt_signoff
  milestone first_update by 2026-10-30 owner Virtucon requires firmware_release

  report security quarterly by Virtucon "open vulnerabilities, patch times and third-party components"

  // Standard renewing window, decided 2027-11-02 (90 days before end); the
  // 90-day non-renewal notice is due the same day, so the decision always
  // comes in time.
  use std.renewal.renewing_window(decision_due: 90 days)

  // The standard exit protocol, with a 90-day notice and a 3-month
  // transition: Virtucon delivers the assets (the firmware source and the
  // build pipeline) and their documentation, and completes the knowledge
  // transfer, so another firmware house can take over the updates.
  use std.exit.protocol(notice_period: 90 days, transition_length: 3 months)
}
