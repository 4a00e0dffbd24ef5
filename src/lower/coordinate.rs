//! Coordination rules across partnerships: conditions that read other
//! partnerships and obligations that bind their parties through
//! `Partnership.label`.

use super::*;

/// Coordination rules: conditions read other partnerships, obligations bind
/// parties through `Partnership.label`.
pub(super) fn coordinate(
    names: &Names,
    portfolio: &ir::Portfolio,
    c: &ast::Coordinate,
    diagnostics: &mut Vec<Diagnostic>,
) -> ir::Coordination {
    let mut rules = Vec::new();
    let scratch = Expanded {
        name: c.name.clone(),
        span: c.name.span,
        doc: None,
        master: None,
        clauses: Vec::new(),
    };
    // One lowering context for the whole block, so obligation ids stay
    // unique across its rules.
    let mut lower = Lower::new(names, portfolio, &scratch, diagnostics);
    for rule in &c.rules {
        let mut reads = Vec::new();
        collect_partnerships(&rule.condition, names, &mut reads);
        let condition = lower.cond(&rule.condition);
        let mut obligations = Vec::new();
        for o in &rule.obligations {
            // `ApiTwo.client must ...`: the subject names a partnership's label.
            let Some((partnership, subject)) =
                o.subjects.first().and_then(|s| split_partnership(s, names))
            else {
                if let Some(s) = o.subjects.first() {
                    lower.error(no_partnership(s, names));
                }
                continue;
            };
            let Some(target) = portfolio
                .partnerships
                .iter()
                .find(|p| p.name == partnership)
            else {
                continue;
            };
            lower.p.parties = target.parties.clone();
            lower.p.name = partnership.clone();
            let mut local = o.clone();
            local.subjects = std::iter::once(subject)
                .chain(o.subjects.iter().skip(1).cloned())
                .collect();
            let origin = ir::Origin::Coordinate(c.name.name.clone());
            if let Some(obligation) = lower.obligation(&local, origin) {
                obligations.push((ir::PartnershipRef::new(partnership), obligation));
            }
        }
        if let Some(condition) = condition {
            rules.push(ir::CoordinationRule {
                condition,
                reads: reads.into_iter().map(ir::PartnershipRef::new).collect(),
                obligations,
                span: rule.span,
            });
        }
    }
    ir::Coordination {
        name: c.name.name.clone(),
        rules,
        span: c.name.span,
    }
}

/// A coordinate duty's subject that is not `Partnership.label`: an unknown
/// partnership gets a did-you-mean on its name; a single word is shown
/// the expected shape with a partnership of the portfolio.
fn no_partnership(s: &ast::Path, names: &Names) -> Diagnostic {
    let partnerships = || names.partnerships.keys().map(String::as_str);
    match s.segments.as_slice() {
        [first, _, ..] => crate::resolve::undefined("partnership", first, partnerships()),
        _ => {
            let example = partnerships().min().unwrap_or("Other");
            Diagnostic::error(
                "E0102",
                format!("`{}` names no partnership's party", s.text()),
                s.span,
            )
            .with_primary_label(format!(
                "expected `Partnership.label`, like `{example}.client`"
            ))
        }
    }
}

pub(super) fn split_partnership(path: &ast::Path, names: &Names) -> Option<(String, ast::Path)> {
    let (first, rest) = path.segments.split_first()?;
    if rest.is_empty() || !names.partnerships.contains_key(&first.name) {
        return None;
    }
    let span = rest
        .first()
        .map_or(path.span, |r| crate::diagnostics::Span {
            start: r.span.start,
            ..path.span
        });
    Some((
        first.name.clone(),
        ast::Path {
            segments: rest.to_vec(),
            span,
        },
    ))
}

pub(super) fn collect_partnerships(e: &ast::Expr, names: &Names, out: &mut Vec<String>) {
    match &e.kind {
        ExprKind::Path(p) if p.segments.len() >= 2 => {
            if let Some(first) = p.segments.first() {
                if names.partnerships.contains_key(&first.name) && !out.contains(&first.name) {
                    out.push(first.name.clone());
                }
            }
        }
        ExprKind::PercentOf(a, b)
        | ExprKind::Arith(_, a, b)
        | ExprKind::Compare(_, a, b)
        | ExprKind::And(a, b)
        | ExprKind::Or(a, b) => {
            collect_partnerships(a, names, out);
            collect_partnerships(b, names, out);
        }
        ExprKind::Neg(a) | ExprKind::Not(a) => collect_partnerships(a, names, out),
        _ => {}
    }
}
