//! Exact arithmetic on values: `X% of Y` and `+ - * /` (design §3: "`X% of
//! <money>` is money; `<money> * <number>` is money").
//!
//! Lowering folds the expressions whose operands are constants; the run
//! computes the others on each reading. Both use this module, so a
//! condition means the same at check time and at run time. Nothing here
//! rounds silently: a result that a 96-bit decimal cannot hold is an error.

use rust_decimal::Decimal;

use super::values::{Money, Type, Value};
use crate::vocab::ArithOp;

/// An operation between two values.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    /// `X% of Y`
    PercentOf,
    Arith(ArithOp),
}

impl Op {
    pub fn text(self) -> &'static str {
        match self {
            Op::PercentOf => "of",
            Op::Arith(op) => op.text(),
        }
    }
}

/// Why an operation has no value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Error {
    /// The operation does not apply to these types (`money * money`).
    Unlike(Type, Type),
    /// Money of two currencies added, subtracted or divided.
    Currencies(String, String),
    /// Division by zero.
    DivisionByZero,
    /// The exact result does not fit in a decimal.
    Overflow,
}

/// The type of `a OP b`, or `None` when the operation does not apply.
pub fn result_type(op: Op, a: Type, b: Type) -> Option<Type> {
    let number = |t: Type| matches!(t, Type::Number | Type::Count | Type::Score);
    match op {
        Op::PercentOf if a == Type::Percent => match b {
            Type::Money | Type::Percent => Some(b),
            t if number(t) => Some(Type::Number),
            _ => None,
        },
        Op::PercentOf => None,
        Op::Arith(ArithOp::Add | ArithOp::Sub) => match (a, b) {
            _ if number(a) && number(b) => Some(Type::Number),
            (Type::Money, Type::Money) | (Type::Percent, Type::Percent) => Some(a),
            _ => None,
        },
        Op::Arith(ArithOp::Mul) => match (a, b) {
            _ if number(a) && number(b) => Some(Type::Number),
            (Type::Money | Type::Percent, t) if number(t) => Some(a),
            (t, Type::Money | Type::Percent) if number(t) => Some(b),
            _ => None,
        },
        Op::Arith(ArithOp::Div) => match (a, b) {
            _ if number(a) && number(b) => Some(Type::Number),
            (Type::Money | Type::Percent, t) if number(t) => Some(a),
            (Type::Money, Type::Money) | (Type::Percent, Type::Percent) => Some(Type::Number),
            _ => None,
        },
    }
}

/// `a OP b`, exactly.
pub fn apply(op: Op, a: &Value, b: &Value) -> Result<Value, Error> {
    use Value::{Money as M, Number as N, Percent as P};
    let unlike = || Error::Unlike(a.ty(), b.ty());
    let hundred = Decimal::ONE_HUNDRED;
    match op {
        Op::PercentOf => {
            let P(rate) = a else { return Err(unlike()) };
            let share = |x: Decimal| mul(*rate, x).and_then(|v| div(v, hundred));
            match b {
                M(m) => Ok(M(money(share(m.amount)?, &m.currency))),
                P(x) => Ok(P(share(*x)?)),
                N(x) => Ok(N(share(*x)?)),
                _ => Err(unlike()),
            }
        }
        Op::Arith(arith) => match (arith, a, b) {
            (ArithOp::Add | ArithOp::Sub, M(x), M(y)) => {
                same_currency(x, y)?;
                Ok(M(money(add_sub(arith, x.amount, y.amount)?, &x.currency)))
            }
            (ArithOp::Add | ArithOp::Sub, P(x), P(y)) => Ok(P(add_sub(arith, *x, *y)?)),
            (ArithOp::Add | ArithOp::Sub, N(x), N(y)) => Ok(N(add_sub(arith, *x, *y)?)),
            (ArithOp::Mul, N(x), N(y)) => Ok(N(mul(*x, *y)?)),
            (ArithOp::Mul, M(m), N(n)) | (ArithOp::Mul, N(n), M(m)) => {
                Ok(M(money(mul(m.amount, *n)?, &m.currency)))
            }
            (ArithOp::Mul, P(p), N(n)) | (ArithOp::Mul, N(n), P(p)) => Ok(P(mul(*p, *n)?)),
            (ArithOp::Div, N(x), N(y)) => Ok(N(div(*x, *y)?)),
            (ArithOp::Div, M(m), N(n)) => Ok(M(money(div(m.amount, *n)?, &m.currency))),
            (ArithOp::Div, P(p), N(n)) => Ok(P(div(*p, *n)?)),
            (ArithOp::Div, P(x), P(y)) => Ok(N(div(*x, *y)?)),
            (ArithOp::Div, M(x), M(y)) => {
                same_currency(x, y)?;
                Ok(N(div(x.amount, y.amount)?))
            }
            _ => Err(unlike()),
        },
    }
}

fn money(amount: Decimal, currency: &str) -> Money {
    Money {
        amount,
        currency: currency.to_string(),
    }
}

fn same_currency(x: &Money, y: &Money) -> Result<(), Error> {
    if x.currency == y.currency {
        Ok(())
    } else {
        Err(Error::Currencies(x.currency.clone(), y.currency.clone()))
    }
}

fn add_sub(op: ArithOp, x: Decimal, y: Decimal) -> Result<Decimal, Error> {
    let y = if op == ArithOp::Sub { -y } else { y };
    exact_add(x, y).ok_or(Error::Overflow)
}

fn mul(x: Decimal, y: Decimal) -> Result<Decimal, Error> {
    exact_mul(x, y).ok_or(Error::Overflow)
}

fn div(x: Decimal, y: Decimal) -> Result<Decimal, Error> {
    if y.is_zero() {
        return Err(Error::DivisionByZero);
    }
    // A quotient may be an endless fraction (1 / 3): it is rounded to 28
    // digits, the precision of the type, like any division.
    x.checked_div(y).ok_or(Error::Overflow)
}

/// `a + b` when a 96-bit decimal holds the sum exactly. `Decimal`'s own
/// `checked_add` fails only on overflow: a sum that fits only with fewer
/// decimals (`196175244437849541076614425.75 + 0.005`) comes back rounded.
pub fn exact_add(a: Decimal, b: Decimal) -> Option<Decimal> {
    let scale = a.scale().max(b.scale());
    let aligned = |x: Decimal| {
        x.mantissa()
            .checked_mul(10i128.checked_pow(scale - x.scale())?)
    };
    let mantissa = aligned(a)?.checked_add(aligned(b)?)?;
    from_parts(mantissa, scale)
}

/// `a * b` when a 96-bit decimal holds the product exactly (`checked_mul`
/// rounds a product with too many digits, as `checked_add` does).
pub fn exact_mul(a: Decimal, b: Decimal) -> Option<Decimal> {
    let mantissa = a.mantissa().checked_mul(b.mantissa())?;
    from_parts(mantissa, a.scale() + b.scale())
}

/// The decimal `mantissa × 10^-scale`, trailing zeros dropped first (they
/// cost nothing: 0.5 + 0.5 is 1, not 1.0 out of room).
fn from_parts(mut mantissa: i128, mut scale: u32) -> Option<Decimal> {
    while scale > 0 && mantissa % 10 == 0 {
        mantissa /= 10;
        scale -= 1;
    }
    Decimal::try_from_i128_with_scale(mantissa, scale).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn d(text: &str) -> Decimal {
        Decimal::from_str(text).unwrap_or_default()
    }

    fn usd(amount: Decimal) -> Value {
        Value::Money(money(amount, "USD"))
    }

    #[test]
    fn percent_of_money_is_money() {
        let r = apply(Op::PercentOf, &Value::Percent(d("10")), &usd(d("1000000")));
        assert_eq!(r, Ok(usd(d("100000"))));
    }

    #[test]
    fn money_times_number_either_way() {
        let two = Value::Number(d("2"));
        let m = usd(d("50000"));
        assert_eq!(
            apply(Op::Arith(ArithOp::Mul), &m, &two),
            Ok(usd(d("100000")))
        );
        assert_eq!(
            apply(Op::Arith(ArithOp::Mul), &two, &m),
            Ok(usd(d("100000")))
        );
    }

    #[test]
    fn percentages_add() {
        let r = apply(
            Op::Arith(ArithOp::Add),
            &Value::Percent(d("2")),
            &Value::Percent(d("3")),
        );
        assert_eq!(r, Ok(Value::Percent(d("5"))));
    }

    #[test]
    fn unlike_types_and_currencies_are_errors() {
        let eur = Value::Money(money(d("1"), "EUR"));
        assert_eq!(
            apply(Op::Arith(ArithOp::Add), &usd(d("1")), &eur),
            Err(Error::Currencies("USD".into(), "EUR".into()))
        );
        assert_eq!(
            apply(Op::Arith(ArithOp::Mul), &usd(d("1")), &usd(d("1"))),
            Err(Error::Unlike(Type::Money, Type::Money))
        );
        assert_eq!(
            result_type(Op::Arith(ArithOp::Mul), Type::Money, Type::Money),
            None
        );
    }

    #[test]
    fn division_by_zero_and_overflow_are_errors() {
        let zero = Value::Number(Decimal::ZERO);
        assert_eq!(
            apply(Op::Arith(ArithOp::Div), &usd(d("1")), &zero),
            Err(Error::DivisionByZero)
        );
        assert_eq!(
            apply(
                Op::Arith(ArithOp::Mul),
                &Value::Number(Decimal::MAX),
                &Value::Number(d("2"))
            ),
            Err(Error::Overflow)
        );
    }

    #[test]
    fn results_that_would_round_are_errors() {
        // 79228162514264337593543950335 - 0.5 needs more than 96 bits.
        let add = Op::Arith(ArithOp::Add);
        let max = Value::Number(Decimal::MAX);
        assert_eq!(
            apply(add, &max, &Value::Number(d("-0.5"))),
            Err(Error::Overflow)
        );
        // 1.5 × 0.5 = 0.75, exact; 29 digits times 3 are not.
        let mul = Op::Arith(ArithOp::Mul);
        let n = |t: &str| Value::Number(d(t));
        assert_eq!(apply(mul, &n("1.5"), &n("0.5")), Ok(n("0.75")));
        assert_eq!(
            apply(mul, &n("7922816251426433759354395033.5"), &n("3")),
            Err(Error::Overflow)
        );
        // Trailing zeros are dropped, not counted against the room.
        assert_eq!(apply(add, &n("0.5"), &n("0.5")), Ok(n("1")));
    }
}
