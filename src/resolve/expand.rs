//! Masters and templates: what a partnership's clauses are once inherited
//! clauses and template bodies are spliced in.
//!
//! A clause has a key when only one of it makes sense (`term`, `escalation`)
//! or when it is named (`meeting tactical`). An inherited clause with the
//! same key as one of the partnership's own is replaced only when the
//! partnership says `override`; otherwise both places are labelled.

use super::substitute::Bindings;
use super::{Body, Expanded, Names};
use crate::diagnostics::{Diagnostic, Span};
use crate::ir::values::{unit_kind, UnitKind};
use crate::syntax::ast::{self, ClauseKind};
use std::cell::Cell;
use std::collections::{BTreeMap, HashMap};

/// Templates that use templates nest at most this deep.
pub(super) const MAX_TEMPLATE_DEPTH: usize = 8;

/// What the templates of one partnership (and of its master) may expand
/// to: a `use` costs one, and each clause it brings one more. Depth alone
/// does not bound the work: ten uses a level, seven levels deep, is ten
/// million clauses from a one-kilobyte file.
pub const MAX_TEMPLATE_CLAUSES: usize = 10_000;
/// [`MAX_TEMPLATE_CLAUSES`] as messages write it.
const MAX_TEMPLATE_CLAUSES_SHOWN: &str = "10,000";

/// Expands one partnership; holds its template budget.
pub struct Context<'a> {
    masters: &'a BTreeMap<String, Body<ast::Master>>,
    templates: &'a BTreeMap<String, Body<ast::Template>>,
    names: &'a Names,
    /// What is left of [`MAX_TEMPLATE_CLAUSES`].
    left: Cell<usize>,
    /// Set once the budget ran out: nothing more is expanded, and the
    /// outermost `use` reports it once.
    exhausted: Cell<bool>,
    reported: Cell<bool>,
}

/// The key of a clause: `None` for clauses that may repeat (obligations,
/// grants, invoices). The kinds and their names are `amend::clause_kind`'s,
/// the one exhaustive list that `override` and `remove` share.
pub fn clause_key(kind: &ClauseKind) -> Option<String> {
    crate::amend::clause_kind(kind).map(|(what, name)| match name {
        Some(name) => format!("{what} `{}`", name.name),
        None => format!("the `{what}` clause"),
    })
}

/// Where a clause's key is written, for labels.
fn key_span(clause: &ast::Clause) -> Span {
    // A clause from a template is shown where the template is used.
    if let Some(via) = clause.via {
        return via;
    }
    let name = crate::amend::clause_kind(&clause.kind)
        .and_then(|(_, name)| name)
        .map(|name| name.span);
    name.unwrap_or(Span {
        end: clause.span.start.saturating_add(first_word_len(clause)),
        ..clause.span
    })
}

fn first_word_len(clause: &ast::Clause) -> u32 {
    let word = match &clause.kind {
        ClauseKind::Parties(_) => "parties",
        ClauseKind::Term(_) => "term",
        ClauseKind::Currency(_) => "currency",
        ClauseKind::Timezone(_) => "timezone",
        ClauseKind::Calendar(_) => "calendar",
        ClauseKind::Weights(_) => "weights",
        ClauseKind::Health(_) => "health",
        ClauseKind::Escalation(_) => "escalation",
        ClauseKind::Disputes(_) => "disputes",
        ClauseKind::Changes(_) => "changes",
        ClauseKind::Governance(_) => "governance",
        ClauseKind::Renewal(_) => "renewal",
        ClauseKind::Termination(_) => "termination",
        ClauseKind::Exit(_) => "exit",
        ClauseKind::Law(_) => "law",
        ClauseKind::Venue(_) => "venue",
        // Named clauses are pointed at by their name (above); the others
        // here are pointed at by an empty span at their start. Listed (no
        // `_`), so a new clause kind has to choose.
        ClauseKind::Use(_)
        | ClauseKind::Metric(_)
        | ClauseKind::Meeting(_)
        | ClauseKind::Review(_)
        | ClauseKind::Pay(_)
        | ClauseKind::Invoice(_)
        | ClauseKind::Trigger(_)
        | ClauseKind::Obligation(_)
        | ClauseKind::Grant(_)
        | ClauseKind::Milestone(_)
        | ClauseKind::Survey(_)
        | ClauseKind::Report(_)
        | ClauseKind::Survives(_)
        | ClauseKind::Error => "",
    };
    let offset = if clause.overrides {
        "override ".len()
    } else {
        0
    };
    u32::try_from(word.len() + offset).unwrap_or(0)
}

impl<'a> Context<'a> {
    pub fn new(
        masters: &'a BTreeMap<String, Body<ast::Master>>,
        templates: &'a BTreeMap<String, Body<ast::Template>>,
        names: &'a Names,
        cut: bool,
    ) -> Context<'a> {
        // A partnership past the portfolio's budget expands nothing; that
        // was reported once for the portfolio (E0420), not here.
        Context {
            masters,
            templates,
            names,
            left: Cell::new(if cut { 0 } else { MAX_TEMPLATE_CLAUSES }),
            exhausted: Cell::new(cut),
            reported: Cell::new(cut),
        }
    }

    pub fn partnership(
        &self,
        (decl, span, doc): (ast::Partnership, Span, Option<String>),
        diagnostics: &mut Vec<Diagnostic>,
    ) -> Expanded {
        let mut inherited = Vec::new();
        if let Some(master) = &decl.under {
            match self.masters.get(&master.name) {
                Some(body) => inherited = self.clauses(&body.decl.clauses, 0, diagnostics),
                None => {
                    let mut diagnostic = Diagnostic::error(
                        "E0108",
                        format!("undefined master `{}`", master.name),
                        master.span,
                    )
                    .with_primary_label("no master agreement has this name");
                    diagnostic = diagnostic.with_did_you_mean(
                        master.span,
                        &master.name,
                        self.masters.keys().map(String::as_str),
                    );
                    diagnostics.push(diagnostic);
                }
            }
        }
        let own = self.owned_clauses(decl.clauses, 0, diagnostics);
        let clauses = merge(inherited, own, decl.under.as_ref(), diagnostics);
        Expanded {
            name: decl.name,
            span,
            doc,
            master: decl.under,
            clauses,
        }
    }

    /// Clauses with their `use`s of templates expanded (the clauses of an
    /// amendment).
    pub fn expand_clauses(
        &self,
        clauses: &[ast::Clause],
        diagnostics: &mut Vec<Diagnostic>,
    ) -> Vec<ast::Clause> {
        self.clauses(clauses, 0, diagnostics)
    }

    /// [`Context::clauses`] for clauses the caller owns: nothing is copied
    /// but template bodies.
    fn owned_clauses(
        &self,
        clauses: Vec<ast::Clause>,
        depth: usize,
        diagnostics: &mut Vec<Diagnostic>,
    ) -> Vec<ast::Clause> {
        let mut out = Vec::with_capacity(clauses.len());
        for clause in clauses {
            match &clause.kind {
                ClauseKind::Use(used) => {
                    out.extend(self.use_clause(used, clause.overrides, depth, diagnostics))
                }
                _ => out.push(clause),
            }
        }
        out
    }

    /// Clauses with every `use TEMPLATE(...)` replaced by the template's body.
    fn clauses(
        &self,
        clauses: &[ast::Clause],
        depth: usize,
        diagnostics: &mut Vec<Diagnostic>,
    ) -> Vec<ast::Clause> {
        let mut out = Vec::with_capacity(clauses.len());
        for clause in clauses {
            match &clause.kind {
                ClauseKind::Use(used) => {
                    out.extend(self.use_clause(used, clause.overrides, depth, diagnostics))
                }
                _ => out.push(clause.clone()),
            }
        }
        out
    }

    /// [`Context::instantiate`], and the report when the budget ran out
    /// below a `use` written in the partnership or its master.
    fn use_clause(
        &self,
        used: &ast::Use,
        overrides: bool,
        depth: usize,
        diagnostics: &mut Vec<Diagnostic>,
    ) -> Vec<ast::Clause> {
        let body = self.instantiate(used, overrides, depth, diagnostics);
        if depth == 0 && self.exhausted.get() && !self.reported.replace(true) {
            let limit = MAX_TEMPLATE_CLAUSES_SHOWN;
            let label = format!("this brings more than {limit} clauses and uses of templates");
            let note = format!(
                "the templates of one partnership, with those of its master, may expand to at \
                 most {limit} clauses; expansion stopped here and the rest of the \
                 partnership's templates were left out"
            );
            diagnostics.push(
                Diagnostic::error("E0121", "templates expand to too many clauses", used.span)
                    .with_primary_label(label)
                    .with_note(note)
                    .with_help("use fewer templates inside each other, or split the partnership"),
            );
        }
        body
    }

    fn instantiate(
        &self,
        used: &ast::Use,
        overrides: bool,
        depth: usize,
        diagnostics: &mut Vec<Diagnostic>,
    ) -> Vec<ast::Clause> {
        let ast::UseTarget::Module(path) = &used.target else {
            // `use "file.pact"` inside a partnership only imports the file.
            return Vec::new();
        };
        let key = path.text();
        // `use std.disputes` inside a partnership just loads the module.
        if path.segments.len() == 2 && path.segments.first().is_some_and(|s| s.name == "std") {
            return Vec::new();
        }
        let Some(template) = self.templates.get(&key) else {
            if path.segments.first().is_some_and(|s| s.name == "std") && path.segments.len() == 3 {
                let module = path.segments.get(1).map_or("", |s| s.name.as_str());
                let prefix = format!("std.{module}.");
                let in_module: Vec<&str> = self
                    .templates
                    .keys()
                    .filter_map(|k| k.strip_prefix(prefix.as_str()))
                    .collect();
                let last = path.segments.last().map_or("", |s| s.name.as_str());
                let mut diagnostic = Diagnostic::error(
                    "E0108",
                    format!("`std.{module}` has no template `{last}`"),
                    path.span,
                )
                .with_primary_label("no such template")
                .with_note(format!(
                    "its templates are {}",
                    in_module
                        .iter()
                        .map(|t| format!("`{t}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
                let written = path.segments.last().map_or(path.span, |s| s.span);
                diagnostic = diagnostic.with_did_you_mean(written, last, in_module.iter().copied());
                diagnostics.push(diagnostic);
            } else if path.segments.first().is_none_or(|s| s.name != "std") {
                let mut diagnostic =
                    Diagnostic::error("E0108", format!("undefined template `{key}`"), path.span)
                        .with_primary_label("no template has this name");
                let local = self.templates.keys().filter(|k| !k.starts_with("std."));
                diagnostic =
                    diagnostic.with_did_you_mean(path.span, &key, local.map(String::as_str));
                diagnostics.push(diagnostic);
            }
            return Vec::new();
        };
        if self.exhausted.get() {
            return Vec::new();
        }
        // Counted before the body is copied, so the work stops at the limit.
        let cost = template.decl.clauses.len().saturating_add(1);
        match self.left.get().checked_sub(cost) {
            Some(left) => self.left.set(left),
            None => {
                self.exhausted.set(true);
                return Vec::new();
            }
        }
        if depth >= MAX_TEMPLATE_DEPTH {
            diagnostics.push(
                Diagnostic::error(
                    "E0120",
                    "templates are used inside each other too deeply",
                    used.span,
                )
                .with_primary_label(format!("more than {MAX_TEMPLATE_DEPTH} templates deep"))
                .with_note("a template that uses itself, directly or through others, never ends")
                .with_label(template.span, "this template"),
            );
            return Vec::new();
        }
        let Some(bindings) = bind(template, used, self.names, diagnostics) else {
            return Vec::new();
        };
        // Arguments first, so a template can pass its own parameters on to
        // the templates it uses.
        let mut body = template.decl.clauses.clone();
        for clause in &mut body {
            bindings.clause(clause);
        }
        let mut body = self.owned_clauses(body, depth + 1, diagnostics);
        for clause in &mut body {
            clause.overrides |= overrides;
            clause.via = Some(used.span);
        }
        body
    }
}

/// Matches a `use`'s arguments to the template's parameters.
fn bind(
    template: &Body<ast::Template>,
    used: &ast::Use,
    names: &Names,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Bindings> {
    let args = used.args.as_deref().unwrap_or(&[]);
    let params = &template.decl.params;
    let mut ok = true;
    for arg in args {
        if !params.iter().any(|p| p.name.name == arg.name.name) {
            ok = false;
            let mut diagnostic = Diagnostic::error(
                "E0115",
                format!(
                    "the template `{}` has no parameter `{}`",
                    template.decl.name.name, arg.name.name
                ),
                arg.name.span,
            )
            .with_primary_label("unknown parameter")
            .with_label(template.span, "the template is declared here")
            .with_note(format!(
                "its parameters are {}",
                params
                    .iter()
                    .map(|p| format!("`{}`", p.name.name))
                    .collect::<Vec<_>>()
                    .join(", ")
            ));
            diagnostic = diagnostic.with_did_you_mean(
                arg.name.span,
                &arg.name.name,
                params.iter().map(|p| p.name.name.as_str()),
            );
            diagnostics.push(diagnostic);
        }
        if let Some(first) = args.iter().find(|a| {
            a.name.name == arg.name.name && a.span != arg.span && a.span.start < arg.span.start
        }) {
            ok = false;
            diagnostics.push(
                Diagnostic::error(
                    "E0115",
                    format!("the argument `{}` is given twice", arg.name.name),
                    arg.name.span,
                )
                .with_primary_label("given again here")
                .with_label(first.name.span, "first given here")
                .with_help("remove one of them"),
            );
        }
    }
    let mut bindings = Bindings::default();
    for param in params {
        let value = match args.iter().find(|a| a.name.name == param.name.name) {
            Some(arg) => &arg.value,
            None => match &param.default {
                Some(default) => default,
                None => {
                    ok = false;
                    diagnostics.push(
                        Diagnostic::error(
                            "E0114",
                            format!(
                                "the template `{}` needs the argument `{}`",
                                template.decl.name.name, param.name.name
                            ),
                            used.span,
                        )
                        .with_primary_label(format!("`{}` is missing", param.name.name))
                        .with_label(param.span, "the parameter has no default")
                        .with_help(format!("add `{}: ...` to the arguments", param.name.name)),
                    );
                    continue;
                }
            },
        };
        if let Err(expected) = check_argument(&param.ty.name.name, value, names) {
            ok = false;
            diagnostics.push(
                Diagnostic::error(
                    "E0116",
                    format!("the argument `{}` should be {expected}", param.name.name),
                    value.span,
                )
                .with_primary_label(format!("this is not {expected}"))
                .with_label(
                    param.ty.span,
                    format!("the parameter is declared as `{}`", param.ty.name.name),
                ),
            );
            continue;
        }
        bindings.insert(param.name.name.clone(), value.clone());
    }
    ok.then_some(bindings)
}

/// Whether `value` fits a parameter of type `ty`; `Err` says what it should be.
fn check_argument(ty: &str, value: &ast::Expr, names: &Names) -> Result<(), &'static str> {
    use ast::ExprKind;
    let single = |kind: &ExprKind| match kind {
        ExprKind::Path(p) if p.segments.len() == 1 => p.segments.first().map(|s| s.name.clone()),
        _ => None,
    };
    match ty {
        "duration" => match &value.kind {
            ExprKind::Quantity(q)
                if matches!(
                    unit_kind(&q.unit.name.name, q.unit.business),
                    Some(UnitKind::Duration(_))
                ) =>
            {
                Ok(())
            }
            // A misspelt unit is reported as such where the value is used.
            ExprKind::Quantity(q) if unit_kind(&q.unit.name.name, q.unit.business).is_none() => {
                Ok(())
            }
            _ => Err("a duration like `30 days`"),
        },
        "money" => match &value.kind {
            ExprKind::Quantity(q)
                if matches!(
                    unit_kind(&q.unit.name.name, q.unit.business),
                    Some(UnitKind::Currency(_))
                ) =>
            {
                Ok(())
            }
            _ => Err("an amount of money like `5_000 USD`"),
        },
        "percent" => matches!(value.kind, ExprKind::Percent(_))
            .then_some(())
            .ok_or("a percentage like `15%`"),
        "number" | "count" | "score" => matches!(value.kind, ExprKind::Number(_))
            .then_some(())
            .ok_or("a number"),
        "date" => matches!(value.kind, ExprKind::Date(_))
            .then_some(())
            .ok_or("a date like `2026-01-31`"),
        "bool" => matches!(value.kind, ExprKind::Bool(_))
            .then_some(())
            .ok_or("`yes` or `no`"),
        "text" => matches!(value.kind, ExprKind::Text(_))
            .then_some(())
            .ok_or("a string"),
        "role" | "party" => matches!(value.kind, ExprKind::Path(_))
            .then_some(())
            .ok_or("a role like `client.ops`"),
        "event" => single(&value.kind)
            .filter(|n| names.events.contains_key(n))
            .map(|_| ())
            .ok_or("a declared event"),
        "signal" => single(&value.kind)
            .filter(|n| names.signals.contains_key(n))
            .map(|_| ())
            .ok_or("a declared signal"),
        "resource" => single(&value.kind)
            .filter(|n| names.resources.contains_key(n))
            .map(|_| ())
            .ok_or("a declared resource"),
        "metric" | "milestone" => single(&value.kind).map(|_| ()).ok_or("a name"),
        _ => Ok(()), // an unknown type was reported where it is declared
    }
}

fn merge(
    inherited: Vec<ast::Clause>,
    own: Vec<ast::Clause>,
    master: Option<&ast::Ident>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<ast::Clause> {
    // (clause, inherited?)
    let mut result: Vec<(ast::Clause, bool)> = Vec::with_capacity(inherited.len() + own.len());
    // Where each key already is in `result`: one look-up a clause, so a
    // partnership of many thousand clauses merges in linear time.
    let mut keys: HashMap<String, usize> = HashMap::new();
    for clause in inherited {
        push_unique(&mut result, &mut keys, clause, true, diagnostics);
    }
    for clause in own {
        let Some(key) = clause_key(&clause.kind) else {
            result.push((clause, false));
            continue;
        };
        let existing = keys.get(&key).copied();
        match existing {
            Some(index)
                if result
                    .get(index)
                    .is_some_and(|(_, from_master)| *from_master) =>
            {
                if clause.overrides {
                    if let Some(slot) = result.get_mut(index) {
                        *slot = (clause, false);
                    }
                } else {
                    let inherited_span = result
                        .get(index)
                        .map(|(c, _)| key_span(c))
                        .unwrap_or(clause.span);
                    let master_name = master.map_or("the master", |m| m.name.as_str());
                    diagnostics.push(
                        Diagnostic::error(
                            "E0111",
                            format!("{key} is already inherited from `{master_name}`"),
                            key_span(&clause),
                        )
                        .with_primary_label("defined again here")
                        .with_label(inherited_span, "inherited from here")
                        .with_help(format!(
                            "write `override` before it to replace the inherited {}",
                            key.trim_start_matches("the ")
                        )),
                    );
                }
            }
            Some(index) => {
                let first = result
                    .get(index)
                    .map(|(c, _)| key_span(c))
                    .unwrap_or(clause.span);
                diagnostics.push(duplicate(&key, key_span(&clause), first));
            }
            None => {
                if clause.overrides {
                    let mut diagnostic = Diagnostic::error(
                        "E0112",
                        format!("nothing to override: {key} is not inherited"),
                        key_span(&clause),
                    )
                    .with_primary_label("`override` replaces an inherited clause");
                    diagnostic = match master {
                        Some(m) => {
                            diagnostic.with_label(m.span, format!("`{}` has no {key}", m.name))
                        }
                        None => diagnostic.with_note("this partnership is not `under` a master"),
                    };
                    diagnostics.push(diagnostic.with_help("remove `override`"));
                }
                keys.insert(key, result.len());
                result.push((clause, false));
            }
        }
    }
    result.into_iter().map(|(c, _)| c).collect()
}

fn push_unique(
    result: &mut Vec<(ast::Clause, bool)>,
    keys: &mut HashMap<String, usize>,
    clause: ast::Clause,
    inherited: bool,
    diagnostics: &mut Vec<Diagnostic>,
) {
    if let Some(key) = clause_key(&clause.kind) {
        if let Some((first, _)) = keys.get(&key).and_then(|&index| result.get(index)) {
            diagnostics.push(duplicate(&key, key_span(&clause), key_span(first)));
            return;
        }
        keys.insert(key, result.len());
    }
    result.push((clause, inherited));
}

fn duplicate(key: &str, span: Span, first: Span) -> Diagnostic {
    let help = if key.starts_with("the ") {
        "keep one of them"
    } else {
        "merge them into one, or rename one if both are meant"
    };
    let mut d = Diagnostic::error("E0113", format!("{key} is given twice"), span)
        .with_primary_label("given again here");
    if first != span {
        d = d.with_label(first, "first given here");
    }
    d.with_help(help)
}
