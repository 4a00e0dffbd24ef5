//! Governance: who sits at which tier, and what each tier decides.

/// Three governance tiers, each with one member from each side:
/// - operational decides `day_to_day`;
/// - steering decides `scope` and `priorities`;
/// - executive decides `strategy` and `budget`.
///
/// The decision rights are fixed; to change them, write the `governance`
/// clause in the partnership instead.
///
/// Parameters:
/// - `operational_client` (role, default `client.ops`): the client's member
///   of the operational tier.
/// - `operational_provider` (role, default `provider.delivery`): the
///   provider's member of the operational tier.
/// - `steering_client` (role, default `client.steering`): the client's
///   member of the steering tier.
/// - `steering_provider` (role, default `provider.rm`): the provider's member
///   of the steering tier.
/// - `executive_client` (role, default `client.sponsor`): the client's member
///   of the executive tier.
/// - `executive_provider` (role, default `provider.sponsor`): the provider's
///   member of the executive tier.
template three_tiers(
  operational_client: role = client.ops,
  operational_provider: role = provider.delivery,
  steering_client: role = client.steering,
  steering_provider: role = provider.rm,
  executive_client: role = client.sponsor,
  executive_provider: role = provider.sponsor
) {
  governance {
    tier operational operational_client, operational_provider decides day_to_day
    tier steering steering_client, steering_provider decides scope, priorities
    tier executive executive_client, executive_provider decides strategy, budget
  }
}
