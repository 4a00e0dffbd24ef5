//! Governance and the ladders: governance tiers and how they evolve, the
//! escalation levels, and the dispute ladder as numbered steps.
//!
//! Ladder deadlines are relative (a dispute has no date until it is
//! notified), so each step says what its clock counts from.

use super::Ctx;
use crate::render::doc::{Block, Para, Section, Table, Text};
use crate::render::words;

pub fn section(cx: &Ctx) -> Option<Section> {
    let p = cx.p;
    let mut s = Section::new("Governance and escalation", "governance");
    let g = &p.governance;
    if !g.tiers.is_empty() {
        let mut table = Table::new("Governance tiers", &["tier", "members", "decides"]);
        for tier in &g.tiers {
            table.row(tier_cells(cx, tier), Some(tier.span));
        }
        s.blocks.push(Block::Table(table));
    }
    for (after, tiers, span) in &g.stages {
        let mut t = Text::plain(format!("After {}", words::duration(after)));
        if let Some(date) = cx.start().and_then(|st| after.after(st, &p.calendar)) {
            t = t.t(", from ").b(words::date(date));
        }
        s.para(
            t.t(", these tiers replace the ones of the same name:"),
            *span,
        );
        let mut table = Table::new(
            &format!("Governance tiers after {}", words::duration(after)),
            &["tier", "members", "decides"],
        );
        for tier in tiers {
            table.row(tier_cells(cx, tier), Some(tier.span));
        }
        s.blocks.push(Block::Table(table));
    }
    if !p.escalation.is_empty() {
        s.blocks.push(Block::Para(Para::new(
            Text::plain("Issues escalate by severity:"),
            None,
        )));
        let items = p
            .escalation
            .iter()
            .map(|level| {
                let mut t = Text::new().b(words::spoken(&level.name));
                if let Some(c) = &level.condition {
                    t = t.t(" (when ").append(cx.cond(c)).t(")");
                }
                Para::new(
                    t.t(format!(
                        ": handled by {}, who respond within ",
                        cx.actors(&level.handlers)
                    ))
                    .b(words::duration(&level.within))
                    .t("."),
                    Some(level.span),
                )
            })
            .collect();
        s.list(true, items);
    }
    if let Some(d) = &p.disputes {
        let event = cx
            .portfolio
            .events
            .get(d.event)
            .map_or_else(|| "an event".to_string(), |e| e.name.clone());
        s.para(
            Text::plain("A dispute starts with ")
                .c(event)
                .t(" (the notice). It climbs these steps; each step's clock starts when the step before ends unresolved, unless it counts from the notice:"),
            d.span,
        );
        let items = d
            .steps
            .iter()
            .map(|step| {
                let mut t = Text::new().b(words::spoken(&step.name));
                if !step.by.is_empty() {
                    t = t.t(format!(" by {}", cx.actors(&step.by)));
                }
                if let Some(within) = &step.within {
                    t = t.t(", within ").b(words::duration(within));
                    if step.from_notice {
                        t = t.t(" of the notice");
                    }
                }
                if !step.requires.is_empty() {
                    let needs: Vec<String> =
                        step.requires.iter().map(|r| words::spoken(r)).collect();
                    t = t.t(format!("; it requires {}", words::list(&needs)));
                }
                if step.binding {
                    t = t.t("; its decision is binding");
                }
                Para::new(t.t("."), Some(step.span))
            })
            .collect();
        s.list(true, items);
    }
    (!s.blocks.is_empty()).then_some(s)
}

fn tier_cells(cx: &Ctx, tier: &crate::ir::GovernanceTier) -> Vec<Text> {
    let decides: Vec<String> = tier.decides.iter().map(|d| words::spoken(d)).collect();
    vec![
        Text::new().b(words::spoken(&tier.name)),
        Text::plain(cx.actors(&tier.members)),
        Text::plain(words::list(&decides)),
    ]
}
