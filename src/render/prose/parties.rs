//! Who the parties are, their roles, the framework the partnership sits
//! under, law, venue, currency and the business-day calendar.
//!
//! `currency`, `calendar` and `timezone` have no span in the model: their
//! sentences carry none, and the fallback knows those keywords.

use super::Ctx;
use crate::render::doc::{Para, Section, Text};
use crate::render::words;

pub fn section(cx: &Ctx) -> Option<Section> {
    let p = cx.p;
    let mut s = Section::new("Parties", "parties");
    if !p.parties.is_empty() {
        let bound: Vec<Text> = p
            .parties
            .iter()
            .map(|b| {
                let party = cx.portfolio.parties.get(b.party);
                let name = cx.party(b.party);
                let mut t = match party.and_then(|x| x.title.clone()) {
                    Some(title) => Text::new().b(title).t(format!(" ({name})")),
                    None => Text::new().b(name),
                };
                if let Some(label) = &b.label {
                    t = t.t(format!(" as the {}", words::spoken(label)));
                }
                t
            })
            .collect();
        let span = p.parties.first().map_or(p.span, |b| b.span);
        s.para(
            Text::plain("This agreement is between ")
                .append(words::list_text(bound))
                .t("."),
            span,
        );
        s.covers.extend(p.parties.iter().map(|b| b.span));
    }
    if let Some(master) = &p.master {
        s.para(
            Text::plain("It sits under the master agreement ")
                .c(master.clone())
                .t(", and every clause of that agreement applies to it unless this one replaces it."),
            p.span,
        );
    }
    let mut roles = Vec::new();
    for b in &p.parties {
        let Some(party) = cx.portfolio.parties.get(b.party) else {
            continue;
        };
        if party.roles.is_empty() {
            continue;
        }
        let described: Vec<String> = party
            .roles
            .iter()
            .map(|r| {
                let mut text = match &r.title {
                    Some(title) => format!("{title} ({})", r.name),
                    None => words::spoken(&r.name),
                };
                if let Some(hours) = r.capacity_hours {
                    text.push_str(&format!(", up to {} hours a month", words::number(hours)));
                }
                text
            })
            .collect();
        roles.push(Para::new(
            Text::new()
                .b(party.name.clone())
                .t(format!(" acts through: {}.", described.join("; "))),
            Some(party.span),
        ));
    }
    s.list(false, roles);
    if let Some((law, span)) = &p.law {
        s.para(
            Text::plain("The agreement is governed by the law of ")
                .b(law.clone())
                .t("."),
            *span,
        );
    }
    if let Some((venue, span)) = &p.venue {
        s.para(
            Text::plain("Disputes that reach a court are heard in ")
                .b(venue.clone())
                .t("."),
            *span,
        );
    }
    if let Some(currency) = &p.currency {
        s.blocks.push(crate::render::doc::Block::Para(Para::new(
            Text::plain("Amounts are in ").b(currency.clone()).t("."),
            None,
        )));
    }
    if let Some(zone) = &p.timezone {
        s.blocks.push(crate::render::doc::Block::Para(Para::new(
            Text::plain("Times of day are in the time zone ")
                .b(zone.clone())
                .t("."),
            None,
        )));
    }
    s.blocks.push(crate::render::doc::Block::Para(Para::new(
        calendar(cx),
        None,
    )));
    Some(s)
}

/// The business days, in words.
fn calendar(cx: &Ctx) -> Text {
    let cal = &cx.p.calendar;
    let week = crate::ir::dates::WEEK;
    let flags: Vec<bool> = week.iter().map(|d| cal.is_workday(*d)).collect();
    let days: Vec<String> = week
        .iter()
        .filter(|d| cal.is_workday(**d))
        .map(|d| words::weekday_name(*d).to_string())
        .collect();
    // A run of three or more days in a row reads as `Monday to Friday`.
    let first = flags.iter().position(|f| *f);
    let last = flags.iter().rposition(|f| *f);
    let contiguous = match (first, last) {
        (Some(a), Some(b)) => {
            flags.get(a..=b).is_some_and(|run| run.iter().all(|f| *f)) && b >= a + 2
        }
        _ => false,
    };
    let mut t = if days.is_empty() {
        Text::plain("No weekday is a business day")
    } else if contiguous {
        Text::plain(format!(
            "Business days are {} to {}",
            days.first().cloned().unwrap_or_default(),
            days.last().cloned().unwrap_or_default()
        ))
    } else {
        Text::plain("Business days are ").t(words::list(&days))
    };
    if !cal.holidays.is_empty() {
        let holidays: Vec<String> = cal.holidays.iter().map(|d| words::date(*d)).collect();
        t = t.t(", except the holidays ").t(words::list(&holidays));
    }
    t.t(". Deadlines in business days count only those days.")
}
