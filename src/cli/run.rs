//! `pact run`: a portfolio against a JSON-lines trace of events.
//!
//! The contracts are checked first (nothing runs when they have errors);
//! then the trace is read whole and checked line by line. A bad line is an
//! error naming the file and line number, every bad line is reported, the
//! exit status is 1, and nothing is written (a file given with `-o` is
//! replaced only once the whole report is ready).

use super::build::{diagnostics_stream, write_to};
use super::{check_paths, files, OutputArgs, EXIT_INPUT_ERRORS, EXIT_USAGE};
use chrono::NaiveDate;
use clap::ValueEnum;
use std::io::{self, IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// A summary in words: what is due, what was paid, what was breached.
    Human,
    /// The full report as JSON (`pact.run/1`).
    Json,
}

#[derive(clap::Args)]
pub struct RunArgs {
    /// Files or folders of the portfolio; default: the current folder.
    #[arg(default_value = ".")]
    pub paths: Vec<PathBuf>,
    /// The trace: one JSON event a line, in date order (`-` reads stdin).
    #[arg(long)]
    pub events: PathBuf,
    /// Report the state on this day, after its events (YYYY-MM-DD); later
    /// events are checked but not applied. Default: the trace's last date.
    #[arg(long, value_parser = parse_date)]
    pub until: Option<NaiveDate>,
    /// `human` (default on a terminal) or `json` (default otherwise).
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Write the report to this file.
    #[arg(short = 'o', long = "output")]
    pub out: Option<PathBuf>,
    #[command(flatten)]
    pub output: OutputArgs,
}

/// The bad lines of a trace printed before the count.
const MAX_SHOWN: usize = 100;

pub(super) fn parse_date(text: &str) -> Result<NaiveDate, String> {
    let shape = text.len() == 10 && text.as_bytes().get(4) == Some(&b'-');
    match NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        Ok(d) if shape => Ok(d),
        _ => Err(format!("`{text}` is not a date (YYYY-MM-DD)")),
    }
}

pub fn run(args: &RunArgs) -> ExitCode {
    let checked = match check_paths(
        &args.paths,
        &args.output,
        true,
        diagnostics_stream(args.out.as_deref()),
    ) {
        Ok(checked) => checked,
        Err(code) => return code,
    };
    if checked.failed {
        say!(
            "error: nothing was run, because {}",
            checked.failure_reason("the contracts have errors")
        );
        return ExitCode::from(EXIT_INPUT_ERRORS);
    }
    if let Err(code) = super::horizon::within(&checked.analysis.portfolio, "until", args.until) {
        return code;
    }
    let events_name = args.events.to_string_lossy().to_string();
    let mut read = checked.read.clone();
    // At most the limit and one byte more (E0016): a trace read from
    // /dev/zero or a runaway generator must not fill memory.
    let limit = pact::run::limits::MAX_TRACE_BYTES;
    let trace = if events_name == "-" {
        let mut bytes = Vec::new();
        io::stdin()
            .lock()
            .take(limit + 1)
            .read_to_end(&mut bytes)
            .map(|_| bytes)
    } else {
        files::open_named(&args.events).and_then(|file| {
            let meta = file.metadata().ok();
            read.extend(meta.as_ref().and_then(files::identity));
            files::read_up_to(file, meta.as_ref(), limit)
        })
    };
    let trace = match trace {
        Ok(bytes) if bytes.len() as u64 > limit => {
            let code = "E0016";
            say!(
                "error[{code}]: the events `{events_name}` are larger than {} MiB\n  = help: run a shorter trace: a trace holds the events of a portfolio's life, one short line each",
                limit / (1024 * 1024)
            );
            return ExitCode::from(EXIT_INPUT_ERRORS);
        }
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(text) => text,
            Err(e) => {
                say!(
                    "error: the events `{events_name}` are not UTF-8 (at byte {})",
                    e.utf8_error().valid_up_to()
                );
                return ExitCode::from(EXIT_INPUT_ERRORS);
            }
        },
        Err(e) => {
            say!(
                "error: cannot read the events `{events_name}`: {}",
                super::load::io_reason(&e)
            );
            return ExitCode::from(EXIT_USAGE);
        }
    };
    let report = if checked.amended.is_empty() {
        pact::run::run(&checked.analysis.portfolio, &trace, args.until)
    } else {
        let versions = pact::versions::Versioned::new(
            &checked.analysis.portfolio,
            &checked.amended,
            &checked.amendments,
        );
        pact::versions::run(&versions, &trace, args.until)
    };
    let report = match report {
        Ok(report) => report,
        Err(errors) => {
            let shown = if events_name == "-" {
                "<stdin>"
            } else {
                &events_name
            };
            let stderr = io::stderr();
            let mut err = io::BufWriter::new(stderr.lock());
            // The first hundred: a trace of a million bad lines must not
            // print a million errors (the count below says how many).
            for e in errors.iter().take(MAX_SHOWN) {
                let code = e.code.map(|c| format!("[{c}]")).unwrap_or_default();
                let _ = writeln!(err, "error{code}: {shown}:{}: {}", e.line, e.message);
                if let Some(help) = &e.help {
                    let _ = writeln!(err, "  help: {help}");
                }
            }
            if errors.len() > MAX_SHOWN {
                let _ = writeln!(
                    err,
                    "... and {} more bad lines (the first {MAX_SHOWN} are shown)",
                    errors.len() - MAX_SHOWN
                );
            }
            let _ = writeln!(
                err,
                "error: nothing was written: the trace has {} bad line{}",
                errors.len(),
                if errors.len() == 1 { "" } else { "s" }
            );
            let _ = err.flush();
            return ExitCode::from(EXIT_INPUT_ERRORS);
        }
    };
    let format = args.format.unwrap_or_else(|| {
        if args.out.is_none() && io::stdout().is_terminal() {
            Format::Human
        } else {
            Format::Json
        }
    });
    let text = match format {
        Format::Human => report.human(),
        Format::Json => report.to_json(),
    };
    let code = write_to(args.out.as_deref(), &read, "the report", |w| {
        w.write_all(text.as_bytes())
    });
    std::mem::forget(checked);
    code
}
