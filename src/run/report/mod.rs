//! What a run found: the deterministic JSON report and its human summary.
//!
//! Partnerships come in name order; within one, obligations and breaches by
//! due date then id, payments by date then id, ladders by start then id,
//! firings in the order they happened. Money is an exact decimal string
//! with exactly the currency's minor-unit digits (`"6000.00"`).

use crate::ir::values::grouped;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::Serialize;
use std::fmt::Write as _;

mod life;

pub use life::{
    AdjustmentRun, AmendmentRun, LifeRun, RaisedRun, ReviewRun, SurvivingRun, TermRun,
    TerminationRun, TransitionRun,
};

/// `pact.run/1`.
pub const FORMAT: &str = "pact.run/1";

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Report {
    pub format: String,
    /// The run shows the state on this day, after its lines: `--until`,
    /// else the trace's last date; `None` for an empty trace without
    /// `--until`. A duty due on this day is still open.
    pub as_of: Option<NaiveDate>,
    pub partnerships: Vec<PartnershipRun>,
    /// What the model left the run to guess, or could not run (sorted).
    pub notes: Vec<String>,
}

/// Each partnership's index in the report, by name (the first of equal
/// names): what attaches per-partnership results looks up, instead of a
/// search of the whole list for each result.
pub(crate) fn by_name(report: &Report) -> std::collections::HashMap<String, usize> {
    let mut index = std::collections::HashMap::with_capacity(report.partnerships.len());
    for (i, run) in report.partnerships.iter().enumerate() {
        index.entry(run.name.clone()).or_insert(i);
    }
    index
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct PartnershipRun {
    pub name: String,
    pub obligations: Vec<ObligationRun>,
    pub firings: Vec<Firing>,
    pub ladders: Vec<LadderRun>,
    pub payments: Vec<Payment>,
    pub bonus_periods: Vec<BonusPeriod>,
    pub breaches: Vec<Breach>,
    pub totals: Vec<Total>,
    /// Each health period scored (design §10.1), for partnerships with
    /// weights.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub health: Vec<HealthPeriod>,
    /// Terms, terminations, the exit transition, surviving duties, reviews:
    /// for partnerships with a term.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub life: Option<LifeRun>,
}

impl PartnershipRun {
    /// A partnership's run with nothing in it yet: the report is filled in
    /// by the engine (`assemble`) or by splicing versions (`versions`).
    pub fn empty(name: String, life: Option<LifeRun>) -> Self {
        PartnershipRun {
            name,
            obligations: Vec::new(),
            firings: Vec::new(),
            ladders: Vec::new(),
            payments: Vec::new(),
            bonus_periods: Vec::new(),
            breaches: Vec::new(),
            totals: Vec::new(),
            health: Vec::new(),
            life,
        }
    }
}

/// One health period: the score, its three tiers, and the targeted
/// metrics missed (no reading in the period, or the last one misses).
#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct HealthPeriod {
    pub period: Period,
    /// `"83.33%"`: rounded half-even to two decimals.
    pub health: String,
    pub operational: String,
    pub relational: String,
    pub strategic: String,
    pub missed: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// A pathway step whose turn has not come.
    Pending,
    /// Not fulfilled, not past due.
    Open,
    Fulfilled,
    /// Fulfilled after its due date (also listed as a breach, cured).
    FulfilledLate,
    /// Past due and not fulfilled.
    Breached,
    /// A later pathway step that never arose: the step before it was
    /// resolved in time.
    NotNeeded,
}

impl Status {
    pub fn word(self) -> &'static str {
        match self {
            Status::Pending => "pending",
            Status::Open => "open",
            Status::Fulfilled => "fulfilled",
            Status::FulfilledLate => "fulfilled late",
            Status::Breached => "breached",
            Status::NotNeeded => "not needed",
        }
    }
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct ObligationRun {
    pub id: String,
    /// `milestone`, `clause`, `trigger.NAME`, `change.LEVEL`, `coordinate.NAME`,
    /// `review.NAME`, `report` (an occurrence of a report), `exit`, `survives`.
    pub origin: String,
    /// In words: `Globex must notify Acme.rm`.
    pub text: String,
    /// The parties that owe it (its subjects' parties).
    pub owed_by: Vec<String>,
    /// When it arose (a trigger firing, a level's selection, the previous
    /// step's end, the term start); `None` while pending.
    pub arises: Option<NaiveDate>,
    pub due: Option<NaiveDate>,
    pub status: Status,
    pub fulfilled: Option<NaiveDate>,
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Firing {
    pub date: NaiveDate,
    /// The trace line that made it fire.
    pub line: usize,
    /// `trigger`, `change`, `clause` (an obligation with `when`) or `coordinate`.
    pub kind: String,
    pub name: String,
    /// What changed: `signal cost_change = 18%`, `event deliverable_accepted`.
    pub cause: String,
    /// Ids of what it instantiated.
    pub instantiated: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum LadderStatus {
    Open,
    Resolved,
    /// The last rung's time ran out unresolved.
    Exhausted,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Open,
    Resolved,
    /// Moved on early by an explicit escalation.
    Escalated,
    /// Its time ran out unresolved.
    Expired,
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct LadderRun {
    pub id: String,
    /// `dispute` or `escalation`.
    pub kind: String,
    pub started: NaiveDate,
    pub status: LadderStatus,
    pub ended: Option<NaiveDate>,
    pub steps: Vec<StepRun>,
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct StepRun {
    pub name: String,
    pub by: Vec<String>,
    /// When its clock started.
    pub started: NaiveDate,
    /// The last day of the step; `None` for a step without a time limit.
    pub deadline: Option<NaiveDate>,
    pub ended: Option<NaiveDate>,
    pub outcome: Outcome,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub requires: Vec<String>,
    #[serde(default, skip_serializing_if = "is_false")]
    pub binding: bool,
}

fn is_false(b: &bool) -> bool {
    !*b
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PaymentKind {
    Retainer,
    Fee,
    Bonus,
    SuccessFee,
    Penalty,
    /// A `share` band payment on a reading.
    Share,
    /// An early-delivery bonus.
    EarlyBonus,
}

impl PaymentKind {
    pub fn word(self) -> &'static str {
        match self {
            PaymentKind::Retainer => "retainer",
            PaymentKind::Fee => "fee",
            PaymentKind::Bonus => "bonus",
            PaymentKind::SuccessFee => "success fee",
            PaymentKind::Penalty => "penalty",
            PaymentKind::Share => "share",
            PaymentKind::EarlyBonus => "early-delivery bonus",
        }
    }
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq, JsonSchema)]
pub struct Period {
    pub start: NaiveDate,
    /// Inclusive.
    pub end: NaiveDate,
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Payment {
    /// The pay item's id (as in the obligations output), `@` the date.
    pub id: String,
    pub kind: PaymentKind,
    pub date: NaiveDate,
    pub payee: Option<String>,
    /// The other party of a two-party partnership; `None` otherwise.
    pub payer: Option<String>,
    /// Rounded half-even to the currency's minor unit when made.
    pub amount: String,
    pub currency: String,
    /// The exact amount before rounding, when rounding changed it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exact: Option<String>,
    /// The rounded amount before a cap cut it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub uncapped: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub period: Option<Period>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event: Option<String>,
    /// A success fee's reading of its base signal.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reading: Option<String>,
    /// 1 for the contract year starting on the term start.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contract_year: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tier: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub milestone: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub days_late: Option<i64>,
    /// An early-delivery bonus's whole days before the due date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub days_early: Option<i64>,
    /// The trace line that caused it, for fees and success fees.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    #[serde(skip)]
    pub value: Decimal,
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct BonusPeriod {
    pub bonus: String,
    pub metric: String,
    pub period: Period,
    /// The metric's last reading in the period.
    pub value: Option<String>,
    /// The strictest tier met.
    pub tier: Option<String>,
    /// The id of the payment it made.
    pub payment: Option<String>,
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Breach {
    pub obligation: String,
    pub text: String,
    /// Who breached: the parties that owed it (empty for a milestone without
    /// an owner).
    pub parties: Vec<String>,
    pub due: NaiveDate,
    /// The first day past due.
    pub breached_on: NaiveDate,
    /// When it was fulfilled after all.
    pub cured_on: Option<NaiveDate>,
    /// Days past due: until the cure, or until the end of the run.
    pub days_late: i64,
}

#[derive(Debug, Clone, Serialize, JsonSchema)]
pub struct Total {
    pub party: String,
    pub currency: String,
    /// Retainers, fees, bonuses and success fees received.
    pub received: String,
    /// Penalties paid.
    pub penalties: String,
}

impl Report {
    /// The report as pretty JSON, ending with a newline.
    pub fn to_json(&self) -> String {
        let mut text = serde_json::to_string_pretty(self).unwrap_or_default();
        text.push('\n');
        text
    }

    /// What is due, what was paid, what was breached, in words.
    pub fn human(&self) -> String {
        let mut out = String::new();
        match self.as_of {
            Some(d) => {
                let _ = writeln!(
                    out,
                    "State on {d}, after its events (what is due that day is still open)."
                );
            }
            None => out.push_str("Nothing ran: the trace is empty and no --until was given.\n"),
        }
        for p in &self.partnerships {
            human_partnership(&mut out, p);
        }
        if !self.notes.is_empty() {
            out.push_str("\nnotes:\n");
            for note in &self.notes {
                let _ = writeln!(out, "  - {note}");
            }
        }
        out
    }
}

fn human_partnership(out: &mut String, p: &PartnershipRun) {
    let _ = writeln!(out, "\n{}", p.name);
    if let Some(life) = &p.life {
        life::human(out, life);
    }
    if !p.firings.is_empty() {
        out.push_str("  fired:\n");
        for f in &p.firings {
            let note = f
                .note
                .as_ref()
                .map(|n| format!(" - {n}"))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "    {}  {} {} ({}){note}",
                f.date, f.kind, f.name, f.cause
            );
        }
    }
    let open: Vec<&ObligationRun> = p
        .obligations
        .iter()
        .filter(|o| matches!(o.status, Status::Open | Status::Pending))
        .collect();
    if !open.is_empty() {
        out.push_str("  due:\n");
        for o in open {
            let due = match (o.status, o.due) {
                (Status::Pending, _) => "after the step before".to_string(),
                (_, Some(d)) => format!("by {d}"),
                (_, None) => "no date".to_string(),
            };
            let _ = writeln!(out, "    {due:<21} {}  [{}]", o.text, o.id);
        }
    }
    let done: Vec<&ObligationRun> = p
        .obligations
        .iter()
        .filter(|o| o.status == Status::Fulfilled)
        .collect();
    if !done.is_empty() {
        out.push_str("  fulfilled:\n");
        for o in done {
            let on = o.fulfilled.map(|d| d.to_string()).unwrap_or_default();
            let _ = writeln!(out, "    {on:<21} {}  [{}]", o.text, o.id);
        }
    }
    for l in &p.ladders {
        let status = match (l.status, l.ended) {
            (LadderStatus::Resolved, Some(d)) => format!("resolved on {d}"),
            (LadderStatus::Exhausted, Some(d)) => format!("exhausted on {d}"),
            _ => match l.steps.last() {
                Some(s) => format!("open at {}", s.name),
                None => "open".to_string(),
            },
        };
        let _ = writeln!(out, "  {} {}: {status}", l.kind, l.id);
        for s in &l.steps {
            let deadline = s
                .deadline
                .map_or_else(|| "no time limit".to_string(), |d| format!("until {d}"));
            let outcome = match (s.outcome, s.ended) {
                (Outcome::Open, _) => "open".to_string(),
                (o, Some(d)) => format!(
                    "{} {d}",
                    match o {
                        Outcome::Resolved => "resolved",
                        Outcome::Escalated => "escalated",
                        _ => "expired",
                    }
                ),
                (_, None) => String::new(),
            };
            let binding = if s.binding { " (binding)" } else { "" };
            let _ = writeln!(
                out,
                "    {:<14} from {} {deadline}: {outcome}{binding}",
                s.name, s.started
            );
        }
    }
    if !p.health.is_empty() {
        out.push_str("  health:\n");
        for h in &p.health {
            let missed = if h.missed.is_empty() {
                String::new()
            } else {
                format!(", missed {}", h.missed.join(", "))
            };
            let _ = writeln!(
                out,
                "    {} to {}: {} (operational {}, relational {}, strategic {}){missed}",
                h.period.start, h.period.end, h.health, h.operational, h.relational, h.strategic
            );
        }
    }
    if !p.payments.is_empty() {
        out.push_str("  paid:\n");
        for pay in &p.payments {
            let mut what = pay.kind.word().to_string();
            let detail = match pay.kind {
                PaymentKind::Bonus => pay.tier.clone(),
                PaymentKind::Fee => pay.event.clone(),
                PaymentKind::SuccessFee | PaymentKind::Share => {
                    pay.contract_year.map(|y| format!("year {y}"))
                }
                PaymentKind::EarlyBonus => pay.milestone.as_ref().map(|m| {
                    let name = m.rsplit('.').next().unwrap_or(m);
                    let days = pay.days_early.unwrap_or(0);
                    format!(
                        "{name}, {days} day{} early",
                        if days == 1 { "" } else { "s" }
                    )
                }),
                PaymentKind::Penalty => pay.milestone.as_ref().map(|m| {
                    let name = m.rsplit('.').next().unwrap_or(m);
                    let days = pay.days_late.unwrap_or(0);
                    format!("{name}, {days} day{}", if days == 1 { "" } else { "s" })
                }),
                PaymentKind::Retainer => None,
            };
            if let Some(d) = detail {
                let _ = write!(what, " ({d})");
            }
            let direction = match pay.kind {
                PaymentKind::Penalty => pay
                    .payer
                    .as_ref()
                    .map(|x| format!("by {x}"))
                    .unwrap_or_default(),
                _ => pay
                    .payee
                    .as_ref()
                    .map(|x| format!("to {x}"))
                    .unwrap_or_default(),
            };
            let capped = if pay.uncapped.is_some() {
                " (capped)"
            } else {
                ""
            };
            let _ = writeln!(
                out,
                "    {}  {what:<28} {:>14} {} {direction}{capped}",
                pay.date,
                grouped(&pay.amount),
                pay.currency
            );
        }
        for t in &p.totals {
            let _ = writeln!(
                out,
                "    total {}: received {} {}, penalties {} {}",
                t.party,
                grouped(&t.received),
                t.currency,
                grouped(&t.penalties),
                t.currency
            );
        }
    }
    if !p.breaches.is_empty() {
        out.push_str("  breached:\n");
        for b in &p.breaches {
            let who = if b.parties.is_empty() {
                "(no owner)".to_string()
            } else {
                b.parties.join(", ")
            };
            let cure = match b.cured_on {
                Some(d) => format!(", fulfilled {d}"),
                None => String::new(),
            };
            let _ = writeln!(
                out,
                "    {who}: {} - due {}, {} day{} late{cure}  [{}]",
                b.text,
                b.due,
                b.days_late,
                if b.days_late == 1 { "" } else { "s" },
                b.obligation
            );
        }
    }
}
