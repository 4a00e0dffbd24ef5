//! Values and units: currency, money, durations and constant expressions
//! (the unit rules themselves are in `crate::units`).

use super::*;

impl Lower<'_> {
    pub(super) fn currency(&mut self, code: &ast::Ident) {
        if crate::ir::values::CURRENCIES.contains(&code.name.as_str()) {
            self.currency = Some((code.name.clone(), code.span));
            self.p.currency = Some(code.name.clone());
        } else {
            let mut d = Diagnostic::error(
                "E0201",
                format!("unknown currency `{}`", code.name),
                code.span,
            )
            .with_primary_label("not an ISO 4217 currency code");
            let upper = code.name.to_ascii_uppercase();
            d = if crate::ir::values::CURRENCIES.contains(&upper.as_str()) {
                d.with_help(format!("currency codes are written in capitals: `{upper}`"))
                    .with_suggestion(code.span, upper)
            } else {
                match crate::diagnostics::suggest::closest_ranked(
                    &upper,
                    crate::ir::values::currencies_by_use(),
                ) {
                    Some(meant) => d.with_meant(code.span, meant),
                    None => d,
                }
            };
            self.error(d);
        }
    }

    pub(super) fn money(&mut self, q: &ast::Quantity) -> Option<Money> {
        let currency = self.currency.as_ref().map(|(c, s)| (c.as_str(), *s));
        let money = units::money(q, currency, self.diagnostics)?;
        Some(money)
    }

    pub(super) fn duration(&mut self, q: &ast::Quantity) -> Option<Duration> {
        units::duration(q, self.diagnostics)
    }

    /// A constant's value (numbers, percentages, quantities, dates, text).
    pub(super) fn constant(&mut self, e: &ast::Expr) -> Option<Value> {
        match &e.kind {
            ExprKind::Number(n) => Some(Value::Number(*n)),
            ExprKind::Percent(p) => Some(Value::Percent(*p)),
            ExprKind::Date(d) => Some(Value::Date(*d)),
            ExprKind::Text(t) => Some(Value::Text(t.clone())),
            ExprKind::Bool(b) => Some(Value::Bool(*b)),
            ExprKind::Quantity(q) => {
                let kind = crate::ir::values::unit_kind(&q.unit.name.name, q.unit.business);
                match kind {
                    Some(crate::ir::values::UnitKind::Currency(_)) => {
                        self.money(q).map(Value::Money)
                    }
                    _ => self.duration(q).map(Value::Duration),
                }
            }
            ExprKind::PercentOf(share, base) => {
                self.constant_operation(crate::ir::arith::Op::PercentOf, share, base, e.span)
            }
            ExprKind::Arith(op, a, b) => {
                self.constant_operation(crate::ir::arith::Op::Arith(*op), a, b, e.span)
            }
            ExprKind::Neg(inner) => match self.constant(inner)? {
                Value::Number(n) => Some(Value::Number(-n)),
                Value::Percent(p) => Some(Value::Percent(-p)),
                Value::Money(m) => Some(Value::Money(Money {
                    amount: -m.amount,
                    currency: m.currency,
                })),
                other => Some(other),
            },
            _ => None,
        }
    }
}
