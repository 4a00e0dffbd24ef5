//! Performance: the metrics with their tiers and targets, and the weights
//! of the three health tiers over time.
//!
//! A weight stage `after D` takes effect on start + D (design §5.1), the
//! same duration arithmetic as every deadline.

use super::Ctx;
use crate::render::doc::{Block, Section, Table, Text};
use crate::render::words;
use crate::vocab::{CmpOp, Direction};

fn target_words(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Lt => "below",
        CmpOp::Le => "at most",
        CmpOp::Gt => "above",
        CmpOp::Ge => "at least",
        CmpOp::Eq => "exactly",
        CmpOp::Ne => "anything but",
    }
}

pub fn section(cx: &Ctx) -> Option<Section> {
    let p = cx.p;
    let mut s = Section::new("Performance", "performance");
    if !p.metrics.is_empty() {
        let mut table = Table::new(
            "The metrics the partners measure",
            &["metric", "kind", "tier", "better when", "target"],
        );
        for m in &p.metrics {
            let mut kind = m.ty.name().to_string();
            if let Some((lo, hi)) = m.range {
                kind.push_str(&format!(
                    " from {} to {}",
                    words::number(lo),
                    words::number(hi)
                ));
            }
            table.row(
                vec![
                    Text::new().c(m.name.clone()),
                    Text::plain(kind),
                    Text::plain(m.tier.clone().unwrap_or_else(|| "—".into())),
                    Text::plain(match m.direction {
                        Direction::HigherIsBetter => "higher",
                        Direction::LowerIsBetter => "lower",
                    }),
                    match &m.target {
                        Some((op, v)) => {
                            Text::plain(format!("{} ", target_words(*op))).b(words::value(v))
                        }
                        None => Text::plain("none"),
                    },
                ],
                Some(m.span),
            );
        }
        s.blocks.push(Block::Table(table));
    }
    if !p.weights.is_empty() {
        let mut tiers: Vec<String> = Vec::new();
        for stage in &p.weights {
            for (tier, _) in &stage.weights {
                if !tiers.contains(tier) {
                    tiers.push(tier.clone());
                }
            }
        }
        let mut head = vec!["from"];
        head.extend(tiers.iter().map(String::as_str));
        let mut table = Table::new("Weights of the health tiers", &head);
        for stage in &p.weights {
            let from = match (&stage.after, cx.start()) {
                (None, Some(start)) => Text::plain("the start, ").b(words::date(start)),
                (None, None) => Text::plain("the start"),
                (Some(d), start) => {
                    let date = start.and_then(|s| d.after(s, &p.calendar));
                    let t = Text::plain(format!("after {}", words::duration(d)));
                    match date {
                        Some(date) => t.t(", ").b(words::date(date)),
                        None => t,
                    }
                }
            };
            let mut cells = vec![from];
            for tier in &tiers {
                let weight = stage
                    .weights
                    .iter()
                    .find(|(t, _)| t == tier)
                    .map_or_else(|| "—".to_string(), |(_, w)| words::percent(*w));
                cells.push(Text::plain(weight));
            }
            table.row(cells, Some(stage.span));
        }
        s.blocks.push(Block::Table(table));
    }
    (!s.blocks.is_empty()).then_some(s)
}
