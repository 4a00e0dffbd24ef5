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
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator, Optional

from oracle.model import Case


# ---- pact's rules, as observed --------------------------------------------


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


KNOWN: list[KnownBug] = []


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
