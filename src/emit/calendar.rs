//! The calendar items of a partnership, built once for both outputs that
//! show dates: the JSON schedule (`schedule.rs`) and iCalendar (`ics.rs`).
//!
//! An item is a clause that happens on dates: a meeting, review, survey or
//! report (recurring), or a one-off (term start and end, milestones, the
//! renewal window and decision, the notice deadline, and the dated duties
//! and governance changes of `duties.rs`). The list is in clause
//! order — meetings, surveys, reports, invoices, one-offs — which the schedule uses to
//! break ties and iCalendar re-sorts by kind and name. Also here: the words
//! for cadences and weekdays, which the obligations output shares.

use super::json::{ActorJson, CalendarJson};
use crate::diagnostics::Span;
use crate::ir::dates::{self, Adjust, BusinessCalendar, Cadence};
use crate::ir::periods::InvoiceTerms;
use crate::ir::{self, Actor, Partnership, Portfolio, Term};
use chrono::{NaiveDate, NaiveTime};
use schemars::JsonSchema;
use serde::Serialize;

/// What kind of event a calendar item is.
#[derive(Clone, Copy, Debug, Serialize, JsonSchema, PartialEq, Eq, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    TermStart,
    Meeting,
    Review,
    Survey,
    Report,
    /// A retainer period's invoice date (design §10.2).
    Invoice,
    /// The day a retainer period's invoice is due (`net N` after it).
    InvoiceDue,
    Milestone,
    /// A duty of a clause with a date the contract fixes.
    Duty,
    /// `governance evolves after D`: the day the new tiers take over.
    GovernanceChange,
    RenewalWindowOpens,
    RenewalDecision,
    NoticeDeadline,
    TermEnd,
    /// A duty of the exit transition (after the term).
    ExitDuty,
    /// The exit transition's first day: the day after the term ends
    /// (design §10.3).
    TransitionStart,
    /// The exit transition's last day (its length after its start).
    TransitionEnd,
    /// A `survives D` block's first day in force: the day after the term
    /// ends.
    SurvivalStart,
    /// A `survives D` block's last day in force (D after the term ends).
    SurvivalEnd,
}

/// When an item happens.
#[derive(Clone, Copy, Debug)]
pub enum Timing {
    Once(NaiveDate),
    Recurring {
        cadence: Cadence,
        adjust: Adjust,
        at: Option<NaiveTime>,
        /// The length in whole minutes, when it has one.
        minutes: Option<u32>,
    },
    /// A retainer's invoices: their invoice dates, or (`due`) due dates.
    Invoices {
        terms: InvoiceTerms,
        due: bool,
    },
}

/// The clause an item comes from, for outputs that describe it.
#[derive(Clone, Copy, Debug)]
pub enum Clause<'a> {
    Meeting(&'a ir::Meeting),
    /// A survey or a report.
    Recurring(&'a ir::Recurring),
    /// A retainer's invoices.
    Invoice(InvoiceTerms),
    OneOff,
}

/// One calendar item of a partnership.
#[derive(Clone, Debug)]
pub struct Item<'a> {
    pub kind: EventKind,
    pub name: String,
    pub participants: Vec<ActorJson>,
    pub span: Span,
    pub timing: Timing,
    pub clause: Clause<'a>,
    /// A meeting's channel (`via "Teams"`).
    pub channel: Option<String>,
    /// The `///` documentation of the clause it comes from (with a report's
    /// text before it).
    pub description: Option<String>,
}

/// Every calendar item of a partnership with a term, in clause order
/// (none without a term: nothing can be dated).
pub fn items<'a>(portfolio: &Portfolio, p: &'a Partnership) -> Vec<Item<'a>> {
    let mut out = Vec::new();
    if p.term.is_none() {
        return out;
    }
    for m in &p.meetings {
        let minutes = m
            .length
            .and_then(|l| l.exact_minutes())
            .and_then(|x| u32::try_from(x).ok());
        out.push(Item {
            kind: if m.kind == ir::MeetingKind::Review {
                EventKind::Review
            } else {
                EventKind::Meeting
            },
            name: m.name.clone(),
            participants: m
                .participants
                .iter()
                .map(|a| actor_json(portfolio, a))
                .collect(),
            span: m.span,
            timing: Timing::Recurring {
                cadence: m.cadence,
                adjust: m.adjust,
                at: m.at,
                minutes,
            },
            clause: Clause::Meeting(m),
            channel: m.channel.clone(),
            description: p.doc_of(m.span).map(str::to_string),
        });
    }
    for (kind, list) in [
        (EventKind::Survey, &p.surveys),
        (EventKind::Report, &p.reports),
    ] {
        for r in list {
            out.push(Item {
                kind,
                name: r.name.clone(),
                participants: r.by.iter().map(|a| actor_json(portfolio, a)).collect(),
                span: r.span,
                timing: Timing::Recurring {
                    cadence: r.cadence,
                    adjust: Adjust::None,
                    at: None,
                    minutes: None,
                },
                clause: Clause::Recurring(r),
                channel: None,
                description: super::obligations::described(
                    r.description.as_deref(),
                    p.doc_of(r.span).map(str::to_string),
                ),
            });
        }
    }
    for block in &p.payments {
        let Some((terms, invoice)) = InvoiceTerms::of(p, block) else {
            continue;
        };
        let payee = actor_json(portfolio, &party_ref(block.payee, invoice.span));
        let payer = block
            .payer
            .or_else(|| counterparty(p, block.payee))
            .map(|x| actor_json(portfolio, &party_ref(x, invoice.span)));
        let participants: Vec<ActorJson> = payer.into_iter().chain([payee.clone()]).collect();
        for (kind, due) in [(EventKind::Invoice, false), (EventKind::InvoiceDue, true)] {
            out.push(Item {
                kind,
                name: payee.party.clone(),
                participants: participants.clone(),
                span: invoice.span,
                timing: Timing::Invoices { terms, due },
                clause: Clause::Invoice(terms),
                channel: None,
                description: None,
            });
        }
    }
    for (kind, name, date, span) in one_offs(p) {
        let participants = one_off_participants(portfolio, p, kind, &name, span);
        out.push(Item {
            kind,
            name,
            participants,
            span,
            timing: Timing::Once(date),
            clause: Clause::OneOff,
            channel: None,
            description: documented(kind)
                .then(|| p.doc_of(span))
                .flatten()
                .map(str::to_string),
        });
    }
    for (kind, name, date, span, participants) in super::duties::dated(portfolio, p) {
        out.push(Item {
            kind,
            name,
            participants,
            span,
            timing: Timing::Once(date),
            clause: Clause::OneOff,
            channel: None,
            description: documented(kind)
                .then(|| p.doc_of(span))
                .flatten()
                .map(str::to_string),
        });
    }
    out
}

/// Whether a one-off of this kind carries its clause's `///` documentation:
/// the clauses that are items of their own (a milestone, a dated duty), not
/// the dates a term, renewal or exit clause implies.
fn documented(kind: EventKind) -> bool {
    matches!(kind, EventKind::Milestone | EventKind::Duty)
}

/// An actor as the outputs name it: a party, and a role if it has one.
pub fn actor_json(portfolio: &Portfolio, a: &ir::ActorRef) -> ActorJson {
    let party = |p: usize| {
        portfolio
            .parties
            .get(p)
            .map_or_else(|| "?".to_string(), |x| x.name.clone())
    };
    match a.actor {
        Actor::Neutral => ActorJson {
            party: crate::ir::NEUTRAL.to_string(),
            role: None,
        },
        Actor::Party(p) => ActorJson {
            party: party(p),
            role: None,
        },
        Actor::Role(p, r) => ActorJson {
            party: party(p),
            role: portfolio
                .parties
                .get(p)
                .and_then(|x| x.roles.get(r))
                .map(|r| r.name.clone()),
        },
    }
}

fn party_ref(party: usize, span: Span) -> ir::ActorRef {
    ir::ActorRef {
        actor: Actor::Party(party),
        span,
    }
}

/// The other party of a two-party partnership: who pays a block without
/// `from` (as in `pact run`).
fn counterparty(p: &Partnership, party: usize) -> Option<usize> {
    let mut others: Vec<usize> = p
        .parties
        .iter()
        .map(|b| b.party)
        .filter(|x| *x != party)
        .collect();
    others.dedup();
    match others.as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}

/// The dates of one-off events of a partnership: (kind, name, date, span).
pub fn one_offs(p: &Partnership) -> Vec<(EventKind, String, NaiveDate, Span)> {
    let mut out = Vec::new();
    let Some(term) = p.term else { return out };
    out.push((
        EventKind::TermStart,
        "term start".to_string(),
        term.start,
        term.span,
    ));
    // With `pact build --through`, each renewed term has its own end and
    // renewal dates; the first term ends the day before the second starts.
    let mut ends = vec![p
        .renewed
        .first()
        .map_or(term.end, |t| t.start.pred_opt().unwrap_or(term.end))];
    for (k, t) in p.renewed.iter().enumerate() {
        out.push((
            EventKind::TermStart,
            format!("term {} start", k + 2),
            t.start,
            t.span,
        ));
        ends.push(t.end);
    }
    for m in &p.milestones {
        out.push((EventKind::Milestone, m.name.clone(), m.due, m.span));
    }
    for (k, end) in ends.into_iter().enumerate() {
        renewal_dates(p, k + 1, end, &mut out);
    }
    out
}

/// The term end, renewal window, decision and notice deadline of the term
/// ending on `end`.
///
/// The events of a renewed term (`number` 2 on) are named after it (`term 2
/// end`), which also keeps their iCalendar `UID`s apart.
fn renewal_dates(
    p: &Partnership,
    number: usize,
    end: NaiveDate,
    out: &mut Vec<(EventKind, String, NaiveDate, Span)>,
) {
    let Some(term) = p.term else { return };
    let cal = &p.calendar;
    let named = |what: &str| {
        if number > 1 {
            format!("term {number} {what}")
        } else {
            what.to_string()
        }
    };
    let end_name = if number > 1 {
        format!("term {number} end")
    } else {
        "term end".to_string()
    };
    out.push((EventKind::TermEnd, end_name, end, term.span));
    let term = Term { end, ..term };
    if let Some(r) = &p.renewal {
        if let Some((d, span)) = &r.window_opens {
            if let Some(date) = d.before(term.end, cal) {
                out.push((
                    EventKind::RenewalWindowOpens,
                    named("renewal window opens"),
                    date,
                    *span,
                ));
            }
        }
        if let Some((d, span)) = &r.decision_due {
            if let Some(date) = d.before(term.end, cal) {
                out.push((
                    EventKind::RenewalDecision,
                    named("renewal decision due"),
                    date,
                    *span,
                ));
            }
        }
    }
    if let Some(exit) = &p.exit {
        if let Some((d, span)) = &exit.notice {
            if let Some(date) = d.before(term.end, cal) {
                out.push((
                    EventKind::NoticeDeadline,
                    named("last day for notice of non-renewal"),
                    date,
                    *span,
                ));
            }
        }
    }
}

/// Who a one-off event concerns: a milestone's owner, else every party.
pub fn one_off_participants(
    portfolio: &Portfolio,
    p: &Partnership,
    kind: EventKind,
    name: &str,
    span: Span,
) -> Vec<ActorJson> {
    let party = |party: usize| {
        actor_json(
            portfolio,
            &ir::ActorRef {
                actor: Actor::Party(party),
                span,
            },
        )
    };
    match kind {
        EventKind::Milestone => p
            .milestones
            .iter()
            .find(|m| m.name == name)
            .and_then(|m| m.owner)
            .map(|o| vec![party(o)])
            .unwrap_or_default(),
        _ => p.parties.iter().map(|b| party(b.party)).collect(),
    }
}

/// A weekday in words, as the outputs write it.
pub fn weekday_name(w: chrono::Weekday) -> &'static str {
    match w {
        chrono::Weekday::Mon => "monday",
        chrono::Weekday::Tue => "tuesday",
        chrono::Weekday::Wed => "wednesday",
        chrono::Weekday::Thu => "thursday",
        chrono::Weekday::Fri => "friday",
        chrono::Weekday::Sat => "saturday",
        chrono::Weekday::Sun => "sunday",
    }
}

/// The working days and holidays of a business calendar.
pub fn calendar_json(calendar: &BusinessCalendar) -> CalendarJson {
    CalendarJson {
        workdays: dates::WEEK
            .iter()
            .filter(|d| calendar.is_workday(**d))
            .map(|d| weekday_name(*d).to_string())
            .collect(),
        holidays: calendar.holidays.iter().copied().collect(),
    }
}

/// A cadence in words: `weekly on monday`, `monthly on first tuesday`.
pub fn cadence_text(c: &dates::Cadence) -> String {
    let on_month = |on: &dates::MonthlyOn| match on {
        dates::MonthlyOn::StartDay => String::new(),
        dates::MonthlyOn::DayOfMonth(d) => format!(" on day {d}"),
        dates::MonthlyOn::NthWeekday(n, w) => format!(" on {} {}", ordinal(*n), weekday_name(*w)),
    };
    match c {
        dates::Cadence::Daily => "daily".into(),
        dates::Cadence::Weekly { on: None } => "weekly".into(),
        dates::Cadence::Weekly { on: Some(w) } => format!("weekly on {}", weekday_name(*w)),
        dates::Cadence::EveryNWeeks { n, on } => match on {
            Some(w) => format!("every {n} weeks on {}", weekday_name(*w)),
            None => format!("every {n} weeks"),
        },
        dates::Cadence::EveryNDays { n } => format!("every {n} days"),
        dates::Cadence::Monthly { on } => format!("monthly{}", on_month(on)),
        dates::Cadence::Quarterly { on } => format!("quarterly{}", on_month(on)),
        dates::Cadence::Annually => "annually".into(),
        dates::Cadence::Once(date) => format!("once, on {date}"),
    }
}

fn ordinal(n: dates::Ordinal) -> &'static str {
    match n {
        dates::Ordinal::First => "first",
        dates::Ordinal::Second => "second",
        dates::Ordinal::Third => "third",
        dates::Ordinal::Fourth => "fourth",
        dates::Ordinal::Last => "last",
    }
}
