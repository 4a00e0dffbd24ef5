//! The launch master services agreement. Every vendor partnership of the
//! launch sits `under LaunchMSA` and inherits these clauses, so all seven
//! vendors share one law, one escalation path and one dispute ladder (no
//! "inconsistent frameworks" across the launch). A vendor contract that
//! needs a different clause must say `override`.
//!
//! Roles are relative: `client.launch_pm` is the launch_pm role of whoever
//! is the client (always Nakatomi here), `provider.exec` the exec role of the
//! vendor. Every vendor party declares delivery, account_lead and exec.
//!
//! What the master fixes for everyone:
//!   - governing law and venue;
//!   - the escalation path (24 hours, 72 hours, 1 week per rung);
//!   - the four-step dispute ladder, started by launch_dispute_notice;
//!   - two governance tiers;
//!   - default termination rights;
//!   - a quarterly anonymous vendor-health survey.
//!
//! What each vendor contract adds itself: parties, term, currency, business
//! calendar, metrics, meetings, payment, data rights, milestones (with
//! their cross-vendor `requires`), renewal and exit.

/// Framework agreement for all vendors of the 2026 thermostat launch.
master LaunchMSA {
  law "State of California"
  venue "San Francisco County, California"

  // Issues climb one rung when the previous one does not resolve them in
  // time: delivery teams first, then commercial owners, then executives.
  escalation {
    minor handled by client.launch_pm, provider.delivery within 24 hours
    significant handled by client.procurement, provider.account_lead within 72 hours
    major handled by client.coo, provider.exec within 1 week
  }

  // One ladder for every vendor. Negotiation and managers take at most
  // 15 business days, so mediation 30 days after the notice is reachable.
  disputes on launch_dispute_notice {
    step negotiation by client.procurement, provider.account_lead within 5 business days
    step managers by client.coo, provider.exec within 10 business days
    step mediation by neutral within 30 days of notice requires position_papers and decision_makers
    step arbitration by neutral binding
  }

  // Two governance tiers are enough for a vendor: the launch team runs the
  // work, executives own money and scope.
  governance {
    tier operational client.launch_pm, provider.delivery decides schedule, day_to_day
    tier executive client.coo, provider.exec decides scope, budget, strategy
  }

  // Default exit rights; short event contracts override these.
  termination {
    for cause cure 30 days
    for convenience notice 60 days
  }

  // Nakatomi asks every vendor how the launch programme is working for them.
  survey vendor_health quarterly anonymous by client.launch_pm
}
