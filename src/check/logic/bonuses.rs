//! Bonus tiers (design §6): each a one-sided threshold in the metric's
//! better direction (E0317), inside the metric's range (E0313), stricter
//! tiers paying at least as much (E0312); and a share of a retainer the
//! pay block does not have (E0318).

use super::Checker;
use crate::check::intervals::{self, Op};
use crate::diagnostics::Diagnostic;
use crate::ir::values::Value;
use crate::ir::{self, Amount, Cond, Operand};
use crate::vocab::Direction;
use rust_decimal::Decimal;

impl Checker<'_> {
    pub(super) fn bonuses(&mut self) {
        let mut found = Vec::new();
        for payments in &self.p.payments {
            for item in &payments.items {
                let ir::PayItem::Bonus(bonus) = item else {
                    continue;
                };
                let Some(metric) = self.p.metrics.get(bonus.metric) else {
                    continue;
                };
                let higher = metric.direction == Direction::HigherIsBetter;
                let unit = if metric.ty == crate::ir::values::Type::Percent {
                    "%"
                } else {
                    ""
                };
                let mut thresholds: Vec<(&ir::BonusTier, Decimal)> = Vec::new();
                for tier in &bonus.tiers {
                    let formula = self.formula(&tier.condition);
                    let Some((op, value)) = intervals::threshold(&formula, &metric.name) else {
                        found.push(
                            Diagnostic::error(
                                "E0317",
                                format!(
                                    "the tier `{}` is not a threshold on `{}`",
                                    tier.name, metric.name
                                ),
                                tier.span,
                            )
                            .with_primary_label(format!(
                                "expected a condition like `{} {} N{unit}`",
                                metric.name,
                                if higher { ">=" } else { "<=" }
                            ))
                            .with_note(format!(
                                "a bonus on `{}` pays by tiers of that metric",
                                metric.name
                            )),
                        );
                        continue;
                    };
                    let better_way = if higher {
                        matches!(op, Op::Gt | Op::Ge)
                    } else {
                        matches!(op, Op::Lt | Op::Le)
                    };
                    if !better_way {
                        // The threshold as the user wrote it (`24 hours`,
                        // not the minutes the analysis counts in).
                        let written = written_constant(&tier.condition).map_or_else(
                            || format!("{}{unit}", value.normalize()),
                            |v| v.to_string(),
                        );
                        let (this_way, other_way) = if higher {
                            ("higher", "lower")
                        } else {
                            ("lower", "higher")
                        };
                        found.push(
                            Diagnostic::error(
                                "E0317",
                                format!(
                                    "the tier `{}` rewards `{}` getting worse",
                                    tier.name, metric.name
                                ),
                                tier.span,
                            )
                            .with_primary_label(format!(
                                "`{} {} {written}` pays for {other_way} values",
                                metric.name,
                                op.symbol(),
                            ))
                            .with_label(
                                metric.span,
                                format!("{this_way} is better for this metric"),
                            )
                            .with_note("a bonus tier is a threshold in the metric's better direction; without `lower is better` or `higher is better`, a metric's target gives the direction (`target <= ...`: lower is better), and without a target higher is better")
                            .with_help(if metric.direction_written {
                                format!(
                                    "write the tier as `{} {} {written}`",
                                    metric.name,
                                    if higher { ">=" } else { "<=" },
                                )
                            } else {
                                format!(
                                    "if {other_way} values of `{}` are better, write `{other_way} is better` in the metric; else write the tier as `{} {} {written}`",
                                    metric.name,
                                    metric.name,
                                    if higher { ">=" } else { "<=" },
                                )
                            }),
                        );
                        continue;
                    }
                    if let Some((lo, hi)) = metric.range {
                        if value < lo || value > hi {
                            found.push(
                                Diagnostic::error(
                                    "E0313",
                                    format!(
                                        "the tier `{}` has a threshold outside the range of `{}`",
                                        tier.name, metric.name
                                    ),
                                    tier.span,
                                )
                                .with_primary_label(format!(
                                    "{}{unit} is outside {}{unit}..{}{unit}",
                                    value.normalize(),
                                    lo.normalize(),
                                    hi.normalize()
                                ))
                                .with_label(metric.span, "the metric"),
                            );
                            continue;
                        }
                    }
                    thresholds.push((tier, value));
                }
                // Stricter = further in the better direction.
                thresholds.sort_by(|a, b| if higher { a.1.cmp(&b.1) } else { b.1.cmp(&a.1) });
                for pair in thresholds.windows(2) {
                    let [(laxer, _), (stricter, _)] = pair else {
                        continue;
                    };
                    if let Some(std::cmp::Ordering::Less) =
                        compare_amounts(&stricter.pays, &laxer.pays)
                    {
                        found.push(
                            Diagnostic::error(
                                "E0312",
                                format!("the stricter tier `{}` pays less than `{}`", stricter.name, laxer.name),
                                stricter.span,
                            )
                            .with_primary_label(format!("pays {}", amount_text(&stricter.pays)))
                            .with_label(laxer.span, format!("an easier tier that pays {}", amount_text(&laxer.pays)))
                            .with_note("bonus tiers do not add up: the strictest tier met pays, so better performance would earn less")
                            .with_help("make stricter tiers pay at least as much as easier ones"),
                        );
                    }
                }
            }
        }
        for d in found {
            self.error(d);
        }
    }
}

fn compare_amounts(a: &Amount, b: &Amount) -> Option<std::cmp::Ordering> {
    match (a, b) {
        (Amount::Money(x), Amount::Money(y)) if x.currency == y.currency => {
            Some(x.amount.cmp(&y.amount))
        }
        (Amount::PercentOfRetainer(x), Amount::PercentOfRetainer(y)) => Some(x.cmp(y)),
        _ => None,
    }
}

fn amount_text(a: &Amount) -> String {
    match a {
        Amount::Money(m) => m.to_string(),
        Amount::PercentOfRetainer(p) => format!("{}% of the retainer", p.normalize()),
    }
}

/// The constant a one-sided condition compares with, as written (`24
/// hours`), looking through `not` as [`intervals::threshold`] does.
fn written_constant(cond: &Cond) -> Option<&Value> {
    match cond {
        Cond::Compare { lhs, rhs, .. } => match (lhs, rhs) {
            (_, Operand::Value(v)) | (Operand::Value(v), _) => Some(v),
            _ => None,
        },
        Cond::Not(inner) => written_constant(inner),
        _ => None,
    }
}
