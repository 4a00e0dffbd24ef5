//! What `pact run` reports of a partnership's life: the `life` object of
//! `pact.run/1` and its story in the human format.

use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Serialize;

/// The partnership's life as the run saw it (`life` in `pact.run/1`).
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct LifeRun {
    /// Every term reached, the first one included, with how it ended.
    pub terms: Vec<TermRun>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub terminations: Vec<TerminationRun>,
    /// The exit transition, once the term has ended.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transition: Option<TransitionRun>,
    /// Duties in force after the end (`survives`), once the term has ended.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub surviving: Vec<SurvivingRun>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reviews: Vec<ReviewRun>,
    /// Escalation levels raised by their criteria.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub raised: Vec<RaisedRun>,
    /// The partnership's amendments, and when the trace recorded each one
    /// signed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub amendments: Vec<AmendmentRun>,
    /// What the end of the term cut: prorated retainers, dropped bonuses,
    /// duties that vanished.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cut: Vec<String>,
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct TermRun {
    /// 1 for the first term.
    pub number: u32,
    pub start: NaiveDate,
    /// Inclusive; the effective date for a terminated term.
    pub end: NaiveDate,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub window_opens: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub decision_due: Option<NaiveDate>,
    /// `running`, `renewed`, `expired`, `terminated`.
    pub outcome: String,
    /// How the outcome came about, in words.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub decided: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub decided_on: Option<NaiveDate>,
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct TerminationRun {
    /// `Partnership.termination@DATE`.
    pub id: String,
    /// `convenience` or `cause`.
    pub kind: String,
    /// The party that gave notice.
    pub by: String,
    /// For cause: the other parties, who must cure.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub breaching: Vec<String>,
    pub notice: NaiveDate,
    pub line: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub breach: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cure_by: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cured: Option<NaiveDate>,
    /// The last day of the term when it takes effect.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub effective: Option<NaiveDate>,
    /// `pending` (notice or cure period running), `cured`, `effective`,
    /// `moot` (the term ended first).
    pub status: String,
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct TransitionRun {
    pub start: NaiveDate,
    /// Inclusive: the day its duties are due unless they say otherwise.
    pub end: NaiveDate,
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct SurvivingRun {
    pub id: String,
    pub text: String,
    pub from: NaiveDate,
    /// The last day it is in force.
    pub until: NaiveDate,
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ReviewRun {
    pub review: String,
    pub date: NaiveDate,
    /// The review's channel (`via "Teams"`), when it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub channel: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub adjustments: Vec<AdjustmentRun>,
    /// Ids of the duties it instantiated.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub duties: Vec<String>,
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct AdjustmentRun {
    pub adjust: Vec<String>,
    /// Whether the condition held at the review: an adjustment is due.
    pub due: bool,
    /// The readings the condition read (`signal market_change = 12%`, or
    /// `no reading of market_change`).
    pub cause: String,
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct AmendmentRun {
    /// `Partnership.amendment@EFFECTIVE`.
    pub id: String,
    pub effective: NaiveDate,
    /// The change level it was agreed under.
    pub level: String,
    /// When a `signed` line recorded it signed; `None` when none did.
    pub signed: Option<NaiveDate>,
    pub line: Option<usize>,
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct RaisedRun {
    pub level: String,
    pub date: NaiveDate,
    pub line: usize,
    pub cause: String,
}

/// The partnership's life as a story, for `--format human`: every term,
/// review, escalation raised, notice, transition and surviving duty, in
/// the order of their dates (a term at its start), then what the end cut.
pub(super) fn human(out: &mut String, life: &LifeRun) {
    use std::fmt::Write as _;
    out.push_str("  life:\n");
    // `(date, sentence)`, sorted stably by date.
    let mut story: Vec<(NaiveDate, String)> = Vec::new();
    for t in &life.terms {
        let mut line = format!("term {} from {} to {}", t.number, t.start, t.end);
        match t.outcome.as_str() {
            "running" => line.push_str(", running"),
            other => {
                let _ = write!(line, ": {other}");
            }
        }
        if let Some(how) = &t.decided {
            match t.decided_on {
                Some(d) => {
                    let _ = write!(line, " on {d}, {how}");
                }
                None => {
                    let _ = write!(line, " {how}");
                }
            }
        } else if let Some(d) = t.decision_due {
            let _ = write!(line, " (renewal decision due {d})");
        }
        story.push((t.start, line));
    }
    for n in &life.terminations {
        let mut line = format!(
            "{} gave notice of termination for {} on {} (line {})",
            n.by, n.kind, n.notice, n.line
        );
        if let Some(b) = &n.breach {
            let _ = write!(line, " naming {b}");
        }
        if let Some(c) = n.cure_by {
            let _ = write!(line, "; {} had until {c} to cure", n.breaching.join(", "));
        }
        match (n.status.as_str(), n.cured, n.effective) {
            ("cured", Some(c), _) => {
                let _ = write!(line, "; cured on {c}");
            }
            ("effective", _, Some(e)) => {
                let _ = write!(line, "; the term ends on {e}");
            }
            (s, _, Some(e)) => {
                let _ = write!(line, "; would end the term on {e} ({s})");
            }
            (s, _, _) => {
                let _ = write!(line, " ({s})");
            }
        }
        story.push((n.notice, line));
    }
    for r in &life.reviews {
        let mut line = format!("review {} on {}", r.review, r.date);
        if let Some(channel) = &r.channel {
            let _ = write!(line, " via {channel}");
        }
        for a in &r.adjustments {
            let verdict = if a.due {
                "adjustment due"
            } else {
                "no adjustment"
            };
            let _ = write!(
                line,
                "; {}: {verdict} ({})",
                a.adjust.join(" and "),
                a.cause
            );
        }
        if !r.duties.is_empty() {
            let _ = write!(line, "; duties {}", r.duties.join(", "));
        }
        story.push((r.date, line));
    }
    for r in &life.raised {
        let from = match r.line {
            0 => "the period's health score".to_string(),
            n => format!("line {n}"),
        };
        story.push((
            r.date,
            format!(
                "escalation raised at {} on {} by {} ({from})",
                r.level, r.date, r.cause
            ),
        ));
    }
    for a in &life.amendments {
        let (date, line) = match (a.signed, a.line) {
            (Some(d), Some(n)) => {
                let when = match d.cmp(&a.effective) {
                    std::cmp::Ordering::Less => "before it took effect",
                    std::cmp::Ordering::Equal => "the day it took effect",
                    std::cmp::Ordering::Greater => "after it took effect",
                };
                (
                    d,
                    format!(
                        "amendment effective {} (as {}) signed on {d}, {when} (line {n})",
                        a.effective, a.level
                    ),
                )
            }
            _ => (
                a.effective,
                format!(
                    "amendment effective {} (as {}): no signature recorded",
                    a.effective, a.level
                ),
            ),
        };
        story.push((date, line));
    }
    if let Some(t) = &life.transition {
        story.push((
            t.start,
            format!("exit transition from {} to {}", t.start, t.end),
        ));
    }
    for s in &life.surviving {
        story.push((s.from, format!("survives until {}: {}", s.until, s.text)));
    }
    story.sort_by_key(|(date, _)| *date);
    for (_, line) in story {
        let _ = writeln!(out, "    {line}");
    }
    for c in &life.cut {
        let _ = writeln!(out, "    cut: {c}");
    }
}
