//! One amendment applied to one version: `override` replaces the clause
//! with the same key, `remove` deletes one, anything else is added.
//!
//! Clauses are matched by the same key as under a master (`meeting
//! tactical`, `the renewal clause`); clauses without a key (obligations,
//! grants, invoices) can only be added. A grant added without its own
//! period holds from the effective date on, so the portfolio checks see it
//! only from then.

use crate::diagnostics::suggest;
use crate::diagnostics::{Diagnostic, Span};
use crate::ir::dates;
use crate::ir::values::{unit_kind, UnitKind};
use crate::syntax::ast::{self, AmendItem, ClauseKind};
use chrono::NaiveDate;
use rust_decimal::prelude::ToPrimitive;

/// The keyword and name of a keyed clause (`("meeting", Some(tactical))`,
/// `("renewal", None)`); `None` for clauses that may repeat.
pub fn clause_kind(kind: &ClauseKind) -> Option<(&'static str, Option<&ast::Ident>)> {
    Some(match kind {
        ClauseKind::Term(_) => ("term", None),
        ClauseKind::Currency(_) => ("currency", None),
        ClauseKind::Timezone(_) => ("timezone", None),
        ClauseKind::Calendar(_) => ("calendar", None),
        ClauseKind::Weights(_) => ("weights", None),
        ClauseKind::Health(_) => ("health", None),
        ClauseKind::Escalation(_) => ("escalation", None),
        ClauseKind::Disputes(_) => ("disputes", None),
        ClauseKind::Changes(_) => ("changes", None),
        ClauseKind::Governance(_) => ("governance", None),
        ClauseKind::Renewal(_) => ("renewal", None),
        ClauseKind::Termination(_) => ("termination", None),
        ClauseKind::Exit(_) => ("exit", None),
        ClauseKind::Law(_) => ("law", None),
        ClauseKind::Venue(_) => ("venue", None),
        ClauseKind::Parties(_) => ("parties", None),
        ClauseKind::Metric(m) => ("metric", Some(&m.name)),
        ClauseKind::Meeting(m) => ("meeting", Some(&m.name)),
        ClauseKind::Review(r) => ("review", Some(&r.name)),
        ClauseKind::Trigger(t) => ("trigger", Some(&t.name)),
        ClauseKind::Milestone(m) => ("milestone", Some(&m.name)),
        ClauseKind::Survey(s) => ("survey", Some(&s.name)),
        ClauseKind::Report(r) => ("report", Some(&r.name)),
        ClauseKind::Pay(p) => ("pay", Some(&p.payee)),
        ClauseKind::Use(_)
        | ClauseKind::Obligation(_)
        | ClauseKind::Grant(_)
        | ClauseKind::Invoice(_)
        | ClauseKind::Survives(_)
        | ClauseKind::Error => return None,
    })
}

/// Whether clauses of this kind are named (`meeting NAME`) rather than one
/// per partnership (`renewal`).
fn is_named(kind: &str) -> bool {
    matches!(
        kind,
        "metric" | "meeting" | "review" | "trigger" | "milestone" | "survey" | "report" | "pay"
    )
}

fn key_of(clause: &ast::Clause) -> Option<(&'static str, Option<&str>)> {
    clause_kind(&clause.kind).map(|(k, n)| (k, n.map(|n| n.name.as_str())))
}

fn describe(kind: &str, name: Option<&str>) -> String {
    match name {
        Some(name) => format!("{kind} `{name}`"),
        None => format!("`{kind}` clause"),
    }
}

/// The version after `decl`: `current` with its items applied. Errors are
/// reported and the item left out.
pub fn amend(
    current: &[ast::Clause],
    decl: &ast::Amend,
    expand_uses: &super::ExpandUses<'_>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<ast::Clause> {
    let mut next = current.to_vec();
    let term_end = term_of(current).map(|(_, end, _)| end);
    for item in &decl.items {
        match item {
            AmendItem::Remove(remove) => {
                self::remove(&mut next, decl, remove, diagnostics);
            }
            AmendItem::Clause(clause) => {
                let clauses = if matches!(clause.kind, ClauseKind::Use(_)) {
                    expand_uses(std::slice::from_ref(clause), diagnostics)
                } else {
                    vec![clause.clone()]
                };
                for clause in clauses {
                    add(&mut next, decl, clause, term_end, diagnostics);
                }
            }
        }
    }
    next
}

fn remove(
    next: &mut Vec<ast::Clause>,
    decl: &ast::Amend,
    remove: &ast::Remove,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let kind = remove.kind.value;
    let name = remove.name.as_ref().map(|n| n.name.as_str());
    match (is_named(kind), &remove.name) {
        (true, None) => {
            diagnostics.push(
                Diagnostic::error(
                    "E0506",
                    format!("`remove {kind}` needs the name of the {kind}"),
                    remove.span,
                )
                .with_primary_label(format!("which {kind}?"))
                .with_note(format!("a partnership may have several clauses `{kind}`"))
                .with_help(format!("write `remove {kind} NAME`")),
            );
            return;
        }
        (false, Some(extra)) => {
            diagnostics.push(
                Diagnostic::error(
                    "E0506",
                    format!("`remove {kind}` takes no name"),
                    extra.span,
                )
                .with_primary_label(format!("a partnership has one `{kind}` clause"))
                .with_help(format!("write `remove {kind}`")),
            );
            return;
        }
        _ => {}
    }
    if let Some(at) = next.iter().position(|c| key_of(c) == Some((kind, name))) {
        next.remove(at);
        return;
    }
    let what = describe(kind, name);
    let mut d = Diagnostic::error(
        "E0505",
        format!("`{}` has no {what} to remove", decl.partnership.name),
        remove.span,
    )
    .with_primary_label("not in the contract this amendment changes")
    .with_note(format!(
        "the contract in force before {} (with the earlier amendments) is what `remove` applies to",
        decl.effective.value
    ));
    if let Some(name) = name {
        let names: Vec<&str> = next
            .iter()
            .filter_map(key_of)
            .filter(|(k, _)| *k == kind)
            .filter_map(|(_, n)| n)
            .collect();
        if let Some(hint) = suggest::did_you_mean(name, names.iter().copied()) {
            d = d.with_help(hint);
        }
    }
    diagnostics.push(d);
}

fn add(
    next: &mut Vec<ast::Clause>,
    decl: &ast::Amend,
    mut clause: ast::Clause,
    term_end: Option<NaiveDate>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    if let ClauseKind::Grant(grant) = &mut clause.kind {
        if grant.period.is_none() {
            if let Some(end) = term_end {
                let from = ast::Sp {
                    value: decl.effective.value,
                    span: decl.effective.span,
                };
                let to = ast::Sp {
                    value: end,
                    span: decl.effective.span,
                };
                grant.period = Some((from, to));
            }
        }
    }
    let Some((kind, name)) = clause_kind(&clause.kind) else {
        if clause.overrides {
            diagnostics.push(
                Diagnostic::error(
                    "E0507",
                    "`override` of a clause that has no key",
                    clause.span,
                )
                .with_primary_label("obligations, grants and invoices can only be added")
                .with_help("remove `override`: the clause is added from the effective date"),
            );
        }
        next.push(clause);
        return;
    };
    let name = name.map(|n| n.name.clone());
    let existing = next
        .iter()
        .position(|c| key_of(c) == Some((kind, name.as_deref())));
    let what = describe(kind, name.as_deref());
    match (clause.overrides, existing) {
        (true, Some(at)) => {
            if let Some(slot) = next.get_mut(at) {
                *slot = clause;
            }
        }
        (true, None) => {
            let mut d = Diagnostic::error(
                "E0507",
                format!("`{}` has no {what} to override", decl.partnership.name),
                key_span(&clause),
            )
            .with_primary_label("not in the contract this amendment changes");
            let names: Vec<&str> = next
                .iter()
                .filter_map(key_of)
                .filter(|(k, _)| *k == kind)
                .filter_map(|(_, n)| n)
                .collect();
            d = match name
                .as_deref()
                .and_then(|n| suggest::did_you_mean(n, names.iter().copied()))
            {
                Some(hint) => d.with_help(hint),
                None => d.with_help("remove `override` to add the clause"),
            };
            diagnostics.push(d);
        }
        (false, Some(at)) => {
            let mut d = Diagnostic::error(
                "E0508",
                format!(
                    "the amendment adds a {what}, which `{}` already has",
                    decl.partnership.name
                ),
                key_span(&clause),
            )
            .with_primary_label("added again here");
            if let Some(first) = next.get(at) {
                d = d.with_label(key_span(first), "the clause in force");
            }
            diagnostics.push(d.with_help(
                "write `override` before it to replace the clause, or `remove` the old one first",
            ));
        }
        (false, None) => next.push(clause),
    }
}

/// Where a clause's key is written.
fn key_span(clause: &ast::Clause) -> Span {
    match clause_kind(&clause.kind) {
        Some((_, Some(name))) => name.span,
        _ => clause.span,
    }
}

/// The term of a version: start, inclusive end, and the clause's span.
pub fn term_of(clauses: &[ast::Clause]) -> Option<(NaiveDate, NaiveDate, Span)> {
    clauses.iter().rev().find_map(|c| {
        let ClauseKind::Term(term) = &c.kind else {
            return None;
        };
        let start = term.start.value;
        let end = match &term.end {
            ast::TermEnd::To(end) => end.value,
            ast::TermEnd::For(q) => {
                let Some(UnitKind::Duration(unit)) = unit_kind(&q.unit.name.name, q.unit.business)
                else {
                    return None;
                };
                let n = q.amount.value;
                if !n.fract().is_zero() {
                    return None;
                }
                dates::term_end(start, n.to_i64()?, unit.calendar_unit()?)?
            }
        };
        (start != NaiveDate::MIN && end != NaiveDate::MIN).then_some((start, end, c.span))
    })
}

/// E0503: the effective date must lie inside the term it amends.
pub fn check_date(decl: &ast::Amend, current: &[ast::Clause], diagnostics: &mut Vec<Diagnostic>) {
    let date = decl.effective.value;
    if date == NaiveDate::MIN {
        return; // a malformed date, already reported
    }
    let Some((start, end, span)) = term_of(current) else {
        return;
    };
    if date < start || date > end {
        let side = if date < start {
            "before it starts"
        } else {
            "after it ends"
        };
        diagnostics.push(
            Diagnostic::error(
                "E0503",
                format!(
                    "the amendment takes effect outside the term of `{}`",
                    decl.partnership.name
                ),
                decl.effective.span,
            )
            .with_primary_label(format!("{date} is {side}"))
            .with_label(span, format!("the term runs from {start} to {end}"))
            .with_help(format!("choose an effective date from {start} to {end}")),
        );
    }
}
