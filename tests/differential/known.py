"""Disagreements between pact and the oracle where pact is wrong and not yet fixed.

Each entry names the design rule pact breaks and has a minimal case under
known/<id>/ (portfolio.pact, events.jsonl when the run is involved, and
expected.json: the command, the JSON path of the value, the value computed
by hand, the value pact gave, and the reasoning).

An entry is recognised narrowly, by the wrong rule pact follows: `patches`
swap one oracle rule for pact's, and a disagreement is explained only when
the oracle with pact's rule gives exactly pact's value for that key. So a
different bug in the same place is still reported as new. An entry may
instead (or also) explain a rejection: `rejects` recognises pact's
diagnostics, and `rewrite` gives the equivalent case pact accepts, which is
then compared in its place.

compare.py counts and prints every value excluded here, and reruns the
known/ cases to say when one is fixed (then delete its entry and folder).
The patches replace module globals, so compare.py computes oracle facts (and
generates cases, which use oracle functions) under one lock.
"""

from __future__ import annotations

import contextlib
import copy
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator, Optional

from oracle.model import Cadence, Case, OnDay, OnOrdinal


# ---- pact's rules, as observed --------------------------------------------


def uses_every_one_month_on(case: Case) -> bool:
    return any(r.cadence.every_one_month and r.cadence.on is not None for p in case.partnerships for r in p.recurring)


def as_monthly(case: Case) -> Case:
    """The same case with `every 1 month on ...` written `monthly on ...`."""
    out = copy.deepcopy(case)
    for p in out.partnerships:
        for r in p.recurring:
            if r.cadence.every_one_month and isinstance(r.cadence.on, (OnDay, OnOrdinal)):
                r.cadence = Cadence(r.cadence.kind, r.cadence.n, r.cadence.on, r.cadence.adjust, False)
    return out


# ---- the list ----------------------------------------------------------------


@dataclass
class KnownBug:
    id: str
    title: str
    rule: str  # the design rule pact breaks
    patches: list[tuple[Any, str, Any]] = field(default_factory=list)  # (module, name, pact's version)
    rejects: Optional[Callable[[Case, str], bool]] = None
    rewrite: Optional[Callable[[Case], Case]] = None
    # recognises a disagreement by its symptom: (case, key, oracle's value, pact's value)
    matches: Optional[Callable[[Case, tuple, Any, Any], bool]] = None


KNOWN: list[KnownBug] = [
    KnownBug(
        "dates-after-9999-accepted",
        "a term ending after 9999-12-31 is accepted, and its dates are written as `+10000-05-31` "
        "(JSON, not a date) and `+100000531` (iCalendar)",
        "design §5.1, turn-2 ruling: 'A date that a clause computes outside the calendar's range "
        "(year 0 or after 9999) ... is an error at check time'",
        matches=lambda case, key, expected, got: (
            key == ("check", "outcome")
            and isinstance(expected, dict)
            and expected.get("_why") == "date after 9999"
            and got == {"outcome": "ok"}
        ),
    ),
    KnownBug(
        "every-1-month-on",
        "`every 1 month on day N` / `on first WEEKDAY` is rejected (E0209)",
        "design §5.1, turn-2 ruling: `every 1 month` is `monthly` in every form (`on day 30` included)",
        rejects=lambda case, diagnostics: "E0209" in diagnostics and uses_every_one_month_on(case),
        rewrite=as_monthly,
    ),
]


@contextlib.contextmanager
def pacts_rules(bugs: list[KnownBug]) -> Iterator[None]:
    """Runs the oracle with pact's rules of these bugs instead of the design's."""
    saved = []
    for bug in bugs:
        for module, name, replacement in bug.patches:
            saved.append((module, name, getattr(module, name)))
            setattr(module, name, replacement)
    try:
        yield
    finally:
        for module, name, original in reversed(saved):
            setattr(module, name, original)


def rejection(case: Case, diagnostics: str) -> Optional[KnownBug]:
    for bug in KNOWN:
        if bug.rejects is not None and bug.rejects(case, diagnostics):
            return bug
    return None


def pick(doc: Any, path: list) -> Any:
    """The value at a JSON path of the known cases' expected.json: a key or an
    index; "*" maps the rest of the path over a list; {"where": {field:
    value, ...}} keeps the list elements with those fields."""
    for i, step in enumerate(path):
        if doc is None:
            return None
        if step == "*":
            return [pick(x, path[i + 1 :]) for x in doc]
        if isinstance(step, dict):
            doc = [x for x in doc if all(x.get(k) == v for k, v in step["where"].items())]
        elif isinstance(doc, list):
            doc = doc[step] if -len(doc) <= step < len(doc) else None
        else:
            doc = doc.get(step)
    return doc
