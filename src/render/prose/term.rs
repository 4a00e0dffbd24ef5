//! The term and the partnership's life around it: renewal, termination,
//! exit and the transition after it.
//!
//! The renewal and notice dates are the schedule's (`Ctx::date_of`); the
//! transition's last day is the end plus its length by the same duration
//! arithmetic as every deadline.

use super::Ctx;
use crate::emit::calendar::EventKind;
use crate::render::doc::{Para, Section, Text};
use crate::render::words;

pub fn section(cx: &Ctx) -> Option<Section> {
    let p = cx.p;
    let mut s = Section::new("Term, renewal and exit", "term");
    if let Some(term) = p.term {
        s.para(
            Text::plain("The term runs from ")
                .b(words::date(term.start))
                .t(" to ")
                .b(words::date(term.end))
                .t(", both days included."),
            term.span,
        );
    } else {
        s.blocks.push(crate::render::doc::Block::Para(Para::new(
            Text::plain("The agreement states no term, so no date of it can be computed."),
            Some(p.span),
        )));
    }
    if let Some(r) = &p.renewal {
        let mut t = Text::new();
        if let Some((d, _)) = &r.window_opens {
            t = t.t("The renewal window opens ");
            t = match cx.date_of(EventKind::RenewalWindowOpens) {
                Some(date) => t.t("on ").b(words::date(date)),
                None => t.t("at a date that cannot be computed"),
            };
            t = t.t(format!(" ({} before the end)", words::duration(d)));
        }
        if let Some((d, _)) = &r.decision_due {
            let lead = if t.is_empty() {
                "The renewal decision is due "
            } else {
                "; the decision is due "
            };
            t = t.t(lead);
            t = match cx.date_of(EventKind::RenewalDecision) {
                Some(date) => t.t("on ").b(words::date(date)),
                None => t.t("at a date that cannot be computed"),
            };
            t = t.t(format!(" ({} before the end)", words::duration(d)));
        }
        if !t.is_empty() {
            t = t.t(". ");
        }
        t = match (&r.renews, r.default_span) {
            (Some(Some(length)), _) => t
                .t("Without a decision the contract renews for ")
                .b(words::duration(length))
                .t("."),
            (Some(None), _) => {
                t.t("Without a decision the contract renews for another term of the same length.")
            }
            (None, Some(_)) => {
                t.t("Without a decision the contract expires at the end of the term.")
            }
            (None, None) => t.t("The clause does not say what happens without a decision."),
        };
        if let Some(criteria) = &r.criteria {
            let (default, other) = if r.renews.is_some() {
                ("renews", "expires")
            } else {
                ("expires", "renews")
            };
            t = t
                .t(format!(" The contract {default} by default only if "))
                .append(cx.cond(criteria))
                .t(format!(" on the decision date; otherwise it {other}."));
        }
        s.para(t, r.span);
    }
    let term = &p.termination;
    if let Some(span) = term.span {
        let mut t = Text::new();
        if let Some(cure) = &term.cure {
            t = t
                .t("Either party may end the agreement for cause when a breach it has notified is not cured within ")
                .b(words::duration(cure))
                .t(". ");
        }
        if let Some(notice) = &term.convenience_notice {
            t = t
                .t("Either party may end it for convenience by giving ")
                .b(words::duration(notice))
                .t(" of notice. ");
        }
        if t.is_empty() {
            t = t.t("The agreement has a termination clause with no grounds stated.");
        }
        s.para(Text(trim_end(t.0)), span);
    }
    if let Some(exit) = &p.exit {
        s.covers.push(exit.span);
        if let Some((notice, span)) = &exit.notice {
            let mut t = Text::plain("Notice of non-renewal must be given at least ")
                .b(words::duration(notice))
                .t(" before the end");
            if let Some(date) = cx.date_of(EventKind::NoticeDeadline) {
                t = t.t(": by ").b(words::date(date)).t(" at the latest");
            }
            s.para(t.t("."), *span);
        }
        if let Some((length, span)) = &exit.transition {
            let mut t = Text::plain("When the term ends, a transition of ")
                .b(words::duration(length))
                .t(" follows");
            if let Some(end) = p.term.map(|t| t.end) {
                let first = end.succ_opt();
                let last = length.after(end, &p.calendar);
                if let (Some(first), Some(last)) = (first, last) {
                    t = t
                        .t(" (from ")
                        .b(words::date(first))
                        .t(" to ")
                        .b(words::date(last))
                        .t(" after the first term)");
                }
            }
            t = t.t(if exit.obligations.is_empty() {
                "."
            } else {
                "; by its last day:"
            });
            s.para(t, *span);
        }
        let items: Vec<Para> = exit
            .obligations
            .iter()
            .map(|o| {
                let start = p.term.and_then(|t| t.end.succ_opt());
                Para::new(super::transition_obligation(cx, o, start), Some(o.span))
            })
            .collect();
        s.list(false, items);
    }
    for survival in &p.survives {
        let mut t = Text::plain("For ")
            .b(words::duration(&survival.length))
            .t(" after the term ends");
        if let Some(until) = p
            .term
            .and_then(|term| survival.length.after(term.end, &p.calendar))
        {
            t = t
                .t(" (until ")
                .b(words::date(until))
                .t(" after the first term)");
        }
        s.para(t.t(", these duties survive:"), survival.span);
        let items: Vec<Para> = survival
            .obligations
            .iter()
            .map(|o| {
                let start = p.term.and_then(|t| t.end.succ_opt());
                Para::new(super::transition_obligation(cx, o, start), Some(o.span))
            })
            .collect();
        s.list(false, items);
    }
    Some(s)
}

/// Drops the trailing space of the last run of text.
fn trim_end(mut inlines: Vec<crate::render::doc::Inline>) -> Vec<crate::render::doc::Inline> {
    if let Some(crate::render::doc::Inline::Text(last)) = inlines.last_mut() {
        let trimmed = last.trim_end().to_string();
        *last = trimmed;
    }
    inlines
}
