//! The end of a term by termination, applied to the report: the running
//! retainer period prorated by days, the running bonus period dropped,
//! later duties gone (design §10.3); and the `life` added to each
//! partnership that has something of its life to show.

use super::Plan;
use crate::ir::Partnership;
use crate::run::catalog::Catalog;
use chrono::NaiveDate;

/// Whether a partnership has anything of its life to show.
fn has_life(p: &Partnership) -> bool {
    p.renewal.is_some()
        || p.termination.span.is_some()
        || p.exit.is_some()
        || !p.survives.is_empty()
        || !p.amendments.is_empty()
        || p.escalation.iter().any(|l| l.condition.is_some())
        || p.meetings
            .iter()
            .any(|m| !m.adjustments.is_empty() || !m.duties.is_empty())
}

/// Adds each partnership's life to the report, and applies what a
/// termination cut: the running retainer period prorated by days, the
/// running bonus period dropped, later duties gone.
pub(crate) fn annotate(plan: Plan, catalog: &Catalog<'_>, report: &mut crate::run::Report) {
    let index = crate::run::report::by_name(report);
    for (pi, life) in plan.lives.into_iter().enumerate() {
        let (Some(mut life), Some(p)) = (life, catalog.partnership(pi)) else {
            continue;
        };
        let run = index
            .get(p.name.as_str())
            .and_then(|&i| report.partnerships.get_mut(i));
        let Some(run) = run else {
            continue;
        };
        if life.terminated {
            cut(catalog, p, life.end, run, &mut life.report.cut);
        }
        if has_life(p) {
            run.life = Some(life.report);
        }
    }
}

/// The inclusive end of the period of `period` that starts on `start`,
/// counted from the term start as if the term went on.
fn natural_end(p: &Partnership, period: &crate::ir::Period, start: NaiveDate) -> Option<NaiveDate> {
    let term = p.term?;
    let open = crate::ir::Term {
        end: NaiveDate::MAX,
        ..term
    };
    crate::run::periods::periods(open, period, &p.calendar, start)
        .into_iter()
        .find(|(s, _)| *s == start)
        .map(|(_, e)| e)
}

fn cut(
    catalog: &Catalog<'_>,
    p: &Partnership,
    end: NaiveDate,
    run: &mut crate::run::report::PartnershipRun,
    notes: &mut Vec<String>,
) {
    use crate::ir::PayItem;
    use crate::run::report::PaymentKind;
    use rust_decimal::Decimal;
    // The retainer of the block paying this payee (one retainer per block).
    let retainer_period = |payee: &Option<String>| {
        p.payments
            .iter()
            .filter(|block| payee.as_deref() == Some(catalog.party_name(block.payee).as_str()))
            .find_map(|block| {
                block.items.iter().find_map(|item| match item {
                    PayItem::Retainer { period, .. } => Some(*period),
                    _ => None,
                })
            })
    };
    let mut dropped = Vec::new();
    for pay in &mut run.payments {
        let Some(period) = pay.period.clone() else {
            continue;
        };
        if period.end != end {
            continue;
        }
        match pay.kind {
            PaymentKind::Retainer => {
                let Some(cadence) = retainer_period(&pay.payee) else {
                    continue;
                };
                let Some(natural) = natural_end(p, &cadence, period.start) else {
                    continue;
                };
                if natural <= end {
                    continue;
                }
                let days = (end - period.start).num_days().saturating_add(1);
                let whole = (natural - period.start).num_days().saturating_add(1);
                let full = pay
                    .exact
                    .as_deref()
                    .and_then(|e| e.parse::<Decimal>().ok())
                    .unwrap_or(pay.value);
                let Some(exact) = full
                    .checked_mul(Decimal::from(days))
                    .and_then(|x| x.checked_div(Decimal::from(whole)))
                else {
                    continue;
                };
                let rounded = crate::ir::values::Money::round(exact, &pay.currency);
                notes.push(format!(
                    "retainer for {} to {} prorated: {days} of {whole} days, {} {} instead of {}",
                    period.start,
                    natural,
                    crate::ir::values::Money::fixed(rounded, &pay.currency),
                    pay.currency,
                    pay.amount
                ));
                pay.exact = (rounded != exact).then(|| exact.normalize().to_string());
                pay.value = rounded;
                pay.amount = crate::ir::values::Money::fixed(rounded, &pay.currency);
            }
            PaymentKind::Bonus => {
                let bonus = p
                    .payments
                    .iter()
                    .flat_map(|b| &b.items)
                    .find_map(|item| match item {
                        PayItem::Bonus(b) if pay.id.contains(&format!(".bonus.{}@", b.name)) => {
                            Some(b)
                        }
                        _ => None,
                    });
                let Some(bonus) = bonus else { continue };
                let Some(natural) = natural_end(p, &bonus.period, period.start) else {
                    continue;
                };
                if natural > end {
                    notes.push(format!(
                        "bonus {} for {} to {} dropped: the term ended on {end}",
                        bonus.name, period.start, natural
                    ));
                    dropped.push(pay.id.clone());
                }
            }
            _ => {}
        }
    }
    run.payments.retain(|x| !dropped.contains(&x.id));
    for b in &mut run.bonus_periods {
        if b.payment.as_ref().is_some_and(|id| dropped.contains(id)) {
            b.payment = None;
        }
    }
    // Duties of the term due after its end vanish.
    let gone: Vec<String> = run
        .obligations
        .iter()
        .filter(|o| !matches!(o.origin.as_str(), "exit" | "survives"))
        .filter(|o| o.due.is_some_and(|d| d > end) && o.fulfilled.is_none())
        .map(|o| o.id.clone())
        .collect();
    for id in &gone {
        notes.push(format!("{id} vanished: due after the term ended on {end}"));
    }
    run.obligations.retain(|o| !gone.contains(&o.id));
    run.breaches.retain(|b| !gone.contains(&b.obligation));
    // Totals again, from the payments as cut.
    let mut sums: std::collections::BTreeMap<(String, String), (Decimal, Decimal)> =
        std::collections::BTreeMap::new();
    for pay in &run.payments {
        let (party, received) = match pay.kind {
            PaymentKind::Penalty => (pay.payer.clone(), false),
            _ => (pay.payee.clone(), true),
        };
        if let Some(party) = party {
            let e = sums
                .entry((party, pay.currency.clone()))
                .or_insert((Decimal::ZERO, Decimal::ZERO));
            let s = if received { &mut e.0 } else { &mut e.1 };
            *s = s.checked_add(pay.value).unwrap_or(*s);
        }
    }
    run.totals = sums
        .into_iter()
        .map(
            |((party, currency), (received, penalties))| crate::run::report::Total {
                received: crate::ir::values::Money::fixed(received, &currency),
                penalties: crate::ir::values::Money::fixed(penalties, &currency),
                party,
                currency,
            },
        )
        .collect();
}
