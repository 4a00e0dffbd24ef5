//! Document symbols: the outline of a file — its declarations, with the
//! roles of each party and the named clauses of each partnership, master
//! and template as children.

use super::server::Context;
use super::workspace::Snapshot;
use crate::diagnostics::Span;
use crate::syntax::ast::{self, ClauseKind, DeclKind};
use lsp_types::{DocumentSymbol, DocumentSymbolParams, DocumentSymbolResponse, SymbolKind};

pub fn document_symbols(
    snapshot: &Snapshot,
    context: &Context,
    params: &DocumentSymbolParams,
) -> Option<DocumentSymbolResponse> {
    let file = snapshot.file_of(&params.text_document.uri)?;
    let parsed = snapshot.parsed(file)?;
    let make = |name: String,
                detail: Option<String>,
                kind,
                span: Span,
                name_span: Span,
                children: Vec<DocumentSymbol>| {
        #[allow(deprecated)]
        DocumentSymbol {
            name,
            detail,
            kind,
            tags: None,
            deprecated: None,
            range: super::diagnostics::range(snapshot, span, context.encoding),
            selection_range: super::diagnostics::range(snapshot, name_span, context.encoding),
            children: (!children.is_empty()).then_some(children),
        }
    };
    let mut out = Vec::new();
    for decl in &parsed.file.decls {
        let (name, kind, word, children) = match &decl.kind {
            DeclKind::Party(p) => {
                let roles = p
                    .roles
                    .iter()
                    .map(|r| {
                        let detail = r.capacity.as_ref().map(|c| {
                            format!(
                                "capacity {} {}",
                                c.amount.value.normalize(),
                                c.unit.name.name
                            )
                        });
                        make(
                            r.name.name.clone(),
                            detail,
                            SymbolKind::FIELD,
                            r.span,
                            r.name.span,
                            Vec::new(),
                        )
                    })
                    .collect();
                (&p.name, SymbolKind::CLASS, "party", roles)
            }
            DeclKind::Resource(r) => (&r.name, SymbolKind::CONSTANT, "resource", Vec::new()),
            DeclKind::Signal(s) => (&s.name, SymbolKind::VARIABLE, "signal", Vec::new()),
            DeclKind::Event(e) => (&e.name, SymbolKind::EVENT, "event", Vec::new()),
            DeclKind::Master(m) => (
                &m.name,
                SymbolKind::INTERFACE,
                "master",
                clauses(&m.clauses, &make),
            ),
            DeclKind::Template(t) => (
                &t.name,
                SymbolKind::FUNCTION,
                "template",
                clauses(&t.clauses, &make),
            ),
            DeclKind::Partnership(p) => (
                &p.name,
                SymbolKind::STRUCT,
                "partnership",
                clauses(&p.clauses, &make),
            ),
            DeclKind::Coordinate(c) => (&c.name, SymbolKind::NAMESPACE, "coordinate", Vec::new()),
            DeclKind::Amend(a) => (&a.partnership, SymbolKind::STRUCT, "amend", Vec::new()),
            DeclKind::Use(_) | DeclKind::Error => continue,
        };
        out.push(make(
            name.name.clone(),
            Some(word.to_string()),
            kind,
            decl.span,
            name.span,
            children,
        ));
    }
    Some(DocumentSymbolResponse::Nested(out))
}

type Make<'a> = dyn Fn(String, Option<String>, SymbolKind, Span, Span, Vec<DocumentSymbol>) -> DocumentSymbol
    + 'a;

fn clauses(clauses: &[ast::Clause], make: &Make<'_>) -> Vec<DocumentSymbol> {
    clauses
        .iter()
        .filter_map(|c| {
            let (name, kind, word) = match &c.kind {
                ClauseKind::Meeting(m) => (&m.name, SymbolKind::EVENT, "meeting"),
                ClauseKind::Review(r) => (&r.name, SymbolKind::EVENT, "review"),
                ClauseKind::Milestone(m) => (&m.name, SymbolKind::KEY, "milestone"),
                ClauseKind::Metric(m) => (&m.name, SymbolKind::PROPERTY, "metric"),
                ClauseKind::Trigger(t) => (&t.name, SymbolKind::METHOD, "trigger"),
                ClauseKind::Survey(s) => (&s.name, SymbolKind::EVENT, "survey"),
                ClauseKind::Report(r) => (&r.name, SymbolKind::EVENT, "report"),
                ClauseKind::Pay(p) => (&p.payee, SymbolKind::OBJECT, "pay"),
                ClauseKind::Term(_) => {
                    return Some(make(
                        "term".into(),
                        None,
                        SymbolKind::FIELD,
                        c.span,
                        c.span,
                        Vec::new(),
                    ))
                }
                ClauseKind::Renewal(_) => {
                    return Some(make(
                        "renewal".into(),
                        None,
                        SymbolKind::FIELD,
                        c.span,
                        c.span,
                        Vec::new(),
                    ))
                }
                _ => return None,
            };
            Some(make(
                name.name.clone(),
                Some(word.to_string()),
                kind,
                c.span,
                name.span,
                Vec::new(),
            ))
        })
        .collect()
}
