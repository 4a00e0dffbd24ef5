//! The state of a portfolio, advanced line by line.
//!
//! Before a line dated D is applied, every clock that ran out before D is
//! processed (a ladder step expiring, a pathway step reaching its due date),
//! in date order. Then the line changes a reading, happens as an event, or
//! acts on an obligation or a ladder; the conditions that read what changed
//! are evaluated, and those that went from false to true fire. At the end
//! the clocks run up to the last day, and money that accrues per
//! period (retainers, bonuses, penalties) is computed from the whole history
//! (the engine owns the run's [`Accounts`] and calls them; money reads the
//! history and never the engine). The report is assembled from the final
//! state elsewhere (`assemble.rs`).

mod health;
mod ladders;

use super::catalog::{pathway_ids, Catalog};
use super::cond::{self, Key, Readings};
use super::money::Accounts;
use super::report::{Firing, LadderStatus, Outcome};
use super::state::{unique, Final, History, Inst, Ladder, Run, Series};
use super::trace::{Entry, Kind, LadderKind, LadderRef};
use super::TraceError;
use crate::ir::values::Value;
use crate::ir::{ActorRef, Anchor, Cond, Deadline, Obligation, Origin, Partnership, TriggerOn};
use crate::vocab::Modality;
use chrono::NaiveDate;
use std::collections::{BTreeMap, BTreeSet, HashMap};

mod lifecycle;

/// What a watched condition does when it becomes true.
#[derive(Debug, Clone, Copy)]
enum Watch {
    Trigger {
        p: usize,
        t: usize,
    },
    /// A clause obligation with `when`.
    Clause {
        p: usize,
        o: usize,
    },
    Change {
        p: usize,
        level: usize,
    },
    Coordinate {
        c: usize,
        r: usize,
    },
}

struct Watcher<'a> {
    owner: Option<usize>,
    cond: &'a Cond,
    /// The condition's value after the last evaluation (false before any).
    prev: bool,
    what: Watch,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Timer {
    /// A pathway step's due date: the next step starts if it is unfulfilled.
    Step(usize),
    /// `(ladder, run)`: the run's time is out.
    Ladder(usize, usize),
}

pub(crate) struct Machine<'a> {
    pub(super) cat: &'a Catalog<'a>,
    signals: HashMap<(usize, usize), Value>,
    metrics: HashMap<(usize, usize), Value>,
    /// Every metric reading, in order, for health and bonus periods.
    readings: Series,
    /// Every signal reading, in order, for indexation.
    signal_history: Series,
    event_now: Option<(usize, usize)>,
    watchers: Vec<Watcher<'a>>,
    by_key: HashMap<Key, Vec<usize>>,
    pub(super) insts: Vec<Inst>,
    pub(super) inst_ids: HashMap<String, usize>,
    /// The step before each pathway step (`next`'s inverse), so walking a
    /// pathway back is a look-up, not a scan of every instance.
    pub(super) before: HashMap<usize, usize>,
    by_base: HashMap<String, Vec<usize>>,
    ladders: Vec<Ladder>,
    ladder_ids: HashMap<String, usize>,
    timers: BTreeSet<(NaiveDate, Timer)>,
    /// The money of the run: payments as lines come and at the end.
    money: Accounts<'a>,
    firings: Vec<(usize, Firing)>,
    errors: Vec<TraceError>,
    notes: BTreeSet<String>,
    /// Health periods scored (`engine/health.rs`).
    scoring: health::Scoring,
}

impl Readings for Machine<'_> {
    fn signal(&self, partnership: usize, signal: usize) -> Option<&Value> {
        self.signals.get(&(partnership, signal))
    }

    fn metric(&self, partnership: usize, metric: usize) -> Option<&Value> {
        self.metrics.get(&(partnership, metric))
    }

    fn event(&self, partnership: usize, event: usize) -> bool {
        self.event_now == Some((partnership, event))
    }
}

/// `base`, or `base#2`, `base#3`, ... when taken.
impl<'a> Machine<'a> {
    pub fn new(cat: &'a Catalog<'a>) -> Machine<'a> {
        let mut m = Machine {
            cat,
            signals: HashMap::new(),
            metrics: HashMap::new(),
            readings: HashMap::new(),
            signal_history: HashMap::new(),
            event_now: None,
            watchers: Vec::new(),
            by_key: HashMap::new(),
            insts: Vec::new(),
            inst_ids: HashMap::new(),
            before: HashMap::new(),
            by_base: HashMap::new(),
            ladders: Vec::new(),
            ladder_ids: HashMap::new(),
            timers: BTreeSet::new(),
            money: Accounts::new(cat),
            firings: Vec::new(),
            errors: Vec::new(),
            notes: BTreeSet::new(),
            scoring: Default::default(),
        };
        let pf = cat.pf;
        for (pi, p) in pf.partnerships.iter().enumerate() {
            let start = p.term.map(|t| t.start);
            for ms in &p.milestones {
                let id = ms.id.clone();
                let owner = ms.owner.map(|o| format!(" (owner {})", cat.party_name(o)));
                m.push_inst(Inst {
                    id: id.clone(),
                    base: id,
                    p: pi,
                    origin: "milestone".into(),
                    text: format!("milestone {}{}", ms.name, owner.unwrap_or_default()),
                    owed_by: ms.owner.into_iter().collect(),
                    arises: Some(start.unwrap_or(ms.due)),
                    due: Some(ms.due),
                    fulfilled: None,
                    next: None,
                    within: None,
                });
            }
            for (oi, o) in p.obligations.iter().enumerate() {
                if o.origin != Origin::Clause || o.modality != Modality::Must {
                    continue;
                }
                if let Some(c) = &o.condition {
                    m.watch(Some(pi), c, Watch::Clause { p: pi, o: oi });
                } else if o.deadline.is_some() {
                    let due = match start {
                        Some(s) => m.due(pi, o.deadline.as_ref(), s),
                        None => match &o.deadline {
                            Some(Deadline::On(d)) => Some(*d),
                            _ => None,
                        },
                    };
                    m.push_inst(Inst {
                        id: o.id.clone(),
                        base: o.id.clone(),
                        p: pi,
                        origin: "clause".into(),
                        text: m.describe(o),
                        owed_by: parties(&o.subjects),
                        arises: start.or(due),
                        due,
                        fulfilled: None,
                        next: None,
                        within: None,
                    });
                }
            }
            for (ti, t) in p.triggers.iter().enumerate() {
                if let TriggerOn::Condition(c) = &t.on {
                    m.watch(Some(pi), c, Watch::Trigger { p: pi, t: ti });
                }
            }
            for (li, level) in p.changes.iter().flat_map(|c| &c.levels).enumerate() {
                m.watch(
                    Some(pi),
                    &level.condition,
                    Watch::Change { p: pi, level: li },
                );
            }
        }
        for (ci, c) in pf.coordinations.iter().enumerate() {
            for (ri, r) in c.rules.iter().enumerate() {
                m.watch(None, &r.condition, Watch::Coordinate { c: ci, r: ri });
            }
        }
        m
    }

    fn watch(&mut self, owner: Option<usize>, cond: &'a Cond, what: Watch) {
        let index = self.watchers.len();
        let mut keys = Vec::new();
        cond::keys(cond, owner, &mut keys);
        for key in keys {
            self.by_key.entry(key).or_default().push(index);
        }
        self.watchers.push(Watcher {
            owner,
            cond,
            prev: false,
            what,
        });
    }

    fn push_inst(&mut self, inst: Inst) -> usize {
        let index = self.insts.len();
        self.inst_ids.insert(inst.id.clone(), index);
        self.by_base
            .entry(inst.base.clone())
            .or_default()
            .push(index);
        self.insts.push(inst);
        index
    }

    fn error(&mut self, line: usize, message: String, help: Option<String>) {
        self.errors
            .push(TraceError::new(line, message).with_help(help));
    }

    fn partnership(&self, p: usize) -> Option<&'a Partnership> {
        self.cat.partnership(p)
    }

    // ---------------------------------------------------------------- lines

    pub fn apply(&mut self, entry: &Entry) {
        self.before_line(entry);
        self.advance(entry.date);
        let (date, line) = (entry.date, entry.line);
        match &entry.kind {
            Kind::Signal { p, signal, value } => {
                self.signals.insert((*p, *signal), value.clone());
                self.money.success_fees(*p, *signal, value, date, line);
                let cause = format!("signal {} = {value}", self.cat.signal_name(*signal));
                self.react(Key::Signal(*p, *signal), date, line, &cause);
            }
            Kind::Metric { p, metric, value } => {
                self.metrics.insert((*p, *metric), value.clone());
                self.readings
                    .entry((*p, *metric))
                    .or_default()
                    .push((date, value.clone()));
                let name = self
                    .partnership(*p)
                    .and_then(|x| x.metrics.get(*metric))
                    .map_or("?", |m| m.name.as_str());
                let cause = format!("metric {name} = {value}");
                self.react(Key::Metric(*p, *metric), date, line, &cause);
            }
            Kind::Event { p, event } => {
                let cause = format!("event {}", self.cat.event_name(*event));
                self.money.fees(*p, *event, date, line);
                self.event_triggers(*p, *event, date, line, &cause);
                self.dispute_notice(*p, *event, date);
                self.event_now = Some((*p, *event));
                self.react(Key::Event(*p, *event), date, line, &cause);
                self.event_now = None;
            }
            Kind::Fulfilled { id } => self.fulfil(id, date, line),
            Kind::Paid { .. } => {} // `before_line` gives it to money
            Kind::Raise { p, level } => {
                self.start_ladder(*p, LadderKind::Escalation, *level, date);
            }
            Kind::Escalate { p, ladder, to } => self.escalate(*p, ladder, *to, date, line),
            Kind::Resolved { p, ladder } => self.resolve(*p, ladder, date, line),
            Kind::Renewal { .. }
            | Kind::Terminate { .. }
            | Kind::Cured { .. }
            | Kind::Signed { .. } => self.life_line(entry),
        }
    }

    /// Processes every clock that ran out before `date`: a deadline is the
    /// last day of its step, so its end shows from the next day on.
    fn advance(&mut self, date: NaiveDate) {
        while let Some(&(at, timer)) = self.timers.first() {
            if at >= date {
                break;
            }
            self.timers.pop_first();
            match timer {
                Timer::Step(i) => self.step_due(i, at),
                Timer::Ladder(l, r) => self.ladder_due(l, r, at),
            }
        }
    }

    /// Evaluates every condition reading `key`; those that became true fire.
    fn react(&mut self, key: Key, date: NaiveDate, line: usize, cause: &str) {
        let Some(list) = self.by_key.get(&key).cloned() else {
            return;
        };
        for w in list {
            let Some((cond, owner, was, what)) = self
                .watchers
                .get(w)
                .map(|x| (x.cond, x.owner, x.prev, x.what))
            else {
                continue;
            };
            let now = cond::eval(cond, owner, self);
            // An event is true only on its own line: afterwards the
            // condition is evaluated without it, so it re-arms.
            let saved = self.event_now.take();
            let settled = if saved.is_some() {
                cond::eval(cond, owner, self)
            } else {
                now
            };
            self.event_now = saved;
            if let Some(x) = self.watchers.get_mut(w) {
                x.prev = settled;
            }
            if now && !was {
                self.fire(what, date, line, cause);
            }
        }
    }

    fn fire(&mut self, what: Watch, date: NaiveDate, line: usize, cause: &str) {
        let pf = self.cat.pf;
        match what {
            Watch::Trigger { p, t } => {
                let Some(trigger) = pf.partnerships.get(p).and_then(|x| x.triggers.get(t)) else {
                    return;
                };
                self.fire_trigger(p, trigger, date, line, cause);
            }
            Watch::Clause { p, o } => {
                let Some(partnership) = pf.partnerships.get(p) else {
                    return;
                };
                let Some(obligation) = partnership.obligations.get(o) else {
                    return;
                };
                let mut firing = Firing {
                    date,
                    line,
                    kind: "clause".into(),
                    name: obligation.id.clone(),
                    cause: cause.to_string(),
                    instantiated: Vec::new(),
                    note: None,
                };
                if partnership.in_term(date) {
                    firing
                        .instantiated
                        .extend(self.instantiate(p, obligation, "clause", date));
                } else {
                    firing.note = Some("outside the term: nothing instantiated".into());
                }
                self.firings.push((p, firing));
            }
            Watch::Change { p, level } => self.select_level(p, level, date, line, cause),
            Watch::Coordinate { c, r } => {
                let Some(coordination) = pf.coordinations.get(c) else {
                    return;
                };
                let Some(rule) = coordination.rules.get(r) else {
                    return;
                };
                let mut by_target: BTreeMap<usize, Vec<String>> = BTreeMap::new();
                for (target, o) in &rule.obligations {
                    let Some(tp) = target.target else {
                        continue;
                    };
                    let entry = by_target.entry(tp).or_default();
                    if self.partnership(tp).is_some_and(|x| x.in_term(date)) {
                        let origin = format!("coordinate.{}", coordination.name);
                        entry.extend(self.instantiate(tp, o, &origin, date));
                    }
                }
                for (tp, instantiated) in by_target {
                    let note = instantiated
                        .is_empty()
                        .then(|| "outside the term: nothing instantiated".to_string());
                    self.firings.push((
                        tp,
                        Firing {
                            date,
                            line,
                            kind: "coordinate".into(),
                            name: coordination.name.clone(),
                            cause: cause.to_string(),
                            instantiated,
                            note,
                        },
                    ));
                }
            }
        }
    }

    fn fire_trigger(
        &mut self,
        p: usize,
        trigger: &'a crate::ir::Trigger,
        date: NaiveDate,
        line: usize,
        cause: &str,
    ) {
        let mut firing = Firing {
            date,
            line,
            kind: "trigger".into(),
            name: trigger.name.clone(),
            cause: cause.to_string(),
            instantiated: Vec::new(),
            note: None,
        };
        if self.partnership(p).is_some_and(|x| x.in_term(date)) {
            let origin = format!("trigger.{}", trigger.name);
            for o in &trigger.obligations {
                firing
                    .instantiated
                    .extend(self.instantiate(p, o, &origin, date));
            }
        } else {
            firing.note = Some("outside the term: nothing instantiated".into());
        }
        self.firings.push((p, firing));
    }

    fn event_triggers(
        &mut self,
        p: usize,
        event: usize,
        date: NaiveDate,
        line: usize,
        cause: &str,
    ) {
        let Some(partnership) = self.partnership(p) else {
            return;
        };
        for trigger in &partnership.triggers {
            if matches!(trigger.on, TriggerOn::Event(e) if e == event) {
                self.fire_trigger(p, trigger, date, line, cause);
            }
        }
    }

    /// A duty that arises on `date`: `None` for permissions, prohibitions
    /// and duties whose own `when` does not hold.
    fn instantiate(
        &mut self,
        p: usize,
        o: &Obligation,
        origin: &str,
        date: NaiveDate,
    ) -> Option<String> {
        if o.modality != Modality::Must {
            return None;
        }
        if let Some(c) = &o.condition {
            if !cond::eval(c, Some(p), self) {
                return None;
            }
        }
        let due = self.due(p, o.deadline.as_ref(), date);
        let id = unique(&self.inst_ids, format!("{}@{date}", o.id));
        self.push_inst(Inst {
            id: id.clone(),
            base: o.id.clone(),
            p,
            origin: origin.to_string(),
            text: self.describe(o),
            owed_by: parties(&o.subjects),
            arises: Some(date),
            due,
            fulfilled: None,
            next: None,
            within: None,
        });
        Some(id)
    }

    /// The due date of a deadline counted from `from` on `p`'s calendar.
    fn due(&mut self, p: usize, deadline: Option<&Deadline>, from: NaiveDate) -> Option<NaiveDate> {
        let partnership = self.partnership(p)?;
        let due = match deadline? {
            Deadline::On(d) => Some(*d),
            Deadline::Within { duration, from: of } => {
                if let Some(word) = of {
                    self.notes.insert(format!(
                        "`within {duration} of {word}` counts from the date the duty arises"
                    ));
                }
                duration.after(from, &partnership.calendar)
            }
            Deadline::Before(anchor) => {
                let at = match anchor {
                    Anchor::End => partnership.term.map(|t| t.end),
                    Anchor::RenewalDecision => partnership.term.and_then(|t| {
                        partnership
                            .renewal
                            .as_ref()
                            .and_then(|r| r.decision_due.as_ref())
                            .and_then(|(d, _)| d.before(t.end, &partnership.calendar))
                    }),
                    Anchor::Milestone(r) => r
                        .target
                        .and_then(|t| self.partnership(t.partnership)?.milestones.get(t.index))
                        .map(|m| m.due),
                };
                at.and_then(|d| d.pred_opt())
            }
        };
        if due.is_none() {
            self.notes.insert(format!(
                "a deadline in `{}` could not be dated; the duty has no due date",
                partnership.name
            ));
        }
        due
    }

    fn describe(&self, o: &Obligation) -> String {
        let who: Vec<String> = o
            .subjects
            .iter()
            .map(|s| self.cat.actor_name(s.actor))
            .collect();
        let mut text = format!("{} must {}", who.join(", "), o.action);
        if !o.objects.is_empty() {
            text.push(' ');
            text.push_str(&o.objects.join(" and "));
        }
        text
    }

    // ---------------------------------------------------------------- changes

    fn select_level(&mut self, p: usize, level: usize, date: NaiveDate, line: usize, cause: &str) {
        let Some(partnership) = self.partnership(p) else {
            return;
        };
        let Some(lv) = partnership
            .changes
            .as_ref()
            .and_then(|c| c.levels.get(level))
        else {
            return;
        };
        let mut firing = Firing {
            date,
            line,
            kind: "change".into(),
            name: lv.name.clone(),
            cause: cause.to_string(),
            instantiated: Vec::new(),
            note: None,
        };
        if !partnership.in_term(date) {
            firing.note = Some("outside the term: nothing instantiated".into());
            self.firings.push((p, firing));
            return;
        }
        let everyone: Vec<usize> = partnership.parties.iter().map(|b| b.party).collect();
        let mut previous: Option<usize> = None;
        for (step, base) in lv.pathway.iter().zip(pathway_ids(lv)) {
            let who: Vec<String> = step
                .by
                .iter()
                .map(|a| self.cat.actor_name(a.actor))
                .collect();
            let text = if who.is_empty() {
                step.action.clone()
            } else {
                format!("{} by {}", step.action, who.join(", "))
            };
            let owed_by = if step.by.is_empty() {
                everyone.clone()
            } else {
                parties(&step.by)
            };
            let id = unique(&self.inst_ids, format!("{base}@{date}"));
            firing.instantiated.push(id.clone());
            let index = self.push_inst(Inst {
                id,
                base,
                p,
                origin: format!("change.{}", lv.name),
                text,
                owed_by,
                arises: None,
                due: None,
                fulfilled: None,
                next: None,
                within: step.within,
            });
            match previous {
                None => self.start_step(index, date),
                Some(before) => {
                    if let Some(b) = self.insts.get_mut(before) {
                        b.next = Some(index);
                        self.before.entry(index).or_insert(before);
                    }
                }
            }
            previous = Some(index);
        }
        self.firings.push((p, firing));
    }

    fn start_step(&mut self, index: usize, date: NaiveDate) {
        let Some(inst) = self.insts.get(index) else {
            return;
        };
        let calendar = self.partnership(inst.p).map(|x| &x.calendar);
        let due = match (inst.within, calendar) {
            (Some(w), Some(cal)) => w.after(date, cal),
            _ => None,
        };
        if let Some(inst) = self.insts.get_mut(index) {
            inst.arises = Some(date);
            inst.due = due;
        }
        if let Some(d) = due {
            self.timers.insert((d.max(date), Timer::Step(index)));
        }
    }

    /// A pathway step reached its due date: unfulfilled, the next one starts.
    fn step_due(&mut self, index: usize, at: NaiveDate) {
        let Some(inst) = self.insts.get(index) else {
            return;
        };
        if inst.fulfilled.is_some() {
            return;
        }
        if let Some(next) = inst.next {
            if self.insts.get(next).is_some_and(|n| n.arises.is_none()) {
                self.start_step(next, at);
            }
        }
    }

    // ---------------------------------------------------------------- fulfilment

    fn fulfil(&mut self, id: &str, date: NaiveDate, line: usize) {
        let index = match self.inst_ids.get(id) {
            Some(&i) => i,
            None => {
                let base = id.split('@').next().unwrap_or(id);
                let all: Vec<usize> = self.by_base.get(base).cloned().unwrap_or_default();
                let instances: Vec<String> = all
                    .iter()
                    .filter_map(|&i| self.insts.get(i).map(|x| x.id.clone()))
                    .collect();
                if id.contains('@') {
                    let help = if instances.is_empty() {
                        None
                    } else {
                        Some(format!("instances so far: {}", instances.join(", ")))
                    };
                    self.error(line, format!("no obligation `{id}` has arisen"), help);
                    return;
                }
                let open: Vec<usize> = all
                    .iter()
                    .copied()
                    .filter(|&i| {
                        self.insts
                            .get(i)
                            .is_some_and(|x| x.fulfilled.is_none() && x.arises.is_some())
                    })
                    .collect();
                match open.as_slice() {
                    [one] => *one,
                    [] if instances.is_empty() => {
                        self.error(
                            line,
                            format!("`{id}` has not arisen by {date}"),
                            Some("its trigger has not fired, or its level was not selected".into()),
                        );
                        return;
                    }
                    [] => {
                        let pending = all.iter().find_map(|&i| {
                            self.insts
                                .get(i)
                                .filter(|x| x.fulfilled.is_none() && x.arises.is_none())
                        });
                        if let Some(pending) = pending {
                            let message = if self.resolved_before(pending) {
                                format!(
                                    "`{}` never arose: the step before it was resolved in time",
                                    pending.id
                                )
                            } else {
                                format!(
                                    "`{}` has not started: the step before it is still open",
                                    pending.id
                                )
                            };
                            self.error(line, message, None);
                            return;
                        }
                        self.error(
                            line,
                            format!("no instance of `{id}` is open on {date}"),
                            Some(format!("instances so far: {}", instances.join(", "))),
                        );
                        return;
                    }
                    _ => {
                        let ids: Vec<String> = open
                            .iter()
                            .filter_map(|&i| self.insts.get(i).map(|x| x.id.clone()))
                            .collect();
                        self.error(
                            line,
                            format!("`{id}` has {} open instances", ids.len()),
                            Some(format!("name one: {}", ids.join(", "))),
                        );
                        return;
                    }
                }
            }
        };
        let Some(inst) = self.insts.get(index) else {
            return;
        };
        if let Some(before) = inst.fulfilled {
            let message = format!("`{}` was already fulfilled on {before}", inst.id);
            self.error(line, message, None);
            return;
        }
        if inst.arises.is_none() {
            let message = if self.resolved_before(inst) {
                format!(
                    "`{}` never arose: the step before it was resolved in time",
                    inst.id
                )
            } else {
                format!(
                    "`{}` has not started: the step before it is still open",
                    inst.id
                )
            };
            self.error(line, message, None);
            return;
        }
        // A step resolved in time ends its pathway: the later steps arise
        // only when it is unresolved at its deadline (`step_due`).
        if let Some(inst) = self.insts.get_mut(index) {
            inst.fulfilled = Some(date);
        }
    }

    // ---------------------------------------------------------------- the end

    /// Runs the clocks to `as_of` (a deadline on `as_of` itself is still
    /// running), computes what accrues per period: the final state (or
    /// every error of state).
    pub fn finish(mut self, as_of: Option<NaiveDate>) -> Result<Final<'a>, Vec<TraceError>> {
        if let Some(a) = as_of {
            self.health_through(a);
            self.advance(a);
            let history = History {
                metrics: &self.readings,
                signals: &self.signal_history,
                insts: &self.insts,
                inst_ids: &self.inst_ids,
            };
            self.money.accrue(a, &history);
        }
        let money = std::mem::replace(&mut self.money, Accounts::new(self.cat));
        let (ledger, money_errors) = money.close();
        // The engine's errors and money's are about different lines (money
        // errs on readings, events, `paid` lines and line 0), so this keeps
        // the order in which they were found.
        self.errors.extend(money_errors);
        if !self.errors.is_empty() {
            let mut errors = std::mem::take(&mut self.errors);
            errors.sort_by_key(|e| e.line);
            return Err(errors);
        }
        let not_needed = self.insts.iter().map(|i| self.resolved_before(i)).collect();
        let mut notes = self.notes;
        notes.extend(ledger.notes);
        Ok(Final {
            cat: self.cat,
            not_needed,
            insts: self.insts,
            firings: self.firings,
            ladders: self.ladders,
            payments: ledger.payments,
            bonus_periods: ledger.bonus_periods,
            notes,
            health: self.scoring.health,
            invoices: ledger.invoices,
        })
    }
}

/// The parties of a list of subjects, in order, once each.
fn parties(subjects: &[ActorRef]) -> Vec<usize> {
    let mut out = Vec::new();
    for s in subjects {
        if let Some(p) = s.actor.party() {
            if !out.contains(&p) {
                out.push(p);
            }
        }
    }
    out
}
