//! Go to definition, find references and rename, over the index of every
//! file (workspace, imports and the standard library).
//!
//! References are found by scanning each file's index for occurrences with
//! the same spelling and resolving only those, so a query costs a string
//! comparison per name in the workspace, not a resolution. Rename edits
//! every declaration and use, and refuses what it cannot do safely: a
//! declaration of the standard library (its files are read-only copies), a
//! name that is not an identifier or is a keyword, and a name already
//! declared with the same kind.

use super::diagnostics::range;
use super::index::{Occ, Sym};
use super::server::{path_of, Context, Failure};
use super::workspace::Snapshot;
use crate::diagnostics::{FileId, Span};
use lsp_server::ErrorCode;
use lsp_types::{
    GotoDefinitionParams, GotoDefinitionResponse, Location, PrepareRenameResponse, ReferenceParams,
    RenameParams, TextDocumentPositionParams, TextEdit, Uri, WorkspaceEdit,
};
use std::collections::HashMap;

/// The file and byte offset of a position in a document.
pub fn locate(
    snapshot: &Snapshot,
    context: &Context,
    at: &TextDocumentPositionParams,
) -> Option<(FileId, u32)> {
    let uri = &at.text_document.uri;
    let file = snapshot.file_of(uri).or_else(|| {
        let path = path_of(uri);
        snapshot
            .files
            .iter()
            .position(|f| f.uri.as_ref().map(path_of).as_ref() == Some(&path))
            .map(|i| FileId(u32::try_from(i).unwrap_or(u32::MAX)))
    })?;
    let info = snapshot.file(file)?;
    let offset = info
        .lines
        .offset(snapshot.text(file), at.position, context.encoding);
    Some((file, u32::try_from(offset).unwrap_or(u32::MAX)))
}

/// The name under the cursor and what it stands for.
pub fn symbols_at<'s>(
    snapshot: &'s Snapshot,
    context: &Context,
    at: &TextDocumentPositionParams,
) -> Option<(FileId, &'s Occ, Vec<Sym>)> {
    let (file, offset) = locate(snapshot, context, at)?;
    let index = &snapshot.file(file)?.index;
    let occ = index.at(offset)?;
    let syms = snapshot.tables().resolve(index, occ);
    Some((file, occ, syms))
}

pub fn location(snapshot: &Snapshot, context: &Context, span: Span) -> Option<Location> {
    Some(Location {
        uri: snapshot.file(span.file)?.uri.clone()?,
        range: range(snapshot, span, context.encoding),
    })
}

pub fn definition(
    snapshot: &Snapshot,
    context: &Context,
    params: &GotoDefinitionParams,
) -> Option<GotoDefinitionResponse> {
    let (_, _, syms) = symbols_at(snapshot, context, &params.text_document_position_params)?;
    let tables = snapshot.tables();
    let mut locations: Vec<Location> = syms
        .iter()
        .filter_map(|s| tables.defs.get(s))
        .flatten()
        .filter_map(|span| location(snapshot, context, *span))
        .collect();
    locations.dedup();
    match locations.len() {
        0 => None,
        1 => locations.pop().map(GotoDefinitionResponse::Scalar),
        _ => Some(GotoDefinitionResponse::Array(locations)),
    }
}

/// Every place (declarations included) that stands for one of `syms`.
pub fn occurrences(snapshot: &Snapshot, syms: &[Sym], declarations: bool) -> Vec<Span> {
    let tables = snapshot.tables();
    let mut spans = Vec::new();
    for file in &snapshot.files {
        for occ in &file.index.occs {
            if !syms.iter().any(|s| s.name() == occ.name) {
                continue;
            }
            let is_def = matches!(occ.what, super::index::What::Def(_));
            if is_def && !declarations {
                continue;
            }
            if tables
                .resolve(&file.index, occ)
                .iter()
                .any(|s| syms.contains(s))
            {
                spans.push(occ.span);
            }
        }
    }
    spans.sort();
    spans.dedup();
    spans
}

pub fn references(
    snapshot: &Snapshot,
    context: &Context,
    params: &ReferenceParams,
) -> Option<Vec<Location>> {
    let (_, _, syms) = symbols_at(snapshot, context, &params.text_document_position)?;
    let spans = occurrences(snapshot, &syms, params.context.include_declaration);
    Some(
        spans
            .into_iter()
            .filter_map(|span| location(snapshot, context, span))
            .collect(),
    )
}

fn failure(message: impl Into<String>) -> Failure {
    (ErrorCode::RequestFailed, message.into())
}

/// The one symbol a rename at this position would rename.
fn renamable<'s>(
    snapshot: &'s Snapshot,
    context: &Context,
    at: &TextDocumentPositionParams,
) -> Result<(&'s Occ, Sym), Failure> {
    let Some((_, occ, syms)) = symbols_at(snapshot, context, at) else {
        return Err(failure("there is no name here"));
    };
    let [sym] = syms.as_slice() else {
        return Err(failure(if syms.is_empty() {
            format!("`{}` is not a declared name", occ.name)
        } else {
            format!("`{}` stands for several declarations here", occ.name)
        }));
    };
    if matches!(sym, Sym::Module(_)) {
        return Err(failure("a standard library module cannot be renamed"));
    }
    let in_std = snapshot
        .tables()
        .defs
        .get(sym)
        .into_iter()
        .flatten()
        .any(|span| {
            snapshot
                .file(span.file)
                .is_some_and(|f| f.std_module.is_some())
        });
    if in_std {
        return Err(failure(format!(
            "the {} `{}` is declared by the standard library, which cannot be edited",
            sym.kind(),
            sym.name()
        )));
    }
    Ok((occ, sym.clone()))
}

pub fn prepare_rename(
    snapshot: &Snapshot,
    context: &Context,
    at: &TextDocumentPositionParams,
) -> Result<Option<PrepareRenameResponse>, Failure> {
    let (occ, _) = renamable(snapshot, context, at)?;
    Ok(Some(PrepareRenameResponse::Range(range(
        snapshot,
        occ.span,
        context.encoding,
    ))))
}

pub fn rename(
    snapshot: &Snapshot,
    context: &Context,
    params: &RenameParams,
) -> Result<Option<WorkspaceEdit>, Failure> {
    let (_, sym) = renamable(snapshot, context, &params.text_document_position)?;
    let new = params.new_name.trim();
    let is_identifier = new
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && new.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    if !is_identifier {
        return Err(failure(format!(
            "`{new}` is not a name: names are letters, digits and `_`, not starting with a digit"
        )));
    }
    if crate::syntax::token::Keyword::from_text(new).is_some() {
        return Err(failure(format!("`{new}` is a keyword of the language")));
    }
    let renamed = with_name(&sym, new);
    if snapshot.tables().exists(&renamed) {
        return Err(failure(format!("a {} `{new}` already exists", sym.kind())));
    }
    let mut changes: HashMap<Uri, Vec<TextEdit>> = HashMap::new();
    for span in occurrences(snapshot, std::slice::from_ref(&sym), true) {
        let Some(file) = snapshot.file(span.file) else {
            continue;
        };
        if file.std_module.is_some() {
            return Err(failure(format!(
                "the standard library uses `{}`, and cannot be edited",
                sym.name()
            )));
        }
        if let Some(location) = location(snapshot, context, span) {
            changes.entry(location.uri).or_default().push(TextEdit {
                range: location.range,
                new_text: new.to_string(),
            });
        }
    }
    Ok(Some(WorkspaceEdit {
        changes: Some(changes),
        ..WorkspaceEdit::default()
    }))
}

/// The same declaration under another name.
fn with_name(sym: &Sym, new: &str) -> Sym {
    let n = new.to_string();
    match sym {
        Sym::Party(_) => Sym::Party(n),
        Sym::Signal(_) => Sym::Signal(n),
        Sym::Event(_) => Sym::Event(n),
        Sym::Resource(_) => Sym::Resource(n),
        Sym::Master(_) => Sym::Master(n),
        Sym::Partnership(_) => Sym::Partnership(n),
        Sym::Coordination(_) => Sym::Coordination(n),
        Sym::Module(_) => Sym::Module(n),
        Sym::Template(_) => Sym::Template(n),
        Sym::Role(o, _) => Sym::Role(o.clone(), n),
        Sym::Param(o, _) => Sym::Param(o.clone(), n),
        Sym::Milestone(o, _) => Sym::Milestone(o.clone(), n),
        Sym::Metric(o, _) => Sym::Metric(o.clone(), n),
        Sym::Meeting(o, _) => Sym::Meeting(o.clone(), n),
        Sym::Label(o, _) => Sym::Label(o.clone(), n),
    }
}
