//! Small constructors used by the grammar's actions, so that each action
//! stays a one-liner.

use super::ast::*;
use crate::diagnostics::{FileId, Span};
use rust_decimal::Decimal;

pub fn span(file: FileId, l: usize, r: usize) -> Span {
    Span::new(file, l, r)
}

pub fn ident(file: FileId, l: usize, name: &str, r: usize) -> Ident {
    Ident {
        name: name.to_string(),
        span: span(file, l, r),
    }
}

pub fn path(file: FileId, l: usize, head: Ident, tail: Vec<Ident>, r: usize) -> Path {
    let mut segments = Vec::with_capacity(1 + tail.len());
    segments.push(head);
    segments.extend(tail);
    Path {
        segments,
        span: span(file, l, r),
    }
}

pub fn expr(file: FileId, l: usize, kind: ExprKind, r: usize) -> Expr {
    Expr {
        kind,
        span: span(file, l, r),
    }
}

/// The condition of a coordination rule written without `when`: always on.
pub fn always(file: FileId, at: usize) -> Expr {
    expr(file, at, ExprKind::Bool(true), at)
}

/// The list with its last item; capacity trimmed, because a large
/// portfolio keeps hundreds of thousands of these lists alive at once.
pub fn push<T>(mut items: Vec<T>, last: T) -> Vec<T> {
    items.push(last);
    items.shrink_to_fit();
    items
}

pub fn push_front<T>(first: T, rest: Vec<T>) -> Vec<T> {
    let mut items = Vec::with_capacity(1 + rest.len());
    items.push(first);
    items.extend(rest);
    items
}

/// Drops the items that failed to parse (they were reported already).
pub fn flatten<T>(items: Vec<Option<T>>) -> Vec<T> {
    // Sized up front: `collect` through `flatten` would grow by doubling
    // and leave slack in every list of the tree.
    let mut out = Vec::with_capacity(items.len());
    out.extend(items.into_iter().flatten());
    out
}

/// Like [`flatten`], for items the parser keeps boxed (small parser stack).
pub fn unbox<T>(items: Vec<Option<Box<T>>>) -> Vec<T> {
    let mut out = Vec::with_capacity(items.len());
    out.extend(items.into_iter().flatten().map(|b| *b));
    out
}

/// The items of a list the parser kept boxed: every symbol on LALRPOP's
/// stack is as large as the largest, and each shift and reduce moves one,
/// so nodes larger than a token's error-recovery record travel boxed.
pub fn unbox_all<T>(items: Vec<Box<T>>) -> Vec<T> {
    items.into_iter().map(|b| *b).collect()
}

#[allow(clippy::too_many_arguments)]
pub fn dispute_step(
    file: FileId,
    l: usize,
    name: Ident,
    by: Vec<Path>,
    within: Option<(Quantity, Option<Ident>)>,
    requires: Option<Vec<Path>>,
    binding: Option<Span>,
    r: usize,
) -> DisputeStep {
    let (within, of) = match within {
        Some((duration, of)) => (Some(duration), of),
        None => (None, None),
    };
    DisputeStep {
        name,
        by,
        within,
        of,
        requires: requires.unwrap_or_default(),
        binding,
        span: span(file, l, r),
    }
}

/// A quantity that names a template parameter (`within response_time`).
pub fn param_quantity(name: Ident) -> Quantity {
    let span = name.span;
    Box::new(QuantityLit {
        amount: Sp {
            value: rust_decimal::Decimal::ZERO,
            span,
        },
        unit: Unit {
            name: Ident {
                name: String::new(),
                span,
            },
            business: false,
            span,
        },
        per: None,
        param: Some(Box::new(name)),
        span,
    })
}

/// A `share` from its first rate, its base and the `up to LIMIT, RATE`
/// pairs that follow: each limit closes the band before it.
pub fn share(
    first: Sp<Decimal>,
    base: Path,
    rest: Vec<(Quantity, Sp<Decimal>)>,
    above: Option<Span>,
    cap: Option<Quantity>,
    span: Span,
) -> Share {
    let mut bands = Vec::with_capacity(rest.len() + 1);
    let mut rate = first;
    for (limit, next) in rest {
        bands.push(ShareBand {
            rate,
            up_to: Some(limit),
        });
        rate = next;
    }
    bands.push(ShareBand { rate, up_to: None });
    Share {
        base,
        bands,
        above,
        cap,
        span,
    }
}
