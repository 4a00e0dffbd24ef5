//! Name resolution over a whole portfolio: imports, the global namespace of
//! declarations, masters with `override`, and templates.
//!
//! Every file given together is one namespace (design §4). Declarations are
//! collected from user files in name order, then from the standard library,
//! so which of two duplicates is "first" never depends on the order of paths
//! on the command line. A user declaration silently shadows a standard
//! library one of the same kind (a contract may declare its own
//! `cost_change`); any other clash is an error.
//!
//! The result keeps partnerships as syntax, expanded: inherited clauses and
//! template bodies are spliced in, parameters substituted. `lower`
//! turns that into the typed model.

mod budget;
mod expand;
mod imports;
mod substitute;

use crate::diagnostics::{Diagnostic, FileId, Span};
use crate::ir::{self, values::Type};
use crate::source::SourceMap;
use crate::syntax::ast;
use std::collections::BTreeMap;

pub use imports::{Loader, NoImports};

/// Everything resolution learns, for the lowering to the model.
#[derive(Debug, Default, Clone)]
pub struct Resolved {
    /// Declarations: parties, resources, signals and events are final here.
    pub portfolio: ir::Portfolio,
    pub names: Names,
    /// Partnerships still as written; [`Resolved::expand`] splices in their
    /// inherited and templated clauses, one at a time, so a large portfolio
    /// never holds every expanded partnership at once.
    pub pending: Vec<Pending>,
    pub coordinations: Vec<ast::Coordinate>,
    /// Partnerships (by the span of their declaration) whose templates are
    /// not expanded: the portfolio's template budget ran out (E0420).
    pub cut: std::collections::BTreeSet<Span>,
    masters: BTreeMap<String, Body<ast::Master>>,
    templates: BTreeMap<String, Body<ast::Template>>,
    /// Every `amend` declaration, by partnership.
    pub amendments: crate::amend::Amendments,
    /// Which version of each partnership [`Resolved::expand`] gives.
    pub version: crate::amend::Version,
}

/// A partnership declaration waiting for expansion: the syntax, the span of
/// the declaration, its doc comment.
pub type Pending = (ast::Partnership, Span, Option<String>);

impl Resolved {
    /// The partnership with inherited and templated clauses spliced in.
    pub fn expand(&self, pending: Pending, diagnostics: &mut Vec<Diagnostic>) -> Expanded {
        let cut = self.cut.contains(&pending.1);
        let context = expand::Context::new(&self.masters, &self.templates, &self.names, cut);
        let mut expanded = context.partnership(pending, diagnostics);
        let amendments = self.amendments.of(&expanded.name.name);
        if !amendments.is_empty() {
            let expand_uses = |clauses: &[ast::Clause], diagnostics: &mut Vec<Diagnostic>| {
                context.expand_clauses(clauses, diagnostics)
            };
            crate::amend::apply(
                &mut expanded.clauses,
                amendments,
                self.version,
                &expand_uses,
                diagnostics,
            );
        }
        expanded
    }
}

/// The global namespace.
#[derive(Debug, Default, Clone)]
pub struct Names {
    pub parties: BTreeMap<String, ir::PartyId>,
    pub resources: BTreeMap<String, ir::ResourceId>,
    pub signals: BTreeMap<String, ir::SignalId>,
    pub events: BTreeMap<String, ir::EventId>,
    pub partnerships: BTreeMap<String, Span>,
    /// Every declared name with what it is and where (for duplicates and
    /// "did you mean").
    pub declared: BTreeMap<String, (Kind, Span)>,
}

/// What a top-level name denotes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Party,
    Resource,
    Signal,
    Event,
    Master,
    Template,
    Partnership,
    Coordination,
}

impl Kind {
    pub fn word(self) -> &'static str {
        match self {
            Kind::Party => "party",
            Kind::Resource => "resource",
            Kind::Signal => "signal",
            Kind::Event => "event",
            Kind::Master => "master",
            Kind::Template => "template",
            Kind::Partnership => "partnership",
            Kind::Coordination => "coordination",
        }
    }
}

/// A partnership with its inherited and templated clauses spliced in.
#[derive(Debug, Clone)]
pub struct Expanded {
    pub name: ast::Ident,
    pub span: Span,
    pub doc: Option<String>,
    pub master: Option<ast::Ident>,
    pub clauses: Vec<ast::Clause>,
}

/// What a template parameter can name besides a value type.
pub const PARAMETER_KINDS: &[&str] = &[
    "role",
    "party",
    "event",
    "signal",
    "resource",
    "metric",
    "milestone",
];

use crate::ir::NEUTRAL;

pub fn resolve(
    sources: &mut SourceMap,
    loader: &mut dyn Loader,
    diagnostics: &mut Vec<Diagnostic>,
) -> Resolved {
    let mut files = imports::load_all(sources, loader, diagnostics);
    let mut resolved = Resolved::default();
    let mut owners = Vec::new();
    // User files by name, then the standard library (which may be shadowed).
    files.sort_by(|a, b| (a.std_module.is_some(), &a.name).cmp(&(b.std_module.is_some(), &b.name)));
    for file in files {
        let module = file.std_module;
        if let (None, Some(doc)) = (&module, &file.ast.doc) {
            resolved.portfolio.file_docs.push((file.id, doc.clone()));
        }
        for decl in file.ast.decls {
            declare(
                &mut resolved,
                module.as_deref(),
                decl,
                &mut owners,
                diagnostics,
            );
        }
    }
    resolve_owners(&mut resolved, owners, diagnostics);
    crate::amend::limit::limit(&mut resolved.amendments, diagnostics);
    budget::allot(&mut resolved, diagnostics);
    resolved
        .amendments
        .check_targets(&resolved.names.partnerships, diagnostics);
    resolved
}

/// A master or template body, with where it came from.
#[derive(Debug, Clone)]
pub struct Body<T> {
    pub decl: T,
    pub span: Span,
    /// `Some(module)` for the standard library.
    pub module: Option<String>,
}

fn declare(
    resolved: &mut Resolved,
    std_module: Option<&str>,
    decl: ast::Decl,
    owners: &mut Vec<(ir::ResourceId, ast::Ident)>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let is_std = std_module.is_some();
    let (name, kind) = match &decl.kind {
        ast::DeclKind::Party(p) => (&p.name, Kind::Party),
        ast::DeclKind::Resource(r) => (&r.name, Kind::Resource),
        ast::DeclKind::Signal(s) => (&s.name, Kind::Signal),
        ast::DeclKind::Event(e) => (&e.name, Kind::Event),
        ast::DeclKind::Master(m) => (&m.name, Kind::Master),
        ast::DeclKind::Template(t) => (&t.name, Kind::Template),
        ast::DeclKind::Partnership(p) => (&p.name, Kind::Partnership),
        ast::DeclKind::Coordinate(c) => (&c.name, Kind::Coordination),
        ast::DeclKind::Amend(a) => {
            // Amendments of the standard library's declarations are not a thing.
            if !is_std {
                resolved.amendments.add(*a.clone(), decl.span);
            }
            return;
        }
        ast::DeclKind::Use(_) | ast::DeclKind::Error => return,
    };
    // Templates of the standard library live under `std.module.name`.
    let key = match (std_module, kind) {
        (Some(module), Kind::Template) => format!("std.{module}.{}", name.name),
        _ => name.name.clone(),
    };
    if name.name == NEUTRAL && kind == Kind::Party {
        diagnostics.push(
            Diagnostic::error(
                "E0101",
                "`neutral` is the built-in neutral party",
                name.span,
            )
            .with_primary_label("cannot be declared again")
            .with_note("`neutral` stands for the external mediator or arbitrator")
            .with_help("choose another name for this party"),
        );
        return;
    }
    if let Some((other_kind, other_span)) = resolved.names.declared.get(&key).copied() {
        if is_std {
            return; // a user declaration shadows the standard library's
        }
        let message = if other_kind == kind {
            format!("the {} `{}` is declared twice", kind.word(), name.name)
        } else {
            format!(
                "`{}` is both a {} and a {}",
                name.name,
                other_kind.word(),
                kind.word()
            )
        };
        diagnostics.push(
            Diagnostic::error("E0101", message, name.span)
                .with_primary_label("declared again here")
                .with_label(
                    other_span,
                    format!("first declared here, as a {}", other_kind.word()),
                )
                .with_help("rename one of them; every file given together shares one namespace"),
        );
        return;
    }
    resolved
        .names
        .declared
        .insert(key.clone(), (kind, name.span));
    let portfolio = &mut resolved.portfolio;
    let module = std_module.map(str::to_string);
    match decl.kind {
        ast::DeclKind::Party(p) => {
            let roles = party_roles(&p, diagnostics);
            resolved.names.parties.insert(key, portfolio.parties.len());
            portfolio.parties.push(ir::Party {
                name: p.name.name.clone(),
                title: p.title.as_ref().map(|t| t.value.clone()),
                roles,
                span: p.name.span,
                doc: decl.doc.clone(),
            });
        }
        ast::DeclKind::Resource(r) => {
            for owner in &r.owners {
                owners.push((portfolio.resources.len(), owner.clone()));
            }
            resolved
                .names
                .resources
                .insert(key, portfolio.resources.len());
            portfolio.resources.push(ir::Resource {
                name: r.name.name.clone(),
                title: r.title.as_ref().map(|t| t.value.clone()),
                owners: Vec::new(), // resolved once every party is known
                span: r.name.span,
                doc: decl.doc.clone(),
            });
        }
        ast::DeclKind::Signal(s) => {
            let ty = type_of(&s.ty, diagnostics).unwrap_or(Type::Number);
            resolved.names.signals.insert(key, portfolio.signals.len());
            portfolio.signals.push(ir::Signal {
                name: s.name.name.clone(),
                ty,
                span: s.name.span,
                doc: decl.doc.clone(),
            });
        }
        ast::DeclKind::Event(e) => {
            resolved.names.events.insert(key, portfolio.events.len());
            portfolio.events.push(ir::Event {
                name: e.name.name.clone(),
                span: e.name.span,
                doc: decl.doc.clone(),
            });
        }
        ast::DeclKind::Master(m) => {
            let span = m.name.span;
            resolved.masters.insert(
                key,
                Body {
                    decl: m,
                    span,
                    module,
                },
            );
        }
        ast::DeclKind::Template(t) => {
            for param in &t.params {
                if !PARAMETER_KINDS.contains(&param.ty.name.name.as_str())
                    && Type::from_name(&param.ty.name.name).is_none()
                {
                    let known: Vec<&str> = Type::ALL
                        .iter()
                        .map(|t| t.name())
                        .chain(PARAMETER_KINDS.iter().copied())
                        .collect();
                    let mut d = Diagnostic::error(
                        "E0210",
                        format!("unknown type `{}`", param.ty.name.name),
                        param.ty.name.span,
                    )
                    .with_primary_label("not a type a parameter can have")
                    .with_note(format!("the types are {}", known.join(", ")));
                    d = d.with_did_you_mean(
                        param.ty.name.span,
                        &param.ty.name.name,
                        known.iter().copied(),
                    );
                    diagnostics.push(d);
                }
            }
            let span = t.name.span;
            resolved.templates.insert(
                key,
                Body {
                    decl: t,
                    span,
                    module,
                },
            );
        }
        ast::DeclKind::Partnership(p) => {
            resolved.names.partnerships.insert(key, p.name.span);
            resolved.pending.push((p, decl.span, decl.doc));
        }
        ast::DeclKind::Coordinate(c) => resolved.coordinations.push(c),
        ast::DeclKind::Use(_) | ast::DeclKind::Amend(_) | ast::DeclKind::Error => {}
    }
}

fn party_roles(party: &ast::Party, diagnostics: &mut Vec<Diagnostic>) -> Vec<ir::Role> {
    let mut roles: Vec<ir::Role> = Vec::new();
    for role in &party.roles {
        if let Some(first) = roles.iter().find(|r| r.name == role.name.name) {
            diagnostics.push(
                Diagnostic::error(
                    "E0101",
                    format!(
                        "`{}` has the role `{}` twice",
                        party.name.name, role.name.name
                    ),
                    role.name.span,
                )
                .with_primary_label("declared again here")
                .with_label(first.span, "first declared here")
                .with_help("remove one of them"),
            );
            continue;
        }
        let capacity_hours = role
            .capacity
            .as_ref()
            .and_then(|q| crate::units::capacity_hours(q, diagnostics));
        roles.push(ir::Role {
            name: role.name.name.clone(),
            title: role.title.as_ref().map(|t| t.value.clone()),
            capacity_hours,
            span: role.name.span,
        });
    }
    roles
}

/// The type a signal, metric or parameter is declared with.
pub fn type_of(ty: &ast::TypeRef, diagnostics: &mut Vec<Diagnostic>) -> Option<Type> {
    let found = Type::from_name(&ty.name.name);
    if found.is_none() {
        let names = Type::ALL.map(Type::name);
        let mut diagnostic = Diagnostic::error(
            "E0210",
            format!("unknown type `{}`", ty.name.name),
            ty.name.span,
        )
        .with_primary_label("not a type of the language")
        .with_note(format!("the types are {}", names.join(", ")));
        diagnostic = diagnostic.with_did_you_mean(ty.name.span, &ty.name.name, names);
        diagnostics.push(diagnostic);
    }
    found
}

fn resolve_owners(
    resolved: &mut Resolved,
    owners: Vec<(ir::ResourceId, ast::Ident)>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    for (resource, owner) in owners {
        match resolved.names.parties.get(&owner.name) {
            Some(&party) => {
                if let Some(r) = resolved.portfolio.resources.get_mut(resource) {
                    if !r.owners.contains(&party) {
                        r.owners.push(party);
                    }
                }
            }
            None => diagnostics.push(undefined(
                "party",
                &owner,
                resolved.names.parties.keys().map(String::as_str),
            )),
        }
    }
}

/// "undefined party `Globx`", with "did you mean" among `candidates`.
pub fn undefined<'a>(
    what: &str,
    name: &ast::Ident,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Diagnostic {
    let diagnostic = Diagnostic::error(
        "E0102",
        format!("undefined {what} `{}`", name.name),
        name.span,
    )
    .with_primary_label(format!("no {what} has this name"));
    diagnostic.with_did_you_mean(name.span, &name.name, candidates)
}

/// The file a span is in, for notes.
pub fn file_of(sources: &SourceMap, id: FileId) -> &str {
    sources.name(id)
}
