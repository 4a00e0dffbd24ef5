//! Command-line parsing (clap) and the subcommands.
//!
//! Exit status: 0 when clean (warnings allowed unless `--deny warnings`), 1
//! when the input has errors, 2 for usage and I/O problems.

mod load;
mod report;

use clap::{Parser, Subcommand, ValueEnum};
use pact::diagnostics::codes;
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
        /// Files, folders (every `.pact` below, in sorted order) or `-`.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        #[command(flatten)]
        output: OutputArgs,
    },
    /// Explain a diagnostic code, with an example and its fix.
    Explain {
        /// A code such as E0004.
        code: String,
    },
}

#[derive(clap::Args)]
pub struct OutputArgs {
    /// How to print diagnostics.
    #[arg(long, value_enum, default_value_t = DiagnosticFormat::Human)]
    diagnostics: DiagnosticFormat,
    /// Treat warnings as errors (`--deny warnings`).
    #[arg(long, value_enum)]
    deny: Option<Deny>,
    /// Colour in human diagnostics (auto: only on a terminal, never with NO_COLOR).
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
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
        Command::Check { paths, output } => check(&paths, &output),
        Command::Explain { code } => explain(&code),
    }
}

fn check(paths: &[PathBuf], output: &OutputArgs) -> ExitCode {
    let loaded = match load::load(paths) {
        Ok(loaded) => loaded,
        Err(message) => {
            eprintln!("error: {message}");
            return ExitCode::from(EXIT_USAGE);
        }
    };
    let mut sources = loaded.sources;
    let mut loader = load::FileLoader {
        roots: loaded.roots,
    };
    let analysis = pact::analyse(&mut sources, &mut loader);
    let mut diagnostics = loaded.diagnostics;
    diagnostics.extend(analysis.diagnostics);
    pact::diagnostics::sort_diagnostics(&mut diagnostics);
    report::print(&sources, &diagnostics, output);
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = diagnostics.iter().filter(|d| d.is_warning()).count();
    // The process ends here: freeing a large portfolio piece by piece would
    // only cost time.
    std::mem::forget(analysis.portfolio);
    std::mem::forget(sources);
    if errors > 0 || (warnings > 0 && output.deny == Some(Deny::Warnings)) {
        ExitCode::from(EXIT_INPUT_ERRORS)
    } else {
        ExitCode::SUCCESS
    }
}

fn explain(code: &str) -> ExitCode {
    match codes::lookup(code) {
        Some(info) => {
            println!("{}: {}\n\n{}", info.code, info.title, info.explanation);
            ExitCode::SUCCESS
        }
        None => {
            eprintln!("error: `{code}` is not a diagnostic code of pact (codes look like E0004)");
            ExitCode::from(EXIT_USAGE)
        }
    }
}
