//! Code actions: each diagnostic's machine-applicable suggestions as quick
//! fixes.
//!
//! A suggestion is a span and its replacement. Diagnostics do not carry
//! them yet (a `suggestions` field is coming); until then [`suggestions`]
//! reads the one kind of `help:` that is unambiguous — "did you mean
//! `word`?" under a span that is exactly one misspelt word — and is the
//! only place to change when the field lands.

use super::navigate::location;
use super::server::Context;
use super::workspace::Snapshot;
use crate::diagnostics::{Diagnostic, Span};
use lsp_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, CodeActionParams, NumberOrString, TextEdit,
    WorkspaceEdit,
};
use std::collections::HashMap;

/// The fixes `d` suggests, as `(span, replacement)`; `text` is the source
/// of the diagnostic's primary file.
pub fn suggestions(d: &Diagnostic, text: &str) -> Vec<(Span, String)> {
    let Some(help) = &d.help else {
        return Vec::new();
    };
    let Some(word) = help
        .strip_prefix("did you mean `")
        .and_then(|rest| rest.strip_suffix("`?"))
    else {
        return Vec::new();
    };
    let is_word =
        |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    let span = d.primary.span;
    match text.get(span.range()) {
        Some(written) if is_word(written) && is_word(word) && written != word => {
            vec![(span, word.to_string())]
        }
        _ => Vec::new(),
    }
}

pub fn code_actions(
    snapshot: &Snapshot,
    context: &Context,
    params: &CodeActionParams,
) -> Option<Vec<CodeActionOrCommand>> {
    let file = snapshot.file_of(&params.text_document.uri)?;
    let info = snapshot.file(file)?;
    let text = snapshot.text(file);
    let lines = &info.lines;
    let wanted_start = lines.offset(text, params.range.start, context.encoding);
    let wanted_end = lines.offset(text, params.range.end, context.encoding);
    let mut actions = Vec::new();
    for d in &snapshot.diagnostics {
        let span = d.primary.span;
        let overlaps = span.file == file
            && (span.start as usize) <= wanted_end
            && wanted_start <= span.end as usize;
        if !overlaps {
            continue;
        }
        for (at, replacement) in suggestions(d, text) {
            let Some(place) = location(snapshot, context, at) else {
                continue;
            };
            let written = snapshot.text(at.file).get(at.range()).unwrap_or("");
            let matching: Vec<lsp_types::Diagnostic> = params
                .context
                .diagnostics
                .iter()
                .filter(|c| {
                    c.code == Some(NumberOrString::String(d.code.to_string()))
                        && c.range == super::diagnostics::range(snapshot, span, context.encoding)
                })
                .cloned()
                .collect();
            let mut changes = HashMap::new();
            changes.insert(
                place.uri,
                vec![TextEdit {
                    range: place.range,
                    new_text: replacement.clone(),
                }],
            );
            actions.push(CodeActionOrCommand::CodeAction(CodeAction {
                title: format!("Replace `{written}` with `{replacement}`"),
                kind: Some(CodeActionKind::QUICKFIX),
                diagnostics: (!matching.is_empty()).then_some(matching),
                edit: Some(WorkspaceEdit {
                    changes: Some(changes),
                    ..WorkspaceEdit::default()
                }),
                is_preferred: Some(true),
                ..CodeAction::default()
            }));
        }
    }
    Some(actions)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::FileId;

    #[test]
    fn did_you_mean_on_one_word_is_a_suggestion() {
        let text = "parties Globx as provider";
        let span = Span::new(FileId(0), 8, 13);
        let d = Diagnostic::error("E0102", "undefined party `Globx`", span)
            .with_help("did you mean `Globex`?");
        assert_eq!(suggestions(&d, text), vec![(span, "Globex".to_string())]);
        // Two words, or another help: nothing machine-applicable.
        let d = d.with_help("did you mean `business days`?");
        assert!(suggestions(&d, text).is_empty());
        let d = d.with_help("rename one of them");
        assert!(suggestions(&d, text).is_empty());
    }
}
