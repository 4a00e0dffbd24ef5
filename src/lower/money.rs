//! Money clauses: `pay` items (fees, retainers, penalties, success fees),
//! caps, invoices and bonus tiers.

use super::*;

impl Lower<'_> {
    /// An item of a pay block to `payee` (the name, for ids).
    pub(super) fn pay_item(&mut self, item: &ast::PayItem, payee: &str) -> Option<ir::PayItem> {
        match item {
            ast::PayItem::Retainer {
                amount,
                cadence,
                span,
                ..
            } => {
                let period = match (cadence, amount.per.as_ref()) {
                    (Some(c), None) => self.period(c)?,
                    (None, Some(per)) => match per.name.as_str() {
                        "month" => ir::Period::Monthly,
                        "quarter" => ir::Period::Quarterly,
                        "year" => ir::Period::Annually,
                        "week" => ir::Period::Weekly,
                        "day" => ir::Period::Daily,
                        _ => {
                            self.error(
                                Diagnostic::error(
                                    "E0202",
                                    format!(
                                        "a retainer is paid per period, not per `{}`",
                                        per.name
                                    ),
                                    per.span,
                                )
                                .with_primary_label("expected `month`, `quarter` or `year`"),
                            );
                            return None;
                        }
                    },
                    (Some(c), Some(per)) => {
                        self.error(
                            Diagnostic::error(
                                "E0202",
                                "this retainer says its period twice",
                                per.span,
                            )
                            .with_primary_label("one period here")
                            .with_label(c.span, "and another here")
                            .with_help("keep one: `20_000 USD monthly` or `20_000 USD per month`"),
                        );
                        return None;
                    }
                    (None, None) => {
                        self.error(
                            Diagnostic::error("E0202", "a retainer needs a period", *span)
                                .with_primary_label("how often is it paid?")
                                .with_help("add `monthly`, `quarterly` or `per month`"),
                        );
                        return None;
                    }
                };
                let mut plain = amount.clone();
                plain.per = None;
                let amount = self.money(&plain)?;
                Some(ir::PayItem::Retainer {
                    amount,
                    period,
                    span: *span,
                })
            }
            ast::PayItem::Invoice(invoice) => self.invoice(invoice).map(ir::PayItem::Invoice),
            ast::PayItem::Fee { name, amount, span } => {
                let Some(per) = &amount.per else {
                    self.error(
                        Diagnostic::error("E0202", "a fee is paid per event", amount.span)
                            .with_primary_label("per what?")
                            .with_help(
                                "write `5_000 USD per deliverable_accepted`, with a declared event",
                            ),
                    );
                    return None;
                };
                let event = self.event(per)?;
                let mut plain = amount.clone();
                plain.per = None;
                let money = self.money(&plain)?;
                let event_name = name.as_ref().map_or(&per.name, |n| &n.name);
                Some(ir::PayItem::Fee {
                    id: self.id("fee", &format!("{payee}-{event_name}")),
                    name: name.as_ref().map(|n| n.name.clone()),
                    amount: money,
                    per_event: event,
                    span: *span,
                })
            }
            ast::PayItem::Bonus(bonus) => self.bonus(bonus),
            ast::PayItem::SuccessFee { share, cap, span } => {
                let ExprKind::PercentOf(rate, base) = &share.kind else {
                    self.error(
                        Diagnostic::error(
                            "E0202",
                            "a success fee is a percentage of a signal",
                            share.span,
                        )
                        .with_primary_label("expected `2% of revenue_uplift`"),
                    );
                    return None;
                };
                let ExprKind::Percent(rate_value) = rate.kind else {
                    self.error(
                        Diagnostic::error(
                            "E0202",
                            "the rate of a success fee must be a percentage",
                            rate.span,
                        )
                        .with_primary_label("expected a percentage like `2%`"),
                    );
                    return None;
                };
                let (operand, ty, base_span) = self.operand(base)?;
                let Operand::Signal { signal, .. } = operand else {
                    self.error(
                        Diagnostic::error(
                            "E0202",
                            "a success fee is paid on a money signal",
                            base.span,
                        )
                        .with_primary_label("expected a signal"),
                    );
                    return None;
                };
                if ty != Type::Money {
                    self.error(
                        Diagnostic::error(
                            "E0202",
                            format!(
                                "a success fee is paid on money, but this signal is {}",
                                a_type(ty)
                            ),
                            base_span,
                        )
                        .with_primary_label("not a money signal"),
                    );
                    return None;
                }
                self.check_percent(rate_value, rate.span, "a success fee");
                let cap = self.optional_cap(cap.as_ref())?;
                let signal_name = self
                    .portfolio
                    .signals
                    .get(signal)
                    .map_or("", |s| s.name.as_str());
                Some(ir::PayItem::SuccessFee {
                    id: self.id("success_fee", &format!("{payee}-{signal_name}")),
                    share: rate_value,
                    base: signal,
                    cap,
                    span: *span,
                })
            }
            ast::PayItem::Penalty {
                name,
                milestone,
                amount,
                cap,
                span,
            } => {
                let (per_day, cap) = self.per_day(
                    amount,
                    cap.as_ref(),
                    "a penalty accrues per day of delay",
                    "500 USD per day",
                )?;
                Some(ir::PayItem::Penalty {
                    id: self.id("penalty", &name.name),
                    name: name.name.clone(),
                    milestone: ir::MilestoneRef::new(milestone.text()),
                    per_day,
                    cap,
                    span: *span,
                })
            }
            // Second-wave items: `pay_block.rs`.
            ast::PayItem::Share(_) | ast::PayItem::EarlyBonus { .. } | ast::PayItem::Error => None,
        }
    }

    /// `AMOUNT per day [capped at CAP]`, the amount of a penalty (per day
    /// late) or of an early-delivery bonus (per day early): the amount of
    /// one day and the cap. E0202 `message` when the amount is not per
    /// day, with `example` as the form to write.
    pub(super) fn per_day(
        &mut self,
        amount: &ast::Quantity,
        cap: Option<&ast::Quantity>,
        message: &str,
        example: &str,
    ) -> Option<(Money, Option<ir::Cap>)> {
        if amount.per.as_ref().map(|p| p.name.as_str()) != Some("day") {
            self.error(
                Diagnostic::error("E0202", message, amount.span)
                    .with_primary_label(format!("expected an amount `per day`, like `{example}`")),
            );
            return None;
        }
        let mut plain = amount.clone();
        plain.per = None;
        let per_day = self.money(&plain)?;
        Some((per_day, self.optional_cap(cap)?))
    }

    /// `capped at CAP` when written: `Some(None)` without a cap, `None`
    /// when the cap is wrong (reported).
    pub(super) fn optional_cap(&mut self, cap: Option<&ast::Quantity>) -> Option<Option<ir::Cap>> {
        match cap {
            Some(q) => Some(Some(self.cap(q)?)),
            None => Some(None),
        }
    }

    pub(super) fn cap(&mut self, q: &ast::Quantity) -> Option<ir::Cap> {
        let per_year = match q.per.as_ref().map(|p| p.name.as_str()) {
            None => false,
            Some("year") => true,
            Some(_) => {
                let per = q.per.as_ref().map_or(q.span, |p| p.span);
                self.error(
                    Diagnostic::error(
                        "E0202",
                        "a cap applies per contract year or to the whole term",
                        per,
                    )
                    .with_primary_label("expected `per year`, or nothing"),
                );
                return None;
            }
        };
        let mut plain = q.clone();
        plain.per = None;
        let amount = self.money(&plain)?;
        Some(ir::Cap {
            amount,
            per_year,
            span: q.span,
        })
    }

    pub(super) fn check_percent(&mut self, value: Decimal, span: Span, what: &str) {
        if value < Decimal::ZERO || value > Decimal::ONE_HUNDRED {
            self.error(
                Diagnostic::error(
                    "E0204",
                    format!("{}% is not a share {what} can pay", value.normalize()),
                    span,
                )
                .with_primary_label("expected a percentage from 0% to 100%"),
            );
        }
    }

    pub(super) fn invoice(&mut self, invoice: &ast::Invoice) -> Option<ir::Invoice> {
        let period = self.period(&invoice.cadence)?;
        let net = match &invoice.net {
            Some(q) => Some(self.duration(q)?),
            None => None,
        };
        Some(ir::Invoice {
            id: self.id("invoice", &period.text()),
            period,
            in_advance: invoice
                .timing
                .as_ref()
                .is_some_and(|t| t.value == ast::InvoiceTiming::Advance),
            net,
            span: invoice.span,
        })
    }

    pub(super) fn bonus(&mut self, bonus: &ast::Bonus) -> Option<ir::PayItem> {
        let period = self.period(&bonus.cadence)?;
        let found = self.p.metric(&bonus.metric.name);
        let found = found.or_else(|| self.health_metric(&bonus.metric.name, bonus.metric.span));
        let Some(metric) = found else {
            let mut d = Diagnostic::error(
                "E0104",
                format!("undefined metric `{}`", bonus.metric.name),
                bonus.metric.span,
            )
            .with_primary_label("no metric of this partnership has this name");
            d = d.with_did_you_mean(
                bonus.metric.span,
                &bonus.metric.name,
                self.p.metrics.iter().map(|m| m.name.as_str()),
            );
            self.error(d);
            return None;
        };
        let mut tiers = Vec::new();
        for tier in &bonus.tiers {
            self.in_tier = true;
            let condition = self.cond(&tier.condition);
            self.in_tier = false;
            let Some(condition) = condition else { continue };
            let pays = match &tier.pays.kind {
                ExprKind::PercentOf(rate, base) if matches!(&base.kind, ExprKind::Path(p) if p.text() == "retainer") =>
                {
                    let ExprKind::Percent(rate) = rate.kind else {
                        self.error(
                            Diagnostic::error(
                                "E0202",
                                "a tier pays a percentage of the retainer",
                                tier.pays.span,
                            )
                            .with_primary_label("expected `5% of retainer`"),
                        );
                        continue;
                    };
                    ir::Amount::PercentOfRetainer(rate)
                }
                ExprKind::Quantity(q) => match self.money(q) {
                    Some(m) => ir::Amount::Money(m),
                    None => continue,
                },
                // `1_000 USD * 2`, `50% of 10_000 USD`: money folded exactly.
                ExprKind::Arith(..) | ExprKind::PercentOf(..) => {
                    let errors = self.diagnostics.len();
                    match self.constant(&tier.pays) {
                        Some(Value::Money(m)) => match self.whole_minor_units(m, tier.pays.span) {
                            Some(m) => ir::Amount::Money(m),
                            None => continue,
                        },
                        Some(other) => {
                            self.error(
                                Diagnostic::error(
                                    "E0202",
                                    "a tier pays an amount of money or a share of the retainer",
                                    tier.pays.span,
                                )
                                .with_primary_label(format!("this is {}", a_type(other.ty()))),
                            );
                            continue;
                        }
                        None if self.diagnostics.len() > errors => continue,
                        None => {
                            self.error(
                                Diagnostic::error(
                                    "E0202",
                                    "a tier pays an amount the contract states",
                                    tier.pays.span,
                                )
                                .with_primary_label("not a constant amount")
                                .with_help(
                                    "write the amount, like `2_000 USD`, or `5% of retainer`",
                                ),
                            );
                            continue;
                        }
                    }
                }
                _ => {
                    self.error(
                        Diagnostic::error(
                            "E0202",
                            "a tier pays an amount of money or a share of the retainer",
                            tier.pays.span,
                        )
                        .with_primary_label("expected `2_000 USD` or `5% of retainer`"),
                    );
                    continue;
                }
            };
            tiers.push(ir::BonusTier {
                name: tier.name.name.clone(),
                condition,
                pays,
                span: tier.span,
            });
        }
        Some(ir::PayItem::Bonus(ir::Bonus {
            id: self.id("bonus", &bonus.name.name),
            name: bonus.name.name.clone(),
            period,
            metric,
            tiers,
            span: bonus.span,
        }))
    }

    // ------------------------------------------------------------ duties
}
