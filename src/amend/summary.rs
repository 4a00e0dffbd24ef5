//! An amendment as plain data — its date, level, approvers and what each
//! item does — for the outputs that tell a contract's history
//! (`pact render`), which read the model and never the syntax tree.

use super::apply::clause_kind;
use super::Amendment;
use crate::diagnostics::Span;
use crate::syntax::ast::{AmendItem, ClauseKind};
use chrono::NaiveDate;

#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    pub effective: NaiveDate,
    /// The change level it was agreed under.
    pub level: String,
    /// Each approver as written, by segment (`["Acme", "rm"]`).
    pub approvers: Vec<Vec<String>>,
    pub changes: Vec<Change>,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChangeKind {
    Replaces,
    Adds,
    Removes,
}

/// One item: `replaces meeting tactical`, `adds obligation`.
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    pub kind: ChangeKind,
    /// The clause keyword (`meeting`, `pay`, `renewal`); for clauses that
    /// may repeat: `obligation`, `grant`, `invoice`, `survives`, `use`.
    pub clause: &'static str,
    /// The clause's name (a meeting's, a pay block's payee).
    pub name: Option<String>,
}

impl Amendment {
    pub fn summary(&self) -> Summary {
        let decl = &self.decl;
        let changes = decl
            .items
            .iter()
            .map(|item| match item {
                AmendItem::Remove(r) => Change {
                    kind: ChangeKind::Removes,
                    clause: r.kind.value,
                    name: r.name.as_ref().map(|n| n.name.clone()),
                },
                AmendItem::Clause(c) => {
                    let (clause, name) = match clause_kind(&c.kind) {
                        Some((kind, name)) => (kind, name.map(|n| n.name.clone())),
                        None => (
                            match &c.kind {
                                ClauseKind::Obligation(_) => "obligation",
                                ClauseKind::Grant(_) => "grant",
                                ClauseKind::Invoice(_) => "invoice",
                                ClauseKind::Survives(_) => "survives",
                                ClauseKind::Use(_) => "use",
                                _ => "clause",
                            },
                            None,
                        ),
                    };
                    Change {
                        kind: if c.overrides {
                            ChangeKind::Replaces
                        } else {
                            ChangeKind::Adds
                        },
                        clause,
                        name,
                    }
                }
            })
            .collect();
        Summary {
            effective: decl.effective.value,
            level: decl.level.name.clone(),
            approvers: decl
                .approvers
                .iter()
                .map(|p| p.segments.iter().map(|s| s.name.clone()).collect())
                .collect(),
            changes,
            span: self.span,
        }
    }
}
