//! The machine's side of the partnership's life: the duties the plan of
//! `run::life` makes arise (review duties at each review, the exit
//! transition's duties, surviving duties), and the checks of lifecycle
//! lines that need the machine's state (the breach a notice for cause
//! names must have arisen).

use super::super::life::Plan;
use super::{parties, unique, Inst, Machine};
use crate::ir::dates::{self, Adjust};
use crate::ir::{Deadline, Obligation, Recurring};
use crate::run::trace::{Entry, Kind};
use crate::vocab::Modality;
use chrono::NaiveDate;

impl Machine<'_> {
    /// An amendment signed ends the changes agreed under its level (design
    /// §10: "every change ending in an amendment"): the step each open
    /// pathway of that level is at is fulfilled on the signing date, so the
    /// steps after it are not needed.
    fn signed(&mut self, p: usize, amendment: usize, date: NaiveDate, line: usize) {
        let Some(level) = self
            .cat
            .pf
            .partnerships
            .get(p)
            .and_then(|x| x.amendments.get(amendment))
            .map(|a| format!("change.{}", a.level))
        else {
            return;
        };
        let current: Vec<String> = self
            .insts
            .iter()
            .filter(|i| i.p == p && i.origin == level)
            .filter(|i| i.arises.is_some() && i.fulfilled.is_none())
            .filter(|i| {
                i.next
                    .and_then(|n| self.insts.get(n))
                    .is_none_or(|n| n.arises.is_none())
            })
            .map(|i| i.id.clone())
            .collect();
        for id in current {
            self.fulfil(&id, date, line);
        }
    }

    /// Instantiates the duties the plan found, up to `as_of`. Their ids are
    /// `ID@DATE` (the date they arise), like a trigger's duties.
    pub(crate) fn live(&mut self, plan: &mut Plan, as_of: Option<NaiveDate>) {
        let pf = self.cat.pf;
        for (pi, life) in plan.lives.iter_mut().enumerate() {
            let (Some(life), Some(p)) = (life, pf.partnerships.get(pi)) else {
                continue;
            };
            let reached = |d: NaiveDate| as_of.is_some_and(|a| d <= a);
            // Review duties, at each review: due on the review date unless
            // they give their own deadline.
            for (mi, date) in life.reviews.clone() {
                let Some(m) = p.meetings.get(mi) else {
                    continue;
                };
                let mut ids = Vec::new();
                for &oi in &m.duties {
                    let Some(o) = p.obligations.get(oi) else {
                        continue;
                    };
                    let origin = format!("review.{}", m.name);
                    if let Some(id) = self.arise(pi, o, &origin, date, date) {
                        ids.push(id);
                    }
                }
                if let Some(run) = life
                    .report
                    .reviews
                    .iter_mut()
                    .find(|r| r.date == date && r.review == m.name)
                {
                    run.duties = ids;
                }
            }
            // Reports (design §5: "recurring reporting duties"): each
            // occurrence inside the term as the run found it is a duty of the
            // report's `by`, arising on its date and due by the day before
            // the next occurrence (the term's last day for the last one).
            let start = life.report.terms.first().map(|t| t.start);
            for r in &p.reports {
                let Some(start) = start else { break };
                let mut dates =
                    dates::occurrences(r.cadence, Adjust::None, start, life.end, &p.calendar)
                        .take_while(|d| reached(*d))
                        .peekable();
                while let Some(date) = dates.next() {
                    let next = dates.peek().copied().or_else(|| {
                        dates::occurrences_from(
                            r.cadence,
                            Adjust::None,
                            start,
                            life.end,
                            &p.calendar,
                            date.succ_opt()?,
                        )
                        .next()
                    });
                    let due = next.and_then(|n| n.pred_opt()).unwrap_or(life.end);
                    self.report_duty(pi, r, date, due);
                }
            }
            // The exit transition: its duties arise on its first day and are
            // due on its last unless they say otherwise.
            if let Some(t) = life.report.transition.clone() {
                if reached(t.start) {
                    for o in p.exit.iter().flat_map(|e| &e.obligations) {
                        self.arise(pi, o, "exit", t.start, t.end);
                    }
                }
            }
            // Surviving duties with a deadline arise the day after the end.
            let surviving: Vec<(String, NaiveDate, NaiveDate)> = life
                .report
                .surviving
                .iter()
                .map(|s| (s.id.clone(), s.from, s.until))
                .collect();
            for o in p.survives.iter().flat_map(|s| &s.obligations) {
                if o.deadline.is_none() {
                    continue;
                }
                if let Some((_, from, until)) = surviving.iter().find(|(id, ..)| *id == o.id) {
                    if reached(*from) {
                        self.arise(pi, o, "survives", *from, *until);
                    }
                }
            }
        }
    }

    /// One occurrence of a report: a duty of its `by`, `ID@DATE`.
    fn report_duty(&mut self, p: usize, r: &Recurring, date: NaiveDate, due: NaiveDate) {
        let who: Vec<String> = r.by.iter().map(|a| self.cat.actor_name(a.actor)).collect();
        let mut text = format!("{} must report {}", who.join(", "), r.name);
        if let Some(d) = &r.description {
            text.push_str(&format!(" ({d})"));
        }
        let id = unique(&self.inst_ids, format!("{}@{date}", r.id));
        self.push_inst(Inst {
            id,
            base: r.id.clone(),
            p,
            origin: "report".to_string(),
            text,
            owed_by: parties(&r.by),
            arises: Some(date),
            due: Some(due),
            fulfilled: None,
            next: None,
            within: None,
        });
    }

    /// A `must` duty arising on `date`, due by its own deadline (counted
    /// from `date`) or else on `fallback`.
    fn arise(
        &mut self,
        p: usize,
        o: &Obligation,
        origin: &str,
        date: NaiveDate,
        fallback: NaiveDate,
    ) -> Option<String> {
        if o.modality != Modality::Must {
            return None;
        }
        let due = match &o.deadline {
            None => Some(fallback),
            Some(Deadline::Before(_)) => Some(fallback),
            Some(d) => self.due(p, Some(d), date),
        };
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

    /// Lifecycle lines were applied by the plan; here only the breach a
    /// notice for cause names is checked against what has arisen.
    pub(super) fn life_line(&mut self, entry: &Entry) {
        if let Kind::Signed { p, amendment } = entry.kind {
            self.signed(p, amendment, entry.date, entry.line);
            return;
        }
        let Kind::Terminate {
            breach: Some(breach),
            ..
        } = &entry.kind
        else {
            return;
        };
        let found = self.inst_ids.get(breach.as_str()).copied().or_else(|| {
            let open: Vec<usize> = self
                .by_base
                .get(breach.as_str())
                .cloned()
                .unwrap_or_default();
            match open.as_slice() {
                [one] => Some(*one),
                _ => None,
            }
        });
        let Some(index) = found else {
            self.error(
                entry.line,
                format!(
                    "the breach `{breach}` names no duty that has arisen by {}",
                    entry.date
                ),
                Some(
                    "name a duty's id from the report, like `AcmeGlobex.milestone.go_live`".into(),
                ),
            );
            return;
        };
        let breached = self.insts.get(index).is_some_and(|i| {
            i.due.is_some_and(|d| d < entry.date) && i.fulfilled.is_none_or(|f| f > d_or(i.due))
        });
        if !breached {
            self.error(
                entry.line,
                format!("`{breach}` is not breached on {}", entry.date),
                Some("a notice for cause names a duty past due and not fulfilled in time".into()),
            );
        }
    }
}

fn d_or(due: Option<NaiveDate>) -> NaiveDate {
    due.unwrap_or(NaiveDate::MAX)
}

impl Machine<'_> {
    /// A pathway step that never arose because a step before it was
    /// resolved in time.
    pub(super) fn resolved_before(&self, inst: &Inst) -> bool {
        let Some(&mut_index) = self.inst_ids.get(&inst.id) else {
            return false;
        };
        let mut index = mut_index;
        // Walk back along the pathway (bounded by its length).
        for _ in 0..self.insts.len() {
            let Some(&before) = self.before.get(&index) else {
                return false;
            };
            let Some(b) = self.insts.get(before) else {
                return false;
            };
            match (b.fulfilled, b.arises) {
                (Some(f), Some(_)) => return b.due.is_none_or(|d| f <= d),
                (None, None) => index = before,
                _ => return false,
            }
        }
        false
    }
}
