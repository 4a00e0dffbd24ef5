//! The compiler's diagnostics as LSP diagnostics, grouped by the file of
//! their primary span, for `textDocument/publishDiagnostics`.
//!
//! Secondary labels become `relatedInformation` (wherever they are, other
//! files included); notes and the `help:` line are appended to the message
//! so every client shows them; the code links (`codeDescription`) to the
//! code's `pact explain` text, written once to the cache folder as
//! `explain/CODE.md`. Hovering the diagnostic shows the same text.

use super::position::Encoding;
use super::workspace::{Disk, Snapshot};
use crate::diagnostics::{codes, Diagnostic, FileId, Severity};
use lsp_types::{
    CodeDescription, DiagnosticRelatedInformation, DiagnosticSeverity, Location, NumberOrString,
    Range,
};
use std::collections::{BTreeMap, HashMap};

/// The `pact explain` text of a code, as Markdown.
pub fn explanation(code: &str) -> Option<String> {
    let info = codes::lookup(code)?;
    Some(format!(
        "**{}**: {}\n\n{}",
        info.code, info.title, info.explanation
    ))
}

/// Where the explanation of each code was written (`None`: nowhere).
#[derive(Default)]
pub struct Explanations {
    written: HashMap<&'static str, Option<lsp_types::Uri>>,
}

impl Explanations {
    fn link(&mut self, code: &'static str, disk: &dyn Disk) -> Option<lsp_types::Uri> {
        self.written
            .entry(code)
            .or_insert_with(|| {
                let text = explanation(code)?;
                let path = disk.cache(&format!("explain/{code}.md"), &text)?;
                super::uri::from_path(&path)
            })
            .clone()
    }
}

/// The range of a span in the snapshot's files.
pub fn range(snapshot: &Snapshot, span: crate::diagnostics::Span, encoding: Encoding) -> Range {
    match snapshot.file(span.file) {
        Some(file) => file.lines.range(snapshot.text(span.file), span, encoding),
        None => Range::default(),
    }
}

/// The LSP diagnostics of every file of the portfolio (an empty list for a
/// clean file, so stale ones are cleared), by file.
pub fn by_file(
    snapshot: &Snapshot,
    encoding: Encoding,
    explanations: &mut Explanations,
    disk: &dyn Disk,
) -> BTreeMap<FileId, Vec<lsp_types::Diagnostic>> {
    let mut out: BTreeMap<FileId, Vec<lsp_types::Diagnostic>> = BTreeMap::new();
    for (i, file) in snapshot.files.iter().enumerate() {
        if file.member {
            out.insert(FileId(u32::try_from(i).unwrap_or(u32::MAX)), Vec::new());
        }
    }
    for d in &snapshot.diagnostics {
        let converted = convert(snapshot, d, encoding, explanations, disk);
        out.entry(d.primary.span.file).or_default().push(converted);
    }
    out
}

fn convert(
    snapshot: &Snapshot,
    d: &Diagnostic,
    encoding: Encoding,
    explanations: &mut Explanations,
    disk: &dyn Disk,
) -> lsp_types::Diagnostic {
    let mut message = d.message.clone();
    if !d.primary.message.is_empty() {
        message.push_str(&format!("\n{}", d.primary.message));
    }
    for note in &d.notes {
        message.push_str(&format!("\nnote: {note}"));
    }
    if let Some(help) = &d.help {
        message.push_str(&format!("\nhelp: {help}"));
    }
    let related: Vec<DiagnosticRelatedInformation> = d
        .secondary
        .iter()
        .filter_map(|label| {
            let uri = snapshot.file(label.span.file)?.uri.clone()?;
            Some(DiagnosticRelatedInformation {
                location: Location {
                    uri,
                    range: range(snapshot, label.span, encoding),
                },
                message: if label.message.is_empty() {
                    "related".to_string()
                } else {
                    label.message.clone()
                },
            })
        })
        .collect();
    lsp_types::Diagnostic {
        range: range(snapshot, d.primary.span, encoding),
        severity: Some(match d.severity {
            Severity::Error => DiagnosticSeverity::ERROR,
            Severity::Warning => DiagnosticSeverity::WARNING,
            Severity::Note => DiagnosticSeverity::INFORMATION,
        }),
        code: Some(NumberOrString::String(d.code.to_string())),
        code_description: explanations
            .link(d.code, disk)
            .map(|href| CodeDescription { href }),
        source: Some("pact".to_string()),
        message,
        related_information: (!related.is_empty()).then_some(related),
        tags: None,
        data: None,
    }
}
