//! Exact interval reasoning over conditions built from `signal OP constant`
//! comparisons: the engine behind the E03xx checks on change levels (overlaps
//! and gaps), bonus tiers (one-sided thresholds) and conditions that can never
//! hold. Over one signal a condition is a finite union of intervals with open
//! or closed ends ([`IntervalSet`], always kept sorted, disjoint and merged);
//! over several signals it is put in disjunctive normal form, a union of
//! [`Region`]s, each a conjunction of one interval set per signal.
//!
//! The non-obvious parts:
//!
//! - Everything is exact ([`Decimal`], never floating point) and the domain
//!   is *all* decimals: percent signals are not clamped to 0–100% (costs can
//!   fall). Callers that know a range pass it to [`gaps_within`].
//! - Open and closed ends matter: `(1, 2] ∪ (2, 3)` is `(1, 3)`, but
//!   `[1, 2) ∪ (2, 3)` leaves out 2, so the levels `x < 5%` and `x > 5%`
//!   have the gap `x = 5%`.
//! - A condition that is not a plain `signal OP constant` comparison (two
//!   signals compared, say) is [`Formula::Opaque`]; any analysis touching it
//!   answers [`CannotAnalyse::Opaque`] instead of a verdict, even where a
//!   verdict would happen to be derivable, so the caller can print one
//!   consistent "cannot analyse" note.
//! - Single-signal questions never build a normal form: they fold the
//!   formula straight into an [`IntervalSet`], which cannot blow up.
//!   Several signals need a normal form, which can grow exponentially, so it
//!   is capped at [`MAX_TERMS`] terms ([`CannotAnalyse::TooComplex`]).
//! - Witnesses are chosen to read well in a diagnostic: an inclusive end,
//!   else the value with the fewest decimal places nearest the midpoint
//!   (`(5, 15)` gives 10, `(15, 20]` gives 20), and next to an open end of an
//!   unbounded interval the nearest integer beyond it (`> 15` gives 16).
//!
//! Nothing here panics: all arithmetic is checked and the rare witness that
//! would not fit in a [`Decimal`] (near ±7.9e28) is reported, not invented.

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use rust_decimal::Decimal;

/// The largest number of terms a disjunctive normal form may reach (counted
/// before duplicate and subsumed terms are dropped) before the analysis gives
/// up with [`CannotAnalyse::TooComplex`].
pub const MAX_TERMS: usize = 256;

/// A comparison operator, as in `signal OP constant`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Op {
    /// `<`
    Lt,
    /// `<=`
    Le,
    /// `>`
    Gt,
    /// `>=`
    Ge,
    /// `=`
    Eq,
    /// `!=`
    Ne,
}

impl Op {
    /// The operator of the negated comparison: `not (x > 5)` is `x <= 5`.
    pub fn negate(self) -> Op {
        match self {
            Op::Lt => Op::Ge,
            Op::Le => Op::Gt,
            Op::Gt => Op::Le,
            Op::Ge => Op::Lt,
            Op::Eq => Op::Ne,
            Op::Ne => Op::Eq,
        }
    }

    /// The operator with its operands swapped: `5 < x` is `x > 5`.
    pub fn flip(self) -> Op {
        match self {
            Op::Lt => Op::Gt,
            Op::Le => Op::Ge,
            Op::Gt => Op::Lt,
            Op::Ge => Op::Le,
            Op::Eq => Op::Eq,
            Op::Ne => Op::Ne,
        }
    }

    /// Whether `lhs OP rhs` holds.
    pub fn holds(self, lhs: Decimal, rhs: Decimal) -> bool {
        match self {
            Op::Lt => lhs < rhs,
            Op::Le => lhs <= rhs,
            Op::Gt => lhs > rhs,
            Op::Ge => lhs >= rhs,
            Op::Eq => lhs == rhs,
            Op::Ne => lhs != rhs,
        }
    }

    /// The operator as written in Pact.
    pub fn symbol(self) -> &'static str {
        match self {
            Op::Lt => "<",
            Op::Le => "<=",
            Op::Gt => ">",
            Op::Ge => ">=",
            Op::Eq => "=",
            Op::Ne => "!=",
        }
    }
}

impl fmt::Display for Op {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.symbol())
    }
}

/// A condition, reduced to what interval analysis understands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Formula {
    /// Always holds.
    True,
    /// Never holds.
    False,
    /// `var OP value`. Build `value OP var` with [`Formula::cmp_reversed`].
    Cmp {
        /// The signal or metric compared.
        var: String,
        /// The comparison.
        op: Op,
        /// The constant, in the unit the caller chose (`15%` as 15, say).
        value: Decimal,
    },
    /// All of these hold (`And(vec![])` is true).
    And(Vec<Formula>),
    /// At least one of these holds (`Or(vec![])` is false).
    Or(Vec<Formula>),
    /// The negation.
    Not(Box<Formula>),
    /// Anything not of the form `var OP constant` (two signals compared, an
    /// event, ...): every analysis that meets it says it cannot analyse.
    Opaque,
}

impl Formula {
    /// `var OP value`.
    pub fn cmp(var: impl Into<String>, op: Op, value: Decimal) -> Formula {
        Formula::Cmp {
            var: var.into(),
            op,
            value,
        }
    }

    /// `value OP var`, normalised to `var OP' value` (`5 < x` is `x > 5`).
    pub fn cmp_reversed(value: Decimal, op: Op, var: impl Into<String>) -> Formula {
        Formula::cmp(var, op.flip(), value)
    }

    /// The variables compared anywhere in the formula.
    pub fn variables(&self) -> BTreeSet<&str> {
        let mut out = BTreeSet::new();
        self.collect_variables(&mut out);
        out
    }

    fn collect_variables<'a>(&'a self, out: &mut BTreeSet<&'a str>) {
        match self {
            Formula::True | Formula::False | Formula::Opaque => {}
            Formula::Cmp { var, .. } => {
                out.insert(var.as_str());
            }
            Formula::And(fs) | Formula::Or(fs) => {
                for f in fs {
                    f.collect_variables(out);
                }
            }
            Formula::Not(f) => f.collect_variables(out),
        }
    }

    /// Whether the formula contains no [`Formula::Opaque`] part.
    pub fn is_analysable(&self) -> bool {
        match self {
            Formula::True | Formula::False | Formula::Cmp { .. } => true,
            Formula::Opaque => false,
            Formula::And(fs) | Formula::Or(fs) => fs.iter().all(Formula::is_analysable),
            Formula::Not(f) => f.is_analysable(),
        }
    }
}

/// Why a question could not be answered. Never a verdict in disguise: the
/// caller should print a "cannot analyse" note.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CannotAnalyse {
    /// Some part is not a `signal OP constant` comparison.
    Opaque,
    /// The normal form would need more than [`MAX_TERMS`] terms.
    TooComplex,
    /// Gap analysis needs every level to test one and the same signal.
    NotSingleVariable,
    /// A witness would not fit in a [`Decimal`] (only near ±7.9e28).
    Unrepresentable,
}

impl fmt::Display for CannotAnalyse {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            CannotAnalyse::Opaque => {
                "the condition is not built only from comparisons of a signal with a constant"
            }
            CannotAnalyse::TooComplex => "the condition has too many alternatives to analyse",
            CannotAnalyse::NotSingleVariable => {
                "the conditions do not all test one and the same signal"
            }
            CannotAnalyse::Unrepresentable => "the values involved are too large to analyse",
        })
    }
}

impl std::error::Error for CannotAnalyse {}

/// One end of an interval.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Bound {
    /// Where the interval ends.
    pub value: Decimal,
    /// Whether `value` itself belongs to the interval (a closed end).
    pub inclusive: bool,
}

impl Bound {
    /// A closed end: `value` belongs to the interval.
    pub fn closed(value: Decimal) -> Bound {
        Bound {
            value,
            inclusive: true,
        }
    }

    /// An open end: `value` does not belong to the interval.
    pub fn open(value: Decimal) -> Bound {
        Bound {
            value,
            inclusive: false,
        }
    }

    /// The same value with the other kind of end: where one interval stops,
    /// its complement starts.
    fn flipped(self) -> Bound {
        Bound {
            value: self.value,
            inclusive: !self.inclusive,
        }
    }
}

/// Orders lower ends: `-inf` first, and at equal values a closed end first.
fn cmp_lo(a: &Option<Bound>, b: &Option<Bound>) -> Ordering {
    match (a, b) {
        (None, None) => Ordering::Equal,
        (None, Some(_)) => Ordering::Less,
        (Some(_), None) => Ordering::Greater,
        (Some(x), Some(y)) => x
            .value
            .cmp(&y.value)
            .then_with(|| y.inclusive.cmp(&x.inclusive)),
    }
}

/// Orders upper ends: `+inf` last, and at equal values a closed end last.
fn cmp_hi(a: &Option<Bound>, b: &Option<Bound>) -> Ordering {
    match (a, b) {
        (None, None) => Ordering::Equal,
        (None, Some(_)) => Ordering::Greater,
        (Some(_), None) => Ordering::Less,
        (Some(x), Some(y)) => x
            .value
            .cmp(&y.value)
            .then_with(|| x.inclusive.cmp(&y.inclusive)),
    }
}

/// Whether an interval ending at `hi` and one starting at `lo` (not before
/// it) overlap or touch, so that their union is one interval.
fn joins(hi: &Option<Bound>, lo: &Option<Bound>) -> bool {
    match (hi, lo) {
        (None, _) | (_, None) => true,
        (Some(h), Some(l)) => {
            h.value > l.value || (h.value == l.value && (h.inclusive || l.inclusive))
        }
    }
}

/// An interval of decimals; either end may be infinite. May be empty (for
/// example `(5, 5)`); [`IntervalSet`] never stores empty intervals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Interval {
    /// The lower end; `None` is minus infinity.
    pub lo: Option<Bound>,
    /// The upper end; `None` is plus infinity.
    pub hi: Option<Bound>,
}

impl Interval {
    /// The interval between two ends.
    pub fn new(lo: Option<Bound>, hi: Option<Bound>) -> Interval {
        Interval { lo, hi }
    }

    /// Every decimal.
    pub fn all() -> Interval {
        Interval { lo: None, hi: None }
    }

    /// The single value `value`.
    pub fn point(value: Decimal) -> Interval {
        Interval {
            lo: Some(Bound::closed(value)),
            hi: Some(Bound::closed(value)),
        }
    }

    /// Whether no decimal lies in the interval.
    pub fn is_empty(&self) -> bool {
        match (self.lo, self.hi) {
            (Some(l), Some(h)) => {
                l.value > h.value || (l.value == h.value && !(l.inclusive && h.inclusive))
            }
            _ => false,
        }
    }

    /// The value, if the interval is a single point.
    pub fn as_point(&self) -> Option<Decimal> {
        match (self.lo, self.hi) {
            (Some(l), Some(h)) if l.inclusive && h.inclusive && l.value == h.value => Some(l.value),
            _ => None,
        }
    }

    /// Whether `x` lies in the interval.
    pub fn contains(&self, x: Decimal) -> bool {
        let above_lo = self
            .lo
            .is_none_or(|l| x > l.value || (x == l.value && l.inclusive));
        let below_hi = self
            .hi
            .is_none_or(|h| x < h.value || (x == h.value && h.inclusive));
        above_lo && below_hi
    }

    /// The values in both intervals (possibly empty).
    pub fn intersect(&self, other: &Interval) -> Interval {
        let lo = match cmp_lo(&self.lo, &other.lo) {
            Ordering::Less => other.lo,
            _ => self.lo,
        };
        let hi = match cmp_hi(&self.hi, &other.hi) {
            Ordering::Greater => other.hi,
            _ => self.hi,
        };
        Interval { lo, hi }
    }

    /// A value in the interval that reads well, or `None` if it is empty (or,
    /// only near the limits of [`Decimal`], if no value can be represented):
    ///
    /// - a point: the point;
    /// - both ends finite: a closed end if there is one (the one with fewer
    ///   decimal places, else the lower), otherwise the value with the fewest
    ///   decimal places nearest the midpoint: `(5, 15)` → 10, `(15, 20]` →
    ///   20, `(1, 2)` → 1.5, `(5, 100)` → 52 (52.5 rounded half-even);
    /// - one end infinite: a closed finite end, otherwise the nearest integer
    ///   strictly beyond the open end: `(15, +inf)` → 16, `(15.5, +inf)` →
    ///   16, `(-inf, 5)` → 4;
    /// - no finite end: 0.
    ///
    /// The result is normalised (no trailing zeros, no negative zero).
    pub fn witness(&self) -> Option<Decimal> {
        if self.is_empty() {
            return None;
        }
        let value = match (self.lo, self.hi) {
            (None, None) => Some(Decimal::ZERO),
            (Some(l), None) if l.inclusive => Some(l.value),
            (Some(l), None) => l.value.floor().checked_add(Decimal::ONE),
            (None, Some(h)) if h.inclusive => Some(h.value),
            (None, Some(h)) => h.value.ceil().checked_sub(Decimal::ONE),
            (Some(l), Some(h)) => match (l.inclusive, h.inclusive) {
                (true, true) if decimals(h.value) < decimals(l.value) => Some(h.value),
                (true, _) => Some(l.value),
                (false, true) => Some(h.value),
                (false, false) => simple_between(l.value, h.value),
            },
        };
        value.filter(|v| self.contains(*v)).map(|v| v.normalize())
    }
}

/// The number of decimal places `value` needs.
fn decimals(value: Decimal) -> u32 {
    value.normalize().scale()
}

/// The value strictly between `lo` and `hi` (with `lo < hi`) with the fewest
/// decimal places, nearest their midpoint. Rounding the midpoint to `n`
/// places gives a value inside whenever any value with `n` places is inside,
/// so the first rounding that lands inside is the simplest.
fn simple_between(lo: Decimal, hi: Decimal) -> Option<Decimal> {
    let two = Decimal::TWO;
    let mid = lo
        .checked_add(hi)
        .and_then(|sum| sum.checked_div(two))
        .or_else(|| {
            lo.checked_div(two)
                .and_then(|a| hi.checked_div(two).and_then(|b| a.checked_add(b)))
        })?;
    let inside = |v: Decimal| lo < v && v < hi;
    (0..=Decimal::MAX_SCALE)
        .map(|places| mid.round_dp(places))
        .chain(std::iter::once(mid))
        .find(|v| inside(*v))
}

impl fmt::Display for Interval {
    /// Mathematical notation: `(15, 20]`, `(-inf, 5)`, `{5}`, `{}` if empty.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.is_empty() {
            return f.write_str("{}");
        }
        if let Some(p) = self.as_point() {
            return write!(f, "{{{p}}}");
        }
        match self.lo {
            None => f.write_str("(-inf")?,
            Some(l) => write!(f, "{}{}", if l.inclusive { "[" } else { "(" }, l.value)?,
        }
        match self.hi {
            None => f.write_str(", +inf)"),
            Some(h) => write!(f, ", {}{}", h.value, if h.inclusive { "]" } else { ")" }),
        }
    }
}

/// A set of decimals: a union of intervals, kept sorted, disjoint, non-empty
/// and merged (no two touch), so equal sets compare equal.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct IntervalSet {
    pieces: Vec<Interval>,
}

impl IntervalSet {
    /// No value.
    pub fn empty() -> IntervalSet {
        IntervalSet { pieces: Vec::new() }
    }

    /// Every value.
    pub fn all() -> IntervalSet {
        IntervalSet {
            pieces: vec![Interval::all()],
        }
    }

    /// The single value `value`.
    pub fn point(value: Decimal) -> IntervalSet {
        IntervalSet {
            pieces: vec![Interval::point(value)],
        }
    }

    /// The union of some intervals, in any order, possibly empty or touching.
    pub fn from_intervals(intervals: impl IntoIterator<Item = Interval>) -> IntervalSet {
        let mut sorted: Vec<Interval> = intervals.into_iter().filter(|i| !i.is_empty()).collect();
        sorted.sort_by(|a, b| cmp_lo(&a.lo, &b.lo));
        let mut pieces: Vec<Interval> = Vec::with_capacity(sorted.len());
        for next in sorted {
            match pieces.last_mut() {
                Some(last) if joins(&last.hi, &next.lo) => {
                    if cmp_hi(&next.hi, &last.hi) == Ordering::Greater {
                        last.hi = next.hi;
                    }
                }
                _ => pieces.push(next),
            }
        }
        IntervalSet { pieces }
    }

    /// The values `x` with `x OP value`; `!=` gives two intervals.
    pub fn from_cmp(op: Op, value: Decimal) -> IntervalSet {
        let below = |b: Bound| Interval::new(None, Some(b));
        let above = |b: Bound| Interval::new(Some(b), None);
        let pieces = match op {
            Op::Lt => vec![below(Bound::open(value))],
            Op::Le => vec![below(Bound::closed(value))],
            Op::Gt => vec![above(Bound::open(value))],
            Op::Ge => vec![above(Bound::closed(value))],
            Op::Eq => vec![Interval::point(value)],
            Op::Ne => vec![below(Bound::open(value)), above(Bound::open(value))],
        };
        IntervalSet { pieces }
    }

    /// The intervals, sorted, disjoint, non-empty and not touching.
    pub fn intervals(&self) -> &[Interval] {
        &self.pieces
    }

    /// Whether the set has no value.
    pub fn is_empty(&self) -> bool {
        self.pieces.is_empty()
    }

    /// Whether the set has every value.
    pub fn is_all(&self) -> bool {
        matches!(self.pieces.as_slice(), [only] if only.lo.is_none() && only.hi.is_none())
    }

    /// The value, if the set is a single point.
    pub fn as_point(&self) -> Option<Decimal> {
        match self.pieces.as_slice() {
            [only] => only.as_point(),
            _ => None,
        }
    }

    /// Whether `x` is in the set.
    pub fn contains(&self, x: Decimal) -> bool {
        self.pieces.iter().any(|i| i.contains(x))
    }

    /// The values in either set.
    pub fn union(&self, other: &IntervalSet) -> IntervalSet {
        IntervalSet::from_intervals(self.pieces.iter().chain(&other.pieces).copied())
    }

    /// The values in both sets.
    pub fn intersect(&self, other: &IntervalSet) -> IntervalSet {
        IntervalSet::from_intervals(
            self.pieces
                .iter()
                .flat_map(|a| other.pieces.iter().map(move |b| a.intersect(b))),
        )
    }

    /// The values not in the set.
    pub fn complement(&self) -> IntervalSet {
        let mut pieces = Vec::with_capacity(self.pieces.len() + 1);
        // The lower end of the next gap; `None` inside means minus infinity,
        // and an outer `None` means a piece reached plus infinity.
        let mut start: Option<Option<Bound>> = Some(None);
        for piece in &self.pieces {
            if let (Some(gap_lo), Some(lo)) = (start, piece.lo) {
                let gap = Interval::new(gap_lo, Some(lo.flipped()));
                if !gap.is_empty() {
                    pieces.push(gap);
                }
            }
            start = piece.hi.map(|hi| Some(hi.flipped()));
        }
        if let Some(gap_lo) = start {
            pieces.push(Interval::new(gap_lo, None));
        }
        IntervalSet { pieces }
    }

    /// The values in `self` but not in `other`.
    pub fn difference(&self, other: &IntervalSet) -> IntervalSet {
        self.intersect(&other.complement())
    }

    /// Whether every value of `self` is in `other`.
    pub fn is_subset(&self, other: &IntervalSet) -> bool {
        self.difference(other).is_empty()
    }

    /// A value in the set that reads well, or `None` if it is empty: among
    /// the pieces' witnesses ([`Interval::witness`]) the one with the fewest
    /// decimal places, the leftmost on a tie. `x < 5 or x > 10` gives 4.
    pub fn witness(&self) -> Option<Decimal> {
        self.pieces
            .iter()
            .filter_map(Interval::witness)
            .min_by_key(|v| v.scale())
    }

    /// The set as a condition on `var`, with values rendered by `fmt` (which
    /// adds the unit): `x = 5%`, `x in (15%, 20%]`, `x > 15%`, `x <= 5%`,
    /// `x != 3`, `x < 5% or x > 10%`; `any value of x` for every value and
    /// `no value of x` for none.
    pub fn describe(&self, var: &str, fmt: &dyn Fn(Decimal) -> String) -> String {
        if self.is_empty() {
            return format!("no value of {var}");
        }
        if self.is_all() {
            return format!("any value of {var}");
        }
        if let [below, above] = self.pieces.as_slice() {
            if let (None, Some(h), Some(l), None) = (below.lo, below.hi, above.lo, above.hi) {
                if h.value == l.value && !h.inclusive && !l.inclusive {
                    return format!("{var} != {}", fmt(h.value));
                }
            }
        }
        let parts: Vec<String> = self
            .pieces
            .iter()
            .map(|piece| describe_interval(piece, var, fmt))
            .collect();
        parts.join(" or ")
    }
}

/// One non-empty interval of [`IntervalSet::describe`].
fn describe_interval(piece: &Interval, var: &str, fmt: &dyn Fn(Decimal) -> String) -> String {
    if let Some(p) = piece.as_point() {
        return format!("{var} = {}", fmt(p));
    }
    match (piece.lo, piece.hi) {
        (None, None) => format!("any value of {var}"),
        (Some(l), None) => {
            let op = if l.inclusive { ">=" } else { ">" };
            format!("{var} {op} {}", fmt(l.value))
        }
        (None, Some(h)) => {
            let op = if h.inclusive { "<=" } else { "<" };
            format!("{var} {op} {}", fmt(h.value))
        }
        (Some(l), Some(h)) => format!(
            "{var} in {}{}, {}{}",
            if l.inclusive { "[" } else { "(" },
            fmt(l.value),
            fmt(h.value),
            if h.inclusive { "]" } else { ")" },
        ),
    }
}

impl fmt::Display for IntervalSet {
    /// Mathematical notation: `(-inf, 5) ∪ (10, +inf)`, `∅` if empty.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.pieces.is_empty() {
            return f.write_str("∅");
        }
        for (i, piece) in self.pieces.iter().enumerate() {
            if i > 0 {
                f.write_str(" ∪ ")?;
            }
            write!(f, "{piece}")?;
        }
        Ok(())
    }
}

/// A conjunction of one [`IntervalSet`] per variable (a box in several
/// dimensions): a term of a disjunctive normal form. A variable without a
/// constraint may take any value; no stored constraint is [`IntervalSet::all`].
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct Region {
    constraints: BTreeMap<String, IntervalSet>,
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
fn dnf(formula: &Formula, negated: bool) -> Result<Vec<Region>, CannotAnalyse> {
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
fn conjunction(fs: &[Formula], negated: bool) -> Result<Vec<Region>, CannotAnalyse> {
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
fn disjunction(fs: &[Formula], negated: bool) -> Result<Vec<Region>, CannotAnalyse> {
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
fn simplify(terms: Vec<Region>) -> Vec<Region> {
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

/// The set of values of `var` for which `formula` holds, computed directly
/// (no normal form, so it cannot blow up). Fails if the formula is not
/// analysable or compares any other variable.
pub fn set_of(formula: &Formula, var: &str) -> Result<IntervalSet, CannotAnalyse> {
    if !formula.is_analysable() {
        return Err(CannotAnalyse::Opaque);
    }
    fold_set(formula, var)
}

fn fold_set(formula: &Formula, var: &str) -> Result<IntervalSet, CannotAnalyse> {
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

#[cfg(test)]
#[allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]
mod tests {
    use super::*;

    /// Test-only decimal literal.
    fn d(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    fn cmp(var: &str, op: Op, value: &str) -> Formula {
        Formula::cmp(var, op, d(value))
    }

    fn and(fs: Vec<Formula>) -> Formula {
        Formula::And(fs)
    }

    fn or(fs: Vec<Formula>) -> Formula {
        Formula::Or(fs)
    }

    fn not(f: Formula) -> Formula {
        Formula::Not(Box::new(f))
    }

    fn pct(v: Decimal) -> String {
        format!("{v}%")
    }

    fn plain(v: Decimal) -> String {
        v.to_string()
    }

    fn open_open(lo: &str, hi: &str) -> Interval {
        Interval::new(Some(Bound::open(d(lo))), Some(Bound::open(d(hi))))
    }

    fn open_closed(lo: &str, hi: &str) -> Interval {
        Interval::new(Some(Bound::open(d(lo))), Some(Bound::closed(d(hi))))
    }

    fn closed_open(lo: &str, hi: &str) -> Interval {
        Interval::new(Some(Bound::closed(d(lo))), Some(Bound::open(d(hi))))
    }

    fn closed_closed(lo: &str, hi: &str) -> Interval {
        Interval::new(Some(Bound::closed(d(lo))), Some(Bound::closed(d(hi))))
    }

    fn set(pieces: Vec<Interval>) -> IntervalSet {
        IntervalSet::from_intervals(pieces)
    }

    /// The change levels of the design's example contract.
    fn design_levels() -> Vec<Formula> {
        vec![
            cmp("cost_change", Op::Le, "5"),
            and(vec![
                cmp("cost_change", Op::Gt, "5"),
                cmp("cost_change", Op::Le, "15"),
            ]),
            cmp("cost_change", Op::Gt, "15"),
        ]
    }

    #[test]
    fn op_negate_and_flip_are_involutions() {
        for op in [Op::Lt, Op::Le, Op::Gt, Op::Ge, Op::Eq, Op::Ne] {
            assert_eq!(op.negate().negate(), op);
            assert_eq!(op.flip().flip(), op);
            for (x, c) in [("4", "5"), ("5", "5"), ("6", "5")] {
                assert_eq!(op.negate().holds(d(x), d(c)), !op.holds(d(x), d(c)));
                assert_eq!(op.flip().holds(d(c), d(x)), op.holds(d(x), d(c)));
            }
        }
        assert_eq!(Op::Le.to_string(), "<=");
    }

    #[test]
    fn from_cmp_matches_the_operator() {
        for op in [Op::Lt, Op::Le, Op::Gt, Op::Ge, Op::Eq, Op::Ne] {
            let s = IntervalSet::from_cmp(op, d("5"));
            for x in ["-100", "4.99", "5", "5.0", "5.01", "100"] {
                assert_eq!(s.contains(d(x)), op.holds(d(x), d("5")), "{op} {x}");
            }
        }
        assert_eq!(IntervalSet::from_cmp(Op::Ne, d("3")).intervals().len(), 2);
    }

    #[test]
    fn union_merges_touching_intervals_only_when_the_point_is_covered() {
        // (1,2] ∪ (2,3) = (1,3)
        let merged = set(vec![open_closed("1", "2"), open_open("2", "3")]);
        assert_eq!(merged, set(vec![open_open("1", "3")]));
        assert_eq!(merged.intervals().len(), 1);
        // [1,2) ∪ (2,3) stays two pieces
        let split = set(vec![closed_open("1", "2"), open_open("2", "3")]);
        assert_eq!(split.intervals().len(), 2);
        assert!(!split.contains(d("2")));
        // [1,2) ∪ [2,3) = [1,3)
        let joined = set(vec![closed_open("2", "3"), closed_open("1", "2")]);
        assert_eq!(joined, set(vec![closed_open("1", "3")]));
        // overlapping, nested, unbounded, empty pieces
        let s = IntervalSet::from_cmp(Op::Lt, d("0"))
            .union(&set(vec![closed_closed("-5", "5"), open_open("1", "2")]))
            .union(&set(vec![open_open("7", "7")]));
        assert_eq!(s, IntervalSet::from_cmp(Op::Le, d("5")));
        // a point filling a hole
        let holey = IntervalSet::from_cmp(Op::Ne, d("5"));
        assert!(holey.union(&IntervalSet::point(d("5"))).is_all());
        // scale does not matter
        assert_eq!(
            set(vec![open_closed("1", "2.0"), open_open("2", "3")]),
            set(vec![open_open("1.00", "3")])
        );
    }

    #[test]
    fn intersect_complement_and_subset() {
        let a = IntervalSet::from_cmp(Op::Gt, d("15"));
        let b = IntervalSet::from_cmp(Op::Le, d("20"));
        assert_eq!(a.intersect(&b), set(vec![open_closed("15", "20")]));
        assert!(a
            .intersect(&IntervalSet::from_cmp(Op::Le, d("15")))
            .is_empty());
        assert_eq!(
            IntervalSet::from_cmp(Op::Ge, d("5")).intersect(&IntervalSet::from_cmp(Op::Le, d("5"))),
            IntervalSet::point(d("5"))
        );

        assert!(IntervalSet::empty().complement().is_all());
        assert!(IntervalSet::all().complement().is_empty());
        assert_eq!(
            IntervalSet::point(d("3")).complement(),
            IntervalSet::from_cmp(Op::Ne, d("3"))
        );
        assert_eq!(a.complement(), IntervalSet::from_cmp(Op::Le, d("15")));
        let mixed = set(vec![
            closed_open("1", "2"),
            Interval::point(d("4")),
            open_closed("6", "8"),
        ]);
        assert_eq!(mixed.complement().complement(), mixed);
        assert_eq!(
            mixed.complement(),
            set(vec![
                Interval::new(None, Some(Bound::open(d("1")))),
                closed_open("2", "4"),
                open_closed("4", "6"),
                Interval::new(Some(Bound::open(d("8"))), None),
            ])
        );
        assert!(mixed.union(&mixed.complement()).is_all());

        assert!(set(vec![open_closed("15", "20")]).is_subset(&a));
        assert!(!b.is_subset(&a));
        assert!(IntervalSet::empty().is_subset(&IntervalSet::empty()));
        assert!(
            IntervalSet::from_cmp(Op::Le, d("1")).is_subset(&IntervalSet::from_cmp(Op::Le, d("2")))
        );
    }

    #[test]
    fn witnesses_read_well() {
        let w = |i: Interval| set(vec![i]).witness();
        assert_eq!(w(Interval::point(d("5.50"))), Some(d("5.5")));
        assert_eq!(w(open_open("5", "15")), Some(d("10")));
        assert_eq!(w(open_closed("15", "20")), Some(d("20")));
        assert_eq!(w(closed_open("15", "20")), Some(d("15")));
        assert_eq!(w(closed_closed("4.99", "10")), Some(d("10")));
        assert_eq!(w(closed_closed("5", "10")), Some(d("5")));
        assert_eq!(w(open_open("1", "2")), Some(d("1.5")));
        assert_eq!(w(open_open("0", "1")), Some(d("0.5")));
        assert_eq!(w(open_open("5", "100")), Some(d("52")));
        assert_eq!(w(open_open("1", "2.0001")), Some(d("2")));
        assert_eq!(w(open_open("0.1", "0.2")), Some(d("0.15")));
        assert_eq!(w(open_open("-3", "3")), Some(d("0")));
        assert_eq!(
            IntervalSet::from_cmp(Op::Gt, d("15")).witness(),
            Some(d("16"))
        );
        assert_eq!(
            IntervalSet::from_cmp(Op::Gt, d("15.5")).witness(),
            Some(d("16"))
        );
        assert_eq!(
            IntervalSet::from_cmp(Op::Gt, d("-0.5")).witness(),
            Some(d("0"))
        );
        assert_eq!(
            IntervalSet::from_cmp(Op::Ge, d("15.3")).witness(),
            Some(d("15.3"))
        );
        assert_eq!(
            IntervalSet::from_cmp(Op::Lt, d("5")).witness(),
            Some(d("4"))
        );
        assert_eq!(
            IntervalSet::from_cmp(Op::Lt, d("-4.5")).witness(),
            Some(d("-5"))
        );
        assert_eq!(
            IntervalSet::from_cmp(Op::Le, d("5")).witness(),
            Some(d("5"))
        );
        assert_eq!(IntervalSet::all().witness(), Some(Decimal::ZERO));
        assert_eq!(IntervalSet::empty().witness(), None);
        // Several pieces: fewest decimal places, leftmost on a tie.
        assert_eq!(
            set(vec![open_open("0.1", "0.2"), open_open("5", "7")]).witness(),
            Some(d("6"))
        );
        assert_eq!(
            set(vec![
                Interval::new(None, Some(Bound::open(d("5")))),
                Interval::new(Some(Bound::open(d("10"))), None),
            ])
            .witness(),
            Some(d("4"))
        );
        // Nothing representable beyond the largest decimal, and no panic.
        assert_eq!(IntervalSet::from_cmp(Op::Gt, Decimal::MAX).witness(), None);
        assert_eq!(IntervalSet::from_cmp(Op::Lt, Decimal::MIN).witness(), None);
        // No decimal lies strictly between two neighbours at full precision.
        assert_eq!(
            set(vec![open_open(
                "79228162514264337593543950334",
                "79228162514264337593543950335"
            )])
            .witness(),
            None
        );
        // The midpoint is found even when the sum of the ends overflows.
        assert_eq!(
            set(vec![open_open(
                "79228162514264337593543950325",
                "79228162514264337593543950335"
            )])
            .witness(),
            Some(d("79228162514264337593543950330"))
        );
        let huge = set(vec![Interval::new(
            Some(Bound::open(Decimal::MIN)),
            Some(Bound::open(Decimal::MAX)),
        )]);
        assert_eq!(huge.witness(), Some(Decimal::ZERO));
        // A witness always lies in its set.
        let tiny = d("0.0000000000000000000000000001");
        let narrow = set(vec![Interval::new(
            Some(Bound::open(Decimal::ZERO)),
            Some(Bound::open(tiny)),
        )]);
        assert_eq!(narrow.witness(), None);
    }

    #[test]
    fn describe_renders_conditions() {
        let p = &pct;
        assert_eq!(IntervalSet::point(d("5")).describe("x", p), "x = 5%");
        assert_eq!(
            set(vec![open_closed("15", "20")]).describe("x", p),
            "x in (15%, 20%]"
        );
        assert_eq!(
            set(vec![closed_open("15", "20")]).describe("x", p),
            "x in [15%, 20%)"
        );
        assert_eq!(
            IntervalSet::from_cmp(Op::Gt, d("15")).describe("x", p),
            "x > 15%"
        );
        assert_eq!(
            IntervalSet::from_cmp(Op::Ge, d("15")).describe("x", p),
            "x >= 15%"
        );
        assert_eq!(
            IntervalSet::from_cmp(Op::Le, d("5")).describe("x", p),
            "x <= 5%"
        );
        assert_eq!(
            IntervalSet::from_cmp(Op::Lt, d("5")).describe("x", p),
            "x < 5%"
        );
        assert_eq!(
            IntervalSet::from_cmp(Op::Lt, d("5"))
                .union(&IntervalSet::from_cmp(Op::Gt, d("10")))
                .describe("x", p),
            "x < 5% or x > 10%"
        );
        assert_eq!(
            IntervalSet::from_cmp(Op::Ne, d("3")).describe("x", &plain),
            "x != 3"
        );
        assert_eq!(
            set(vec![Interval::point(d("1")), open_open("2", "3")]).describe("x", &plain),
            "x = 1 or x in (2, 3)"
        );
        assert_eq!(IntervalSet::all().describe("x", p), "any value of x");
        assert_eq!(IntervalSet::empty().describe("x", p), "no value of x");
        assert_eq!(
            set(vec![open_closed("15", "20"), Interval::point(d("25"))]).to_string(),
            "(15, 20] ∪ {25}"
        );
        assert_eq!(
            IntervalSet::from_cmp(Op::Ne, d("3")).to_string(),
            "(-inf, 3) ∪ (3, +inf)"
        );
        assert_eq!(IntervalSet::empty().to_string(), "∅");
    }

    #[test]
    fn design_change_levels_neither_overlap_nor_leave_a_gap() {
        let levels = design_levels();
        for (i, a) in levels.iter().enumerate() {
            for b in levels.iter().skip(i + 1) {
                assert_eq!(overlap(a, b), Ok(None));
            }
        }
        assert_eq!(gaps(&levels), Ok(None));
        for level in &levels {
            assert_eq!(satisfiable(level), Verdict::Sometimes);
        }
    }

    #[test]
    fn a_missing_range_is_a_gap_with_a_witness() {
        let levels = vec![
            cmp("cost_change", Op::Le, "5"),
            and(vec![
                cmp("cost_change", Op::Gt, "5"),
                cmp("cost_change", Op::Le, "15"),
            ]),
            cmp("cost_change", Op::Gt, "20"),
        ];
        let (var, gap) = gaps(&levels).unwrap().unwrap();
        assert_eq!(var, "cost_change");
        assert_eq!(gap, set(vec![open_closed("15", "20")]));
        assert_eq!(gap.witness(), Some(d("20")));
        assert_eq!(gap.describe(&var, &pct), "cost_change in (15%, 20%]");
    }

    #[test]
    fn strict_comparisons_on_both_sides_leave_the_point() {
        let levels = vec![
            cmp("cost_change", Op::Lt, "5"),
            cmp("cost_change", Op::Gt, "5"),
        ];
        let (var, gap) = gaps(&levels).unwrap().unwrap();
        assert_eq!(gap, IntervalSet::point(d("5")));
        assert_eq!(gap.witness(), Some(d("5")));
        assert_eq!(gap.describe(&var, &pct), "cost_change = 5%");
        assert_eq!(overlap(&levels[0], &levels[1]), Ok(None));
    }

    #[test]
    fn overlapping_levels_give_the_shared_interval() {
        let significant = cmp("scope_change", Op::Gt, "15");
        let fundamental = cmp("scope_change", Op::Le, "20");
        let w = overlap(&significant, &fundamental).unwrap().unwrap();
        let (var, shared) = w.set.clone().unwrap();
        assert_eq!(var, "scope_change");
        assert_eq!(shared, set(vec![open_closed("15", "20")]));
        assert_eq!(shared.describe(&var, &pct), "scope_change in (15%, 20%]");
        assert_eq!(
            w.values,
            BTreeMap::from([("scope_change".to_owned(), d("20"))])
        );
        assert_eq!(
            evaluate(&and(vec![significant, fundamental]), &w.values),
            Some(true)
        );
    }

    #[test]
    fn contradictions_never_hold() {
        let f = and(vec![cmp("x", Op::Gt, "10"), cmp("x", Op::Lt, "5")]);
        assert_eq!(satisfiable(&f), Verdict::Never);
        assert_eq!(can_hold(&f), Ok(false));
        assert_eq!(witness(&f), Ok(None));
        assert_eq!(to_dnf(&f), Ok(vec![]));

        let multi = and(vec![
            cmp("x", Op::Gt, "10"),
            cmp("y", Op::Lt, "3"),
            cmp("x", Op::Lt, "5"),
        ]);
        assert_eq!(satisfiable(&multi), Verdict::Never);

        let de_morgan = and(vec![
            or(vec![cmp("x", Op::Gt, "5"), cmp("y", Op::Gt, "5")]),
            not(cmp("x", Op::Gt, "5")),
            not(cmp("y", Op::Gt, "5")),
        ]);
        assert_eq!(satisfiable(&de_morgan), Verdict::Never);
        assert_eq!(satisfiable(&Formula::False), Verdict::Never);
        assert_eq!(satisfiable(&Formula::Or(vec![])), Verdict::Never);
        assert_eq!(
            satisfiable(&and(vec![cmp("x", Op::Eq, "3"), cmp("x", Op::Ne, "3")])),
            Verdict::Never
        );
    }

    #[test]
    fn always_and_sometimes() {
        let f = or(vec![cmp("x", Op::Gt, "5"), cmp("x", Op::Le, "5")]);
        assert_eq!(satisfiable(&f), Verdict::Always);
        let g = or(vec![cmp("x", Op::Gt, "5"), cmp("x", Op::Lt, "5")]);
        assert_eq!(satisfiable(&g), Verdict::Sometimes);
        let h = or(vec![cmp("x", Op::Gt, "5"), cmp("y", Op::Gt, "5")]);
        assert_eq!(satisfiable(&h), Verdict::Sometimes);
        let excluded_middle = or(vec![
            and(vec![cmp("x", Op::Gt, "5"), cmp("y", Op::Gt, "5")]),
            cmp("x", Op::Le, "5"),
            cmp("y", Op::Le, "5"),
        ]);
        assert_eq!(satisfiable(&excluded_middle), Verdict::Always);
        assert_eq!(satisfiable(&Formula::True), Verdict::Always);
        assert_eq!(satisfiable(&Formula::And(vec![])), Verdict::Always);
        assert_eq!(can_hold(&h), Ok(true));
    }

    #[test]
    fn negation_flips_the_operator() {
        let f = not(cmp("x", Op::Gt, "5"));
        assert_eq!(set_of(&f, "x"), Ok(IntervalSet::from_cmp(Op::Le, d("5"))));
        assert_eq!(
            to_dnf(&f),
            Ok(vec![Region::single(
                "x",
                IntervalSet::from_cmp(Op::Le, d("5"))
            )])
        );
        assert_eq!(
            set_of(&not(cmp("x", Op::Eq, "5")), "x"),
            Ok(IntervalSet::from_cmp(Op::Ne, d("5")))
        );
        assert_eq!(
            set_of(&not(not(cmp("x", Op::Ne, "5"))), "x"),
            Ok(IntervalSet::from_cmp(Op::Ne, d("5")))
        );
        // not (x > 5 and y < 3) = x <= 5 or y >= 3
        let g = not(and(vec![cmp("x", Op::Gt, "5"), cmp("y", Op::Lt, "3")]));
        let terms = to_dnf(&g).unwrap();
        assert_eq!(
            terms,
            vec![
                Region::single("x", IntervalSet::from_cmp(Op::Le, d("5"))),
                Region::single("y", IntervalSet::from_cmp(Op::Ge, d("3"))),
            ]
        );
        // not (x < 1 or x > 2) = 1 <= x <= 2
        let h = not(or(vec![cmp("x", Op::Lt, "1"), cmp("x", Op::Gt, "2")]));
        assert_eq!(
            to_dnf(&h),
            Ok(vec![Region::single(
                "x",
                set(vec![closed_closed("1", "2")])
            )])
        );
    }

    #[test]
    fn not_equal_in_gap_and_overlap_analysis() {
        let ne = cmp("x", Op::Ne, "3");
        let (var, gap) = gaps(std::slice::from_ref(&ne)).unwrap().unwrap();
        assert_eq!(gap, IntervalSet::point(d("3")));
        assert_eq!(gap.describe(&var, &plain), "x = 3");
        assert_eq!(gaps(&[ne.clone(), cmp("x", Op::Eq, "3")]), Ok(None));
        let (_, gap) = gaps(&[cmp("x", Op::Eq, "3")]).unwrap().unwrap();
        assert_eq!(gap, IntervalSet::from_cmp(Op::Ne, d("3")));
        assert_eq!(gap.describe("x", &plain), "x != 3");
        assert_eq!(gap.witness(), Some(d("2")));

        let w = overlap(&ne, &cmp("x", Op::Ge, "3")).unwrap().unwrap();
        let (_, shared) = w.set.unwrap();
        assert_eq!(shared, IntervalSet::from_cmp(Op::Gt, d("3")));
        assert_eq!(w.values.get("x"), Some(&d("4")));
        assert_eq!(overlap(&ne, &cmp("x", Op::Eq, "3")), Ok(None));
        assert_eq!(satisfiable(&ne), Verdict::Sometimes);
    }

    #[test]
    fn opaque_conditions_cannot_be_analysed() {
        let opaque = Formula::Opaque;
        let mixed = and(vec![cmp("x", Op::Gt, "5"), Formula::Opaque]);
        let hidden = and(vec![Formula::False, not(Formula::Opaque)]);
        for f in [&opaque, &mixed, &hidden] {
            assert_eq!(
                satisfiable(f),
                Verdict::CannotAnalyse(CannotAnalyse::Opaque)
            );
            assert_eq!(to_dnf(f), Err(CannotAnalyse::Opaque));
            assert_eq!(witness(f), Err(CannotAnalyse::Opaque));
            assert_eq!(can_hold(f), Err(CannotAnalyse::Opaque));
            assert_eq!(set_of(f, "x"), Err(CannotAnalyse::Opaque));
            assert_eq!(
                overlap(f, &cmp("x", Op::Lt, "1")),
                Err(CannotAnalyse::Opaque)
            );
            assert_eq!(
                gaps(&[cmp("x", Op::Lt, "1"), f.clone()]),
                Err(CannotAnalyse::Opaque)
            );
            assert_eq!(
                evaluate(f, &BTreeMap::from([("x".to_owned(), d("6"))])),
                None
            );
        }
        assert!(!CannotAnalyse::Opaque.to_string().is_empty());
    }

    #[test]
    fn gaps_need_one_variable() {
        let levels = vec![cmp("x", Op::Le, "5"), cmp("y", Op::Gt, "5")];
        assert_eq!(gaps(&levels), Err(CannotAnalyse::NotSingleVariable));
        let mixed = vec![and(vec![cmp("x", Op::Le, "5"), cmp("y", Op::Gt, "5")])];
        assert_eq!(gaps(&mixed), Err(CannotAnalyse::NotSingleVariable));
        assert_eq!(
            set_of(&mixed[0], "x"),
            Err(CannotAnalyse::NotSingleVariable)
        );
        // Constant levels are allowed beside one variable.
        assert_eq!(gaps(&[cmp("x", Op::Le, "5"), Formula::True]), Ok(None));
        let (var, gap) = gaps(&[cmp("x", Op::Le, "5"), Formula::False])
            .unwrap()
            .unwrap();
        assert_eq!(
            (var.as_str(), gap),
            ("x", IntervalSet::from_cmp(Op::Gt, d("5")))
        );
        // No variable at all: fine if covered, otherwise nothing to name.
        assert_eq!(gaps(&[Formula::True]), Ok(None));
        assert_eq!(
            gaps(&[Formula::False]),
            Err(CannotAnalyse::NotSingleVariable)
        );
        assert_eq!(gaps(&[]), Err(CannotAnalyse::NotSingleVariable));
        assert_eq!(gaps_within(&[], &IntervalSet::empty()), Ok(None));
    }

    #[test]
    fn gaps_within_a_declared_range() {
        let range = set(vec![closed_closed("0", "100")]);
        assert_eq!(gaps_within(&design_levels(), &range), Ok(None));
        let (_, gap) = gaps_within(&[cmp("defects", Op::Ge, "10")], &range)
            .unwrap()
            .unwrap();
        assert_eq!(gap, set(vec![closed_open("0", "10")]));
        assert_eq!(gap.witness(), Some(d("0")));
        assert_eq!(gap.describe("defects", &pct), "defects in [0%, 10%)");
        // Negative values only matter without a range.
        let levels = vec![and(vec![cmp("x", Op::Ge, "0"), cmp("x", Op::Le, "100")])];
        assert_eq!(gaps_within(&levels, &range), Ok(None));
        let (_, gap) = gaps(&levels).unwrap().unwrap();
        assert_eq!(gap.describe("x", &pct), "x < 0% or x > 100%");
        assert_eq!(gap.witness(), Some(d("-1")));
    }

    #[test]
    fn multi_variable_overlap_gives_an_assignment() {
        let a = and(vec![
            cmp("cost_change", Op::Gt, "5"),
            cmp("scope_change", Op::Le, "10"),
        ]);
        let b = or(vec![
            cmp("cost_change", Op::Gt, "15"),
            cmp("scope_change", Op::Eq, "2.5"),
        ]);
        let w = overlap(&a, &b).unwrap().unwrap();
        assert_eq!(w.set, None);
        assert_eq!(evaluate(&a, &w.values), Some(true));
        assert_eq!(evaluate(&b, &w.values), Some(true));
        let c = and(vec![
            cmp("cost_change", Op::Le, "5"),
            cmp("market", Op::Gt, "0"),
        ]);
        assert_eq!(overlap(&a, &c), Ok(None));
        let terms = to_dnf(&and(vec![a.clone(), b.clone()])).unwrap();
        assert_eq!(terms.len(), 2);
        let described = terms[0].describe(&|_, v| pct(v));
        assert_eq!(described, "cost_change > 15% and scope_change <= 10%");
        assert_eq!(Region::all().describe(&|_, v| pct(v)), "any values");
        // A condition free of one variable leaves it out of the assignment.
        let w = witness(&or(vec![
            cmp("x", Op::Gt, "1"),
            and(vec![cmp("x", Op::Lt, "0"), cmp("y", Op::Eq, "1")]),
        ]))
        .unwrap()
        .unwrap();
        assert_eq!(w.values, BTreeMap::from([("x".to_owned(), d("2"))]));
    }

    #[test]
    fn normal_forms_are_capped() {
        // (a0 > 0 or b0 > 0) and ... and (a9 > 0 or b9 > 0): 1024 terms.
        let big = and((0..10)
            .map(|i| {
                or(vec![
                    cmp(&format!("a{i}"), Op::Gt, "0"),
                    cmp(&format!("b{i}"), Op::Gt, "0"),
                ])
            })
            .collect());
        assert_eq!(to_dnf(&big), Err(CannotAnalyse::TooComplex));
        assert_eq!(
            satisfiable(&big),
            Verdict::CannotAnalyse(CannotAnalyse::TooComplex)
        );
        // Seven pairs fit (128 terms) but their negation is fine too.
        let fits = and((0..7)
            .map(|i| {
                or(vec![
                    cmp(&format!("a{i}"), Op::Gt, "0"),
                    cmp(&format!("b{i}"), Op::Gt, "0"),
                ])
            })
            .collect());
        assert_eq!(to_dnf(&fits).map(|t| t.len()), Ok(128));
        assert_eq!(satisfiable(&fits), Verdict::Sometimes);
        // One variable never builds a normal form, however many branches.
        let wide = and((0..40)
            .map(|i| {
                or(vec![
                    cmp("x", Op::Lt, &i.to_string()),
                    cmp("x", Op::Gt, &(i + 1).to_string()),
                ])
            })
            .collect());
        assert_eq!(satisfiable(&wide), Verdict::Sometimes);
        assert_eq!(to_dnf(&wide).map(|t| t.len()), Ok(1));
    }

    #[test]
    fn thresholds_for_bonus_tiers() {
        assert_eq!(
            threshold(&cmp("defects", Op::Le, "2"), "defects"),
            Some((Op::Le, d("2")))
        );
        assert_eq!(
            threshold(&Formula::cmp_reversed(d("2"), Op::Ge, "defects"), "defects"),
            Some((Op::Le, d("2")))
        );
        assert_eq!(
            threshold(&not(cmp("defects", Op::Gt, "2")), "defects"),
            Some((Op::Le, d("2")))
        );
        assert_eq!(
            threshold(&and(vec![cmp("defects", Op::Lt, "1")]), "defects"),
            Some((Op::Lt, d("1")))
        );
        assert_eq!(threshold(&cmp("defects", Op::Eq, "2"), "defects"), None);
        assert_eq!(threshold(&cmp("defects", Op::Ne, "2"), "defects"), None);
        assert_eq!(threshold(&cmp("other", Op::Le, "2"), "defects"), None);
        assert_eq!(
            threshold(
                &and(vec![
                    cmp("defects", Op::Le, "2"),
                    cmp("defects", Op::Ge, "0")
                ]),
                "defects"
            ),
            None
        );
        assert_eq!(threshold(&Formula::Opaque, "defects"), None);
        // A stricter tier is a subset of a laxer one.
        let good = set_of(&cmp("defects", Op::Le, "2"), "defects").unwrap();
        let excellent = set_of(&cmp("defects", Op::Le, "1"), "defects").unwrap();
        assert!(excellent.is_subset(&good));
        assert!(!good.is_subset(&excellent));
    }

    /// A small deterministic generator, so the randomised checks need no crate.
    struct Lcg(u64);

    impl Lcg {
        fn next(&mut self, n: u64) -> u64 {
            self.0 = self
                .0
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (self.0 >> 33) % n
        }
    }

    const CONSTANTS: [&str; 4] = ["0", "1", "2.5", "5"];
    const OPS: [Op; 6] = [Op::Lt, Op::Le, Op::Gt, Op::Ge, Op::Eq, Op::Ne];

    fn random_formula(rng: &mut Lcg, vars: &[&str], depth: u32) -> Formula {
        let leaf = depth == 0 || rng.next(3) == 0;
        if leaf {
            return match rng.next(12) {
                0 => Formula::True,
                1 => Formula::False,
                _ => cmp(
                    vars[rng.next(vars.len() as u64) as usize],
                    OPS[rng.next(6) as usize],
                    CONSTANTS[rng.next(4) as usize],
                ),
            };
        }
        let kind = rng.next(3);
        if kind == 2 {
            return not(random_formula(rng, vars, depth - 1));
        }
        let count = rng.next(4);
        let children = (0..count)
            .map(|_| random_formula(rng, vars, depth - 1))
            .collect();
        if kind == 0 {
            Formula::And(children)
        } else {
            Formula::Or(children)
        }
    }

    /// Every constant, every midpoint between neighbours, and beyond both ends.
    fn samples() -> Vec<Decimal> {
        ["-1", "0", "0.5", "1", "1.75", "2.5", "3.75", "5", "6"]
            .iter()
            .map(|s| d(s))
            .collect()
    }

    #[test]
    fn randomised_single_variable_sets_agree_with_evaluation() {
        let mut rng = Lcg(7);
        for _ in 0..2000 {
            let f = random_formula(&mut rng, &["x"], 4);
            let s = set_of(&f, "x").unwrap();
            for x in samples() {
                let values = BTreeMap::from([("x".to_owned(), x)]);
                assert_eq!(Some(s.contains(x)), evaluate(&f, &values), "{f:?} at {x}");
            }
            // canonical form
            assert_eq!(IntervalSet::from_intervals(s.intervals().to_vec()), s);
            assert_eq!(s.complement().complement(), s);
            match s.witness() {
                Some(w) => assert!(s.contains(w), "{f:?} {w}"),
                None => assert!(s.is_empty()),
            }
            let verdict = satisfiable(&f);
            assert_eq!(verdict == Verdict::Never, s.is_empty());
            assert_eq!(verdict == Verdict::Always, s.is_all());
        }
    }

    #[test]
    fn randomised_normal_forms_agree_with_evaluation() {
        let mut rng = Lcg(11);
        for _ in 0..1000 {
            let f = random_formula(&mut rng, &["x", "y"], 4);
            let terms = match to_dnf(&f) {
                Ok(terms) => terms,
                Err(CannotAnalyse::TooComplex) => continue,
                Err(e) => panic!("{e}"),
            };
            let mut any = false;
            let mut all = true;
            for x in samples() {
                for y in samples() {
                    let values = BTreeMap::from([("x".to_owned(), x), ("y".to_owned(), y)]);
                    let in_terms = terms.iter().any(|t| {
                        t.constraints()
                            .iter()
                            .all(|(var, s)| s.contains(values[var]))
                    });
                    let expected = evaluate(&f, &values).unwrap();
                    assert_eq!(in_terms, expected, "{f:?} at {x}, {y}");
                    any |= expected;
                    all &= expected;
                }
            }
            match witness(&f).unwrap() {
                Some(w) => {
                    let mut values = w.values.clone();
                    for var in ["x", "y"] {
                        values.entry(var.to_owned()).or_insert(Decimal::ZERO);
                    }
                    assert_eq!(evaluate(&f, &values), Some(true), "{f:?} {w:?}");
                }
                None => assert!(!any && terms.is_empty(), "{f:?}"),
            }
            // The samples cover every region, so they decide the verdict.
            let expected = if !any {
                Verdict::Never
            } else if all {
                Verdict::Always
            } else {
                Verdict::Sometimes
            };
            assert_eq!(satisfiable(&f), expected, "{f:?}");
        }
    }
}
