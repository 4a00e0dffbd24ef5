"""The plain description of a generated portfolio and its trace.

This is the single source both for the Pact text (`render.py`) and for the
oracle's computations, so the oracle never has to parse Pact. It describes
only what the generator writes; health, `share` bands, indexation, early
bonuses and invoices (design §10.1–§10.2) are here; a feature added to the
generator (renewals and terminations in the trace) adds its fields here,
its rendering to `render.py` and a fact module beside
`schedule`/`obligations`/`run`.

Amounts are `decimal.Decimal`, dates `datetime.date`; nothing is a float.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Optional, Union

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
ORDINALS = ("first", "second", "third", "fourth", "last")


@dataclass(frozen=True)
class Qty:
    """A duration: `amount` of `unit`.

    unit is one of day, week, month, quarter, year, business_day, hour
    (the singular names the obligations JSON uses).
    """

    amount: int
    unit: str


# `on` forms of a cadence (design §5, reference §4 "Schedules").
@dataclass(frozen=True)
class OnWeekday:
    weekday: int  # 0 = Monday


@dataclass(frozen=True)
class OnDay:
    day: int  # 1..31


@dataclass(frozen=True)
class OnOrdinal:
    ordinal: str  # first .. fourth, last
    weekday: int


On = Union[OnWeekday, OnDay, OnOrdinal]


@dataclass(frozen=True)
class Cadence:
    """`daily`, `weekly`, `monthly`, `quarterly`, `annually` or `every N days|weeks`.

    kind: daily | weekly | monthly | quarterly | annually | every_days | every_weeks
    n: the N of `every N ...` (1 for the named cadences)
    """

    kind: str
    n: int = 1
    on: Optional[On] = None
    adjust: Optional[str] = None  # following | preceding
    # `monthly` written `every 1 month` (turn-2 ruling: the same in every form)
    every_one_month: bool = False


@dataclass
class Calendar:
    workdays: tuple[int, ...] = (0, 1, 2, 3, 4)
    holidays: tuple[dt.date, ...] = ()
    # How the workdays are written: "range" (mon-fri), "list", or None
    # (no calendar clause at all: the default Monday-Friday, no holidays).
    written: Optional[str] = None


@dataclass
class Term:
    start: dt.date
    length: Optional[Qty] = None  # `for N unit`
    to: Optional[dt.date] = None  # `to END`


@dataclass
class Recurring:
    kind: str  # meeting | review | survey | report
    name: str
    cadence: Cadence
    at: Optional[str] = None  # "HH:MM"
    minutes: Optional[int] = None
    roles: tuple[str, ...] = ()


@dataclass
class Milestone:
    name: str
    by_date: Optional[dt.date] = None
    by_day: Optional[int] = None
    owner: Optional[str] = None


# Deadlines of obligations (design §5 "obligation", reference §4).
@dataclass(frozen=True)
class Within:
    qty: Qty


@dataclass(frozen=True)
class ByDate:
    date: dt.date


@dataclass(frozen=True)
class ByDay:
    day: int


@dataclass(frozen=True)
class Before:
    anchor: str  # "end", "renewal decision", or a milestone name


Deadline = Union[Within, ByDate, ByDay, Before]


@dataclass
class Duty:
    subject: str  # "Globex" or "Globex.rm"
    verb: str  # unique in its partnership: the key the comparison uses
    obj: str
    deadline: Deadline


@dataclass(frozen=True)
class Condition:
    """`SIGNAL OP X%` on a percent signal."""

    signal: str
    op: str  # >= > <= <
    threshold: Decimal


@dataclass
class Trigger:
    name: str
    event: Optional[str] = None  # `trigger NAME on EVENT`
    condition: Optional[Condition] = None  # `trigger NAME when COND`
    duties: list[Duty] = field(default_factory=list)


@dataclass
class Renewal:
    window: Optional[Qty] = None  # `window opens Q before end`
    decision: Optional[Qty] = None  # `decision due Q before end`
    renew: bool = True
    renew_for: Optional[Qty] = None
    criteria: Optional[Condition] = None  # `criteria health OP X%`


@dataclass
class Step:
    """A rung of a dispute ladder (`step NAME by ROLES within Q [of notice]
    [binding]`) or of the escalation ladder (`NAME handled by ROLES within Q`)."""

    name: str
    by: tuple[str, ...]
    within: Optional[Qty] = None
    of_notice: bool = False
    binding: bool = False


@dataclass
class Disputes:
    event: str
    steps: list[Step]


@dataclass
class Tier:
    name: str
    op: str  # >= > <= <
    threshold: Decimal  # a percent, as the number before `%`
    fixed: Optional[Decimal] = None  # `pays 2_500 USD`
    percent_of_retainer: Optional[Decimal] = None  # `pays 5% of retainer`


@dataclass
class Metric:
    name: str
    lower_is_better: bool = False
    target: Optional[tuple[str, Decimal]] = None
    tier: str = "operational"  # operational | relational | strategic


@dataclass
class WeightStage:
    """`from start: ...` (after None) or `after N unit: ...` (design §5, §10.1)."""

    after: Optional[Qty]
    weights: dict  # tier -> Decimal percent


@dataclass
class ShareBand:
    rate: Decimal  # percent
    up_to: Optional[Decimal] = None  # None above the last limit


@dataclass
class Share:
    """`share R% of SIGNAL up to L, R% ... above [capped at C [per year]]` (§10.2)."""

    signal: str
    bands: list[ShareBand]
    cap: Optional[Decimal] = None
    per_year: bool = False


@dataclass
class EarlyBonus:
    """`bonus NAME on MILESTONE X per day early [capped at C]` (§10.2)."""

    name: str
    milestone: str
    per_day: Decimal
    cap: Optional[Decimal] = None


@dataclass
class Index:
    """`indexed annually by SIGNAL [capped at P] [floor P]` on the retainer."""

    signal: str
    cap: Optional[Decimal] = None
    floor: Optional[Decimal] = None


@dataclass
class Bonus:
    name: str
    cadence: Cadence
    metric: str
    tiers: list[Tier]


@dataclass
class Fee:
    amount: Decimal
    event: str


@dataclass
class SuccessFee:
    rate: Decimal  # percent
    signal: str
    cap: Optional[Decimal] = None
    per_year: bool = False


@dataclass
class Penalty:
    name: str
    milestone: str
    per_day: Decimal
    cap: Optional[Decimal] = None
    per_year: bool = False


@dataclass
class Invoice:
    cadence: Cadence
    advance: bool
    net_days: Optional[int] = 30


@dataclass
class PayBlock:
    payee: str
    retainer: Optional[Decimal] = None
    retainer_cadence: Optional[Cadence] = None
    retainer_per_month: bool = False  # written `per month` rather than `monthly`
    invoice: Optional[Invoice] = None
    fees: list[Fee] = field(default_factory=list)
    bonuses: list[Bonus] = field(default_factory=list)
    success_fees: list[SuccessFee] = field(default_factory=list)
    penalties: list[Penalty] = field(default_factory=list)
    shares: list[Share] = field(default_factory=list)
    early: list[EarlyBonus] = field(default_factory=list)
    index: Optional[Index] = None


@dataclass
class Partnership:
    name: str
    client: str
    provider: str
    term: Term
    currency: str
    calendar: Calendar = field(default_factory=Calendar)
    metrics: list[Metric] = field(default_factory=list)
    recurring: list[Recurring] = field(default_factory=list)
    milestones: list[Milestone] = field(default_factory=list)
    duties: list[Duty] = field(default_factory=list)
    triggers: list[Trigger] = field(default_factory=list)
    pay: list[PayBlock] = field(default_factory=list)
    invoice: Optional[Invoice] = None  # a stand-alone invoice clause
    renewal: Optional[Renewal] = None
    exit_notice: Optional[Qty] = None
    termination_notice: Optional[int] = None  # `for convenience notice N days`
    escalation: list[Step] = field(default_factory=list)
    disputes: Optional[Disputes] = None
    weights: list[WeightStage] = field(default_factory=list)
    health: Optional[Cadence] = None  # `health CADENCE`; None: quarterly


@dataclass
class Line:
    """One trace line (design §7, reference "Event traces for pact run").

    kind: event | signal | metric | fulfilled | raise | escalate | resolved |
    renewal (name: renew or expire) | terminate (name: convenience; by)
    name: the event, signal or metric name, the fulfilled id, the level
    raised, or the ladder escalated or resolved
    value: the value as written in the trace (a string), for signals and
    metrics
    to: the step an `escalate` line names
    """

    date: dt.date
    partnership: str
    kind: str
    name: str
    value: Optional[str] = None
    note: Optional[str] = None
    to: Optional[str] = None
    by: Optional[str] = None  # the party giving notice (`terminate`)


@dataclass
class Party:
    name: str
    roles: tuple[str, ...]


@dataclass
class Case:
    seed: int
    parties: list[Party]
    events: list[str]  # declared events
    money_signals: list[str]
    partnerships: list[Partnership]
    percent_signals: list[str] = field(default_factory=list)
    trace: list[Line] = field(default_factory=list)
    until: Optional[dt.date] = None  # None: no --until, the last line's date
    # write lines without "partnership" (allowed with one partnership)
    omit_partnership: bool = False
