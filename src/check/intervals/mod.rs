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

mod analysis;
mod interval;
mod region;
mod set;
#[cfg(test)]
mod tests;

pub use analysis::*;
pub use interval::*;
pub use region::*;
pub use set::*;

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

    pub(super) fn collect_variables<'a>(&'a self, out: &mut BTreeSet<&'a str>) {
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
