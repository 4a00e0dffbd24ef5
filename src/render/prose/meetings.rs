//! Meetings and communication: recurring meetings, reviews with their
//! adjustment criteria, surveys and reports.
//!
//! Occurrences come from `ir::dates::occurrences`, the stream the schedule
//! and the calendar are written from, so the first date and the count here
//! are the schedule's.

use super::Ctx;
use crate::ir::dates::{self, Adjust, Cadence};
use crate::ir::{MeetingKind, Recurring};
use crate::render::doc::{Para, Section, Text};
use crate::render::words;

/// `; 36 times over the term, the first on 5 January 2026`.
fn occurrences(cx: &Ctx, cadence: Cadence, adjust: Adjust) -> Text {
    let Some(term) = cx.p.term else {
        return Text::new();
    };
    let since = cx.since.filter(|d| *d > term.start);
    let mut it = dates::occurrences(cadence, adjust, term.start, term.end, &cx.p.calendar)
        .filter(|d| since.is_none_or(|s| *d >= s));
    let Some(first) = it.next() else {
        if let Cadence::Once(_) = cadence {
            return Text::plain("; that day falls outside the term");
        }
        return Text::plain("; no date of this cadence falls within the term");
    };
    if let Cadence::Once(_) = cadence {
        // The cadence already says the date.
        return Text::new();
    }
    let count = 1 + it.count();
    if count == 1 {
        return Text::plain("; once, on ").b(words::date(first));
    }
    let over = match since {
        Some(day) => format!(
            " from {} to the end of the term, the first on ",
            words::date(day)
        ),
        None => " over the term, the first on ".to_string(),
    };
    Text::plain("; ")
        .b(format!("{count} times"))
        .t(over)
        .b(words::date(first))
}

pub fn section(cx: &Ctx) -> Option<Section> {
    let p = cx.p;
    let mut s = Section::new("Meetings and communication", "meetings");
    let mut meetings = Vec::new();
    for m in &p.meetings {
        let verb = match m.kind {
            MeetingKind::Meeting => "meet",
            MeetingKind::Review => "review the partnership",
        };
        let mut t = Text::new().b(words::spoken(&m.name)).t(format!(
            ": {} {verb} {}",
            cx.actors(&m.participants),
            words::cadence(&m.cadence, cx.start())
        ));
        if let Some(at) = m.at {
            t = t.t(format!(" at {}", at.format("%H:%M")));
        }
        if let Some(length) = &m.length {
            t = t.t(format!(" for {}", words::duration(length)));
        }
        if let Some(channel) = &m.channel {
            t = t.t(format!(" via {channel}"));
        }
        match m.adjust {
            Adjust::None => {}
            Adjust::Following => {
                t = t.t(", moved to the next business day when it falls on another day")
            }
            Adjust::Preceding => {
                t = t.t(", moved to the previous business day when it falls on another day")
            }
        }
        t = t.append(occurrences(cx, m.cadence, m.adjust)).t(".");
        if !m.adjustments.is_empty() {
            let adjust: Vec<Text> = m
                .adjustments
                .iter()
                .map(|a| {
                    let objects: Vec<String> = a.objects.iter().map(|o| words::spoken(o)).collect();
                    Text::plain(format!("they adjust {} when ", words::list(&objects)))
                        .append(cx.cond(&a.condition))
                })
                .collect();
            t = t
                .t(" At each review ")
                .append(words::list_text(adjust))
                .t(".");
        }
        let duties: Vec<Text> = m
            .duties
            .iter()
            .filter_map(|i| p.obligations.get(*i))
            .map(|o| super::obligation(cx, o, Some("the review")))
            .collect();
        if !duties.is_empty() {
            t = t.t(" At each review: ");
            for (i, duty) in duties.into_iter().enumerate() {
                if i > 0 {
                    t = t.t(" ");
                }
                t = t.append(duty);
            }
        }
        meetings.push(Para::new(t, Some(m.span)));
    }
    s.list(false, meetings);
    let mut duties = Vec::new();
    for r in &p.surveys {
        duties.push(recurring(cx, r, "runs the survey"));
    }
    for r in &p.reports {
        duties.push(recurring(cx, r, "reports"));
    }
    s.list(false, duties);
    (!s.blocks.is_empty()).then_some(s)
}

fn recurring(cx: &Ctx, r: &Recurring, verb: &str) -> Para {
    let who = if r.by.is_empty() {
        "Each party".to_string()
    } else {
        cx.actors(&r.by)
    };
    let mut t = Text::plain(format!("{who} {verb} "))
        .b(words::spoken(&r.name))
        .t(format!(" {}", words::cadence(&r.cadence, cx.start())));
    if r.anonymous {
        t = t.t(", anonymously");
    }
    if let Some(d) = &r.description {
        t = t.t(format!(" (“{d}”)"));
    }
    t = t.append(occurrences(cx, r.cadence, Adjust::None)).t(".");
    Para::new(t, Some(r.span))
}
