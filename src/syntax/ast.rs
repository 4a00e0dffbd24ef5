//! The syntax tree, exactly as written, with a span on every node.
//!
//! Nothing here is resolved or checked: names are plain identifiers, units are
//! the words the user wrote (`dyas` stays `dyas` until the checker reports
//! it). Nodes that failed to parse are kept as `Error` variants so later
//! stages can still check the rest of the file.

use crate::diagnostics::Span;
pub use crate::vocab::{ArithOp, CmpOp, Direction, Modality};
use chrono::{NaiveDate, NaiveTime};
use rust_decimal::Decimal;

/// A node with its span, for leaves that need no struct of their own.
#[derive(Clone, Debug, PartialEq)]
pub struct Sp<T> {
    pub value: T,
    pub span: Span,
}

pub type Text = Sp<String>;

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Ident {
    pub name: String,
    pub span: Span,
}

/// A possibly qualified name: `Acme`, `client.ops`, `SdkDeal.sdk_delivered`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Path {
    pub segments: Vec<Ident>,
    pub span: Span,
}

impl Path {
    pub fn text(&self) -> String {
        self.segments
            .iter()
            .map(|s| s.name.as_str())
            .collect::<Vec<_>>()
            .join(".")
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct File {
    /// The `//!` comments at the top.
    pub doc: Option<String>,
    pub decls: Vec<Decl>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Decl {
    pub kind: DeclKind,
    pub span: Span,
    /// The `///` comments just before it.
    pub doc: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum DeclKind {
    Use(Box<Use>),
    Party(Party),
    Resource(Resource),
    Signal(Signal),
    Event(EventDecl),
    Master(Master),
    Template(Template),
    Partnership(Partnership),
    Coordinate(Coordinate),
    Amend(Box<Amend>),
    /// A declaration that failed to parse (already reported).
    Error,
}

#[derive(Clone, Debug, PartialEq)]
pub enum UseTarget {
    /// `use std.disputes` or `use std.disputes.ladder(...)`.
    Module(Path),
    /// `use "../legal/common.pact"`.
    File(Text),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Use {
    pub target: UseTarget,
    /// Template arguments; `None` when there are no parentheses.
    pub args: Option<Vec<Arg>>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Arg {
    pub name: Ident,
    pub value: Expr,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Party {
    pub name: Ident,
    pub title: Option<Text>,
    pub roles: Vec<Role>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Role {
    pub name: Ident,
    pub title: Option<Text>,
    pub capacity: Option<Quantity>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Resource {
    pub name: Ident,
    pub title: Option<Text>,
    /// `owned by A and B`: joint owners, all exempt from exclusivity.
    pub owners: Vec<Ident>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Signal {
    pub name: Ident,
    pub ty: TypeRef,
    pub title: Option<Text>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct EventDecl {
    pub name: Ident,
    pub title: Option<Text>,
}

/// A type as written: `percent`, `money`, `score 0..10`.
#[derive(Clone, Debug, PartialEq)]
pub struct TypeRef {
    pub name: Ident,
    pub range: Option<Sp<(Decimal, Decimal)>>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Master {
    pub name: Ident,
    pub clauses: Vec<Clause>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Template {
    pub name: Ident,
    pub params: Vec<Param>,
    pub clauses: Vec<Clause>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Param {
    pub name: Ident,
    pub ty: TypeRef,
    pub default: Option<Expr>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Partnership {
    pub name: Ident,
    pub under: Option<Ident>,
    pub clauses: Vec<Clause>,
}

/// `amend P effective DATE as LEVEL approved by ROLES { ... }` (design
/// §10.6): changes partnership `P` from `DATE` on.
#[derive(Clone, Debug, PartialEq)]
pub struct Amend {
    pub partnership: Ident,
    pub effective: Sp<NaiveDate>,
    /// The change level it was agreed under.
    pub level: Ident,
    pub approvers: Vec<Path>,
    pub items: Vec<AmendItem>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum AmendItem {
    /// Added, or (with `override`) replacing the clause with its key.
    Clause(Clause),
    Remove(Remove),
}

/// `remove meeting tactical`, `remove renewal`.
#[derive(Clone, Debug, PartialEq)]
pub struct Remove {
    /// The clause keyword, as written.
    pub kind: Sp<&'static str>,
    pub name: Option<Ident>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Coordinate {
    pub name: Ident,
    pub rules: Vec<CoordinationRule>,
}

/// `when ApiOne.price_change > 10% { obligations }`.
#[derive(Clone, Debug, PartialEq)]
pub struct CoordinationRule {
    pub condition: Expr,
    pub obligations: Vec<Obligation>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Clause {
    pub kind: ClauseKind,
    /// Written with `override`: replaces the clause inherited from a master.
    pub overrides: bool,
    pub span: Span,
    pub doc: Option<String>,
    /// Set by template expansion: the `use` that brought this clause in.
    pub via: Option<Span>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ClauseKind {
    /// Boxed: the largest variant otherwise, and every clause pays for it.
    Use(Box<Use>),
    Parties(Vec<PartyBinding>),
    Term(Box<Term>),
    Currency(Ident),
    Timezone(Text),
    Calendar(Box<Calendar>),
    Metric(Box<Metric>),
    Weights(Vec<WeightStage>),
    Meeting(Box<Meeting>),
    Review(Box<Review>),
    Escalation(Vec<EscalationLevel>),
    Disputes(Box<Disputes>),
    Changes(Vec<ChangeItem>),
    Pay(Box<Pay>),
    Invoice(Box<Invoice>),
    /// `health quarterly`: the period of the health score.
    Health(Cadence),
    Trigger(Box<Trigger>),
    Obligation(Box<Obligation>),
    Grant(Box<Grant>),
    Milestone(Box<Milestone>),
    Survey(Box<Survey>),
    Report(Box<Report>),
    Governance(Vec<GovernanceItem>),
    Renewal(Vec<RenewalItem>),
    Termination(Vec<TerminationItem>),
    Exit(Vec<ExitItem>),
    Survives(Box<Survives>),
    Law(Text),
    Venue(Text),
    /// A clause that failed to parse (already reported).
    Error,
}

/// `Acme as client`.
#[derive(Clone, Debug, PartialEq)]
pub struct PartyBinding {
    pub party: Ident,
    pub label: Option<Ident>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Term {
    pub start: Sp<NaiveDate>,
    pub end: TermEnd,
}

#[derive(Clone, Debug, PartialEq)]
pub enum TermEnd {
    /// `for 3 years`
    For(Quantity),
    /// `to 2026-12-31` (inclusive)
    To(Sp<NaiveDate>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Calendar {
    pub workdays: Option<Workdays>,
    pub holidays: Vec<Sp<NaiveDate>>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Workdays {
    /// `mon-fri`
    Range(Ident, Ident),
    /// `mon, tue, thu`
    List(Vec<Ident>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Metric {
    pub name: Ident,
    pub ty: TypeRef,
    /// `operational`, `relational` or `strategic`.
    pub tier: Option<Ident>,
    pub direction: Option<Sp<Direction>>,
    pub target: Option<Target>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Target {
    pub op: Sp<CmpOp>,
    pub value: Expr,
}

#[derive(Clone, Debug, PartialEq)]
pub struct WeightStage {
    /// `None` for `from start`, else `after DURATION`.
    pub after: Option<Quantity>,
    pub weights: Vec<TierWeight>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TierWeight {
    pub tier: Ident,
    pub weight: Sp<Decimal>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum CadenceKind {
    Daily,
    Weekly,
    Monthly,
    Quarterly,
    Annually,
    /// `every 2 weeks`
    Every(Quantity),
    /// `on 2026-03-15`: a one-off meeting (only in a meeting's schedule).
    Once(Sp<NaiveDate>),
}

pub type Cadence = Sp<CadenceKind>;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ordinal {
    First,
    Second,
    Third,
    Fourth,
    Last,
}

/// `on monday`, `on first tuesday`, `on day 15`.
#[derive(Clone, Debug, PartialEq)]
pub enum OnDay {
    Weekday(Ident),
    NthWeekday(Sp<Ordinal>, Ident),
    DayOfMonth(Sp<Decimal>),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Adjustment {
    Following,
    Preceding,
}

/// The shared shape of meetings and reviews.
#[derive(Clone, Debug, PartialEq)]
pub struct Schedule {
    pub cadence: Cadence,
    pub on: Option<Sp<OnDay>>,
    pub adjust: Option<Sp<Adjustment>>,
    pub at: Option<Sp<NaiveTime>>,
    pub length: Option<Quantity>,
    pub with: Vec<Path>,
    /// `via "Teams"`: the channel the meeting is held on (design §10.4).
    pub via: Option<Via>,
}

/// `via "Teams"`: a meeting's channel (the platform it is held on).
#[derive(Clone, Debug, PartialEq)]
pub struct Via {
    pub channel: Channel,
    /// The whole `via "..."`.
    pub span: Span,
}

/// What `via` names: a string, or inside a template a `text` parameter
/// (replaced by its argument when the template is expanded).
#[derive(Clone, Debug, PartialEq)]
pub enum Channel {
    Text(Text),
    Param(Ident),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Meeting {
    pub name: Ident,
    pub schedule: Schedule,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Review {
    pub name: Ident,
    pub schedule: Schedule,
    pub items: Vec<ReviewItem>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ReviewItem {
    /// `adjust scope and pricing when market_change > 10%`
    Adjust {
        objects: Vec<Path>,
        condition: Expr,
        span: Span,
    },
    Obligation(Box<Obligation>),
    Error,
}

#[derive(Clone, Debug, PartialEq)]
pub struct EscalationLevel {
    pub name: Ident,
    /// `minor when outage_hours <= 4 handled by ...`: a reading that makes
    /// it true raises the level by itself.
    pub condition: Option<Expr>,
    pub handlers: Vec<Path>,
    pub within: Quantity,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Disputes {
    pub event: Ident,
    pub steps: Vec<DisputeStep>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct DisputeStep {
    pub name: Ident,
    pub by: Vec<Path>,
    pub within: Option<Quantity>,
    /// `within 30 days of notice`: counted from the event, not the last step.
    pub of: Option<Ident>,
    pub requires: Vec<Path>,
    pub binding: Option<Span>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ChangeItem {
    Level(ChangeLevel),
    Authority { who: Vec<Path>, span: Span },
    Error,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ChangeLevel {
    pub name: Ident,
    pub condition: Expr,
    pub pathway: Vec<PathwayStep>,
    pub span: Span,
}

/// `review by Acme.rm, Globex.rm within 10 business days`
#[derive(Clone, Debug, PartialEq)]
pub struct PathwayStep {
    pub action: Ident,
    pub by: Vec<Path>,
    pub within: Option<Quantity>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Pay {
    pub payee: Ident,
    /// `pay Globex from Acme { ... }`: who pays, when there are more than
    /// two parties.
    pub payer: Option<Ident>,
    pub items: Vec<PayItem>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum PayItem {
    Retainer {
        amount: Quantity,
        cadence: Option<Cadence>,
        indexed: Option<Box<Indexation>>,
        span: Span,
    },
    Invoice(Invoice),
    Fee {
        name: Option<Ident>,
        amount: Quantity,
        span: Span,
    },
    Bonus(Bonus),
    SuccessFee {
        share: Expr,
        cap: Option<Quantity>,
        span: Span,
    },
    Penalty {
        name: Ident,
        milestone: Path,
        amount: Quantity,
        cap: Option<Quantity>,
        span: Span,
    },
    /// `bonus NAME on MILESTONE 1_000 USD per day early capped at ...`.
    EarlyBonus {
        name: Ident,
        milestone: Path,
        amount: Quantity,
        cap: Option<Quantity>,
        span: Span,
    },
    Share(Box<Share>),
    Error,
}

/// `indexed annually by SIGNAL [capped at P] [floor P]` on a retainer.
#[derive(Clone, Debug, PartialEq)]
pub struct Indexation {
    pub signal: Ident,
    pub cap: Option<Sp<Decimal>>,
    pub floor: Option<Sp<Decimal>>,
    pub span: Span,
}

/// `share 20% of savings up to 1_000_000 USD, 30% above [capped at ...]`.
#[derive(Clone, Debug, PartialEq)]
pub struct Share {
    pub base: Path,
    /// In order; every band but the last has an upper limit.
    pub bands: Vec<ShareBand>,
    /// The `above` that closes the last band.
    pub above: Option<Span>,
    pub cap: Option<Quantity>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ShareBand {
    pub rate: Sp<Decimal>,
    /// `up to LIMIT`; `None` for the last band.
    pub up_to: Option<Quantity>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InvoiceTiming {
    Arrears,
    Advance,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Invoice {
    pub cadence: Cadence,
    pub timing: Option<Sp<InvoiceTiming>>,
    pub net: Option<Quantity>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Bonus {
    pub name: Ident,
    pub cadence: Cadence,
    pub metric: Ident,
    pub tiers: Vec<BonusTier>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct BonusTier {
    pub name: Ident,
    pub condition: Expr,
    pub pays: Expr,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum TriggerOn {
    When(Expr),
    Event(Ident),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Trigger {
    pub name: Ident,
    pub on: TriggerOn,
    pub obligations: Vec<Obligation>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Obligation {
    pub subjects: Vec<Path>,
    pub modality: Sp<Modality>,
    pub action: Ident,
    pub objects: Vec<Path>,
    pub purpose: Option<Text>,
    pub deadline: Option<Deadline>,
    pub condition: Option<Expr>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Deadline {
    /// `within 30 days` or `within 30 days of notice`
    Within {
        duration: Quantity,
        of: Option<Ident>,
        span: Span,
    },
    /// `by 2026-06-30`
    ByDate(Sp<NaiveDate>),
    /// `by day 30` (counted from the term start)
    ByDay(Sp<Decimal>),
    /// `before end`, `before renewal decision`, `before go_live`
    Before(Sp<Anchor>),
}

#[derive(Clone, Debug, PartialEq)]
pub enum Anchor {
    End,
    RenewalDecision,
    Milestone(Path),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Grant {
    pub exclusive: Option<Span>,
    pub grantee: Ident,
    pub right: Ident,
    pub resource: Ident,
    pub purpose: Option<Text>,
    /// `from DATE to DATE`: the grant's own period inside the term.
    pub period: Option<(Sp<NaiveDate>, Sp<NaiveDate>)>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum MilestoneDue {
    Date(Sp<NaiveDate>),
    Day(Sp<Decimal>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Milestone {
    pub name: Ident,
    pub due: MilestoneDue,
    pub owner: Option<Ident>,
    pub requires: Vec<Path>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Survey {
    pub name: Ident,
    pub cadence: Cadence,
    /// `quarterly on day 15`, as for meetings (design §5.1).
    pub on: Option<Sp<OnDay>>,
    pub anonymous: Option<Span>,
    pub by: Vec<Path>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    pub name: Ident,
    pub cadence: Cadence,
    /// `quarterly on day 15`, as for meetings (design §5.1).
    pub on: Option<Sp<OnDay>>,
    pub by: Vec<Path>,
    pub description: Option<Text>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum GovernanceItem {
    Tier(GovernanceTier),
    /// `evolves after 1 year { tier ... }`
    Evolves {
        after: Quantity,
        tiers: Vec<GovernanceTier>,
        span: Span,
    },
    Error,
}

#[derive(Clone, Debug, PartialEq)]
pub struct GovernanceTier {
    pub name: Ident,
    pub members: Vec<Path>,
    pub decides: Vec<Ident>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum RenewalItem {
    /// `window opens 120 days before end`
    WindowOpens {
        before_end: Quantity,
        span: Span,
    },
    /// `decision due 60 days before end`
    DecisionDue {
        before_end: Quantity,
        span: Span,
    },
    /// `default renew for 1 year` / `default expire`
    Default {
        renew_for: Option<Quantity>,
        renews: bool,
        span: Span,
    },
    /// `criteria health >= 70% and on_time >= 90%`: the default applies
    /// only if they hold on the decision date.
    Criteria {
        condition: Expr,
        span: Span,
    },
    Error,
}

#[derive(Clone, Debug, PartialEq)]
pub enum TerminationItem {
    ForCause {
        cure: Option<Quantity>,
        span: Span,
    },
    ForConvenience {
        notice: Option<Quantity>,
        span: Span,
    },
    Error,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExitItem {
    Notice {
        period: Quantity,
        span: Span,
    },
    Transition {
        length: Quantity,
        obligations: Vec<Obligation>,
        span: Span,
    },
    Error,
}

/// `survives 2 years { Globex must not share CustomerData }`: duties that
/// stay in force for `length` after the term ends.
#[derive(Clone, Debug, PartialEq)]
pub struct Survives {
    pub length: Quantity,
    pub obligations: Vec<Obligation>,
}

/// A number with a one-word unit, and an optional `per UNIT`:
/// `20_000 USD`, `10 business days`, `40 hours per month`.
/// Boxed: quantities sit in many nodes, and a small node keeps the parser
/// fast (LALRPOP moves every value on its stack).
pub type Quantity = Box<QuantityLit>;

#[derive(Clone, Debug, PartialEq)]
pub struct QuantityLit {
    pub amount: Sp<Decimal>,
    pub unit: Unit,
    /// Boxed, like `param`: most quantities have neither, and a quantity
    /// is the most common node of the tree after names (issue 18).
    pub per: Option<Box<Ident>>,
    /// Inside a template: the parameter this quantity stands for (then
    /// `amount` and `unit` are placeholders until the template is used).
    pub param: Option<Box<Ident>>,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Unit {
    pub name: Ident,
    /// `business days`
    pub business: bool,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    Number(Decimal),
    Percent(Decimal),
    Quantity(Quantity),
    Date(NaiveDate),
    Text(String),
    Bool(bool),
    Path(Path),
    /// `X% of Y`
    PercentOf(Box<Expr>, Box<Expr>),
    Neg(Box<Expr>),
    Arith(ArithOp, Box<Expr>, Box<Expr>),
    Compare(Sp<CmpOp>, Box<Expr>, Box<Expr>),
    And(Box<Expr>, Box<Expr>),
    Or(Box<Expr>, Box<Expr>),
    Not(Box<Expr>),
    Error,
}
