//! Milestones: a table of deliverables with their due dates, owners and
//! dependencies (linked when they are another partnership's).

use super::Ctx;
use crate::render::doc::{Block, Section, Table, Text};
use crate::render::words;

pub fn section(cx: &Ctx) -> Option<Section> {
    let p = cx.p;
    if p.milestones.is_empty() {
        return None;
    }
    let mut s = Section::new("Milestones", "milestones");
    let mut table = Table::new(
        "Milestones, in the order written",
        &["milestone", "due", "owner", "requires"],
    );
    for m in &p.milestones {
        let requires: Vec<Text> = m
            .requires
            .iter()
            .map(|(partnership, milestone, _)| {
                if *partnership == p.name {
                    Text::plain(words::spoken(milestone))
                } else {
                    let label = format!("{} of {partnership}", words::spoken(milestone));
                    match cx.pages.get(partnership) {
                        Some(page) => Text::new().link(label, page, Some("milestones")),
                        None => Text::plain(label),
                    }
                }
            })
            .collect();
        table.row(
            vec![
                Text::new().b(words::spoken(&m.name)),
                Text::new().b(words::date(m.due)),
                Text::plain(m.owner.map_or_else(|| "—".to_string(), |o| cx.party(o))),
                if requires.is_empty() {
                    Text::plain("—")
                } else {
                    words::list_text(requires)
                },
            ],
            Some(m.span),
        );
    }
    s.blocks.push(Block::Table(table));
    Some(s)
}
