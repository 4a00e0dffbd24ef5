//! Amendments (design §10.6): the contract in force on a date is the
//! partnership plus the amendments effective by then.
//!
//! Amendments are applied to the *expanded* syntax of a partnership (masters
//! and templates already spliced in), before lowering, so that every later
//! stage — checks, outputs, `pact run` — sees an ordinary partnership and
//! needs no notion of versions. A version is chosen by a date
//! ([`Version`]); the callers that need every version (`pact check`, the
//! outputs that switch at effective dates) analyse the portfolio once per
//! distinct effective date ([`effective_dates`]).
//!
//! The checks of the amendments themselves (E0501–E0509) run while the
//! amendments are applied in effective-date order, each against the
//! version it amends; they run in every version's analysis and the caller
//! keeps one copy of each (diagnostics are plain data and compare equal).

mod apply;
mod approval;
pub mod limit;
mod summary;

pub use apply::clause_kind;
pub use summary::{Change, ChangeKind, Summary};

use crate::diagnostics::{Diagnostic, Span};
use crate::syntax::ast;
use chrono::NaiveDate;
use std::collections::{BTreeMap, BTreeSet};

/// Which version of every partnership an analysis sees.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Version {
    /// The partnerships as declared, no amendment applied.
    #[default]
    Original,
    /// The amendments effective on or before this date applied.
    AsOf(NaiveDate),
}

impl Version {
    fn includes(self, effective: NaiveDate) -> bool {
        match self {
            Version::Original => false,
            Version::AsOf(date) => effective <= date,
        }
    }
}

/// One `amend` declaration, with the span of the whole declaration.
#[derive(Clone, Debug)]
pub struct Amendment {
    pub decl: ast::Amend,
    pub span: Span,
}

/// Every amendment of the portfolio, by the partnership it amends, in
/// effective-date order (declaration order among equal dates).
#[derive(Clone, Debug, Default)]
pub struct Amendments {
    by_partnership: BTreeMap<String, Vec<Amendment>>,
}

impl Amendments {
    pub fn add(&mut self, decl: ast::Amend, span: Span) {
        let list = self
            .by_partnership
            .entry(decl.partnership.name.clone())
            .or_default();
        // Kept in order as they come: sorting on every addition would be
        // quadratic in the amendments of one partnership.
        let key = (decl.effective.value, span.file, span.start);
        let at =
            list.partition_point(|a| (a.decl.effective.value, a.span.file, a.span.start) <= key);
        list.insert(at, Amendment { decl, span });
    }

    pub fn is_empty(&self) -> bool {
        self.by_partnership.is_empty()
    }

    pub fn of(&self, partnership: &str) -> &[Amendment] {
        self.by_partnership
            .get(partnership)
            .map(Vec::as_slice)
            .unwrap_or_default()
    }

    /// The partnerships amended, with their amendments.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &[Amendment])> {
        self.by_partnership
            .iter()
            .map(|(name, list)| (name.as_str(), list.as_slice()))
    }

    /// E0135: amendments of partnerships that are not declared.
    pub fn check_targets(
        &self,
        partnerships: &BTreeMap<String, Span>,
        diagnostics: &mut Vec<Diagnostic>,
    ) {
        for (name, list) in &self.by_partnership {
            if partnerships.contains_key(name) {
                continue;
            }
            for amendment in list {
                let target = &amendment.decl.partnership;
                let mut d = Diagnostic::error(
                    "E0135",
                    format!("amendment of an undefined partnership `{name}`"),
                    target.span,
                )
                .with_primary_label("no partnership has this name")
                .with_note("an amendment changes a partnership declared in the portfolio");
                d = d.with_did_you_mean(target.span, name, partnerships.keys().map(String::as_str));
                diagnostics.push(d);
            }
        }
    }
}

/// Expands the `use`s of templates among an amendment's clauses.
pub type ExpandUses<'a> = dyn Fn(&[ast::Clause], &mut Vec<Diagnostic>) -> Vec<ast::Clause> + 'a;

/// Every distinct effective date of the portfolio's amendments, in order:
/// the dates at which some partnership changes version.
pub fn effective_dates(amendments: &Amendments) -> Vec<NaiveDate> {
    let dates: BTreeSet<NaiveDate> = amendments
        .by_partnership
        .values()
        .flatten()
        .map(|a| a.decl.effective.value)
        .filter(|d| *d != NaiveDate::MIN)
        .collect();
    dates.into_iter().collect()
}

/// The effective dates of one partnership's amendments, in order.
pub fn partnership_dates(amendments: &Amendments, partnership: &str) -> Vec<NaiveDate> {
    let mut dates: Vec<NaiveDate> = amendments
        .of(partnership)
        .iter()
        .map(|a| a.decl.effective.value)
        .filter(|d| *d != NaiveDate::MIN)
        .collect();
    dates.dedup();
    dates
}

/// Checks the amendments of an expanded partnership (its `clauses`)
/// against the versions they amend, and applies those `version` includes.
pub fn apply(
    clauses: &mut Vec<ast::Clause>,
    amendments: &[Amendment],
    version: Version,
    expand_uses: &ExpandUses<'_>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    if amendments.is_empty() {
        return;
    }
    // Checks and application walk the same sequence of versions: each
    // amendment is checked against the contract it changes.
    let mut current = clauses.clone();
    let mut previous: Option<&Amendment> = None;
    let mut chosen: Option<Vec<ast::Clause>> = None;
    for amendment in amendments {
        let decl = &amendment.decl;
        if let Some(prev) = previous {
            if prev.decl.effective.value == decl.effective.value {
                diagnostics.push(
                    Diagnostic::error(
                        "E0504",
                        format!(
                            "two amendments of `{}` take effect on {}",
                            decl.partnership.name, decl.effective.value
                        ),
                        decl.effective.span,
                    )
                    .with_primary_label("this one")
                    .with_label(prev.decl.effective.span, "and this one")
                    .with_note("the amendments of a partnership apply in effective-date order, so two on one date have no order")
                    .with_help("merge them into one amendment, or give one a later date"),
                );
            }
        }
        approval::check(decl, &current, diagnostics);
        apply::check_date(decl, &current, diagnostics);
        let next = apply::amend(&current, decl, expand_uses, diagnostics);
        if !version.includes(decl.effective.value) && chosen.is_none() {
            chosen = Some(std::mem::take(&mut current));
        }
        current = next;
        previous = Some(amendment);
    }
    *clauses = chosen.unwrap_or(current);
}
