//! Interval ends and single intervals, with witnesses that read well.

use super::*;

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
    pub(super) fn flipped(self) -> Bound {
        Bound {
            value: self.value,
            inclusive: !self.inclusive,
        }
    }
}

/// Orders lower ends: `-inf` first, and at equal values a closed end first.
pub(super) fn cmp_lo(a: &Option<Bound>, b: &Option<Bound>) -> Ordering {
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
pub(super) fn cmp_hi(a: &Option<Bound>, b: &Option<Bound>) -> Ordering {
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
pub(super) fn joins(hi: &Option<Bound>, lo: &Option<Bound>) -> bool {
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
pub(super) fn decimals(value: Decimal) -> u32 {
    value.normalize().scale()
}

/// The value strictly between `lo` and `hi` (with `lo < hi`) with the fewest
/// decimal places, nearest their midpoint. Rounding the midpoint to `n`
/// places gives a value inside whenever any value with `n` places is inside,
/// so the first rounding that lands inside is the simplest.
pub(super) fn simple_between(lo: Decimal, hi: Decimal) -> Option<Decimal> {
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
