//! Source text to syntax tree: lexing, the layout rule, parsing with
//! recovery, and syntax diagnostics (E00xx).
//!
//! Parsing never fails: [`parse`] always returns a tree (with `Error` nodes
//! where clauses could not be read) and every syntax error of the file.

pub mod ast;
mod build;
pub mod layout;
pub mod lexer;
mod messages;
pub mod token;

use crate::diagnostics::{Diagnostic, FileId};
use lalrpop_util::lalrpop_mod;
use std::collections::HashMap;

lalrpop_mod!(
    #[allow(
        clippy::all,
        clippy::pedantic,
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::indexing_slicing,
        clippy::panic,
        unused_imports,
        unused_parens,
        unused_variables
    )]
    grammar,
    "/pact.rs"
);

/// A parsed file and the syntax errors found in it.
#[derive(Debug, Default)]
pub struct Parsed {
    pub file: ast::File,
    pub diagnostics: Vec<Diagnostic>,
}

pub fn parse(source: &str, file: FileId) -> Parsed {
    let mut lexer = lexer::Lexer::new(source, file);
    let mut laid = layout::Layout::new(source, file, &mut lexer);
    let mut recovered = Vec::new();
    let result = grammar::FileParser::new().parse(file, &mut recovered, &mut laid);
    let too_deep = laid.too_deep;
    let mut diagnostics = laid.diagnostics;
    diagnostics.append(&mut lexer.diagnostics);
    if too_deep {
        // The parser saw a cut-off stream: its complaints are noise.
        return Parsed {
            file: ast::File::default(),
            diagnostics,
        };
    }
    for recovery in recovered {
        diagnostics.push(messages::describe(recovery.error, file, source));
    }
    let decls = match result {
        Ok(decls) => decls,
        Err(error) => {
            diagnostics.push(messages::describe(error, file, source));
            Vec::new()
        }
    };
    let file_doc = join_docs(
        lexer
            .docs
            .iter()
            .filter(|d| d.inner)
            .map(|d| d.text.as_str()),
    );
    let mut tree = ast::File {
        doc: file_doc,
        decls,
    };
    attach_docs(&mut tree, &doc_targets(&lexer));
    Parsed {
        file: tree,
        diagnostics,
    }
}

/// Maps the start of each documented token to the text of its `///` run.
fn doc_targets(lexer: &lexer::Lexer<'_>) -> HashMap<u32, String> {
    let mut targets: HashMap<u32, Vec<&str>> = HashMap::new();
    for &(doc, start) in &lexer.doc_targets {
        if let Some(doc) = lexer.docs.get(doc) {
            targets
                .entry(u32::try_from(start).unwrap_or(u32::MAX))
                .or_default()
                .push(&doc.text);
        }
    }
    targets
        .into_iter()
        .filter_map(|(at, lines)| Some((at, join_docs(lines.into_iter())?)))
        .collect()
}

fn join_docs<'a>(lines: impl Iterator<Item = &'a str>) -> Option<String> {
    let text = lines.collect::<Vec<_>>().join("\n");
    (!text.is_empty()).then_some(text)
}

fn attach_docs(tree: &mut ast::File, targets: &HashMap<u32, String>) {
    if targets.is_empty() {
        return;
    }
    for decl in &mut tree.decls {
        decl.doc = targets.get(&decl.span.start).cloned();
        let clauses = match &mut decl.kind {
            ast::DeclKind::Master(m) => &mut m.clauses,
            ast::DeclKind::Template(t) => &mut t.clauses,
            ast::DeclKind::Partnership(p) => &mut p.clauses,
            _ => continue,
        };
        for clause in clauses {
            clause.doc = targets.get(&clause.span.start).cloned();
        }
    }
}
