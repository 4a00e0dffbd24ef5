//! `pact run`: a portfolio against a JSON-lines trace of events.

use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct RunArgs {
    /// Files or folders of the portfolio.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// The trace: one JSON event a line, in date order.
    #[arg(long)]
    pub events: PathBuf,
    /// Stop at the end of this day (YYYY-MM-DD).
    #[arg(long)]
    pub until: Option<String>,
    /// `human` (default on a terminal) or `json`.
    #[arg(long)]
    pub format: Option<String>,
    /// Write the report to this file.
    #[arg(short = 'o', long = "output")]
    pub out: Option<PathBuf>,
}

pub fn run(args: &RunArgs) -> ExitCode {
    let _ = args;
    eprintln!("error: `pact run` is not available in this build yet");
    ExitCode::from(super::EXIT_USAGE)
}
