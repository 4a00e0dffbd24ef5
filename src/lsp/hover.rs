//! Hover: what the name or clause under the cursor means once resolved —
//! read from the checked model (`ir`), never recomputed from the syntax.
//!
//! A term gives its end date, renewal window, decision date and the last
//! day for non-renewal notice; a meeting its next dates (from "today") and
//! hours a year; a role its monthly load against its capacity, from the
//! same computation as the capacity check (`check::portfolio::monthly_load`);
//! a signal or metric its type and target; a template its parameters. Any
//! diagnostic under the cursor adds its `pact explain` text.

use super::diagnostics::explanation;
use super::index::{ClauseTag, Expect, Occ, ScopeKind, Sym, What};
use super::navigate::locate;
use super::server::Context;
use super::workspace::Snapshot;
use crate::check::portfolio::monthly_load;
use crate::ir::{self, dates, Partnership};
use crate::syntax::ast;
use chrono::{Datelike, NaiveDate};
use lsp_types::{Hover, HoverContents, HoverParams, MarkupContent, MarkupKind};
use rust_decimal::Decimal;
use std::fmt::Write;

/// How many next dates of a meeting are shown.
const NEXT_DATES: usize = 5;

pub fn hover(snapshot: &Snapshot, context: &Context, params: &HoverParams) -> Option<Hover> {
    let at = &params.text_document_position_params;
    let (file, offset) = locate(snapshot, context, at)?;
    let info = snapshot.file(file)?;
    let index = &info.index;
    let mut sections: Vec<String> = Vec::new();
    let mut range = None;
    if let Some(occ) = index.at(offset) {
        for sym in snapshot.tables().resolve(index, occ) {
            sections.push(describe(snapshot, context, &sym));
        }
        if sections.is_empty() {
            sections.extend(health(snapshot, index, occ));
        }
        if !sections.is_empty() {
            range = Some(super::diagnostics::range(
                snapshot,
                occ.span,
                context.encoding,
            ));
        }
    }
    if sections.is_empty() {
        // No name here: the innermost clause that says something.
        let clause = index
            .clauses
            .iter()
            .filter(|(span, _, _)| span.start <= offset && offset <= span.end)
            .min_by_key(|(span, _, _)| span.end - span.start);
        if let Some((span, scope, tag)) = clause {
            let scope = index.scopes.get(*scope as usize);
            if let Some(text) = scope.and_then(|s| clause_text(snapshot, context, s, tag)) {
                sections.push(text);
                range = Some(super::diagnostics::range(snapshot, *span, context.encoding));
            }
        }
    }
    for d in &snapshot.diagnostics {
        let span = d.primary.span;
        if span.file == file && span.start <= offset && offset <= span.end {
            let mut text = format!("**{}** {}", d.code, d.message);
            if let Some(explained) = explanation(d.code) {
                text.push_str("\n\n");
                text.push_str(&explained);
            }
            sections.push(text);
        }
    }
    if sections.is_empty() {
        return None;
    }
    Some(Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value: sections.join("\n\n---\n\n"),
        }),
        range,
    })
}

/// Hover for a clause without a name under the cursor: the term, renewal,
/// exit or termination of a partnership, a meeting, a milestone.
fn clause_text(
    snapshot: &Snapshot,
    context: &Context,
    scope: &super::index::Scope,
    tag: &ClauseTag,
) -> Option<String> {
    let owner = scope.owner.as_str();
    match tag {
        ClauseTag::Term | ClauseTag::Renewal | ClauseTag::Exit | ClauseTag::Termination => {
            if scope.kind != ScopeKind::Partnership {
                return None;
            }
            Some(term(partnership(snapshot, owner)?))
        }
        ClauseTag::Meeting(name) => Some(describe(
            snapshot,
            context,
            &Sym::Meeting(owner.to_string(), name.clone()),
        )),
        ClauseTag::Milestone(name) => Some(describe(
            snapshot,
            context,
            &Sym::Milestone(owner.to_string(), name.clone()),
        )),
        ClauseTag::Other => None,
    }
}

/// The built-in `health` of a partnership, or one of its tier scores
/// (`health.operational`), in a condition (design §10.1).
fn health(snapshot: &Snapshot, index: &super::index::FileIndex, occ: &Occ) -> Option<String> {
    let tier = match &occ.what {
        What::Name(Expect::Cond) | What::Head(Expect::Cond) if occ.name == "health" => None,
        What::Tail(Expect::Cond, head) if head == "health" => Some(occ.name.as_str()),
        _ => return None,
    };
    if tier.is_some_and(|t| !["operational", "relational", "strategic"].contains(&t)) {
        return None;
    }
    let owner = &index.scope(occ)?.owner;
    let mut out = match tier {
        None => "**health** (built-in): percent, the weighted sum of the tier scores, \
                 with the weights of the stage in force on the period's first day"
            .to_string(),
        Some(t) => format!(
            "**health.{t}** (built-in): percent, the share of the {t} metrics with a target \
             whose last reading in the period meets it (a metric without a reading counts \
             as not met)"
        ),
    };
    let Some(p) = partnerships_of(snapshot, owner).into_iter().next() else {
        return Some(out);
    };
    let period = match p.health.as_ref().map(|h| h.period) {
        None => "quarterly (the default)".to_string(),
        Some(ir::Period::Daily) => "daily".to_string(),
        Some(ir::Period::Weekly) => "weekly".to_string(),
        Some(ir::Period::Monthly) => "monthly".to_string(),
        Some(ir::Period::Quarterly) => "quarterly".to_string(),
        Some(ir::Period::Annually) => "annually".to_string(),
        Some(ir::Period::Every(d)) => format!("every {d:?}"),
    };
    let _ = write!(
        out,
        "\n\nperiod in `{}`: {period}, known at each period's end",
        p.name
    );
    let tiers: Vec<&str> = match tier {
        Some(t) => vec![t],
        None => vec!["operational", "relational", "strategic"],
    };
    for t in tiers {
        let weights: Vec<String> = p
            .weights
            .iter()
            .filter_map(|stage| stage.weights.iter().find(|(name, _)| name == t))
            .map(|(_, w)| format!("{}%", w.normalize()))
            .collect();
        let metrics: Vec<String> = p
            .metrics
            .iter()
            .filter(|m| m.tier.as_deref() == Some(t))
            .map(|m| match &m.target {
                Some((op, value)) => format!("`{}` {} {value}", m.name, op.text()),
                None => format!("`{}` (no target: not counted)", m.name),
            })
            .collect();
        let weight = if weights.is_empty() {
            "no weight".to_string()
        } else {
            format!("weight {}", weights.join(" then "))
        };
        let measured = if metrics.is_empty() {
            "no metric".to_string()
        } else {
            metrics.join(", ")
        };
        let _ = write!(out, "\n\n- {t}: {weight}; {measured}");
    }
    Some(out)
}

fn partnership<'s>(snapshot: &'s Snapshot, name: &str) -> Option<&'s Partnership> {
    snapshot
        .portfolio()
        .partnerships
        .iter()
        .find(|p| p.name == name)
}

/// The partnerships a clause of `owner` is part of: the partnership itself,
/// or every partnership under a master of that name.
fn partnerships_of<'s>(snapshot: &'s Snapshot, owner: &str) -> Vec<&'s Partnership> {
    snapshot
        .portfolio()
        .partnerships
        .iter()
        .filter(|p| p.name == owner || p.master.as_deref() == Some(owner))
        .collect()
}

fn describe(snapshot: &Snapshot, context: &Context, sym: &Sym) -> String {
    let portfolio = &snapshot.portfolio();
    let mut out = String::new();
    match sym {
        Sym::Party(name) => {
            let _ = write!(out, "**party** `{name}`");
            if let Some(p) = portfolio.parties.iter().find(|p| &p.name == name) {
                if let Some(title) = &p.title {
                    let _ = write!(out, " — {title}");
                }
                for role in &p.roles {
                    let _ = write!(out, "\n- role `{}`", role.name);
                    if let Some(c) = role.capacity_hours {
                        let _ = write!(out, ", capacity {} hours a month", c.normalize());
                    }
                }
                if let Some(doc) = &p.doc {
                    let _ = write!(out, "\n\n{doc}");
                }
            }
        }
        Sym::Role(party, role) => {
            let _ = write!(out, "**role** `{party}.{role}`");
            out.push_str(&role_load(snapshot, context, party, role));
        }
        Sym::Signal(name) => {
            let _ = write!(out, "**signal** `{name}`");
            if let Some(s) = portfolio.signals.iter().find(|s| &s.name == name) {
                let _ = write!(out, ": {}", s.ty.name());
            }
        }
        Sym::Metric(owner, name) => {
            let _ = write!(out, "**metric** `{name}`");
            let metric = partnerships_of(snapshot, owner)
                .into_iter()
                .find_map(|p| p.metrics.iter().find(|m| &m.name == name));
            if let Some(m) = metric {
                let _ = write!(out, ": {}", m.ty.name());
                if let Some(tier) = &m.tier {
                    let _ = write!(out, ", {tier}");
                }
                if m.direction == ast::Direction::LowerIsBetter {
                    out.push_str(", lower is better");
                }
                match &m.target {
                    Some((op, value)) => {
                        let _ = write!(out, "\n\ntarget: {} {value}", op.text());
                    }
                    None => out.push_str("\n\nno target"),
                }
            }
        }
        Sym::Event(name) => {
            let _ = write!(out, "**event** `{name}`");
        }
        Sym::Resource(name) => {
            let _ = write!(out, "**resource** `{name}`");
            if let Some(r) = portfolio.resources.iter().find(|r| &r.name == name) {
                if let Some(title) = &r.title {
                    let _ = write!(out, " — {title}");
                }
                let owners: Vec<String> = r
                    .owners
                    .iter()
                    .filter_map(|o| portfolio.parties.get(*o))
                    .map(|o| format!("`{}`", o.name))
                    .collect();
                if !owners.is_empty() {
                    let _ = write!(out, "\n\nowned by {}", owners.join(" and "));
                }
            }
        }
        Sym::Partnership(name) => match partnership(snapshot, name) {
            Some(p) => out.push_str(&term(p)),
            None => {
                let _ = write!(out, "**partnership** `{name}`");
            }
        },
        Sym::Meeting(owner, name) => {
            let _ = write!(out, "**meeting** `{name}`");
            for p in partnerships_of(snapshot, owner).into_iter().take(5) {
                if let Some(m) = p.meetings.iter().find(|m| &m.name == name) {
                    out.push_str(&meeting(p, m, context.today));
                }
            }
        }
        Sym::Milestone(owner, name) => {
            let _ = write!(out, "**milestone** `{name}`");
            for p in partnerships_of(snapshot, owner).into_iter().take(5) {
                if let Some(m) = p.milestones.iter().find(|m| &m.name == name) {
                    let _ = write!(out, "\n\nin `{}`: due {}", p.name, m.due);
                    if let Some(o) = m.owner.and_then(|o| portfolio.parties.get(o)) {
                        let _ = write!(out, ", owner `{}`", o.name);
                    }
                    for (partnership, milestone, _) in &m.requires {
                        let _ = write!(out, "\n- requires `{partnership}.{milestone}`");
                    }
                }
            }
        }
        Sym::Template(key) => out.push_str(&template(snapshot, key)),
        Sym::Param(key, name) => {
            let _ = write!(out, "**parameter** `{name}` of `{key}`");
            if let Some(param) = template_decl(snapshot, key)
                .and_then(|t| t.params.iter().find(|p| &p.name.name == name))
            {
                let _ = write!(out, ": {}", param_text(snapshot, param));
            }
        }
        Sym::Master(name) => {
            let _ = write!(out, "**master** `{name}`");
            let under: Vec<String> = portfolio
                .partnerships
                .iter()
                .filter(|p| p.master.as_deref() == Some(name))
                .map(|p| format!("`{}`", p.name))
                .collect();
            if !under.is_empty() {
                let _ = write!(out, "\n\npartnerships under it: {}", under.join(", "));
            }
        }
        Sym::Label(owner, label) => {
            let _ = write!(out, "**label** `{label}`");
            if let Some(party) = snapshot.tables().bound(owner, label) {
                let _ = write!(out, ": party `{party}` in `{owner}`");
            }
        }
        Sym::Coordination(name) => {
            let _ = write!(out, "**coordination** `{name}`");
        }
        Sym::Module(name) => {
            let _ = write!(out, "**module** `std.{name}`");
            if let Some(doc) = crate::stdlib::module(name)
                .map(doc_comment)
                .filter(|d| !d.is_empty())
            {
                let _ = write!(out, "\n\n{doc}");
            }
        }
    }
    out
}

/// The `//!` lines at the top of a module.
fn doc_comment(text: &str) -> String {
    text.lines()
        .map_while(|l| l.strip_prefix("//!"))
        .map(str::trim)
        .collect::<Vec<_>>()
        .join("\n")
}

/// A partnership's term and the dates that follow from it.
fn term(p: &Partnership) -> String {
    let mut out = format!("**partnership** `{}`", p.name);
    if let Some(master) = &p.master {
        let _ = write!(out, " under `{master}`");
    }
    let Some(t) = p.term else {
        out.push_str("\n\nno term");
        return out;
    };
    let _ = write!(
        out,
        "\n\n- term: {} to **{}** (both inclusive)",
        t.start, t.end
    );
    let calendar = &p.calendar;
    if let Some(r) = &p.renewal {
        if let Some((d, _)) = &r.window_opens {
            if let Some(date) = d.before(t.end, calendar) {
                let _ = write!(out, "\n- renewal window opens: {date} ({d} before the end)");
            }
        }
        if let Some((d, _)) = &r.decision_due {
            if let Some(date) = d.before(t.end, calendar) {
                let _ = write!(out, "\n- renewal decision due: {date} ({d} before the end)");
            }
        }
        if let Some(renews) = &r.renews {
            let length = renews.map_or("the same term".to_string(), |d| d.to_string());
            let _ = write!(out, "\n- by default it renews for {length}");
            if let Some(end) = crate::check::portfolio::renewed_end(p) {
                let _ = write!(out, ", to {end}");
            }
        } else if r.default_span.is_some() {
            out.push_str("\n- by default it expires");
        }
    }
    if let Some((notice, _)) = p.exit.as_ref().and_then(|e| e.notice.as_ref()) {
        if let Some(date) = notice.before(t.end, calendar) {
            let _ = write!(
                out,
                "\n- last day for non-renewal notice: {date} ({notice} before the end)"
            );
        }
    }
    if let Some(notice) = &p.termination.convenience_notice {
        let _ = write!(out, "\n- termination for convenience: {notice} notice");
    }
    if let Some(cure) = &p.termination.cure {
        let _ = write!(out, "\n- termination for cause: {cure} to cure");
    }
    out
}

/// A meeting's next dates and its hours over a year.
fn meeting(p: &Partnership, m: &ir::Meeting, today: NaiveDate) -> String {
    let mut out = format!("\n\nin `{}`", p.name);
    if let Some(channel) = &m.channel {
        let _ = write!(out, ", via {channel}");
    }
    let Some(t) = p.term else {
        out.push_str(": no term, so no dates");
        return out;
    };
    let from = today.max(t.start);
    let next: Vec<String> =
        dates::occurrences_from(m.cadence, m.adjust, t.start, t.end, &p.calendar, from)
            .take(NEXT_DATES)
            .map(|d| d.to_string())
            .collect();
    if next.is_empty() {
        let _ = write!(out, ": no more dates (the term ends {})", t.end);
    } else {
        let _ = write!(out, ", next: {}", next.join(", "));
    }
    if let Some(hours) = m.length.and_then(|l| l.hours()) {
        let year_start = from.min(t.end);
        let year_end = dates::add_calendar(year_start, 1, dates::CalendarUnit::Year)
            .and_then(|d| d.pred_opt())
            .unwrap_or(year_start);
        let count = dates::occurrences_in_range(
            m.cadence,
            m.adjust,
            t.start,
            t.end,
            &p.calendar,
            year_start,
            year_end,
        )
        .count();
        let total = hours.saturating_mul(Decimal::from(count));
        let _ = write!(
            out,
            "\n- {} hours a year ({count} times {} hours, {year_start} to {year_end})",
            total.normalize(),
            hours.normalize()
        );
    }
    out
}

/// A role's capacity and its load per month, as the capacity check counts it.
fn role_load(snapshot: &Snapshot, context: &Context, party: &str, role: &str) -> String {
    let portfolio = &snapshot.portfolio();
    let mut out = String::new();
    let Some((party_id, p)) = portfolio
        .parties
        .iter()
        .enumerate()
        .find(|(_, p)| p.name == party)
    else {
        return out;
    };
    let Some((role_id, r)) = p.roles.iter().enumerate().find(|(_, r)| r.name == role) else {
        return out;
    };
    if let Some(title) = &r.title {
        let _ = write!(out, " — {title}");
    }
    match r.capacity_hours {
        Some(c) => {
            let _ = write!(out, "\n\ncapacity: {} hours a month", c.normalize());
        }
        None => out.push_str("\n\nno declared capacity"),
    }
    let loads = monthly_load(portfolio);
    let Some(load) = loads
        .iter()
        .find(|l| l.party == party_id && l.role == role_id)
    else {
        out.push_str("\n\nno meetings with a length");
        return out;
    };
    let month = (context.today.year(), context.today.month());
    if let Some(hours) = load.months.get(&month) {
        let _ = write!(
            out,
            "\n- this month ({}-{:02}): {} hours",
            month.0,
            month.1,
            hours.normalize()
        );
    }
    if let Some(((y, m), hours)) = load
        .months
        .iter()
        .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
    {
        let _ = write!(
            out,
            "\n- busiest month: {y}-{m:02}, {} hours",
            hours.normalize()
        );
        let over = load.capacity.is_some_and(|c| *hours > c);
        if over {
            out.push_str(" (**over capacity**)");
        }
        for (h, meeting, p) in load.contributions(*y, *m).iter().take(3) {
            let _ = write!(
                out,
                "\n  - {} hours: `{}` in `{}`",
                h.normalize(),
                meeting.name,
                p.name
            );
        }
    }
    if let Some(c) = load.capacity {
        let over: Vec<String> = load
            .months
            .iter()
            .filter(|(_, h)| **h > c)
            .map(|((y, m), _)| format!("{y}-{m:02}"))
            .collect();
        if !over.is_empty() {
            let _ = write!(out, "\n- over capacity in {} months", over.len());
        }
    }
    out
}

fn template_decl<'s>(snapshot: &'s Snapshot, key: &str) -> Option<&'s ast::Template> {
    let span = snapshot
        .tables()
        .defs
        .get(&Sym::Template(key.to_string()))?
        .first()?;
    let file = snapshot.file(span.file)?;
    file.parsed.file.decls.iter().find_map(|d| match &d.kind {
        ast::DeclKind::Template(t) if t.name.span == *span => Some(t),
        _ => None,
    })
}

/// `type = default`, as written.
pub fn param_text(snapshot: &Snapshot, param: &ast::Param) -> String {
    let text = snapshot.text(param.span.file);
    let ty = text
        .get(param.ty.span.range())
        .unwrap_or(&param.ty.name.name);
    match &param.default {
        Some(default) => format!("{ty} = {}", text.get(default.span.range()).unwrap_or("…")),
        None => ty.to_string(),
    }
}

fn template(snapshot: &Snapshot, key: &str) -> String {
    let mut out = format!("**template** `{key}`");
    let Some(t) = template_decl(snapshot, key) else {
        return out;
    };
    out.push_str("\n\nparameters:");
    if t.params.is_empty() {
        out.push_str(" none");
    }
    for param in &t.params {
        let _ = write!(
            out,
            "\n- `{}`: {}",
            param.name.name,
            param_text(snapshot, param)
        );
    }
    out
}
