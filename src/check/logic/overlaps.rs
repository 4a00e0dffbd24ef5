//! Overlapping levels (change levels E0310, escalation levels E0340),
//! reported once per set of levels when there are many. Two levels that
//! overlap are one diagnostic naming both and a value they share; beyond a
//! few overlapping pairs the levels get one diagnostic naming how many are
//! involved, with one example pair (see `diagnostics::aggregate`), so a
//! thousand overlapping levels are one diagnostic, not half a million.
//!
//! The pairs are still compared one by one (the interval analysis has no
//! sweep), but only up to [`MAX_PAIRS_COMPARED`]; past that the diagnostic
//! says "at least".

use crate::check::intervals::{self, Formula, Witness};
use crate::diagnostics::aggregate::{self, PAIRS_REPORTED_ONE_BY_ONE};
use crate::diagnostics::{Diagnostic, Span};
use rust_decimal::Decimal;

/// The pairs of levels one clause may compare.
const MAX_PAIRS_COMPARED: usize = 20_000;

/// One level taking part: its name, span and condition.
pub(super) struct Level<'a> {
    pub name: &'a str,
    pub span: Span,
    pub formula: &'a Formula,
}

/// The words of one kind of level.
pub(super) struct Words {
    pub code: &'static str,
    /// "change levels"
    pub plural: &'static str,
    pub note: &'static str,
    pub help: &'static str,
}

/// The overlap diagnostics of `levels`, in order.
pub(super) fn overlaps(
    levels: &[Level<'_>],
    show: &dyn Fn(Decimal) -> String,
    words: &Words,
) -> Vec<Diagnostic> {
    let mut pairs: Vec<(usize, usize, String)> = Vec::new();
    let mut count = 0usize;
    let mut involved = vec![false; levels.len()];
    let mut compared = 0usize;
    let mut complete = true;
    'all: for (i, a) in levels.iter().enumerate() {
        for (j, b) in levels.iter().enumerate().skip(i + 1) {
            if compared == MAX_PAIRS_COMPARED {
                complete = false;
                break 'all;
            }
            compared += 1;
            if let Ok(Some(witness)) = intervals::overlap(a.formula, b.formula) {
                count += 1;
                for k in [i, j] {
                    if let Some(flag) = involved.get_mut(k) {
                        *flag = true;
                    }
                }
                if pairs.len() <= PAIRS_REPORTED_ONE_BY_ONE {
                    pairs.push((i, j, describe(&witness, show)));
                }
            }
        }
    }
    let pair = |&(i, j, ref described): &(usize, usize, String)| {
        let (a, b) = (levels.get(i)?, levels.get(j)?);
        Some(
            Diagnostic::error(
                words.code,
                format!("{described} matches both `{}` and `{}`", a.name, b.name),
                b.span,
            )
            .with_primary_label(format!("`{}` applies here", b.name))
            .with_label(a.span, format!("and so does `{}`", a.name))
            .with_note(words.note)
            .with_help(words.help),
        )
    };
    if count <= PAIRS_REPORTED_ONE_BY_ONE && complete {
        return pairs.iter().filter_map(pair).collect();
    }
    let Some(&(i, j, ref described)) = pairs.first() else {
        return Vec::new();
    };
    let (Some(a), Some(b)) = (levels.get(i), levels.get(j)) else {
        return Vec::new();
    };
    let n = involved.iter().filter(|x| **x).count();
    let at_least = if complete { "" } else { "at least " };
    let d = Diagnostic::error(
        words.code,
        format!(
            "{at_least}{} {} overlap one another",
            aggregate::count(n),
            words.plural
        ),
        b.span,
    )
    .with_primary_label(format!("`{}` applies where `{}` does", b.name, a.name))
    .with_label(a.span, format!("`{}` overlaps `{}`", a.name, b.name));
    let others = levels
        .iter()
        .zip(&involved)
        .enumerate()
        .filter(|(k, (_, flag))| **flag && *k != i && *k != j)
        .map(|(_, (l, _))| (l.span, format!("`{}` overlaps another level", l.name)));
    let d = aggregate::with_some_labels(d, others, "levels");
    let mut d = d.with_note(format!(
        "for example, {described} matches both `{}` and `{}`; {at_least}{} pairs of levels overlap",
        a.name,
        b.name,
        aggregate::count(count)
    ));
    if !complete {
        d = d.with_note(format!(
            "only the first {} pairs of levels were compared",
            aggregate::count(MAX_PAIRS_COMPARED)
        ));
    }
    vec![d.with_note(words.note).with_help(words.help)]
}

/// The values where both conditions hold, in words.
fn describe(witness: &Witness, show: &dyn Fn(Decimal) -> String) -> String {
    match &witness.set {
        Some((var, set)) => set.describe(var, show),
        None => witness
            .values
            .iter()
            .map(|(k, v)| format!("{k} = {}", show(*v)))
            .collect::<Vec<_>>()
            .join(" and "),
    }
}
