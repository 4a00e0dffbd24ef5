//! The vocabulary that the syntax tree and the model share: comparison
//! and arithmetic operators, modality, a metric's direction and the words for durations.
//!
//! A leaf module (it imports nothing from the crate), so that the model
//! (`ir`) and everything after it can name these words without reaching
//! back up into `syntax`. `syntax::ast` re-exports them.

/// The unit words the checker knows, for "did you mean" (the syntax's
/// messages use them too).
pub const DURATION_WORDS: &[&str] = &[
    "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months",
    "quarter", "quarters", "year", "years",
];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    LowerIsBetter,
    HigherIsBetter,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Modality {
    Must,
    May,
    MustNot,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    Lt,
    Le,
    Gt,
    Ge,
    Eq,
    Ne,
}

impl CmpOp {
    pub fn text(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
            CmpOp::Eq => "=",
            CmpOp::Ne => "!=",
        }
    }
}

/// `+ - * /` between two values (`X% of Y` is apart: `ExprKind::PercentOf`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArithOp {
    Add,
    Sub,
    Mul,
    Div,
}

impl ArithOp {
    pub fn text(self) -> &'static str {
        match self {
            ArithOp::Add => "+",
            ArithOp::Sub => "-",
            ArithOp::Mul => "*",
            ArithOp::Div => "/",
        }
    }
}
