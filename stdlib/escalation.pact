//! Escalation of operational issues.
//!
//! An issue is handled at the lowest level that can resolve it; each level
//! has its handlers on both sides and the time it is allowed before the
//! issue moves up.

/// Three escalation levels: operations (24 hours), management (72 hours),
/// executives (1 week). Each level's time is the time allowed at that rung.
///
/// Parameters:
/// - `operations_client` (role, default `client.ops`): the client's handler
///   at the operations level.
/// - `operations_provider` (role, default `provider.delivery`): the
///   provider's handler at the operations level.
/// - `operations_within` (duration, default `24 hours`): time allowed at the
///   operations level.
/// - `management_client` (role, default `client.rm`): the client's handler
///   at the management level.
/// - `management_provider` (role, default `provider.rm`): the provider's
///   handler at the management level.
/// - `management_within` (duration, default `72 hours`): time allowed at the
///   management level.
/// - `executives_client` (role, default `client.sponsor`): the client's
///   handler at the executive level.
/// - `executives_provider` (role, default `provider.sponsor`): the provider's
///   handler at the executive level.
/// - `executives_within` (duration, default `1 week`): time allowed at the
///   executive level.
template three_levels(
  operations_client: role = client.ops,
  operations_provider: role = provider.delivery,
  operations_within: duration = 24 hours,
  management_client: role = client.rm,
  management_provider: role = provider.rm,
  management_within: duration = 72 hours,
  executives_client: role = client.sponsor,
  executives_provider: role = provider.sponsor,
  executives_within: duration = 1 week
) {
  escalation {
    operations handled by operations_client, operations_provider within operations_within
    management handled by management_client, management_provider within management_within
    executives handled by executives_client, executives_provider within executives_within
  }
}
