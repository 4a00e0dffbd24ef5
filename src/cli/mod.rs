//! Command-line parsing (clap) and the subcommands.
//!
//! Exit status: 0 when clean (warnings allowed unless `--deny warnings`), 1
//! when the input has errors, 2 for usage and I/O problems (a failed write
//! included; a reader that closes the pipe early is not a failure).

#[macro_use]
mod out;
mod build;
mod diff;
mod files;
mod fmt;
mod horizon;
mod load;
mod lsp;
mod render;
mod report;
mod run;
mod summary;

use clap::{Parser, Subcommand, ValueEnum};
use pact::diagnostics::{codes, Diagnostic};
use pact::source::SourceMap;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "pact",
    version,
    about = "Check partnership contracts, and compile them to schedules and obligations"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check files or folders (a folder is a portfolio); `-` reads stdin.
    Check {
        /// Files, folders (every `.pact` below, in sorted order) or `-`;
        /// default: the current folder.
        #[arg(default_value = ".")]
        paths: Vec<PathBuf>,
        /// Also print each role's monthly load against its capacity, and counts.
        #[arg(long)]
        summary: bool,
        #[command(flatten)]
        output: OutputArgs,
    },
    /// Compile to obligations (JSON), a dated schedule (JSON) or iCalendar.
    Build {
        /// Files, folders or `-`; default: the current folder.
        #[arg(default_value = ".")]
        paths: Vec<PathBuf>,
        /// What to write.
        #[arg(long, value_enum)]
        emit: build::Emit,
        /// Write to this file instead of standard output.
        #[arg(short = 'o', long = "output")]
        out: Option<PathBuf>,
        /// Schedule renewed terms up to this date (YYYY-MM-DD), assuming
        /// each renewal's default.
        #[arg(long, value_parser = run::parse_date)]
        through: Option<chrono::NaiveDate>,
        #[command(flatten)]
        output: OutputArgs,
    },
    /// Run a portfolio against a JSON-lines trace of events.
    Run(run::RunArgs),
    /// What changes between two versions: `OLD NEW`, or `--as-of D1 --as-of D2 PATHS`.
    Diff(diff::DiffArgs),
    /// Render each partnership as a readable document, and the portfolio page.
    Render(render::RenderArgs),
    /// Format files in the canonical layout (`-` formats stdin to stdout).
    Fmt(fmt::FmtArgs),
    /// Explain a diagnostic code, with an example and its fix.
    Explain {
        /// A code such as E0004.
        code: String,
    },
    /// Print the JSON Schema of the obligations and schedule outputs.
    Schema,
    /// Run the language server on stdin and stdout (for editors).
    Lsp,
}

#[derive(clap::Args, Clone)]
pub struct OutputArgs {
    /// How to print diagnostics (JSON goes to stdout, or to stderr when the
    /// command's output goes to stdout).
    #[arg(long, value_enum, default_value_t = DiagnosticFormat::Human)]
    diagnostics: DiagnosticFormat,
    /// Treat warnings as errors (`--deny warnings`).
    #[arg(long, value_enum)]
    deny: Option<Deny>,
    /// Colour in human diagnostics (auto: only on a terminal, never with NO_COLOR).
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
    /// The contracts in force on this date (YYYY-MM-DD): every partnership
    /// with the amendments effective by then. Default: every version (checks
    /// run on each; outputs switch at each effective date).
    #[arg(long = "as-of", value_parser = run::parse_date)]
    as_of: Option<chrono::NaiveDate>,
    /// The project folder: imports and symbolic links met in folders may
    /// not lead out of it. Default: the repository holding the paths, else
    /// the higher of the current folder and the folder around each path.
    #[arg(long)]
    root: Option<PathBuf>,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiagnosticFormat {
    Human,
    Json,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Deny {
    Warnings,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

pub const EXIT_INPUT_ERRORS: u8 = 1;
pub const EXIT_USAGE: u8 = 2;

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Check {
            paths,
            summary,
            output,
        } => check(&paths, summary, &output),
        Command::Build {
            paths,
            emit,
            out,
            through,
            output,
        } => build::build(&paths, emit, out.as_deref(), through, &output),
        Command::Run(args) => run::run(&args),
        Command::Diff(args) => diff::diff(&args),
        Command::Render(args) => render::render(&args),
        Command::Fmt(args) => fmt::fmt(&args),
        Command::Explain { code } => explain(&code),
        Command::Schema => build::schema(),
        Command::Lsp => lsp::lsp(),
    }
}

/// A checked portfolio, its diagnostics already printed.
pub struct Checked {
    pub sources: SourceMap,
    pub analysis: pact::Analysis,
    /// Errors, or warnings under `--deny warnings`: no output may be written.
    pub failed: bool,
    /// Every file read (imports included): no output may replace one.
    pub read: Vec<files::Identity>,
    /// Without `--as-of`: the portfolio in force from each effective date
    /// of an amendment (`analysis` holds the original contracts).
    pub amended: Vec<(chrono::NaiveDate, pact::ir::Portfolio)>,
    pub amendments: pact::amend::Amendments,
}

/// Loads, checks and reports: the first half of every subcommand that
/// reads contracts. JSON diagnostics go to `json_to`: stdout, unless the
/// command writes its output there. `Err` carries the exit status for I/O
/// problems, a failure to print the diagnostics included.
pub fn check_paths(
    paths: &[PathBuf],
    output: &OutputArgs,
    quiet_when_clean: bool,
    json_to: report::Stream,
) -> Result<Checked, ExitCode> {
    let loaded = match load::load(paths, output.root.as_deref()) {
        Ok(loaded) => loaded,
        Err(message) => {
            say!("error: {message}");
            return Err(ExitCode::from(EXIT_USAGE));
        }
    };
    let mut sources = loaded.sources;
    let mut loader = load::FileLoader {
        roots: loaded.roots,
        read: loaded.read,
    };
    let (mut analysis, amended, amendments) = match output.as_of {
        Some(date) => (
            pact::analyse_at(&mut sources, &mut loader, pact::amend::Version::AsOf(date)),
            Vec::new(),
            Default::default(),
        ),
        None => {
            let versions = pact::analyse_versions(&mut sources, &mut loader);
            (versions.original, versions.amended, versions.amendments)
        }
    };
    let mut diagnostics: Vec<Diagnostic> = loaded.diagnostics;
    diagnostics.append(&mut analysis.diagnostics);
    pact::diagnostics::sort_diagnostics(&mut diagnostics);
    if !(quiet_when_clean && diagnostics.is_empty()) {
        let printed = report::print(&sources, &diagnostics, output, json_to);
        out::written(printed, "the diagnostics")?;
    }
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = diagnostics.iter().filter(|d| d.is_warning()).count();
    let failed = errors > 0 || (warnings > 0 && output.deny == Some(Deny::Warnings));
    analysis.diagnostics = diagnostics;
    Ok(Checked {
        sources,
        analysis,
        failed,
        read: loader.read,
        amended,
        amendments,
    })
}

impl Checked {
    /// Why nothing may be written, in the words of the messages that say so:
    /// errors, or only warnings under `--deny warnings`.
    pub fn failure_reason(&self, errors: &'static str) -> &'static str {
        if self.analysis.diagnostics.iter().any(|d| d.is_error()) {
            errors
        } else {
            "warnings are denied (`--deny warnings`)"
        }
    }
}

fn check(paths: &[PathBuf], summary: bool, output: &OutputArgs) -> ExitCode {
    // The summary is an output: JSON diagnostics then go to stderr.
    let json_to = if summary {
        report::Stream::Stderr
    } else {
        report::Stream::Stdout
    };
    let checked = match check_paths(paths, output, false, json_to) {
        Ok(checked) => checked,
        Err(code) => return code,
    };
    let code = if checked.failed {
        ExitCode::from(EXIT_INPUT_ERRORS)
    } else {
        ExitCode::SUCCESS
    };
    let code = if summary {
        let written = out::print(&summary::render(&checked.analysis));
        out::finish(written, "the summary", code)
    } else {
        code
    };
    // The process ends here: freeing a large portfolio piece by piece would
    // only cost time.
    std::mem::forget(checked);
    code
}

fn explain(code: &str) -> ExitCode {
    match codes::lookup(code) {
        Some(info) => {
            let text = format!("{}: {}\n\n{}\n", info.code, info.title, info.explanation);
            out::finish(out::print(&text), "the explanation", ExitCode::SUCCESS)
        }
        None => {
            say!("error: `{code}` is not a diagnostic code of pact (codes look like E0004)");
            ExitCode::from(EXIT_USAGE)
        }
    }
}
