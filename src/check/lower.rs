//! From expanded syntax to the typed model: every reference resolved, every
//! quantity typed (E01xx for names, E02xx for types and units).
//!
//! Lowering never stops at an error: a clause that cannot be lowered is
//! reported and left out of the model, and the rest is still checked, so
//! one run shows every problem.

use super::units;

mod health;
mod money;
use crate::diagnostics::{Diagnostic, Span};
use crate::ir::dates::{self, Adjust, BusinessCalendar, Cadence, MonthlyOn};
use crate::ir::values::{Duration, DurationUnit, Money, Type, Value};
use crate::ir::{self, Actor, ActorRef, Cond, Operand};
use crate::resolve::{suggest, undefined, Expanded, Names, Resolved, NEUTRAL};
use crate::syntax::ast::{self, ClauseKind, CmpOp, ExprKind};
use chrono::{NaiveDate, Weekday};
use rust_decimal::Decimal;
use std::collections::BTreeMap;

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
            .map(|h| crate::rejoin(h.join()))
            .collect()
    });
    let mut partnerships = Vec::new();
    for (part, mut found) in lowered {
        partnerships.extend(part);
        diagnostics.append(&mut found);
    }
    resolved.portfolio.partnerships = partnerships;
    let coordinations = std::mem::take(&mut resolved.coordinations);
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
        let lowered = Lower::new(
            &resolved.names,
            &resolved.portfolio,
            &expanded,
            &mut diagnostics,
        )
        .run(&expanded);
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
            let before = self.diagnostics.len();
            self.clause(clause);
            if let Some(via) = clause.via {
                self.p.origins.push((clause.span, via));
                let message = format!("in `{}`, through this template", self.p.name);
                for d in self.diagnostics.iter_mut().skip(before) {
                    d.point_at_use(via, message.clone());
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
            ClauseKind::Timezone(tz) => self.p.timezone = Some(tz.value.clone()),
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
                if let Some(o) = self.obligation(o, "clause") {
                    self.p.obligations.push(o);
                }
            }
            ClauseKind::Grant(g) => self.grant(g, clause.span),
            ClauseKind::Milestone(m) => self.milestone(m, clause.span),
            ClauseKind::Survey(s) => {
                if let Some(r) = self.recurring(
                    &s.name,
                    &s.cadence,
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
                if let Some(r) =
                    self.recurring(&r.name, &r.cadence, &r.by, false, description, clause.span)
                {
                    self.p.reports.push(r);
                }
            }
            ClauseKind::Governance(items) => self.governance(items),
            ClauseKind::Renewal(items) => self.renewal(items, clause.span),
            ClauseKind::Termination(items) => self.termination(items, clause.span),
            ClauseKind::Exit(items) => self.exit(items, clause.span),
        }
    }

    // ------------------------------------------------------------ parties

    fn parties(&mut self, bindings: &[ast::PartyBinding]) {
        for binding in bindings {
            let Some(&party) = self.names.parties.get(&binding.party.name) else {
                let mut d = undefined(
                    "party",
                    &binding.party,
                    self.names.parties.keys().map(String::as_str),
                );
                if self.names.partnerships.contains_key(&binding.party.name) {
                    d = d.with_note(format!(
                        "`{}` is a partnership, not a party",
                        binding.party.name
                    ));
                }
                self.error(d);
                continue;
            };
            if let Some(first) = self.p.parties.iter().find(|b| b.party == party) {
                let first = first.span;
                self.error(
                    Diagnostic::error(
                        "E0113",
                        format!("`{}` is named twice in `parties`", binding.party.name),
                        binding.span,
                    )
                    .with_primary_label("named again here")
                    .with_label(first, "first named here"),
                );
                continue;
            }
            if let Some(label) = &binding.label {
                if let Some(first) = self
                    .p
                    .parties
                    .iter()
                    .find(|b| b.label.as_deref() == Some(label.name.as_str()))
                {
                    let first = first.span;
                    self.error(
                        Diagnostic::error(
                            "E0113",
                            format!("two parties are labelled `{}`", label.name),
                            label.span,
                        )
                        .with_primary_label("this label is taken")
                        .with_label(first, "already used here")
                        .with_help("each party of a partnership needs its own label"),
                    );
                    continue;
                }
            }
            self.p.parties.push(ir::Binding {
                party,
                label: binding.label.as_ref().map(|l| l.name.clone()),
                span: binding.span,
            });
        }
    }

    fn party_name(&self, id: ir::PartyId) -> &str {
        self.portfolio
            .parties
            .get(id)
            .map_or("?", |p| p.name.as_str())
    }

    /// A party by label or name, which must be a party to this partnership.
    fn party(&mut self, name: &ast::Ident) -> Option<ir::PartyId> {
        if let Some(party) = self.p.party_by_label(&name.name) {
            return Some(party);
        }
        match self.names.parties.get(&name.name) {
            Some(&party) if self.p.parties.iter().any(|b| b.party == party) => Some(party),
            Some(&party) => {
                let mut d = Diagnostic::error(
                    "E0118",
                    format!("`{}` is not a party to `{}`", name.name, self.p.name),
                    name.span,
                )
                .with_primary_label("not named in this partnership's `parties`")
                .with_label(self.p.span, "the partnership");
                if let Some(declared) = self.portfolio.parties.get(party) {
                    d = d.with_label(declared.span, "the party is declared here");
                }
                self.error(d.with_help(format!("add `{}` to `parties`", name.name)));
                None
            }
            None => {
                let labels: Vec<String> = self
                    .p
                    .parties
                    .iter()
                    .filter_map(|b| b.label.clone())
                    .collect();
                let candidates: Vec<&str> = self
                    .names
                    .parties
                    .keys()
                    .map(String::as_str)
                    .chain(labels.iter().map(String::as_str))
                    .collect();
                let mut d = undefined("party", name, candidates.iter().copied());
                if !labels.is_empty() {
                    d = d.with_note(format!(
                        "in `{}` the labels are {}",
                        self.p.name,
                        labels
                            .iter()
                            .map(|l| format!("`{l}`"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ));
                }
                self.error(d);
                None
            }
        }
    }

    /// `Acme`, `Acme.ops`, `client.ops`, `neutral`.
    fn actor(&mut self, path: &ast::Path) -> Option<ActorRef> {
        let span = path.span;
        match path.segments.as_slice() {
            [only] if only.name == NEUTRAL => Some(ActorRef {
                actor: Actor::Neutral,
                span,
            }),
            [only] => self.party(only).map(|party| ActorRef {
                actor: Actor::Party(party),
                span,
            }),
            [party, role] => {
                let party_id = self.party(party)?;
                let roles = &self.portfolio.parties.get(party_id)?.roles;
                match roles.iter().position(|r| r.name == role.name) {
                    Some(index) => Some(ActorRef {
                        actor: Actor::Role(party_id, index),
                        span,
                    }),
                    None => {
                        let party_name = self.party_name(party_id).to_string();
                        let declared = self.portfolio.parties.get(party_id).map(|p| p.span);
                        let mut d = Diagnostic::error(
                            "E0103",
                            format!("`{party_name}` has no role `{}`", role.name),
                            role.span,
                        )
                        .with_primary_label("no such role");
                        if let Some(declared) = declared {
                            d = d.with_label(declared, format!("`{party_name}` is declared here"));
                        }
                        let names: Vec<&str> = roles.iter().map(|r| r.name.as_str()).collect();
                        d = match suggest::did_you_mean(&role.name, names.iter().copied()) {
                            Some(hint) => d.with_help(hint),
                            None => d.with_note(format!(
                                "its roles are {}",
                                names
                                    .iter()
                                    .map(|n| format!("`{n}`"))
                                    .collect::<Vec<_>>()
                                    .join(", ")
                            )),
                        };
                        self.error(d);
                        None
                    }
                }
            }
            _ => {
                self.error(
                    Diagnostic::error(
                        "E0102",
                        format!("`{}` is not a party or a role", path.text()),
                        span,
                    )
                    .with_primary_label("expected `Party`, `Party.role` or `label.role`"),
                );
                None
            }
        }
    }

    fn actors(&mut self, paths: &[ast::Path]) -> Vec<ActorRef> {
        paths.iter().filter_map(|p| self.actor(p)).collect()
    }

    // ------------------------------------------------------------ basics

    fn currency(&mut self, code: &ast::Ident) {
        if crate::ir::values::CURRENCIES.contains(&code.name.as_str()) {
            self.currency = Some((code.name.clone(), code.span));
            self.p.currency = Some(code.name.clone());
        } else {
            let mut d = Diagnostic::error(
                "E0201",
                format!("unknown currency `{}`", code.name),
                code.span,
            )
            .with_primary_label("not an ISO 4217 currency code");
            if let Some(hint) = suggest::did_you_mean(
                &code.name.to_ascii_uppercase(),
                crate::ir::values::CURRENCIES.iter().copied(),
            ) {
                d = d.with_help(hint);
            }
            self.error(d);
        }
    }

    fn money(&mut self, q: &ast::Quantity) -> Option<Money> {
        let currency = self.currency.as_ref().map(|(c, s)| (c.as_str(), *s));
        let money = units::money(q, currency, self.diagnostics)?;
        Some(money)
    }

    fn duration(&mut self, q: &ast::Quantity) -> Option<Duration> {
        units::duration(q, self.diagnostics)
    }

    fn term(&mut self, term: &ast::Term, span: Span) {
        let start = term.start.value;
        // A malformed date was reported by the lexer and reads as MIN.
        if start == NaiveDate::MIN
            || matches!(&term.end, ast::TermEnd::To(end) if end.value == NaiveDate::MIN)
        {
            return;
        }
        let end = match &term.end {
            ast::TermEnd::To(end) => end.value,
            ast::TermEnd::For(q) => {
                let Some(d) = self.duration(q) else { return };
                let computed = match (d.unit.calendar_unit(), d.whole()) {
                    (Some(unit), Some(n)) => dates::term_end(start, n, unit),
                    _ => None,
                };
                match computed {
                    Some(end) => end,
                    None => {
                        let why = if d.whole().is_none() || d.unit.calendar_unit().is_none() {
                            "a term is a whole number of days, weeks, months, quarters or years"
                        } else {
                            "it runs past the last date the calendar can hold"
                        };
                        self.error(
                            Diagnostic::error(
                                "E0301",
                                format!("the term `{start} for {d}` has no end date"),
                                q.span,
                            )
                            .with_primary_label(why),
                        );
                        return;
                    }
                }
            }
        };
        // Longer terms are refused: every schedule and capacity count walks
        // the term, and no partnership runs for centuries.
        let limit = dates::add_calendar(start, MAX_TERM_YEARS, dates::CalendarUnit::Year);
        if limit.is_none_or(|limit| end > limit) {
            self.error(
                Diagnostic::error(
                    "E0301",
                    format!(
                        "the term runs from {start} to {end}, more than {MAX_TERM_YEARS} years"
                    ),
                    span,
                )
                .with_primary_label("too long for a contract")
                .with_note(format!("terms are limited to {MAX_TERM_YEARS} years"))
                .with_help("check the start date and the length"),
            );
            return;
        }
        if end < start {
            let end_span = match &term.end {
                ast::TermEnd::To(e) => e.span,
                ast::TermEnd::For(q) => q.span,
            };
            self.error(
                Diagnostic::error(
                    "E0301",
                    format!("the term ends on {end}, before it starts on {start}"),
                    end_span,
                )
                .with_primary_label("the end")
                .with_label(term.start.span, "the start")
                .with_help("swap the dates, or correct the end"),
            );
            return;
        }
        self.p.term = Some(ir::Term { start, end, span });
    }

    fn calendar(&mut self, calendar: &ast::Calendar) {
        let mut workdays = [true, true, true, true, true, false, false];
        match &calendar.workdays {
            None => {}
            Some(ast::Workdays::Range(from, to)) => {
                if let (Some(a), Some(b)) = (self.weekday(from), self.weekday(to)) {
                    workdays = [false; 7];
                    let mut day = a;
                    for _ in 0..7 {
                        if let Some(slot) = workdays.get_mut(day.num_days_from_monday() as usize) {
                            *slot = true;
                        }
                        if day == b {
                            break;
                        }
                        day = day.succ();
                    }
                }
            }
            Some(ast::Workdays::List(days)) => {
                workdays = [false; 7];
                for day in days {
                    if let Some(w) = self.weekday(day) {
                        if let Some(slot) = workdays.get_mut(w.num_days_from_monday() as usize) {
                            *slot = true;
                        }
                    }
                }
            }
        }
        self.p.calendar =
            BusinessCalendar::new(workdays, calendar.holidays.iter().map(|h| h.value));
    }

    fn weekday(&mut self, name: &ast::Ident) -> Option<Weekday> {
        let day = match name.name.to_ascii_lowercase().as_str() {
            "mon" | "monday" => Weekday::Mon,
            "tue" | "tuesday" => Weekday::Tue,
            "wed" | "wednesday" => Weekday::Wed,
            "thu" | "thursday" => Weekday::Thu,
            "fri" | "friday" => Weekday::Fri,
            "sat" | "saturday" => Weekday::Sat,
            "sun" | "sunday" => Weekday::Sun,
            _ => {
                let days = [
                    "monday",
                    "tuesday",
                    "wednesday",
                    "thursday",
                    "friday",
                    "saturday",
                    "sunday",
                    "mon",
                    "tue",
                    "wed",
                    "thu",
                    "fri",
                    "sat",
                    "sun",
                ];
                let mut d = Diagnostic::error(
                    "E0209",
                    format!("`{}` is not a day of the week", name.name),
                    name.span,
                )
                .with_primary_label("expected `monday` ... `sunday` or `mon` ... `sun`");
                if let Some(hint) = suggest::did_you_mean(&name.name, days) {
                    d = d.with_help(hint);
                }
                self.error(d);
                return None;
            }
        };
        Some(day)
    }

    // ------------------------------------------------------------ metrics

    fn metric(&mut self, m: &ast::Metric) {
        let Some(ty) = crate::resolve::type_of(&m.ty, self.diagnostics) else {
            return;
        };
        let range = m.ty.range.as_ref().map(|r| r.value).or(match ty {
            Type::Percent => Some((Decimal::ZERO, Decimal::ONE_HUNDRED)),
            _ => None,
        });
        if let Some(tier) = &m.tier {
            if !["operational", "relational", "strategic"].contains(&tier.name.as_str()) {
                let mut d = Diagnostic::error(
                    "E0209",
                    format!("`{}` is not a health tier", tier.name),
                    tier.span,
                )
                .with_primary_label("expected `operational`, `relational` or `strategic`");
                if let Some(hint) =
                    suggest::did_you_mean(&tier.name, ["operational", "relational", "strategic"])
                {
                    d = d.with_help(hint);
                }
                self.error(d);
            }
        }
        let target = m.target.as_ref().and_then(|t| {
            let value = self.constant(&t.value)?;
            if !fits_metric(ty, &value) {
                self.error(
                    Diagnostic::error(
                        "E0206",
                        format!(
                            "the target of the {} metric `{}` is {}",
                            ty.name(),
                            m.name.name,
                            describe(&value)
                        ),
                        t.value.span,
                    )
                    .with_primary_label(format!("expected {}", example_of(ty)))
                    .with_label(m.ty.span, format!("the metric is a {}", ty.name())),
                );
                return None;
            }
            self.check_in_range(&value, range, &t.value.span, m);
            Some((t.op.value, value))
        });
        if let Some(first) = self.p.metrics.iter().find(|x| x.name == m.name.name) {
            let first = first.span;
            self.error(
                Diagnostic::error(
                    "E0113",
                    format!("metric `{}` is given twice", m.name.name),
                    m.name.span,
                )
                .with_primary_label("given again here")
                .with_label(first, "first given here"),
            );
            return;
        }
        self.p.metrics.push(ir::Metric {
            name: m.name.name.clone(),
            ty,
            range,
            tier: m.tier.as_ref().map(|t| t.name.clone()),
            direction: m
                .direction
                .as_ref()
                .map_or(ast::Direction::HigherIsBetter, |d| d.value),
            target,
            span: m.name.span,
        });
    }

    fn check_in_range(
        &mut self,
        value: &Value,
        range: Option<(Decimal, Decimal)>,
        span: &Span,
        m: &ast::Metric,
    ) {
        let (Some((lo, hi)), Some(x)) = (range, value.magnitude()) else {
            return;
        };
        if x < lo || x > hi {
            let code = if matches!(value, Value::Percent(_)) {
                "E0204"
            } else {
                "E0206"
            };
            let help = if matches!(value, Value::Percent(_)) {
                "declare another range on the metric's type (`percent -50..200`) if this is intended"
            } else {
                "widen the range declared on the metric's type if this is intended"
            };
            self.error(
                Diagnostic::error(
                    code,
                    format!(
                        "{} is outside the range of `{}`",
                        describe(value),
                        m.name.name
                    ),
                    *span,
                )
                .with_primary_label(format!("outside {}", range_text(value, lo, hi)))
                .with_label(
                    m.ty.span,
                    if m.ty.range.is_some() {
                        "the declared range"
                    } else {
                        "a percent metric runs from 0% to 100%"
                    },
                )
                .with_help(help),
            );
        }
    }

    fn weights(&mut self, stages: &[ast::WeightStage]) {
        for stage in stages {
            let after = stage.after.as_ref().and_then(|q| self.duration(q));
            if stage.after.is_some() && after.is_none() {
                continue;
            }
            let weights = stage
                .weights
                .iter()
                .map(|w| (w.tier.name.clone(), w.weight.value))
                .collect();
            for w in &stage.weights {
                if !["operational", "relational", "strategic"].contains(&w.tier.name.as_str()) {
                    self.error(
                        Diagnostic::error(
                            "E0209",
                            format!("`{}` is not a health tier", w.tier.name),
                            w.tier.span,
                        )
                        .with_primary_label("expected `operational`, `relational` or `strategic`"),
                    );
                }
            }
            self.p.weights.push(ir::WeightStage {
                after,
                weights,
                span: stage.span,
            });
        }
    }

    // ------------------------------------------------------------ values and conditions

    /// A constant's value (numbers, percentages, quantities, dates, text).
    fn constant(&mut self, e: &ast::Expr) -> Option<Value> {
        match &e.kind {
            ExprKind::Number(n) => Some(Value::Number(*n)),
            ExprKind::Percent(p) => Some(Value::Percent(*p)),
            ExprKind::Date(d) => Some(Value::Date(*d)),
            ExprKind::Text(t) => Some(Value::Text(t.clone())),
            ExprKind::Bool(b) => Some(Value::Bool(*b)),
            ExprKind::Quantity(q) => {
                let kind = crate::ir::values::unit_kind(&q.unit.name.name, q.unit.business);
                match kind {
                    Some(crate::ir::values::UnitKind::Currency(_)) => {
                        self.money(q).map(Value::Money)
                    }
                    _ => self.duration(q).map(Value::Duration),
                }
            }
            ExprKind::Neg(inner) => match self.constant(inner)? {
                Value::Number(n) => Some(Value::Number(-n)),
                Value::Percent(p) => Some(Value::Percent(-p)),
                Value::Money(m) => Some(Value::Money(Money {
                    amount: -m.amount,
                    currency: m.currency,
                })),
                other => Some(other),
            },
            _ => None,
        }
    }

    fn cond(&mut self, e: &ast::Expr) -> Option<Cond> {
        match &e.kind {
            ExprKind::And(a, b) => {
                Some(Cond::And(Box::new(self.cond(a)?), Box::new(self.cond(b)?)))
            }
            ExprKind::Or(a, b) => Some(Cond::Or(Box::new(self.cond(a)?), Box::new(self.cond(b)?))),
            ExprKind::Not(a) => Some(Cond::Not(Box::new(self.cond(a)?))),
            ExprKind::Bool(b) => Some(Cond::Const(*b)),
            ExprKind::Compare(op, a, b) => {
                let (lhs, lt, ls) = self.operand(a)?;
                let (rhs, rt, rs) = self.operand(b)?;
                if !lt.comparable_with(rt) {
                    self.error(
                        Diagnostic::error(
                            "E0205",
                            format!("cannot compare {} with {}", a_type(lt), a_type(rt)),
                            op.span,
                        )
                        .with_primary_label("these cannot be compared")
                        .with_label(ls, format!("this is {}", a_type(lt)))
                        .with_label(rs, format!("this is {}", a_type(rt)))
                        .with_help(percent_hint(lt, &lhs, rt, &rhs)),
                    );
                    return None;
                }
                self.check_operand_range(&lhs, &rhs, rs);
                self.check_operand_range(&rhs, &lhs, ls);
                Some(Cond::Compare {
                    op: op.value,
                    lhs,
                    rhs,
                    span: e.span,
                })
            }
            ExprKind::Path(path) if path.segments.len() == 1 => {
                let name = path.segments.first().map_or("", |s| s.name.as_str());
                if let Some(&event) = self.names.events.get(name) {
                    return Some(Cond::Event(event));
                }
                self.not_a_condition(e);
                None
            }
            ExprKind::Error => None,
            _ => {
                self.not_a_condition(e);
                None
            }
        }
    }

    fn not_a_condition(&mut self, e: &ast::Expr) {
        self.error(
            Diagnostic::error("E0205", "this is not a condition", e.span)
                .with_primary_label("expected a comparison, like `cost_change > 15%`"),
        );
    }

    /// A percent constant compared with a metric must lie in its range.
    fn check_operand_range(&mut self, metric: &Operand, other: &Operand, span: Span) {
        if self.in_tier {
            return;
        }
        let (Operand::Metric(index), Operand::Value(value)) = (metric, other) else {
            return;
        };
        let Some(m) = self.p.metrics.get(*index) else {
            return;
        };
        let (Some((lo, hi)), Some(x)) = (m.range, value.magnitude()) else {
            return;
        };
        if x < lo || x > hi {
            let name = m.name.clone();
            let metric_span = m.span;
            self.error(
                Diagnostic::error(
                    if matches!(value, Value::Percent(_)) {
                        "E0204"
                    } else {
                        "E0206"
                    },
                    format!(
                        "{} is outside the range of the metric `{name}`",
                        describe(value)
                    ),
                    span,
                )
                .with_primary_label(format!("outside {}", range_text(value, lo, hi)))
                .with_label(metric_span, "the metric is declared here"),
            );
        }
    }

    fn operand(&mut self, e: &ast::Expr) -> Option<(Operand, Type, Span)> {
        let span = e.span;
        match &e.kind {
            ExprKind::Path(path) => self.reference(path).map(|(o, t)| (o, t, span)),
            ExprKind::PercentOf(share, base) => {
                let (_, st, _) = self.operand(share)?;
                let (_, bt, _) = self.operand(base)?;
                if st != Type::Percent {
                    self.error(
                        Diagnostic::error(
                            "E0202",
                            "the left of `of` must be a percentage",
                            share.span,
                        )
                        .with_primary_label(format!("this is {}", a_type(st))),
                    );
                    return None;
                }
                Some((Operand::Computed(bt), bt, span))
            }
            ExprKind::Arith(_, a, b) => {
                let (_, at, _) = self.operand(a)?;
                let (_, bt, _) = self.operand(b)?;
                let ty = if at.is_numeric() { bt } else { at };
                Some((Operand::Computed(ty), ty, span))
            }
            _ => {
                let value = self.constant(e)?;
                let ty = value.ty();
                Some((Operand::Value(value), ty, span))
            }
        }
    }

    /// A name in a condition: a signal, a metric of this partnership, or
    /// `Partnership.signal`.
    fn reference(&mut self, path: &ast::Path) -> Option<(Operand, Type)> {
        if let Some(health) = self.health_reference(path) {
            return Some(health);
        }
        match path.segments.as_slice() {
            [only] => {
                if let Some(index) = self.p.metric(&only.name) {
                    let ty = self.p.metrics.get(index).map_or(Type::Number, |m| m.ty);
                    return Some((Operand::Metric(index), ty));
                }
                if let Some(&signal) = self.names.signals.get(&only.name) {
                    let ty = self
                        .portfolio
                        .signals
                        .get(signal)
                        .map_or(Type::Number, |s| s.ty);
                    return Some((
                        Operand::Signal {
                            signal,
                            partnership: None,
                        },
                        ty,
                    ));
                }
                let metrics: Vec<&str> = self.p.metrics.iter().map(|m| m.name.as_str()).collect();
                let candidates = self
                    .names
                    .signals
                    .keys()
                    .map(String::as_str)
                    .chain(metrics.iter().copied());
                let mut d = Diagnostic::error(
                    "E0104",
                    format!("undefined signal or metric `{}`", only.name),
                    only.span,
                )
                .with_primary_label("no signal, and no metric of this partnership, has this name");
                d = match (
                    crate::stdlib::declaring_module("signal", &only.name),
                    suggest::did_you_mean(&only.name, candidates),
                ) {
                    (Some(module), _) => d.with_help(format!(
                        "`{}` is declared by the standard library: add `use std.{module}`",
                        only.name
                    )),
                    (None, Some(hint)) => d.with_help(hint),
                    (None, None) => {
                        d.with_help(format!("declare it: `signal {}: percent`", only.name))
                    }
                };
                self.error(d);
                None
            }
            [partnership, signal] => {
                if !self.names.partnerships.contains_key(&partnership.name) {
                    self.error(undefined(
                        "partnership",
                        partnership,
                        self.names.partnerships.keys().map(String::as_str),
                    ));
                    return None;
                }
                match self.names.signals.get(&signal.name) {
                    Some(&id) => {
                        let ty = self
                            .portfolio
                            .signals
                            .get(id)
                            .map_or(Type::Number, |s| s.ty);
                        Some((
                            Operand::Signal {
                                signal: id,
                                partnership: Some(partnership.name.clone()),
                            },
                            ty,
                        ))
                    }
                    None => {
                        self.error(undefined(
                            "signal",
                            signal,
                            self.names.signals.keys().map(String::as_str),
                        ));
                        None
                    }
                }
            }
            _ => {
                self.error(
                    Diagnostic::error(
                        "E0104",
                        format!("`{}` is not a signal or a metric", path.text()),
                        path.span,
                    )
                    .with_primary_label("expected `signal`, `metric` or `Partnership.signal`"),
                );
                None
            }
        }
    }

    fn event(&mut self, name: &ast::Ident) -> Option<ir::EventId> {
        match self.names.events.get(&name.name) {
            Some(&id) => Some(id),
            None => {
                let mut d = Diagnostic::error(
                    "E0105",
                    format!("undefined event `{}`", name.name),
                    name.span,
                )
                .with_primary_label("no event has this name");
                d = match (
                    crate::stdlib::declaring_module("event", &name.name),
                    suggest::did_you_mean(&name.name, self.names.events.keys().map(String::as_str)),
                ) {
                    (Some(module), _) => d.with_help(format!(
                        "`{}` is declared by the standard library: add `use std.{module}`",
                        name.name
                    )),
                    (None, Some(hint)) => d.with_help(hint),
                    (None, None) => d.with_help(format!("declare it: `event {}`", name.name)),
                };
                self.error(d);
                None
            }
        }
    }

    // ------------------------------------------------------------ schedules

    fn schedule(&mut self, s: &ast::Schedule) -> Option<(Cadence, Adjust)> {
        let on = match &s.on {
            None => None,
            Some(on) => Some((self.on_day(&on.value)?, on.span)),
        };
        let cadence = self.cadence(&s.cadence, on)?;
        let adjust = match s.adjust.as_ref().map(|a| a.value) {
            None => Adjust::None,
            Some(ast::Adjustment::Following) => Adjust::Following,
            Some(ast::Adjustment::Preceding) => Adjust::Preceding,
        };
        Some((cadence, adjust))
    }

    fn on_day(&mut self, on: &ast::OnDay) -> Option<OnDay> {
        match on {
            ast::OnDay::Weekday(day) => self.weekday(day).map(OnDay::Weekday),
            ast::OnDay::NthWeekday(ordinal, day) => {
                let ordinal = match ordinal.value {
                    ast::Ordinal::First => dates::Ordinal::First,
                    ast::Ordinal::Second => dates::Ordinal::Second,
                    ast::Ordinal::Third => dates::Ordinal::Third,
                    ast::Ordinal::Fourth => dates::Ordinal::Fourth,
                    ast::Ordinal::Last => dates::Ordinal::Last,
                };
                self.weekday(day).map(|d| OnDay::Nth(ordinal, d))
            }
            ast::OnDay::DayOfMonth(n) => {
                let day = u32::try_from(n.value)
                    .ok()
                    .filter(|d| (1..=31).contains(d) && n.value.fract().is_zero());
                match day {
                    Some(day) => Some(OnDay::Day(day)),
                    None => {
                        self.error(
                            Diagnostic::error(
                                "E0209",
                                format!("there is no day {} in a month", n.value),
                                n.span,
                            )
                            .with_primary_label("expected a day from 1 to 31")
                            .with_note("a day past the end of a short month falls on its last day"),
                        );
                        None
                    }
                }
            }
        }
    }

    fn cadence(&mut self, c: &ast::Cadence, on: Option<(OnDay, Span)>) -> Option<Cadence> {
        let monthly = |on: Option<(OnDay, Span)>| match on {
            None => Ok(MonthlyOn::StartDay),
            Some((OnDay::Day(d), _)) => Ok(MonthlyOn::DayOfMonth(d)),
            Some((OnDay::Nth(o, w), _)) => Ok(MonthlyOn::NthWeekday(o, w)),
            Some((OnDay::Weekday(_), span)) => Err(span),
        };
        let result = match &c.value {
            ast::CadenceKind::Daily => match on {
                None => Ok(Cadence::Daily),
                Some((_, span)) => Err(span),
            },
            ast::CadenceKind::Weekly => match on {
                None => Ok(Cadence::Weekly { on: None }),
                Some((OnDay::Weekday(w), _)) => Ok(Cadence::Weekly { on: Some(w) }),
                Some((_, span)) => Err(span),
            },
            ast::CadenceKind::Monthly => monthly(on).map(|on| Cadence::Monthly { on }),
            ast::CadenceKind::Quarterly => monthly(on).map(|on| Cadence::Quarterly { on }),
            ast::CadenceKind::Annually => match on {
                None => Ok(Cadence::Annually),
                Some((_, span)) => Err(span),
            },
            ast::CadenceKind::Every(q) => {
                let d = self.duration(q)?;
                let n = d.whole().and_then(|n| u32::try_from(n).ok());
                let Some(n) = n.filter(|&n| n > 0) else {
                    self.error(
                        Diagnostic::error(
                            "E0209",
                            format!("`every {d}` never comes round"),
                            q.span,
                        )
                        .with_primary_label("expected a whole number of days or weeks above zero"),
                    );
                    return None;
                };
                match (d.unit, on) {
                    (DurationUnit::Day, None) => Ok(Cadence::EveryNDays { n }),
                    (DurationUnit::Week, None) => Ok(Cadence::EveryNWeeks { n, on: None }),
                    (DurationUnit::Week, Some((OnDay::Weekday(w), _))) => {
                        Ok(Cadence::EveryNWeeks { n, on: Some(w) })
                    }
                    (DurationUnit::Month, None) if n == 1 => Ok(Cadence::Monthly {
                        on: MonthlyOn::StartDay,
                    }),
                    (DurationUnit::Month, None) if n == 3 => Ok(Cadence::Quarterly {
                        on: MonthlyOn::StartDay,
                    }),
                    (DurationUnit::Year, None) if n == 1 => Ok(Cadence::Annually),
                    (_, Some((_, span))) => Err(span),
                    (_, None) => {
                        self.error(
                            Diagnostic::error(
                                "E0209",
                                format!("`every {d}` is not a cadence the language knows"),
                                q.span,
                            )
                            .with_primary_label("expected days or weeks")
                            .with_help(
                                "use `monthly`, `quarterly` or `annually`, or `every N weeks`",
                            ),
                        );
                        return None;
                    }
                }
            }
        };
        match result {
            Ok(cadence) => Some(cadence),
            Err(span) => {
                self.error(
                    Diagnostic::error("E0209", "this day does not fit the cadence", span)
                        .with_primary_label("not a day this cadence can fall on")
                        .with_label(c.span, "the cadence")
                        .with_note("`weekly on monday`, `every 2 weeks on friday`, `monthly on first tuesday`, `monthly on day 15`, `quarterly on day 1`"),
                );
                None
            }
        }
    }

    fn meeting(
        &mut self,
        name: &ast::Ident,
        s: &ast::Schedule,
        kind: ir::MeetingKind,
        items: &[ast::ReviewItem],
        span: Span,
    ) -> Option<ir::Meeting> {
        let (cadence, adjust) = self.schedule(s)?;
        let length = match &s.length {
            Some(q) => {
                let d = self.duration(q)?;
                if d.hours().is_none_or(|h| h > Decimal::from(7 * 24)) {
                    self.error(
                        Diagnostic::error(
                            "E0202",
                            format!("a meeting lasts at most a week, not {d}"),
                            q.span,
                        )
                        .with_primary_label("too long for one sitting")
                        .with_help("write its length in hours, minutes or days, like `2 hours`"),
                    );
                    return None;
                }
                Some(d)
            }
            None => None,
        };
        let participants = self.actors(&s.with);
        let mut adjustments = Vec::new();
        for item in items {
            match item {
                ast::ReviewItem::Adjust {
                    objects,
                    condition,
                    span,
                } => {
                    if let Some(condition) = self.cond(condition) {
                        adjustments.push(ir::Adjustment {
                            objects: objects.iter().map(ast::Path::text).collect(),
                            condition,
                            span: *span,
                        });
                    }
                }
                ast::ReviewItem::Obligation(o) => {
                    let context = format!("review.{}", name.name);
                    if let Some(o) = self.obligation(o, &context) {
                        self.p.obligations.push(o);
                    }
                }
                ast::ReviewItem::Error => {}
            }
        }
        Some(ir::Meeting {
            name: name.name.clone(),
            kind,
            cadence,
            adjust,
            at: s.at.as_ref().map(|a| a.value),
            length,
            participants,
            adjustments,
            span,
        })
    }

    fn recurring(
        &mut self,
        name: &ast::Ident,
        cadence: &ast::Cadence,
        by: &[ast::Path],
        anonymous: bool,
        description: Option<String>,
        span: Span,
    ) -> Option<ir::Recurring> {
        let cadence = self.cadence(cadence, None)?;
        let by = self.actors(by);
        Some(ir::Recurring {
            name: name.name.clone(),
            cadence,
            by,
            anonymous,
            description,
            span,
        })
    }

    fn period(&mut self, c: &ast::Cadence) -> Option<ir::Period> {
        Some(match &c.value {
            ast::CadenceKind::Daily => ir::Period::Daily,
            ast::CadenceKind::Weekly => ir::Period::Weekly,
            ast::CadenceKind::Monthly => ir::Period::Monthly,
            ast::CadenceKind::Quarterly => ir::Period::Quarterly,
            ast::CadenceKind::Annually => ir::Period::Annually,
            ast::CadenceKind::Every(q) => ir::Period::Every(self.duration(q)?),
        })
    }

    // ------------------------------------------------------------ ladders

    fn escalation(&mut self, levels: &[ast::EscalationLevel]) {
        for level in levels {
            let handlers = self.actors(&level.handlers);
            let Some(within) = self.duration(&level.within) else {
                continue;
            };
            self.p.escalation.push(ir::EscalationLevel {
                name: level.name.name.clone(),
                handlers,
                within,
                span: level.span,
            });
        }
    }

    fn disputes(&mut self, d: &ast::Disputes, span: Span) {
        let Some(event) = self.event(&d.event) else {
            return;
        };
        let mut steps = Vec::new();
        for step in &d.steps {
            let by = self.actors(&step.by);
            let within = match &step.within {
                Some(q) => match self.duration(q) {
                    Some(d) => Some(d),
                    None => continue,
                },
                None => None,
            };
            let from_notice = match &step.of {
                None => false,
                Some(word) if word.name == "notice" || word.name == d.event.name => true,
                Some(word) => {
                    self.error(
                        Diagnostic::error(
                            "E0105",
                            format!(
                                "`within ... of {}` counts from nothing this ladder knows",
                                word.name
                            ),
                            word.span,
                        )
                        .with_primary_label("expected `notice`")
                        .with_help("write `of notice` to count from the dispute notice"),
                    );
                    false
                }
            };
            steps.push(ir::DisputeStep {
                name: step.name.name.clone(),
                by,
                within,
                from_notice,
                requires: step.requires.iter().map(ast::Path::text).collect(),
                binding: step.binding.is_some(),
                span: step.span,
            });
        }
        self.p.disputes = Some(ir::Disputes { event, steps, span });
    }

    fn changes(&mut self, items: &[ast::ChangeItem], span: Span) {
        let mut changes = ir::Changes {
            span,
            ..ir::Changes::default()
        };
        for item in items {
            match item {
                ast::ChangeItem::Level(level) => {
                    let Some(condition) = self.cond(&level.condition) else {
                        continue;
                    };
                    let mut pathway = Vec::new();
                    for step in &level.pathway {
                        let by = self.actors(&step.by);
                        let within = step.within.as_ref().and_then(|q| self.duration(q));
                        pathway.push(ir::PathwayStep {
                            action: step.action.name.clone(),
                            by,
                            within,
                            span: step.span,
                        });
                    }
                    changes.levels.push(ir::ChangeLevel {
                        name: level.name.name.clone(),
                        condition,
                        pathway,
                        span: level.span,
                    });
                }
                ast::ChangeItem::Authority { who, .. } => {
                    let who = self.actors(who);
                    changes.authority.extend(who);
                }
                ast::ChangeItem::Error => {}
            }
        }
        self.p.changes = Some(changes);
    }

    // ------------------------------------------------------------ money

    fn pay_item(&mut self, item: &ast::PayItem) -> Option<ir::PayItem> {
        match item {
            ast::PayItem::Retainer {
                amount,
                cadence,
                span,
                ..
            } => {
                let period = match (cadence, amount.per.as_ref()) {
                    (Some(c), None) => self.period(c)?,
                    (None, Some(per)) => match per.name.as_str() {
                        "month" => ir::Period::Monthly,
                        "quarter" => ir::Period::Quarterly,
                        "year" => ir::Period::Annually,
                        "week" => ir::Period::Weekly,
                        "day" => ir::Period::Daily,
                        _ => {
                            self.error(
                                Diagnostic::error(
                                    "E0202",
                                    format!(
                                        "a retainer is paid per period, not per `{}`",
                                        per.name
                                    ),
                                    per.span,
                                )
                                .with_primary_label("expected `month`, `quarter` or `year`"),
                            );
                            return None;
                        }
                    },
                    (Some(c), Some(per)) => {
                        self.error(
                            Diagnostic::error(
                                "E0202",
                                "this retainer says its period twice",
                                per.span,
                            )
                            .with_primary_label("one period here")
                            .with_label(c.span, "and another here")
                            .with_help("keep one: `20_000 USD monthly` or `20_000 USD per month`"),
                        );
                        return None;
                    }
                    (None, None) => {
                        self.error(
                            Diagnostic::error("E0202", "a retainer needs a period", *span)
                                .with_primary_label("how often is it paid?")
                                .with_help("add `monthly`, `quarterly` or `per month`"),
                        );
                        return None;
                    }
                };
                let mut plain = amount.clone();
                plain.per = None;
                let amount = self.money(&plain)?;
                Some(ir::PayItem::Retainer {
                    amount,
                    period,
                    span: *span,
                })
            }
            ast::PayItem::Invoice(invoice) => self.invoice(invoice).map(ir::PayItem::Invoice),
            ast::PayItem::Fee { name, amount, span } => {
                let Some(per) = &amount.per else {
                    self.error(
                        Diagnostic::error("E0202", "a fee is paid per event", amount.span)
                            .with_primary_label("per what?")
                            .with_help(
                                "write `5_000 USD per deliverable_accepted`, with a declared event",
                            ),
                    );
                    return None;
                };
                let event = self.event(per)?;
                let mut plain = amount.clone();
                plain.per = None;
                let money = self.money(&plain)?;
                Some(ir::PayItem::Fee {
                    name: name.as_ref().map(|n| n.name.clone()),
                    amount: money,
                    per_event: event,
                    span: *span,
                })
            }
            ast::PayItem::Bonus(bonus) => self.bonus(bonus),
            ast::PayItem::SuccessFee { share, cap, span } => {
                let ExprKind::PercentOf(rate, base) = &share.kind else {
                    self.error(
                        Diagnostic::error(
                            "E0202",
                            "a success fee is a percentage of a signal",
                            share.span,
                        )
                        .with_primary_label("expected `2% of revenue_uplift`"),
                    );
                    return None;
                };
                let ExprKind::Percent(rate_value) = rate.kind else {
                    self.error(
                        Diagnostic::error(
                            "E0202",
                            "the rate of a success fee must be a percentage",
                            rate.span,
                        )
                        .with_primary_label("expected a percentage like `2%`"),
                    );
                    return None;
                };
                let (operand, ty, base_span) = self.operand(base)?;
                let Operand::Signal { signal, .. } = operand else {
                    self.error(
                        Diagnostic::error(
                            "E0202",
                            "a success fee is paid on a money signal",
                            base.span,
                        )
                        .with_primary_label("expected a signal"),
                    );
                    return None;
                };
                if ty != Type::Money {
                    self.error(
                        Diagnostic::error(
                            "E0202",
                            format!(
                                "a success fee is paid on money, but this signal is {}",
                                a_type(ty)
                            ),
                            base_span,
                        )
                        .with_primary_label("not a money signal"),
                    );
                    return None;
                }
                self.check_percent(rate_value, rate.span, "a success fee");
                let cap = match cap {
                    Some(q) => Some(self.cap(q)?),
                    None => None,
                };
                Some(ir::PayItem::SuccessFee {
                    share: rate_value,
                    base: signal,
                    cap,
                    span: *span,
                })
            }
            ast::PayItem::Penalty {
                name,
                milestone,
                amount,
                cap,
                span,
            } => {
                if amount.per.as_ref().map(|p| p.name.as_str()) != Some("day") {
                    self.error(
                        Diagnostic::error(
                            "E0202",
                            "a penalty accrues per day of delay",
                            amount.span,
                        )
                        .with_primary_label("expected an amount `per day`, like `500 USD per day`"),
                    );
                    return None;
                }
                let mut plain = amount.clone();
                plain.per = None;
                let per_day = self.money(&plain)?;
                let cap = match cap {
                    Some(q) => Some(self.cap(q)?),
                    None => None,
                };
                Some(ir::PayItem::Penalty {
                    name: name.name.clone(),
                    milestone: milestone.text(),
                    per_day,
                    cap,
                    span: *span,
                })
            }
            ast::PayItem::Share(_) | ast::PayItem::EarlyBonus { .. } | ast::PayItem::Error => None,
        }
    }

    fn cap(&mut self, q: &ast::Quantity) -> Option<ir::Cap> {
        let per_year = match q.per.as_ref().map(|p| p.name.as_str()) {
            None => false,
            Some("year") => true,
            Some(_) => {
                let per = q.per.as_ref().map_or(q.span, |p| p.span);
                self.error(
                    Diagnostic::error(
                        "E0202",
                        "a cap applies per contract year or to the whole term",
                        per,
                    )
                    .with_primary_label("expected `per year`, or nothing"),
                );
                return None;
            }
        };
        let mut plain = q.clone();
        plain.per = None;
        let amount = self.money(&plain)?;
        Some(ir::Cap {
            amount,
            per_year,
            span: q.span,
        })
    }

    fn check_percent(&mut self, value: Decimal, span: Span, what: &str) {
        if value < Decimal::ZERO || value > Decimal::ONE_HUNDRED {
            self.error(
                Diagnostic::error(
                    "E0204",
                    format!("{}% is not a share {what} can pay", value.normalize()),
                    span,
                )
                .with_primary_label("expected a percentage from 0% to 100%"),
            );
        }
    }

    fn invoice(&mut self, invoice: &ast::Invoice) -> Option<ir::Invoice> {
        let period = self.period(&invoice.cadence)?;
        let net = match &invoice.net {
            Some(q) => Some(self.duration(q)?),
            None => None,
        };
        Some(ir::Invoice {
            period,
            in_advance: invoice
                .timing
                .as_ref()
                .is_some_and(|t| t.value == ast::InvoiceTiming::Advance),
            net,
            span: invoice.span,
        })
    }

    fn bonus(&mut self, bonus: &ast::Bonus) -> Option<ir::PayItem> {
        let period = self.period(&bonus.cadence)?;
        let found = self.p.metric(&bonus.metric.name);
        let found = found.or_else(|| self.health_metric(&bonus.metric.name, bonus.metric.span));
        let Some(metric) = found else {
            let mut d = Diagnostic::error(
                "E0104",
                format!("undefined metric `{}`", bonus.metric.name),
                bonus.metric.span,
            )
            .with_primary_label("no metric of this partnership has this name");
            if let Some(hint) = suggest::did_you_mean(
                &bonus.metric.name,
                self.p.metrics.iter().map(|m| m.name.as_str()),
            ) {
                d = d.with_help(hint);
            }
            self.error(d);
            return None;
        };
        let mut tiers = Vec::new();
        for tier in &bonus.tiers {
            self.in_tier = true;
            let condition = self.cond(&tier.condition);
            self.in_tier = false;
            let Some(condition) = condition else { continue };
            let pays = match &tier.pays.kind {
                ExprKind::PercentOf(rate, base) if matches!(&base.kind, ExprKind::Path(p) if p.text() == "retainer") =>
                {
                    let ExprKind::Percent(rate) = rate.kind else {
                        self.error(
                            Diagnostic::error(
                                "E0202",
                                "a tier pays a percentage of the retainer",
                                tier.pays.span,
                            )
                            .with_primary_label("expected `5% of retainer`"),
                        );
                        continue;
                    };
                    ir::Amount::PercentOfRetainer(rate)
                }
                ExprKind::Quantity(q) => match self.money(q) {
                    Some(m) => ir::Amount::Money(m),
                    None => continue,
                },
                _ => {
                    self.error(
                        Diagnostic::error(
                            "E0202",
                            "a tier pays an amount of money or a share of the retainer",
                            tier.pays.span,
                        )
                        .with_primary_label("expected `2_000 USD` or `5% of retainer`"),
                    );
                    continue;
                }
            };
            tiers.push(ir::BonusTier {
                name: tier.name.name.clone(),
                condition,
                pays,
                span: tier.span,
            });
        }
        Some(ir::PayItem::Bonus(ir::Bonus {
            name: bonus.name.name.clone(),
            period,
            metric,
            tiers,
            span: bonus.span,
        }))
    }

    // ------------------------------------------------------------ duties

    fn trigger(&mut self, t: &ast::Trigger, span: Span) {
        let on = match &t.on {
            ast::TriggerOn::When(condition) => match self.cond(condition) {
                Some(c) => ir::TriggerOn::Condition(c),
                None => return,
            },
            ast::TriggerOn::Event(event) => match self.event(event) {
                Some(e) => ir::TriggerOn::Event(e),
                None => return,
            },
        };
        let context = format!("trigger.{}", t.name.name);
        let obligations = t
            .obligations
            .iter()
            .filter_map(|o| self.obligation(o, &context))
            .collect();
        self.p.triggers.push(ir::Trigger {
            name: t.name.name.clone(),
            on,
            obligations,
            span,
        });
    }

    pub fn obligation(&mut self, o: &ast::Obligation, context: &str) -> Option<ir::Obligation> {
        let subjects = self.actors(&o.subjects);
        if subjects.len() != o.subjects.len() {
            return None;
        }
        let deadline = match &o.deadline {
            None => None,
            Some(ast::Deadline::Within { duration, of, .. }) => Some(ir::Deadline::Within {
                duration: self.duration(duration)?,
                from: of.as_ref().map(|w| w.name.clone()),
            }),
            Some(ast::Deadline::ByDate(date)) => Some(ir::Deadline::On(date.value)),
            Some(ast::Deadline::ByDay(day)) => Some(ir::Deadline::On(self.day_of_term(day)?)),
            Some(ast::Deadline::Before(anchor)) => {
                Some(ir::Deadline::Before(match &anchor.value {
                    ast::Anchor::End => ir::Anchor::End,
                    ast::Anchor::RenewalDecision => ir::Anchor::RenewalDecision,
                    ast::Anchor::Milestone(path) => ir::Anchor::Milestone(path.text()),
                }))
            }
        };
        let condition = match &o.condition {
            Some(c) => Some(self.cond(c)?),
            None => None,
        };
        if ["share", "read", "use"].contains(&o.action.name.as_str()) {
            for object in &o.objects {
                let name = object.text();
                if !self.names.resources.contains_key(&name) {
                    let mut d = Diagnostic::error(
                        "E0106",
                        format!("undefined resource `{name}`"),
                        object.span,
                    )
                    .with_primary_label(format!("`{}` needs a declared resource", o.action.name));
                    d = match suggest::did_you_mean(
                        &name,
                        self.names.resources.keys().map(String::as_str),
                    ) {
                        Some(hint) => d.with_help(hint),
                        None => d.with_help(format!("declare it: `resource {name}`")),
                    };
                    self.error(d);
                    return None;
                }
            }
        }
        let objects: Vec<String> = o.objects.iter().map(ast::Path::text).collect();
        let modality = o.modality.value;
        let id = self.obligation_id(context, &subjects, modality, &o.action.name, &objects);
        Some(ir::Obligation {
            id,
            subjects,
            modality,
            action: o.action.name.clone(),
            objects,
            purpose: o.purpose.as_ref().map(|p| p.value.clone()),
            deadline,
            condition,
            span: o.span,
        })
    }

    /// `Partnership.context.subject-must-verb-objects`, unique within the
    /// partnership; derived from the clause, so adding a clause elsewhere
    /// never renames another obligation.
    fn obligation_id(
        &mut self,
        context: &str,
        subjects: &[ActorRef],
        modality: ast::Modality,
        action: &str,
        objects: &[String],
    ) -> String {
        let who: Vec<String> = subjects.iter().map(|s| self.actor_name(s.actor)).collect();
        let modal = match modality {
            ast::Modality::Must => "must",
            ast::Modality::May => "may",
            ast::Modality::MustNot => "must_not",
        };
        let mut words = vec![who.join("+"), modal.to_string(), action.to_string()];
        words.extend(objects.iter().cloned());
        let base = format!("{}.{}.{}", self.p.name, context, words.join("-"));
        let count = self.obligation_ids.entry(base.clone()).or_insert(0);
        *count += 1;
        if *count == 1 {
            base
        } else {
            format!("{base}-{count}")
        }
    }

    pub fn actor_name(&self, actor: Actor) -> String {
        match actor {
            Actor::Neutral => NEUTRAL.to_string(),
            Actor::Party(p) => self.party_name(p).to_string(),
            Actor::Role(p, r) => {
                let role = self
                    .portfolio
                    .parties
                    .get(p)
                    .and_then(|x| x.roles.get(r))
                    .map_or("?", |r| r.name.as_str());
                format!("{}.{role}", self.party_name(p))
            }
        }
    }

    /// `day N` counts from the term's start (`day 0` is the start).
    fn day_of_term(&mut self, day: &ast::Sp<Decimal>) -> Option<NaiveDate> {
        let start = self.p.term.map(|t| t.start)?;
        let n = i64::try_from(day.value)
            .ok()
            .filter(|_| day.value.fract().is_zero() && !day.value.is_sign_negative());
        let Some(n) = n else {
            self.error(
                Diagnostic::error(
                    "E0209",
                    format!("`day {}` is not a day of the term", day.value),
                    day.span,
                )
                .with_primary_label(
                    "expected a whole number of days from the start, like `day 30`",
                ),
            );
            return None;
        };
        dates::add_calendar(start, n, dates::CalendarUnit::Day)
    }

    fn grant(&mut self, g: &ast::Grant, span: Span) {
        let grantee = self.party(&g.grantee);
        let resource = match self.names.resources.get(&g.resource.name) {
            Some(&r) => Some(r),
            None => {
                let mut d = Diagnostic::error(
                    "E0106",
                    format!("undefined resource `{}`", g.resource.name),
                    g.resource.span,
                )
                .with_primary_label("no resource has this name");
                d = match suggest::did_you_mean(
                    &g.resource.name,
                    self.names.resources.keys().map(String::as_str),
                ) {
                    Some(hint) => d.with_help(hint),
                    None => d.with_help(format!("declare it: `resource {}`", g.resource.name)),
                };
                self.error(d);
                None
            }
        };
        let (Some(grantee), Some(resource)) = (grantee, resource) else {
            return;
        };
        let period = g.period.as_ref().map(|(a, b)| (a.value, b.value));
        if let Some((from, to)) = &g.period {
            if to.value < from.value {
                self.error(
                    Diagnostic::error(
                        "E0301",
                        format!(
                            "the grant ends on {}, before it starts on {}",
                            to.value, from.value
                        ),
                        to.span,
                    )
                    .with_primary_label("the end")
                    .with_label(from.span, "the start"),
                );
            }
        }
        self.p.grants.push(ir::Grant {
            exclusive: g.exclusive.is_some(),
            grantee,
            right: g.right.name.clone(),
            resource,
            purpose: g.purpose.as_ref().map(|p| p.value.clone()),
            period,
            span,
        });
    }

    fn milestone(&mut self, m: &ast::Milestone, span: Span) {
        let due = match &m.due {
            ast::MilestoneDue::Date(d) if d.value == NaiveDate::MIN => None,
            ast::MilestoneDue::Date(d) => Some(d.value),
            ast::MilestoneDue::Day(day) => self.day_of_term(day),
        };
        let owner = m.owner.as_ref().and_then(|o| self.party(o));
        let requires = m
            .requires
            .iter()
            .filter_map(|r| match r.segments.as_slice() {
                [only] => Some((self.p.name.clone(), only.name.clone(), r.span)),
                [p, milestone] => Some((p.name.clone(), milestone.name.clone(), r.span)),
                _ => {
                    self.error(
                        Diagnostic::error(
                            "E0107",
                            format!("`{}` is not a milestone", r.text()),
                            r.span,
                        )
                        .with_primary_label("expected `milestone` or `Partnership.milestone`"),
                    );
                    None
                }
            })
            .collect();
        let Some(due) = due else { return };
        self.p.milestones.push(ir::Milestone {
            name: m.name.name.clone(),
            due,
            owner,
            requires,
            span,
        });
    }

    fn governance(&mut self, items: &[ast::GovernanceItem]) {
        for item in items {
            match item {
                ast::GovernanceItem::Tier(tier) => {
                    let tier = self.governance_tier(tier);
                    self.p.governance.tiers.push(tier);
                }
                ast::GovernanceItem::Evolves { after, tiers, span } => {
                    let Some(after) = self.duration(after) else {
                        continue;
                    };
                    let tiers = tiers.iter().map(|t| self.governance_tier(t)).collect();
                    self.p.governance.stages.push((after, tiers, *span));
                }
                ast::GovernanceItem::Error => {}
            }
        }
    }

    fn governance_tier(&mut self, tier: &ast::GovernanceTier) -> ir::GovernanceTier {
        ir::GovernanceTier {
            name: tier.name.name.clone(),
            members: self.actors(&tier.members),
            decides: tier.decides.iter().map(|d| d.name.clone()).collect(),
            span: tier.span,
        }
    }

    fn renewal(&mut self, items: &[ast::RenewalItem], span: Span) {
        let mut renewal = ir::Renewal {
            span,
            ..ir::Renewal::default()
        };
        for item in items {
            match item {
                ast::RenewalItem::WindowOpens { before_end, span } => {
                    renewal.window_opens = self.duration(before_end).map(|d| (d, *span));
                }
                ast::RenewalItem::DecisionDue { before_end, span } => {
                    renewal.decision_due = self.duration(before_end).map(|d| (d, *span));
                }
                ast::RenewalItem::Default {
                    renew_for,
                    renews,
                    span,
                } => {
                    renewal.default_span = Some(*span);
                    renewal.renews = if *renews {
                        Some(match renew_for {
                            Some(q) => self.duration(q),
                            None => None,
                        })
                    } else {
                        None
                    };
                }
                ast::RenewalItem::Error => {}
            }
        }
        self.p.renewal = Some(renewal);
    }

    fn termination(&mut self, items: &[ast::TerminationItem], span: Span) {
        self.p.termination.span = Some(span);
        for item in items {
            match item {
                ast::TerminationItem::ForCause { cure, .. } => {
                    self.p.termination.cure = cure
                        .as_ref()
                        .and_then(|q| units::duration(q, self.diagnostics));
                }
                ast::TerminationItem::ForConvenience { notice, .. } => {
                    self.p.termination.convenience_notice = notice
                        .as_ref()
                        .and_then(|q| units::duration(q, self.diagnostics));
                }
                ast::TerminationItem::Error => {}
            }
        }
    }

    fn exit(&mut self, items: &[ast::ExitItem], span: Span) {
        let mut exit = ir::Exit {
            notice: None,
            transition: None,
            obligations: Vec::new(),
            span,
        };
        for item in items {
            match item {
                ast::ExitItem::Notice { period, span } => {
                    exit.notice = self.duration(period).map(|d| (d, *span))
                }
                ast::ExitItem::Transition {
                    length,
                    obligations,
                    span,
                } => {
                    exit.transition = self.duration(length).map(|d| (d, *span));
                    for o in obligations {
                        if let Some(o) = self.obligation(o, "exit") {
                            exit.obligations.push(o);
                        }
                    }
                }
                ast::ExitItem::Error => {}
            }
        }
        self.p.exit = Some(exit);
    }
}

/// A day a cadence can fall on.
#[derive(Clone, Copy)]
enum OnDay {
    Weekday(Weekday),
    Nth(dates::Ordinal, Weekday),
    Day(u32),
}

/// `cost_change > 15` almost always means `15%`.
fn percent_hint(lt: Type, lhs: &Operand, rt: Type, rhs: &Operand) -> String {
    let bare = match (lt, rhs, rt, lhs) {
        (Type::Percent, Operand::Value(Value::Number(n)), _, _) => Some(*n),
        (_, _, Type::Percent, Operand::Value(Value::Number(n))) => Some(*n),
        _ => None,
    };
    match bare {
        Some(n) => format!("write the number as a percentage: `{}%`", n.normalize()),
        None => "compare values of the same kind: percentages with percentages, money with money, durations with durations".to_string(),
    }
}

/// `0%..100%` or `0..10`, in the value's own unit.
fn range_text(value: &Value, lo: Decimal, hi: Decimal) -> String {
    let unit = if matches!(value, Value::Percent(_)) {
        "%"
    } else {
        ""
    };
    format!("{}{unit}..{}{unit}", lo.normalize(), hi.normalize())
}

fn fits_metric(ty: Type, value: &Value) -> bool {
    matches!(
        (ty, value),
        (Type::Percent, Value::Percent(_))
            | (Type::Money, Value::Money(_))
            | (Type::Duration, Value::Duration(_))
            | (Type::Number | Type::Count | Type::Score, Value::Number(_))
            | (Type::Date, Value::Date(_))
            | (Type::Bool, Value::Bool(_))
    )
}

fn example_of(ty: Type) -> &'static str {
    match ty {
        Type::Percent => "a percentage like `95%`",
        Type::Money => "an amount like `5_000 USD`",
        Type::Duration => "a duration like `48 hours`",
        Type::Number | Type::Count | Type::Score => "a number",
        Type::Date => "a date",
        Type::Bool => "`yes` or `no`",
        Type::Text => "a string",
    }
}

fn a_type(ty: Type) -> String {
    match ty {
        Type::Percent => "a percentage".into(),
        Type::Money => "an amount of money".into(),
        Type::Duration => "a duration".into(),
        Type::Date => "a date".into(),
        Type::Bool => "yes or no".into(),
        Type::Text => "text".into(),
        Type::Number | Type::Count | Type::Score => "a number".into(),
    }
}

fn describe(value: &Value) -> String {
    match value {
        Value::Percent(_) => format!("the percentage {value}"),
        Value::Money(_) => format!("the amount {value}"),
        Value::Duration(_) => format!("the duration {value}"),
        Value::Date(_) => format!("the date {value}"),
        _ => format!("`{value}`"),
    }
}

/// Coordination rules: conditions read other partnerships, obligations bind
/// parties through `Partnership.label`.
fn coordinate(
    names: &Names,
    portfolio: &ir::Portfolio,
    c: &ast::Coordinate,
    diagnostics: &mut Vec<Diagnostic>,
) -> ir::Coordination {
    let mut rules = Vec::new();
    let scratch = Expanded {
        name: c.name.clone(),
        span: c.name.span,
        doc: None,
        master: None,
        clauses: Vec::new(),
    };
    // One lowering context for the whole block, so obligation ids stay
    // unique across its rules.
    let mut lower = Lower::new(names, portfolio, &scratch, diagnostics);
    for rule in &c.rules {
        let mut reads = Vec::new();
        collect_partnerships(&rule.condition, names, &mut reads);
        let condition = lower.cond(&rule.condition);
        let mut obligations = Vec::new();
        for o in &rule.obligations {
            // `ApiTwo.client must ...`: the subject names a partnership's label.
            let Some((partnership, subject)) =
                o.subjects.first().and_then(|s| split_partnership(s, names))
            else {
                if let Some(s) = o.subjects.first() {
                    lower.error(
                        Diagnostic::error(
                            "E0102",
                            format!("`{}` names no partnership's party", s.text()),
                            s.span,
                        )
                        .with_primary_label("expected `Partnership.label`, like `ApiTwo.client`"),
                    );
                }
                continue;
            };
            let Some(target) = portfolio
                .partnerships
                .iter()
                .find(|p| p.name == partnership)
            else {
                continue;
            };
            lower.p.parties = target.parties.clone();
            lower.p.name = partnership.clone();
            let mut local = o.clone();
            local.subjects = std::iter::once(subject)
                .chain(o.subjects.iter().skip(1).cloned())
                .collect();
            let context = format!("coordinate.{}", c.name.name);
            if let Some(obligation) = lower.obligation(&local, &context) {
                obligations.push((partnership, obligation));
            }
        }
        if let Some(condition) = condition {
            rules.push(ir::CoordinationRule {
                condition,
                reads,
                obligations,
                span: rule.span,
            });
        }
    }
    ir::Coordination {
        name: c.name.name.clone(),
        rules,
        span: c.name.span,
    }
}

fn split_partnership(path: &ast::Path, names: &Names) -> Option<(String, ast::Path)> {
    let (first, rest) = path.segments.split_first()?;
    if rest.is_empty() || !names.partnerships.contains_key(&first.name) {
        return None;
    }
    let span = rest
        .first()
        .map_or(path.span, |r| crate::diagnostics::Span {
            start: r.span.start,
            ..path.span
        });
    Some((
        first.name.clone(),
        ast::Path {
            segments: rest.to_vec(),
            span,
        },
    ))
}

fn collect_partnerships(e: &ast::Expr, names: &Names, out: &mut Vec<String>) {
    match &e.kind {
        ExprKind::Path(p) if p.segments.len() == 2 => {
            if let Some(first) = p.segments.first() {
                if names.partnerships.contains_key(&first.name) && !out.contains(&first.name) {
                    out.push(first.name.clone());
                }
            }
        }
        ExprKind::PercentOf(a, b)
        | ExprKind::Arith(_, a, b)
        | ExprKind::Compare(_, a, b)
        | ExprKind::And(a, b)
        | ExprKind::Or(a, b) => {
            collect_partnerships(a, names, out);
            collect_partnerships(b, names, out);
        }
        ExprKind::Neg(a) | ExprKind::Not(a) => collect_partnerships(a, names, out),
        _ => {}
    }
}

#[allow(dead_code)]
fn op_text(op: CmpOp) -> &'static str {
    op.text()
}
