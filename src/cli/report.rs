//! Printing diagnostics: human (to stderr, coloured only on a terminal and
//! never with `NO_COLOR`) or JSON lines (to stdout).

use super::{ColorChoice, DiagnosticFormat, OutputArgs};
use codespan_reporting::term::termcolor::{ColorChoice as TermColor, StandardStream};
use pact::diagnostics::{render, Diagnostic};
use pact::source::SourceMap;
use std::io::{IsTerminal, Write};

/// Human output stops after this many diagnostics: past that, more of the
/// same helps nobody (and hostile input can produce millions).
const MAX_SHOWN: usize = 200;

pub fn print(sources: &SourceMap, diagnostics: &[Diagnostic], output: &OutputArgs) {
    match output.diagnostics {
        DiagnosticFormat::Json => {
            let stdout = std::io::stdout();
            let mut out = stdout.lock();
            for diagnostic in diagnostics {
                let _ = writeln!(out, "{}", render::json_line(sources, diagnostic));
            }
        }
        DiagnosticFormat::Human => {
            let mut stream = StandardStream::stderr(color_choice(output.color));
            for diagnostic in diagnostics.iter().take(MAX_SHOWN) {
                let _ = render::human_to(&mut stream, sources, diagnostic);
            }
            if diagnostics.len() > MAX_SHOWN {
                let _ = writeln!(
                    stream,
                    "... and {} more (`--diagnostics json` lists them all)\n",
                    diagnostics.len() - MAX_SHOWN
                );
            }
            let _ = writeln!(stream, "{}", summary(diagnostics));
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
