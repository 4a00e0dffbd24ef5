//! `X% of Y` and `A + B`, `A - B`, `A * B`, `A / B` in conditions and
//! amounts: their types checked (design §3: "`X% of <money>` is money;
//! `<money> * <number>` is money"), folded to a constant when both sides
//! are constants, kept as a `Computation` for the run otherwise.

use super::*;
use crate::ir::arith::{self, Op};
use crate::vocab::ArithOp;

impl Lower<'_> {
    /// `a OP b` as an operand of a condition.
    pub(super) fn computed(
        &mut self,
        op: Op,
        a: &ast::Expr,
        b: &ast::Expr,
        span: Span,
    ) -> Option<(Operand, Type, Span)> {
        let left = self.operand(a);
        let right = self.operand(b);
        let ((lhs, lt, _), (rhs, rt, _)) = (left?, right?);
        let ty = self.result_type(op, (lt, a.span), (rt, b.span), span)?;
        match (lhs, rhs) {
            (Operand::Value(x), Operand::Value(y)) => {
                let value = self.fold(op, &x, &y, span)?;
                Some((Operand::Value(value), ty, span))
            }
            (lhs, rhs) => {
                let computation = ir::Computation { op, lhs, rhs, ty };
                Some((Operand::Computed(Box::new(computation)), ty, span))
            }
        }
    }

    /// `a OP b` where both sides must be constants (a tier's `pays`).
    pub(super) fn constant_operation(
        &mut self,
        op: Op,
        a: &ast::Expr,
        b: &ast::Expr,
        span: Span,
    ) -> Option<Value> {
        let x = self.constant(a);
        let y = self.constant(b);
        let (x, y) = (x?, y?);
        self.result_type(op, (x.ty(), a.span), (y.ty(), b.span), span)?;
        self.fold(op, &x, &y, span)
    }

    fn result_type(
        &mut self,
        op: Op,
        (a, a_span): (Type, Span),
        (b, b_span): (Type, Span),
        span: Span,
    ) -> Option<Type> {
        if let Some(ty) = arith::result_type(op, a, b) {
            return Some(ty);
        }
        let what = match op {
            Op::PercentOf if a != Type::Percent => {
                self.error(
                    Diagnostic::error("E0202", "the left of `of` must be a percentage", a_span)
                        .with_primary_label(format!("this is {}", a_type(a))),
                );
                return None;
            }
            Op::PercentOf => format!("cannot take a percentage of {}", a_type(b)),
            Op::Arith(ArithOp::Add) => format!("cannot add {} to {}", a_type(b), a_type(a)),
            Op::Arith(ArithOp::Sub) => {
                format!("cannot subtract {} from {}", a_type(b), a_type(a))
            }
            Op::Arith(ArithOp::Mul) => format!("cannot multiply {} by {}", a_type(a), a_type(b)),
            Op::Arith(ArithOp::Div) => format!("cannot divide {} by {}", a_type(a), a_type(b)),
        };
        self.error(
            Diagnostic::error("E0202", what, span)
                .with_label(a_span, a_type(a))
                .with_label(b_span, a_type(b))
                .with_help(
                    "a percentage of money is money, money times or divided by a number is money, and only like quantities add up",
                ),
        );
        None
    }

    fn fold(&mut self, op: Op, x: &Value, y: &Value, span: Span) -> Option<Value> {
        match arith::apply(op, x, y) {
            Ok(value) => Some(value),
            Err(arith::Error::Currencies(a, b)) => {
                self.error(
                    Diagnostic::error(
                        "E0203",
                        format!("cannot combine {a} and {b}: Pact never converts currencies"),
                        span,
                    )
                    .with_primary_label(format!("{a} and {b}")),
                );
                None
            }
            Err(arith::Error::DivisionByZero) => {
                self.error(
                    Diagnostic::error("E0219", "division by zero", span)
                        .with_primary_label("the right side is zero"),
                );
                None
            }
            Err(arith::Error::Overflow) => {
                self.error(
                    Diagnostic::error(
                        "E0219",
                        "this result has more digits than Pact can hold exactly",
                        span,
                    )
                    .with_primary_label(format!("{x} {} {y}", op.text()))
                    .with_note("an exact decimal keeps about 28 digits; Pact never rounds a result silently"),
                );
                None
            }
            Err(arith::Error::Unlike(..)) => None,
        }
    }
}
