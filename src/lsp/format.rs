//! Formatting: `pact fmt` on the document, sent as one edit covering only
//! the lines that change (so the client keeps the cursor and undo history
//! of the rest).
//!
//! A document with syntax errors is not formatted (as with `pact fmt`):
//! the request fails with a message saying so, rather than guessing.

use super::server::{Context, Failure};
use super::workspace::Snapshot;
use crate::diagnostics::{FileId, Span};
use lsp_server::ErrorCode;
use lsp_types::{DocumentFormattingParams, TextEdit};

pub fn format(
    snapshot: &Snapshot,
    context: &Context,
    params: &DocumentFormattingParams,
) -> Result<Option<Vec<TextEdit>>, Failure> {
    let Some(file) = snapshot.file_of(&params.text_document.uri) else {
        return Ok(None);
    };
    let text = snapshot.text(file);
    let formatted = crate::fmt::format(text).map_err(|errors| {
        let first = errors
            .first()
            .map(|d| format!(": {}", d.message))
            .unwrap_or_default();
        (
            ErrorCode::RequestFailed,
            format!("the file has syntax errors and is left as it is{first}"),
        )
    })?;
    Ok(Some(edits(snapshot, context, file, text, &formatted)))
}

/// One edit replacing the lines between the common first and last lines.
fn edits(
    snapshot: &Snapshot,
    context: &Context,
    file: FileId,
    old: &str,
    new: &str,
) -> Vec<TextEdit> {
    if old == new {
        return Vec::new();
    }
    let old_lines: Vec<&str> = old.split_inclusive('\n').collect();
    let new_lines: Vec<&str> = new.split_inclusive('\n').collect();
    let prefix = old_lines
        .iter()
        .zip(&new_lines)
        .take_while(|(a, b)| a == b)
        .count();
    let suffix = old_lines
        .iter()
        .rev()
        .zip(new_lines.iter().rev())
        .take_while(|(a, b)| a == b)
        .count()
        .min(old_lines.len() - prefix)
        .min(new_lines.len() - prefix);
    let byte_len = |lines: &[&str]| lines.iter().map(|l| l.len()).sum::<usize>();
    let start = byte_len(old_lines.get(..prefix).unwrap_or(&[]));
    let end = old.len() - byte_len(old_lines.get(old_lines.len() - suffix..).unwrap_or(&[]));
    let new_start = byte_len(new_lines.get(..prefix).unwrap_or(&[]));
    let new_end = new.len() - byte_len(new_lines.get(new_lines.len() - suffix..).unwrap_or(&[]));
    let range = super::diagnostics::range(
        snapshot,
        Span::new(file, start, end.max(start)),
        context.encoding,
    );
    vec![TextEdit {
        range,
        new_text: new
            .get(new_start..new_end.max(new_start))
            .unwrap_or("")
            .to_string(),
    }]
}
