//! Printing diagnostics: human (to stderr, coloured only on a terminal and
//! never with `NO_COLOR`) or JSON lines (to stdout, or to stderr when the
//! command writes its output to stdout: outputs and diagnostics never share
//! a stream).
//!
//! Everything is rendered into a buffer and written at once: stderr is
//! unbuffered, and codespan writes a diagnostic in many small pieces.
//! Write errors are returned, so that diagnostics are never lost silently.

use super::{ColorChoice, DiagnosticFormat, OutputArgs};
use codespan_reporting::term::termcolor::{BufferWriter, ColorChoice as TermColor};
use pact::diagnostics::{render, Diagnostic};
use pact::source::SourceMap;
use std::io::{self, BufWriter, IsTerminal, Write};

/// Human output stops after this many diagnostics: past that, more of the
/// same helps nobody (and hostile input can produce millions).
const MAX_SHOWN: usize = 200;

/// Where JSON diagnostics go (human ones always go to stderr).
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Stream {
    Stdout,
    Stderr,
}

pub fn print(
    sources: &SourceMap,
    diagnostics: &[Diagnostic],
    output: &OutputArgs,
    json_to: Stream,
) -> io::Result<()> {
    match output.diagnostics {
        DiagnosticFormat::Json => {
            let write = |w: &mut dyn Write| {
                for diagnostic in diagnostics {
                    writeln!(w, "{}", render::json_line(sources, diagnostic))?;
                }
                w.flush()
            };
            match json_to {
                Stream::Stdout => write(&mut BufWriter::new(io::stdout().lock())),
                Stream::Stderr => write(&mut BufWriter::new(io::stderr().lock())),
            }
        }
        DiagnosticFormat::Human => {
            let writer = BufferWriter::stderr(color_choice(output.color));
            let mut buffer = writer.buffer();
            for diagnostic in diagnostics.iter().take(MAX_SHOWN) {
                if render::human_to(&mut buffer, sources, diagnostic).is_err() {
                    // A span codespan cannot place: the headline at least.
                    let severity = if diagnostic.is_error() {
                        "error"
                    } else if diagnostic.is_warning() {
                        "warning"
                    } else {
                        "note"
                    };
                    writeln!(
                        buffer,
                        "{severity}[{}]: {}\n",
                        diagnostic.code, diagnostic.message
                    )?;
                }
            }
            if diagnostics.len() > MAX_SHOWN {
                writeln!(
                    buffer,
                    "... and {} more (`--diagnostics json` lists them all)\n",
                    diagnostics.len() - MAX_SHOWN
                )?;
            }
            writeln!(buffer, "{}", summary(diagnostics))?;
            writer.print(&buffer)
        }
    }
}

fn color_choice(choice: ColorChoice) -> TermColor {
    match choice {
        ColorChoice::Always => TermColor::Always,
        ColorChoice::Never => TermColor::Never,
        ColorChoice::Auto => {
            let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
            if no_color || !std::io::stderr().is_terminal() {
                TermColor::Never
            } else {
                TermColor::Auto
            }
        }
    }
}

fn summary(diagnostics: &[Diagnostic]) -> String {
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = diagnostics.iter().filter(|d| d.is_warning()).count();
    let plural = |n: usize, word: &str| format!("{n} {word}{}", if n == 1 { "" } else { "s" });
    match (errors, warnings) {
        (0, 0) => "no problems found".to_string(),
        (0, w) => plural(w, "warning"),
        (e, 0) => plural(e, "error"),
        (e, w) => format!("{} and {}", plural(e, "error"), plural(w, "warning")),
    }
}
