//! The change protocol: a table of levels (when each applies, who decides
//! and by when), and the final authority.

use super::Ctx;
use crate::render::doc::{Block, Section, Table, Text};
use crate::render::words;

pub fn section(cx: &Ctx) -> Option<Section> {
    let changes = cx.p.changes.as_ref()?;
    let mut s = Section::new("Changes", "changes");
    s.covers.push(changes.span);
    let mut table = Table::new(
        "Change levels: which applies, and its pathway",
        &["level", "applies when", "pathway"],
    );
    for level in &changes.levels {
        let steps: Vec<Text> = level
            .pathway
            .iter()
            .enumerate()
            .map(|(i, step)| {
                let mut t =
                    Text::plain(if i == 0 { "" } else { "then " }).t(words::spoken(&step.action));
                if !step.by.is_empty() {
                    t = t.t(format!(" by {}", cx.actors(&step.by)));
                }
                if let Some(within) = &step.within {
                    t = t.t(" within ").b(words::duration(within));
                }
                t
            })
            .collect();
        let mut pathway = Text::new();
        for (i, step) in steps.into_iter().enumerate() {
            if i > 0 {
                pathway = pathway.t("; ");
            }
            pathway = pathway.append(step);
        }
        table.row(
            vec![
                Text::new().b(words::spoken(&level.name)),
                cx.cond(&level.condition),
                pathway,
            ],
            Some(level.span),
        );
    }
    s.blocks.push(Block::Table(table));
    if !changes.authority.is_empty() {
        s.para(
            Text::plain(format!(
                "A later step arises only when the step before is unresolved at its deadline. The final authority is {}.",
                cx.actors(&changes.authority)
            )),
            changes.span,
        );
    }
    Some(s)
}
