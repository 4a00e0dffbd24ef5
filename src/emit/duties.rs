//! The dated duties of a partnership, for the calendar outputs (issue 12):
//! clause duties with a deadline the contract fixes (`within 10 business
//! days` of the term start, `by DATE`, `before ANCHOR`), the dates the
//! governance evolves, the exit transition (its first and last days and its
//! duties) and the survival periods (`survives D`: their first and last
//! days in force).
//!
//! The dates are the ones `pact run` gives the same duties (`run::engine`
//! and `run::engine::lifecycle`): a clause duty arises at the term start;
//! the transition starts the day after the (last) term ends and its duties
//! are due on its last day unless they say otherwise. A duty with a
//! condition, or counted `of` an event, has no date until a run gives it
//! one, so it is not here.

use super::calendar::{actor_json, EventKind};
use super::json::ActorJson;
use crate::diagnostics::Span;
use crate::ir::renewal::span_end;
use crate::ir::{self, Anchor, Deadline, Origin, Partnership, Portfolio};
use crate::vocab::Modality;
use chrono::NaiveDate;

/// One dated duty or change: (kind, name, date, span, participants).
pub type Dated = (EventKind, String, NaiveDate, Span, Vec<ActorJson>);

/// The date a `before ANCHOR` deadline falls on: the day before the anchor.
/// A milestone is the one the link pass resolved; one of `p` itself is
/// read from `p`, which may be a renewed copy.
pub fn anchor_date(portfolio: &Portfolio, p: &Partnership, anchor: &Anchor) -> Option<NaiveDate> {
    let at = match anchor {
        Anchor::End => p.term.map(|t| t.end),
        Anchor::RenewalDecision => p.term.and_then(|t| {
            p.renewal
                .as_ref()
                .and_then(|r| r.decision_due.as_ref())
                .and_then(|(d, _)| d.before(t.end, &p.calendar))
        }),
        Anchor::Milestone(r) => {
            let target = r.target?;
            let owner = if r.local {
                p
            } else {
                portfolio.partnerships.get(target.partnership)?
            };
            owner.milestones.get(target.index).map(|m| m.due)
        }
    };
    at.and_then(|d| d.pred_opt())
}

fn subjects(portfolio: &Portfolio, o: &ir::Obligation) -> Vec<ActorJson> {
    o.subjects
        .iter()
        .map(|a| actor_json(portfolio, a))
        .collect()
}

/// Every dated duty and governance change of `p`, in clause order.
pub fn dated(portfolio: &Portfolio, p: &Partnership) -> Vec<Dated> {
    let mut out = Vec::new();
    let Some(term) = p.term else { return out };
    let cal = &p.calendar;
    for o in &p.obligations {
        if o.origin != Origin::Clause || o.modality != Modality::Must || o.condition.is_some() {
            continue;
        }
        let date = match &o.deadline {
            Some(Deadline::On(d)) => Some(*d),
            Some(Deadline::Within {
                duration,
                from: None,
            }) => duration.after(term.start, cal),
            Some(Deadline::Before(anchor)) => anchor_date(portfolio, p, anchor),
            Some(Deadline::Within { from: Some(_), .. }) | None => None,
        };
        if let Some(date) = date {
            out.push((
                EventKind::Duty,
                o.name.clone(),
                date,
                o.span,
                subjects(portfolio, o),
            ));
        }
    }
    for (after, tiers, span) in &p.governance.stages {
        if let Some(date) = after.after(term.start, cal) {
            let members = tiers
                .iter()
                .flat_map(|t| &t.members)
                .map(|a| actor_json(portfolio, a))
                .collect();
            out.push((
                EventKind::GovernanceChange,
                format!("after {after}"),
                date,
                *span,
                members,
            ));
        }
    }
    let transition = p.exit.as_ref().and_then(|e| {
        let (length, _) = e.transition.as_ref()?;
        let start = term.end.succ_opt()?;
        Some((e, start, span_end(start, length)?))
    });
    let everyone = || -> Vec<ActorJson> {
        p.parties
            .iter()
            .map(|b| {
                actor_json(
                    portfolio,
                    &ir::ActorRef {
                        actor: ir::Actor::Party(b.party),
                        span: b.span,
                    },
                )
            })
            .collect()
    };
    if let Some((exit, start, end)) = transition {
        let span = exit.transition.as_ref().map_or(exit.span, |(_, s)| *s);
        out.push((
            EventKind::TransitionStart,
            "exit transition starts".to_string(),
            start,
            span,
            everyone(),
        ));
        out.push((
            EventKind::TransitionEnd,
            "exit transition ends".to_string(),
            end,
            span,
            everyone(),
        ));
        for o in &exit.obligations {
            if o.origin != Origin::Exit || o.modality != Modality::Must {
                continue;
            }
            let date = match &o.deadline {
                Some(Deadline::On(d)) => Some(*d),
                Some(Deadline::Within { duration, .. }) => duration.after(start, cal),
                Some(Deadline::Before(_)) | None => Some(end),
            };
            if let Some(date) = date {
                out.push((
                    EventKind::ExitDuty,
                    o.name.clone(),
                    date,
                    o.span,
                    subjects(portfolio, o),
                ));
            }
        }
    }
    // Each `survives D` block: in force from the day after the term ends
    // for D (as `pact run` keeps its duties).
    let after = term.end.succ_opt();
    for s in &p.survives {
        let Some(start) = after else { break };
        let Some(end) = span_end(start, &s.length) else {
            continue;
        };
        let name = format!("survives {}", s.length);
        out.push((
            EventKind::SurvivalStart,
            name.clone(),
            start,
            s.span,
            everyone(),
        ));
        out.push((EventKind::SurvivalEnd, name, end, s.span, everyone()));
    }
    out
}
