//! From expanded syntax to the typed model: every reference resolved, every
//! quantity typed (E01xx for names, E02xx for types and units).
//!
//! Lowering never stops at an error: a clause that cannot be lowered is
//! reported and left out of the model, and the rest is still checked, so
//! one run shows every problem.
//!
//! One type, [`Lower`], carries the partnership being built; its methods are
//! split by concern over the files of this folder (`impl` blocks of the same
//! type), and [`Lower::clause`] dispatches each clause to them:
//!
//! | file | clauses |
//! |---|---|
//! | `actors.rs` | parties, labels, `Party.role` actors |
//! | `values.rs` | currency, money, durations, constants (the unit rules: `crate::units`) |
//! | `conditions.rs` | metrics, weights, conditions and their operands |
//! | `schedules.rs` | calendar, cadences, meetings, reviews, surveys, reports |
//! | `ladders.rs` | escalation, disputes, change levels |
//! | `money.rs` | payments, caps, invoices, bonuses |
//! | `duties.rs` | obligations and their ids, triggers, grants, governance |
//! | `lifecycle.rs` | term, milestones, renewal, termination, exit |
//! | `dated.rs` | `day N` of the term, never past the calendar's last date |
//! | `survives.rs` | `survives D { duties }` |
//! | `zones.rs` | `timezone` (an IANA zone) |
//! | `coordinate.rs` | coordination rules across partnerships |

use crate::diagnostics::{suggest, Diagnostic, Span};
use crate::ir::dates::{self, Adjust, BusinessCalendar, Cadence, MonthlyOn};
use crate::ir::values::{Duration, DurationUnit, Money, Type, Value};
use crate::ir::{self, Actor, ActorRef, Cond, Operand, NEUTRAL};
use crate::resolve::{undefined, Expanded, Names, Resolved};
use crate::syntax::ast::{self, ClauseKind, CmpOp, ExprKind};
use crate::units;
use chrono::{NaiveDate, Weekday};
use rust_decimal::Decimal;
use std::collections::BTreeMap;

mod actors;
mod arith;
mod conditions;
mod coordinate;
mod dated;
mod duties;
mod health;
mod ladders;
mod lifecycle;
mod money;
mod pay_block;
mod schedules;
mod survives;
mod values;
mod zones;

use conditions::*;
use coordinate::*;

/// The longest term accepted.
const MAX_TERM_YEARS: i64 = 100;

pub fn lower(resolved: &mut Resolved, diagnostics: &mut Vec<Diagnostic>) {
    let pending = std::mem::take(&mut resolved.pending);
    // Partnerships are independent once names are known: lower them on
    // every core, in contiguous chunks, and join the results in order, so
    // the outcome is the same whatever the number of threads.
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 8);
    let chunk = pending.len().div_ceil(threads).max(64);
    let mut chunks: Vec<Vec<crate::resolve::Pending>> = Vec::new();
    let mut rest = pending.into_iter();
    loop {
        let part: Vec<_> = rest.by_ref().take(chunk).collect();
        if part.is_empty() {
            break;
        }
        chunks.push(part);
    }
    let shared: &Resolved = resolved;
    let lowered: Vec<(Vec<ir::Partnership>, Vec<Diagnostic>)> = std::thread::scope(|scope| {
        let handles: Vec<_> = chunks
            .into_iter()
            .map(|part| scope.spawn(move || lower_chunk(shared, part)))
            .collect();
        handles
            .into_iter()
            .map(|h| crate::parallel::rejoin(h.join()))
            .collect()
    });
    let mut partnerships = Vec::new();
    for (part, mut found) in lowered {
        partnerships.extend(part);
        diagnostics.append(&mut found);
    }
    for p in &mut partnerships {
        p.amendments = resolved
            .amendments
            .of(&p.name)
            .iter()
            .map(|a| ir::AmendmentRef {
                effective: a.decl.effective.value,
                level: a.decl.level.name.clone(),
                span: a.span,
            })
            .collect();
    }
    resolved.portfolio.partnerships = partnerships;
    let coordinations = std::mem::take(&mut resolved.coordinations);
    for coordination in &coordinations {
        health::health_read_elsewhere(
            &resolved.names,
            &mut resolved.portfolio.partnerships,
            coordination,
        );
    }
    for coordination in &coordinations {
        let lowered = coordinate(
            &resolved.names,
            &resolved.portfolio,
            coordination,
            diagnostics,
        );
        resolved.portfolio.coordinations.push(lowered);
    }
    resolved.coordinations = coordinations;
}

/// Expands and lowers some partnerships, one at a time, letting each one's
/// syntax go once it is lowered.
fn lower_chunk(
    resolved: &Resolved,
    pending: Vec<crate::resolve::Pending>,
) -> (Vec<ir::Partnership>, Vec<Diagnostic>) {
    let mut diagnostics = Vec::new();
    let mut partnerships = Vec::with_capacity(pending.len());
    for item in pending {
        let expanded = resolved.expand(item, &mut diagnostics);
        let mut lowered = Lower::new(
            &resolved.names,
            &resolved.portfolio,
            &expanded,
            &mut diagnostics,
        )
        .run(&expanded);
        ir::compact::compact(&mut lowered);
        partnerships.push(lowered);
    }
    (partnerships, diagnostics)
}

struct Lower<'a> {
    names: &'a Names,
    portfolio: &'a ir::Portfolio,
    p: ir::Partnership,
    currency: Option<(String, Span)>,
    diagnostics: &'a mut Vec<Diagnostic>,
    obligation_ids: BTreeMap<String, usize>,
    /// Lowering a bonus tier: its thresholds are checked against the
    /// metric's range by the tier check (E0313), not here.
    in_tier: bool,
}

impl<'a> Lower<'a> {
    fn new(
        names: &'a Names,
        portfolio: &'a ir::Portfolio,
        e: &Expanded,
        diagnostics: &'a mut Vec<Diagnostic>,
    ) -> Self {
        let mut p = ir::Partnership::new(e.name.name.clone(), e.name.span);
        p.doc = e.doc.clone();
        p.master = e.master.as_ref().map(|m| m.name.clone());
        Lower {
            names,
            portfolio,
            p,
            currency: None,
            diagnostics,
            obligation_ids: BTreeMap::new(),
            in_tier: false,
        }
    }

    fn error(&mut self, diagnostic: Diagnostic) {
        self.diagnostics.push(diagnostic);
    }

    fn run(mut self, e: &Expanded) -> ir::Partnership {
        // What other clauses depend on comes first, whatever the order written.
        for clause in &e.clauses {
            match &clause.kind {
                ClauseKind::Parties(bindings) => self.parties(bindings),
                ClauseKind::Currency(code) => self.currency(code),
                _ => {}
            }
        }
        for clause in &e.clauses {
            match &clause.kind {
                ClauseKind::Term(term) => self.term(term, clause.span),
                ClauseKind::Calendar(calendar) => self.calendar(calendar),
                ClauseKind::Metric(metric) => self.metric(metric),
                _ => {}
            }
        }
        let has = |f: fn(&ClauseKind) -> bool| e.clauses.iter().any(|c| f(&c.kind));
        // A clause that did not parse (reported once already) may have
        // swallowed `parties` or `term`: saying they are missing would lie.
        let unreadable = has(|k| matches!(k, ClauseKind::Error));
        if !unreadable && !has(|k| matches!(k, ClauseKind::Parties(_))) {
            self.error(
                Diagnostic::error(
                    "E0119",
                    format!("the partnership `{}` names no parties", self.p.name),
                    e.name.span,
                )
                .with_primary_label("no `parties` clause")
                .with_help("add `parties Acme as client, Globex as provider`"),
            );
        }
        if !unreadable && !has(|k| matches!(k, ClauseKind::Term(_))) {
            self.error(
                Diagnostic::error(
                    "E0119",
                    format!("the partnership `{}` has no term", self.p.name),
                    e.name.span,
                )
                .with_primary_label("no `term` clause")
                .with_note("dates, deadlines and schedules count from the term")
                .with_help("add `term 2026-01-01 for 2 years`"),
            );
        }
        for clause in &e.clauses {
            if let Some(doc) = &clause.doc {
                self.p.docs.push((clause.span, doc.clone()));
            }
            let before = self.diagnostics.len();
            self.clause(clause);
            if let Some(via) = clause.via {
                self.p.origins.push((clause.span, via));
                // Shown at the `use` (`ir::uses`), whatever the clause's
                // diagnostics point at.
                for d in self.diagnostics.iter_mut().skip(before) {
                    ir::uses::point_at_use(d, &self.p.name, via);
                }
            }
        }
        self.p
    }

    fn clause(&mut self, clause: &ast::Clause) {
        match &clause.kind {
            ClauseKind::Parties(_)
            | ClauseKind::Currency(_)
            | ClauseKind::Term(_)
            | ClauseKind::Calendar(_)
            | ClauseKind::Metric(_)
            | ClauseKind::Use(_)
            | ClauseKind::Error => {}
            ClauseKind::Timezone(tz) => self.p.timezone = zones::timezone(tz, self.diagnostics),
            ClauseKind::Law(text) => self.p.law = Some((text.value.clone(), text.span)),
            ClauseKind::Venue(text) => self.p.venue = Some((text.value.clone(), text.span)),
            ClauseKind::Weights(stages) => self.weights(stages),
            ClauseKind::Health(cadence) => self.health_clause(cadence, clause.span),
            ClauseKind::Meeting(m) => {
                if let Some(meeting) = self.meeting(
                    &m.name,
                    &m.schedule,
                    ir::MeetingKind::Meeting,
                    &[],
                    clause.span,
                ) {
                    self.p.meetings.push(meeting);
                }
            }
            ClauseKind::Review(r) => {
                if let Some(meeting) = self.meeting(
                    &r.name,
                    &r.schedule,
                    ir::MeetingKind::Review,
                    &r.items,
                    clause.span,
                ) {
                    self.p.meetings.push(meeting);
                }
            }
            ClauseKind::Escalation(levels) => self.escalation(levels),
            ClauseKind::Disputes(d) => self.disputes(d, clause.span),
            ClauseKind::Changes(items) => self.changes(items, clause.span),
            ClauseKind::Pay(pay) => self.pay_block(pay, clause.span),
            ClauseKind::Invoice(invoice) => {
                if let Some(invoice) = self.invoice(invoice) {
                    self.p.invoices.push(invoice);
                }
            }
            ClauseKind::Trigger(t) => self.trigger(t, clause.span),
            ClauseKind::Obligation(o) => {
                if let Some(o) = self.obligation(o, ir::Origin::Clause) {
                    self.p.obligations.push(o);
                }
            }
            ClauseKind::Grant(g) => self.grant(g, clause.span),
            ClauseKind::Milestone(m) => self.milestone(m, clause.span),
            ClauseKind::Survey(s) => {
                if let Some(r) = self.recurring(
                    ("survey", &s.name),
                    (&s.cadence, s.on.as_ref()),
                    &s.by,
                    s.anonymous.is_some(),
                    None,
                    clause.span,
                ) {
                    self.p.surveys.push(r);
                }
            }
            ClauseKind::Report(r) => {
                let description = r.description.as_ref().map(|d| d.value.clone());
                if let Some(r) = self.recurring(
                    ("report", &r.name),
                    (&r.cadence, r.on.as_ref()),
                    &r.by,
                    false,
                    description,
                    clause.span,
                ) {
                    self.p.reports.push(r);
                }
            }
            ClauseKind::Governance(items) => self.governance(items),
            ClauseKind::Renewal(items) => self.renewal(items, clause.span),
            ClauseKind::Termination(items) => self.termination(items, clause.span),
            ClauseKind::Exit(items) => self.exit(items, clause.span),
            ClauseKind::Survives(s) => self.survives(s, clause.span),
        }
    }
}
