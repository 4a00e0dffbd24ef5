"""The dates of `pact build --emit obligations` (design §7).

Facts:
- ("term", P, "start"|"end") -> date
- ("milestone_due", P, name) -> date
- ("renewal", P, "window_opens"|"decision_due"|"notice_deadline") -> date
- ("deadline", P, verb) -> a date for the absolute forms (`by DATE`, `by day
  N`, `before ANCHOR`), or ("relative", anchor, amount, unit) for `within`,
  which the build leaves to the run.
"""

from __future__ import annotations

import datetime as dt
from typing import Optional

from . import dates
from .model import Before, ByDate, ByDay, Case, Duty, Partnership, Within
from .schedule import milestone_due, renewal_dates

ONE_DAY = dt.timedelta(days=1)


def absolute_due(p: Partnership, duty: Duty) -> Optional[dt.date]:
    """The due date of a deadline that does not depend on when the duty arises."""
    dl = duty.deadline
    if isinstance(dl, ByDate):
        return dl.date
    if isinstance(dl, ByDay):
        # Counted like a milestone's `by day N` (reference §4 "milestone":
        # day 0 is the start); the design is silent on `by day` for duties.
        return p.term.start + dt.timedelta(days=dl.day)
    if isinstance(dl, Before):
        # design §5.1: "`before ANCHOR` ...: due on the day before the anchor"
        if dl.anchor == "end":
            anchor = dates.term_end(p.term)
        elif dl.anchor == "renewal decision":
            anchor = renewal_dates(p)["renewal_decision"]
        else:
            anchor = milestone_due(p, dl.anchor)
        return anchor - ONE_DAY
    return None


def due_from(p: Partnership, duty: Duty, arises: dt.date) -> dt.date:
    """The due date of a duty that arises on `arises` (design §5.1 "Dates")."""
    absolute = absolute_due(p, duty)
    if absolute is not None:
        return absolute
    assert isinstance(duty.deadline, Within)
    return dates.after(p.calendar, arises, duty.deadline.qty)


def partnership_facts(p: Partnership) -> dict:
    facts: dict = {
        ("term", p.name, "start"): p.term.start,
        ("term", p.name, "end"): dates.term_end(p.term),
    }
    for m in p.milestones:
        facts[("milestone_due", p.name, m.name)] = milestone_due(p, m.name)
    if p.renewal is not None:
        names = {
            "renewal_window_opens": "window_opens",
            "renewal_decision": "decision_due",
            "notice_deadline": "notice_deadline",
        }
        for kind, d in renewal_dates(p).items():
            facts[("renewal", p.name, names[kind])] = d
    duties = [(d, "term_start") for d in p.duties]
    duties += [(d, f"trigger.{t.name}") for t in p.triggers for d in t.duties]
    for duty, anchor in duties:
        absolute = absolute_due(p, duty)
        if absolute is not None:
            facts[("deadline", p.name, duty.verb)] = absolute
        else:
            assert isinstance(duty.deadline, Within)
            q = duty.deadline.qty
            facts[("deadline", p.name, duty.verb)] = ("relative", anchor, str(q.amount), q.unit)
    return facts


def facts(case: Case) -> dict:
    out: dict = {}
    for p in case.partnerships:
        out.update(partnership_facts(p))
    return out
