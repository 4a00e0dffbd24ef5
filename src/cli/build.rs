//! `pact build` and `pact schema`.
//!
//! Nothing is written when the input has errors, and a file given with
//! `-o` is replaced only once the whole output is ready (see
//! [`super::files::write_output`]), so a failed run never leaves half a
//! file behind. Without `-o` the output goes to stdout, and JSON
//! diagnostics to stderr.

use super::files::{self, Identity};
use super::report::Stream;
use super::{check_paths, out, OutputArgs, EXIT_INPUT_ERRORS, EXIT_USAGE};
use clap::ValueEnum;
use pact::emit;
use pact::versions::{self as outputs, Versioned};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Emit {
    /// Every obligation, payment, ladder and window as JSON.
    Obligations,
    /// Every dated event over each term, as a JSON array.
    Schedule,
    /// The schedule as iCalendar (RFC 5545).
    Ics,
}

pub fn build(
    paths: &[PathBuf],
    what: Emit,
    out: Option<&Path>,
    through: Option<chrono::NaiveDate>,
    output: &OutputArgs,
) -> ExitCode {
    let checked = match check_paths(paths, output, true, diagnostics_stream(out)) {
        Ok(checked) => checked,
        Err(code) => return code,
    };
    if checked.failed {
        say!(
            "error: nothing was written, because {}",
            checked.failure_reason("the input has errors")
        );
        return ExitCode::from(EXIT_INPUT_ERRORS);
    }
    if let Err(code) = super::horizon::within(&checked.analysis.portfolio, "through", through)
        .and_then(|()| super::horizon::renewals(&checked.analysis.portfolio, through))
    {
        return code;
    }
    // `--through`: renewed terms assuming each renewal's default (§10.3).
    let renewed = through.map(|d| pact::ir::renewal::through(&checked.analysis.portfolio, d));
    let portfolio = renewed.as_ref().unwrap_or(&checked.analysis.portfolio);
    let sources = &checked.sources;
    // Obligations of an amended portfolio without `--as-of`: the contract
    // in force after the last amendment (the schedule and the calendar
    // switch at each effective date instead).
    let latest = match (what, checked.amended.last()) {
        (Emit::Obligations, Some((date, latest))) => {
            say!("note: amendments change the portfolio; this is the contract in force from {date}, the last effective date (`--as-of DATE` gives another version)");
            latest
        }
        _ => portfolio,
    };
    let code = write_to(out, &checked.read, "the output", |w| match what {
        Emit::Obligations => emit::obligations::write(latest, sources, w),
        Emit::Schedule if !checked.amended.is_empty() => {
            let versions = Versioned::new(portfolio, &checked.amended, &checked.amendments);
            outputs::write_schedule(&versions, sources, w).map(|_| ())
        }
        Emit::Schedule => emit::schedule::write(portfolio, sources, w).map(|_| ()),
        Emit::Ics if !checked.amended.is_empty() => {
            let versions = Versioned::new(portfolio, &checked.amended, &checked.amendments);
            outputs::write_ics(&versions, sources, w)
        }
        Emit::Ics => emit::ics::write(portfolio, sources, w),
    });
    std::mem::forget(checked);
    code
}

/// Where JSON diagnostics go when the output goes to `out`: never into the
/// same stream as the output.
pub fn diagnostics_stream(out: Option<&Path>) -> Stream {
    match out {
        Some(_) => Stream::Stdout,
        None => Stream::Stderr,
    }
}

/// Writes `body` to the file `path` (never one of the files `read`), or to
/// stdout; the exit status says how it went (`what` names it in messages).
pub fn write_to(
    path: Option<&Path>,
    read: &[Identity],
    what: &str,
    body: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> ExitCode {
    match path {
        None => out::finish(out::stdout(body), what, ExitCode::SUCCESS),
        Some(path) => match files::write_output(path, read, body) {
            Ok(()) => ExitCode::SUCCESS,
            Err(message) => {
                say!("error: {message}");
                ExitCode::from(EXIT_USAGE)
            }
        },
    }
}

pub fn schema() -> ExitCode {
    match serde_json::to_string_pretty(&schemas()) {
        Ok(text) => out::finish(
            out::print(&format!("{text}\n")),
            "the schema",
            ExitCode::SUCCESS,
        ),
        Err(e) => {
            say!("error: {e}");
            ExitCode::from(EXIT_USAGE)
        }
    }
}

/// The JSON Schemas of the JSON outputs, generated from the Rust types:
/// `{"obligations": SCHEMA, "schedule": SCHEMA, "run": SCHEMA, "diff": SCHEMA}`. Each member is a complete
/// JSON Schema (draft 2020-12, with its own `$defs`) for a validator to use
/// as it is; the object around them is a container, not a schema.
fn schemas() -> serde_json::Value {
    let obligations = schemars::schema_for!(emit::json::Document);
    let mut schedule = schemars::schema_for!(Vec<emit::schedule::Event>);
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
        "run": schemars::schema_for!(pact::run::Report),
        "diff": pact::diff::schema(),
    })
}
