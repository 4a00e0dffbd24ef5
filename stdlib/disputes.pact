//! Dispute resolution for partnerships and masters.
//!
//! A dispute climbs a ladder of steps, started by a dispute notice. Each
//! step's clock starts when the previous step ends unresolved, except a step
//! `within D of notice`, which counts from the date of the notice itself.
//! The last step is binding. Load the module at the top of a file with
//! `use std.disputes` to make its event visible, and instantiate a ladder
//! inside a partnership or master with `use std.disputes.four_step`.

/// Written notice, given by either party, that a dispute exists. It starts
/// the dispute ladder.
event dispute_notice "Written notice by either party that a dispute exists"

/// The four-step resolution ladder: direct negotiation between the working
/// teams, then the relationship managers, then mediation by a neutral, then
/// binding arbitration by a neutral.
///
/// Parameters:
/// - `notice_event` (event, default `dispute_notice`): the event that starts
///   the ladder.
/// - `negotiation_client` (role, default `client.ops`): the client's side of
///   direct negotiation.
/// - `negotiation_provider` (role, default `provider.delivery`): the
///   provider's side of direct negotiation.
/// - `negotiation_within` (duration, default `5 business days`): time allowed
///   for direct negotiation.
/// - `managers_client` (role, default `client.rm`): the client's relationship
///   manager.
/// - `managers_provider` (role, default `provider.rm`): the provider's
///   relationship manager.
/// - `managers_within` (duration, default `10 business days`): time allowed
///   for the relationship managers.
/// - `mediator` (role, default `neutral`): who mediates.
/// - `mediation_within` (duration, default `30 days`): mediation must end
///   within this long of the dispute notice (not of the previous step);
///   it requires position papers and the presence of decision makers.
/// - `arbitrator` (role, default `neutral`): who arbitrates; the award is
///   binding.
template four_step(
  notice_event: event = dispute_notice,
  negotiation_client: role = client.ops,
  negotiation_provider: role = provider.delivery,
  negotiation_within: duration = 5 business days,
  managers_client: role = client.rm,
  managers_provider: role = provider.rm,
  managers_within: duration = 10 business days,
  mediator: role = neutral,
  mediation_within: duration = 30 days,
  arbitrator: role = neutral
) {
  disputes on notice_event {
    step negotiation by negotiation_client, negotiation_provider within negotiation_within
    step managers by managers_client, managers_provider within managers_within
    step mediation by mediator within mediation_within of notice requires position_papers and decision_makers
    step arbitration by arbitrator binding
  }
}
