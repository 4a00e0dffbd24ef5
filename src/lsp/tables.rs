//! Which declaration each name of the index stands for, across the whole
//! workspace and the standard library.
//!
//! The tables are built from every file's index (declarations and the
//! `parties` and `under` of each partnership) once per analysis, on the
//! first query that needs them. Resolution follows the compiler's rules
//! (design §4): `X.y` is role `y` of party `X`, or of the party a label
//! `X` is bound to in the enclosing partnership, or milestone `y` of
//! partnership `X`. A label inside a master names a role of whichever
//! party each partnership under the master binds to it, so one name there
//! can stand for several roles; inside a template, labels are left
//! unresolved (its users decide), and its parameters come first.

use super::index::{Expect, FileIndex, Occ, Scope, ScopeKind, Sym, What};
use crate::diagnostics::{FileId, Span};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// `(label, party)` pairs of a `parties` clause.
type Bindings = Vec<(String, String)>;

#[derive(Debug, Default)]
pub struct Tables {
    /// Every declaration site.
    pub defs: HashMap<Sym, Vec<Span>>,
    /// Partnership → its master and `(label, party)` bindings.
    partnerships: HashMap<String, (Option<String>, Bindings)>,
    /// Master → the partnerships under it.
    under: HashMap<String, BTreeSet<String>>,
}

impl Tables {
    pub fn build<'a>(files: impl Iterator<Item = (FileId, &'a FileIndex)>) -> Tables {
        let mut tables = Tables::default();
        for (_, index) in files {
            for occ in &index.occs {
                if let What::Def(sym) = &occ.what {
                    tables.defs.entry(sym.clone()).or_default().push(occ.span);
                }
            }
            for scope in &index.scopes {
                if scope.kind == ScopeKind::Partnership {
                    tables.partnerships.insert(
                        scope.owner.clone(),
                        (scope.under.clone(), scope.bindings.clone()),
                    );
                    if let Some(master) = &scope.under {
                        tables
                            .under
                            .entry(master.clone())
                            .or_default()
                            .insert(scope.owner.clone());
                    }
                }
            }
        }
        for spans in tables.defs.values_mut() {
            spans.sort();
        }
        tables
    }

    pub fn exists(&self, sym: &Sym) -> bool {
        self.defs.contains_key(sym)
    }

    /// The party a label is bound to in a partnership.
    pub fn bound(&self, partnership: &str, label: &str) -> Option<&str> {
        let (_, bindings) = self.partnerships.get(partnership)?;
        bindings
            .iter()
            .find(|(l, _)| l == label)
            .map(|(_, p)| p.as_str())
    }

    pub fn bindings(&self, partnership: &str) -> Vec<(String, String)> {
        self.partnerships
            .get(partnership)
            .map(|(_, b)| b.clone())
            .unwrap_or_default()
    }

    pub fn master_of(&self, partnership: &str) -> Option<&str> {
        self.partnerships.get(partnership)?.0.as_deref()
    }

    pub fn partnerships_under(&self, master: &str) -> impl Iterator<Item = &String> {
        self.under.get(master).into_iter().flatten()
    }

    /// Every declaration of one kind, by name, for completion.
    pub fn of_kind(&self, keep: impl Fn(&Sym) -> bool) -> BTreeMap<String, Sym> {
        self.defs
            .keys()
            .filter(|s| keep(s))
            .map(|s| (s.name().to_string(), s.clone()))
            .collect()
    }

    /// What `occ` (in a scope of `index`) stands for; empty for free words
    /// and names that do not resolve.
    pub fn resolve(&self, index: &FileIndex, occ: &Occ) -> Vec<Sym> {
        let Some(scope) = index.scope(occ) else {
            return Vec::new();
        };
        let name = occ.name.as_str();
        let found = match &occ.what {
            What::Def(sym) => vec![sym.clone()],
            What::Master => vec![Sym::Master(name.to_string())],
            What::Partnership => vec![Sym::Partnership(name.to_string())],
            What::Removed(kind) => {
                let owner = scope.owner.clone();
                let sym = match *kind {
                    "meeting" | "review" => Sym::Meeting(owner, name.to_string()),
                    "milestone" => Sym::Milestone(owner, name.to_string()),
                    "metric" => Sym::Metric(owner, name.to_string()),
                    _ => return Vec::new(),
                };
                vec![sym]
            }
            What::Template(key) => vec![Sym::Template(key.clone())],
            What::Arg(key) => vec![Sym::Param(key.clone(), name.to_string())],
            What::Module => vec![Sym::Module(name.to_string())],
            What::Name(expect) => self.name(scope, name, *expect),
            What::Head(expect) => self.head(scope, name, *expect),
            What::Tail(expect, head) => self.tail(scope, head, name, *expect),
        };
        found.into_iter().filter(|s| self.exists(s)).collect()
    }

    fn param(&self, scope: &Scope, name: &str) -> Option<Sym> {
        (scope.kind == ScopeKind::Template && scope.params.iter().any(|p| p == name))
            .then(|| Sym::Param(scope.owner.clone(), name.to_string()))
    }

    /// `Milestone`/`Metric` of the scope's owner, or of its master.
    fn local(&self, scope: &Scope, make: impl Fn(String) -> Sym) -> Option<Sym> {
        let own = make(scope.owner.clone());
        if self.exists(&own) {
            return Some(own);
        }
        let master = scope
            .under
            .clone()
            .or_else(|| self.master_of(&scope.owner).map(str::to_string))?;
        Some(make(master))
    }

    fn name(&self, scope: &Scope, name: &str, expect: Expect) -> Vec<Sym> {
        if let Some(param) = self.param(scope, name) {
            return vec![param];
        }
        let owned = |n: &str| n.to_string();
        let candidates: Vec<Option<Sym>> = match expect {
            Expect::Actor | Expect::Party => vec![
                Some(Sym::Party(owned(name))),
                Some(Sym::Label(scope.owner.clone(), owned(name))),
            ],
            Expect::Cond => vec![
                self.local(scope, |o| Sym::Metric(o, owned(name))),
                Some(Sym::Signal(owned(name))),
            ],
            Expect::Metric => vec![self.local(scope, |o| Sym::Metric(o, owned(name)))],
            Expect::Milestone => vec![self.local(scope, |o| Sym::Milestone(o, owned(name)))],
            Expect::Event => vec![Some(Sym::Event(owned(name)))],
            Expect::Object => vec![Some(Sym::Resource(owned(name)))],
            Expect::Any => vec![
                Some(Sym::Party(owned(name))),
                Some(Sym::Event(owned(name))),
                Some(Sym::Signal(owned(name))),
                Some(Sym::Resource(owned(name))),
                self.local(scope, |o| Sym::Milestone(o, owned(name))),
                self.local(scope, |o| Sym::Metric(o, owned(name))),
            ],
        };
        candidates
            .into_iter()
            .flatten()
            .find(|s| self.exists(s))
            .into_iter()
            .collect()
    }

    fn head(&self, scope: &Scope, name: &str, expect: Expect) -> Vec<Sym> {
        if let Some(param) = self.param(scope, name) {
            return vec![param];
        }
        let partnership = Sym::Partnership(name.to_string());
        match expect {
            Expect::Cond | Expect::Milestone => vec![partnership],
            _ => {
                let party = Sym::Party(name.to_string());
                let label = Sym::Label(scope.owner.clone(), name.to_string());
                [party, label, partnership]
                    .into_iter()
                    .find(|s| self.exists(s))
                    .into_iter()
                    .collect()
            }
        }
    }

    fn tail(&self, scope: &Scope, head: &str, name: &str, expect: Expect) -> Vec<Sym> {
        let name = name.to_string();
        match expect {
            Expect::Cond => vec![
                Sym::Metric(head.to_string(), name.clone()),
                Sym::Signal(name),
            ],
            Expect::Milestone => {
                let own = Sym::Milestone(head.to_string(), name.clone());
                if self.exists(&own) {
                    return vec![own];
                }
                self.master_of(head)
                    .map(|m| Sym::Milestone(m.to_string(), name))
                    .into_iter()
                    .collect()
            }
            _ => {
                if self.param(scope, head).is_some() {
                    return Vec::new();
                }
                if self.exists(&Sym::Party(head.to_string())) {
                    return vec![Sym::Role(head.to_string(), name)];
                }
                if self.exists(&Sym::Partnership(head.to_string()))
                    && scope.kind == ScopeKind::Coordinate
                {
                    return vec![Sym::Label(head.to_string(), name)];
                }
                match scope.kind {
                    ScopeKind::Partnership | ScopeKind::Amend => self
                        .bound(&scope.owner, head)
                        .map(|party| Sym::Role(party.to_string(), name))
                        .into_iter()
                        .collect(),
                    ScopeKind::Master => {
                        let mut roles: Vec<Sym> = self
                            .partnerships_under(&scope.owner)
                            .filter_map(|p| self.bound(p, head))
                            .map(|party| Sym::Role(party.to_string(), name.clone()))
                            .collect();
                        roles.sort();
                        roles.dedup();
                        roles
                    }
                    _ => Vec::new(),
                }
            }
        }
    }
}
