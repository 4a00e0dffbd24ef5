//! Outputs: the obligations of a portfolio as JSON, its dated schedule as
//! JSON lines of events, and the same schedule as iCalendar.
//!
//! Every output is a function of the model alone and is byte-identical
//! across runs and across the order of files on the command line:
//! partnerships are written in name order, and source positions are given
//! as file, line and column.

pub mod calendar;
pub mod ics;
pub mod json;
pub mod obligations;
pub mod schedule;

pub use json::{DurationJson, MoneyJson, Source};

/// The JSON Schemas of both JSON outputs, generated from the Rust types:
/// `{"obligations": SCHEMA, "schedule": SCHEMA}`. Each member is a complete
/// JSON Schema (draft 2020-12, with its own `$defs`) for a validator to use
/// as it is; the object around them is a container, not a schema.
pub fn schema() -> serde_json::Value {
    let obligations = schemars::schema_for!(json::Document);
    let mut schedule = schemars::schema_for!(Vec<schedule::Event>);
    schedule.insert("title".into(), "Pact schedule".into());
    schedule.insert(
        "description".into(),
        "Every dated event of the portfolio, sorted by date, then partnership, then name.".into(),
    );
    serde_json::json!({
        "title": "Pact outputs",
        "description": "The JSON Schemas of the outputs of `pact build`: `obligations` for `--emit obligations` (one document), `schedule` for `--emit schedule` (an array of events), `run` for `pact run --format json` (`pact.run/1`). Each member is a complete JSON Schema (draft 2020-12).",
        "obligations": obligations,
        "schedule": schedule,
        "run": schemars::schema_for!(crate::run::Report),
        "diff": crate::diff::schema(),
    })
}
