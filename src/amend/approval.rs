//! E0501–E0502: an amendment names the change level it was agreed under,
//! and its approvers include that level's pathway roles (or the change
//! authority).
//!
//! Roles compare as parties and roles, labels resolved through the
//! `parties` clause, so `client.rm` and `Acme.rm` are one approver. A
//! pathway step that names a whole party (`approve by Acme`) is satisfied by
//! the party or any of its roles.

use crate::diagnostics::suggest;
use crate::diagnostics::{Diagnostic, Span};
use crate::syntax::ast::{self, ChangeItem, ClauseKind};

/// A party and, optionally, one of its roles.
type Who = (String, Option<String>);

pub fn check(decl: &ast::Amend, current: &[ast::Clause], diagnostics: &mut Vec<Diagnostic>) {
    let level_name = &decl.level.name;
    let changes = current.iter().rev().find_map(|c| match &c.kind {
        ClauseKind::Changes(items) => Some((items, c.span)),
        _ => None,
    });
    let Some((items, changes_span)) = changes else {
        diagnostics.push(
            Diagnostic::error(
                "E0501",
                format!(
                    "`{}` has no `changes` clause, so no level `{level_name}`",
                    decl.partnership.name
                ),
                decl.level.span,
            )
            .with_primary_label("not a change level of this partnership")
            .with_note("an amendment names the level of the change protocol it was agreed under")
            .with_help("add a `changes` clause to the partnership, naming its levels and who approves each"),
        );
        return;
    };
    let levels: Vec<&ast::ChangeLevel> = items
        .iter()
        .filter_map(|i| match i {
            ChangeItem::Level(l) => Some(l),
            _ => None,
        })
        .collect();
    let Some(level) = levels.iter().find(|l| &l.name.name == level_name) else {
        let mut d = Diagnostic::error(
            "E0501",
            format!("unknown change level `{level_name}`"),
            decl.level.span,
        )
        .with_primary_label(format!(
            "not a level of the `changes` clause of `{}`",
            decl.partnership.name
        ))
        .with_label(changes_span, "the levels are declared here");
        let names: Vec<&str> = levels.iter().map(|l| l.name.name.as_str()).collect();
        d = match suggest::closest(level_name, names.iter().copied()) {
            Some(name) => d.with_meant(decl.level.span, name),
            None => d.with_note(format!("the levels are {}", quoted(&names))),
        };
        diagnostics.push(d);
        return;
    };
    let labels = labels(current);
    let approvers: Vec<Who> = decl.approvers.iter().map(|p| who(p, &labels)).collect();
    let approved = |required: &Who| {
        approvers
            .iter()
            .any(|a| a == required || (required.1.is_none() && a.0 == required.0))
    };
    let authority: Vec<&ast::Path> = items
        .iter()
        .filter_map(|i| match i {
            ChangeItem::Authority { who, .. } => Some(who),
            _ => None,
        })
        .flatten()
        .collect();
    if !authority.is_empty() && authority.iter().all(|p| approved(&who(p, &labels))) {
        return;
    }
    let mut missing: Vec<&ast::Path> = Vec::new();
    let mut seen: Vec<Who> = Vec::new();
    for path in level.pathway.iter().flat_map(|s| s.by.iter()) {
        let required = who(path, &labels);
        if path.text() == crate::ir::NEUTRAL || seen.contains(&required) {
            continue;
        }
        seen.push(required.clone());
        if !approved(&required) {
            missing.push(path);
        }
    }
    if missing.is_empty() {
        return;
    }
    let names: Vec<String> = missing.iter().map(|p| p.text()).collect();
    let span = approvers_span(decl);
    let mut d = Diagnostic::error(
        "E0502",
        format!(
            "the amendment `as {level_name}` is not approved by {}",
            and_list(&names)
        ),
        span,
    )
    .with_primary_label(format!("missing: {}", names.join(", ")))
    .with_label(
        level.span,
        format!("a `{level_name}` change goes through these roles"),
    );
    if !authority.is_empty() {
        let names: Vec<String> = authority.iter().map(|p| p.text()).collect();
        d = d.with_note(format!(
            "the change authority ({}) may approve instead",
            names.join(", ")
        ));
    }
    diagnostics.push(d.with_help(format!("add {} to `approved by`", and_list(&names))));
}

/// `(label, party)` pairs of the version's `parties` clause.
fn labels(clauses: &[ast::Clause]) -> Vec<(String, String)> {
    clauses
        .iter()
        .filter_map(|c| match &c.kind {
            ClauseKind::Parties(bindings) => Some(bindings),
            _ => None,
        })
        .flatten()
        .filter_map(|b| Some((b.label.as_ref()?.name.clone(), b.party.name.clone())))
        .collect()
}

fn who(path: &ast::Path, labels: &[(String, String)]) -> Who {
    let mut segments = path.segments.iter().map(|s| s.name.as_str());
    let head = segments.next().unwrap_or_default();
    let party = labels
        .iter()
        .find(|(label, _)| label == head)
        .map_or(head, |(_, party)| party.as_str());
    (party.to_string(), segments.next().map(str::to_string))
}

fn approvers_span(decl: &ast::Amend) -> Span {
    match (decl.approvers.first(), decl.approvers.last()) {
        (Some(first), Some(last)) => Span {
            end: last.span.end,
            ..first.span
        },
        _ => decl.level.span,
    }
}

fn quoted(names: &[&str]) -> String {
    names
        .iter()
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

fn and_list(names: &[String]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    match quoted.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => quoted.join(""),
    }
}
