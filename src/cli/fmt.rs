//! `pact fmt`: the canonical layout.

use std::path::PathBuf;
use std::process::ExitCode;

#[derive(clap::Args)]
pub struct FmtArgs {
    /// Files or folders to format; `-` formats stdin to stdout.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Do not write: exit 1 and show a diff when a file is not formatted.
    #[arg(long)]
    pub check: bool,
}

pub fn fmt(args: &FmtArgs) -> ExitCode {
    let _ = args;
    eprintln!("error: `pact fmt` is not available in this build yet");
    ExitCode::from(super::EXIT_USAGE)
}
