//! Metrics, weights, conditions and operands: `signal OP constant`, with
//! their types and ranges checked.

use super::*;

impl Lower<'_> {
    pub(super) fn metric(&mut self, m: &ast::Metric) {
        let Some(ty) = crate::resolve::type_of(&m.ty, self.diagnostics) else {
            return;
        };
        let range = m.ty.range.as_ref().map(|r| r.value).or(match ty {
            Type::Percent => Some((Decimal::ZERO, Decimal::ONE_HUNDRED)),
            _ => None,
        });
        if let Some(tier) = &m.tier {
            if !["operational", "relational", "strategic"].contains(&tier.name.as_str()) {
                let mut d = Diagnostic::error(
                    "E0209",
                    format!("`{}` is not a health tier", tier.name),
                    tier.span,
                )
                .with_primary_label("expected `operational`, `relational` or `strategic`");
                d = d.with_did_you_mean(
                    tier.span,
                    &tier.name,
                    ["operational", "relational", "strategic"],
                );
                self.error(d);
            }
        }
        let target = m.target.as_ref().and_then(|t| {
            let value = self.constant(&t.value)?;
            if !fits_metric(ty, &value) {
                self.error(
                    Diagnostic::error(
                        "E0206",
                        format!(
                            "the target of the {} metric `{}` is {}",
                            ty.name(),
                            m.name.name,
                            describe(&value)
                        ),
                        t.value.span,
                    )
                    .with_primary_label(format!("expected {}", example_of(ty)))
                    .with_label(m.ty.span, format!("the metric is a {}", ty.name())),
                );
                return None;
            }
            self.check_in_range(&value, range, &t.value.span, m);
            Some((t.op.value, value))
        });
        if let (Some(d), Some(t)) = (&m.direction, &m.target) {
            let lower = matches!(t.op.value, CmpOp::Lt | CmpOp::Le);
            let higher = matches!(t.op.value, CmpOp::Gt | CmpOp::Ge);
            let (says, fix) = match d.value {
                ast::Direction::HigherIsBetter if lower => ("higher", "lower"),
                ast::Direction::LowerIsBetter if higher => ("lower", "higher"),
                _ => ("", ""),
            };
            if !says.is_empty() {
                self.error(
                    Diagnostic::warning(
                        "E0323",
                        format!(
                            "the metric `{}` says {says} is better, but its target asks for {fix} values",
                            m.name.name
                        ),
                        d.span,
                    )
                    .with_primary_label(format!("{says} is better"))
                    .with_label(t.op.span, format!("the target is met by {fix} values"))
                    .with_note("the direction decides which way bonus tiers point and which is the strictest; the target decides when the metric is met")
                    .with_help(format!("if {fix} values are better, write `{fix} is better`; else turn the target round"))
                    .with_suggestion(d.span, format!("{fix} is better")),
                );
            }
        }
        if let Some(first) = self.p.metrics.iter().find(|x| x.name == m.name.name) {
            let first = first.span;
            self.error(
                Diagnostic::error(
                    "E0113",
                    format!("metric `{}` is given twice", m.name.name),
                    m.name.span,
                )
                .with_primary_label("given again here")
                .with_label(first, "first given here"),
            );
            return;
        }
        self.p.metrics.push(ir::Metric {
            id: self.id("metric", &m.name.name),
            name: m.name.name.clone(),
            ty,
            range,
            tier: m.tier.as_ref().map(|t| t.name.clone()),
            // Unless written, the target says which way is better
            // (`target <= 48 hours`: lower is better); else higher is.
            direction: m.direction.as_ref().map_or(
                match m.target.as_ref().map(|t| t.op.value) {
                    Some(CmpOp::Lt | CmpOp::Le) => ast::Direction::LowerIsBetter,
                    _ => ast::Direction::HigherIsBetter,
                },
                |d| d.value,
            ),
            direction_written: m.direction.is_some(),
            target,
            span: m.name.span,
        });
    }

    pub(super) fn check_in_range(
        &mut self,
        value: &Value,
        range: Option<(Decimal, Decimal)>,
        span: &Span,
        m: &ast::Metric,
    ) {
        let (Some((lo, hi)), Some(x)) = (range, value.magnitude()) else {
            return;
        };
        if x < lo || x > hi {
            let code = if matches!(value, Value::Percent(_)) {
                "E0204"
            } else {
                "E0206"
            };
            let help = if matches!(value, Value::Percent(_)) {
                "declare another range on the metric's type (`percent -50..200`) if this is intended"
            } else {
                "widen the range declared on the metric's type if this is intended"
            };
            self.error(
                Diagnostic::error(
                    code,
                    format!(
                        "{} is outside the range of `{}`",
                        describe(value),
                        m.name.name
                    ),
                    *span,
                )
                .with_primary_label(format!("outside {}", range_text(value, lo, hi)))
                .with_label(
                    m.ty.span,
                    if m.ty.range.is_some() {
                        "the declared range"
                    } else {
                        "a percent metric runs from 0% to 100%"
                    },
                )
                .with_help(help),
            );
        }
    }

    pub(super) fn weights(&mut self, stages: &[ast::WeightStage]) {
        for stage in stages {
            let after = stage.after.as_ref().and_then(|q| self.duration(q));
            if stage.after.is_some() && after.is_none() {
                continue;
            }
            let weights = stage
                .weights
                .iter()
                .map(|w| (w.tier.name.clone(), w.weight.value))
                .collect();
            for w in &stage.weights {
                if !["operational", "relational", "strategic"].contains(&w.tier.name.as_str()) {
                    self.error(
                        Diagnostic::error(
                            "E0209",
                            format!("`{}` is not a health tier", w.tier.name),
                            w.tier.span,
                        )
                        .with_primary_label("expected `operational`, `relational` or `strategic`"),
                    );
                }
            }
            let when = after
                .as_ref()
                .map_or_else(|| "start".to_string(), |d| format!("after {d}"));
            self.p.weights.push(ir::WeightStage {
                id: self.id("weights", &when),
                after,
                weights,
                span: stage.span,
            });
        }
    }

    // ------------------------------------------------------------ values and conditions

    pub(super) fn cond(&mut self, e: &ast::Expr) -> Option<Cond> {
        match &e.kind {
            ExprKind::And(a, b) => {
                Some(Cond::And(Box::new(self.cond(a)?), Box::new(self.cond(b)?)))
            }
            ExprKind::Or(a, b) => Some(Cond::Or(Box::new(self.cond(a)?), Box::new(self.cond(b)?))),
            ExprKind::Not(a) => Some(Cond::Not(Box::new(self.cond(a)?))),
            ExprKind::Bool(b) => Some(Cond::Const(*b)),
            ExprKind::Compare(op, a, b) => {
                let (lhs, lt, ls) = self.operand(a)?;
                let (rhs, rt, rs) = self.operand(b)?;
                if !lt.comparable_with(rt) {
                    self.error(
                        Diagnostic::error(
                            "E0205",
                            format!("cannot compare {} with {}", a_type(lt), a_type(rt)),
                            op.span,
                        )
                        .with_primary_label("these cannot be compared")
                        .with_label(ls, format!("this is {}", a_type(lt)))
                        .with_label(rs, format!("this is {}", a_type(rt)))
                        .with_help(percent_hint(lt, &lhs, rt, &rhs)),
                    );
                    return None;
                }
                self.check_operand_range(&lhs, &rhs, rs);
                self.check_operand_range(&rhs, &lhs, ls);
                Some(Cond::Compare {
                    op: op.value,
                    lhs,
                    rhs,
                    span: e.span,
                })
            }
            ExprKind::Path(path) if path.segments.len() == 1 => {
                let name = path.segments.first().map_or("", |s| s.name.as_str());
                if let Some(&event) = self.names.events.get(name) {
                    return Some(Cond::Event(event));
                }
                self.not_a_condition(e);
                None
            }
            ExprKind::Error => None,
            _ => {
                self.not_a_condition(e);
                None
            }
        }
    }

    pub(super) fn not_a_condition(&mut self, e: &ast::Expr) {
        self.error(
            Diagnostic::error("E0205", "this is not a condition", e.span)
                .with_primary_label("expected a comparison, like `cost_change > 15%`"),
        );
    }

    /// A percent constant compared with a metric must lie in its range.
    pub(super) fn check_operand_range(&mut self, metric: &Operand, other: &Operand, span: Span) {
        if self.in_tier {
            return;
        }
        let (Operand::Metric(index), Operand::Value(value)) = (metric, other) else {
            return;
        };
        let Some(m) = self.p.metrics.get(*index) else {
            return;
        };
        let (Some((lo, hi)), Some(x)) = (m.range, value.magnitude()) else {
            return;
        };
        if x < lo || x > hi {
            let name = m.name.clone();
            let metric_span = m.span;
            self.error(
                Diagnostic::error(
                    if matches!(value, Value::Percent(_)) {
                        "E0204"
                    } else {
                        "E0206"
                    },
                    format!(
                        "{} is outside the range of the metric `{name}`",
                        describe(value)
                    ),
                    span,
                )
                .with_primary_label(format!("outside {}", range_text(value, lo, hi)))
                .with_label(metric_span, "the metric is declared here"),
            );
        }
    }

    pub(super) fn operand(&mut self, e: &ast::Expr) -> Option<(Operand, Type, Span)> {
        let span = e.span;
        match &e.kind {
            ExprKind::Path(path) => self.reference(path).map(|(o, t)| (o, t, span)),
            ExprKind::PercentOf(share, base) => {
                self.computed(ir::arith::Op::PercentOf, share, base, span)
            }
            ExprKind::Arith(op, a, b) => self.computed(ir::arith::Op::Arith(*op), a, b, span),
            _ => {
                let value = self.constant(e)?;
                let ty = value.ty();
                Some((Operand::Value(value), ty, span))
            }
        }
    }

    /// A name in a condition: a signal, a metric of this partnership, or
    /// `Partnership.signal`.
    pub(super) fn reference(&mut self, path: &ast::Path) -> Option<(Operand, Type)> {
        if let Some(health) = self.health_reference(path) {
            return Some(health);
        }
        match path.segments.as_slice() {
            [only] => {
                if let Some(index) = self.p.metric(&only.name) {
                    let ty = self.p.metrics.get(index).map_or(Type::Number, |m| m.ty);
                    return Some((Operand::Metric(index), ty));
                }
                if let Some(&signal) = self.names.signals.get(&only.name) {
                    let ty = self
                        .portfolio
                        .signals
                        .get(signal)
                        .map_or(Type::Number, |s| s.ty);
                    return Some((
                        Operand::Signal {
                            signal,
                            partnership: None,
                        },
                        ty,
                    ));
                }
                let metrics: Vec<&str> = self.p.metrics.iter().map(|m| m.name.as_str()).collect();
                let candidates = self
                    .names
                    .signals
                    .keys()
                    .map(String::as_str)
                    .chain(metrics.iter().copied());
                let mut d = Diagnostic::error(
                    "E0104",
                    format!("undefined signal or metric `{}`", only.name),
                    only.span,
                )
                .with_primary_label("no signal, and no metric of this partnership, has this name");
                d = match (
                    crate::stdlib::declaring_module("signal", &only.name),
                    suggest::closest(&only.name, candidates),
                ) {
                    (Some(module), _) => d.with_help(format!(
                        "`{}` is declared by the standard library: add `use std.{module}`",
                        only.name
                    )),
                    (None, Some(near)) => d.with_meant(only.span, near),
                    (None, None) => {
                        d.with_help(format!("declare it: `signal {}: percent`", only.name))
                    }
                };
                self.error(d);
                None
            }
            [partnership, signal] => {
                if !self.names.partnerships.contains_key(&partnership.name) {
                    self.error(undefined(
                        "partnership",
                        partnership,
                        self.names.partnerships.keys().map(String::as_str),
                    ));
                    return None;
                }
                match self.names.signals.get(&signal.name) {
                    Some(&id) => {
                        let ty = self
                            .portfolio
                            .signals
                            .get(id)
                            .map_or(Type::Number, |s| s.ty);
                        Some((
                            Operand::Signal {
                                signal: id,
                                partnership: Some(ir::PartnershipRef::new(
                                    partnership.name.clone(),
                                )),
                            },
                            ty,
                        ))
                    }
                    None => {
                        if let Some(found) =
                            self.partner_metric(partnership, std::slice::from_ref(signal))
                        {
                            return Some(found);
                        }
                        self.error(undefined(
                            "signal",
                            signal,
                            self.names.signals.keys().map(String::as_str),
                        ));
                        None
                    }
                }
            }
            [partnership, rest @ ..]
                if self.names.partnerships.contains_key(&partnership.name)
                    && self.partner_metric(partnership, rest).is_some() =>
            {
                self.partner_metric(partnership, rest)
            }
            _ => {
                self.error(
                    Diagnostic::error(
                        "E0104",
                        format!("`{}` is not a signal or a metric", path.text()),
                        path.span,
                    )
                    .with_primary_label("expected `signal`, `metric` or `Partnership.signal`"),
                );
                None
            }
        }
    }

    /// `Sup.on_time`, `Sup.health`, `Sup.health.operational`: a metric of
    /// another, already lowered, partnership (a `coordinate` condition).
    fn partner_metric(
        &self,
        partnership: &ast::Ident,
        rest: &[ast::Ident],
    ) -> Option<(Operand, Type)> {
        let name = rest
            .iter()
            .map(|s| s.name.as_str())
            .collect::<Vec<_>>()
            .join(".");
        let other = self
            .portfolio
            .partnerships
            .iter()
            .find(|p| p.name == partnership.name)?;
        let index = other.metric(&name)?;
        let ty = other.metrics.get(index).map_or(Type::Number, |m| m.ty);
        Some((
            Operand::PartnerMetric {
                partnership: ir::PartnershipRef::new(partnership.name.clone()),
                metric: index,
                name,
            },
            ty,
        ))
    }

    pub(super) fn event(&mut self, name: &ast::Ident) -> Option<ir::EventId> {
        match self.names.events.get(&name.name) {
            Some(&id) => Some(id),
            None if self.names.signals.contains_key(&name.name) => {
                // `disputes on cost_change`: a signal, where an event belongs.
                self.error(
                    Diagnostic::error(
                        "E0105",
                        format!("`{}` is a signal, not an event", name.name),
                        name.span,
                    )
                    .with_primary_label("a signal has values; an event is needed here")
                    .with_help(format!(
                        "declare an event (`event {0}_raised`) and name it here, or use a condition on the signal (`when {0} > ...`)",
                        name.name
                    )),
                );
                None
            }
            None => {
                let mut d = Diagnostic::error(
                    "E0105",
                    format!("undefined event `{}`", name.name),
                    name.span,
                )
                .with_primary_label("no event has this name");
                d = match (
                    crate::stdlib::declaring_module("event", &name.name),
                    suggest::closest(&name.name, self.names.events.keys().map(String::as_str)),
                ) {
                    (Some(module), _) => d.with_help(format!(
                        "`{}` is declared by the standard library: add `use std.{module}`",
                        name.name
                    )),
                    (None, Some(near)) => d.with_meant(name.span, near),
                    (None, None) => d.with_help(format!("declare it: `event {}`", name.name)),
                };
                self.error(d);
                None
            }
        }
    }

    // ------------------------------------------------------------ schedules
}

/// `cost_change > 15` almost always means `15%`.
pub(super) fn percent_hint(lt: Type, lhs: &Operand, rt: Type, rhs: &Operand) -> String {
    let bare = match (lt, rhs, rt, lhs) {
        (Type::Percent, Operand::Value(Value::Number(n)), _, _) => Some(*n),
        (_, _, Type::Percent, Operand::Value(Value::Number(n))) => Some(*n),
        _ => None,
    };
    match bare {
        Some(n) => format!("write the number as a percentage: `{}%`", n.normalize()),
        None => "compare values of the same kind: percentages with percentages, money with money, durations with durations".to_string(),
    }
}

/// `0%..100%` or `0..10`, in the value's own unit.
pub(super) fn range_text(value: &Value, lo: Decimal, hi: Decimal) -> String {
    let unit = if matches!(value, Value::Percent(_)) {
        "%"
    } else {
        ""
    };
    format!("{}{unit}..{}{unit}", lo.normalize(), hi.normalize())
}

pub(super) fn fits_metric(ty: Type, value: &Value) -> bool {
    matches!(
        (ty, value),
        (Type::Percent, Value::Percent(_))
            | (Type::Money, Value::Money(_))
            | (Type::Duration, Value::Duration(_))
            | (Type::Number | Type::Count | Type::Score, Value::Number(_))
            | (Type::Date, Value::Date(_))
            | (Type::Bool, Value::Bool(_))
    )
}

pub(super) fn example_of(ty: Type) -> &'static str {
    match ty {
        Type::Percent => "a percentage like `95%`",
        Type::Money => "an amount like `5_000 USD`",
        Type::Duration => "a duration like `48 hours`",
        Type::Number | Type::Count | Type::Score => "a number",
        Type::Date => "a date",
        Type::Bool => "`yes` or `no`",
        Type::Text => "a string",
    }
}

pub(super) fn a_type(ty: Type) -> String {
    match ty {
        Type::Percent => "a percentage".into(),
        Type::Money => "an amount of money".into(),
        Type::Duration => "a duration".into(),
        Type::Date => "a date".into(),
        Type::Bool => "yes or no".into(),
        Type::Text => "text".into(),
        Type::Number | Type::Count | Type::Score => "a number".into(),
    }
}

pub(super) fn describe(value: &Value) -> String {
    match value {
        Value::Percent(_) => format!("the percentage {value}"),
        Value::Money(_) => format!("the amount {value}"),
        Value::Duration(_) => format!("the duration {value}"),
        Value::Date(_) => format!("the date {value}"),
        _ => format!("`{value}`"),
    }
}

#[allow(dead_code)]
pub(super) fn op_text(op: CmpOp) -> &'static str {
    op.text()
}
