//! `pact diff OLD NEW` and `pact diff --as-of D1 --as-of D2 PATHS`.
//!
//! Exit status: 0 when nothing differs, 1 when something does, 2 for
//! usage and I/O problems and for inputs with errors (portfolio conflicts,
//! E04xx, are not errors here: they are part of the diff).

use super::build::write_to;
use super::report::Stream;
use super::{check_paths, Checked, ColorChoice, DiagnosticFormat, OutputArgs, EXIT_USAGE};
use chrono::NaiveDate;
use clap::ValueEnum;
use pact::diff::{self, Side};
use pact::versions::Versioned;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// A change summary in words.
    Human,
    /// `pact.diff/1` (its JSON Schema is the `diff` member of `pact schema`).
    Json,
}

#[derive(clap::Args)]
pub struct DiffArgs {
    /// `OLD NEW` (each a file or a folder), or with `--as-of` twice, the
    /// files and folders of one portfolio.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Compare the portfolio in force on two dates (give it twice).
    #[arg(long = "as-of", value_parser = super::run::parse_date)]
    pub as_of: Vec<NaiveDate>,
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Write the diff to this file.
    #[arg(short = 'o', long = "output")]
    pub out: Option<PathBuf>,
    /// How to print diagnostics of the inputs (always on stderr).
    #[arg(long, value_enum, default_value_t = DiagnosticFormat::Human)]
    pub diagnostics: DiagnosticFormat,
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    pub color: ColorChoice,
    /// The project folder imports may not leave (as for `pact check`).
    #[arg(long)]
    pub root: Option<std::path::PathBuf>,
}

pub fn diff(args: &DiffArgs) -> ExitCode {
    let output = |as_of| OutputArgs {
        diagnostics: args.diagnostics,
        deny: None,
        color: args.color,
        as_of,
        root: args.root.clone(),
    };
    let (old, new) = match (args.as_of.as_slice(), args.paths.as_slice()) {
        ([], [old, new]) => (
            check(std::slice::from_ref(old), &output(None)),
            check(std::slice::from_ref(new), &output(None)),
        ),
        ([d1, d2], paths) => (
            check(paths, &output(Some(*d1))),
            check(paths, &output(Some(*d2))),
        ),
        ([], _) => {
            say!("error: `pact diff` compares two things: `pact diff OLD NEW`, or `pact diff --as-of D1 --as-of D2 PATHS`");
            return ExitCode::from(EXIT_USAGE);
        }
        _ => {
            say!("error: give `--as-of` twice (the two dates to compare), or not at all");
            return ExitCode::from(EXIT_USAGE);
        }
    };
    let (old, new) = match (old, new) {
        (Ok(old), Ok(new)) => (old, new),
        (Err(code), _) | (_, Err(code)) => return code,
    };
    let (a, b) = (side(&old), side(&new));
    let mut read = old.read.clone();
    read.extend(new.read.iter().cloned());
    // Written as it is found, one partnership at a time (issue 19).
    let stream = diff::stream(&a, &b);
    let differs = stream.differs;
    let code = write_to(
        args.out.as_deref(),
        &read,
        "the diff",
        |w: &mut dyn std::io::Write| match args.format {
            Format::Human => stream.write_human(w),
            Format::Json => stream.write_json(w),
        },
    );
    if code != ExitCode::SUCCESS {
        return code;
    }
    std::mem::forget(old);
    std::mem::forget(new);
    if differs {
        ExitCode::from(super::EXIT_INPUT_ERRORS)
    } else {
        ExitCode::SUCCESS
    }
}

fn side(c: &Checked) -> Side<'_> {
    Side {
        versions: Versioned::new(&c.analysis.portfolio, &c.amended, &c.amendments),
        sources: &c.sources,
        diagnostics: &c.analysis.diagnostics,
    }
}

/// One side, checked; `Err` when it cannot be compared.
fn check(paths: &[PathBuf], output: &OutputArgs) -> Result<Checked, ExitCode> {
    let checked = check_paths(paths, output, true, Stream::Stderr)?;
    let blocking = checked
        .analysis
        .diagnostics
        .iter()
        .any(|d| d.is_error() && !diff::is_conflict(d));
    if blocking {
        let shown: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
        say!(
            "error: nothing was compared, because {} has errors",
            shown.join(" ")
        );
        return Err(ExitCode::from(EXIT_USAGE));
    }
    Ok(checked)
}
