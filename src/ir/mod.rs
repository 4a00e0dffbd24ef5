//! The checked intermediate representation and the calendar arithmetic every
//! later stage shares.

pub mod arith;
pub mod compact;
pub mod dates;
pub mod ids;
pub mod model;
pub mod periods;
pub mod renewal;
pub mod uses;
pub mod values;
mod walk;
pub mod zones;

pub use ids::Origin;
pub use model::*;
