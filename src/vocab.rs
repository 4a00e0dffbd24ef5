//! The vocabulary that the syntax tree and the model share: comparison
//! operators, modality and a metric's direction.
//!
//! A leaf module (it imports nothing from the crate), so that the model
//! (`ir`) and everything after it can name these words without reaching
//! back up into `syntax`. `syntax::ast` re-exports them.

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
