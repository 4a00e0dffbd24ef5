//! Four-organisation integration: Cyberdyne Health connects its hospitals to
//! MassiveDynamic's clinical platform. Aperture builds the interfaces and
//! BlackMesa runs the hosting. One partnership binds all four, so the
//! communication matrix, the three-tier governance, the 90-day plan and the
//! dispute ladder are the same for everyone.
//!
//! Communication matrix (who meets whom, how often):
//!   daily      technical leads of all four    stand-up, 15 minutes
//!   weekly     project managers of all four   coordination (tuesday)
//!   weekly     technical leads of all four    design and defects (thursday)
//!   monthly    directors and managers         steering (first wednesday)
//!   quarterly  executives                     executive review
//!
//! Most clauses are written out rather than taken from the standard
//! library: its templates have one role per side, and here every tier,
//! rung and step seats all four organisations.

use std.disputes // for the standard `dispute_notice` event

party Cyberdyne "Cyberdyne Health Network" {
  role it_lead "Integration lead" capacity 30 hours per month
  role project_manager "Programme manager" capacity 25 hours per month
  role director "Director of digital health" capacity 8 hours per month
  role cio "Chief information officer" capacity 4 hours per month
}

party MassiveDynamic "Massive Dynamic Clinical Systems Inc." {
  role engineer "Platform engineer" capacity 30 hours per month
  role delivery_manager "Delivery manager" capacity 25 hours per month
  role account_director "Account director" capacity 8 hours per month
  role vp "VP professional services" capacity 4 hours per month
}

party Aperture "Aperture Integration Partners" {
  role tech_lead "Integration architect" capacity 30 hours per month
  role project_manager "Project manager" capacity 25 hours per month
  role principal "Engagement principal" capacity 8 hours per month
  role ceo "Chief executive" capacity 4 hours per month
}

party BlackMesa "Black Mesa Managed Hosting" {
  role ops_engineer "Site reliability engineer" capacity 30 hours per month
  role service_manager "Service delivery manager" capacity 25 hours per month
  role account_director "Account director" capacity 8 hours per month
  role coo "Chief operating officer" capacity 4 hours per month
}

resource CyberdyneTestRecords "Synthetic and de-identified patient test records" owned by Cyberdyne
signal int_scope_change: percent "Change of the number of interfaces against the signed interface catalogue"

/// Cyberdyne accepted an interface in end-to-end testing.
event int_interface_accepted

partnership HealthIntegration {
  parties Cyberdyne as client, MassiveDynamic as provider, Aperture as integrator, BlackMesa as operator
  term 2026-03-02 for 2 years // ends 2028-03-01
  currency CAD
  calendar weekdays mon-fri holidays 2026-04-03, 2026-05-18, 2026-07-01, 2026-09-07, 2026-10-12, 2026-12-25, 2027-01-01
  law "Ontario, Canada"
  venue "Toronto, Ontario"

  metric interface_availability: percent operational target >= 99.5%
  metric handoff_response: duration relational lower is better target <= 24 hours
  metric automation_rate: percent strategic target >= 60%
  weights {
    from start: operational 60%, relational 30%, strategic 10%
    after 6 months: operational 50%, relational 25%, strategic 25%
  }

  // The communication matrix; timed slots never overlap for one role.
  meeting standup daily at 09:00 for 15 minutes with Cyberdyne.it_lead, MassiveDynamic.engineer, Aperture.tech_lead, BlackMesa.ops_engineer
  meeting coordination weekly on tuesday at 10:00 for 1 hour with Cyberdyne.project_manager, MassiveDynamic.delivery_manager, Aperture.project_manager, BlackMesa.service_manager
  meeting technical weekly on thursday at 14:00 for 1 hour with Cyberdyne.it_lead, MassiveDynamic.engineer, Aperture.tech_lead, BlackMesa.ops_engineer
  meeting steering monthly on first wednesday at 13:00 for 2 hours with Cyberdyne.director, MassiveDynamic.account_director, Aperture.principal, BlackMesa.account_director, Cyberdyne.project_manager, Aperture.project_manager
  meeting executive quarterly 2 hours with Cyberdyne.cio, MassiveDynamic.vp, Aperture.ceo, BlackMesa.coo

  // Three-tier governance: a decision goes to the lowest tier that can make it.
  governance {
    tier operational Cyberdyne.it_lead, MassiveDynamic.engineer, Aperture.tech_lead, BlackMesa.ops_engineer decides interface_design, defect_priority, deployments
    tier steering Cyberdyne.director, MassiveDynamic.account_director, Aperture.principal, BlackMesa.account_director decides scope, plan, resourcing
    tier executive Cyberdyne.cio, MassiveDynamic.vp, Aperture.ceo, BlackMesa.coo decides budget, strategy, new_parties
  }

  escalation {
    minor handled by Cyberdyne.it_lead, Aperture.tech_lead within 24 hours
    significant handled by Cyberdyne.project_manager, Aperture.project_manager, MassiveDynamic.delivery_manager, BlackMesa.service_manager within 72 hours
    major handled by Cyberdyne.director, MassiveDynamic.account_director, Aperture.principal, BlackMesa.account_director within 1 week
  }

  // Scope changes are a matter between the client and the integrator, so
  // the standard 3-2-1 protocol fits: <= 5% approved by the programme
  // manager, (5%, 15%] reviewed by the directors, > 15% by the chiefs and
  // then mediated; Cyberdyne's CIO has the final word.
  use std.changes.three_two_one(
    over: int_scope_change,
    minor_approver: Cyberdyne.project_manager,
    significant_client: Cyberdyne.director,
    significant_provider: Aperture.principal,
    fundamental_client: Cyberdyne.cio,
    fundamental_provider: Aperture.ceo,
    final_authority: Cyberdyne.cio
  )

  // 90-day implementation plan (day 0 = 2026-03-02, day 90 = 2026-05-31).
  milestone kickoff by day 0 owner Cyberdyne
  milestone environments_ready by day 30 owner BlackMesa requires kickoff
  milestone interface_specs by day 30 owner MassiveDynamic requires kickoff
  milestone integration_build by day 60 owner Aperture requires environments_ready, interface_specs
  milestone user_acceptance by day 74 owner Cyberdyne requires integration_build
  milestone operational_readiness by day 80 owner BlackMesa requires integration_build
  milestone go_live by day 88 owner Aperture requires user_acceptance, operational_readiness

  MassiveDynamic must deliver sandbox_access and api_documentation by 2026-03-16
  BlackMesa must deliver runbooks and monitoring_dashboards by 2026-05-15
  // Test records: Aperture and BlackMesa may handle them; nobody passes them on.
  grant Aperture read CyberdyneTestRecords for "interface testing"
  grant BlackMesa use CyberdyneTestRecords for "hosting the test environments"
  Aperture must not share CyberdyneTestRecords
  BlackMesa must not share CyberdyneTestRecords

  // Licence and hosting fees sit in bilateral contracts; this one pays the integrator.
  pay Aperture {
    retainer 40_000 CAD monthly
    invoice monthly in arrears net 30 days
    fee 12_000 CAD per int_interface_accepted
    bonus availability quarterly on interface_availability {
      tier stable when interface_availability >= 99.5% pays 3% of retainer
      tier rock_solid when interface_availability >= 99.9% pays 6% of retainer
    }
    penalty late_go_live on go_live 2_000 CAD per day capped at 50_000 CAD
  }

  // The four-step ladder of the standard library, but with all four
  // organisations at the first two steps; mediation is due within 30 days
  // of the notice.
  disputes on dispute_notice {
    step negotiation by Cyberdyne.project_manager, MassiveDynamic.delivery_manager, Aperture.project_manager, BlackMesa.service_manager within 5 business days
    step managers by Cyberdyne.director, MassiveDynamic.account_director, Aperture.principal, BlackMesa.account_director within 10 business days
    step mediation by neutral within 30 days of notice requires position_papers and decision_makers
    step arbitration by neutral binding
  }

  // Standard renewing window with the decision 90 days before the end:
  // window 2027-11-02, decision 2027-12-02, notice last day 2027-12-02.
  use std.renewal.renewing_window(decision_due: 90 days)

  termination {
    for cause cure 30 days
    for convenience notice 90 days
  }

  exit {
    notice 90 days
    transition 3 months {
      Aperture must deliver interface_source and documentation
      BlackMesa must complete environment_migration
      Aperture, BlackMesa must complete knowledge_transfer
    }
  }
}
