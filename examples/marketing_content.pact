//! Marketing content partnership: Sterling produces Wonka's always-on brand
//! content (social, video, editorial). Both sides look at the same analytics,
//! meet quarterly to set strategy, and share the upside: bonuses are tied to
//! measured brand lift. Renewal is discussed 120 days before expiry and
//! decided 60 days before it, so neither side is surprised.

/// The brand owner.
party Wonka "Wonka Confectionery plc" {
  role brand_manager "Brand manager" capacity 30 hours per month
  role insights "Consumer insights analyst" capacity 20 hours per month
  role cmo "Chief marketing officer" capacity 6 hours per month
}

/// The content agency.
party Sterling "Sterling Content Studio Ltd" {
  role account_lead "Account lead" capacity 30 hours per month
  role creative_director "Creative director" capacity 20 hours per month
  role strategist "Brand strategist" capacity 20 hours per month
  role managing_partner "Managing partner" capacity 6 hours per month
}

resource WonkaAnalytics "Web, social and brand-tracker analytics workspace" owned by Wonka
resource SterlingCampaignAssets "Creative assets produced under this agreement" owned by Sterling

signal mkt_media_cost_change: percent "Change of paid-social cost per thousand impressions against the plan"
signal mkt_engagement_change: percent "Change of organic engagement rate quarter on quarter"

// Disputes are started by the standard library's `dispute_notice`, loaded
// with the dispute ladder below.

/// A content piece was approved by Wonka and published.
event mkt_content_published

partnership WonkaSterlingContent {
  parties Wonka as client, Sterling as provider
  term 2026-01-01 for 2 years // ends 2027-12-31
  currency GBP
  calendar weekdays mon-fri holidays 2026-04-03, 2026-04-06, 2026-12-25, 2026-12-28, 2027-01-01
  law "England and Wales"
  venue "London"

  metric brand_lift: percent strategic target >= 3%  // uplift in the quarterly brand tracker
  metric on_brief: percent operational target >= 90% // pieces approved without rework
  metric approval_time: duration relational lower is better target <= 48 hours

  weights {
    from start: operational 40%, relational 20%, strategic 40%
  }

  meeting content_standup weekly on monday at 09:30 for 30 minutes with Wonka.brand_manager, Sterling.account_lead
  meeting performance monthly on first thursday at 11:00 for 1 hour with Wonka.brand_manager, Wonka.insights, Sterling.account_lead, Sterling.strategist
  // Quarterly strategy sessions: the plan for the next quarter's themes.
  meeting strategy quarterly 3 hours with Wonka.cmo, Wonka.brand_manager, Sterling.managing_partner, Sterling.creative_director, Sterling.strategist

  // Standard escalation path: account team, then the CMO with the creative
  // director (3 business days rather than 72 hours), then the CMO with the
  // managing partner.
  use std.escalation.three_levels(
    operations_client: Wonka.brand_manager,
    operations_provider: Sterling.account_lead,
    management_client: Wonka.cmo,
    management_provider: Sterling.creative_director,
    management_within: 3 business days,
    executives_client: Wonka.cmo,
    executives_provider: Sterling.managing_partner
  )

  // Media-cost moves change how much paid amplification the retainer buys.
  // Standard 3-2-1 protocol with wider bands than the library's default:
  // <= 10%, (10%, 25%], > 25%.
  use std.changes.three_two_one(
    over: mkt_media_cost_change,
    minor_up_to: 10%,
    fundamental_above: 25%,
    minor_approver: Wonka.brand_manager,
    significant_client: Wonka.brand_manager,
    significant_provider: Sterling.account_lead,
    fundamental_client: Wonka.cmo,
    fundamental_provider: Sterling.managing_partner,
    final_authority: Wonka.cmo
  )

  // Brand-lift bonus: the bigger the lift, the bigger the share.
  pay Sterling {
    retainer 35_000 GBP monthly
    invoice monthly in arrears net 30 days
    fee 1_200 GBP per mkt_content_published
    bonus brand quarterly on brand_lift {
      tier lift when brand_lift >= 3% pays 5% of retainer
      tier strong_lift when brand_lift >= 5% pays 9% of retainer
      tier breakout when brand_lift >= 8% pays 15% of retainer
    }
  }

  review strategy_review quarterly with Wonka.cmo, Sterling.managing_partner {
    adjust content_mix when mkt_engagement_change < 5%
    adjust pricing when mkt_media_cost_change > 25%
  }

  // Shared analytics: the agency reads the brand's workspace to optimise
  // content, but the data stays with Wonka.
  grant Sterling read WonkaAnalytics for "content planning and campaign optimisation"
  Sterling must not share WonkaAnalytics
  // Wonka licenses the commissioned assets exclusively.
  grant exclusive Wonka use SterlingCampaignAssets for "Wonka brand marketing in all channels"

  milestone onboarding by day 14 owner Sterling
  milestone brand_playbook by day 43 owner Sterling requires onboarding
  milestone spring_campaign by 2026-03-16 owner Sterling requires brand_playbook

  survey agency_health quarterly anonymous by Wonka.brand_manager
  report content_performance quarterly by Sterling "reach, engagement and brand-lift readings per theme"

  // Two tiers, not the standard three: an agency relationship needs no
  // separate steering tier, and the decision rights are about content.
  governance {
    tier operational Wonka.brand_manager, Sterling.account_lead decides content_calendar, channel_mix
    tier strategic Wonka.cmo, Sterling.managing_partner decides themes, budget, scope
  }

  // The standard four-step ladder on `dispute_notice`.
  use std.disputes.four_step(
    negotiation_client: Wonka.brand_manager,
    negotiation_provider: Sterling.account_lead,
    managers_client: Wonka.cmo,
    managers_provider: Sterling.managing_partner
  )

  // The standard renewing window as it is: discussion opens 2027-09-02
  // (120 days before expiry), decision by 2027-11-01 (60 days before);
  // non-renewal notice is due the same day.
  use std.renewal.renewing_window

  termination {
    for cause cure 30 days
    for convenience notice 90 days
  }

  // Written out rather than std.exit.protocol: the agency hands over the
  // source files and the content calendar, in 4 weeks.
  exit {
    notice 60 days
    transition 4 weeks {
      Sterling must deliver source_files and content_calendar
      Sterling must complete handover
    }
  }
}
