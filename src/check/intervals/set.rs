//! Sets of decimals as sorted, disjoint, merged unions of intervals.

use super::*;

/// A set of decimals: a union of intervals, kept sorted, disjoint, non-empty
/// and merged (no two touch), so equal sets compare equal.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct IntervalSet {
    pub(super) pieces: Vec<Interval>,
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
pub(super) fn describe_interval(
    piece: &Interval,
    var: &str,
    fmt: &dyn Fn(Decimal) -> String,
) -> String {
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
