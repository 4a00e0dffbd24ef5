//! Checking: types and units while lowering to the model (E01xx names that
//! only make sense inside a partnership, E02xx), then each contract's own
//! logic on the model (E03xx).

pub mod health;
pub mod intervals;
pub mod logic;
pub mod lower;
pub mod portfolio;
pub mod units;
