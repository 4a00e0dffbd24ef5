//! The questions the checks ask: sets over one variable, satisfiability,
//! witnesses, overlaps, gaps and bonus thresholds.

use super::*;

/// The set of values of `var` for which `formula` holds, computed directly
/// (no normal form, so it cannot blow up). Fails if the formula is not
/// analysable or compares any other variable.
pub fn set_of(formula: &Formula, var: &str) -> Result<IntervalSet, CannotAnalyse> {
    if !formula.is_analysable() {
        return Err(CannotAnalyse::Opaque);
    }
    fold_set(formula, var)
}

pub(super) fn fold_set(formula: &Formula, var: &str) -> Result<IntervalSet, CannotAnalyse> {
    match formula {
        Formula::True => Ok(IntervalSet::all()),
        Formula::False => Ok(IntervalSet::empty()),
        Formula::Cmp { var: v, op, value } if v == var => Ok(IntervalSet::from_cmp(*op, *value)),
        Formula::Cmp { .. } => Err(CannotAnalyse::NotSingleVariable),
        Formula::And(fs) => fs.iter().try_fold(IntervalSet::all(), |acc, f| {
            fold_set(f, var).map(|s| acc.intersect(&s))
        }),
        Formula::Or(fs) => fs.iter().try_fold(IntervalSet::empty(), |acc, f| {
            fold_set(f, var).map(|s| acc.union(&s))
        }),
        Formula::Not(f) => fold_set(f, var).map(|s| s.complement()),
        Formula::Opaque => Err(CannotAnalyse::Opaque),
    }
}

/// Evaluates `formula` at an assignment: `None` if it contains
/// [`Formula::Opaque`] or compares a variable the assignment lacks. (Not the
/// run-time rule for signals without a reading; for testing witnesses.)
pub fn evaluate(formula: &Formula, values: &BTreeMap<String, Decimal>) -> Option<bool> {
    match formula {
        Formula::True => Some(true),
        Formula::False => Some(false),
        Formula::Cmp { var, op, value } => values.get(var).map(|x| op.holds(*x, *value)),
        Formula::And(fs) => fs
            .iter()
            .map(|f| evaluate(f, values))
            .collect::<Option<Vec<bool>>>()
            .map(|vs| vs.into_iter().all(|v| v)),
        Formula::Or(fs) => fs
            .iter()
            .map(|f| evaluate(f, values))
            .collect::<Option<Vec<bool>>>()
            .map(|vs| vs.into_iter().any(|v| v)),
        Formula::Not(f) => evaluate(f, values).map(|v| !v),
        Formula::Opaque => None,
    }
}

/// Whether a condition can hold, and whether it always does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Verdict {
    /// Holds for every assignment.
    Always,
    /// Holds for no assignment: the clause can never apply.
    Never,
    /// Holds for some assignments and not for others.
    Sometimes,
    /// No verdict; print a "cannot analyse" note.
    CannotAnalyse(CannotAnalyse),
}

/// Decides whether `formula` always, never or sometimes holds. Telling
/// `Always` from `Sometimes` needs the normal form of the negation, which can
/// be too complex even when the formula itself is not; then the verdict is
/// `CannotAnalyse(TooComplex)`. To ask only whether a condition can hold,
/// use [`can_hold`].
pub fn satisfiable(formula: &Formula) -> Verdict {
    if !formula.is_analysable() {
        return Verdict::CannotAnalyse(CannotAnalyse::Opaque);
    }
    let vars = formula.variables();
    if vars.len() <= 1 {
        let var = vars.first().copied().unwrap_or_default();
        return match fold_set(formula, var) {
            Ok(set) if set.is_empty() => Verdict::Never,
            Ok(set) if set.is_all() => Verdict::Always,
            Ok(_) => Verdict::Sometimes,
            Err(why) => Verdict::CannotAnalyse(why),
        };
    }
    match dnf(formula, false) {
        Err(why) => Verdict::CannotAnalyse(why),
        Ok(terms) if terms.is_empty() => Verdict::Never,
        Ok(_) => match dnf(formula, true) {
            Err(why) => Verdict::CannotAnalyse(why),
            Ok(terms) if terms.is_empty() => Verdict::Always,
            Ok(_) => Verdict::Sometimes,
        },
    }
}

/// Whether `formula` holds for at least one assignment.
pub fn can_hold(formula: &Formula) -> Result<bool, CannotAnalyse> {
    witness(formula).map(|w| w.is_some())
}

/// An assignment where a condition holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Witness {
    /// A value for each variable the chosen term constrains; the others may
    /// take any value.
    pub values: BTreeMap<String, Decimal>,
    /// When the condition mentions exactly one variable: that variable and
    /// every value of it where the condition holds (what to print, as in
    /// `scope_change in (15%, 20%]`); `values` then holds this set's witness.
    pub set: Option<(String, IntervalSet)>,
}

/// An assignment where `formula` holds, chosen to read well, or `None` if it
/// never holds. With several variables the term of the normal form with the
/// fewest constrained variables is used (the first of those).
pub fn witness(formula: &Formula) -> Result<Option<Witness>, CannotAnalyse> {
    if !formula.is_analysable() {
        return Err(CannotAnalyse::Opaque);
    }
    let vars = formula.variables();
    match vars.iter().collect::<Vec<_>>().as_slice() {
        [] => Ok(fold_set(formula, "")?.is_all().then(|| Witness {
            values: BTreeMap::new(),
            set: None,
        })),
        [var] => {
            let var: &str = var;
            let set = fold_set(formula, var)?;
            if set.is_empty() {
                return Ok(None);
            }
            let value = set.witness().ok_or(CannotAnalyse::Unrepresentable)?;
            Ok(Some(Witness {
                values: BTreeMap::from([(var.to_owned(), value)]),
                set: Some((var.to_owned(), set)),
            }))
        }
        _ => {
            let mut terms = dnf(formula, false)?;
            if terms.is_empty() {
                return Ok(None);
            }
            terms.sort_by_key(|t| t.constraints.len());
            terms
                .iter()
                .find_map(Region::witness)
                .map(|values| Some(Witness { values, set: None }))
                .ok_or(CannotAnalyse::Unrepresentable)
        }
    }
}

/// An assignment where both conditions hold (two change levels overlap
/// there), or `None` if they exclude each other.
pub fn overlap(a: &Formula, b: &Formula) -> Result<Option<Witness>, CannotAnalyse> {
    witness(&Formula::And(vec![a.clone(), b.clone()]))
}

/// The values that no level matches, when all levels test one and the same
/// variable (levels that compare nothing, such as `True`, are allowed), over
/// all decimals. `None` means no gap. See [`gaps_within`].
pub fn gaps(levels: &[Formula]) -> Result<Option<(String, IntervalSet)>, CannotAnalyse> {
    gaps_within(levels, &IntervalSet::all())
}

/// Like [`gaps`] but only counts values in `domain`, for a signal whose
/// declared range is known. Fails with [`CannotAnalyse::NotSingleVariable`]
/// when the levels test several variables, or none and leave a gap.
pub fn gaps_within(
    levels: &[Formula],
    domain: &IntervalSet,
) -> Result<Option<(String, IntervalSet)>, CannotAnalyse> {
    if !levels.iter().all(Formula::is_analysable) {
        return Err(CannotAnalyse::Opaque);
    }
    let vars: BTreeSet<&str> = levels.iter().flat_map(Formula::variables).collect();
    let var = match vars.iter().collect::<Vec<_>>().as_slice() {
        [] => "",
        [var] => **var,
        _ => return Err(CannotAnalyse::NotSingleVariable),
    };
    let covered = levels.iter().try_fold(IntervalSet::empty(), |acc, level| {
        fold_set(level, var).map(|s| acc.union(&s))
    })?;
    let gap = domain.difference(&covered);
    if gap.is_empty() {
        Ok(None)
    } else if var.is_empty() {
        Err(CannotAnalyse::NotSingleVariable)
    } else {
        Ok(Some((var.to_owned(), gap)))
    }
}

/// The one-sided threshold `(op, value)` (`op` one of `<`, `<=`, `>`, `>=`)
/// if `formula` is exactly `var OP value`, for bonus tiers. Written-reversed
/// comparisons are normalised by [`Formula::cmp_reversed`]; a negation flips
/// the operator (`not (x > 5)` is `(<=, 5)`) and a one-element `And`/`Or` is
/// looked through. Anything else, `=` and `!=` included, gives `None`.
pub fn threshold(formula: &Formula, var: &str) -> Option<(Op, Decimal)> {
    match formula {
        Formula::Cmp { var: v, op, value } if v == var => match op {
            Op::Lt | Op::Le | Op::Gt | Op::Ge => Some((*op, *value)),
            Op::Eq | Op::Ne => None,
        },
        Formula::Not(f) => threshold(f, var).map(|(op, value)| (op.negate(), value)),
        Formula::And(fs) | Formula::Or(fs) => match fs.as_slice() {
            [only] => threshold(only, var),
            _ => None,
        },
        _ => None,
    }
}
