//! The load map: each role's hours of meetings per calendar month against
//! its capacity, as an SVG heat map, with a table of peaks for readers who
//! cannot see it (and for Markdown).
//!
//! The hours are `check::portfolio::monthly_load`, the numbers the
//! capacity check (E04xx) and `pact check --summary` use.

use crate::check::portfolio::{monthly_load, RoleLoad};
use crate::ir::Portfolio;
use crate::render::doc::{Block, Table, Text};
use crate::render::page::html::escape;
use crate::render::words;
use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use std::fmt::Write;

const CELL_H: f64 = 22.0;
const TOP: f64 = 40.0;

/// `1 hour`, `2.5 hours`.
fn hours(h: Decimal) -> String {
    let h = h.round_dp(2);
    format!(
        "{} hour{}",
        words::number(h),
        if h == Decimal::ONE { "" } else { "s" }
    )
}

fn role_name(portfolio: &Portfolio, load: &RoleLoad) -> String {
    portfolio
        .parties
        .get(load.party)
        .and_then(|p| {
            p.roles
                .get(load.role)
                .map(|r| format!("{}.{}", p.name, r.name))
        })
        .unwrap_or_default()
}

/// The colour of a month: by share of capacity, or by hours without one.
fn colour(hours: Decimal, capacity: Option<Decimal>, max: Decimal) -> &'static str {
    if hours.is_zero() {
        return "#ffffff";
    }
    match capacity.filter(|c| !c.is_zero()) {
        Some(cap) => {
            let share = (hours / cap).to_f64().unwrap_or(0.0);
            match share {
                s if s > 1.0 => "#c0392b",
                s if s > 0.8 => "#f39c12",
                s if s > 0.5 => "#f7dc6f",
                _ => "#a9dfbf",
            }
        }
        None => {
            let share = if max.is_zero() {
                0.0
            } else {
                (hours / max).to_f64().unwrap_or(0.0)
            };
            match share {
                s if s > 0.66 => "#7f8c9a",
                s if s > 0.33 => "#aeb6bf",
                _ => "#d5d8dc",
            }
        }
    }
}

/// The heat map and its table; nothing when no meeting has a length.
pub fn blocks(portfolio: &Portfolio) -> Vec<Block> {
    let loads = monthly_load(portfolio);
    let months: Vec<(i32, u32)> = {
        let mut all: Vec<(i32, u32)> = loads
            .iter()
            .flat_map(|l| l.months.keys().copied())
            .collect();
        all.sort_unstable();
        all.dedup();
        match (all.first(), all.last()) {
            (Some(&first), Some(&last)) => {
                let mut out = Vec::new();
                let mut m = first;
                while m <= last && out.len() < 1200 {
                    out.push(m);
                    m = if m.1 == 12 {
                        (m.0 + 1, 1)
                    } else {
                        (m.0, m.1 + 1)
                    };
                }
                out
            }
            _ => Vec::new(),
        }
    };
    if loads.is_empty() || months.is_empty() {
        return Vec::new();
    }
    let max = loads
        .iter()
        .flat_map(|l| l.months.values().copied())
        .max()
        .unwrap_or_default();
    // Room for the longest label (about 6.4 pixels a character at 11px).
    let label_width = loads
        .iter()
        .map(|l| {
            let capacity = l.capacity.map_or(11, |c| words::number(c).len() + 4);
            role_name(portfolio, l).chars().count() + capacity + 3
        })
        .max()
        .unwrap_or(20) as f64
        * 6.4
        + 12.0;
    let label = label_width.clamp(120.0, 420.0);
    let cell_w = (760.0 / months.len() as f64).clamp(4.0, 24.0);
    let width = label + cell_w * months.len() as f64 + 20.0;
    let height = TOP + CELL_H * loads.len() as f64 + 50.0;
    let mut s = String::new();
    let _ = write!(
        s,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"load-title load-desc\" width=\"{width:.0}\" height=\"{height:.0}\" viewBox=\"0 0 {width:.0} {height:.0}\" font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\" font-size=\"11\">\n<title id=\"load-title\">Monthly load of each role against its capacity</title>\n<desc id=\"load-desc\">One row per role, one column per month from {} to {}. Green: up to half the capacity; yellow: up to 80%; orange: up to the capacity; red: over it; grey shades for roles without a declared capacity. The table after the picture gives each role's peak.</desc>\n",
        months.first().map_or_else(String::new, |m| words::month(m.0, m.1)),
        months.last().map_or_else(String::new, |m| words::month(m.0, m.1)),
    );
    for (i, (year, month)) in months.iter().enumerate() {
        let x = label + cell_w * i as f64;
        if *month == 1 || i == 0 {
            let _ = writeln!(
                s,
                "<text x=\"{x:.1}\" y=\"{}\" fill=\"#333\">{year}</text><line x1=\"{x:.1}\" y1=\"{}\" x2=\"{x:.1}\" y2=\"{:.1}\" stroke=\"#9aa3ad\"/>",
                TOP - 22.0,
                TOP - 18.0,
                TOP + CELL_H * loads.len() as f64
            );
        }
        if cell_w >= 14.0 {
            let _ = writeln!(
                s,
                "<text x=\"{:.1}\" y=\"{}\" fill=\"#666\" font-size=\"9\">{}</text>",
                x + 1.0,
                TOP - 5.0,
                words::month_short(*month).get(..1).unwrap_or("")
            );
        }
    }
    for (row, load) in loads.iter().enumerate() {
        let y = TOP + CELL_H * row as f64;
        let name = role_name(portfolio, load);
        let capacity = load.capacity.map_or_else(
            || "no capacity".to_string(),
            |c| format!("{} h", words::number(c)),
        );
        let _ = writeln!(
            s,
            "<text x=\"6\" y=\"{:.1}\">{} <tspan fill=\"#666\">({})</tspan></text>",
            y + 15.0,
            escape(&name),
            escape(&capacity)
        );
        for (i, (year, month)) in months.iter().enumerate() {
            let hours = load
                .months
                .get(&(*year, *month))
                .copied()
                .unwrap_or_default();
            let x = label + cell_w * i as f64;
            let over = load.capacity.is_some_and(|c| hours > c);
            let of = load
                .capacity
                .map_or_else(String::new, |c| format!(" of {}", words::number(c)));
            let _ = writeln!(
                s,
                "<rect x=\"{x:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"{}\" stroke=\"{}\" stroke-width=\"{}\"><title>{}, {}: {}{of}</title></rect>",
                y + 2.0,
                cell_w - 1.0,
                CELL_H - 4.0,
                colour(hours, load.capacity, max),
                if over { "#7b1113" } else { "#e1e4e8" },
                if over { "1.5" } else { "0.5" },
                escape(&name),
                words::month(*year, *month),
                self::hours(hours),
            );
        }
    }
    let ly = TOP + CELL_H * loads.len() as f64 + 24.0;
    let legend = [
        ("#a9dfbf", "up to 50% of capacity"),
        ("#f7dc6f", "up to 80%"),
        ("#f39c12", "up to 100%"),
        ("#c0392b", "over capacity"),
        ("#aeb6bf", "no capacity declared"),
    ];
    let mut x = label;
    for (fill, text) in legend {
        let _ = writeln!(
            s,
            "<rect x=\"{x:.1}\" y=\"{:.1}\" width=\"12\" height=\"12\" fill=\"{fill}\" stroke=\"#999\" stroke-width=\"0.5\"/><text x=\"{:.1}\" y=\"{:.1}\">{text}</text>",
            ly - 10.0,
            x + 16.0,
            ly
        );
        x += 30.0 + 6.5 * text.len() as f64;
    }
    s.push_str("</svg>");
    let mut table = Table::new(
        "Peak monthly load of each role",
        &[
            "role",
            "capacity (hours a month)",
            "peak",
            "months over capacity",
        ],
    );
    for load in &loads {
        let peak = load
            .months
            .iter()
            .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)));
        let over: Vec<String> = match load.capacity {
            Some(c) => load
                .months
                .iter()
                .filter(|(_, h)| **h > c)
                .map(|((y, m), _)| words::month(*y, *m))
                .collect(),
            None => Vec::new(),
        };
        table.row(
            vec![
                Text::new().c(role_name(portfolio, load)),
                Text::plain(
                    load.capacity
                        .map_or_else(|| "not declared".to_string(), words::number),
                ),
                match peak {
                    Some(((y, m), h)) => Text::new()
                        .b(hours(*h))
                        .t(format!(" in {}", words::month(*y, *m))),
                    None => Text::plain("none"),
                },
                Text::plain(if over.is_empty() {
                    "none".to_string()
                } else if over.len() > 6 {
                    format!(
                        "{} months, from {}",
                        over.len(),
                        over.first().cloned().unwrap_or_default()
                    )
                } else {
                    words::list(&over)
                }),
            ],
            None,
        );
    }
    vec![Block::Figure {
        svg: s,
        caption: "Hours of meetings and reviews per role and calendar month, against each role's declared capacity.".to_string(),
        fallback: vec![Block::Table(table)],
    }]
}
