//! Change control: the 3-2-1 change protocol.
//!
//! A change is classified into one of three levels by a condition over a
//! signal (by default the change of the provider's input costs). Each level
//! has its own pathway, with deadlines, and one final authority decides
//! what the pathways leave open. Load the module at the top of a file with
//! `use std.changes` to make its signal visible.

/// Change of the provider's input costs against the baseline, as a
/// percentage (negative when costs fall).
signal cost_change: percent "Change of the provider's input costs against the baseline"

/// The 3-2-1 change protocol: three levels (minor, significant,
/// fundamental), two pathways of review, one final authority.
///
/// - minor when `over <= minor_up_to`: approved by `minor_approver`;
/// - significant when `over > minor_up_to and over <= fundamental_above`:
///   reviewed by both relationship managers within `significant_within`;
/// - fundamental when `over > fundamental_above`: reviewed by the client's
///   steering committee and the provider's sponsor within
///   `fundamental_within`, then mediation within `mediation_within`.
///
/// The levels cover every value of the signal without overlap.
///
/// Parameters:
/// - `over` (signal, default `cost_change`): the percent signal the levels
///   are read from.
/// - `minor_up_to` (percent, default `5%`): the largest change that is minor.
/// - `fundamental_above` (percent, default `15%`): changes above this are
///   fundamental; between the two thresholds they are significant.
/// - `minor_approver` (role, default `client.ops`): approves minor changes.
/// - `significant_client` (role, default `client.rm`): the client's reviewer
///   of significant changes.
/// - `significant_provider` (role, default `provider.rm`): the provider's
///   reviewer of significant changes.
/// - `significant_within` (duration, default `10 business days`): time
///   allowed for the review of a significant change.
/// - `fundamental_client` (role, default `client.steering`): the client's
///   reviewer of fundamental changes.
/// - `fundamental_provider` (role, default `provider.sponsor`): the
///   provider's reviewer of fundamental changes.
/// - `fundamental_within` (duration, default `10 business days`): time
///   allowed for the review of a fundamental change.
/// - `mediation_within` (duration, default `30 days`): time allowed for the
///   mediation that follows the review of a fundamental change.
/// - `final_authority` (role, default `client.sponsor`): the one authority
///   that decides a change in the end.
template three_two_one(
  over: signal = cost_change,
  minor_up_to: percent = 5%,
  fundamental_above: percent = 15%,
  minor_approver: role = client.ops,
  significant_client: role = client.rm,
  significant_provider: role = provider.rm,
  significant_within: duration = 10 business days,
  fundamental_client: role = client.steering,
  fundamental_provider: role = provider.sponsor,
  fundamental_within: duration = 10 business days,
  mediation_within: duration = 30 days,
  final_authority: role = client.sponsor
) {
  changes {
    minor when over <= minor_up_to -> approve by minor_approver
    significant when over > minor_up_to and over <= fundamental_above -> review by significant_client, significant_provider within significant_within
    fundamental when over > fundamental_above -> review by fundamental_client, fundamental_provider within fundamental_within then mediation within mediation_within
    authority final_authority
  }
}
