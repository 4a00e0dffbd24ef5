//! Health checks (design §10.1): a tier that has weight in some stage but
//! no metric with a target can never be met (E0330, a warning), and the
//! `health` period must have an end inside the term to score anything.

use crate::diagnostics::Diagnostic;
use crate::ir::Portfolio;
use rust_decimal::Decimal;

pub fn check(portfolio: &Portfolio, diagnostics: &mut Vec<Diagnostic>) {
    for p in &portfolio.partnerships {
        let mut warned: Vec<&str> = Vec::new();
        for stage in &p.weights {
            for (tier, weight) in &stage.weights {
                // A name that is no tier was reported by lowering (E0209).
                if *weight <= Decimal::ZERO
                    || warned.contains(&tier.as_str())
                    || !["operational", "relational", "strategic"].contains(&tier.as_str())
                {
                    continue;
                }
                let measured = p
                    .metrics
                    .iter()
                    .any(|m| m.tier.as_deref() == Some(tier.as_str()) && m.target.is_some());
                if measured {
                    continue;
                }
                warned.push(tier);
                let untargeted: Vec<&str> = p
                    .metrics
                    .iter()
                    .filter(|m| m.tier.as_deref() == Some(tier.as_str()))
                    .map(|m| m.name.as_str())
                    .collect();
                let mut d = Diagnostic::warning(
                    "E0330",
                    format!(
                        "the {tier} tier has a weight of {}% but no metric with a target",
                        weight.normalize()
                    ),
                    stage.span,
                )
                .with_primary_label(format!("{tier} weighs {}% here", weight.normalize()))
                .with_note(format!(
                    "a tier scores the share of its metrics that meet their targets: this one scores 0% in every period, so `health` of `{}` can never be above {}%",
                    p.name,
                    (Decimal::ONE_HUNDRED - weight).normalize()
                ));
                d = match untargeted.first() {
                    Some(first) => {
                        let span = p.metrics.iter().find(|m| m.name == *first).map(|m| m.span);
                        if let Some(span) = span {
                            d = d.with_label(span, "a metric of the tier, without a target");
                        }
                        d.with_help(format!("give `{first}` a target, like `target >= 4`"))
                    }
                    None => d.with_help(format!(
                        "declare a metric of the tier: `metric NAME: percent {tier} target >= 90%`"
                    )),
                };
                diagnostics.push(d);
            }
        }
    }
}
