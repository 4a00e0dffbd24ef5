//! Performance: the metrics with their tiers and targets, and the weights
//! of the three health tiers over time.
//!
//! A weight stage `after D` takes effect on start + D (design §5.1), the
//! same duration arithmetic as every deadline.

use super::Ctx;
use crate::ir::{Period, HEALTH_METRICS};
use crate::render::doc::{Block, Section, Table, Text};
use crate::render::words;
use crate::run::periods::periods;
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
    if p.metrics.iter().any(|m| !built_in(m)) {
        let mut table = Table::new(
            "The metrics the partners measure",
            &["metric", "kind", "tier", "better when", "target"],
        );
        for m in p.metrics.iter().filter(|m| !built_in(m)) {
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
    if let Some(t) = health(cx) {
        let span = p
            .health
            .as_ref()
            .map(|h| h.span)
            .or_else(|| p.metrics.iter().find(|m| built_in(m)).map(|m| m.span));
        s.blocks
            .push(Block::Para(crate::render::doc::Para::new(t, span)));
        let mut tiers = Vec::new();
        for tier in HEALTH_TIERS {
            let counted: Vec<String> = p
                .metrics
                .iter()
                .filter(|m| m.tier.as_deref() == Some(tier) && m.target.is_some())
                .map(|m| m.name.clone())
                .collect();
            let weighted = p
                .weights
                .iter()
                .any(|st| st.weights.iter().any(|(t, w)| t == tier && !w.is_zero()));
            let t = if counted.is_empty() {
                if !weighted {
                    continue;
                }
                Text::plain(format!(
                    "The {tier} tier has weight but no metric with a target, so it scores 0%."
                ))
            } else {
                let mut t = Text::plain(format!("The {tier} tier counts "));
                for (i, name) in counted.iter().enumerate() {
                    if i > 0 {
                        t = t.t(if i + 1 == counted.len() {
                            " and "
                        } else {
                            ", "
                        });
                    }
                    t = t.c(name.clone());
                }
                t.t(".")
            };
            tiers.push(crate::render::doc::Para::new(t, None));
        }
        s.list(false, tiers);
    }
    (!s.blocks.is_empty()).then_some(s)
}

const HEALTH_TIERS: [&str; 3] = ["operational", "relational", "strategic"];

/// A metric lowering added for `health` (no tier, no target), not one the
/// contract declares.
fn built_in(m: &crate::ir::Metric) -> bool {
    HEALTH_METRICS.contains(&m.name.as_str()) && m.tier.is_none() && m.target.is_none()
}

/// How health is scored, with the periods of the term (design §10.1).
fn health(cx: &Ctx) -> Option<Text> {
    let p = cx.p;
    if p.health.is_none() && !p.metrics.iter().any(built_in) {
        return None;
    }
    let period = p.health.as_ref().map_or(Period::Quarterly, |h| h.period);
    let mut t = Text::plain(format!("Health is scored {}", words::period(&period)));
    if p.health.is_none() {
        t = t.t(" (the default, as the contract uses health without a health clause)");
    }
    if let Some(term) = p.term {
        let list = periods(term, &period, &p.calendar, term.end);
        if let (Some((from, to)), count) = (list.first(), list.len()) {
            t = t
                .t(", ")
                .b(format!("{count} times"))
                .t(" over the term (the first period from ")
                .b(words::date(*from))
                .t(" to ")
                .b(words::date(*to))
                .t(")");
        }
    }
    Some(t.t(". Each tier's score is the share of its metrics with a target whose last reading in the period meets it (a metric with no reading counts as not met); ")
        .c("health")
        .t(" is the sum of the tier scores weighted as on the period's first day, known on its last day, and ")
        .c("health.operational")
        .t(", ")
        .c("health.relational")
        .t(" and ")
        .c("health.strategic")
        .t(" are the tier scores."))
}
