//! Outputs: the obligations of a portfolio as JSON, its dated schedule as
//! JSON lines of events, and the same schedule as iCalendar.
//!
//! Every output is a function of the model alone and is byte-identical
//! across runs and across the order of files on the command line:
//! partnerships are written in name order, and source positions are given
//! as file, line and column.

pub mod ics;
pub mod obligations;
pub mod schedule;

use crate::diagnostics::Span;
use crate::ir::values::Duration;
use crate::source::SourceMap;
use schemars::JsonSchema;
use serde::Serialize;

/// Where a clause is written.
#[derive(Clone, Debug, Serialize, JsonSchema, PartialEq, Eq, PartialOrd, Ord)]
pub struct Source {
    pub file: String,
    pub line: usize,
    pub column: usize,
}

impl Source {
    pub fn of(sources: &SourceMap, span: Span) -> Source {
        let at = sources.line_col(span.file, span.start as usize);
        Source {
            file: sources.name(span.file).to_string(),
            line: at.line,
            column: at.column,
        }
    }
}

/// `{ "amount": "10", "unit": "business_day" }`.
#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct DurationJson {
    /// An exact decimal, as a string.
    pub amount: String,
    pub unit: crate::ir::values::DurationUnit,
}

impl From<&Duration> for DurationJson {
    fn from(d: &Duration) -> Self {
        DurationJson {
            amount: d.amount.normalize().to_string(),
            unit: d.unit,
        }
    }
}

/// Exact money: the amount as a decimal string and its ISO 4217 currency.
#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct MoneyJson {
    pub amount: String,
    pub currency: String,
}

impl From<&crate::ir::values::Money> for MoneyJson {
    fn from(m: &crate::ir::values::Money) -> Self {
        MoneyJson {
            amount: m.amount.normalize().to_string(),
            currency: m.currency.clone(),
        }
    }
}

/// The JSON Schemas of both JSON outputs, generated from the Rust types:
/// `{"obligations": SCHEMA, "schedule": SCHEMA}`. Each member is a complete
/// JSON Schema (draft 2020-12, with its own `$defs`) for a validator to use
/// as it is; the object around them is a container, not a schema.
pub fn schema() -> serde_json::Value {
    let obligations = schemars::schema_for!(obligations::Document);
    let mut schedule = schemars::schema_for!(Vec<schedule::Event>);
    schedule.insert("title".into(), "Pact schedule".into());
    schedule.insert(
        "description".into(),
        "Every dated event of the portfolio, sorted by date, then partnership, then name.".into(),
    );
    serde_json::json!({
        "title": "Pact outputs",
        "description": "The JSON Schemas of the outputs of `pact build`: `obligations` for `--emit obligations` (one document), `schedule` for `--emit schedule` (an array of events). Each member is a complete JSON Schema (draft 2020-12).",
        "obligations": obligations,
        "schedule": schedule,
        "diff": crate::diff::schema(),
    })
}
