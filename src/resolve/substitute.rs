//! Template parameters replaced by their arguments, over a template body.
//!
//! A parameter can stand where a quantity is expected (`within response`),
//! where a role, event, signal or metric is named (`by mediator`,
//! `disputes on notice_event`), and inside conditions (`when over >
//! threshold`). The argument's own syntax (with its spans, in the file that
//! uses the template) takes the parameter's place, so later diagnostics
//! point at the argument the user wrote.

use crate::syntax::ast::*;
use std::collections::BTreeMap;

#[derive(Debug, Default)]
pub struct Bindings {
    values: BTreeMap<String, Expr>,
}

impl Bindings {
    pub fn insert(&mut self, name: String, value: Expr) {
        self.values.insert(name, value);
    }

    fn bound_path(&self, name: &str) -> Option<&Path> {
        match self.values.get(name).map(|e| &e.kind) {
            Some(ExprKind::Path(path)) => Some(path),
            _ => None,
        }
    }

    fn quantity(&self, q: &mut Quantity) {
        if let Some(param) = &q.param {
            if let Some(ExprKind::Quantity(value)) = self.values.get(&param.name).map(|e| &e.kind) {
                *q = value.clone();
            }
        }
        if let Some(per) = &mut q.per {
            self.ident(per);
        }
    }

    fn opt_quantity(&self, q: &mut Option<Quantity>) {
        if let Some(q) = q {
            self.quantity(q);
        }
    }

    /// A single name (an event, a metric) bound to a one-word argument.
    fn ident(&self, ident: &mut Ident) {
        if let Some(path) = self.bound_path(&ident.name) {
            if let [only] = path.segments.as_slice() {
                *ident = only.clone();
            }
        }
    }

    fn path(&self, path: &mut Path) {
        if let [only] = path.segments.as_slice() {
            if let Some(bound) = self.bound_path(&only.name) {
                *path = bound.clone();
            }
        }
    }

    fn paths(&self, paths: &mut [Path]) {
        for path in paths {
            self.path(path);
        }
    }

    fn expr(&self, expr: &mut Expr) {
        match &mut expr.kind {
            ExprKind::Path(path) => {
                if let [only] = path.segments.as_slice() {
                    if let Some(value) = self.values.get(&only.name) {
                        *expr = value.clone();
                    }
                }
            }
            ExprKind::Quantity(q) => self.quantity(q),
            ExprKind::PercentOf(a, b)
            | ExprKind::Arith(_, a, b)
            | ExprKind::Compare(_, a, b)
            | ExprKind::And(a, b)
            | ExprKind::Or(a, b) => {
                self.expr(a);
                self.expr(b);
            }
            ExprKind::Neg(a) | ExprKind::Not(a) => self.expr(a),
            ExprKind::Number(_)
            | ExprKind::Percent(_)
            | ExprKind::Date(_)
            | ExprKind::Text(_)
            | ExprKind::Bool(_)
            | ExprKind::Error => {}
        }
    }

    fn obligation(&self, o: &mut Obligation) {
        self.paths(&mut o.subjects);
        self.ident(&mut o.action);
        self.paths(&mut o.objects);
        if let Some(deadline) = &mut o.deadline {
            match deadline {
                Deadline::Within { duration, of, .. } => {
                    self.quantity(duration);
                    if let Some(of) = of {
                        self.ident(of);
                    }
                }
                Deadline::Before(anchor) => {
                    if let Anchor::Milestone(path) = &mut anchor.value {
                        self.path(path);
                    }
                }
                Deadline::ByDate(_) | Deadline::ByDay(_) => {}
            }
        }
        if let Some(condition) = &mut o.condition {
            self.expr(condition);
        }
    }

    fn schedule(&self, s: &mut Schedule) {
        if let CadenceKind::Every(q) = &mut s.cadence.value {
            self.quantity(q);
        }
        self.opt_quantity(&mut s.length);
        self.paths(&mut s.with);
        if let Some(via) = &mut s.via {
            if let Channel::Param(name) = &via.channel {
                if let Some(arg) = self.values.get(&name.name) {
                    if let ExprKind::Text(text) = &arg.kind {
                        via.channel = Channel::Text(Sp {
                            value: text.clone(),
                            span: arg.span,
                        });
                    }
                }
            }
        }
    }

    pub fn clause(&self, clause: &mut Clause) {
        match &mut clause.kind {
            ClauseKind::Use(u) => {
                for arg in u.args.iter_mut().flatten() {
                    self.expr(&mut arg.value);
                }
            }
            ClauseKind::Parties(bindings) => {
                for b in bindings {
                    self.ident(&mut b.party);
                }
            }
            ClauseKind::Term(term) => {
                if let TermEnd::For(q) = &mut term.end {
                    self.quantity(q);
                }
            }
            ClauseKind::Currency(c) => self.ident(c),
            ClauseKind::Timezone(_)
            | ClauseKind::Calendar(_)
            | ClauseKind::Law(_)
            | ClauseKind::Venue(_)
            | ClauseKind::Error => {}
            ClauseKind::Metric(m) => {
                if let Some(target) = &mut m.target {
                    self.expr(&mut target.value);
                }
            }
            ClauseKind::Weights(stages) => {
                for stage in stages {
                    self.opt_quantity(&mut stage.after);
                }
            }
            ClauseKind::Meeting(m) => self.schedule(&mut m.schedule),
            ClauseKind::Review(r) => {
                self.schedule(&mut r.schedule);
                for item in &mut r.items {
                    match item {
                        ReviewItem::Adjust {
                            objects, condition, ..
                        } => {
                            self.paths(objects);
                            self.expr(condition);
                        }
                        ReviewItem::Obligation(o) => self.obligation(o),
                        ReviewItem::Error => {}
                    }
                }
            }
            ClauseKind::Escalation(levels) => {
                for level in levels {
                    if let Some(c) = &mut level.condition {
                        self.expr(c);
                    }
                    self.paths(&mut level.handlers);
                    self.quantity(&mut level.within);
                }
            }
            ClauseKind::Disputes(d) => {
                self.ident(&mut d.event);
                for step in &mut d.steps {
                    self.paths(&mut step.by);
                    self.opt_quantity(&mut step.within);
                    self.paths(&mut step.requires);
                }
            }
            ClauseKind::Changes(items) => {
                for item in items {
                    match item {
                        ChangeItem::Level(level) => {
                            self.expr(&mut level.condition);
                            for step in &mut level.pathway {
                                self.paths(&mut step.by);
                                self.opt_quantity(&mut step.within);
                            }
                        }
                        ChangeItem::Authority { who, .. } => self.paths(who),
                        ChangeItem::Error => {}
                    }
                }
            }
            ClauseKind::Pay(pay) => {
                self.ident(&mut pay.payee);
                if let Some(payer) = &mut pay.payer {
                    self.ident(payer);
                }
                for item in &mut pay.items {
                    self.pay_item(item);
                }
            }
            ClauseKind::Invoice(invoice) => self.opt_quantity(&mut invoice.net),
            ClauseKind::Health(_) => {}
            ClauseKind::Trigger(t) => {
                match &mut t.on {
                    TriggerOn::When(condition) => self.expr(condition),
                    TriggerOn::Event(event) => self.ident(event),
                }
                for o in &mut t.obligations {
                    self.obligation(o);
                }
            }
            ClauseKind::Obligation(o) => self.obligation(o),
            ClauseKind::Grant(g) => {
                self.ident(&mut g.grantee);
                self.ident(&mut g.resource);
            }
            ClauseKind::Milestone(m) => {
                if let Some(owner) = &mut m.owner {
                    self.ident(owner);
                }
                self.paths(&mut m.requires);
            }
            ClauseKind::Survey(s) => self.paths(&mut s.by),
            ClauseKind::Report(r) => self.paths(&mut r.by),
            ClauseKind::Governance(items) => {
                for item in items {
                    match item {
                        GovernanceItem::Tier(tier) => self.paths(&mut tier.members),
                        GovernanceItem::Evolves { after, tiers, .. } => {
                            self.quantity(after);
                            for tier in tiers {
                                self.paths(&mut tier.members);
                            }
                        }
                        GovernanceItem::Error => {}
                    }
                }
            }
            ClauseKind::Renewal(items) => {
                for item in items {
                    match item {
                        RenewalItem::WindowOpens { before_end, .. }
                        | RenewalItem::DecisionDue { before_end, .. } => self.quantity(before_end),
                        RenewalItem::Default { renew_for, .. } => self.opt_quantity(renew_for),
                        RenewalItem::Criteria { condition, .. } => self.expr(condition),
                        RenewalItem::Error => {}
                    }
                }
            }
            ClauseKind::Termination(items) => {
                for item in items {
                    match item {
                        TerminationItem::ForCause { cure, .. } => self.opt_quantity(cure),
                        TerminationItem::ForConvenience { notice, .. } => self.opt_quantity(notice),
                        TerminationItem::Error => {}
                    }
                }
            }
            ClauseKind::Exit(items) => {
                for item in items {
                    match item {
                        ExitItem::Notice { period, .. } => self.quantity(period),
                        ExitItem::Transition {
                            length,
                            obligations,
                            ..
                        } => {
                            self.quantity(length);
                            for o in obligations {
                                self.obligation(o);
                            }
                        }
                        ExitItem::Error => {}
                    }
                }
            }
            ClauseKind::Survives(s) => {
                self.quantity(&mut s.length);
                for o in &mut s.obligations {
                    self.obligation(o);
                }
            }
        }
    }

    fn pay_item(&self, item: &mut PayItem) {
        match item {
            PayItem::Retainer {
                amount, indexed, ..
            } => {
                self.quantity(amount);
                if let Some(ix) = indexed {
                    self.ident(&mut ix.signal);
                }
            }
            PayItem::Share(share) => {
                self.path(&mut share.base);
                for band in &mut share.bands {
                    self.opt_quantity(&mut band.up_to);
                }
                self.opt_quantity(&mut share.cap);
            }
            PayItem::EarlyBonus {
                milestone,
                amount,
                cap,
                ..
            } => {
                self.path(milestone);
                self.quantity(amount);
                self.opt_quantity(cap);
            }
            PayItem::Invoice(invoice) => self.opt_quantity(&mut invoice.net),
            PayItem::Fee { amount, .. } => self.quantity(amount),
            PayItem::Bonus(bonus) => {
                self.ident(&mut bonus.metric);
                for tier in &mut bonus.tiers {
                    self.expr(&mut tier.condition);
                    self.expr(&mut tier.pays);
                }
            }
            PayItem::SuccessFee { share, cap, .. } => {
                self.expr(share);
                self.opt_quantity(cap);
            }
            PayItem::Penalty {
                milestone,
                amount,
                cap,
                ..
            } => {
                self.path(milestone);
                self.quantity(amount);
                self.opt_quantity(cap);
            }
            PayItem::Error => {}
        }
    }
}
