//! Outputs: the obligations of a portfolio as JSON, its dated schedule as
//! JSON lines of events, and the same schedule as iCalendar.
//!
//! Every output is a function of the model alone and is byte-identical
//! across runs and across the order of files on the command line:
//! partnerships are written in name order, and source positions are given
//! as file, line and column.

pub mod calendar;
pub mod duties;
pub mod ics;
pub mod json;
pub mod obligations;
pub mod schedule;

pub use json::{DurationJson, MoneyJson, Source};
