//! Invoices (design §10.2, §10.5): each retainer period is invoiced on its
//! invoice date (in arrears: the period's last day; in advance: its first,
//! which is the day the retainer is paid) and is due `net N` later (on the
//! invoice date without `net`). An invoice is a duty of the payer: a `paid`
//! line fulfils it; paid after its due date, or unpaid past it, it is a
//! breach of the payer, reported with the other duties and breaches.
//!
//! A pay block uses its own `invoice`, else the partnership's stand-alone
//! one, never another block's (turn-2 ruling); a block with neither has no
//! invoices. Ids are `Partnership.invoice.PAYEE@DATE` (the invoice date);
//! a `paid` line may leave out `@DATE` when exactly one invoice of that
//! payee is unpaid on its date.

use super::Accounts;
use crate::ir::{Invoice, Partnership, PayItem, Payments};
use crate::run::report::{Breach, ObligationRun, Payment, PaymentKind, Status};
use crate::run::TraceError;
use chrono::NaiveDate;
use std::collections::HashMap;

fn invoice_of<'p>(p: &'p Partnership, block: &'p Payments) -> Option<&'p Invoice> {
    block
        .items
        .iter()
        .find_map(|i| match i {
            PayItem::Invoice(inv) => Some(inv),
            _ => None,
        })
        .or_else(|| p.invoices.first())
}

struct Open {
    p: String,
    id: String,
    base: String,
    text: String,
    payer: Vec<String>,
    date: NaiveDate,
    due: NaiveDate,
    paid: Option<NaiveDate>,
}

impl Accounts<'_> {
    pub(super) fn invoices(&mut self, as_of: NaiveDate) {
        let pf = self.cat.pf;
        let mut open: Vec<Open> = Vec::new();
        // Each partnership's retainers, in the order they were paid: a
        // block's invoices come from its own partnership's payments only.
        let mut retainers: Vec<Vec<&Payment>> = vec![Vec::new(); pf.partnerships.len()];
        for (pi, payment) in &self.payments {
            if payment.kind == PaymentKind::Retainer {
                if let Some(list) = retainers.get_mut(*pi) {
                    list.push(payment);
                }
            }
        }
        for (p, paid) in pf.partnerships.iter().zip(&retainers) {
            for block in &p.payments {
                let Some(invoice) = invoice_of(p, block) else {
                    continue;
                };
                let payee = self.cat.party_name(block.payee);
                let prefix = format!("{}@", block.retainer_id);
                let base = &block.invoice_id;
                let (_, payer) = self.payer_and_payee(p, block);
                for payment in paid {
                    if !payment.id.starts_with(&prefix) {
                        continue;
                    }
                    let date = payment.date;
                    let due = match &invoice.net {
                        Some(net) => net.after(date, &p.calendar),
                        None => Some(date),
                    };
                    let Some(due) = due else { continue };
                    let base = base.clone();
                    open.push(Open {
                        p: p.name.clone(),
                        id: format!("{base}@{date}"),
                        base,
                        text: format!(
                            "{} pays the invoice of {} {} to {payee}",
                            payer.clone().unwrap_or_else(|| "the payer".to_string()),
                            payment.amount,
                            payment.currency
                        ),
                        payer: payer.iter().cloned().collect(),
                        date,
                        due,
                        paid: None,
                    });
                }
            }
        }
        let paid = std::mem::take(&mut self.paid);
        // Invoices by id (the first of equal ids) and by base, in order.
        let mut by_id: HashMap<String, usize> = HashMap::with_capacity(open.len());
        let mut by_base: HashMap<String, Vec<usize>> = HashMap::new();
        if !paid.is_empty() {
            for (i, o) in open.iter().enumerate() {
                by_id.entry(o.id.clone()).or_insert(i);
                by_base.entry(o.base.clone()).or_default().push(i);
            }
        }
        for (line, date, id) in paid {
            let found = match by_id.get(&id) {
                Some(&i) => Some(i),
                None if !id.contains('@') => {
                    let unpaid: Vec<usize> = by_base
                        .get(&id)
                        .into_iter()
                        .flatten()
                        .copied()
                        .filter(|&i| {
                            open.get(i)
                                .is_some_and(|o| o.paid.is_none() && o.date <= date)
                        })
                        .collect();
                    match unpaid.as_slice() {
                        [one] => Some(*one),
                        [] => None,
                        _ => {
                            self.errors.push(TraceError::new(
                                line,
                                format!("`{id}` names {} unpaid invoices: give the one paid, like `{id}@DATE`", unpaid.len()),
                            ));
                            continue;
                        }
                    }
                }
                None => None,
            };
            let Some(i) = found else {
                let known: Vec<&str> = open.iter().map(|o| o.id.as_str()).collect();
                self.errors.push(
                    TraceError::new(line, format!("no invoice `{id}` by {as_of}")).with_help(
                        crate::diagnostics::suggest::did_you_mean(&id, known.iter().copied()),
                    ),
                );
                continue;
            };
            let Some(o) = open.get_mut(i) else { continue };
            if o.date > date {
                self.errors.push(TraceError::new(
                    line,
                    format!(
                        "`{}` is invoiced on {}: it cannot be paid on {date}",
                        o.id, o.date
                    ),
                ));
                continue;
            }
            if o.paid.is_some() {
                self.errors
                    .push(TraceError::new(line, format!("`{}` is already paid", o.id)));
                continue;
            }
            o.paid = Some(date);
        }
        for o in open {
            let status = match o.paid {
                Some(d) if d > o.due => Status::FulfilledLate,
                Some(_) => Status::Fulfilled,
                None if o.due < as_of => Status::Breached,
                None => Status::Open,
            };
            let breach =
                matches!(status, Status::FulfilledLate | Status::Breached).then(|| Breach {
                    obligation: o.id.clone(),
                    text: o.text.clone(),
                    parties: o.payer.clone(),
                    due: o.due,
                    breached_on: o.due.succ_opt().unwrap_or(o.due),
                    cured_on: o.paid,
                    days_late: (o.paid.unwrap_or(as_of) - o.due).num_days(),
                });
            let duty = ObligationRun {
                id: o.id,
                origin: "invoice".to_string(),
                text: o.text,
                owed_by: o.payer,
                arises: Some(o.date),
                due: Some(o.due),
                status,
                fulfilled: o.paid,
            };
            self.invoices.push((o.p, duty, breach));
        }
    }
}
