//! Checking the lowered model: each contract's own logic (E03xx) and the
//! portfolio across partnerships (E04xx). Types and units are checked while
//! lowering (the `lower` stage).

pub mod dated;
pub mod health;
pub mod intervals;
pub mod logic;
pub mod portfolio;
pub mod purposes;
