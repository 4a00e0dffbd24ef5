//! Data analytics partnership with explicit data governance. Soylent (a
//! grocery chain) gives Tyrell pseudonymised sales and loyalty data to build
//! demand forecasts. The contract states which data is shared and for what
//! purpose, what Tyrell may do with the results, and what must never leave
//! either party. Rights are granted per verb (read, use); prohibitions are
//! on other verbs (share) or on data that is never granted, so no clause
//! both allows and forbids the same act.

/// The data owner.
party Soylent "Soylent Markets SE" {
  role data_owner "Head of customer data" capacity 15 hours per month
  role dpo "Data protection officer" capacity 8 hours per month
  role analytics_lead "Analytics lead" capacity 25 hours per month
  role cdo "Chief data officer" capacity 4 hours per month
}

/// The analytics provider.
party Tyrell "Tyrell Analytics BV" {
  role data_scientist "Lead data scientist" capacity 40 hours per month
  role security_officer "Information security officer" capacity 10 hours per month
  role account_director "Account director" capacity 10 hours per month
}

// What is shared, and what is not.
resource SoylentTransactions "Pseudonymised point-of-sale transactions" owned by Soylent
resource SoylentLoyalty "Loyalty members' basket histories, without names or contact data" owned by Soylent
resource SoylentPayroll "Payroll and HR records (never in scope)" owned by Soylent
resource SoylentForecasts "Forecasts and dashboards produced for Soylent" owned by Soylent
resource TyrellModels "Tyrell's forecasting models and feature pipelines" owned by Tyrell

signal da_records_exposed: count "Personal records affected by a security incident at Tyrell"
signal da_data_volume_change: percent "Change of the monthly data volume sent to Tyrell against the baseline"

// Disputes are started by the standard library's `dispute_notice`, loaded
// with the dispute ladder below.

/// Soylent accepted a weekly forecast delivery.
event da_forecast_delivered

partnership SoylentTyrellAnalytics {
  parties Soylent as client, Tyrell as provider
  term 2026-01-01 for 3 years // ends 2028-12-31
  currency EUR
  calendar weekdays mon-fri holidays 2026-04-27, 2026-12-25, 2026-12-26, 2027-01-01
  law "Netherlands"
  venue "Amsterdam District Court"

  metric forecast_error: percent operational lower is better target <= 8%
  metric access_reviews_passed: percent relational target >= 100%
  metric new_use_cases: count strategic target >= 1

  // Standard health weights: forecast accuracy counts most at first, new
  // use cases gain weight from the second year (operational 60%,
  // relational 30%, strategic 10%; after 12 months 40%, 30%, 30%).
  use std.health.three_tier_weights

  // --- Data sharing and purpose limitation --------------------------------
  // Tyrell may read and process transactions and loyalty baskets, each for
  // a stated purpose only.
  grant Tyrell read SoylentTransactions for "weekly store-level demand forecasting"
  grant Tyrell use SoylentTransactions for "weekly store-level demand forecasting"
  grant Tyrell read SoylentLoyalty for "churn and basket analysis"
  grant Tyrell use SoylentLoyalty for "churn and basket analysis"
  // Tyrell may use the forecasts it produced to monitor and retrain its
  // models for Soylent.
  Tyrell may use SoylentForecasts
  // Soylent licenses Tyrell's models exclusively: no other partner in the
  // portfolio may be granted their use (the owner, Tyrell, keeps its rights).
  grant exclusive Soylent use TyrellModels for "retail demand forecasting"

  // --- What must not be shared --------------------------------------------
  Tyrell must not share SoylentTransactions
  Tyrell must not share SoylentLoyalty
  Tyrell must not share SoylentForecasts
  // Payroll data is never granted, so it may not be touched at all.
  Tyrell must not read SoylentPayroll
  Tyrell must not use SoylentPayroll
  // The models are licensed for Soylent's own use only.
  Soylent must not share TyrellModels

  // Breach handling: any exposed record starts the clock.
  trigger data_breach when da_records_exposed > 0 {
    Tyrell must notify Soylent.dpo within 24 hours
    Tyrell must provide incident_report and containment_plan within 72 hours
    Soylent.dpo, Tyrell.security_officer must meet within 5 business days
  }

  meeting data_council monthly on first tuesday at 10:00 for 1 hour with Soylent.data_owner, Soylent.dpo, Tyrell.security_officer, Tyrell.data_scientist
  meeting model_review every 2 weeks 1 hour with Soylent.analytics_lead, Tyrell.data_scientist
  meeting executive quarterly 1 hour with Soylent.cdo, Tyrell.account_director

  // Data-volume changes follow the standard 3-2-1 protocol: up to 20% the
  // analytics lead approves, (20%, 50%] the data owner and Tyrell's account
  // director review, above 50% the CDO does, then mediation. The CDO has
  // the final word.
  use std.changes.three_two_one(
    over: da_data_volume_change,
    minor_up_to: 20%,
    fundamental_above: 50%,
    minor_approver: Soylent.analytics_lead,
    significant_client: Soylent.data_owner,
    significant_provider: Tyrell.account_director,
    fundamental_client: Soylent.cdo,
    fundamental_provider: Tyrell.account_director,
    final_authority: Soylent.cdo
  )

  pay Tyrell {
    retainer 28_000 EUR monthly
    invoice monthly in arrears net 30 days
    fee 750 EUR per da_forecast_delivered
    bonus accuracy quarterly on forecast_error {
      tier accurate when forecast_error <= 8% pays 3% of retainer
      tier precise when forecast_error <= 5% pays 7% of retainer
    }
  }

  milestone data_pipeline by day 29 owner Tyrell
  milestone first_forecast by day 60 owner Tyrell requires data_pipeline
  milestone dpia_review by 2026-12-15 owner Soylent requires first_forecast

  report data_protection quarterly by Tyrell "access logs, sub-processors, retention and deletion status"
  survey data_trust quarterly anonymous by Soylent.dpo

  // Not the standard three tiers: data governance is a tier of its own,
  // with the data protection officer in it, and each tier's decision
  // rights are specific to data.
  governance {
    tier operational Soylent.analytics_lead, Tyrell.data_scientist decides model_changes, feature_selection
    tier data_governance Soylent.data_owner, Soylent.dpo, Tyrell.security_officer decides new_data_sources, retention, access
    tier executive Soylent.cdo, Tyrell.account_director decides scope, budget, new_purposes
  }

  // The standard four-step ladder on `dispute_notice`.
  use std.disputes.four_step(
    negotiation_client: Soylent.data_owner,
    negotiation_provider: Tyrell.account_director,
    managers_client: Soylent.cdo,
    managers_provider: Tyrell.account_director
  )

  // A standard renewing window, opened early because a new data processor
  // takes months to onboard: window 2028-07-04, decision 2028-09-02,
  // notice last day 2028-10-02.
  use std.renewal.renewing_window(window_opens: 180 days, decision_due: 120 days)

  termination {
    for cause cure 30 days
    for convenience notice 90 days
  }

  // On exit the shared data is deleted and the forecasts handed back (not
  // the standard exit protocol, which hands over assets and knowledge).
  exit {
    notice 90 days
    transition 30 days {
      Tyrell must delete SoylentTransactions and SoylentLoyalty
      Tyrell must deliver SoylentForecasts and deletion_certificate
    }
  }
}
