//! The second wave's money (design §10.2): who pays (`pay P from Q`),
//! `share` bands, early-delivery bonuses and indexed retainers, and the
//! exactness rule that no amount written in a pay block is finer than its
//! currency's minor unit (§5.1, turn-2 rulings).
//!
//! The precision check reads the syntax, not the model, so the error points
//! at the very amount (`1_000.125 USD`), wherever in the block it is.

use super::Lower;
use crate::diagnostics::{Diagnostic, Span};
use crate::ir::values::{minor_unit_digits, unit_kind, Money, Type, UnitKind};
use crate::ir::{self, Operand};
use crate::syntax::ast::{self, ExprKind};
use rust_decimal::Decimal;

impl Lower<'_> {
    /// A pay block: the first wave's items, then the second wave's.
    pub(super) fn pay_block(&mut self, pay: &ast::Pay, span: Span) {
        let Some(payee) = self.party(&pay.payee) else {
            return;
        };
        for item in &pay.items {
            self.precise_amounts(item);
        }
        self.shares_of_no_retainer(pay);
        let payee_name = self.party_name(payee).to_string();
        let mut block = ir::Payments::new(&self.p.name, payee, &payee_name, span);
        if let Some(payer) = &pay.payer {
            block.payer = self.party(payer);
            if block.payer == Some(payee) {
                self.error(
                    Diagnostic::error("E0218", "a party cannot pay itself", payer.span)
                        .with_primary_label("the payer")
                        .with_label(pay.payee.span, "is also the payee")
                        .with_help("name the party that pays after `from`"),
                );
            }
        }
        for item in &pay.items {
            match item {
                ast::PayItem::Share(share) => {
                    if let Some(share) = self.share(share, &payee_name) {
                        block.shares.push(share);
                    }
                }
                ast::PayItem::EarlyBonus {
                    name,
                    milestone,
                    amount,
                    cap,
                    span,
                } => {
                    if let Some(bonus) = self.early_bonus(name, milestone, amount, cap, *span) {
                        block.early_bonuses.push(bonus);
                    }
                }
                _ => {
                    let Some(lowered) = self.pay_item(item, &payee_name) else {
                        continue;
                    };
                    if let ast::PayItem::Retainer {
                        indexed: Some(ix), ..
                    } = item
                    {
                        if let Some(ix) = self.indexation(ix) {
                            block.indexations.push((block.items.len(), ix));
                        }
                    }
                    block.items.push(lowered);
                }
            }
        }
        self.p.payments.push(block);
    }

    /// E0318: `X% of retainer` in a block with no retainer can only ever
    /// pay nothing (the share is of the retainer of the same block). A block
    /// with an item that did not parse may have meant one: no error then.
    fn shares_of_no_retainer(&mut self, pay: &ast::Pay) {
        let has_retainer = pay
            .items
            .iter()
            .any(|i| matches!(i, ast::PayItem::Retainer { .. } | ast::PayItem::Error));
        if has_retainer {
            return;
        }
        for item in &pay.items {
            let ast::PayItem::Bonus(bonus) = item else {
                continue;
            };
            for tier in &bonus.tiers {
                let ExprKind::PercentOf(_, base) = &tier.pays.kind else {
                    continue;
                };
                if !matches!(&base.kind, ExprKind::Path(p) if p.text() == "retainer") {
                    continue;
                }
                self.error(
                    Diagnostic::error(
                        "E0318",
                        format!(
                            "the tier `{}` pays a share of the retainer, but this pay block has none",
                            tier.name.name
                        ),
                        tier.pays.span,
                    )
                    .with_primary_label("a share of the retainer of this block, which is nothing")
                    .with_label(pay.payee.span, format!("the pay block to `{}` has no retainer", pay.payee.name))
                    .with_note("`X% of retainer` is X% of the retainer the same pay block accrues over the bonus's period")
                    .with_help("pay a fixed amount (such as `500 USD`), or add a `retainer` to this pay block"),
                );
            }
        }
    }

    /// A computed amount (`0.1% of 5 USD`) must be whole minor units of its
    /// currency, as a written one must (E0215): Pact never rounds it.
    pub(super) fn whole_minor_units(&mut self, m: Money, span: Span) -> Option<Money> {
        let digits = minor_unit_digits(&m.currency);
        if m.amount.normalize().scale() <= digits {
            return Some(m);
        }
        self.error(
            Diagnostic::error(
                "E0215",
                format!("this amount is finer than the smallest unit of {}", m.currency),
                span,
            )
            .with_primary_label(format!("it comes to {m}"))
            .with_note("a payment cannot be a fraction of the currency's smallest unit, and Pact never rounds what a contract says"),
        );
        None
    }

    /// E0215 on every amount of the item written with more decimals than
    /// its currency's minor unit.
    fn precise_amounts(&mut self, item: &ast::PayItem) {
        let mut amounts: Vec<&ast::Quantity> = Vec::new();
        match item {
            ast::PayItem::Retainer { amount, .. } | ast::PayItem::Fee { amount, .. } => {
                amounts.push(amount);
            }
            ast::PayItem::Bonus(bonus) => {
                for tier in &bonus.tiers {
                    if let ExprKind::Quantity(q) = &tier.pays.kind {
                        amounts.push(q);
                    }
                }
            }
            ast::PayItem::SuccessFee { cap, .. } => amounts.extend(cap.iter()),
            ast::PayItem::Penalty { amount, cap, .. }
            | ast::PayItem::EarlyBonus { amount, cap, .. } => {
                amounts.push(amount);
                amounts.extend(cap.iter());
            }
            ast::PayItem::Share(share) => {
                amounts.extend(share.bands.iter().filter_map(|b| b.up_to.as_ref()));
                amounts.extend(share.cap.iter());
            }
            ast::PayItem::Invoice(_) | ast::PayItem::Error => {}
        }
        for q in amounts {
            if q.param.is_some() {
                continue;
            }
            let Some(UnitKind::Currency(code)) = unit_kind(&q.unit.name.name, q.unit.business)
            else {
                continue;
            };
            let digits = minor_unit_digits(&code);
            let written = q.amount.value.normalize().scale();
            if written > digits {
                let unit = match digits {
                    0 => format!("{code} has no minor unit: amounts are whole"),
                    1 => format!("{code} has 1 decimal"),
                    n => format!("{code} has {n} decimals"),
                };
                let rounded = q.amount.value.round_dp_with_strategy(
                    digits,
                    rust_decimal::RoundingStrategy::MidpointNearestEven,
                );
                self.error(
                    Diagnostic::error(
                        "E0215",
                        format!("this amount is finer than the smallest unit of {code}"),
                        q.span,
                    )
                    .with_primary_label(format!("{written} decimals"))
                    .with_note(format!(
                        "{unit}; a payment or cap cannot be a fraction of it, and Pact never rounds what a contract says"
                    ))
                    .with_help(format!("write `{} {code}`", rounded.normalize())),
                );
            }
        }
    }

    fn share(&mut self, share: &ast::Share, payee: &str) -> Option<ir::Share> {
        let (operand, ty, span) = self.operand(&ast::Expr {
            kind: ExprKind::Path(share.base.clone()),
            span: share.base.span,
        })?;
        let Operand::Signal { signal, .. } = operand else {
            self.error(
                Diagnostic::error("E0217", "a share is paid on a money signal", span)
                    .with_primary_label("not a signal")
                    .with_help("declare the base: `signal savings: money`"),
            );
            return None;
        };
        if ty != Type::Money {
            self.error(
                Diagnostic::error(
                    "E0217",
                    format!("a share is paid on money, but this signal is {}", ty.name()),
                    span,
                )
                .with_primary_label("not a money signal"),
            );
            return None;
        }
        let mut bands = Vec::with_capacity(share.bands.len());
        let mut previous: Option<(Decimal, Span)> = None;
        for band in &share.bands {
            self.check_percent(band.rate.value, band.rate.span, "a share band");
            let up_to = match &band.up_to {
                None => None,
                Some(q) => {
                    if q.per.is_some() {
                        self.error(
                            Diagnostic::error(
                                "E0216",
                                "a band limit is an amount of the contract year",
                                q.span,
                            )
                            .with_primary_label("no `per` here")
                            .with_help("write the limit alone: `up to 1_000_000 USD`"),
                        );
                        return None;
                    }
                    let money = self.money(q)?;
                    if self.currency.is_none() {
                        self.error(
                            Diagnostic::error(
                                "E0216",
                                "band limits are in the contract's currency, and this partnership has none",
                                q.span,
                            )
                            .with_primary_label(format!("in {}", money.currency))
                            .with_help(format!("add `currency {}`", money.currency)),
                        );
                        return None;
                    }
                    if let Some((before, before_span)) = previous {
                        if money.amount <= before {
                            self.error(
                                Diagnostic::error(
                                    "E0331",
                                    "band limits must increase",
                                    q.span,
                                )
                                .with_primary_label("not above the limit before it")
                                .with_label(before_span, "the limit before")
                                .with_note("each band covers the part of the year's total between the limit before it and its own")
                                .with_help("write the bands from the lowest limit to the highest"),
                            );
                            return None;
                        }
                    } else if money.amount <= Decimal::ZERO {
                        self.error(
                            Diagnostic::error("E0331", "a band limit must be above zero", q.span)
                                .with_primary_label("the first band would be empty"),
                        );
                        return None;
                    }
                    previous = Some((money.amount, q.span));
                    Some(money.amount)
                }
            };
            bands.push(ir::ShareBand {
                rate: band.rate.value,
                up_to,
            });
        }
        if share.bands.len() > 1 && share.above.is_none() {
            self.error(
                Diagnostic::error(
                    "E0216",
                    "the last band of a share needs `above`",
                    share.span,
                )
                .with_primary_label("what does the part above the last limit earn?")
                .with_help("end the bands with `30% above`"),
            );
            return None;
        }
        if share.bands.len() == 1 && share.above.is_some() {
            self.error(
                Diagnostic::error("E0216", "`above` follows a band limit", share.span)
                    .with_primary_label("one band has no limit to be above")
                    .with_help("remove `above`, or add a band: `20% of savings up to 1_000_000 USD, 30% above`"),
            );
            return None;
        }
        let cap = self.optional_cap(share.cap.as_ref())?;
        let signal_name = self
            .portfolio
            .signals
            .get(signal)
            .map_or("", |s| s.name.as_str());
        Some(ir::Share {
            id: self.id("share", &format!("{payee}-{signal_name}")),
            base: signal,
            bands,
            cap,
            span: share.span,
        })
    }

    fn early_bonus(
        &mut self,
        name: &ast::Ident,
        milestone: &ast::Path,
        amount: &ast::Quantity,
        cap: &Option<ast::Quantity>,
        span: Span,
    ) -> Option<ir::EarlyBonus> {
        let (per_day, cap) = self.per_day(
            amount,
            cap.as_ref(),
            "an early-delivery bonus is paid per day early",
            "1_000 USD per day",
        )?;
        Some(ir::EarlyBonus {
            id: self.id("bonus", &name.name),
            name: name.name.clone(),
            milestone: ir::MilestoneRef::new(milestone.text()),
            per_day,
            cap,
            span,
        })
    }

    fn indexation(&mut self, ix: &ast::Indexation) -> Option<ir::Indexation> {
        let Some(&signal) = self.names.signals.get(&ix.signal.name) else {
            self.error(crate::resolve::undefined(
                "signal",
                &ix.signal,
                self.names.signals.keys().map(String::as_str),
            ));
            return None;
        };
        let ty = self
            .portfolio
            .signals
            .get(signal)
            .map_or(Type::Number, |s| s.ty);
        if ty != Type::Percent {
            self.error(
                Diagnostic::error(
                    "E0217",
                    format!(
                        "a retainer is indexed by a percent signal, but `{}` is {}",
                        ix.signal.name,
                        ty.name()
                    ),
                    ix.signal.span,
                )
                .with_primary_label("not a percent signal")
                .with_note("at each anniversary the retainer is multiplied by 1 + the signal's last reading")
                .with_help(format!("declare it: `signal {}: percent`", ix.signal.name)),
            );
            return None;
        }
        if let (Some(cap), Some(floor)) = (&ix.cap, &ix.floor) {
            if floor.value > cap.value {
                self.error(
                    Diagnostic::error(
                        "E0332",
                        "the floor of an indexation is above its cap",
                        floor.span,
                    )
                    .with_primary_label(format!("floor {}%", floor.value.normalize()))
                    .with_label(cap.span, format!("cap {}%", cap.value.normalize()))
                    .with_help("the floor is the lowest change a year, the cap the highest"),
                );
                return None;
            }
        }
        Some(ir::Indexation {
            signal,
            cap: ix.cap.as_ref().map(|c| c.value),
            floor: ix.floor.as_ref().map(|f| f.value),
            span: ix.span,
        })
    }
}
