//! Duties and rights: obligations, permissions and prohibitions, the
//! triggers that create them, and the grants over resources.
//!
//! An obligation's deadline is stated as written (relative) and, where it
//! is fixed by the term, as a date computed with the outputs' rules: `within
//! D` of the start, `before` an anchor (the day before it).

use super::Ctx;
use crate::emit::calendar::EventKind;
use crate::ir::{Anchor, Deadline, Obligation, TriggerOn};
use crate::render::doc::{Para, Section, Text};
use crate::render::words;
use crate::vocab::Modality;
use chrono::NaiveDate;

/// One duty in a sentence. `arises` says what a relative deadline counts
/// from (`that day` for a trigger); `None` for clauses in force from the
/// start.
pub fn obligation(cx: &Ctx, o: &Obligation, arises: Option<&str>) -> Text {
    duty(cx, o, arises, None)
}

/// A duty of the exit transition: a bare `within D` counts from the
/// transition's first day (the day after the term ends), like the schedule.
pub fn transition_obligation(cx: &Ctx, o: &Obligation, start: Option<NaiveDate>) -> Text {
    duty(cx, o, None, start.map(|d| ("the transition's start", d)))
}

/// `counted`: what a bare `within D` counts from, and its date, when not
/// the term start.
fn duty(
    cx: &Ctx,
    o: &Obligation,
    arises: Option<&str>,
    counted: Option<(&str, NaiveDate)>,
) -> Text {
    let who = if o.subjects.is_empty() {
        "Each party".to_string()
    } else {
        cx.actors(&o.subjects)
    };
    let modal = match o.modality {
        Modality::Must => "must",
        Modality::May => "may",
        Modality::MustNot => "must not",
    };
    let mut t = Text::plain(format!("{who} {modal} {}", words::spoken(&o.action)));
    if !o.objects.is_empty() {
        let objects: Vec<Text> = o.objects.iter().map(|x| object(cx, x)).collect();
        t = t.t(" ").append(words::list_text(objects));
    }
    if let Some(purpose) = &o.purpose {
        t = t.t(format!(" for “{purpose}”"));
    }
    if let Some(deadline) = &o.deadline {
        t = t.append(deadline_text(cx, deadline, arises, counted));
    }
    if let Some(c) = &o.condition {
        t = t.t(" when ").append(cx.cond(c));
    }
    t.t(".")
}

/// A resource by its declared name, any other object in words.
fn object(cx: &Ctx, name: &str) -> Text {
    if cx.portfolio.resources.iter().any(|r| r.name == name) {
        Text::new().c(name.to_string())
    } else if let Some(actor) = actor_named(cx, name) {
        // `notify Acme.rm`: the role, in words.
        Text::plain(words::actor(cx.portfolio, actor))
    } else {
        Text::plain(words::spoken(name))
    }
}

fn deadline_text(
    cx: &Ctx,
    d: &Deadline,
    arises: Option<&str>,
    counted: Option<(&str, NaiveDate)>,
) -> Text {
    match d {
        Deadline::On(date) => Text::plain(" by ").b(words::date(*date)),
        Deadline::Within { duration, from } => {
            let t = Text::plain(" within ").b(words::duration(duration));
            match (from, arises) {
                (Some(from), _) => t.t(" of ").t(words::spoken(from)),
                (None, Some(arises)) => t.t(format!(" of {arises}")),
                (None, None) => {
                    let (what, from) = match counted {
                        Some((what, from)) => (what, Some(from)),
                        None => ("the start", cx.start()),
                    };
                    let due = from.and_then(|s| duration.after(s, &cx.p.calendar));
                    match due {
                        Some(due) => t.t(format!(" of {what}, by ")).b(words::date(due)),
                        None => t.t(format!(" of {what}")),
                    }
                }
            }
        }
        Deadline::Before(anchor) => {
            let (what, date) = match anchor {
                Anchor::End => (
                    "the end of the term".to_string(),
                    cx.date_of(EventKind::TermEnd),
                ),
                Anchor::RenewalDecision => (
                    "the renewal decision".to_string(),
                    cx.date_of(EventKind::RenewalDecision),
                ),
                Anchor::Milestone(m) => (
                    format!("the milestone {}", words::spoken(&m.written)),
                    m.resolve(cx.portfolio, cx.p).map(|x| x.due),
                ),
            };
            let t = Text::plain(format!(" before {what}"));
            match date.and_then(|d| d.pred_opt()) {
                Some(day) => t.t(", by ").b(words::date(day)),
                None => t,
            }
        }
    }
}

pub fn section(cx: &Ctx) -> Option<Section> {
    let p = cx.p;
    let mut s = Section::new("Duties and rights", "duties");
    for g in &p.grants {
        let resource = cx.portfolio.resources.get(g.resource);
        let name = resource.map_or_else(|| "a resource".to_string(), |r| r.name.clone());
        let mut t = Text::plain(format!(
            "{} {} ",
            cx.party(g.grantee),
            if g.exclusive {
                "holds the exclusive right to"
            } else {
                "may"
            }
        ))
        .t(words::spoken(&g.right))
        .t(" ")
        .c(name);
        if let Some(r) = resource {
            let mut about = Vec::new();
            if let Some(title) = &r.title {
                about.push(title.clone());
            }
            if !r.owners.is_empty() {
                let owners: Vec<String> = r.owners.iter().map(|&o| cx.party(o)).collect();
                about.push(format!("owned by {}", owners.join(" and ")));
            }
            if !about.is_empty() {
                t = t.t(format!(" ({})", about.join(", ")));
            }
        }
        if let Some(purpose) = &g.purpose {
            t = t.t(format!(" for “{purpose}”"));
        }
        t = match g.period {
            Some((from, to)) => t
                .t(", from ")
                .b(words::date(from))
                .t(" to ")
                .b(words::date(to)),
            None => t.t(", for the whole term"),
        };
        s.para(t.t("."), g.span);
    }
    // A review's duties are worded with the review.
    let of_reviews: Vec<usize> = p
        .meetings
        .iter()
        .flat_map(|m| m.duties.iter().copied())
        .collect();
    let duties: Vec<Para> = p
        .obligations
        .iter()
        .enumerate()
        .filter(|(i, _)| !of_reviews.contains(i))
        .map(|(_, o)| Para::new(obligation(cx, o, None), Some(o.span)))
        .collect();
    s.list(false, duties);
    for trigger in &p.triggers {
        let when = match &trigger.on {
            TriggerOn::Condition(c) => cx.cond(c),
            TriggerOn::Event(e) => Text::new()
                .c(cx
                    .portfolio
                    .events
                    .get(*e)
                    .map_or_else(|| "an event".to_string(), |e| e.name.clone()))
                .t(" happens"),
        };
        s.para(
            Text::plain("When ")
                .append(when)
                .t(" (trigger ")
                .c(trigger.name.clone())
                .t("), counting from that day:"),
            trigger.span,
        );
        let items: Vec<Para> = trigger
            .obligations
            .iter()
            .map(|o| Para::new(obligation(cx, o, Some("that day")), Some(o.span)))
            .collect();
        s.list(false, items);
    }
    (!s.blocks.is_empty()).then_some(s)
}

/// A free object that names a party or one of its roles (`Acme.rm`,
/// `client.ops`, `Globex`).
fn actor_named(cx: &Ctx, name: &str) -> Option<crate::ir::Actor> {
    let party = |who: &str| {
        cx.portfolio
            .parties
            .iter()
            .position(|x| x.name == who)
            .filter(|i| cx.p.parties.iter().any(|b| b.party == *i))
            .or_else(|| cx.p.party_by_label(who))
    };
    match name.split_once('.') {
        None => party(name).map(crate::ir::Actor::Party),
        Some((who, role)) => {
            let x = party(who)?;
            let r = cx
                .portfolio
                .parties
                .get(x)?
                .roles
                .iter()
                .position(|r| r.name == role)?;
            Some(crate::ir::Actor::Role(x, r))
        }
    }
}
