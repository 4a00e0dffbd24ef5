//! Money: who pays whom, each item of a pay block in a sentence, and a
//! table of the fixed amounts and ceilings per contract year.
//!
//! Retainer periods and contract years come from `run::periods` (the code
//! `pact run` pays with), so the table adds up what a run would pay when
//! nothing else happens. Bonus ceilings are the best tier for every bonus
//! period, rounded half-even to the minor unit as each payment is.

use super::{sharing, Ctx};
use crate::ir::dates::{self, CalendarUnit};
use crate::ir::values::Money;
use crate::ir::{Amount, Bonus, PayItem, Payments, Period};
use crate::render::doc::{Block, Para, Section, Table, Text};
use crate::render::words;
use crate::run::periods::{contract_year, periods};
use rust_decimal::Decimal;

pub fn section(cx: &Ctx) -> Option<Section> {
    let p = cx.p;
    if p.payments.is_empty() && p.invoices.is_empty() {
        return None;
    }
    let mut s = Section::new("Money", "money");
    for block in &p.payments {
        let payers: Vec<String> = match block.payer {
            Some(payer) => vec![cx.party(payer)],
            None => p
                .parties
                .iter()
                .filter(|b| b.party != block.payee)
                .map(|b| cx.party(b.party))
                .collect(),
        };
        // With more than two parties the contract does not say who pays.
        let text = match payers.as_slice() {
            [payer] => Text::plain(format!("{payer} pays "))
                .b(cx.party(block.payee))
                .t(":"),
            _ => Text::new().b(cx.party(block.payee)).t(" is paid:"),
        };
        s.para(text, block.span);
        let mut items: Vec<Para> = block
            .items
            .iter()
            .enumerate()
            .map(|(i, item)| item_para(cx, block, i, item))
            .collect();
        items.extend(
            block
                .early_bonuses
                .iter()
                .map(|b| sharing::early_bonus(cx, b)),
        );
        let currency = cx.p.currency.clone().unwrap_or_default();
        let mut shares = Vec::new();
        for share in &block.shares {
            let (para, table, example) = sharing::share(cx, share, &currency);
            items.push(para);
            shares.push((table, example));
        }
        s.list(false, items);
        for (table, example) in shares {
            s.blocks.push(Block::Table(table));
            if let Some(example) = example {
                s.blocks.push(Block::Para(example));
            }
        }
        if let Some(table) = per_year(cx, block) {
            s.blocks.push(Block::Table(table));
        }
    }
    for invoice in &p.invoices {
        // The stand-alone clause invoices the blocks without their own.
        let block = p
            .payments
            .iter()
            .find(|b| !b.items.iter().any(|i| matches!(i, PayItem::Invoice(_))));
        s.para(invoice_text(cx, block, invoice), invoice.span);
    }
    Some(s)
}

/// The first invoice of a block's retainer: its date and due date.
fn first_invoice(
    cx: &Ctx,
    block: Option<&Payments>,
    i: &crate::ir::Invoice,
) -> Option<(chrono::NaiveDate, Option<chrono::NaiveDate>)> {
    let term = cx.p.term?;
    let period = block?.items.iter().find_map(|item| match item {
        PayItem::Retainer { period, .. } => Some(*period),
        _ => None,
    })?;
    let (from, to) = *periods(term, &period, &cx.p.calendar, term.end).first()?;
    let date = if i.in_advance { from } else { to };
    let due = match &i.net {
        Some(net) => Some(net.after(date, &cx.p.calendar)?),
        None => None,
    };
    Some((date, due))
}

fn invoice_text(cx: &Ctx, block: Option<&Payments>, i: &crate::ir::Invoice) -> Text {
    let mut t = Text::plain(format!(
        "Invoices are issued {}, {}",
        words::period(&i.period),
        if i.in_advance {
            "in advance (on the first day of each period)"
        } else {
            "in arrears (on the last day of each period)"
        }
    ));
    if let Some(net) = &i.net {
        t = t
            .t(", and are due ")
            .b(words::duration(net))
            .t(" after the invoice date");
    }
    if let Some((date, due)) = first_invoice(cx, block, i) {
        t = t
            .t("; the first retainer invoice is dated ")
            .b(words::date(date));
        if let Some(due) = due {
            t = t.t(" and due on ").b(words::date(due));
        }
    }
    t.t(".")
}

fn cap_text(cap: &Option<crate::ir::Cap>) -> Text {
    match cap {
        Some(c) => Text::plain(", capped at ")
            .b(words::money(&c.amount))
            .t(if c.per_year {
                " per contract year"
            } else {
                " over the term"
            }),
        None => Text::new(),
    }
}

fn item_para(cx: &Ctx, block: &Payments, index: usize, item: &PayItem) -> Para {
    let (t, span) = match item {
        PayItem::Retainer {
            amount,
            period,
            span,
        } => {
            let mut t = Text::plain("a retainer of ")
                .b(words::money(amount))
                .t(format!(" {}", words::period(period)));
            if let Some((_, ix)) = block.indexations.iter().find(|(i, _)| *i == index) {
                t = t.append(sharing::indexation_text(cx, ix));
            }
            (t, *span)
        }
        PayItem::Invoice(i) => (invoice_text(cx, Some(block), i), i.span),
        PayItem::Fee {
            name,
            amount,
            per_event,
            span,
            ..
        } => {
            let event = cx
                .portfolio
                .events
                .get(*per_event)
                .map_or_else(|| "an event".to_string(), |e| e.name.clone());
            let mut t = Text::plain("a fee ");
            if let Some(name) = name {
                t = t.t(format!("({}) ", words::spoken(name)));
            }
            (
                t.t("of ")
                    .b(words::money(amount))
                    .t(" each time ")
                    .c(event)
                    .t(" happens"),
                *span,
            )
        }
        PayItem::Bonus(b) => (bonus_text(cx, block, b), b.span),
        PayItem::SuccessFee {
            share,
            base,
            cap,
            span,
            ..
        } => {
            let signal = cx
                .portfolio
                .signals
                .get(*base)
                .map_or_else(|| "a signal".to_string(), |s| s.name.clone());
            (
                Text::plain("a success fee of ")
                    .b(words::percent(*share))
                    .t(" of each reading of ")
                    .c(signal)
                    .append(cap_text(cap)),
                *span,
            )
        }
        PayItem::Penalty {
            name,
            milestone,
            per_day,
            cap,
            span,
            ..
        } => {
            let due = milestone.resolve(cx.portfolio, cx.p);
            let mut t = Text::plain("a penalty (")
                .t(words::spoken(name))
                .t(") of ")
                .b(words::money(per_day))
                .t(format!(
                    " for each day {} is late",
                    words::spoken(&milestone.written)
                ));
            if let Some(m) = due {
                t = t.t(" after its due date, ").b(words::date(m.due));
            }
            (t.append(cap_text(cap)), *span)
        }
    };
    let t = match item {
        PayItem::Invoice(_) => t,
        _ => t.t("."),
    };
    Para::new(capitalise(t), Some(span))
}

fn capitalise(mut t: Text) -> Text {
    if let Some(crate::render::doc::Inline::Text(first)) = t.0.first_mut() {
        let mut chars = first.chars();
        if let Some(c) = chars.next() {
            *first = c.to_uppercase().chain(chars).collect();
        }
    }
    t
}

/// Months in a period, for the simple cadences money uses.
fn months(p: &Period) -> Option<u32> {
    match p {
        Period::Monthly => Some(1),
        Period::Quarterly => Some(3),
        Period::Annually => Some(12),
        _ => None,
    }
}

/// The retainer accrued over one period of a bonus, when both periods are
/// whole months.
fn retainer_over(block: &Payments, bonus_period: &Period) -> Option<(Decimal, String)> {
    block.items.iter().find_map(|item| match item {
        PayItem::Retainer { amount, period, .. } => {
            let per = months(period)?;
            let over = months(bonus_period)?;
            let value = amount
                .amount
                .checked_mul(Decimal::from(over))?
                .checked_div(Decimal::from(per))?;
            Some((value, amount.currency.clone()))
        }
        _ => None,
    })
}

/// What a tier pays for one bonus period, when it can be known in advance.
fn tier_amount(block: &Payments, b: &Bonus, pays: &Amount) -> Option<(Decimal, String)> {
    match pays {
        Amount::Money(m) => Some((m.amount, m.currency.clone())),
        Amount::PercentOfRetainer(pct) => {
            let (base, currency) = retainer_over(block, &b.period)?;
            let value = base.checked_mul(*pct)?.checked_div(Decimal::ONE_HUNDRED)?;
            Some((Money::round(value, &currency), currency))
        }
    }
}

fn bonus_text(cx: &Ctx, block: &Payments, b: &Bonus) -> Text {
    let metric =
        cx.p.metrics
            .get(b.metric)
            .map_or_else(|| "a metric".to_string(), |m| m.name.clone());
    let t = Text::plain(format!("a {} bonus ", words::period(&b.period)))
        .b(words::spoken(&b.name))
        .t(" on ")
        .c(metric)
        .t(" (the strictest tier met pays, on the metric's last reading of the ")
        .t(words::period_noun(&b.period))
        .t("): ");
    let tiers: Vec<Text> = b
        .tiers
        .iter()
        .map(|tier| {
            let mut pays = match &tier.pays {
                Amount::Money(m) => Text::new().b(words::money(m)),
                Amount::PercentOfRetainer(pct) => Text::new().b(words::percent(*pct)).t(format!(
                    " of the retainer accrued over the {}",
                    words::period_noun(&b.period)
                )),
            };
            if let (Amount::PercentOfRetainer(_), Some((amount, currency))) =
                (&tier.pays, tier_amount(block, b, &tier.pays))
            {
                pays = pays.t(" (").b(words::money_of(amount, &currency)).t(")");
            }
            Text::plain(words::spoken(&tier.name))
                .t(" when ")
                .append(cx.cond(&tier.condition))
                .t(" pays ")
                .append(pays)
        })
        .collect();
    let mut out = Text::new();
    for (i, tier) in tiers.into_iter().enumerate() {
        if i > 0 {
            out = out.t("; ");
        }
        out = out.append(tier);
    }
    t.append(out)
}

/// The fixed amounts and ceilings of a pay block per contract year.
fn per_year(cx: &Ctx, block: &Payments) -> Option<Table> {
    let term = cx.p.term?;
    let cal = &cx.p.calendar;
    let mut years: Vec<(chrono::NaiveDate, chrono::NaiveDate)> = Vec::new();
    let mut k: i64 = 0;
    loop {
        let from = if k == 0 {
            term.start
        } else {
            dates::term_end(term.start, k, CalendarUnit::Year)?.succ_opt()?
        };
        if from > term.end || years.len() >= 200 {
            break;
        }
        let to = dates::term_end(term.start, k + 1, CalendarUnit::Year)?.min(term.end);
        years.push((from, to));
        k += 1;
    }
    let currency = cx.p.currency.clone().or_else(|| {
        block.items.iter().find_map(|i| match i {
            PayItem::Retainer { amount, .. } => Some(amount.currency.clone()),
            _ => None,
        })
    })?;
    let mut retainer = vec![Decimal::ZERO; years.len()];
    let mut bonus = vec![Decimal::ZERO; years.len()];
    let mut success = vec![Decimal::ZERO; years.len()];
    let (mut has_retainer, mut has_bonus, mut has_success) = (false, false, false);
    for item in &block.items {
        match item {
            PayItem::Retainer { amount, period, .. } if amount.currency == currency => {
                has_retainer = true;
                for (from, _) in periods(term, period, cal, term.end) {
                    if let Some(slot) =
                        contract_year(term.start, from).and_then(|y| retainer.get_mut(y))
                    {
                        *slot = slot.saturating_add(amount.amount);
                    }
                }
            }
            PayItem::Bonus(b) => {
                let best = b
                    .tiers
                    .iter()
                    .filter_map(|t| tier_amount(block, b, &t.pays))
                    .filter(|(_, c)| *c == currency)
                    .map(|(a, _)| a)
                    .max();
                let Some(best) = best else { continue };
                has_bonus = true;
                for (from, _) in periods(term, &b.period, cal, term.end) {
                    if let Some(slot) =
                        contract_year(term.start, from).and_then(|y| bonus.get_mut(y))
                    {
                        *slot = slot.saturating_add(best);
                    }
                }
            }
            PayItem::SuccessFee { cap: Some(cap), .. }
                if cap.per_year && cap.amount.currency == currency =>
            {
                has_success = true;
                for slot in &mut success {
                    *slot = slot.saturating_add(cap.amount.amount);
                }
            }
            _ => {}
        }
    }
    for share in &block.shares {
        if let Some(cap) = share.cap.as_ref().filter(|c| c.per_year) {
            if cap.amount.currency == currency {
                has_success = true;
                for slot in &mut success {
                    *slot = slot.saturating_add(cap.amount.amount);
                }
            }
        }
    }
    if !(has_retainer || has_bonus || has_success) {
        return None;
    }
    let mut head = vec!["contract year"];
    if has_retainer && !block.indexations.is_empty() {
        head.push("retainer, before indexation");
    } else if has_retainer {
        head.push("retainer");
    }
    if has_bonus {
        head.push("bonuses, at most");
    }
    if has_success {
        head.push(if block.shares.is_empty() {
            "success fees, at most"
        } else {
            "success fees and shares, at most"
        });
    }
    let mut table = Table::new(
        &format!("What {} is paid per contract year", cx.party(block.payee)),
        &head,
    );
    for (i, (from, to)) in years.iter().enumerate() {
        let mut cells = vec![Text::plain(format!(
            "{}: {} to {}",
            i + 1,
            words::date(*from),
            words::date(*to)
        ))];
        let cell = |v: &[Decimal]| {
            Text::new().b(words::money_of(
                v.get(i).copied().unwrap_or_default(),
                &currency,
            ))
        };
        if has_retainer {
            cells.push(cell(&retainer));
        }
        if has_bonus {
            cells.push(cell(&bonus));
        }
        if has_success {
            cells.push(cell(&success));
        }
        table.row(cells, None);
    }
    Some(table)
}
