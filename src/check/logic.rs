//! Each contract's own logic (E03xx, design §6): dates that cannot work,
//! ladders that cannot be climbed, weights, change levels and bonus tiers
//! that overlap, leave gaps or pay backwards, conditions that never hold,
//! and duties that are both required and forbidden.
//!
//! Everything here reads the typed model only. Levels and tiers become
//! interval formulas (`check::intervals`); anything the analysis cannot
//! represent (a signal compared with another signal) gets a note saying so,
//! never a verdict.

use super::intervals::{self, Formula, Op, Verdict};
use crate::diagnostics::{Diagnostic, Span};
use crate::ir::dates::{self, BusinessCalendar};
use crate::ir::values::{Duration, DurationUnit, Value};
use crate::ir::{self, Actor, Cond, Operand, Partnership, Portfolio};
use crate::vocab::{CmpOp, Modality};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use std::collections::BTreeMap;

mod bonuses;
mod life;
mod overlaps;

pub fn check(portfolio: &Portfolio, diagnostics: &mut Vec<Diagnostic>) {
    super::health::check(portfolio, diagnostics);
    for p in &portfolio.partnerships {
        let before = diagnostics.len();
        let mut c = Checker {
            portfolio,
            p,
            diagnostics,
        };
        c.renewal_and_notice();
        c.milestones();
        c.cadences();
        c.disputes();
        c.escalation();
        c.weights();
        c.changes();
        c.bonuses();
        c.conditions();
        c.obliged_and_forbidden();
        super::dated::check(p, c.diagnostics);
        c.life();
        p.point_at_uses(diagnostics.get_mut(before..).unwrap_or_default());
    }
}

struct Checker<'a> {
    portfolio: &'a Portfolio,
    p: &'a Partnership,
    diagnostics: &'a mut Vec<Diagnostic>,
}

/// Longest and shortest number of calendar days a duration can span, on a
/// calendar with `workdays` working days a week (holidays aside).
fn day_bounds(d: &Duration, calendar: &BusinessCalendar) -> (Decimal, Decimal) {
    if d.unit == DurationUnit::BusinessDay {
        let per_week = Decimal::from(calendar.workdays_per_week().max(1));
        let weeks_lo = (d.amount / per_week).floor();
        let rest = d.amount - weeks_lo * per_week;
        let lo = weeks_lo
            .saturating_mul(Decimal::from(7))
            .saturating_add(rest);
        let hi = (d.amount / per_week)
            .ceil()
            .saturating_mul(Decimal::from(7));
        return (lo, hi.max(lo));
    }
    let (lo, hi) = d.minutes_bounds();
    let day = Decimal::from(24 * 60);
    (lo / day, hi / day)
}

impl Checker<'_> {
    fn error(&mut self, d: Diagnostic) {
        self.diagnostics.push(d);
    }

    fn term(&self) -> Option<ir::Term> {
        self.p.term
    }

    // ------------------------------------------------------------ dates

    fn renewal_and_notice(&mut self) {
        let Some(term) = self.term() else { return };
        let calendar = &self.p.calendar;
        let renewal = self.p.renewal.as_ref();
        let window = renewal
            .and_then(|r| r.window_opens.as_ref())
            .map(|(d, s)| (d.before(term.end, calendar), *d, *s));
        let decision = renewal
            .and_then(|r| r.decision_due.as_ref())
            .map(|(d, s)| (d.before(term.end, calendar), *d, *s));
        let mut found = Vec::new();
        if let (Some((Some(w), wd, ws)), Some((Some(dd), dd_d, ds))) = (window, decision) {
            if w > dd {
                found.push(
                    Diagnostic::error("E0302", format!("the renewal window opens on {w}, after the decision is due on {dd}"), ws)
                        .with_primary_label(format!("{wd} before the end ({}) is {w}", term.end))
                        .with_label(ds, format!("{dd_d} before the end is {dd}"))
                        .with_help("the window must open before the decision: open it earlier than the decision is due"),
                );
            }
        }
        for (what, item) in [
            ("renewal window opens", window),
            ("renewal decision is due", decision),
        ] {
            if let Some((Some(date), d, span)) = item {
                if date < term.start {
                    found.push(
                        Diagnostic::error(
                            "E0302",
                            format!(
                                "the {what} on {date}, before the term starts on {}",
                                term.start
                            ),
                            span,
                        )
                        .with_primary_label(format!("{d} before the end ({}) is {date}", term.end))
                        .with_label(term.span, "the term")
                        .with_help(format!(
                            "count it from closer to the end: the term has {} days, from {} to {}",
                            (term.end - term.start).num_days() + 1,
                            term.start,
                            term.end
                        )),
                    );
                }
            }
        }
        if found.is_empty() {
            found.extend(self.renewed_term_too_short(term));
        }
        if let (Some((Some(decision_date), _, ds)), Some(exit)) = (decision, self.p.exit.as_ref()) {
            if let Some((notice, ns)) = &exit.notice {
                if let Some(last_notice) = notice.before(term.end, calendar) {
                    if last_notice < decision_date {
                        found.push(
                            Diagnostic::error(
                                "E0303",
                                format!("non-renewal notice must be given by {last_notice}, before the renewal decision is due on {decision_date}"),
                                *ns,
                            )
                            .with_primary_label(format!("{notice} before the end ({}) is {last_notice}", term.end))
                            .with_label(ds, format!("the decision is due on {decision_date}"))
                            .with_note("a decision not to renew would come too late to give notice")
                            .with_help("make the decision due earlier, or the notice period shorter"),
                        );
                    }
                }
            }
        }
        for d in found {
            self.error(d);
        }
    }

    /// E0302 on the renewed term (design §10.3: "the next renewal window
    /// follows the same rule"): a term renewed for less than the renewal's
    /// lead would have its window or decision before it starts.
    fn renewed_term_too_short(&self, term: ir::Term) -> Option<Diagnostic> {
        let renewal = self.p.renewal.as_ref()?;
        let (start, end) = ir::renewal::next_term(self.p, term.end, term)?;
        let calendar = &self.p.calendar;
        let early = [
            ("opens", renewal.window_opens.as_ref()),
            ("is due", renewal.decision_due.as_ref()),
        ]
        .into_iter()
        .filter_map(|(what, lead)| {
            let (d, span) = lead?;
            let date = d.before(end, calendar)?;
            (date < start).then_some((what, *d, *span, date))
        })
        .collect::<Vec<_>>();
        let (what, lead, span, date) = *early.first()?;
        let length = renewal.renews.flatten();
        let subject = if what == "opens" {
            "renewal window"
        } else {
            "renewal decision"
        };
        let mut d = Diagnostic::error(
            "E0302",
            format!("the renewed term runs from {start} to {end}, too short for its renewal: its {subject} {what} on {date}, before it starts"),
            span,
        )
        .with_primary_label(format!("{lead} before the renewed term's end ({end}) is {date}"));
        if let (Some(length), Some(default)) = (length, renewal.default_span) {
            d = d.with_label(default, format!("renewed for {length}"));
        }
        Some(
            d.with_note(
                "each renewed term has its own window and decision, counted back from its own end",
            )
            .with_help(format!(
                "renew for longer than {lead}, or count the {subject} from closer to the end"
            )),
        )
    }

    fn milestones(&mut self) {
        let Some(term) = self.term() else { return };
        let mut found = Vec::new();
        for m in &self.p.milestones {
            if m.due < term.start || m.due > term.end {
                found.push(
                    Diagnostic::error(
                        "E0304",
                        format!(
                            "the milestone `{}` is due on {}, outside the term",
                            m.name, m.due
                        ),
                        m.span,
                    )
                    .with_primary_label(format!("due {}", m.due))
                    .with_label(
                        term.span,
                        format!("the term runs from {} to {}", term.start, term.end),
                    )
                    .with_help(format!(
                        "give a due date from {} to {}, or lengthen the term",
                        term.start, term.end
                    )),
                );
            }
        }
        for d in found {
            self.error(d);
        }
    }

    fn cadences(&mut self) {
        let Some(term) = self.term() else { return };
        let calendar = &self.p.calendar;
        let mut found = Vec::new();
        let mut check =
            |name: &str, what: &str, cadence: dates::Cadence, adjust: dates::Adjust, span: Span| {
                if dates::occurrences(cadence, adjust, term.start, term.end, calendar)
                    .next()
                    .is_none()
                {
                    found.push(
                        Diagnostic::error(
                            "E0305",
                            format!("the {what} `{name}` never happens in the term"),
                            span,
                        )
                        .with_primary_label(match cadence {
                            dates::Cadence::Once(d) => format!("{d} is outside the term"),
                            _ => "no date of this cadence falls in the term".to_string(),
                        })
                        .with_label(
                            term.span,
                            format!("the term runs from {} to {}", term.start, term.end),
                        ),
                    );
                }
            };
        for m in &self.p.meetings {
            let what = if m.kind == ir::MeetingKind::Review {
                "review"
            } else {
                "meeting"
            };
            check(&m.name, what, m.cadence, m.adjust, m.span);
        }
        for s in &self.p.surveys {
            check(&s.name, "survey", s.cadence, dates::Adjust::None, s.span);
        }
        for r in &self.p.reports {
            check(&r.name, "report", r.cadence, dates::Adjust::None, r.span);
        }
        for d in found {
            self.error(d);
        }
    }

    // ------------------------------------------------------------ ladders

    fn disputes(&mut self) {
        let Some(disputes) = &self.p.disputes else {
            return;
        };
        let calendar = &self.p.calendar;
        let mut found = Vec::new();
        // The latest the chain of earlier steps can end, counted from the
        // notice, if each step takes all its time: (shortest, longest).
        let mut chain = (Decimal::ZERO, Decimal::ZERO);
        let mut chain_known = true;
        let mut earlier: Vec<&ir::DisputeStep> = Vec::new();
        for step in &disputes.steps {
            match (step.within, step.from_notice) {
                (Some(within), true) => {
                    let (_, hi) = day_bounds(&within, calendar);
                    if chain_known && chain.0 > hi && !earlier.is_empty() {
                        let mut d = Diagnostic::error(
                            "E0306",
                            format!(
                                "the step `{}` is due before the steps before it can end",
                                step.name
                            ),
                            step.span,
                        )
                        .with_primary_label(format!("due {within} after the notice"))
                        .with_note(format!(
                            "the earlier steps may take {} days or more after the notice",
                            chain.0.normalize()
                        ));
                        for e in &earlier {
                            d = d.with_label(e.span, "an earlier step");
                        }
                        found.push(
                            d.with_help("give this step more time, or the earlier steps less"),
                        );
                    }
                    chain = (
                        chain.0.max(day_bounds(&within, calendar).0),
                        chain.1.max(hi),
                    );
                }
                (Some(within), false) => {
                    let (lo, hi) = day_bounds(&within, calendar);
                    chain = (chain.0.saturating_add(lo), chain.1.saturating_add(hi));
                }
                (None, _) => chain_known = false,
            }
            earlier.push(step);
        }
        if let Some(last) = disputes.steps.last() {
            if !last.binding {
                found.push(
                    Diagnostic::warning("E0307", format!("the last dispute step `{}` is not binding", last.name), last.span)
                        .with_primary_label("a dispute that reaches this step may still not be settled")
                        .with_help("end the ladder with a binding step, like `step arbitration by neutral binding`"),
                );
            }
        }
        for d in found {
            self.error(d);
        }
    }

    fn escalation(&mut self) {
        let calendar = &self.p.calendar;
        let mut found = Vec::new();
        for pair in self.p.escalation.windows(2) {
            let [lower, higher] = pair else { continue };
            let (_, higher_hi) = day_bounds(&higher.within, calendar);
            let (lower_lo, _) = day_bounds(&lower.within, calendar);
            if higher_hi < lower_lo {
                found.push(
                    Diagnostic::warning(
                        "E0316",
                        format!("`{}` allows less time ({}) than the level below it ({})", higher.name, higher.within, lower.within),
                        higher.span,
                    )
                    .with_primary_label(format!("{}", higher.within))
                    .with_label(lower.span, format!("{}", lower.within))
                    .with_note("each rung is the time allowed at that level; higher levels usually get more time, not less"),
                );
            }
        }
        for d in found {
            self.error(d);
        }
    }

    // ------------------------------------------------------------ weights

    fn weights(&mut self) {
        let mut found = Vec::new();
        let mut previous: Option<&ir::WeightStage> = None;
        for (index, stage) in self.p.weights.iter().enumerate() {
            let total = stage
                .weights
                .iter()
                .fold(Decimal::ZERO, |sum, (_, w)| sum.saturating_add(*w));
            if total != Decimal::ONE_HUNDRED {
                found.push(
                    Diagnostic::error(
                        "E0308",
                        format!("these weights add up to {}%, not 100%", total.normalize()),
                        stage.span,
                    )
                    .with_primary_label(format!("{}% in all", total.normalize()))
                    .with_help("the tier weights of a stage must add up to exactly 100%"),
                );
            }
            match (previous, stage.after) {
                (None, Some(_)) if index == 0 => found.push(
                    Diagnostic::error(
                        "E0309",
                        "the first stage of weights must be `from start`",
                        stage.span,
                    )
                    .with_primary_label("the weights before this stage are not given")
                    .with_help("begin with `from start: ...`"),
                ),
                (Some(prev), Some(after)) => {
                    let later = match prev.after {
                        None => true,
                        Some(prev_after) => starts_later(&after, &prev_after),
                    };
                    if !later {
                        found.push(
                            Diagnostic::error(
                                "E0309",
                                "the stages of weights are out of order",
                                stage.span,
                            )
                            .with_primary_label(format!("after {after}"))
                            .with_label(prev.span, "this stage does not start earlier")
                            .with_help("list the stages in the order they take effect"),
                        );
                    }
                }
                (Some(prev), None) => found.push(
                    Diagnostic::error("E0309", "`from start` must be the first stage", stage.span)
                        .with_primary_label("another `from start`, or one after a later stage")
                        .with_label(prev.span, "an earlier stage"),
                ),
                _ => {}
            }
            previous = Some(stage);
        }
        for d in found {
            self.error(d);
        }
    }

    // ------------------------------------------------------------ levels and tiers

    /// The variable and a value formatter for an operand.
    fn var_name(&self, operand: &Operand) -> Option<String> {
        match operand {
            Operand::Signal {
                signal,
                partnership,
            } => {
                let name = self.portfolio.signals.get(*signal)?.name.clone();
                Some(match partnership {
                    Some(p) => format!("{p}.{name}"),
                    None => name,
                })
            }
            Operand::Metric(index) => self.p.metrics.get(*index).map(|m| m.name.clone()),
            Operand::PartnerMetric {
                partnership, name, ..
            } => Some(format!("{partnership}.{name}")),
            _ => None,
        }
    }

    fn formula(&self, cond: &Cond) -> Formula {
        match cond {
            Cond::Const(true) => Formula::True,
            Cond::Const(false) => Formula::False,
            Cond::And(a, b) => Formula::And(vec![self.formula(a), self.formula(b)]),
            Cond::Or(a, b) => Formula::Or(vec![self.formula(a), self.formula(b)]),
            Cond::Not(a) => Formula::Not(Box::new(self.formula(a))),
            Cond::Event(_) => Formula::Opaque,
            Cond::Compare { op, lhs, rhs, .. } => {
                let op = to_op(*op);
                match (lhs, rhs) {
                    (var, Operand::Value(v)) => match (self.var_name(var), v.magnitude()) {
                        (Some(name), Some(x)) => Formula::cmp(name, op, x),
                        _ => Formula::Opaque,
                    },
                    (Operand::Value(v), var) => match (self.var_name(var), v.magnitude()) {
                        (Some(name), Some(x)) => Formula::cmp_reversed(x, op, name),
                        _ => Formula::Opaque,
                    },
                    _ => Formula::Opaque,
                }
            }
        }
    }

    /// How values of `var` are printed (with `%` for percentages).
    fn unit_of(&self, cond: &Cond) -> &'static str {
        match cond {
            Cond::Compare { lhs, rhs, .. } => match (lhs, rhs) {
                (_, Operand::Value(Value::Percent(_))) | (Operand::Value(Value::Percent(_)), _) => {
                    "%"
                }
                _ => "",
            },
            Cond::And(a, b) | Cond::Or(a, b) => {
                let u = self.unit_of(a);
                if u.is_empty() {
                    self.unit_of(b)
                } else {
                    u
                }
            }
            Cond::Not(a) => self.unit_of(a),
            _ => "",
        }
    }

    fn changes(&mut self) {
        let Some(changes) = &self.p.changes else {
            return;
        };
        let levels: Vec<(&ir::ChangeLevel, Formula)> = changes
            .levels
            .iter()
            .map(|l| (l, self.formula(&l.condition)))
            .collect();
        let unit = levels
            .first()
            .map_or("", |(l, _)| self.unit_of(&l.condition));
        let show = |x: Decimal| format!("{}{unit}", x.normalize());
        let analysable = levels.iter().all(|(_, f)| f.is_analysable());
        let mut found = overlaps::overlaps(
            &levels
                .iter()
                .map(|(l, f)| overlaps::Level {
                    name: &l.name,
                    span: l.span,
                    formula: f,
                })
                .collect::<Vec<_>>(),
            &show,
            &overlaps::Words {
                code: "E0310",
                plural: "change levels",
                note: "change levels must not overlap: each change must select exactly one pathway",
                help: "make the conditions meet without overlapping, like `<= 5%` and `> 5%`",
            },
        );
        let formulas: Vec<Formula> = levels.iter().map(|(_, f)| f.clone()).collect();
        if !formulas.is_empty() && analysable {
            if let Ok(Some((var, set))) = intervals::gaps(&formulas) {
                {
                    let mut d = Diagnostic::warning(
                        "E0311",
                        format!("{} matches no change level", set.describe(&var, &show)),
                        changes.span,
                    )
                    .with_primary_label("no level covers these values");
                    if let Some(w) = set.witness() {
                        d = d.with_note(format!(
                            "for example, `{var}` = {} selects no pathway",
                            show(w)
                        ));
                    }
                    found
                        .push(d.with_help("extend a level, or add one, so every value is covered"));
                }
            }
        }
        if !analysable {
            found.push(
                Diagnostic::note("E0319", "these change levels cannot be analysed for overlaps and gaps", changes.span)
                    .with_primary_label("a condition compares something other than a signal with a constant")
                    .with_note("only conditions built from `signal OP constant` with `and`, `or` and `not` are analysed"),
            );
        }
        for d in found {
            self.error(d);
        }
    }

    /// Conditions that can never hold make their clause dead.
    fn conditions(&mut self) {
        let mut all: Vec<(&Cond, Span, String)> = Vec::new();
        for t in &self.p.triggers {
            if let ir::TriggerOn::Condition(c) = &t.on {
                all.push((c, t.span, format!("the trigger `{}`", t.name)));
            }
        }
        if let Some(changes) = &self.p.changes {
            for l in &changes.levels {
                all.push((
                    &l.condition,
                    l.span,
                    format!("the change level `{}`", l.name),
                ));
            }
        }
        for m in &self.p.meetings {
            for a in &m.adjustments {
                all.push((
                    &a.condition,
                    a.span,
                    format!("this adjustment of `{}`", m.name),
                ));
            }
        }
        for payments in &self.p.payments {
            for item in &payments.items {
                if let ir::PayItem::Bonus(b) = item {
                    for t in &b.tiers {
                        all.push((&t.condition, t.span, format!("the tier `{}`", t.name)));
                    }
                }
            }
        }
        for o in &self.p.obligations {
            if let Some(c) = &o.condition {
                all.push((c, o.span, "this obligation".to_string()));
            }
        }
        let mut found = Vec::new();
        for (cond, span, what) in all {
            if let Verdict::Never = intervals::satisfiable(&self.formula(cond)) {
                let at = cond_span(cond).unwrap_or(span);
                found.push(
                    Diagnostic::error(
                        "E0314",
                        format!("the condition of {what} can never hold"),
                        at,
                    )
                    .with_primary_label("no value satisfies this")
                    .with_label(span, "so this never applies")
                    .with_help("check the comparisons: the ranges they allow do not meet"),
                );
            }
        }
        for d in found {
            self.error(d);
        }
    }

    // ------------------------------------------------------------ deontic

    /// `P must X` (or `may X`, or a grant) and `P must not X` over the same
    /// object, when both can be in force together. Indexed by (party,
    /// action, objects), so this is linear in the number of duties.
    fn obliged_and_forbidden(&mut self) {
        // (party, action, objects) -> (allowed duties, forbidden duties)
        let mut index: DutyIndex<'_> = BTreeMap::new();
        let mut scoped: Vec<(&ir::Obligation, Option<&Cond>)> = self
            .p
            .obligations
            .iter()
            .map(|o| (o, o.condition.as_ref()))
            .collect();
        for t in &self.p.triggers {
            let cond = match &t.on {
                ir::TriggerOn::Condition(c) => Some(c),
                ir::TriggerOn::Event(_) => None,
            };
            scoped.extend(t.obligations.iter().map(|o| (o, cond)));
        }
        if let Some(exit) = &self.p.exit {
            scoped.extend(exit.obligations.iter().map(|o| (o, None)));
        }
        for (o, cond) in scoped {
            for subject in &o.subjects {
                let Some(party) = subject.actor.party() else {
                    continue;
                };
                let role = match subject.actor {
                    Actor::Role(_, r) => Some(r),
                    _ => None,
                };
                let duty = Duty {
                    party,
                    role,
                    action: o.action.clone(),
                    objects: o.objects.clone(),
                    condition: cond,
                    purpose: o.purpose.as_deref(),
                    span: o.span,
                    what: modality_word(o.modality),
                };
                add_duty(&mut index, duty, o.modality == Modality::MustNot);
            }
        }
        for g in &self.p.grants {
            let Some(resource) = self.portfolio.resources.get(g.resource) else {
                continue;
            };
            let duty = Duty {
                party: g.grantee,
                role: None,
                action: g.right.clone(),
                objects: vec![resource.name.clone()],
                condition: None,
                purpose: g.purpose.as_deref(),
                span: g.span,
                what: "is granted",
            };
            add_duty(&mut index, duty, false);
        }
        let mut found = Vec::new();
        for ((party, action, objects), (allowed, forbidden)) in &index {
            for f in forbidden {
                for a in allowed {
                    // Two different roles of one party are different subjects
                    // (separation of duties); the party as a whole covers all.
                    if let (Some(x), Some(y)) = (a.role, f.role) {
                        if x != y {
                            continue;
                        }
                    }
                    if !super::purposes::forbids_all(f.purpose, a.purpose) {
                        continue; // another purpose, or a carve-out (§10.4)
                    }
                    let together = match (a.condition, f.condition) {
                        (None, _) | (_, None) => true,
                        (Some(x), Some(y)) => {
                            let both = Formula::And(vec![self.formula(x), self.formula(y)]);
                            !matches!(intervals::satisfiable(&both), Verdict::Never)
                        }
                    };
                    if !together {
                        continue;
                    }
                    let party_name = self
                        .portfolio
                        .parties
                        .get(*party)
                        .map_or("?", |p| p.name.as_str());
                    let thing = if objects.is_empty() {
                        action.clone()
                    } else {
                        format!("{action} {}", objects.join(" and "))
                    };
                    found.push(
                        Diagnostic::error(
                            "E0315",
                            format!(
                                "`{party_name}` {}, but must not {thing}",
                                a.what_phrase(&thing)
                            ),
                            f.span,
                        )
                        .with_primary_label("forbidden here")
                        .with_label(
                            a.span,
                            format!(
                                "{} here",
                                match a.what {
                                    "must" => "obliged",
                                    "may" => "permitted",
                                    _ => "granted",
                                }
                            ),
                        )
                        .with_note("both can be in force at the same time")
                        .with_notes(super::purposes::why(f.purpose, a.purpose))
                        .with_help("remove one, or give them conditions that cannot hold together"),
                    );
                }
            }
        }
        for d in found {
            self.error(d);
        }
    }
}

type DutyIndex<'a> = BTreeMap<(usize, String, Vec<String>), (Vec<Duty<'a>>, Vec<Duty<'a>>)>;

fn add_duty<'a>(index: &mut DutyIndex<'a>, duty: Duty<'a>, forbidden: bool) {
    let entry = index
        .entry((duty.party, duty.action.clone(), duty.objects.clone()))
        .or_default();
    if forbidden {
        entry.1.push(duty);
    } else {
        entry.0.push(duty);
    }
}

/// Whether a stage `after` starts strictly later than one `previous`:
/// exactly when both count months (or both days), else by bounds.
fn starts_later(after: &Duration, previous: &Duration) -> bool {
    fn months(d: &Duration) -> Option<Decimal> {
        match d.unit {
            DurationUnit::Month => Some(d.amount),
            DurationUnit::Quarter => Some(d.amount.saturating_mul(Decimal::from(3))),
            DurationUnit::Year => Some(d.amount.saturating_mul(Decimal::from(12))),
            _ => None,
        }
    }
    if let (Some(a), Some(b)) = (months(after), months(previous)) {
        return a > b;
    }
    if let (Some(a), Some(b)) = (after.exact_minutes(), previous.exact_minutes()) {
        return a > b;
    }
    let (lo, _) = after.minutes_bounds();
    let (_, prev_hi) = previous.minutes_bounds();
    lo > prev_hi
}

struct Duty<'a> {
    party: usize,
    /// `None` for the party as a whole, which covers all its roles.
    role: Option<usize>,
    action: String,
    objects: Vec<String>,
    condition: Option<&'a Cond>,
    /// `for "purpose"` of a grant or duty; `None` covers every purpose.
    purpose: Option<&'a str>,
    span: Span,
    what: &'static str,
}

impl Duty<'_> {
    fn what_phrase(&self, thing: &str) -> String {
        match self.what {
            "is granted" => format!("is granted the right to {thing}"),
            "may" => format!("may {thing}"),
            _ => format!("must {thing}"),
        }
    }
}

/// The span covering every comparison of a condition.
fn cond_span(cond: &Cond) -> Option<Span> {
    match cond {
        Cond::Compare { span, .. } => Some(*span),
        Cond::And(a, b) | Cond::Or(a, b) => match (cond_span(a), cond_span(b)) {
            (Some(x), Some(y)) => Some(x.to(y)),
            (x, y) => x.or(y),
        },
        Cond::Not(a) => cond_span(a),
        Cond::Const(_) | Cond::Event(_) => None,
    }
}

fn modality_word(m: Modality) -> &'static str {
    match m {
        Modality::Must => "must",
        Modality::May => "may",
        Modality::MustNot => "must not",
    }
}

fn to_op(op: CmpOp) -> Op {
    match op {
        CmpOp::Lt => Op::Lt,
        CmpOp::Le => Op::Le,
        CmpOp::Gt => Op::Gt,
        CmpOp::Ge => Op::Ge,
        CmpOp::Eq => Op::Eq,
        CmpOp::Ne => Op::Ne,
    }
}

#[allow(dead_code)]
fn actor_party(a: Actor) -> Option<usize> {
    a.party()
}

#[allow(dead_code)]
fn date_text(d: NaiveDate) -> String {
    d.to_string()
}
