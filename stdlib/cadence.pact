//! Meeting cadence: the recurring meetings that keep a partnership running.
//!
//! The meetings have lengths but no time of day, so they count towards the
//! capacity of their roles but never collide in the calendar check.

/// Four layers of meetings:
/// - `standup`: daily operational standup, 15 minutes (business days only);
/// - `tactical`: weekly tactical meeting, 1 hour;
/// - `strategic`: monthly strategic meeting on the first Tuesday, 2 hours;
/// - `executive`: quarterly executive meeting, 1 hour.
///
/// Parameters:
/// - `standup_length` (duration, default `15 minutes`): length of the daily
///   standup.
/// - `standup_client` (role, default `client.ops`): the client's attendee of
///   the standup.
/// - `standup_provider` (role, default `provider.delivery`): the provider's
///   attendee of the standup.
/// - `tactical_length` (duration, default `1 hour`): length of the weekly
///   tactical meeting.
/// - `tactical_client` (role, default `client.rm`): the client's attendee of
///   the tactical meeting.
/// - `tactical_provider` (role, default `provider.rm`): the provider's
///   attendee of the tactical meeting.
/// - `strategic_length` (duration, default `2 hours`): length of the monthly
///   strategic meeting.
/// - `strategic_client` (role, default `client.steering`): the client's
///   attendee of the strategic meeting.
/// - `strategic_provider` (role, default `provider.sponsor`): the provider's
///   attendee of the strategic meeting.
/// - `executive_length` (duration, default `1 hour`): length of the
///   quarterly executive meeting.
/// - `executive_client` (role, default `client.sponsor`): the client's
///   attendee of the executive meeting.
/// - `executive_provider` (role, default `provider.sponsor`): the provider's
///   attendee of the executive meeting.
template four_layers(
  standup_length: duration = 15 minutes,
  standup_client: role = client.ops,
  standup_provider: role = provider.delivery,
  tactical_length: duration = 1 hour,
  tactical_client: role = client.rm,
  tactical_provider: role = provider.rm,
  strategic_length: duration = 2 hours,
  strategic_client: role = client.steering,
  strategic_provider: role = provider.sponsor,
  executive_length: duration = 1 hour,
  executive_client: role = client.sponsor,
  executive_provider: role = provider.sponsor
) {
  meeting standup daily standup_length with standup_client, standup_provider
  meeting tactical weekly tactical_length with tactical_client, tactical_provider
  meeting strategic monthly on first tuesday strategic_length with strategic_client, strategic_provider
  meeting executive quarterly executive_length with executive_client, executive_provider
}
