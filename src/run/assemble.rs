//! The report of a run, assembled from the state it ended with
//! ([`Final`]): each instance's status, breaches, ladders with their steps,
//! payments with totals per party and currency, all in a stable order.

use super::report::{
    self, Breach, HealthPeriod, LadderRun, ObligationRun, PartnershipRun, Report, Status, StepRun,
    Total,
};
use super::state::Final;
use super::trace::LadderKind;
use crate::ir::values::Money;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use std::collections::{BTreeMap, BTreeSet};

pub(super) fn report(done: Final<'_>, as_of: Option<NaiveDate>) -> Report {
    let cat = done.cat;
    let names = |list: &[usize]| -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for &party in list {
            let name = cat.party_name(party);
            if !out.contains(&name) {
                out.push(name);
            }
        }
        out
    };
    let mut runs: Vec<PartnershipRun> = cat
        .pf
        .partnerships
        .iter()
        .map(|p| PartnershipRun::empty(p.name.clone(), None))
        .collect();
    for (index, inst) in done.insts.iter().enumerate() {
        let status = match (inst.fulfilled, inst.due, inst.arises) {
            (Some(f), Some(d), _) if f > d => Status::FulfilledLate,
            (Some(_), _, _) => Status::Fulfilled,
            (None, _, None) if done.not_needed.get(index).copied().unwrap_or(false) => {
                Status::NotNeeded
            }
            (None, _, None) => Status::Pending,
            (None, Some(d), _) if as_of.is_some_and(|a| d < a) => Status::Breached,
            (None, _, _) => Status::Open,
        };
        let Some(run) = runs.get_mut(inst.p) else {
            continue;
        };
        let owed_by = names(&inst.owed_by);
        if let (Status::Breached | Status::FulfilledLate, Some(due)) = (status, inst.due) {
            let until = inst.fulfilled.or(as_of).unwrap_or(due);
            run.breaches.push(Breach {
                obligation: inst.id.clone(),
                text: inst.text.clone(),
                parties: owed_by.clone(),
                due,
                breached_on: due.succ_opt().unwrap_or(due),
                cured_on: inst.fulfilled,
                days_late: (until - due).num_days(),
            });
        }
        run.obligations.push(ObligationRun {
            id: inst.id.clone(),
            origin: inst.origin.clone(),
            text: inst.text.clone(),
            owed_by,
            arises: inst.arises,
            due: inst.due,
            status,
            fulfilled: inst.fulfilled,
        });
    }
    for (p, firing) in done.firings {
        if let Some(run) = runs.get_mut(p) {
            run.firings.push(firing);
        }
    }
    for ladder in &done.ladders {
        let Some(partnership) = cat.partnership(ladder.p) else {
            continue;
        };
        let steps = ladder
            .runs
            .iter()
            .map(|r| {
                let (name, by, requires, binding) = match ladder.kind {
                    LadderKind::Dispute => partnership
                        .disputes
                        .as_ref()
                        .and_then(|d| d.steps.get(r.step))
                        .map(|s| (s.name.clone(), &s.by[..], s.requires.clone(), s.binding)),
                    LadderKind::Escalation => partnership
                        .escalation
                        .get(r.step)
                        .map(|s| (s.name.clone(), &s.handlers[..], Vec::new(), false)),
                }
                .unwrap_or_default();
                StepRun {
                    name,
                    by: by.iter().map(|a| cat.actor_name(a.actor)).collect(),
                    started: r.started,
                    deadline: r.deadline,
                    ended: r.ended,
                    outcome: r.outcome,
                    requires,
                    binding,
                }
            })
            .collect();
        if let Some(run) = runs.get_mut(ladder.p) {
            run.ladders.push(LadderRun {
                id: ladder.id.clone(),
                kind: ladder.kind.word().to_string(),
                started: ladder.notice,
                status: ladder.status,
                ended: ladder.ended,
                steps,
            });
        }
    }
    let mut totals: Vec<BTreeMap<(String, String), (Decimal, Decimal)>> =
        vec![BTreeMap::new(); runs.len()];
    for (p, payment) in done.payments {
        let (party, received) = match payment.kind {
            report::PaymentKind::Penalty => (payment.payer.clone(), false),
            _ => (payment.payee.clone(), true),
        };
        if let (Some(party), Some(t)) = (party, totals.get_mut(p)) {
            let sums = t
                .entry((party, payment.currency.clone()))
                .or_insert((Decimal::ZERO, Decimal::ZERO));
            let sum = if received { &mut sums.0 } else { &mut sums.1 };
            *sum = sum.checked_add(payment.value).unwrap_or(*sum);
        }
        if let Some(run) = runs.get_mut(p) {
            run.payments.push(payment);
        }
    }
    for (p, period) in done.bonus_periods {
        if let Some(run) = runs.get_mut(p) {
            run.bonus_periods.push(period);
        }
    }
    for (run, sums) in runs.iter_mut().zip(totals) {
        run.totals = sums
            .into_iter()
            .map(|((party, currency), (received, penalties))| Total {
                received: Money::fixed(received, &currency),
                penalties: Money::fixed(penalties, &currency),
                party,
                currency,
            })
            .collect();
        run.obligations
            .sort_by(|a, b| due_order(a.due, b.due).then_with(|| a.id.cmp(&b.id)));
        run.breaches.sort_by(|a, b| {
            a.due
                .cmp(&b.due)
                .then_with(|| a.obligation.cmp(&b.obligation))
        });
        run.payments
            .sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.id.cmp(&b.id)));
        run.ladders
            .sort_by(|a, b| a.started.cmp(&b.started).then_with(|| a.id.cmp(&b.id)));
        run.bonus_periods.sort_by(|a, b| {
            a.period
                .start
                .cmp(&b.period.start)
                .then_with(|| a.bonus.cmp(&b.bonus))
        });
    }
    runs.sort_by(|a, b| a.name.cmp(&b.name));
    let mut report = Report {
        format: report::FORMAT.to_string(),
        as_of,
        partnerships: runs,
        notes: done.notes.into_iter().collect(),
    };
    attach_health(&mut report, done.health);
    attach_invoices(&mut report, done.invoices);
    report
}

/// Dated first, in date order; undated last.
fn due_order(a: Option<NaiveDate>, b: Option<NaiveDate>) -> std::cmp::Ordering {
    match (a, b) {
        (Some(x), Some(y)) => x.cmp(&y),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    }
}

/// Puts the scored periods into the report's partnerships.
fn attach_health(report: &mut Report, health: Vec<(String, HealthPeriod)>) {
    let index = report::by_name(report);
    for (name, period) in health {
        let run = index
            .get(name.as_str())
            .and_then(|&i| report.partnerships.get_mut(i));
        if let Some(run) = run {
            run.health.push(period);
        }
    }
}

/// Puts the invoices among each partnership's duties and breaches, keeping
/// the report's order (due date, then id).
fn attach_invoices(report: &mut Report, invoices: Vec<(String, ObligationRun, Option<Breach>)>) {
    let index = report::by_name(report);
    let mut touched = BTreeSet::new();
    for (name, duty, breach) in invoices {
        let Some(&i) = index.get(name.as_str()) else {
            continue;
        };
        if let Some(run) = report.partnerships.get_mut(i) {
            run.obligations.push(duty);
            run.breaches.extend(breach);
            touched.insert(i);
        }
    }
    for i in touched {
        let Some(run) = report.partnerships.get_mut(i) else {
            continue;
        };
        // Duties without a due date (pending steps) last, as the engine sorts.
        run.obligations
            .sort_by(|a, b| (a.due.is_none(), a.due, &a.id).cmp(&(b.due.is_none(), b.due, &b.id)));
        run.breaches
            .sort_by(|a, b| (a.due, &a.obligation).cmp(&(b.due, &b.obligation)));
    }
}
