//! The timeline: one row per partnership with its term, renewal window,
//! decision date, notice deadline, exit transition and milestones, and an
//! arrow for each milestone dependency (across rows too). Drawn as SVG with
//! a `<title>` on every mark for screen readers and tooltips.
//!
//! Dates are the schedule's (`emit::calendar::one_offs`); x positions are
//! whole days from the first January shown.

use crate::emit::calendar::{one_offs, EventKind};
use crate::ir::{MilestoneId, Partnership, PartnershipId, Portfolio};
use crate::render::page::html::escape;
use crate::render::words;
use chrono::{Datelike, NaiveDate};
use std::collections::BTreeMap;
use std::fmt::Write;

const LABEL: f64 = 190.0;
const PLOT: f64 = 720.0;
const ROW: f64 = 30.0;
const TOP: f64 = 34.0;

/// One partnership's dated marks.
pub struct Row<'a> {
    pub p: &'a Partnership,
    /// Its place in the portfolio, which milestone dependencies name.
    pub id: PartnershipId,
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub window: Option<NaiveDate>,
    pub decision: Option<NaiveDate>,
    pub notice: Option<NaiveDate>,
    pub transition_end: Option<NaiveDate>,
}

pub fn rows(portfolio: &Portfolio) -> Vec<Row<'_>> {
    let mut out: Vec<Row> = portfolio
        .partnerships
        .iter()
        .enumerate()
        .filter_map(|(id, p)| {
            let term = p.term?;
            let dates = one_offs(p);
            let find = |kind: EventKind| dates.iter().find(|e| e.0 == kind).map(|e| e.2);
            let transition_end = p
                .exit
                .as_ref()
                .and_then(|e| e.transition.as_ref())
                .and_then(|(d, _)| d.after(term.end, &p.calendar));
            Some(Row {
                p,
                id,
                start: term.start,
                end: term.end,
                window: find(EventKind::RenewalWindowOpens),
                decision: find(EventKind::RenewalDecision),
                notice: find(EventKind::NoticeDeadline),
                transition_end,
            })
        })
        .collect();
    out.sort_by(|a, b| a.start.cmp(&b.start).then(a.p.name.cmp(&b.p.name)));
    out
}

struct Scale {
    from: NaiveDate,
    days: f64,
}

impl Scale {
    fn x(&self, d: NaiveDate) -> f64 {
        let offset = d.signed_duration_since(self.from).num_days() as f64;
        LABEL + (offset / self.days).clamp(0.0, 1.0) * PLOT
    }
}

/// The SVG, or `None` when no partnership has a term.
pub fn svg(rows: &[Row], pages: &BTreeMap<String, String>) -> Option<String> {
    let first = rows.iter().map(|r| r.start).min()?;
    let last = rows
        .iter()
        .map(|r| r.transition_end.unwrap_or(r.end).max(r.end))
        .chain(
            rows.iter()
                .flat_map(|r| r.p.milestones.iter().map(|m| m.due)),
        )
        .max()?;
    let first = first.min(
        rows.iter()
            .flat_map(|r| r.p.milestones.iter().map(|m| m.due))
            .min()
            .unwrap_or(first),
    );
    let from = NaiveDate::from_ymd_opt(first.year(), 1, 1)?;
    let to = NaiveDate::from_ymd_opt(last.year().checked_add(1)?, 1, 1)?;
    let scale = Scale {
        from,
        days: (to.signed_duration_since(from).num_days().max(1)) as f64,
    };
    let height = TOP + ROW * rows.len() as f64 + 56.0;
    let width = LABEL + PLOT + 20.0;
    let mut s = String::new();
    let _ = write!(
        s,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"timeline-title timeline-desc\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\" font-size=\"11\">\n<title id=\"timeline-title\">Timeline of the portfolio</title>\n<desc id=\"timeline-desc\">One row per partnership from {} to {}: the term as a blue bar, the renewal window in orange up to the decision date (red line), the last day for notice (black triangle), the exit transition in grey, milestones as diamonds and dependencies as arrows. The table after the picture lists the same dates.</desc>\n",
        words::date(from),
        words::date(to.pred_opt().unwrap_or(to))
    );
    // Year lines and labels.
    let mut year = from.year();
    while let Some(d) = NaiveDate::from_ymd_opt(year, 1, 1) {
        if d > to {
            break;
        }
        let x = scale.x(d);
        let _ = writeln!(
            s,
            "<line x1=\"{x:.1}\" y1=\"{}\" x2=\"{x:.1}\" y2=\"{:.1}\" stroke=\"#c9ced6\"/>",
            TOP - 8.0,
            TOP + ROW * rows.len() as f64
        );
        if d < to {
            let _ = writeln!(
                s,
                "<text x=\"{:.1}\" y=\"{}\" fill=\"#333\">{year}</text>",
                x + 3.0,
                TOP - 12.0
            );
        }
        for q in [4u32, 7, 10] {
            if let Some(qd) = NaiveDate::from_ymd_opt(year, q, 1) {
                if qd < to {
                    let qx = scale.x(qd);
                    let _ = writeln!(
                        s,
                        "<line x1=\"{qx:.1}\" y1=\"{}\" x2=\"{qx:.1}\" y2=\"{:.1}\" stroke=\"#eceff3\"/>",
                        TOP - 4.0,
                        TOP + ROW * rows.len() as f64
                    );
                }
            }
        }
        year += 1;
    }
    // Where each milestone is drawn, for the dependency arrows.
    let mut at: BTreeMap<MilestoneId, (f64, f64)> = BTreeMap::new();
    for (i, r) in rows.iter().enumerate() {
        let y = TOP + ROW * i as f64;
        for (index, m) in r.p.milestones.iter().enumerate() {
            let id = MilestoneId {
                partnership: r.id,
                index,
            };
            at.insert(id, (scale.x(m.due), y + ROW / 2.0));
        }
    }
    for (i, r) in rows.iter().enumerate() {
        let y = TOP + ROW * i as f64;
        let name = escape(&r.p.name);
        if i % 2 == 1 {
            let _ = writeln!(
                s,
                "<rect x=\"0\" y=\"{y:.1}\" width=\"{width}\" height=\"{ROW}\" fill=\"#f7f8fa\"/>"
            );
        }
        let label = match pages.get(&r.p.name) {
            Some(page) => format!(
                "<a href=\"{}.html\"><text x=\"6\" y=\"{:.1}\" fill=\"#1f5fa8\">{name}</text></a>",
                escape(page),
                y + ROW / 2.0 + 4.0
            ),
            None => format!(
                "<text x=\"6\" y=\"{:.1}\">{name}</text>",
                y + ROW / 2.0 + 4.0
            ),
        };
        s.push_str(&label);
        s.push('\n');
        let (x0, x1) = (scale.x(r.start), scale.x(r.end.succ_opt().unwrap_or(r.end)));
        let _ = writeln!(
            s,
            "<rect x=\"{x0:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"12\" rx=\"2\" fill=\"#cfe0f5\" stroke=\"#1f5fa8\"><title>{name}: term from {} to {}</title></rect>",
            y + 9.0,
            (x1 - x0).max(1.0),
            words::date(r.start),
            words::date(r.end)
        );
        if let (Some(open), Some(decision)) = (r.window, r.decision) {
            let (a, b) = (scale.x(open), scale.x(decision));
            let _ = writeln!(
                s,
                "<rect x=\"{a:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"12\" fill=\"#f6b756\" fill-opacity=\"0.85\"><title>{name}: renewal window from {} to the decision on {}</title></rect>",
                y + 9.0,
                (b - a).max(1.0),
                words::date(open),
                words::date(decision)
            );
        }
        if let Some(decision) = r.decision {
            let x = scale.x(decision);
            let _ = writeln!(
                s,
                "<line x1=\"{x:.1}\" y1=\"{:.1}\" x2=\"{x:.1}\" y2=\"{:.1}\" stroke=\"#c0392b\" stroke-width=\"2\"><title>{name}: renewal decision due {}</title></line>",
                y + 5.0,
                y + 25.0,
                words::date(decision)
            );
        }
        if let Some(notice) = r.notice {
            let x = scale.x(notice);
            let _ = writeln!(
                s,
                "<path d=\"M{:.1} {:.1} l5 -7 h-10 z\" fill=\"#222\"><title>{name}: last day for notice of non-renewal, {}</title></path>",
                x,
                y + 9.0,
                words::date(notice)
            );
        }
        if let Some(t_end) = r.transition_end {
            let (a, b) = (x1, scale.x(t_end.succ_opt().unwrap_or(t_end)));
            let _ = writeln!(
                s,
                "<rect x=\"{a:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"8\" fill=\"#9aa3ad\"><title>{name}: exit transition until {}</title></rect>",
                y + 11.0,
                (b - a).max(1.0),
                words::date(t_end)
            );
        }
        for m in &r.p.milestones {
            let (mx, my) = (scale.x(m.due), y + ROW / 2.0);
            let _ = writeln!(
                s,
                "<path d=\"M{mx:.1} {:.1} l5 5 l-5 5 l-5 -5 z\" fill=\"#2e7d32\" stroke=\"#fff\"><title>{name}: milestone {} due {}</title></path>",
                my - 5.0,
                escape(&words::spoken(&m.name)),
                words::date(m.due)
            );
        }
    }
    // Dependencies: from the required milestone to the one that waits.
    for r in rows {
        for (index, m) in r.p.milestones.iter().enumerate() {
            let id = MilestoneId {
                partnership: r.id,
                index,
            };
            let Some(&(x2, y2)) = at.get(&id) else {
                continue;
            };
            // The link pass's ids place the arrows; the written names
            // label them.
            for ((partnership, required, _), target) in m.requires.iter().zip(&m.required) {
                let Some(&(x1, y1)) = target.as_ref().and_then(|t| at.get(t)) else {
                    continue;
                };
                let late = x1 > x2;
                let _ = writeln!(
                    s,
                    "<path d=\"M{x1:.1} {y1:.1} C{:.1} {y1:.1} {:.1} {y2:.1} {:.1} {y2:.1}\" fill=\"none\" stroke=\"{}\" stroke-width=\"1.2\" marker-end=\"url(#arrow)\"><title>{} waits for {} of {}</title></path>",
                    x1 + 12.0,
                    x2 - 12.0,
                    x2 - 6.0,
                    if late { "#c0392b" } else { "#2e7d32" },
                    escape(&words::spoken(&m.name)),
                    escape(&words::spoken(required)),
                    escape(partnership)
                );
            }
        }
    }
    s.push_str("<defs><marker id=\"arrow\" viewBox=\"0 0 6 6\" refX=\"5\" refY=\"3\" markerWidth=\"6\" markerHeight=\"6\" orient=\"auto\"><path d=\"M0 0 L6 3 L0 6 z\" fill=\"#2e7d32\"/></marker></defs>\n");
    // Legend.
    let ly = TOP + ROW * rows.len() as f64 + 22.0;
    let _ = writeln!(
        s,
        "<g font-size=\"11\"><rect x=\"{LABEL}\" y=\"{:.1}\" width=\"22\" height=\"10\" fill=\"#cfe0f5\" stroke=\"#1f5fa8\"/><text x=\"{:.1}\" y=\"{ly:.1}\">term</text><rect x=\"{:.1}\" y=\"{:.1}\" width=\"22\" height=\"10\" fill=\"#f6b756\"/><text x=\"{:.1}\" y=\"{ly:.1}\">renewal window</text><line x1=\"{:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" stroke=\"#c0392b\" stroke-width=\"2\"/><text x=\"{:.1}\" y=\"{ly:.1}\">decision due</text><path d=\"M{:.1} {:.1} l5 -7 h-10 z\" fill=\"#222\"/><text x=\"{:.1}\" y=\"{ly:.1}\">last day for notice</text><rect x=\"{:.1}\" y=\"{:.1}\" width=\"22\" height=\"8\" fill=\"#9aa3ad\"/><text x=\"{:.1}\" y=\"{ly:.1}\">exit transition</text><path d=\"M{:.1} {:.1} l5 5 l-5 5 l-5 -5 z\" fill=\"#2e7d32\"/><text x=\"{:.1}\" y=\"{ly:.1}\">milestone</text></g>",
        ly - 9.0,
        LABEL + 27.0,
        LABEL + 62.0,
        ly - 9.0,
        LABEL + 89.0,
        LABEL + 185.0,
        ly - 11.0,
        LABEL + 185.0,
        ly + 1.0,
        LABEL + 192.0,
        LABEL + 275.0,
        ly - 1.0,
        LABEL + 284.0,
        LABEL + 397.0,
        ly - 8.0,
        LABEL + 424.0,
        LABEL + 520.0,
        ly - 9.0,
        LABEL + 530.0
    );
    s.push_str("</svg>");
    Some(s)
}
