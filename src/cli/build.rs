//! `pact build` and `pact schema`.
//!
//! Nothing is written when the input has errors, and a file given with
//! `-o` is replaced only once the whole output is ready (written to a
//! temporary file beside it, then renamed), so a failed run never leaves
//! half a file behind.

use super::{check_paths, OutputArgs, EXIT_INPUT_ERRORS, EXIT_USAGE};
use clap::ValueEnum;
use pact::emit;
use std::io::{self, BufWriter, Write};
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

pub fn build(paths: &[PathBuf], what: Emit, out: Option<&Path>, output: &OutputArgs) -> ExitCode {
    let checked = match check_paths(paths, output, true) {
        Ok(checked) => checked,
        Err(code) => return code,
    };
    if checked.failed {
        eprintln!("error: nothing was written, because the input has errors");
        return ExitCode::from(EXIT_INPUT_ERRORS);
    }
    let portfolio = &checked.analysis.portfolio;
    let sources = &checked.sources;
    let result = write_to(out, |w| match what {
        Emit::Obligations => {
            let document = emit::obligations::document(portfolio, sources);
            serde_json::to_writer_pretty(&mut *w, &document).map_err(io::Error::from)?;
            w.write_all(b"\n")
        }
        Emit::Schedule => emit::schedule::write(portfolio, sources, w).map(|_| ()),
        Emit::Ics => emit::ics::write(portfolio, sources, w),
    });
    let code = match result {
        Ok(()) => ExitCode::SUCCESS,
        // A reader that stops early (`| head`) is not an error.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: cannot write the output: {e}");
            ExitCode::from(EXIT_USAGE)
        }
    };
    std::mem::forget(checked);
    code
}

/// Writes to `path` atomically (temporary file, then rename), or to stdout.
pub fn write_to(
    path: Option<&Path>,
    body: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    match path {
        None => {
            let stdout = io::stdout();
            let mut w = BufWriter::new(stdout.lock());
            body(&mut w)?;
            w.flush()
        }
        Some(path) => {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().to_string())
                .unwrap_or_default();
            let temporary = path.with_file_name(format!(".{name}.pact-tmp"));
            let result = (|| {
                let file = std::fs::File::create(&temporary)?;
                let mut w = BufWriter::new(file);
                body(&mut w)?;
                w.flush()?;
                drop(w);
                std::fs::rename(&temporary, path)
            })();
            if result.is_err() {
                let _ = std::fs::remove_file(&temporary);
            }
            result
        }
    }
}

pub fn schema() -> ExitCode {
    match serde_json::to_string_pretty(&emit::schema()) {
        Ok(text) => {
            println!("{text}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(EXIT_USAGE)
        }
    }
}
