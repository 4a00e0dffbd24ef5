//! Ladders: dispute and escalation ladders started, escalated, timed out
//! and resolved, one run per step.

use super::*;

impl Machine<'_> {
    pub(super) fn dispute_notice(&mut self, p: usize, event: usize, date: NaiveDate) {
        let Some(disputes) = self.partnership(p).and_then(|x| x.disputes.as_ref()) else {
            return;
        };
        if disputes.event == event && !disputes.steps.is_empty() {
            self.start_ladder(p, LadderKind::Dispute, 0, date);
        }
    }

    pub(super) fn ladder_len(&self, p: usize, kind: LadderKind) -> usize {
        let Some(partnership) = self.partnership(p) else {
            return 0;
        };
        match kind {
            LadderKind::Dispute => partnership.disputes.as_ref().map_or(0, |d| d.steps.len()),
            LadderKind::Escalation => partnership.escalation.len(),
        }
    }

    pub(super) fn start_ladder(
        &mut self,
        p: usize,
        kind: LadderKind,
        first: usize,
        date: NaiveDate,
    ) {
        let Some(partnership) = self.partnership(p) else {
            return;
        };
        let base = match kind {
            LadderKind::Dispute => &partnership.ladders.dispute,
            LadderKind::Escalation => &partnership.ladders.escalation,
        };
        let id = unique(&self.ladder_ids, format!("{base}@{date}"));
        let index = self.ladders.len();
        self.ladder_ids.insert(id.clone(), index);
        self.ladders.push(Ladder {
            id,
            p,
            kind,
            notice: date,
            status: LadderStatus::Open,
            ended: None,
            runs: Vec::new(),
        });
        self.start_run(index, first, date);
    }

    /// Step `step` of ladder `l` starts its clock on `date`.
    pub(super) fn start_run(&mut self, l: usize, step: usize, date: NaiveDate) {
        let Some(ladder) = self.ladders.get(l) else {
            return;
        };
        let Some(partnership) = self.partnership(ladder.p) else {
            return;
        };
        let cal = &partnership.calendar;
        let deadline = match ladder.kind {
            LadderKind::Dispute => partnership
                .disputes
                .as_ref()
                .and_then(|d| d.steps.get(step))
                .and_then(|s| {
                    let from = if s.from_notice { ladder.notice } else { date };
                    s.within.and_then(|w| w.after(from, cal))
                }),
            LadderKind::Escalation => partnership
                .escalation
                .get(step)
                .and_then(|level| level.within.after(date, cal)),
        };
        let Some(ladder) = self.ladders.get_mut(l) else {
            return;
        };
        ladder.runs.push(Run {
            step,
            started: date,
            deadline,
            ended: None,
            outcome: Outcome::Open,
        });
        let run = ladder.runs.len() - 1;
        if let Some(d) = deadline {
            // A step counted from the notice may be out of time already.
            self.timers.insert((d.max(date), Timer::Ladder(l, run)));
        }
    }

    /// The run's time is out: unresolved, the ladder climbs (or is exhausted).
    pub(super) fn ladder_due(&mut self, l: usize, run: usize, at: NaiveDate) {
        let Some(ladder) = self.ladders.get(l) else {
            return;
        };
        let current = ladder.runs.len().checked_sub(1);
        if ladder.status != LadderStatus::Open || current != Some(run) {
            return;
        }
        let (p, kind) = (ladder.p, ladder.kind);
        let len = self.ladder_len(p, kind);
        let Some(ladder) = self.ladders.get_mut(l) else {
            return;
        };
        let Some(r) = ladder.runs.get_mut(run) else {
            return;
        };
        if r.outcome != Outcome::Open {
            return;
        }
        r.outcome = Outcome::Expired;
        r.ended = Some(at);
        let next = r.step + 1;
        if next < len {
            self.start_run(l, next, at);
        } else {
            ladder.status = LadderStatus::Exhausted;
            ladder.ended = Some(at);
        }
    }

    pub(super) fn find_ladder(
        &mut self,
        p: usize,
        r: &LadderRef,
        date: NaiveDate,
        line: usize,
    ) -> Option<usize> {
        let pname = self.partnership(p).map_or("?", |x| x.name.as_str());
        let word = r.kind.word();
        if let Some(id) = &r.id {
            let Some(&l) = self.ladder_ids.get(id) else {
                let known: Vec<String> = self
                    .ladders
                    .iter()
                    .filter(|x| x.p == p && x.kind == r.kind)
                    .map(|x| x.id.clone())
                    .collect();
                let help =
                    (!known.is_empty()).then(|| format!("{word}s so far: {}", known.join(", ")));
                self.error(line, format!("no {word} `{id}` has started"), help);
                return None;
            };
            let ladder = self.ladders.get(l)?;
            if let (Some(ended), false) = (ladder.ended, ladder.status == LadderStatus::Open) {
                let how = match ladder.status {
                    LadderStatus::Resolved => "was resolved",
                    _ => "ran out",
                };
                let message = format!("`{id}` {how} on {ended}");
                self.error(line, message, None);
                return None;
            }
            return Some(l);
        }
        let open: Vec<usize> = self
            .ladders
            .iter()
            .enumerate()
            .filter(|(_, x)| x.p == p && x.kind == r.kind && x.status == LadderStatus::Open)
            .map(|(i, _)| i)
            .collect();
        match open.as_slice() {
            [one] => Some(*one),
            [] => {
                let help = match r.kind {
                    LadderKind::Dispute => {
                        let event = self
                            .partnership(p)
                            .and_then(|x| x.disputes.as_ref())
                            .map_or("?", |d| self.cat.event_name(d.event));
                        format!("a dispute starts with the event `{event}`")
                    }
                    LadderKind::Escalation => {
                        "an issue enters the ladder with {\"raise\": LEVEL}".to_string()
                    }
                };
                self.error(
                    line,
                    format!("no {word} is open in `{pname}` on {date}"),
                    Some(help),
                );
                None
            }
            _ => {
                let ids: Vec<String> = open
                    .iter()
                    .filter_map(|&i| self.ladders.get(i).map(|x| x.id.clone()))
                    .collect();
                self.error(
                    line,
                    format!("{} {word}s are open in `{pname}`", ids.len()),
                    Some(format!("name one: {}", ids.join(", "))),
                );
                None
            }
        }
    }

    pub(super) fn escalate(
        &mut self,
        p: usize,
        r: &LadderRef,
        to: Option<usize>,
        date: NaiveDate,
        line: usize,
    ) {
        let Some(l) = self.find_ladder(p, r, date, line) else {
            return;
        };
        let len = self.ladder_len(p, r.kind);
        let Some(ladder) = self.ladders.get(l) else {
            return;
        };
        let Some(current) = ladder.runs.last() else {
            return;
        };
        let target = to.unwrap_or(current.step + 1);
        let name = |i: usize| self.step_name(p, r.kind, i);
        if target >= len {
            let message = format!(
                "`{}` is at its last step `{}`: it can only be resolved",
                ladder.id,
                name(current.step)
            );
            self.error(line, message, None);
            return;
        }
        if target <= current.step {
            let message = format!(
                "`{}` is already at `{}`; `{}` is not later",
                ladder.id,
                name(current.step),
                name(target)
            );
            self.error(line, message, None);
            return;
        }
        if let Some(run) = self.ladders.get_mut(l).and_then(|x| x.runs.last_mut()) {
            run.outcome = Outcome::Escalated;
            run.ended = Some(date);
        }
        self.start_run(l, target, date);
    }

    pub(super) fn resolve(&mut self, p: usize, r: &LadderRef, date: NaiveDate, line: usize) {
        let Some(l) = self.find_ladder(p, r, date, line) else {
            return;
        };
        let current = self
            .ladders
            .get(l)
            .and_then(|x| x.runs.last())
            .map(|run| run.step);
        if let (Some(named), Some(current)) = (r.step, current) {
            if named != current {
                let message = format!(
                    "the {} is at `{}`, not at `{}`",
                    r.kind.word(),
                    self.step_name(p, r.kind, current),
                    self.step_name(p, r.kind, named)
                );
                self.error(line, message, None);
                return;
            }
        }
        if let Some(ladder) = self.ladders.get_mut(l) {
            if let Some(run) = ladder.runs.last_mut() {
                run.outcome = Outcome::Resolved;
                run.ended = Some(date);
            }
            ladder.status = LadderStatus::Resolved;
            ladder.ended = Some(date);
        }
    }

    pub(super) fn step_name(&self, p: usize, kind: LadderKind, step: usize) -> String {
        let Some(partnership) = self.partnership(p) else {
            return String::new();
        };
        match kind {
            LadderKind::Dispute => partnership
                .disputes
                .as_ref()
                .and_then(|d| d.steps.get(step))
                .map(|s| s.name.clone()),
            LadderKind::Escalation => partnership.escalation.get(step).map(|s| s.name.clone()),
        }
        .unwrap_or_default()
    }
}
