//! Code actions: each diagnostic's suggestions (`Diagnostic::suggestions`,
//! a span and its replacement, set by the stage that found the problem
//! only where the fix is mechanical) as quick fixes.

use super::navigate::location;
use super::server::Context;
use super::workspace::Snapshot;
use crate::diagnostics::{Diagnostic, Span};
use lsp_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, CodeActionParams, NumberOrString, TextEdit,
    WorkspaceEdit,
};
use std::collections::HashMap;

/// The fixes `d` suggests, as `(span, replacement)`.
pub fn suggestions(d: &Diagnostic) -> Vec<(Span, String)> {
    d.suggestions
        .iter()
        .map(|s| (s.span, s.replacement.clone()))
        .collect()
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
        for (at, replacement) in suggestions(d) {
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
            let title = if written.is_empty() {
                format!("Insert `{}`", replacement.trim())
            } else {
                format!("Replace `{written}` with `{replacement}`")
            };
            actions.push(CodeActionOrCommand::CodeAction(CodeAction {
                title,
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
    fn a_diagnostics_suggestions_are_its_fixes() {
        let span = Span::new(FileId(0), 8, 13);
        let d = Diagnostic::error("E0102", "undefined party `Globx`", span).with_did_you_mean(
            span,
            "Globx",
            ["Acme", "Globex"],
        );
        assert_eq!(d.help.as_deref(), Some("did you mean `Globex`?"));
        assert_eq!(suggestions(&d), vec![(span, "Globex".to_string())]);
        // A help that is not a mechanical fix is no suggestion.
        let d = Diagnostic::error("E0102", "undefined party `Globx`", span)
            .with_help("rename one of them");
        assert!(suggestions(&d).is_empty());
    }
}
