//! The partnership's life over the trace (design §10.3–§10.5): renewal
//! decisions (trace, criteria, default), renewed terms, termination for
//! convenience and for cause with cure, the end of the term, reviews and
//! their adjustments, and escalation levels raised by their criteria.
//!
//! This is a first pass over the trace, before the state machine runs: what
//! it decides (how long the term really lasts) changes what the machine
//! does (which occurrences, retainers and deadlines exist), while nothing
//! the machine does changes it — decisions read only the trace's readings
//! and lifecycle lines. So the machine then runs once on the portfolio with
//! each partnership's term set to what this pass found, and the plan adds
//! exit transitions, surviving duties and review duties to it.

use super::catalog::Catalog;
use super::cond::{self, Key, Readings};
use super::report::{
    AdjustmentRun, AmendmentRun, LifeRun, RaisedRun, ReviewRun, SurvivingRun, TermRun,
    TerminationRun, TransitionRun,
};
use super::trace::{Entry, Kind};
use super::TraceError;
use crate::ir::dates;
use crate::ir::values::Value;
use crate::ir::{Cond, Partnership, Portfolio};
use chrono::NaiveDate;
use std::collections::HashMap;

mod cut;
mod health;

pub(crate) use cut::annotate;

// ---------------------------------------------------------------- the plan

/// What the first pass found, per partnership (by index).
pub(crate) struct Plan {
    pub lives: Vec<Option<Life>>,
}

pub(crate) struct Life {
    pub report: LifeRun,
    /// The term's last day as far as the run knows it: the last term
    /// reached, or the effective date of a termination.
    pub end: NaiveDate,
    /// Whether the term ended by termination (retainers prorated, bonuses
    /// dropped, later duties gone).
    pub terminated: bool,
    /// Review occurrences by as-of: `(meeting index, date)`.
    pub reviews: Vec<(usize, NaiveDate)>,
}

impl Plan {
    /// The portfolio with each partnership's term ending where its life
    /// does (unchanged when nothing moved it).
    pub fn adjust(&self, portfolio: &Portfolio) -> Option<Portfolio> {
        let moved = self
            .lives
            .iter()
            .zip(&portfolio.partnerships)
            .any(|(l, p)| matches!((l, p.term), (Some(l), Some(t)) if l.end != t.end));
        if !moved {
            return None;
        }
        let mut adjusted = portfolio.clone();
        for (life, p) in self.lives.iter().zip(adjusted.partnerships.iter_mut()) {
            if let (Some(life), Some(term)) = (life, p.term.as_mut()) {
                term.end = life.end;
            }
        }
        Some(adjusted)
    }
}

struct Notice {
    index: usize,
    cause: bool,
    cure_by: Option<NaiveDate>,
}

/// One partnership's state during the scan.
struct State<'a> {
    p: &'a Partnership,
    start: NaiveDate,
    terms: Vec<TermRun>,
    /// The trace's decision for the current term: `(renew, line, date)`.
    decision: Option<(bool, usize, NaiveDate)>,
    /// The current term's decision clock has run (or cannot run).
    settled: bool,
    /// The term cannot go past this day (expiry or termination).
    last: Option<NaiveDate>,
    notice: Option<Notice>,
    terminations: Vec<TerminationRun>,
    terminated: bool,
    /// Reviews: the next day to look for occurrences from.
    review_from: NaiveDate,
    reviews: Vec<(usize, NaiveDate)>,
    review_runs: Vec<ReviewRun>,
    /// Escalation levels' conditions after the last reading.
    escalation_prev: Vec<bool>,
    raised: Vec<RaisedRun>,
    /// The partnership's amendments, and when each was signed.
    amendments: Vec<AmendmentRun>,
    /// Whether this pass scores the partnership's health (its criteria,
    /// adjustments or escalation levels read it), and the periods scored.
    health: bool,
    scored: usize,
}

#[derive(Default)]
struct Values {
    signals: HashMap<(usize, usize), Value>,
    metrics: HashMap<(usize, usize), Value>,
}

impl Readings for Values {
    fn signal(&self, partnership: usize, signal: usize) -> Option<&Value> {
        self.signals.get(&(partnership, signal))
    }
    fn metric(&self, partnership: usize, metric: usize) -> Option<&Value> {
        self.metrics.get(&(partnership, metric))
    }
    fn event(&self, _: usize, _: usize) -> bool {
        false
    }
}

use crate::ir::renewal::{span_end, term_length};

impl<'a> State<'a> {
    fn new(p: &'a Partnership, start: NaiveDate, end: NaiveDate) -> State<'a> {
        let mut s = State {
            p,
            start,
            terms: Vec::new(),
            decision: None,
            settled: p.renewal.is_none(),
            last: None,
            notice: None,
            terminations: Vec::new(),
            terminated: false,
            review_from: start,
            reviews: Vec::new(),
            review_runs: Vec::new(),
            escalation_prev: vec![false; p.escalation.len()],
            raised: Vec::new(),
            amendments: p
                .amendments
                .iter()
                .map(|a| AmendmentRun {
                    id: format!("{}.amendment@{}", p.name, a.effective),
                    effective: a.effective,
                    level: a.level.clone(),
                    signed: None,
                    line: None,
                })
                .collect(),
            health: false,
            scored: 0,
        };
        s.push_term(start, end);
        s
    }

    fn push_term(&mut self, start: NaiveDate, end: NaiveDate) {
        let cal = &self.p.calendar;
        let renewal = self.p.renewal.as_ref();
        let window_opens = renewal
            .and_then(|r| r.window_opens.as_ref())
            .and_then(|(d, _)| d.before(end, cal));
        let decision_due = renewal.map(|r| match &r.decision_due {
            Some((d, _)) => d.before(end, cal).unwrap_or(end),
            None => end,
        });
        let number = u32::try_from(self.terms.len())
            .unwrap_or(u32::MAX)
            .saturating_add(1);
        self.terms.push(TermRun {
            number,
            start,
            end,
            window_opens,
            decision_due,
            outcome: "running".into(),
            decided: None,
            decided_on: None,
        });
        self.decision = None;
        self.settled = renewal.is_none();
    }

    fn end(&self) -> NaiveDate {
        let natural = self.terms.last().map_or(self.start, |t| t.end);
        self.last.map_or(natural, |l| l.min(natural))
    }

    /// The next clock of this partnership: a decision, a cure period's
    /// end, a review.
    fn next_clock(&self) -> Option<NaiveDate> {
        let mut best: Option<NaiveDate> = None;
        let mut consider = |d: Option<NaiveDate>| {
            if let Some(d) = d {
                best = Some(best.map_or(d, |b| b.min(d)));
            }
        };
        if !self.settled && self.last.is_none() {
            consider(self.terms.last().and_then(|t| t.decision_due));
        }
        if let Some(n) = &self.notice {
            consider(n.cure_by);
        }
        consider(self.next_review());
        best
    }

    fn next_review(&self) -> Option<NaiveDate> {
        let end = self.end();
        self.p
            .meetings
            .iter()
            .filter(|m| !m.adjustments.is_empty() || !m.duties.is_empty())
            .filter_map(|m| {
                dates::occurrences_from(
                    m.cadence,
                    m.adjust,
                    self.start,
                    end,
                    &self.p.calendar,
                    self.review_from,
                )
                .next()
            })
            .min()
    }
}

/// `Globex must deliver source_code and documentation`.
pub(crate) fn duty_text(catalog: &Catalog<'_>, o: &crate::ir::Obligation) -> String {
    let who: Vec<String> = o
        .subjects
        .iter()
        .map(|s| catalog.actor_name(s.actor))
        .collect();
    let modal = match o.modality {
        crate::vocab::Modality::Must => "must",
        crate::vocab::Modality::May => "may",
        crate::vocab::Modality::MustNot => "must not",
    };
    let mut text = format!("{} {modal} {}", who.join(", "), o.action);
    if !o.objects.is_empty() {
        text.push(' ');
        text.push_str(&o.objects.join(" and "));
    }
    text
}

fn describe_readings(cond: &Cond, pi: usize, catalog: &Catalog<'_>, values: &Values) -> String {
    let mut keys = Vec::new();
    cond::keys(cond, Some(pi), &mut keys);
    let parts: Vec<String> = keys
        .iter()
        .filter_map(|k| match *k {
            Key::Signal(q, s) => {
                let name = catalog.signal_name(s);
                Some(match values.signals.get(&(q, s)) {
                    Some(v) => format!("signal {name} = {v}"),
                    None => format!("no reading of {name}"),
                })
            }
            Key::Metric(q, m) => {
                let name = catalog
                    .partnership(q)
                    .and_then(|p| p.metrics.get(m))
                    .map_or("?", |m| m.name.as_str());
                Some(match values.metrics.get(&(q, m)) {
                    Some(v) => format!("metric {name} = {v}"),
                    None => format!("no reading of {name}"),
                })
            }
            Key::Event(..) => None,
        })
        .collect();
    parts.join(", ")
}

struct Scan<'c, 'a> {
    catalog: &'c Catalog<'a>,
    states: Vec<Option<State<'a>>>,
    values: Values,
    errors: Vec<TraceError>,
    /// Each partnership's next clock, in date order (so a clock costs a
    /// look at one partnership, not at all of them).
    queue: std::collections::BTreeSet<(NaiveDate, usize)>,
    queued: Vec<Option<NaiveDate>>,
    /// The escalation levels with criteria reading each key.
    watch: HashMap<Key, Vec<(usize, usize)>>,
    /// Metric readings of the partnerships whose health this pass scores.
    history: super::state::Series,
    /// The partnerships whose health this pass scores.
    scoring: Vec<usize>,
    /// Escalations raised by health scores, to go before the next line.
    pending: Vec<Entry>,
}

/// The first pass: decides every partnership's terms up to `as_of`, and
/// adds to `entries` the escalations their criteria raise.
pub(crate) fn plan(
    catalog: &Catalog<'_>,
    entries: &mut Vec<Entry>,
    as_of: Option<NaiveDate>,
) -> (Plan, Vec<TraceError>) {
    let mut scan = Scan {
        catalog,
        states: catalog
            .pf
            .partnerships
            .iter()
            .map(|p| p.term.map(|t| State::new(p, t.start, t.end)))
            .collect(),
        values: Values::default(),
        errors: Vec::new(),
        queue: std::collections::BTreeSet::new(),
        queued: vec![None; catalog.pf.partnerships.len()],
        watch: HashMap::new(),
        history: HashMap::new(),
        scoring: Vec::new(),
        pending: Vec::new(),
    };
    for (pi, p) in catalog.pf.partnerships.iter().enumerate() {
        for (li, level) in p.escalation.iter().enumerate() {
            if let Some(c) = &level.condition {
                let mut keys = Vec::new();
                cond::keys(c, Some(pi), &mut keys);
                for key in keys {
                    scan.watch.entry(key).or_default().push((pi, li));
                }
            }
        }
        scan.watch_health(pi);
        scan.requeue(pi);
    }
    let mut out = Vec::with_capacity(entries.len());
    for entry in entries.drain(..) {
        if as_of.is_some_and(|a| entry.date > a) {
            out.push(entry);
            continue;
        }
        scan.clocks(entry.date, false);
        if let Some(day_before) = entry.date.pred_opt() {
            scan.health_all(day_before);
        }
        scan.drain_pending(&mut out);
        let raised = scan.line(&entry);
        out.push(entry);
        out.extend(raised);
    }
    if let Some(a) = as_of {
        scan.clocks(a, true);
        scan.health_all(a);
        scan.drain_pending(&mut out);
    }
    *entries = out;
    let lives = scan
        .states
        .into_iter()
        .map(|s| s.map(|s| s.finish(as_of, catalog)))
        .collect();
    (Plan { lives }, scan.errors)
}

impl State<'_> {
    fn finish(mut self, as_of: Option<NaiveDate>, catalog: &Catalog<'_>) -> Life {
        let end = self.end();
        for n in &mut self.terminations {
            if n.status == "pending" && n.effective.is_some_and(|e| e > end) {
                n.status = "moot".into();
            }
        }
        if let Some(t) = self.terms.last_mut() {
            if !self.terminated && t.outcome == "running" && self.last == Some(t.end) {
                t.outcome = "expired".into();
            }
        }
        let ended = as_of.is_some_and(|a| end < a);
        let transition = self
            .p
            .exit
            .as_ref()
            .and_then(|e| e.transition.as_ref())
            .filter(|_| ended)
            .and_then(|(length, _)| {
                let start = end.succ_opt()?;
                Some(TransitionRun {
                    start,
                    end: span_end(start, length)?,
                })
            });
        let mut surviving = Vec::new();
        if ended {
            if let Some(from) = end.succ_opt() {
                for s in &self.p.survives {
                    let Some(until) = span_end(from, &s.length) else {
                        continue;
                    };
                    for o in &s.obligations {
                        surviving.push(SurvivingRun {
                            id: o.id.clone(),
                            text: duty_text(catalog, o),
                            from,
                            until,
                        });
                    }
                }
            }
        }
        let report = LifeRun {
            terms: self.terms,
            terminations: self.terminations,
            transition,
            surviving,
            reviews: self.review_runs,
            raised: self.raised,
            amendments: self.amendments,
            cut: Vec::new(),
        };
        Life {
            report,
            end,
            terminated: self.terminated,
            reviews: self.reviews,
        }
    }
}

impl<'a> Scan<'_, 'a> {
    /// Runs every clock before `limit` (on it too when `inclusive`), in date
    /// order across partnerships.
    fn clocks(&mut self, limit: NaiveDate, inclusive: bool) {
        while let Some(&(date, pi)) = self.queue.first() {
            if date > limit || (date == limit && !inclusive) {
                return;
            }
            self.queue.pop_first();
            if let Some(q) = self.queued.get_mut(pi) {
                *q = None;
            }
            self.clock(pi, date);
            self.requeue(pi);
            // Every clock moves its state past `date`; never run one twice.
            if self.queue.first() == Some(&(date, pi)) {
                self.queue.pop_first();
            }
        }
    }

    /// Puts partnership `pi`'s next clock in the queue (after its state changed).
    fn requeue(&mut self, pi: usize) {
        if let Some(Some(old)) = self.queued.get(pi) {
            self.queue.remove(&(*old, pi));
        }
        let next = self
            .states
            .get(pi)
            .and_then(|s| s.as_ref())
            .and_then(State::next_clock);
        if let Some(d) = next {
            self.queue.insert((d, pi));
        }
        if let Some(q) = self.queued.get_mut(pi) {
            *q = next;
        }
    }

    /// Every clock of partnership `pi` that falls on `date`.
    fn clock(&mut self, pi: usize, date: NaiveDate) {
        // Health known by the end of `date` counts for its decisions.
        self.health(pi, date);
        let catalog = self.catalog;
        let values = &self.values;
        let Some(Some(s)) = self.states.get_mut(pi) else {
            return;
        };
        // Reviews on this date: after the day's lines.
        if s.next_review() == Some(date) {
            let end = s.end();
            for (mi, m) in s.p.meetings.iter().enumerate() {
                if m.adjustments.is_empty() && m.duties.is_empty() {
                    continue;
                }
                let on =
                    dates::occurrences_from(m.cadence, m.adjust, s.start, end, &s.p.calendar, date)
                        .next();
                if on != Some(date) {
                    continue;
                }
                let adjustments = m
                    .adjustments
                    .iter()
                    .map(|a| AdjustmentRun {
                        adjust: a.objects.clone(),
                        due: cond::eval(&a.condition, Some(pi), values),
                        cause: describe_readings(&a.condition, pi, catalog, values),
                    })
                    .collect();
                s.reviews.push((mi, date));
                s.review_runs.push(ReviewRun {
                    review: m.name.clone(),
                    date,
                    channel: m.channel.clone(),
                    adjustments,
                    duties: Vec::new(),
                });
            }
            s.review_from = date.succ_opt().unwrap_or(date);
        }
        // A cure period that ran out.
        if let Some(n) = &s.notice {
            if n.cure_by == Some(date) {
                let index = n.index;
                s.notice = None;
                let effective = date.succ_opt().unwrap_or(date);
                if let Some(t) = s.terminations.get_mut(index) {
                    t.effective = Some(effective);
                    t.status = "effective".into();
                }
                s.terminate(effective, index);
            }
        }
        // The renewal decision.
        let decision_due = s.terms.last().and_then(|t| t.decision_due);
        if !s.settled && s.last.is_none() && decision_due == Some(date) {
            s.settled = true;
            s.decide(pi, date, catalog, values);
        }
    }

    /// Applies a lifecycle line or a reading; returns the escalations the
    /// reading raised.
    fn line(&mut self, entry: &Entry) -> Vec<Entry> {
        let (date, line) = (entry.date, entry.line);
        match &entry.kind {
            Kind::Signal { .. } | Kind::Metric { .. } => return self.reading(entry),
            Kind::Renewal { p, renew } => {
                if let Err(e) = self.renewal(*p, *renew, date, line) {
                    self.errors.push(e);
                }
                self.requeue(*p);
            }
            Kind::Terminate {
                p,
                cause,
                by,
                breach,
            } => {
                if let Err(e) = self.terminate(*p, *cause, *by, breach.clone(), date, line) {
                    self.errors.push(e);
                }
                self.requeue(*p);
            }
            Kind::Cured { p, notice } => {
                if let Err(e) = self.cured(*p, notice.as_deref(), date, line) {
                    self.errors.push(e);
                }
                self.requeue(*p);
            }
            Kind::Signed { p, amendment } => {
                if let Err(e) = self.signed(*p, *amendment, date, line) {
                    self.errors.push(e);
                }
            }
            _ => {}
        }
        Vec::new()
    }

    /// A reading of a signal or metric (from the trace, or a health
    /// score): remembered, and the escalation levels it raises returned.
    fn reading(&mut self, entry: &Entry) -> Vec<Entry> {
        let (date, line) = (entry.date, entry.line);
        let mut raised = Vec::new();
        let key = match &entry.kind {
            Kind::Signal { p, signal, value } => {
                self.values.signals.insert((*p, *signal), value.clone());
                Some((
                    Key::Signal(*p, *signal),
                    format!("signal {} = {value}", self.catalog.signal_name(*signal)),
                ))
            }
            Kind::Metric { p, metric, value } => {
                self.values.metrics.insert((*p, *metric), value.clone());
                let scored = self.states.get(*p).and_then(Option::as_ref);
                if scored.is_some_and(|s| s.health) {
                    self.history
                        .entry((*p, *metric))
                        .or_default()
                        .push((date, value.clone()));
                }
                let name = self
                    .catalog
                    .partnership(*p)
                    .and_then(|x| x.metrics.get(*metric))
                    .map_or("?", |m| m.name.as_str());
                Some((Key::Metric(*p, *metric), format!("metric {name} = {value}")))
            }
            _ => None,
        };
        if let Some((key, cause)) = key {
            let watching = self.watch.get(&key).cloned().unwrap_or_default();
            for (pi, li) in watching {
                let Some(Some(s)) = self.states.get_mut(pi) else {
                    continue;
                };
                let Some(level) = s.p.escalation.get(li) else {
                    continue;
                };
                {
                    let Some(c) = &level.condition else { continue };
                    let now = cond::eval(c, Some(pi), &self.values);
                    let was = s.escalation_prev.get(li).copied().unwrap_or(false);
                    if let Some(prev) = s.escalation_prev.get_mut(li) {
                        *prev = now;
                    }
                    if now && !was {
                        s.raised.push(RaisedRun {
                            level: level.name.clone(),
                            date,
                            line,
                            cause: cause.clone(),
                        });
                        raised.push(Entry {
                            line,
                            date,
                            kind: Kind::Raise { p: pi, level: li },
                        });
                    }
                }
            }
        }
        raised
    }

    fn state(&mut self, p: usize, line: usize) -> Result<&mut State<'a>, TraceError> {
        let name = self.catalog.partnership(p).map_or("?", |x| x.name.as_str());
        match self.states.get_mut(p) {
            Some(Some(s)) => Ok(s),
            _ => Err(TraceError::new(
                line,
                format!("`{name}` has no term: its life cannot be run"),
            )),
        }
    }

    fn renewal(
        &mut self,
        p: usize,
        renew: bool,
        date: NaiveDate,
        line: usize,
    ) -> Result<(), TraceError> {
        let s = self.state(p, line)?;
        let end = s.end();
        if date > end {
            return Err(TraceError::new(
                line,
                format!(
                    "the term of `{}` ended on {end}: there is no renewal left to decide",
                    s.p.name
                ),
            ));
        }
        if s.last.is_some() && s.terminated {
            return Err(TraceError::new(
                line,
                format!(
                    "`{}` is being terminated: there is no renewal to decide",
                    s.p.name
                ),
            ));
        }
        if let Some((_, before, _)) = s.decision {
            return Err(TraceError::new(
                line,
                format!(
                    "the renewal of the term ending {end} was already decided on line {before}"
                ),
            ));
        }
        if s.settled {
            let on = s
                .terms
                .last()
                .and_then(|t| t.decided_on)
                .map_or(String::new(), |d| format!(" (decided on {d})"));
            return Err(TraceError::new(line, format!("the renewal decision for the term ending {end} was due by its decision date{on}")).with_help(Some("a decision must be dated on or before the decision date".into())));
        }
        s.decision = Some((renew, line, date));
        Ok(())
    }

    fn terminate(
        &mut self,
        p: usize,
        cause: bool,
        by: usize,
        breach: Option<String>,
        date: NaiveDate,
        line: usize,
    ) -> Result<(), TraceError> {
        let catalog = self.catalog;
        let s = self.state(p, line)?;
        let end = s.end();
        if date > end {
            return Err(TraceError::new(
                line,
                format!(
                    "the term of `{}` ended on {end}: there is nothing left to terminate",
                    s.p.name
                ),
            ));
        }
        if let Some(t) = s
            .terminations
            .iter()
            .find(|t| t.status == "pending" || t.status == "effective")
        {
            return Err(TraceError::new(
                line,
                format!(
                    "a notice of termination is already running: `{}` (line {})",
                    t.id, t.line
                ),
            ));
        }
        let id = format!("{}.termination@{date}", s.p.name);
        let breaching: Vec<String> = if cause {
            s.p.parties
                .iter()
                .filter(|b| b.party != by)
                .map(|b| catalog.party_name(b.party))
                .collect()
        } else {
            Vec::new()
        };
        let cal = &s.p.calendar;
        let index = s.terminations.len();
        let mut run = TerminationRun {
            id,
            kind: if cause { "cause" } else { "convenience" }.into(),
            by: catalog.party_name(by),
            breaching,
            notice: date,
            line,
            breach,
            cure_by: None,
            cured: None,
            effective: None,
            status: "pending".into(),
        };
        if cause {
            match s
                .p
                .termination
                .cure
                .as_ref()
                .and_then(|c| c.after(date, cal))
            {
                Some(cure_by) => {
                    run.cure_by = Some(cure_by);
                    s.notice = Some(Notice {
                        index,
                        cause,
                        cure_by: Some(cure_by),
                    });
                    s.terminations.push(run);
                }
                None => {
                    run.effective = Some(date);
                    run.status = "effective".into();
                    s.terminations.push(run);
                    s.terminate(date, index);
                }
            }
        } else {
            let effective = match &s.p.termination.convenience_notice {
                Some(n) => n.after(date, cal).unwrap_or(date),
                None => date,
            };
            run.effective = Some(effective);
            s.terminations.push(run);
            if effective <= end {
                if let Some(t) = s.terminations.get_mut(index) {
                    t.status = "effective".into();
                }
                s.terminate(effective, index);
            } else {
                s.notice = Some(Notice {
                    index,
                    cause,
                    cure_by: None,
                });
            }
        }
        Ok(())
    }

    /// `signed`: the amendment is recorded signed on `date`, once.
    fn signed(
        &mut self,
        p: usize,
        amendment: usize,
        date: NaiveDate,
        line: usize,
    ) -> Result<(), TraceError> {
        let s = self.state(p, line)?;
        let Some(a) = s.amendments.get_mut(amendment) else {
            return Ok(());
        };
        if let (Some(d), Some(before)) = (a.signed, a.line) {
            return Err(TraceError::new(
                line,
                format!("`{}` was already signed on {d} (line {before})", a.id),
            ));
        }
        a.signed = Some(date);
        a.line = Some(line);
        Ok(())
    }

    fn cured(
        &mut self,
        p: usize,
        notice: Option<&str>,
        date: NaiveDate,
        line: usize,
    ) -> Result<(), TraceError> {
        let s = self.state(p, line)?;
        let open = s.notice.as_ref().filter(|n| n.cause).map(|n| n.index);
        let Some(index) = open else {
            let last = s.terminations.iter().rev().find(|t| t.kind == "cause");
            let message = match last {
                Some(t) if t.cured.is_some() => format!("`{}` was already cured", t.id),
                Some(t) => format!(
                    "the cure period of `{}` ended on {}",
                    t.id,
                    t.cure_by.map_or("-".into(), |d| d.to_string())
                ),
                None => format!("no notice for cause is open in `{}`", s.p.name),
            };
            return Err(TraceError::new(line, message));
        };
        if let (Some(named), Some(t)) = (notice, s.terminations.get(index)) {
            if named != t.id {
                return Err(TraceError::new(
                    line,
                    format!("`{named}` is no open notice for cause"),
                )
                .with_help(Some(format!("the open one is `{}`", t.id))));
            }
        }
        s.notice = None;
        if let Some(t) = s.terminations.get_mut(index) {
            t.cured = Some(date);
            t.status = "cured".into();
        }
        Ok(())
    }
}

impl State<'_> {
    /// The term ends on `effective` by termination `index`.
    fn terminate(&mut self, effective: NaiveDate, index: usize) {
        self.terms.retain(|t| t.start <= effective);
        let how = self.terminations.get(index).map(|t| {
            format!(
                "for {} by {} (notice {}, line {})",
                t.kind, t.by, t.notice, t.line
            )
        });
        if let Some(t) = self.terms.last_mut() {
            t.end = t.end.min(effective);
            t.outcome = "terminated".into();
            t.decided = how;
            t.decided_on = None;
        }
        self.last = Some(effective);
        self.terminated = true;
        self.settled = true;
        self.notice = None;
    }

    /// The renewal decision of the current term, on its decision date.
    fn decide(&mut self, pi: usize, date: NaiveDate, catalog: &Catalog<'_>, values: &Values) {
        let Some(renewal) = self.p.renewal.as_ref() else {
            return;
        };
        let default_renews = renewal.renews.is_some();
        // A decision in the trace is made on its line's date; the others on
        // the decision date.
        let mut decided_on = date;
        let (renew, how) = match self.decision {
            Some((renew, line, on)) => {
                decided_on = on;
                (renew, format!("decided in the trace (line {line})"))
            }
            None => match &renewal.criteria {
                None => (
                    default_renews,
                    format!(
                        "by default ({})",
                        if default_renews { "renew" } else { "expire" }
                    ),
                ),
                Some(c) => {
                    let held = cond::eval(c, Some(pi), values);
                    let readings = describe_readings(c, pi, catalog, values);
                    let renew = if held {
                        default_renews
                    } else {
                        !default_renews
                    };
                    let what = if held { "held" } else { "not met" };
                    (
                        renew,
                        format!("criteria {what} on the decision date ({readings})"),
                    )
                }
            },
        };
        let Some(current) = self.terms.last_mut() else {
            return;
        };
        current.decided = Some(how);
        current.decided_on = Some(decided_on);
        let end = current.end;
        if !renew {
            current.outcome = "expired".into();
            self.last = Some(end);
            return;
        }
        current.outcome = "renewed".into();
        let length = renewal
            .renews
            .flatten()
            .or(self.p.term_length)
            .unwrap_or_else(|| term_length(self.start, self.terms.first().map_or(end, |t| t.end)));
        let Some(next_start) = end.succ_opt() else {
            return;
        };
        match span_end(next_start, &length) {
            Some(next_end) => self.push_term(next_start, next_end),
            None => {
                self.last = Some(end);
                return;
            }
        }
        // A notice for convenience that outlasted the old term ends the new one.
        let pending = self.notice.as_ref().filter(|n| !n.cause).map(|n| n.index);
        if let Some(index) = pending {
            let effective = self.terminations.get(index).and_then(|t| t.effective);
            if let Some(effective) = effective.filter(|e| *e <= self.end()) {
                if let Some(t) = self.terminations.get_mut(index) {
                    t.status = "effective".into();
                }
                self.terminate(effective, index);
            }
        }
    }
}
