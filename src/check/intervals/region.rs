//! Regions (one interval set per variable) and disjunctive normal forms,
//! capped at [`MAX_TERMS`](super::MAX_TERMS) terms.

use super::*;

/// A conjunction of one [`IntervalSet`] per variable (a box in several
/// dimensions): a term of a disjunctive normal form. A variable without a
/// constraint may take any value; no stored constraint is [`IntervalSet::all`].
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct Region {
    pub(super) constraints: BTreeMap<String, IntervalSet>,
}

impl Region {
    /// No constraint: every assignment.
    pub fn all() -> Region {
        Region::default()
    }

    /// `var` in `set`, the other variables free.
    pub fn single(var: impl Into<String>, set: IntervalSet) -> Region {
        let mut constraints = BTreeMap::new();
        if !set.is_all() {
            constraints.insert(var.into(), set);
        }
        Region { constraints }
    }

    /// The constraint on `var`; `None` means any value.
    pub fn get(&self, var: &str) -> Option<&IntervalSet> {
        self.constraints.get(var)
    }

    /// The constrained variables and their sets, by variable name.
    pub fn constraints(&self) -> &BTreeMap<String, IntervalSet> {
        &self.constraints
    }

    /// Whether no assignment lies in the region.
    pub fn is_empty(&self) -> bool {
        self.constraints.values().any(IntervalSet::is_empty)
    }

    /// The assignments in both regions.
    pub fn intersect(&self, other: &Region) -> Region {
        let mut out = self.clone();
        for (var, set) in &other.constraints {
            let merged = match out.constraints.get(var) {
                Some(mine) => mine.intersect(set),
                None => set.clone(),
            };
            out.constraints.insert(var.clone(), merged);
        }
        out
    }

    /// Whether every assignment of `other` is in `self`.
    pub fn subsumes(&self, other: &Region) -> bool {
        other.is_empty()
            || self
                .constraints
                .iter()
                .all(|(var, set)| other.get(var).is_some_and(|o| o.is_subset(set)))
    }

    /// One value per constrained variable, each its set's witness; `None`
    /// if the region is empty (or a witness does not fit in a [`Decimal`]).
    pub fn witness(&self) -> Option<BTreeMap<String, Decimal>> {
        self.constraints
            .iter()
            .map(|(var, set)| set.witness().map(|v| (var.clone(), v)))
            .collect()
    }

    /// The constraints joined by `and`, each as [`IntervalSet::describe`];
    /// `any values` for no constraint.
    pub fn describe(&self, fmt: &dyn Fn(&str, Decimal) -> String) -> String {
        if self.constraints.is_empty() {
            return "any values".to_owned();
        }
        let parts: Vec<String> = self
            .constraints
            .iter()
            .map(|(var, set)| set.describe(var, &|v| fmt(var, v)))
            .collect();
        parts.join(" and ")
    }
}

/// Puts a formula in disjunctive normal form: the regions whose union is the
/// set of assignments where it holds. Negations are pushed inward (De
/// Morgan; a negated comparison flips its operator, `!=` is two intervals of
/// one set). Empty regions are dropped, so `Ok(vec![])` means the formula
/// never holds; single-variable terms on the same variable are merged and
/// subsumed terms dropped. Fails on [`Formula::Opaque`] anywhere, and when a
/// conjunction would produce more than [`MAX_TERMS`] terms.
pub fn to_dnf(formula: &Formula) -> Result<Vec<Region>, CannotAnalyse> {
    if !formula.is_analysable() {
        return Err(CannotAnalyse::Opaque);
    }
    dnf(formula, false)
}

/// The DNF of `formula`, or of its negation if `negated`.
pub(super) fn dnf(formula: &Formula, negated: bool) -> Result<Vec<Region>, CannotAnalyse> {
    match formula {
        Formula::True | Formula::False => {
            let holds = matches!(formula, Formula::True) != negated;
            Ok(if holds {
                vec![Region::all()]
            } else {
                Vec::new()
            })
        }
        Formula::Cmp { var, op, value } => {
            let op = if negated { op.negate() } else { *op };
            Ok(vec![Region::single(
                var.as_str(),
                IntervalSet::from_cmp(op, *value),
            )])
        }
        Formula::And(fs) if !negated => conjunction(fs, negated),
        Formula::Or(fs) if negated => conjunction(fs, negated),
        Formula::And(fs) | Formula::Or(fs) => disjunction(fs, negated),
        Formula::Not(f) => dnf(f, !negated),
        Formula::Opaque => Err(CannotAnalyse::Opaque),
    }
}

/// The DNF of the conjunction of `fs` (each negated if `negated`).
pub(super) fn conjunction(fs: &[Formula], negated: bool) -> Result<Vec<Region>, CannotAnalyse> {
    let mut terms = vec![Region::all()];
    for f in fs {
        let next = dnf(f, negated)?;
        let mut product = Vec::new();
        for a in &terms {
            for b in &next {
                let region = a.intersect(b);
                if !region.is_empty() {
                    product.push(region);
                    if product.len() > MAX_TERMS {
                        return Err(CannotAnalyse::TooComplex);
                    }
                }
            }
        }
        terms = simplify(product);
        if terms.is_empty() {
            break;
        }
    }
    Ok(terms)
}

/// The DNF of the disjunction of `fs` (each negated if `negated`).
pub(super) fn disjunction(fs: &[Formula], negated: bool) -> Result<Vec<Region>, CannotAnalyse> {
    let mut terms = Vec::new();
    for f in fs {
        terms.extend(dnf(f, negated)?);
        terms = simplify(terms);
        if terms.len() > MAX_TERMS {
            return Err(CannotAnalyse::TooComplex);
        }
    }
    Ok(terms)
}

/// Drops empty and subsumed terms and merges the terms constraining one and
/// the same single variable; a term with no constraint absorbs everything.
pub(super) fn simplify(terms: Vec<Region>) -> Vec<Region> {
    let mut singles: BTreeMap<String, IntervalSet> = BTreeMap::new();
    let mut multi: Vec<Region> = Vec::new();
    for term in terms {
        if term.is_empty() {
            continue;
        }
        match term.constraints.len() {
            0 => return vec![Region::all()],
            1 => {
                for (var, set) in term.constraints {
                    let slot = singles.entry(var).or_default();
                    *slot = slot.union(&set);
                }
            }
            _ => multi.push(term),
        }
    }
    let mut out: Vec<Region> = Vec::with_capacity(singles.len() + multi.len());
    for (var, set) in singles {
        if set.is_all() {
            return vec![Region::all()];
        }
        out.push(Region::single(var, set));
    }
    for term in multi {
        if out.iter().any(|kept| kept.subsumes(&term)) {
            continue;
        }
        out.retain(|kept| !term.subsumes(kept));
        out.push(term);
    }
    out
}
