//! The checked model of a portfolio: every later stage (portfolio checks,
//! outputs, `pact run`) reads this, never the syntax tree.
//!
//! References are resolved (indices into the portfolio's tables), quantities
//! are typed values, dates are computed. Every item keeps the span of the
//! clause it came from, so later diagnostics and outputs can point at it.

use super::dates::{self, BusinessCalendar};
use super::values::{Duration, Money, Type, Value};
use crate::diagnostics::Span;
use crate::vocab::{CmpOp, Direction, Modality};
use chrono::{NaiveDate, NaiveTime};
use rust_decimal::Decimal;

pub type PartyId = usize;
pub type SignalId = usize;
pub type EventId = usize;
pub type ResourceId = usize;
pub type PartnershipId = usize;

/// A milestone of the portfolio: its partnership's index and its place
/// among that partnership's milestones. Given by the link pass
/// (`crate::link`), which resolves every milestone named in a clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct MilestoneId {
    pub partnership: PartnershipId,
    pub index: usize,
}

/// A milestone named in a clause (`go_live` or `Other.go_live`): the text
/// as written, kept for display, and what the link pass resolved it to.
/// Later stages read `target`, never the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MilestoneRef {
    pub written: String,
    /// `None` before linking, or when the name resolves to nothing (E0107).
    pub target: Option<MilestoneId>,
    /// A milestone of the partnership the clause belongs to (written
    /// plain, or with its own partnership's name): read it from the
    /// partnership at hand, which may be a renewed or amended copy.
    pub local: bool,
}

impl MilestoneRef {
    /// A reference as lowering writes it, not yet linked.
    pub fn new(written: String) -> MilestoneRef {
        MilestoneRef {
            written,
            target: None,
            local: false,
        }
    }
}

/// A partnership named in a clause (`Sup.on_time` in a condition, the
/// partnerships a coordination rule reads and binds): the name as written,
/// kept for display, and the partnership the link pass resolved it to.
/// Checks, outputs and `pact run` read `target`, never look the name up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartnershipRef {
    pub name: String,
    /// `None` before linking, or when no partnership has the name (which
    /// lowering reports).
    pub target: Option<PartnershipId>,
}

impl PartnershipRef {
    /// A reference as lowering writes it, not yet linked.
    pub fn new(name: String) -> PartnershipRef {
        PartnershipRef { name, target: None }
    }
}

impl std::fmt::Display for PartnershipRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.name)
    }
}

impl std::fmt::Display for MilestoneRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.written)
    }
}

#[derive(Debug, Default, Clone)]
pub struct Portfolio {
    pub parties: Vec<Party>,
    pub resources: Vec<Resource>,
    pub signals: Vec<Signal>,
    pub events: Vec<Event>,
    pub partnerships: Vec<Partnership>,
    pub coordinations: Vec<Coordination>,
    /// The `//!` documentation of each user file that has one.
    pub file_docs: Vec<(crate::diagnostics::FileId, String)>,
}

#[derive(Debug, Clone)]
pub struct Party {
    pub name: String,
    pub title: Option<String>,
    pub roles: Vec<Role>,
    pub span: Span,
    pub doc: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Role {
    pub name: String,
    pub title: Option<String>,
    /// Hours per calendar month this role can give, when declared.
    pub capacity_hours: Option<Decimal>,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct Resource {
    pub name: String,
    pub title: Option<String>,
    /// Joint owners (`owned by A and B`), in the order written.
    pub owners: Vec<PartyId>,
    pub span: Span,
    pub doc: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Signal {
    pub name: String,
    pub ty: Type,
    pub span: Span,
    pub doc: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Event {
    pub name: String,
    pub span: Span,
    pub doc: Option<String>,
}

/// The name of the built-in neutral party (mediators, arbitrators).
pub const NEUTRAL: &str = "neutral";

/// Who: a party, one of its roles, or the built-in neutral party.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Actor {
    Party(PartyId),
    Role(PartyId, usize),
    Neutral,
}

impl Actor {
    pub fn party(self) -> Option<PartyId> {
        match self {
            Actor::Party(p) | Actor::Role(p, _) => Some(p),
            Actor::Neutral => None,
        }
    }
}

#[derive(Debug, Clone)]
pub struct ActorRef {
    pub actor: Actor,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct Binding {
    pub party: PartyId,
    pub label: Option<String>,
    pub span: Span,
}

#[derive(Debug, Clone, Copy)]
pub struct Term {
    pub start: NaiveDate,
    /// Inclusive.
    pub end: NaiveDate,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct Metric {
    /// The public id (`super::ids`), assigned in lowering.
    pub id: String,
    pub name: String,
    pub ty: Type,
    /// Declared range (`score 0..10`), in the metric's own unit.
    pub range: Option<(Decimal, Decimal)>,
    pub tier: Option<String>,
    pub direction: Direction,
    /// The direction is written (`lower is better`), not taken from the
    /// target or the default.
    pub direction_written: bool,
    pub target: Option<(CmpOp, Value)>,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct WeightStage {
    /// The public id (`super::ids`), assigned in lowering.
    pub id: String,
    /// `None` from the start, else after this long.
    pub after: Option<Duration>,
    pub weights: Vec<(String, Decimal)>,
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MeetingKind {
    Meeting,
    Review,
}

#[derive(Debug, Clone)]
pub struct Meeting {
    /// The public id (`super::ids`), assigned in lowering.
    pub id: String,
    pub name: String,
    pub kind: MeetingKind,
    pub cadence: dates::Cadence,
    pub adjust: dates::Adjust,
    pub at: Option<NaiveTime>,
    pub length: Option<Duration>,
    pub participants: Vec<ActorRef>,
    /// `via "Teams"`: the channel it is held on (design §10.4), never blank.
    pub channel: Option<String>,
    /// A review's adjustment criteria: what may be adjusted, and when.
    pub adjustments: Vec<Adjustment>,
    /// A review's duties: indices into the partnership's `obligations`
    /// (instantiated at each occurrence by `pact run`).
    pub duties: Vec<usize>,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct Adjustment {
    pub objects: Vec<String>,
    pub condition: Cond,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct EscalationLevel {
    /// The public id (`super::ids`), assigned in lowering.
    pub id: String,
    pub name: String,
    /// `minor when outage_hours <= 4 handled by ...`: selects the level.
    pub condition: Option<Cond>,
    pub handlers: Vec<ActorRef>,
    pub within: Duration,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct Disputes {
    pub event: EventId,
    pub steps: Vec<DisputeStep>,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct DisputeStep {
    /// The public id (`super::ids`), assigned in lowering.
    pub id: String,
    pub name: String,
    pub by: Vec<ActorRef>,
    pub within: Option<Duration>,
    /// Counted from the dispute notice instead of the previous step's end.
    pub from_notice: bool,
    pub requires: Vec<String>,
    pub binding: bool,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct ChangeLevel {
    /// The public id (`super::ids`), assigned in lowering.
    pub id: String,
    pub name: String,
    pub condition: Cond,
    pub pathway: Vec<PathwayStep>,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct PathwayStep {
    /// The public id (`super::ids`), assigned in lowering.
    pub id: String,
    pub action: String,
    pub by: Vec<ActorRef>,
    pub within: Option<Duration>,
    pub span: Span,
}

#[derive(Debug, Clone, Default)]
pub struct Changes {
    pub levels: Vec<ChangeLevel>,
    pub authority: Vec<ActorRef>,
    pub span: Span,
}

/// How often money moves or a duty recurs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    Daily,
    Weekly,
    Monthly,
    Quarterly,
    Annually,
    Every(Duration),
}

impl Period {
    /// `monthly`, `every 2 weeks`: as the outputs write it.
    pub fn text(&self) -> String {
        match self {
            Period::Daily => "daily".into(),
            Period::Weekly => "weekly".into(),
            Period::Monthly => "monthly".into(),
            Period::Quarterly => "quarterly".into(),
            Period::Annually => "annually".into(),
            Period::Every(d) => format!("every {d}"),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Payments {
    pub payee: PartyId,
    pub items: Vec<PayItem>,
    pub span: Span,
    /// `pay P from Q`; else the one other party (design §10.2).
    pub payer: Option<PartyId>,
    /// `share ... up to ..., ... above`: marginal bands (design §10.2).
    pub shares: Vec<Share>,
    /// `bonus NAME on MILESTONE ... per day early`.
    pub early_bonuses: Vec<EarlyBonus>,
    /// `retainer ... indexed annually by SIGNAL`, by the retainer's index
    /// in `items`.
    pub indexations: Vec<(usize, Indexation)>,
    /// `PARTNERSHIP.retainer.PAYEE`: the id of the block's retainers (one
    /// per payee, whatever the block), and of each of their payments in a
    /// run with `@PERIOD` added.
    pub retainer_id: String,
    /// `PARTNERSHIP.invoice.PAYEE`: the id of the invoices `pact run`
    /// makes of the retainers' payments.
    pub invoice_id: String,
}

impl Payments {
    /// A block of `partnership` paying `payee` (named `payee_name`).
    pub fn new(partnership: &str, payee: PartyId, payee_name: &str, span: Span) -> Payments {
        Payments {
            payee,
            items: Vec::new(),
            span,
            payer: None,
            shares: Vec::new(),
            early_bonuses: Vec::new(),
            indexations: Vec::new(),
            retainer_id: super::ids::id(partnership, "retainer", payee_name),
            invoice_id: super::ids::id(partnership, "invoice", payee_name),
        }
    }
}

/// Marginal bands over the contract year's cumulative readings of `base`.
#[derive(Debug, Clone)]
pub struct Share {
    /// The public id (`super::ids`), assigned in lowering.
    pub id: String,
    pub base: SignalId,
    pub bands: Vec<ShareBand>,
    pub cap: Option<Cap>,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct ShareBand {
    /// Percent (`20` for 20%).
    pub rate: Decimal,
    /// The band's upper limit, in the contract's currency; `None` above
    /// the last limit.
    pub up_to: Option<Decimal>,
}

#[derive(Debug, Clone)]
pub struct EarlyBonus {
    /// The public id (`super::ids`), assigned in lowering.
    pub id: String,
    pub name: String,
    pub milestone: MilestoneRef,
    pub per_day: Money,
    pub cap: Option<Cap>,
    pub span: Span,
}

/// `indexed annually by SIGNAL [capped at P] [floor P]` (percents).
#[derive(Debug, Clone)]
pub struct Indexation {
    pub signal: SignalId,
    pub cap: Option<Decimal>,
    pub floor: Option<Decimal>,
    pub span: Span,
}

/// `health quarterly`: the period health is scored over (design §10.1).
#[derive(Debug, Clone)]
pub struct Health {
    pub period: Period,
    pub span: Span,
}

/// The names of the built-in health metrics: the score, then its tiers.
pub const HEALTH_METRICS: [&str; 4] = [
    "health",
    "health.operational",
    "health.relational",
    "health.strategic",
];

#[derive(Debug, Clone)]
pub enum PayItem {
    Retainer {
        amount: Money,
        period: Period,
        span: Span,
    },
    Invoice(Invoice),
    Fee {
        /// `PARTNERSHIP.fee.PAYEE-NAME` (or `-EVENT` without a name).
        id: String,
        name: Option<String>,
        amount: Money,
        per_event: EventId,
        span: Span,
    },
    Bonus(Bonus),
    SuccessFee {
        /// `PARTNERSHIP.success_fee.PAYEE-SIGNAL`.
        id: String,
        share: Decimal,
        base: SignalId,
        cap: Option<Cap>,
        span: Span,
    },
    Penalty {
        id: String,
        name: String,
        milestone: MilestoneRef,
        per_day: Money,
        cap: Option<Cap>,
        span: Span,
    },
}

#[derive(Debug, Clone)]
pub struct Invoice {
    /// The public id (`super::ids`), assigned in lowering.
    pub id: String,
    pub period: Period,
    pub in_advance: bool,
    pub net: Option<Duration>,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct Cap {
    pub amount: Money,
    /// `per year`: per contract year from the term start; else the whole term.
    pub per_year: bool,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct Bonus {
    /// The public id (`super::ids`), assigned in lowering.
    pub id: String,
    pub name: String,
    pub period: Period,
    /// Index into the partnership's metrics.
    pub metric: usize,
    pub tiers: Vec<BonusTier>,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct BonusTier {
    pub name: String,
    pub condition: Cond,
    pub pays: Amount,
    pub span: Span,
}

/// What a tier or fee pays.
#[derive(Debug, Clone, PartialEq)]
pub enum Amount {
    Money(Money),
    /// `X% of retainer`: of the retainer accrued over the bonus's period.
    PercentOfRetainer(Decimal),
}

#[derive(Debug, Clone)]
pub enum TriggerOn {
    Condition(Cond),
    Event(EventId),
}

#[derive(Debug, Clone)]
pub struct Trigger {
    /// The public id (`super::ids`), assigned in lowering.
    pub id: String,
    pub name: String,
    pub on: TriggerOn,
    pub obligations: Vec<Obligation>,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct Obligation {
    /// Stable: derived from the partnership and the clause, never a counter
    /// over the whole file: `PARTNERSHIP.ORIGIN.NAME` (`super::ids`).
    pub id: String,
    /// The clause it belongs to, the id's second part.
    pub origin: super::ids::Origin,
    /// The id's last part: `Globex-must-notify-Acme.rm`, `-2` added to a
    /// repeated one; the schedule names a dated duty by it.
    pub name: String,
    pub subjects: Vec<ActorRef>,
    pub modality: Modality,
    pub action: String,
    pub objects: Vec<String>,
    pub purpose: Option<String>,
    pub deadline: Option<Deadline>,
    pub condition: Option<Cond>,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub enum Deadline {
    /// Counted from when the obligation arises (a trigger firing, a notice).
    Within {
        duration: Duration,
        from: Option<String>,
    },
    On(NaiveDate),
    Before(Anchor),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Anchor {
    End,
    RenewalDecision,
    Milestone(MilestoneRef),
}

#[derive(Debug, Clone)]
pub struct Grant {
    /// The public id (`super::ids`), assigned in lowering.
    pub id: String,
    pub exclusive: bool,
    pub grantee: PartyId,
    pub right: String,
    pub resource: ResourceId,
    pub purpose: Option<String>,
    /// Inclusive period; the term when not given.
    pub period: Option<(NaiveDate, NaiveDate)>,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct Milestone {
    /// The public id (`super::ids`), assigned in lowering.
    pub id: String,
    pub name: String,
    pub due: NaiveDate,
    /// Written `by day N` (counted from the start), not as a date.
    pub by_day: bool,
    pub owner: Option<PartyId>,
    /// `(partnership name, milestone name)`; the partnership is this one for
    /// a plain name.
    pub requires: Vec<(String, String, Span)>,
    /// What each of `requires` resolved to (the link pass fills it, one
    /// per entry; `None` for a name that resolves to nothing, E0107).
    pub required: Vec<Option<MilestoneId>>,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct Recurring {
    /// The public id (`super::ids`), assigned in lowering.
    pub id: String,
    pub name: String,
    pub cadence: dates::Cadence,
    pub by: Vec<ActorRef>,
    pub anonymous: bool,
    pub description: Option<String>,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct GovernanceTier {
    /// The public id (`super::ids`), assigned in lowering.
    pub id: String,
    pub name: String,
    pub members: Vec<ActorRef>,
    pub decides: Vec<String>,
    pub span: Span,
}

#[derive(Debug, Clone, Default)]
pub struct Governance {
    pub tiers: Vec<GovernanceTier>,
    /// `evolves after D { tiers }`: from then on, these replace the tiers of
    /// the same name.
    pub stages: Vec<(Duration, Vec<GovernanceTier>, Span)>,
}

#[derive(Debug, Clone, Default)]
pub struct Renewal {
    /// The public id (`super::ids`), assigned in lowering.
    pub id: String,
    pub window_opens: Option<(Duration, Span)>,
    pub decision_due: Option<(Duration, Span)>,
    /// `Some(None)`: renews, for the original term's length.
    pub renews: Option<Option<Duration>>,
    pub default_span: Option<Span>,
    /// `criteria COND`: the default applies only if it holds on the
    /// decision date (else the other outcome).
    pub criteria: Option<Cond>,
    pub span: Span,
}

#[derive(Debug, Clone, Default)]
pub struct Termination {
    /// The public id, `PARTNERSHIP.termination`, whether or not the
    /// partnership has the clause.
    pub id: String,
    pub cure: Option<Duration>,
    pub convenience_notice: Option<Duration>,
    pub span: Option<Span>,
}

/// The base of the ids `pact run` gives the partnership's dispute and
/// escalation ladders (`PARTNERSHIP.dispute`, `PARTNERSHIP.escalation`;
/// a ladder is that and `@` its notice date), assigned with the
/// partnership in lowering whether or not it has the clauses.
#[derive(Debug, Clone, Default)]
pub struct LadderIds {
    pub dispute: String,
    pub escalation: String,
}

#[derive(Debug, Clone)]
pub struct Exit {
    /// The public id (`super::ids`), assigned in lowering.
    pub id: String,
    pub notice: Option<(Duration, Span)>,
    pub transition: Option<(Duration, Span)>,
    pub obligations: Vec<Obligation>,
    pub span: Span,
}

/// `survives D { duties }`: duties in force for `length` after the term ends.
#[derive(Debug, Clone)]
pub struct Survival {
    pub length: Duration,
    pub obligations: Vec<Obligation>,
    pub span: Span,
}

/// An amendment of a partnership, as `pact run` names it.
#[derive(Debug, Clone)]
pub struct AmendmentRef {
    pub effective: NaiveDate,
    /// The change level it was agreed under (`as LEVEL`).
    pub level: String,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct Partnership {
    pub name: String,
    pub span: Span,
    pub doc: Option<String>,
    pub master: Option<String>,
    pub parties: Vec<Binding>,
    pub term: Option<Term>,
    pub currency: Option<String>,
    /// The IANA zone (checked), its canonical name.
    pub timezone: Option<String>,
    pub calendar: BusinessCalendar,
    pub law: Option<(String, Span)>,
    pub venue: Option<(String, Span)>,
    pub metrics: Vec<Metric>,
    pub weights: Vec<WeightStage>,
    /// `health PERIOD`; `None` scores quarterly when health is used.
    pub health: Option<Health>,
    pub meetings: Vec<Meeting>,
    pub escalation: Vec<EscalationLevel>,
    pub disputes: Option<Disputes>,
    pub changes: Option<Changes>,
    pub payments: Vec<Payments>,
    pub invoices: Vec<Invoice>,
    pub triggers: Vec<Trigger>,
    pub obligations: Vec<Obligation>,
    pub grants: Vec<Grant>,
    pub milestones: Vec<Milestone>,
    pub surveys: Vec<Recurring>,
    pub reports: Vec<Recurring>,
    pub governance: Governance,
    pub renewal: Option<Renewal>,
    pub termination: Termination,
    pub ladders: LadderIds,
    pub exit: Option<Exit>,
    pub survives: Vec<Survival>,
    /// Terms after the first, scheduled by `pact build --through DATE`
    /// (the term then ends with the last of them); empty otherwise.
    pub renewed: Vec<Term>,
    /// The first term's length as written (`for 35 weeks`): what a renewal
    /// without `for` lasts. `None` for `to END`.
    pub term_length: Option<Duration>,
    /// Every `amend` of this partnership (in effective-date order), whatever
    /// the version: a trace may record each one signed.
    pub amendments: Vec<AmendmentRef>,
    /// `(clause span, use span)` for clauses that came from a template, so
    /// diagnostics about them can point at the `use` the user wrote.
    pub origins: Vec<(Span, Span)>,
    /// `(clause span, text)`: the `///` documentation of each documented
    /// clause, in clause order (the outputs' `description`).
    pub docs: Vec<(Span, String)>,
}

impl Partnership {
    /// Whether `date` falls within the term (always, without a term).
    pub fn in_term(&self, date: chrono::NaiveDate) -> bool {
        self.term.is_none_or(|t| t.start <= date && date <= t.end)
    }

    /// The `use` that brought in the clause at `span`, if a template did.
    pub fn origin_of(&self, span: Span) -> Option<Span> {
        self.origins
            .iter()
            .find(|(clause, _)| {
                clause.file == span.file && clause.start <= span.start && span.end <= clause.end
            })
            .map(|(_, via)| *via)
    }

    /// The `///` documentation of the clause written at `span` or around it.
    pub fn doc_of(&self, span: Span) -> Option<&str> {
        self.docs
            .iter()
            .find(|(clause, _)| {
                clause.file == span.file && clause.start <= span.start && span.end <= clause.end
            })
            .map(|(_, doc)| doc.as_str())
    }

    pub fn new(name: String, span: Span) -> Partnership {
        Partnership {
            span,
            doc: None,
            master: None,
            parties: Vec::new(),
            term: None,
            currency: None,
            timezone: None,
            calendar: BusinessCalendar::default(),
            law: None,
            venue: None,
            metrics: Vec::new(),
            weights: Vec::new(),
            health: None,
            meetings: Vec::new(),
            escalation: Vec::new(),
            disputes: None,
            changes: None,
            payments: Vec::new(),
            invoices: Vec::new(),
            triggers: Vec::new(),
            obligations: Vec::new(),
            grants: Vec::new(),
            milestones: Vec::new(),
            surveys: Vec::new(),
            reports: Vec::new(),
            governance: Governance::default(),
            renewal: None,
            termination: Termination {
                id: format!("{name}.termination"),
                ..Termination::default()
            },
            ladders: LadderIds {
                dispute: format!("{name}.dispute"),
                escalation: format!("{name}.escalation"),
            },
            exit: None,
            survives: Vec::new(),
            renewed: Vec::new(),
            term_length: None,
            amendments: Vec::new(),
            origins: Vec::new(),
            docs: Vec::new(),
            name,
        }
    }

    /// The party bound under `label` (`client`, `provider`).
    pub fn party_by_label(&self, label: &str) -> Option<PartyId> {
        self.parties
            .iter()
            .find(|b| b.label.as_deref() == Some(label))
            .map(|b| b.party)
    }

    pub fn metric(&self, name: &str) -> Option<usize> {
        self.metrics.iter().position(|m| m.name == name)
    }
}

/// A condition over signals, metrics and constants.
#[derive(Debug, Clone)]
pub enum Cond {
    Const(bool),
    Compare {
        op: CmpOp,
        lhs: Operand,
        rhs: Operand,
        span: Span,
    },
    And(Box<Cond>, Box<Cond>),
    Or(Box<Cond>, Box<Cond>),
    Not(Box<Cond>),
    /// An event happening (`trigger ... on EVENT`).
    Event(EventId),
}

#[derive(Debug, Clone, PartialEq)]
pub enum Operand {
    /// A signal, read in a partnership (the enclosing one unless qualified).
    Signal {
        signal: SignalId,
        partnership: Option<PartnershipRef>,
    },
    /// A metric of the enclosing partnership.
    Metric(usize),
    /// A metric of another partnership, read in a `coordinate` condition
    /// (`Sup.health`, `Sup.on_time`): its index there, and its name.
    PartnerMetric {
        partnership: PartnershipRef,
        metric: usize,
        name: String,
    },
    Value(Value),
    /// `X% of signal`, `signal * 2`...: an operation with a side read at
    /// run time (lowering folds the ones whose sides are constants).
    Computed(Box<Computation>),
}

/// `lhs OP rhs` in a condition, computed by `ir::arith` on each reading.
#[derive(Debug, Clone, PartialEq)]
pub struct Computation {
    pub op: super::arith::Op,
    pub lhs: Operand,
    pub rhs: Operand,
    /// The type of the result.
    pub ty: Type,
}

#[derive(Debug, Clone)]
pub struct Coordination {
    pub name: String,
    pub rules: Vec<CoordinationRule>,
    pub span: Span,
}

#[derive(Debug, Clone)]
pub struct CoordinationRule {
    pub condition: Cond,
    /// Partnerships the condition reads.
    pub reads: Vec<PartnershipRef>,
    /// `(partnership bound, obligation)`.
    pub obligations: Vec<(PartnershipRef, Obligation)>,
    pub span: Span,
}
