"""Dispute and escalation ladders in `pact run` (design §5 "disputes",
"escalation"; §10.4 "a later step arises only if the earlier step is
unresolved at its deadline").

The design gives the shape ("each step's clock starts when the previous step
ends unresolved; `within D of notice` counts from the event's date"); the
reference ("Dispute and escalation ladders", "When things happen") fixes the
days, and is followed here:

- a step's last day is its `within` counted from its start (or from the
  notice for `of notice`), with the deadline rules of §5.1;
- before the lines of a date D are applied, every clock whose last day is
  before D runs out: the step `expired`, and the next starts *on that last
  day*; a step `of notice` whose last day has passed when it starts expires
  the day it starts; when the last step runs out the ladder is `exhausted`;
- `escalate` ends the current step (`escalated`) and starts the next one, or
  the later step `to`, that day; `resolved` ends it (`resolved`) and the
  ladder;
- the report is the state on the as-of day: a step whose last day is the
  as-of day is still open.

Facts: ("ladder", P, kind, started) -> status, ended, steps (name, started,
deadline, ended, outcome per step run).

`Ladder` is also what generate.py uses to write only valid trace lines.
"""

from __future__ import annotations

import datetime as dt
from typing import Optional

from . import dates
from .model import Case, Line, Partnership, Step


def steps_of(p: Partnership, kind: str) -> list[Step]:
    if kind == "dispute":
        assert p.disputes is not None
        return p.disputes.steps
    return p.escalation


class Ladder:
    def __init__(self, p: Partnership, kind: str, started: dt.date, first: int = 0):
        self.p, self.kind, self.started = p, kind, started
        self.steps = steps_of(p, kind)
        # [step index, started, deadline, ended, outcome]
        self.runs: list[list] = []
        self.status = "open"
        self.ended: Optional[dt.date] = None
        self._start(first, started)

    def _start(self, i: int, day: dt.date) -> None:
        step = self.steps[i]
        if step.within is None:
            deadline = None  # binding arbitration: open until resolved
        else:
            anchor = self.started if step.of_notice else day
            deadline = dates.after(self.p.calendar, anchor, step.within)
        self.runs.append([i, day, deadline, None, "open"])

    @property
    def current(self) -> int:
        return self.runs[-1][0]

    def run_out(self, day: dt.date) -> None:
        """Every clock whose last day is before `day` runs out."""
        while self.status == "open":
            i, started, deadline, _, _ = self.runs[-1]
            if deadline is None or deadline >= day:
                return
            ended = max(deadline, started)  # an `of notice` step already past: the day it starts
            self.runs[-1][3:] = [ended, "expired"]
            if i + 1 < len(self.steps):
                self._start(i + 1, ended)
            else:
                self.status, self.ended = "exhausted", ended

    def escalate(self, day: dt.date, to: Optional[str] = None) -> None:
        nxt = self.current + 1 if to is None else next(i for i, s in enumerate(self.steps) if s.name == to)
        self.runs[-1][3:] = [day, "escalated"]
        self._start(nxt, day)

    def resolve(self, day: dt.date) -> None:
        self.runs[-1][3:] = [day, "resolved"]
        self.status, self.ended = "resolved", day

    def fact(self) -> dict:
        return {
            "status": self.status,
            "ended": self.ended,
            "steps": tuple((self.steps[i].name, s, d, e, o) for i, s, d, e, o in self.runs),
        }


def find(ladders: list[Ladder], p: Partnership, ref: str) -> Ladder:
    """A ladder reference of a trace line: `dispute`/`escalation` (the one open
    ladder of that kind) or an id `dispute@DATE`, with or without the
    partnership's name in front (reference "The trace")."""
    ref = ref.removeprefix(f"{p.name}.")
    if "@" in ref:
        kind, day = ref.split("@", 1)
        return next(lad for lad in ladders if lad.kind == kind and lad.started.isoformat() == day)
    return next(lad for lad in ladders if lad.kind == ref and lad.status == "open")


def simulate(case: Case, p: Partnership, as_of: dt.date) -> list[Ladder]:
    ladders: list[Ladder] = []
    event = p.disputes.event if p.disputes else None
    for ln in case.trace:
        if ln.partnership != p.name or ln.date > as_of:
            continue
        for lad in ladders:
            lad.run_out(ln.date)
        apply(ladders, p, ln, event)
    for lad in ladders:
        lad.run_out(as_of)
    return ladders


def apply(ladders: list[Ladder], p: Partnership, ln: Line, event: Optional[str]) -> None:
    if ln.kind == "event" and ln.name == event:
        ladders.append(Ladder(p, "dispute", ln.date))
    elif ln.kind == "raise":
        first = next(i for i, s in enumerate(p.escalation) if s.name == ln.name)
        ladders.append(Ladder(p, "escalation", ln.date, first))
    elif ln.kind == "escalate":
        find(ladders, p, ln.name).escalate(ln.date, ln.to)
    elif ln.kind == "resolved":
        find(ladders, p, ln.name).resolve(ln.date)


def facts(case: Case, as_of: dt.date) -> dict:
    out: dict = {}
    for p in case.partnerships:
        for lad in simulate(case, p, as_of):
            out[("ladder", p.name, lad.kind, lad.started)] = lad.fact()
    return out
