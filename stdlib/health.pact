//! Partnership health: the weights of the three-tier health framework
//! (operational, relational, strategic metrics).
//!
//! A period's health score is the weighted sum, over the three tiers, of
//! the share of that tier's targets met. Each stage's weights sum to 100%.

/// Weights that shift from operational to strategic as the partnership
/// matures: from the start operational 60%, relational 30%, strategic 10%;
/// after `rebalance_after`, operational 40%, relational 30%, strategic 30%.
///
/// The percentages are fixed: the grammar accepts only percentage literals
/// as tier weights. For other weights write the `weights` clause in the
/// partnership instead.
///
/// Parameters:
/// - `rebalance_after` (duration, default `12 months`): when the second
///   stage of weights takes over, counted from the start of the term.
template three_tier_weights(
  rebalance_after: duration = 12 months
) {
  weights {
    from start: operational 60%, relational 30%, strategic 10%
    after rebalance_after: operational 40%, relational 30%, strategic 30%
  }
}
