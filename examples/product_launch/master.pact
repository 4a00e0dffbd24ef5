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
//!   - the escalation path (24 hours, 72 hours, 1 week per rung), the
//!     standard library's std.escalation.three_levels;
//!   - the four-step dispute ladder, std.disputes.four_step, started by the
//!     standard `dispute_notice` event;
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
  // time: delivery teams first, then commercial owners, then executives,
  // at the standard times. The template's relative roles are bound to the
  // roles every launch contract has; operations_provider keeps its default,
  // provider.delivery.
  use std.escalation.three_levels(
    operations_client: client.launch_pm,
    management_client: client.procurement,
    management_provider: provider.account_lead,
    executives_client: client.coo,
    executives_provider: provider.exec
  )

  // One standard ladder for every vendor. Negotiation and managers take at
  // most 15 business days, so mediation 30 days after the notice is
  // reachable.
  use std.disputes.four_step(
    negotiation_client: client.procurement,
    negotiation_provider: provider.account_lead,
    managers_client: client.coo,
    managers_provider: provider.exec
  )

  // Two governance tiers are enough for a vendor: the launch team runs the
  // work, executives own money and scope (so not the standard three tiers).
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
