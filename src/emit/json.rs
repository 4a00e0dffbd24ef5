//! The JSON documents `pact build` writes, as types: the obligations
//! document and the pieces the schedule shares (sources, actors, money,
//! durations). Serialised with serde; their JSON Schema (`pact schema`) is
//! derived with schemars, so the types are the schema's single source.

use crate::diagnostics::Span;
use crate::ir::values::Duration;
use crate::source::SourceMap;
use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::Serialize;

/// Where a clause is written.
#[derive(Clone, Debug, Serialize, JsonSchema, PartialEq, Eq, PartialOrd, Ord)]
pub struct Source {
    pub file: String,
    pub line: usize,
    pub column: usize,
}

impl Source {
    pub fn of(sources: &SourceMap, span: Span) -> Source {
        let at = sources.line_col(span.file, span.start as usize);
        Source {
            file: sources.name(span.file).to_string(),
            line: at.line,
            column: at.column,
        }
    }
}

/// `{ "amount": "10", "unit": "business_day" }`.
#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct DurationJson {
    /// An exact decimal, as a string.
    pub amount: String,
    pub unit: crate::ir::values::DurationUnit,
}

impl From<&Duration> for DurationJson {
    fn from(d: &Duration) -> Self {
        DurationJson {
            amount: d.amount.normalize().to_string(),
            unit: d.unit,
        }
    }
}

/// Exact money: the amount as a decimal string and its ISO 4217 currency.
#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct MoneyJson {
    pub amount: String,
    pub currency: String,
}

impl From<&crate::ir::values::Money> for MoneyJson {
    fn from(m: &crate::ir::values::Money) -> Self {
        MoneyJson {
            amount: m.amount.normalize().to_string(),
            currency: m.currency.clone(),
        }
    }
}

#[derive(Serialize, JsonSchema)]
pub struct Document {
    /// `pact.obligations/1`.
    pub format: String,
    pub partnerships: Vec<PartnershipJson>,
    pub coordination: Vec<CoordinationJson>,
    /// The `//!` documentation of each file that has one, by file name.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub files: Vec<FileDocJson>,
    /// The portfolio's documented declarations (parties, resources,
    /// signals, events: each with its `///` documentation), in that order
    /// and by name.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub declarations: Vec<DeclarationJson>,
}

/// A file's `//!` documentation.
#[derive(Serialize, JsonSchema)]
pub struct FileDocJson {
    pub file: String,
    pub description: String,
}

/// A documented declaration outside partnerships.
#[derive(Serialize, JsonSchema)]
pub struct DeclarationJson {
    /// `party`, `resource`, `signal` or `event`.
    pub kind: String,
    pub name: String,
    pub description: String,
    pub source: Source,
}

#[derive(Serialize, JsonSchema)]
pub struct PartnershipJson {
    pub name: String,
    pub master: Option<String>,
    pub description: Option<String>,
    pub parties: Vec<PartyJson>,
    pub term: Option<TermJson>,
    pub currency: Option<String>,
    pub calendar: CalendarJson,
    pub law: Option<String>,
    pub venue: Option<String>,
    pub obligations: Vec<ObligationJson>,
    pub triggers: Vec<TriggerJson>,
    pub change_levels: Vec<ChangeLevelJson>,
    pub change_authority: Vec<ActorJson>,
    pub escalation: Vec<EscalationJson>,
    pub disputes: Option<DisputesJson>,
    pub payments: Vec<PaymentJson>,
    pub grants: Vec<GrantJson>,
    pub milestones: Vec<MilestoneJson>,
    pub metrics: Vec<MetricJson>,
    pub weights: Vec<WeightStageJson>,
    /// `health PERIOD` (design §10.1); without it health is scored
    /// quarterly when the partnership has weights.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub health: Option<HealthJson>,
    pub recurring: Vec<RecurringJson>,
    pub governance: Vec<GovernanceTierJson>,
    pub renewal: Option<RenewalJson>,
    pub termination: TerminationJson,
    pub exit: Option<ExitJson>,
    /// `survives D { ... }`: duties in force for D after the term ends.
    pub survives: Vec<SurvivesJson>,
    pub source: Source,
}

#[derive(Serialize, JsonSchema)]
pub struct PartyJson {
    pub party: String,
    pub label: Option<String>,
}

#[derive(Serialize, JsonSchema)]
pub struct TermJson {
    pub start: NaiveDate,
    /// Inclusive.
    pub end: NaiveDate,
}

#[derive(Serialize, JsonSchema)]
pub struct CalendarJson {
    /// Working weekdays, `monday` ... `sunday`.
    pub workdays: Vec<String>,
    pub holidays: Vec<NaiveDate>,
}

#[derive(Serialize, JsonSchema, Clone, Debug)]
pub struct ActorJson {
    /// The party; `neutral` for the built-in neutral party.
    pub party: String,
    pub role: Option<String>,
}

#[derive(Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ModalityJson {
    Must,
    May,
    MustNot,
}

#[derive(Serialize, JsonSchema)]
pub struct ObligationJson {
    pub id: String,
    pub kind: ModalityJson,
    /// Where it comes from: `clause`, `trigger.NAME`, `review.NAME`, `exit`, `coordinate.NAME`.
    pub origin: String,
    pub subjects: Vec<ActorJson>,
    pub action: String,
    pub objects: Vec<String>,
    pub purpose: Option<String>,
    pub deadline: Option<DeadlineJson>,
    /// When the duty holds: its own `when`; for a trigger's duty, the
    /// trigger's condition (or event), joined with `and` to its own `when`
    /// if it has one (design §7: each obligation carries its condition).
    pub condition: Option<ConditionJson>,
    /// The `///` documentation of its clause (a duty written as a clause of its own), when it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    pub source: Source,
}

#[derive(Serialize, JsonSchema)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum DeadlineJson {
    /// An absolute date.
    Date { date: NaiveDate },
    /// A duration after the obligation arises (a trigger firing, a notice),
    /// counted on the partnership's calendar for business days.
    Relative {
        anchor: String,
        duration: DurationJson,
        calendar: String,
    },
    /// The day before an anchor: `end`, `renewal_decision`, or a milestone.
    Before {
        anchor: String,
        date: Option<NaiveDate>,
    },
}

/// A condition as data: comparisons, `and`, `or`, `not`, events.
#[derive(Serialize, JsonSchema)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum ConditionJson {
    Compare {
        comparison: String,
        left: OperandJson,
        right: OperandJson,
    },
    And {
        args: Vec<ConditionJson>,
    },
    Or {
        args: Vec<ConditionJson>,
    },
    Not {
        arg: Box<ConditionJson>,
    },
    Event {
        event: String,
    },
    Constant {
        value: bool,
    },
}

#[derive(Serialize, JsonSchema)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum OperandJson {
    Signal {
        signal: String,
        partnership: Option<String>,
    },
    Metric {
        metric: String,
        /// The partnership the metric belongs to, when another one (a
        /// `coordinate` condition reading `Sup.health`).
        #[serde(skip_serializing_if = "Option::is_none")]
        partnership: Option<String>,
    },
    /// A constant: `value` is an exact decimal string (or a date, or text);
    /// `unit` is `percent`, a currency code, a duration unit, or `number`.
    Value { value: String, unit: String },
    /// `lhs op rhs` with a side read at run time; `op` is `of`, `+`, `-`,
    /// `*` or `/`, `of_type` the type of the result.
    Computed {
        of_type: String,
        op: String,
        lhs: Box<OperandJson>,
        rhs: Box<OperandJson>,
    },
}

#[derive(Serialize, JsonSchema)]
pub struct TriggerJson {
    pub id: String,
    pub name: String,
    pub condition: ConditionJson,
    /// The ids of the obligations it instantiates.
    pub obligations: Vec<String>,
    /// The `///` documentation of its clause, when it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    pub source: Source,
}

#[derive(Serialize, JsonSchema)]
pub struct ChangeLevelJson {
    pub id: String,
    pub name: String,
    pub condition: ConditionJson,
    pub pathway: Vec<PathwayStepJson>,
    pub source: Source,
}

#[derive(Serialize, JsonSchema)]
pub struct PathwayStepJson {
    pub action: String,
    pub by: Vec<ActorJson>,
    pub within: Option<DurationJson>,
}

#[derive(Serialize, JsonSchema)]
pub struct EscalationJson {
    pub id: String,
    pub level: String,
    pub handlers: Vec<ActorJson>,
    pub within: DurationJson,
    /// Criteria that raise the level by themselves.
    pub condition: Option<ConditionJson>,
    /// The `///` documentation of the `escalation` block, on each of its
    /// levels, when it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    pub source: Source,
}

#[derive(Serialize, JsonSchema)]
pub struct DisputesJson {
    pub event: String,
    pub steps: Vec<DisputeStepJson>,
    /// The `///` documentation of its clause, when it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}

#[derive(Serialize, JsonSchema)]
pub struct DisputeStepJson {
    pub id: String,
    pub name: String,
    pub by: Vec<ActorJson>,
    pub within: Option<DurationJson>,
    /// `previous_step` (the clock starts when the step before ends
    /// unresolved) or `notice` (counted from the dispute notice).
    pub counted_from: String,
    pub requires: Vec<String>,
    pub binding: bool,
    pub source: Source,
}

#[derive(Serialize, JsonSchema)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum PaymentJson {
    Retainer {
        id: String,
        payee: String,
        amount: MoneyJson,
        period: String,
        /// `pay P from Q`: who pays (else the other party of two).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        payer: Option<String>,
        /// `indexed annually by SIGNAL [capped at P] [floor P]`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        indexed: Option<IndexationJson>,
        /// The `///` documentation of its `pay` block (or `invoice`
        /// clause), when it has one.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        description: Option<String>,
        source: Source,
    },
    /// `share R% of SIGNAL up to L, R% above`: marginal bands over the
    /// contract year's total of the signal's readings.
    Share {
        id: String,
        payee: String,
        payer: Option<String>,
        of_signal: String,
        bands: Vec<ShareBandJson>,
        cap: Option<CapJson>,
        /// The `///` documentation of its `pay` block (or `invoice`
        /// clause), when it has one.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        description: Option<String>,
        source: Source,
    },
    /// `bonus NAME on MILESTONE X per day early [capped at C]`.
    EarlyBonus {
        id: String,
        payee: String,
        payer: Option<String>,
        name: String,
        milestone: String,
        per_day: MoneyJson,
        cap: Option<CapJson>,
        /// The `///` documentation of its `pay` block (or `invoice`
        /// clause), when it has one.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        description: Option<String>,
        source: Source,
    },
    Invoice {
        id: String,
        period: String,
        timing: String,
        net: Option<DurationJson>,
        /// The `///` documentation of its `pay` block (or `invoice`
        /// clause), when it has one.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        description: Option<String>,
        source: Source,
    },
    Fee {
        id: String,
        payee: String,
        name: Option<String>,
        amount: MoneyJson,
        per_event: String,
        /// The `///` documentation of its `pay` block (or `invoice`
        /// clause), when it has one.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        description: Option<String>,
        source: Source,
    },
    Bonus {
        id: String,
        payee: String,
        name: String,
        period: String,
        metric: String,
        tiers: Vec<BonusTierJson>,
        /// The `///` documentation of its `pay` block (or `invoice`
        /// clause), when it has one.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        description: Option<String>,
        source: Source,
    },
    SuccessFee {
        id: String,
        payee: String,
        rate_percent: String,
        of_signal: String,
        cap: Option<CapJson>,
        /// The `///` documentation of its `pay` block (or `invoice`
        /// clause), when it has one.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        description: Option<String>,
        source: Source,
    },
    Penalty {
        id: String,
        payee: String,
        name: String,
        milestone: String,
        per_day: MoneyJson,
        cap: Option<CapJson>,
        /// The `///` documentation of its `pay` block (or `invoice`
        /// clause), when it has one.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        description: Option<String>,
        source: Source,
    },
}

#[derive(Serialize, JsonSchema)]
pub struct BonusTierJson {
    pub name: String,
    pub condition: ConditionJson,
    pub pays: AmountJson,
}

#[derive(Serialize, JsonSchema)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum AmountJson {
    Money {
        amount: MoneyJson,
    },
    /// A percentage of the retainer accrued over the bonus's period.
    PercentOfRetainer {
        percent: String,
    },
}

#[derive(Serialize, JsonSchema)]
pub struct CapJson {
    pub amount: MoneyJson,
    /// `contract_year` (from the term start) or `term`.
    pub per: String,
}

#[derive(Serialize, JsonSchema)]
pub struct GrantJson {
    pub id: String,
    pub grantee: String,
    pub right: String,
    pub resource: String,
    pub exclusive: bool,
    pub purpose: Option<String>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    /// The `///` documentation of its clause, when it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    pub source: Source,
}

#[derive(Serialize, JsonSchema)]
pub struct MilestoneJson {
    pub id: String,
    pub name: String,
    pub due: NaiveDate,
    pub owner: Option<String>,
    /// Ids of the milestones it requires (`Partnership.milestone`).
    pub requires: Vec<String>,
    /// The `///` documentation of its clause, when it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    pub source: Source,
}

#[derive(Serialize, JsonSchema)]
pub struct MetricJson {
    pub id: String,
    pub name: String,
    #[serde(rename = "type")]
    pub ty: String,
    pub tier: Option<String>,
    pub lower_is_better: bool,
    pub target: Option<ConditionJson>,
    /// The `///` documentation of its clause, when it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    pub source: Source,
}

#[derive(Serialize, JsonSchema)]
pub struct WeightStageJson {
    pub id: String,
    pub after: Option<DurationJson>,
    /// Tier name → percentage (exact decimal string).
    pub weights: Vec<(String, String)>,
    pub source: Source,
}

#[derive(Serialize, JsonSchema)]
pub struct RecurringJson {
    pub id: String,
    /// `meeting`, `review`, `survey` or `report`.
    pub kind: String,
    pub name: String,
    pub cadence: String,
    /// `adjusted following|preceding` (design §5.1): occurrences on a
    /// non-business day roll to the next (`following`) or previous
    /// (`preceding`) business day of the partnership's calendar; absent when
    /// they keep their dates.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub adjusted: Option<AdjustedJson>,
    pub at: Option<String>,
    pub length: Option<DurationJson>,
    pub participants: Vec<ActorJson>,
    /// A meeting's or review's channel (`via "Teams"`), when it has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub channel: Option<String>,
    pub anonymous: bool,
    /// A report's text (`report values quarterly by Globex "..."`) and the
    /// `///` documentation of the clause, a blank line between them when
    /// both are written.
    pub description: Option<String>,
    /// A review's adjustment criteria.
    pub adjustments: Vec<AdjustmentJson>,
    pub source: Source,
}

/// The business-day adjustment of a recurring clause's dates.
#[derive(Serialize, JsonSchema, Clone, Copy)]
#[serde(rename_all = "snake_case")]
pub enum AdjustedJson {
    Following,
    Preceding,
}

impl AdjustedJson {
    pub fn of(adjust: crate::ir::dates::Adjust) -> Option<AdjustedJson> {
        use crate::ir::dates::Adjust;
        match adjust {
            Adjust::None => None,
            Adjust::Following => Some(AdjustedJson::Following),
            Adjust::Preceding => Some(AdjustedJson::Preceding),
        }
    }
}

#[derive(Serialize, JsonSchema)]
pub struct AdjustmentJson {
    pub adjust: Vec<String>,
    pub condition: ConditionJson,
}

#[derive(Serialize, JsonSchema)]
pub struct GovernanceTierJson {
    pub id: String,
    pub name: String,
    pub members: Vec<ActorJson>,
    pub decides: Vec<String>,
    /// `None` from the start; else the stage's start after the term start.
    pub from: Option<DurationJson>,
    pub source: Source,
}

#[derive(Serialize, JsonSchema)]
pub struct RenewalJson {
    pub id: String,
    pub window_opens: Option<NaiveDate>,
    pub decision_due: Option<NaiveDate>,
    /// The last day to give notice of non-renewal (end − exit notice).
    pub notice_deadline: Option<NaiveDate>,
    pub renews_by_default: bool,
    pub renew_for: Option<DurationJson>,
    /// The evaluation criteria: the default applies only if they hold on
    /// the decision date.
    pub criteria: Option<ConditionJson>,
    pub source: Source,
}

#[derive(Serialize, JsonSchema)]
pub struct TerminationJson {
    pub id: String,
    pub for_cause_cure: Option<DurationJson>,
    pub for_convenience_notice: Option<DurationJson>,
    pub source: Option<Source>,
}

#[derive(Serialize, JsonSchema)]
pub struct ExitJson {
    pub id: String,
    pub notice: Option<DurationJson>,
    pub transition: Option<DurationJson>,
    /// Ids of the transition duties (listed with the obligations).
    pub transition_obligations: Vec<String>,
    /// The `///` documentation of its clause, when it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    pub source: Source,
}

#[derive(Serialize, JsonSchema)]
pub struct SurvivesJson {
    /// How long after the end of the term the duties stay in force.
    pub length: DurationJson,
    /// Ids of its duties (listed with the obligations, origin `survives`).
    pub obligations: Vec<String>,
    /// The `///` documentation of its clause, when it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    pub source: Source,
}

#[derive(Serialize, JsonSchema)]
pub struct CoordinationJson {
    pub name: String,
    pub rules: Vec<CoordinationRuleJson>,
}

#[derive(Serialize, JsonSchema)]
pub struct CoordinationRuleJson {
    pub condition: ConditionJson,
    pub reads: Vec<String>,
    /// `(partnership bound, obligation)`.
    pub obligations: Vec<(String, ObligationJson)>,
}

/// An indexed retainer: at each contract anniversary × (1 + the signal's
/// last reading before it), clamped, rounded to the minor unit.
#[derive(Serialize, JsonSchema)]
pub struct IndexationJson {
    pub signal: String,
    pub cap_percent: Option<String>,
    pub floor_percent: Option<String>,
}

/// One band of a share: its rate, and its upper limit (`null` above the
/// last limit).
#[derive(Serialize, JsonSchema)]
pub struct ShareBandJson {
    pub rate_percent: String,
    pub up_to: Option<MoneyJson>,
}

/// The `health` clause: the period health is scored over.
#[derive(Serialize, JsonSchema)]
pub struct HealthJson {
    pub period: String,
    pub source: Source,
}
