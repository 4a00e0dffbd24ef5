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
pub struct RaisedRun {
    pub level: String,
    pub date: NaiveDate,
    pub line: usize,
    pub cause: String,
}

/// The partnership's life as a story, for `--format human`.
pub(crate) fn human(out: &mut String, life: &LifeRun) {
    use std::fmt::Write as _;
    out.push_str("  life:\n");
    for t in &life.terms {
        let _ = write!(out, "    term {} from {} to {}", t.number, t.start, t.end);
        match t.outcome.as_str() {
            "running" => out.push_str(", running"),
            other => {
                let _ = write!(out, ": {other}");
            }
        }
        if let Some(how) = &t.decided {
            match t.decided_on {
                Some(d) => {
                    let _ = write!(out, " on {d}, {how}");
                }
                None => {
                    let _ = write!(out, " {how}");
                }
            }
        } else if let Some(d) = t.decision_due {
            let _ = write!(out, " (renewal decision due {d})");
        }
        out.push('\n');
    }
    for n in &life.terminations {
        let _ = write!(
            out,
            "    {} gave notice of termination for {} on {} (line {})",
            n.by, n.kind, n.notice, n.line
        );
        if let Some(b) = &n.breach {
            let _ = write!(out, " naming {b}");
        }
        if let Some(c) = n.cure_by {
            let _ = write!(out, "; {} had until {c} to cure", n.breaching.join(", "));
        }
        match (n.status.as_str(), n.cured, n.effective) {
            ("cured", Some(c), _) => {
                let _ = write!(out, "; cured on {c}");
            }
            ("effective", _, Some(e)) => {
                let _ = write!(out, "; the term ends on {e}");
            }
            (s, _, Some(e)) => {
                let _ = write!(out, "; would end the term on {e} ({s})");
            }
            (s, _, _) => {
                let _ = write!(out, " ({s})");
            }
        }
        out.push('\n');
    }
    for r in &life.reviews {
        let _ = write!(out, "    review {} on {}", r.review, r.date);
        for a in &r.adjustments {
            let verdict = if a.due {
                "adjustment due"
            } else {
                "no adjustment"
            };
            let _ = write!(out, "; {}: {verdict} ({})", a.adjust.join(" and "), a.cause);
        }
        if !r.duties.is_empty() {
            let _ = write!(out, "; duties {}", r.duties.join(", "));
        }
        out.push('\n');
    }
    for r in &life.raised {
        let _ = writeln!(
            out,
            "    escalation raised at {} on {} by {} (line {})",
            r.level, r.date, r.cause, r.line
        );
    }
    if let Some(t) = &life.transition {
        let _ = writeln!(out, "    exit transition from {} to {}", t.start, t.end);
    }
    for s in &life.surviving {
        let _ = writeln!(out, "    survives until {}: {}", s.until, s.text);
    }
    for c in &life.cut {
        let _ = writeln!(out, "    cut: {c}");
    }
}
