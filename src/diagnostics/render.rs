//! Turns [`Diagnostic`]s into text: human (codespan-reporting, coloured only
//! when asked) or one JSON object a line.

use super::window::shorten;
use super::{Diagnostic, Severity};
use crate::source::SourceMap;
use codespan_reporting::diagnostic::{
    Diagnostic as CsDiagnostic, Label as CsLabel, Severity as CsSeverity,
};
use codespan_reporting::term::{self, termcolor::WriteColor, Config};
use serde::Serialize;
use std::borrow::Cow;

fn to_codespan(diagnostic: &Diagnostic) -> CsDiagnostic<crate::diagnostics::FileId> {
    let severity = match diagnostic.severity {
        Severity::Error => CsSeverity::Error,
        Severity::Warning => CsSeverity::Warning,
        Severity::Note => CsSeverity::Note,
    };
    let primary = &diagnostic.primary;
    let mut labels = vec![CsLabel::primary(primary.span.file, primary.span.range())
        .with_message(shorten(&primary.message))];
    labels.extend(diagnostic.secondary.iter().map(|label| {
        CsLabel::secondary(label.span.file, label.span.range())
            .with_message(shorten(&label.message))
    }));
    let mut notes: Vec<String> = diagnostic
        .notes
        .iter()
        .map(|n| format!("note: {}", shorten(n)))
        .collect();
    if let Some(help) = &diagnostic.help {
        notes.push(format!("help: {}", shorten(help)));
    }
    CsDiagnostic::new(severity)
        .with_code(diagnostic.code)
        .with_message(shorten(&diagnostic.message))
        .with_labels(labels)
        .with_notes(notes)
}

/// Renders one diagnostic as plain text (for snapshots and pipes).
pub fn human_plain(sources: &SourceMap, diagnostic: &Diagnostic) -> String {
    let mut cs = to_codespan(diagnostic);
    let files = super::window::view(sources, &mut cs);
    term::emit_into_string(&Config::default(), &files, &cs).unwrap_or_else(|_| {
        format!(
            "{}[{}]: {}\n",
            severity_word(diagnostic.severity),
            diagnostic.code,
            diagnostic.message
        )
    })
}

/// Renders one diagnostic to a colour-capable writer (a terminal).
pub fn human_to(
    writer: &mut dyn WriteColor,
    sources: &SourceMap,
    diagnostic: &Diagnostic,
) -> std::io::Result<()> {
    let mut writer = writer;
    let mut cs = to_codespan(diagnostic);
    let files = super::window::view(sources, &mut cs);
    term::emit_to_write_style(&mut writer, &Config::default(), &files, &cs)
        .map_err(std::io::Error::other)
}

fn severity_word(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "note",
    }
}

#[derive(Serialize)]
struct JsonSpan {
    start: u32,
    end: u32,
}

#[derive(Serialize)]
struct JsonLabel<'a> {
    file: &'a str,
    span: JsonSpan,
    line: usize,
    column: usize,
    message: Cow<'a, str>,
}

#[derive(Serialize)]
struct JsonDiagnostic<'a> {
    code: &'a str,
    severity: Severity,
    message: Cow<'a, str>,
    file: &'a str,
    span: JsonSpan,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    labels: Vec<JsonLabel<'a>>,
    notes: Vec<Cow<'a, str>>,
    help: Option<Cow<'a, str>>,
    /// Only when there are some, so diagnostics without a mechanical fix
    /// read as they always have.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    suggestions: Vec<JsonSuggestion<'a>>,
}

/// A fix: `replacement` in place of the bytes `span` of `file` (as on disk;
/// an empty span inserts), which start at `line` and `column`.
#[derive(Serialize)]
struct JsonSuggestion<'a> {
    file: &'a str,
    span: JsonSpan,
    line: usize,
    column: usize,
    replacement: &'a str,
}

/// A span as byte offsets into the file as it is on disk.
fn on_disk(sources: &SourceMap, span: super::Span) -> JsonSpan {
    let at = |offset: u32| {
        u32::try_from(sources.disk_offset(span.file, offset as usize)).unwrap_or(u32::MAX)
    };
    JsonSpan {
        start: at(span.start),
        end: at(span.end),
    }
}

/// Renders one diagnostic as a single line of JSON (no trailing newline).
pub fn json_line(sources: &SourceMap, diagnostic: &Diagnostic) -> String {
    let span = diagnostic.primary.span;
    let start = sources.line_col(span.file, span.start as usize);
    let end = sources.line_col(span.file, span.end as usize);
    let label = |l: &'_ super::Label| {
        let at = sources.line_col(l.span.file, l.span.start as usize);
        (at, l.span)
    };
    let labels = std::iter::once(&diagnostic.primary)
        .chain(diagnostic.secondary.iter())
        .map(|l| {
            let (at, span) = label(l);
            JsonLabel {
                file: sources.name(span.file),
                span: on_disk(sources, span),
                line: at.line,
                column: at.column,
                message: shorten(&l.message),
            }
        })
        .collect();
    let json = JsonDiagnostic {
        code: diagnostic.code,
        severity: diagnostic.severity,
        message: shorten(&diagnostic.message),
        file: sources.name(span.file),
        span: on_disk(sources, span),
        line: start.line,
        column: start.column,
        end_line: end.line,
        end_column: end.column,
        labels,
        notes: diagnostic.notes.iter().map(|n| shorten(n)).collect(),
        help: diagnostic.help.as_deref().map(shorten),
        suggestions: diagnostic
            .suggestions
            .iter()
            .map(|s| {
                let at = sources.line_col(s.span.file, s.span.start as usize);
                JsonSuggestion {
                    file: sources.name(s.span.file),
                    span: on_disk(sources, s.span),
                    line: at.line,
                    column: at.column,
                    replacement: &s.replacement,
                }
            })
            .collect(),
    };
    serde_json::to_string(&json).unwrap_or_default()
}
