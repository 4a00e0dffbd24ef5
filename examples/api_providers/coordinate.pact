//! Ecosystem-aware clauses for the API provider portfolio.
//!
//! The three API contracts are not independent: Pied Piper routes traffic
//! between them. When one provider raises its prices, traffic (and money)
//! will move to the others, so their prices and capacity must be reviewed
//! too, before the move, not after it.
//!
//! `ApiTwo.client` is the party labelled client in ApiTwo (Pied Piper);
//! `ApiTwo.provider` is Endframe. `ApiOne.price_change` is the
//! price_change signal as read in ApiOne.
//!
//! Coordination graph (edge: the partnership a condition reads -> the
//! partnerships its obligations bind):
//!
//!   ApiOne -> ApiTwo, ApiThree
//!   ApiTwo -> ApiThree
//!
//! The flow goes one way, primary -> secondary -> fallback, so there is no
//! coordination cycle: a review at ApiThree can never feed back into a
//! review at ApiOne. Price changes at ApiThree (the fallback, with little
//! traffic) are handled by ApiThree's own change protocol only.
//!
//! Deadlines count from the date the reading crosses the threshold. Each
//! condition is a trigger: it fires once when it becomes true and re-arms
//! when the reading falls back, so a second price rise after a cut starts
//! a fresh round of reviews.
//!
//! The quotes asked of the other providers feed the pricing reviews:
//! 15 days for the quote leaves Pied Piper another 15 to compare and decide
//! before the 30-day review deadline.

/// A price rise of more than 10% at the primary provider: both other
/// providers are asked for a quote and their pricing is reviewed within a
/// month, so traffic can move before the new prices bite.
coordinate PrimaryPriceRipple {
  when ApiOne.price_change > 10% {
    ApiTwo.client must review pricing within 30 days
    ApiTwo.provider must provide volume_quote within 15 days
    ApiThree.client must review pricing within 30 days
    ApiThree.provider must provide volume_quote within 15 days
  }
}

/// A price rise of more than 10% at the secondary provider: the fallback
/// provider is reviewed as the alternative overflow route.
coordinate SecondaryPriceRipple {
  when ApiTwo.price_change > 10% {
    ApiThree.client must review pricing within 30 days
    ApiThree.provider must provide volume_quote within 15 days
  }
}

/// Traffic at the secondary provider more than doubles (for instance after
/// a move away from ApiOne): the fallback must confirm it can absorb the
/// next spill-over. Reads ApiTwo, binds ApiThree: the same direction as
/// above, so still no cycle.
coordinate OverflowReadiness {
  when ApiTwo.api_traffic_change > 100% {
    ApiThree.provider must confirm standby_capacity within 5 business days
    ApiThree.client must review routing_plan within 10 business days
  }
}
