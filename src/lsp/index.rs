//! Every name written in a file, with its span, what it declares or what
//! kind of thing it should name, and the declaration it sits in: the raw
//! material of definition, references, rename, hover and completion.
//!
//! The index is built from one file's syntax tree alone, so it is cached
//! with the file's parse and rebuilt only when that file changes. Which
//! declaration a use names is decided later, at query time, against the
//! whole workspace (`tables`): a reference to `Acme.ops` in one file stays
//! valid however the file declaring `Acme` changes.

use crate::diagnostics::Span;
use crate::syntax::ast::{self, ClauseKind, ExprKind};

/// Something that can be declared, named by its place in the namespace.
/// Owners of milestones, metrics, meetings and labels are partnership,
/// master or template names (one namespace).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Sym {
    Party(String),
    Role(String, String),
    Signal(String),
    Event(String),
    Resource(String),
    Master(String),
    /// By key: `name`, or `std.module.name` for the standard library.
    Template(String),
    Param(String, String),
    Partnership(String),
    Coordination(String),
    Milestone(String, String),
    Metric(String, String),
    Meeting(String, String),
    /// `client` in `parties Acme as client`.
    Label(String, String),
    /// A standard library module (`std.disputes`).
    Module(String),
}

impl Sym {
    /// The name as written at the declaration (what a rename replaces).
    pub fn name(&self) -> &str {
        match self {
            Sym::Party(n)
            | Sym::Signal(n)
            | Sym::Event(n)
            | Sym::Resource(n)
            | Sym::Master(n)
            | Sym::Partnership(n)
            | Sym::Coordination(n)
            | Sym::Module(n) => n,
            Sym::Template(key) => key.rsplit('.').next().unwrap_or(key),
            Sym::Role(_, n)
            | Sym::Param(_, n)
            | Sym::Milestone(_, n)
            | Sym::Metric(_, n)
            | Sym::Meeting(_, n)
            | Sym::Label(_, n) => n,
        }
    }

    pub fn kind(&self) -> &'static str {
        match self {
            Sym::Party(_) => "party",
            Sym::Role(..) => "role",
            Sym::Signal(_) => "signal",
            Sym::Event(_) => "event",
            Sym::Resource(_) => "resource",
            Sym::Master(_) => "master",
            Sym::Template(_) => "template",
            Sym::Param(..) => "parameter",
            Sym::Partnership(_) => "partnership",
            Sym::Coordination(_) => "coordination",
            Sym::Milestone(..) => "milestone",
            Sym::Metric(..) => "metric",
            Sym::Meeting(..) => "meeting",
            Sym::Label(..) => "label",
            Sym::Module(_) => "module",
        }
    }
}

/// What kind of declaration a use should name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expect {
    /// A party, a label, or (first of two) a party or label whose role follows.
    Actor,
    Party,
    /// A signal or metric in a condition.
    Cond,
    Milestone,
    Event,
    /// An object of a duty: a resource when one has the name, else a free word.
    Object,
    Metric,
    /// A template argument or quantity parameter: anything.
    Any,
}

/// One name in the text.
#[derive(Clone, Debug)]
pub struct Occ {
    pub span: Span,
    pub name: String,
    pub what: What,
    /// Index into [`FileIndex::scopes`]; `0` is the file's top level.
    pub scope: u32,
}

#[derive(Clone, Debug)]
pub enum What {
    Def(Sym),
    /// A plain name.
    Name(Expect),
    /// The first of two names (`Acme` in `Acme.ops`).
    Head(Expect),
    /// The second of two names (`ops` in `Acme.ops`), with the first.
    Tail(Expect, String),
    Master,
    /// The partnership an `amend` changes.
    Partnership,
    /// The name in `remove KIND NAME` of an amendment, with the kind.
    Removed(&'static str),
    Template(String),
    /// An argument name in `use template(name: value)`.
    Arg(String),
    Module,
}

/// A declaration that names can be inside.
#[derive(Clone, Debug, Default)]
pub struct Scope {
    /// The partnership, master or template key; empty at the top level.
    pub owner: String,
    pub kind: ScopeKind,
    pub span: Span,
    pub under: Option<String>,
    /// `(label, party)` of the `parties` clause.
    pub bindings: Vec<(String, String)>,
    /// Template parameter names.
    pub params: Vec<String>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ScopeKind {
    #[default]
    Top,
    Partnership,
    Master,
    Template,
    Coordinate,
    /// An `amend` of the partnership named by `owner`: names resolve as in
    /// the partnership (its labels included).
    Amend,
}

/// The names of one file, and the declarations they sit in.
#[derive(Clone, Debug, Default)]
pub struct FileIndex {
    pub occs: Vec<Occ>,
    pub scopes: Vec<Scope>,
    /// Spans of clauses, innermost last, with their owner scope: hover on
    /// a clause that has no name under the cursor (`term ...`, `renewal`).
    pub clauses: Vec<(Span, u32, ClauseTag)>,
}

/// The clauses hover says something about besides their names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ClauseTag {
    Term,
    Renewal,
    Exit,
    Termination,
    Meeting(String),
    Milestone(String),
    Other,
}

impl FileIndex {
    /// The index of `file`; `std_module` names its module for the standard
    /// library, whose templates are keyed `std.module.name`.
    pub fn build(file: &ast::File, std_module: Option<&str>) -> FileIndex {
        let mut walker = Walker {
            index: FileIndex {
                scopes: vec![Scope::default()],
                ..FileIndex::default()
            },
            scope: 0,
            std_module,
        };
        for decl in &file.decls {
            walker.decl(decl);
        }
        walker.index
    }

    pub fn scope(&self, occ: &Occ) -> Option<&Scope> {
        self.scopes.get(occ.scope as usize)
    }

    /// The occurrence whose span holds `offset` (the end counts, so a
    /// cursor just after a name is on it).
    pub fn at(&self, offset: u32) -> Option<&Occ> {
        self.occs
            .iter()
            .filter(|o| o.span.start <= offset && offset <= o.span.end)
            .min_by_key(|o| o.span.end - o.span.start)
    }

    /// The innermost scope whose declaration holds `offset`.
    pub fn scope_at(&self, offset: u32) -> (u32, &Scope) {
        let mut best = (0u32, self.scopes.first());
        for (i, scope) in self.scopes.iter().enumerate().skip(1) {
            if scope.span.start <= offset && offset <= scope.span.end {
                best = (u32::try_from(i).unwrap_or(0), Some(scope));
            }
        }
        match best.1 {
            Some(scope) => (best.0, scope),
            None => (0, &TOP),
        }
    }
}

static TOP: Scope = Scope {
    owner: String::new(),
    kind: ScopeKind::Top,
    span: Span {
        file: crate::diagnostics::FileId(0),
        start: 0,
        end: 0,
    },
    under: None,
    bindings: Vec::new(),
    params: Vec::new(),
};

struct Walker<'a> {
    index: FileIndex,
    scope: u32,
    std_module: Option<&'a str>,
}

impl Walker<'_> {
    fn push(&mut self, ident: &ast::Ident, what: What) {
        self.index.occs.push(Occ {
            span: ident.span,
            name: ident.name.clone(),
            what,
            scope: self.scope,
        });
    }

    fn def(&mut self, ident: &ast::Ident, sym: Sym) {
        self.push(ident, What::Def(sym));
    }

    fn owner(&self) -> String {
        self.index
            .scopes
            .get(self.scope as usize)
            .map(|s| s.owner.clone())
            .unwrap_or_default()
    }

    fn enter(&mut self, scope: Scope) {
        self.index.scopes.push(scope);
        self.scope = u32::try_from(self.index.scopes.len() - 1).unwrap_or(0);
    }

    fn decl(&mut self, decl: &ast::Decl) {
        self.scope = 0;
        match &decl.kind {
            ast::DeclKind::Use(u) => self.use_(u),
            ast::DeclKind::Party(p) => {
                self.def(&p.name, Sym::Party(p.name.name.clone()));
                for role in &p.roles {
                    self.def(
                        &role.name,
                        Sym::Role(p.name.name.clone(), role.name.name.clone()),
                    );
                }
            }
            ast::DeclKind::Resource(r) => {
                self.def(&r.name, Sym::Resource(r.name.name.clone()));
                for owner in &r.owners {
                    self.push(owner, What::Name(Expect::Party));
                }
            }
            ast::DeclKind::Signal(s) => self.def(&s.name, Sym::Signal(s.name.name.clone())),
            ast::DeclKind::Event(e) => self.def(&e.name, Sym::Event(e.name.name.clone())),
            ast::DeclKind::Master(m) => {
                self.def(&m.name, Sym::Master(m.name.name.clone()));
                self.enter(Scope {
                    owner: m.name.name.clone(),
                    kind: ScopeKind::Master,
                    span: decl.span,
                    ..Scope::default()
                });
                self.clauses(&m.clauses);
            }
            ast::DeclKind::Template(t) => {
                let key = match self.std_module {
                    Some(module) => format!("std.{module}.{}", t.name.name),
                    None => t.name.name.clone(),
                };
                self.def(&t.name, Sym::Template(key.clone()));
                self.enter(Scope {
                    owner: key.clone(),
                    kind: ScopeKind::Template,
                    span: decl.span,
                    params: t.params.iter().map(|p| p.name.name.clone()).collect(),
                    ..Scope::default()
                });
                for param in &t.params {
                    self.def(
                        &param.name,
                        Sym::Param(key.clone(), param.name.name.clone()),
                    );
                    if let Some(default) = &param.default {
                        self.expr(default, Expect::Any);
                    }
                }
                self.clauses(&t.clauses);
            }
            ast::DeclKind::Partnership(p) => {
                self.def(&p.name, Sym::Partnership(p.name.name.clone()));
                if let Some(under) = &p.under {
                    self.push(under, What::Master);
                }
                let bindings = p
                    .clauses
                    .iter()
                    .filter_map(|c| match &c.kind {
                        ClauseKind::Parties(b) => Some(b),
                        _ => None,
                    })
                    .flatten()
                    .filter_map(|b| Some((b.label.as_ref()?.name.clone(), b.party.name.clone())))
                    .collect();
                self.enter(Scope {
                    owner: p.name.name.clone(),
                    kind: ScopeKind::Partnership,
                    span: decl.span,
                    under: p.under.as_ref().map(|u| u.name.clone()),
                    bindings,
                    ..Scope::default()
                });
                self.clauses(&p.clauses);
            }
            ast::DeclKind::Coordinate(c) => {
                self.def(&c.name, Sym::Coordination(c.name.name.clone()));
                self.enter(Scope {
                    owner: c.name.name.clone(),
                    kind: ScopeKind::Coordinate,
                    span: decl.span,
                    ..Scope::default()
                });
                for rule in &c.rules {
                    self.expr(&rule.condition, Expect::Cond);
                    for o in &rule.obligations {
                        self.obligation(o);
                    }
                }
            }
            ast::DeclKind::Amend(a) => {
                self.push(&a.partnership, What::Partnership);
                // The amended clauses are read in the partnership's scope.
                self.enter(Scope {
                    owner: a.partnership.name.clone(),
                    kind: ScopeKind::Amend,
                    span: decl.span,
                    ..Scope::default()
                });
                self.paths(&a.approvers, Expect::Actor);
                for item in &a.items {
                    match item {
                        ast::AmendItem::Clause(c) => self.clause(c),
                        ast::AmendItem::Remove(r) => {
                            if let Some(name) = &r.name {
                                self.push(name, What::Removed(r.kind.value));
                            }
                        }
                    }
                }
            }
            ast::DeclKind::Error => {}
        }
    }

    fn use_(&mut self, u: &ast::Use) {
        let ast::UseTarget::Module(path) = &u.target else {
            return;
        };
        let segments = &path.segments;
        let is_std = segments.first().is_some_and(|s| s.name == "std");
        if is_std {
            if let Some(module) = segments.get(1) {
                self.push(module, What::Module);
            }
        }
        let template = match (is_std, segments.as_slice()) {
            (true, [_, module, name]) => Some((format!("std.{}.{}", module.name, name.name), name)),
            (false, [name]) => Some((name.name.clone(), name)),
            _ => None,
        };
        if let Some((key, name)) = &template {
            self.push(name, What::Template(key.clone()));
        }
        for arg in u.args.iter().flatten() {
            if let Some((key, _)) = &template {
                self.push(&arg.name, What::Arg(key.clone()));
            }
            self.expr(&arg.value, Expect::Any);
        }
    }

    fn clauses(&mut self, clauses: &[ast::Clause]) {
        for clause in clauses {
            self.clause(clause);
        }
    }

    fn tag(&mut self, span: Span, tag: ClauseTag) {
        self.index.clauses.push((span, self.scope, tag));
    }

    fn clause(&mut self, clause: &ast::Clause) {
        let owner = self.owner();
        match &clause.kind {
            ClauseKind::Use(u) => self.use_(u),
            ClauseKind::Parties(bindings) => {
                for b in bindings {
                    self.push(&b.party, What::Name(Expect::Party));
                    if let Some(label) = &b.label {
                        self.def(label, Sym::Label(owner.clone(), label.name.clone()));
                    }
                }
            }
            ClauseKind::Term(_) => self.tag(clause.span, ClauseTag::Term),
            ClauseKind::Metric(m) => {
                self.def(&m.name, Sym::Metric(owner, m.name.name.clone()));
                if let Some(target) = &m.target {
                    self.expr(&target.value, Expect::Cond);
                }
            }
            ClauseKind::Meeting(m) => {
                self.def(&m.name, Sym::Meeting(owner, m.name.name.clone()));
                self.tag(clause.span, ClauseTag::Meeting(m.name.name.clone()));
                self.schedule(&m.schedule);
            }
            ClauseKind::Review(r) => {
                self.def(&r.name, Sym::Meeting(owner, r.name.name.clone()));
                self.tag(clause.span, ClauseTag::Meeting(r.name.name.clone()));
                self.schedule(&r.schedule);
                for item in &r.items {
                    match item {
                        ast::ReviewItem::Adjust {
                            objects, condition, ..
                        } => {
                            self.paths(objects, Expect::Object);
                            self.expr(condition, Expect::Cond);
                        }
                        ast::ReviewItem::Obligation(o) => self.obligation(o),
                        ast::ReviewItem::Error => {}
                    }
                }
            }
            ClauseKind::Escalation(levels) => {
                for level in levels {
                    if let Some(c) = &level.condition {
                        self.expr(c, Expect::Cond);
                    }
                    self.paths(&level.handlers, Expect::Actor);
                    self.quantity(&level.within);
                }
            }
            ClauseKind::Disputes(d) => {
                self.push(&d.event, What::Name(Expect::Event));
                for step in &d.steps {
                    self.paths(&step.by, Expect::Actor);
                    if let Some(q) = &step.within {
                        self.quantity(q);
                    }
                }
            }
            ClauseKind::Changes(items) => {
                for item in items {
                    match item {
                        ast::ChangeItem::Level(level) => {
                            self.expr(&level.condition, Expect::Cond);
                            for step in &level.pathway {
                                self.paths(&step.by, Expect::Actor);
                                if let Some(q) = &step.within {
                                    self.quantity(q);
                                }
                            }
                        }
                        ast::ChangeItem::Authority { who, .. } => self.paths(who, Expect::Actor),
                        ast::ChangeItem::Error => {}
                    }
                }
            }
            ClauseKind::Pay(pay) => {
                self.push(&pay.payee, What::Name(Expect::Party));
                if let Some(payer) = &pay.payer {
                    self.push(payer, What::Name(Expect::Party));
                }
                for item in &pay.items {
                    self.pay_item(item);
                }
            }
            ClauseKind::Trigger(t) => {
                match &t.on {
                    ast::TriggerOn::When(e) => self.expr(e, Expect::Cond),
                    ast::TriggerOn::Event(e) => self.push(e, What::Name(Expect::Event)),
                }
                for o in &t.obligations {
                    self.obligation(o);
                }
            }
            ClauseKind::Obligation(o) => self.obligation(o),
            ClauseKind::Grant(g) => {
                self.push(&g.grantee, What::Name(Expect::Party));
                self.push(&g.resource, What::Name(Expect::Object));
            }
            ClauseKind::Milestone(m) => {
                self.def(&m.name, Sym::Milestone(owner, m.name.name.clone()));
                self.tag(clause.span, ClauseTag::Milestone(m.name.name.clone()));
                if let Some(o) = &m.owner {
                    self.push(o, What::Name(Expect::Party));
                }
                self.paths(&m.requires, Expect::Milestone);
            }
            ClauseKind::Survey(s) => self.paths(&s.by, Expect::Actor),
            ClauseKind::Report(r) => self.paths(&r.by, Expect::Actor),
            ClauseKind::Governance(items) => {
                for item in items {
                    match item {
                        ast::GovernanceItem::Tier(t) => self.paths(&t.members, Expect::Actor),
                        ast::GovernanceItem::Evolves { tiers, .. } => {
                            for t in tiers {
                                self.paths(&t.members, Expect::Actor);
                            }
                        }
                        ast::GovernanceItem::Error => {}
                    }
                }
            }
            ClauseKind::Renewal(items) => {
                self.tag(clause.span, ClauseTag::Renewal);
                for item in items {
                    if let ast::RenewalItem::Criteria { condition, .. } = item {
                        self.expr(condition, Expect::Cond);
                    }
                }
            }
            ClauseKind::Survives(s) => {
                self.quantity(&s.length);
                for o in &s.obligations {
                    self.obligation(o);
                }
            }
            ClauseKind::Termination(_) => self.tag(clause.span, ClauseTag::Termination),
            ClauseKind::Exit(items) => {
                self.tag(clause.span, ClauseTag::Exit);
                for item in items {
                    if let ast::ExitItem::Transition { obligations, .. } = item {
                        for o in obligations {
                            self.obligation(o);
                        }
                    }
                }
            }
            ClauseKind::Currency(_)
            | ClauseKind::Timezone(_)
            | ClauseKind::Calendar(_)
            | ClauseKind::Weights(_)
            | ClauseKind::Invoice(_)
            | ClauseKind::Health(_)
            | ClauseKind::Law(_)
            | ClauseKind::Venue(_)
            | ClauseKind::Error => self.tag(clause.span, ClauseTag::Other),
        }
    }

    fn pay_item(&mut self, item: &ast::PayItem) {
        match item {
            ast::PayItem::Retainer {
                amount, indexed, ..
            } => {
                self.quantity(amount);
                if let Some(ix) = indexed {
                    self.push(&ix.signal, What::Name(Expect::Cond));
                }
            }
            ast::PayItem::Share(share) => {
                self.path(&share.base, Expect::Cond);
                for band in &share.bands {
                    if let Some(limit) = &band.up_to {
                        self.quantity(limit);
                    }
                }
                if let Some(cap) = &share.cap {
                    self.quantity(cap);
                }
            }
            ast::PayItem::EarlyBonus {
                milestone, amount, ..
            } => {
                self.path(milestone, Expect::Milestone);
                self.quantity(amount);
            }
            ast::PayItem::Fee { amount, .. } => {
                self.quantity(amount);
                if let Some(per) = &amount.per {
                    self.push(per, What::Name(Expect::Event));
                }
            }
            ast::PayItem::Bonus(b) => {
                self.push(&b.metric, What::Name(Expect::Metric));
                for tier in &b.tiers {
                    self.expr(&tier.condition, Expect::Cond);
                    self.expr(&tier.pays, Expect::Cond);
                }
            }
            ast::PayItem::SuccessFee { share, .. } => self.expr(share, Expect::Cond),
            ast::PayItem::Penalty {
                milestone, amount, ..
            } => {
                self.path(milestone, Expect::Milestone);
                self.quantity(amount);
            }
            ast::PayItem::Invoice(_) | ast::PayItem::Error => {}
        }
    }

    fn schedule(&mut self, s: &ast::Schedule) {
        if let Some(q) = &s.length {
            self.quantity(q);
        }
        self.paths(&s.with, Expect::Actor);
        if let Some(ast::Via {
            channel: ast::Channel::Param(param),
            ..
        }) = &s.via
        {
            self.push(param, What::Name(Expect::Any));
        }
    }

    fn obligation(&mut self, o: &ast::Obligation) {
        self.paths(&o.subjects, Expect::Actor);
        self.paths(&o.objects, Expect::Object);
        match &o.deadline {
            Some(ast::Deadline::Before(anchor)) => {
                if let ast::Anchor::Milestone(path) = &anchor.value {
                    self.path(path, Expect::Milestone);
                }
            }
            Some(ast::Deadline::Within { duration, .. }) => self.quantity(duration),
            _ => {}
        }
        if let Some(c) = &o.condition {
            self.expr(c, Expect::Cond);
        }
    }

    fn quantity(&mut self, q: &ast::QuantityLit) {
        if let Some(param) = &q.param {
            self.push(param, What::Name(Expect::Any));
        }
    }

    fn paths(&mut self, paths: &[ast::Path], expect: Expect) {
        for p in paths {
            self.path(p, expect);
        }
    }

    fn path(&mut self, path: &ast::Path, expect: Expect) {
        match path.segments.as_slice() {
            [one] => self.push(one, What::Name(expect)),
            [head, tail] => {
                self.push(head, What::Head(expect));
                self.push(tail, What::Tail(expect, head.name.clone()));
            }
            _ => {}
        }
    }

    fn expr(&mut self, e: &ast::Expr, expect: Expect) {
        match &e.kind {
            ExprKind::Path(p) => self.path(p, expect),
            ExprKind::Quantity(q) => self.quantity(q),
            ExprKind::PercentOf(a, b)
            | ExprKind::Arith(_, a, b)
            | ExprKind::Compare(_, a, b)
            | ExprKind::And(a, b)
            | ExprKind::Or(a, b) => {
                self.expr(a, expect);
                self.expr(b, expect);
            }
            ExprKind::Neg(a) | ExprKind::Not(a) => self.expr(a, expect),
            ExprKind::Number(_)
            | ExprKind::Percent(_)
            | ExprKind::Date(_)
            | ExprKind::Text(_)
            | ExprKind::Bool(_)
            | ExprKind::Error => {}
        }
    }
}
