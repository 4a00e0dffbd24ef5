//! Amendments (design §10.6): each version of the partnership — when it
//! takes effect, the change level it was agreed under, who approved it,
//! what it does, and how the contract reads from then on.
//!
//! The page states the contract as first agreed; this section is its
//! history. "How it reads" is not a second wording: both versions are put
//! into words by the same families, counted from the effective date
//! (`Ctx::since`), and the sentences that differ are shown, the new ones
//! linked to the amendment's lines. The declaration itself (date, level,
//! approvers, items) is the one piece of syntax the model does not keep,
//! so it is read from `amend::Amendments`, names only, never source text.

use super::{Ctx, FAMILIES};
use crate::amend::{Amendments, ChangeKind, Summary};
use crate::ir::dates::{self, CalendarUnit};
use crate::ir::{Actor, Partnership, Portfolio};
use crate::render::doc::{Block, Para, Section, Table, Text};
use crate::render::words;
use crate::run::periods::contract_year;
use crate::run::report::{PaymentKind, Report};
use crate::versions::{self as outputs, Versioned};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use std::cell::OnceCell;
use std::collections::BTreeMap;

/// The versions of the portfolio a page can tell the history of.
pub struct History<'a> {
    pub versions: Versioned<'a>,
    pub amendments: &'a Amendments,
    /// `pact run` with no events, on the original contracts and following
    /// the versions: made once, on the first page that needs it.
    runs: OnceCell<Option<(Report, Report)>>,
}

impl<'a> History<'a> {
    pub fn new(versions: Versioned<'a>, amendments: &'a Amendments) -> History<'a> {
        History {
            versions,
            amendments,
            runs: OnceCell::new(),
        }
    }

    fn runs(&self) -> Option<&(Report, Report)> {
        self.runs
            .get_or_init(|| {
                let none = Amendments::default();
                let original = Versioned::new(self.versions.original, &[], &none);
                let until = self
                    .versions
                    .original
                    .partnerships
                    .iter()
                    .filter_map(|p| p.term.map(|t| t.end))
                    .max()?;
                // As `pact diff` does: a period that starts in the term may
                // be paid after it (in arrears, when the term renews), so the
                // run goes two years past the last end.
                let until = until.checked_add_days(chrono::Days::new(731))?;
                let old = outputs::run(&original, "", Some(until)).ok()?;
                let new = outputs::run(&self.versions, "", Some(until)).ok()?;
                Some((old, new))
            })
            .as_ref()
    }
}

/// The retainers a run paid `p` in each contract year of its first term
/// (0-based) and currency.
fn retainers(report: &Report, p: &Partnership) -> BTreeMap<(usize, String), Decimal> {
    let mut out = BTreeMap::new();
    let Some(term) = p.term else {
        return out;
    };
    for run in report.partnerships.iter().filter(|r| r.name == p.name) {
        for payment in run
            .payments
            .iter()
            .filter(|x| x.kind == PaymentKind::Retainer)
        {
            let day = payment.period.as_ref().map_or(payment.date, |x| x.start);
            let (Some(year), Ok(amount)) = (
                contract_year(term.start, day).filter(|_| day <= term.end),
                payment.amount.parse::<Decimal>(),
            ) else {
                continue;
            };
            let sum: &mut Decimal = out.entry((year, payment.currency.clone())).or_default();
            *sum = sum.checked_add(amount).unwrap_or(*sum);
        }
    }
    out
}

/// Retainers per contract year as first agreed and following the
/// amendments, when they differ.
fn money_table(history: &History, p: &Partnership) -> Option<Table> {
    let (old, new) = history.runs()?;
    let (old, new) = (retainers(old, p), retainers(new, p));
    if old == new {
        return None;
    }
    let term = p.term?;
    let mut table = Table::new(
        "Retainers per contract year, as first agreed and following the amendments",
        &[
            "contract year",
            "as first agreed",
            "following the amendments",
        ],
    );
    let keys: std::collections::BTreeSet<&(usize, String)> = old.keys().chain(new.keys()).collect();
    for key in keys {
        let (year, currency) = key;
        let from = if *year == 0 {
            Some(term.start)
        } else {
            dates::term_end(term.start, *year as i64, CalendarUnit::Year).and_then(|d| d.succ_opt())
        };
        let label = match from {
            Some(from) => format!("{}: from {}", year + 1, words::date(from)),
            None => format!("{}", year + 1),
        };
        let cell = |m: &BTreeMap<(usize, String), Decimal>| {
            Text::new().b(words::money_of(
                m.get(key).copied().unwrap_or_default(),
                currency,
            ))
        };
        table.row(vec![Text::plain(label), cell(&old), cell(&new)], None);
    }
    Some(table)
}

/// A path of the declaration (`Vandelay.vendor_manager`, `client.cio`) as
/// the actor it names, in words.
fn approver(portfolio: &Portfolio, p: &Partnership, path: &[String]) -> Text {
    let names: Vec<&str> = path.iter().map(String::as_str).collect();
    let party = |name: &str| {
        portfolio
            .parties
            .iter()
            .position(|x| x.name == name)
            .or_else(|| p.party_by_label(name))
    };
    let actor = match names.as_slice() {
        [one] if *one == crate::ir::NEUTRAL => Some(Actor::Neutral),
        [one] => party(one).map(Actor::Party),
        [who, role] => party(who).and_then(|x| {
            portfolio
                .parties
                .get(x)
                .and_then(|q| q.roles.iter().position(|r| r.name == *role))
                .map(|r| Actor::Role(x, r))
        }),
        _ => None,
    };
    match actor {
        Some(a) => Text::plain(words::actor(portfolio, a)),
        None => Text::new().c(path.join(".")),
    }
}

/// What one item of an amendment does, in words.
fn item(change: &crate::amend::Change) -> Text {
    // `the meeting ops review`, `the renewal clause`, `a duty`.
    let what = match (change.clause, &change.name) {
        ("pay", Some(payee)) => Text::plain("the payments to ").b(payee.clone()),
        (kind, Some(name)) => Text::plain(format!("the {kind} ")).b(words::spoken(name)),
        ("obligation", None) => Text::plain("a duty"),
        ("grant", None) => Text::plain("a grant"),
        ("invoice", None) => Text::plain("an invoicing clause"),
        ("survives", None) => Text::plain("duties that survive the term"),
        ("use", None) => Text::plain("the clauses of a template"),
        (kind, None) => Text::plain(format!("the {kind} clause")),
    };
    let verb = match change.kind {
        ChangeKind::Replaces => "replaces ",
        ChangeKind::Adds => "adds ",
        ChangeKind::Removes => "removes ",
    };
    Text::plain(verb).append(what)
}

/// Every paragraph, list item and table row of a version's page, as
/// plain text with its paragraph, counted from `since`.
fn sentences(portfolio: &Portfolio, p: &Partnership, since: NaiveDate) -> Vec<(String, Para)> {
    let pages = std::collections::BTreeMap::new();
    let cx = Ctx::new(portfolio, p, &pages).since(since);
    let mut out = Vec::new();
    for section in FAMILIES.iter().filter_map(|family| family(&cx)) {
        for block in section.blocks {
            match block {
                Block::Para(para) => out.push((para.text.plain_text(), para)),
                Block::List { items, .. } => {
                    out.extend(items.into_iter().map(|para| (para.text.plain_text(), para)));
                }
                Block::Table(table) => {
                    // Rows without a clause are computed summaries (money per
                    // year): the history has its own, following the versions.
                    for row in table.rows.into_iter().filter(|r| r.span.is_some()) {
                        let mut text = Text::plain(format!("{}: ", table.caption));
                        for (i, (head, cell)) in table.head.iter().zip(row.cells).enumerate() {
                            if i > 0 {
                                text = text.t("; ");
                            }
                            text = text.t(format!("{head} ")).append(cell);
                        }
                        let text = text.t(".");
                        out.push((text.plain_text(), Para::new(text, row.span)));
                    }
                }
                Block::Doc(_) | Block::Figure { .. } | Block::Note { .. } => {}
            }
        }
    }
    out
}

/// The amendments section of a partnership's page, when it has any.
pub fn section(cx: &Ctx, history: &History) -> Option<Section> {
    let p = cx.p;
    let list: Vec<Summary> = history
        .amendments
        .of(&p.name)
        .iter()
        .map(|a| a.summary())
        .collect();
    if list.is_empty() {
        return None;
    }
    let mut s = Section::new("Amendments", "amendments");
    let count = match list.len() {
        1 => "once".to_string(),
        2 => "twice".to_string(),
        n => format!("{n} times"),
    };
    s.blocks.push(Block::Para(Para::new(
        Text::plain(format!(
            "The contract has been amended {count}. The sections above state it as first agreed; each amendment changes it from its effective date, and dates before that date keep the terms in force before it."
        )),
        None,
    )));
    for (n, amendment) in list.iter().enumerate() {
        let effective = amendment.effective;
        let approvers: Vec<Text> = amendment
            .approvers
            .iter()
            .map(|a| approver(cx.portfolio, p, a))
            .collect();
        let mut t = Text::plain(format!(
            "Amendment {} (version {}), in force from ",
            n + 1,
            n + 2
        ))
        .b(words::date(effective))
        .t(", agreed as a ")
        .b(words::spoken(&amendment.level))
        .t(" change");
        if !approvers.is_empty() {
            t = t.t(" and approved by ").append(words::list_text(approvers));
        }
        let items: Vec<Text> = amendment.changes.iter().map(item).collect();
        if !items.is_empty() {
            t = t.t(": it ").append(words::list_text(items));
        }
        s.para(t.t("."), amendment.span);
        // The versions just before and from the effective date.
        let versions = &history.versions;
        let before = effective
            .pred_opt()
            .map_or(0, |d| versions.version_on(&p.name, d));
        let after = versions.version_on(&p.name, effective);
        let find = |k: usize| {
            versions
                .portfolio(k)
                .partnerships
                .iter()
                .find(|q| q.name == p.name)
                .map(|q| (versions.portfolio(k), q))
        };
        let (Some((old_portfolio, old)), Some((new_portfolio, new))) = (find(before), find(after))
        else {
            continue;
        };
        if before == after {
            continue;
        }
        let old = sentences(old_portfolio, old, effective);
        let new = sentences(new_portfolio, new, effective);
        let added: Vec<Para> = new
            .iter()
            .filter(|(text, _)| !old.iter().any(|(o, _)| o == text))
            .map(|(_, para)| para.clone())
            .collect();
        let dropped: Vec<Para> = old
            .iter()
            .filter(|(text, _)| !new.iter().any(|(x, _)| x == text))
            .map(|(_, para)| Para::new(para.text.clone(), None))
            .collect();
        if !added.is_empty() {
            s.blocks.push(Block::Para(Para::new(
                Text::plain("From ")
                    .b(words::date(effective))
                    .t(" the contract reads, where it changed:"),
                None,
            )));
            s.list(false, added);
        }
        if !dropped.is_empty() {
            s.blocks.push(Block::Para(Para::new(
                Text::plain("These no longer hold from ")
                    .b(words::date(effective))
                    .t(":"),
                None,
            )));
            s.list(false, dropped);
        }
    }
    if let Some(table) = money_table(history, p) {
        s.blocks.push(Block::Table(table));
    }
    Some(s)
}

/// The portfolio page's list of amendments: each with its partnership
/// (linked to the history on its page), date, level and approvers.
pub fn portfolio_section(
    history: &History,
    portfolio: &Portfolio,
    pages: &BTreeMap<String, String>,
) -> Option<Section> {
    let mut table = Table::new(
        "Amendments, by partnership and effective date",
        &["partnership", "in force from", "agreed as", "approved by"],
    );
    for (name, list) in history.amendments.iter() {
        let (Some(page), Some(p)) = (
            pages.get(name),
            portfolio.partnerships.iter().find(|q| q.name == name),
        ) else {
            continue;
        };
        for amendment in list.iter().map(|a| a.summary()) {
            let approvers: Vec<Text> = amendment
                .approvers
                .iter()
                .map(|a| approver(portfolio, p, a))
                .collect();
            table.row(
                vec![
                    Text::new().link(name.to_string(), page, Some("amendments")),
                    Text::new().b(words::date(amendment.effective)),
                    Text::plain(words::spoken(&amendment.level)),
                    words::list_text(approvers),
                ],
                Some(amendment.span),
            );
        }
    }
    if table.rows.is_empty() {
        return None;
    }
    let mut s = Section::new("Amendments", "amendments");
    s.blocks.push(Block::Para(Para::new(
        Text::plain("Each partnership's page states it as first agreed and tells what each amendment changed."),
        None,
    )));
    s.blocks.push(Block::Table(table));
    Some(s)
}
