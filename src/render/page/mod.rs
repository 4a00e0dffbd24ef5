//! The page writers: a [`Document`](super::doc::Document) as a
//! self-contained HTML file (inline CSS and SVG, no script, no network) or
//! as Markdown for review in a repository, and the HTML listing of each
//! source file that paragraphs link to.
//!
//! These are the only places that escape text.

pub mod html;
pub mod markdown;
pub mod source;

use crate::diagnostics::Span;
use crate::source::SourceMap;

/// Where a clause is written, for the link after its paragraph.
pub struct SourceRef {
    pub name: String,
    pub line: usize,
}

impl SourceRef {
    pub fn of(sources: &SourceMap, span: Span) -> Option<SourceRef> {
        sources.get(span.file)?;
        Some(SourceRef {
            name: sources.name(span.file).to_string(),
            line: sources.line_col(span.file, span.start as usize).line,
        })
    }
}

/// The page name of a source file's listing: `source-examples-x.pact`.
pub fn source_page(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' || c == '_' || c == '-' {
                c
            } else {
                '-'
            }
        })
        .collect();
    format!("source-{}", cleaned.trim_start_matches(['-', '.']))
}
