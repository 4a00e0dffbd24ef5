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
use std::sync::Arc;

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

/// The last conversion of each file's diagnostics, reused while they and
/// the texts of the files they point into are the same (after an edit of
/// one file of a large workspace, only that file's are converted again).
#[derive(Default)]
pub struct Converted {
    by_file: HashMap<FileId, Entry>,
}

struct Entry {
    diagnostics: Vec<Diagnostic>,
    /// The text of every file a span points into, as converted.
    texts: Vec<(FileId, Arc<str>)>,
    uris: Vec<Option<lsp_types::Uri>>,
    converted: Arc<Vec<lsp_types::Diagnostic>>,
}

/// The LSP diagnostics of every file of the portfolio (an empty list for a
/// clean file, so stale ones are cleared), by file.
pub fn by_file(
    snapshot: &Snapshot,
    encoding: Encoding,
    explanations: &mut Explanations,
    disk: &dyn Disk,
    cache: &mut Converted,
) -> BTreeMap<FileId, Arc<Vec<lsp_types::Diagnostic>>> {
    let mut groups: BTreeMap<FileId, Vec<&Diagnostic>> = BTreeMap::new();
    for (i, file) in snapshot.files.iter().enumerate() {
        if file.member {
            groups.insert(FileId(u32::try_from(i).unwrap_or(u32::MAX)), Vec::new());
        }
    }
    for d in &snapshot.diagnostics {
        groups.entry(d.primary.span.file).or_default().push(d);
    }
    let text = |id: FileId| snapshot.file(id).map(|f| f.text.clone());
    let uri = |id: FileId| snapshot.file(id).and_then(|f| f.uri.clone());
    let mut out = BTreeMap::new();
    let mut kept = HashMap::new();
    for (id, list) in groups {
        let mut files: Vec<FileId> = list
            .iter()
            .flat_map(|d| {
                std::iter::once(d.primary.span.file).chain(d.secondary.iter().map(|l| l.span.file))
            })
            .collect();
        files.sort_unstable();
        files.dedup();
        let uris: Vec<Option<lsp_types::Uri>> = files.iter().map(|&f| uri(f)).collect();
        let same = cache.by_file.remove(&id).filter(|e| {
            e.uris == uris
                && e.diagnostics.len() == list.len()
                && e.diagnostics.iter().zip(&list).all(|(a, b)| a == *b)
                && e.texts.len() == files.len()
                && e.texts
                    .iter()
                    .zip(&files)
                    .all(|((f, t), g)| f == g && text(*g).is_some_and(|now| Arc::ptr_eq(t, &now)))
        });
        let entry = match same {
            Some(entry) => entry,
            None => Entry {
                converted: Arc::new(
                    list.iter()
                        .map(|d| convert(snapshot, d, encoding, explanations, disk))
                        .collect(),
                ),
                diagnostics: list.into_iter().cloned().collect(),
                texts: files
                    .iter()
                    .filter_map(|&f| text(f).map(|t| (f, t)))
                    .collect(),
                uris,
            },
        };
        out.insert(id, entry.converted.clone());
        kept.insert(id, entry);
    }
    cache.by_file = kept;
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
