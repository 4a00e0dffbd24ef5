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
import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from typing import Any, Callable, Iterator, Optional

from oracle import dates, run
from oracle.model import Cadence, Case

ONE_DAY = dt.timedelta(days=1)


# ---- pact's rules, as observed --------------------------------------------


def clamped_periods(c: Cadence, start: dt.date, end: dt.date) -> list[tuple[dt.date, dt.date]]:
    """Periods whose starts clamp (start + k months, the month's last day when
    shorter), as docs/reference.md "Money" describes and pact does."""
    months = dates.cadence_months(c)
    if months is None:
        return _original_periods(c, start, end)
    out = []
    k = 0
    while True:
        s = dates.add_months(start, k * months)
        if s > end:
            return out
        out.append((s, min(dates.add_months(start, (k + 1) * months) - ONE_DAY, end)))
        k += 1


_original_periods = dates.periods


def accrued_by_period_start(p, block, bs: dt.date, be: dt.date) -> Fraction:
    """The retainer payments whose periods start in the bonus period, unprorated
    (docs/reference.md "Money", and what pact does)."""
    return sum(
        (Fraction(block.retainer) for s, _ in run.retainer_periods(p, block) if bs <= s <= be),
        Fraction(0),
    )


def run_should_fail(*whys: str) -> Callable[[Any], bool]:
    """The oracle's value says the run must fail for one of these reasons."""
    return lambda expected: (
        isinstance(expected, dict) and expected.get("outcome") == "error" and expected.get("_why") in whys
    )


def only_digits_differ(expected: Any, got: Any) -> bool:
    """Every differing field is an amount with the same value written with
    fewer digits (`717318490351441499772773701.41` for `...701.410`)."""
    if not isinstance(expected, dict) or not isinstance(got, dict):
        return False
    differing = [k for k, v in expected.items() if not k.startswith("_") and v != got.get(k)]
    return bool(differing) and all(
        isinstance(expected[k], str)
        and isinstance(got.get(k), str)
        and len(got[k]) < len(expected[k])
        and _same_number(expected[k], got[k])
        for k in differing
    )


def _same_number(a: str, b: str) -> bool:
    try:
        return Decimal(a) == Decimal(b)
    except ArithmeticError:
        return False


def near_the_limit(case: Case, key: tuple, expected: Any, got: Any) -> bool:
    return key[0] in ("payment", "totals") and only_digits_differ(expected, got)


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
        "periods-clamp",
        "monthly, quarterly and annual periods (retainer, bonus) start on clamped dates, "
        "so a term starting on the 29th-31st gets an extra one-day period and shifted periods",
        "design §5.1, turn-2 ruling: periods follow the term's anniversary rule "
        "(`2026-01-31 for 1 month` is one period, 31 January to 28 February)",
        patches=[(dates, "periods", clamped_periods)],
    ),
    KnownBug(
        "bonus-retainer-not-prorated",
        "`X% of retainer` sums the retainer payments whose periods start in the bonus period, "
        "without prorating by days",
        "design §5.1, turn-2 ruling: `X% of retainer` is prorated by days when the retainer's "
        "periods and the bonus's differ (quarterly retainer 30,000, monthly bonus 10%: 1,000 a month)",
        patches=[(run, "accrued_retainer", accrued_by_period_start)],
    ),
    KnownBug(
        "inexact-amount-rounded",
        "a success fee whose exact amount a 96-bit decimal cannot hold (more than 28 decimals, "
        "or more digits than 96 bits) is silently rounded, and the run goes on",
        "design §5.1, turn-2 ruling, and §10.2: a product that does not fit exactly is an error "
        "naming its place (a trace line), never a silent rounding",
        matches=lambda case, key, expected, got: (
            key == ("run", "outcome")
            and run_should_fail("needs more than 28 decimals", "exceeds 96 bits")(expected)
            and got == {"outcome": "ok"}
        ),
    ),
    KnownBug(
        "too-large-amount-left-out",
        "a success fee too large for a 96-bit decimal is left out of the report with a note, and the run succeeds",
        "design §5.1, turn-2 ruling: a product or sum that does not fit exactly is an error "
        "naming its place; 'Totals in reports are exact or the run fails with an error'",
        matches=lambda case, key, expected, got: (
            key == ("run", "outcome")
            and run_should_fail("needs more than 28 decimals", "exceeds 96 bits")(expected)
            and isinstance(got, dict)
            and got.get("outcome") == "ok"
            and "left out" in str(got.get("left_out"))
        ),
    ),
    KnownBug(
        "trace-value-rounded",
        "a money value in the trace with more significant digits than a 96-bit decimal holds "
        "is silently rounded (`123.0500000000000000000000000001 USD` reads as `123.05 USD`)",
        "design §5.1, turn-2 ruling: 'trace values with more significant digits than the "
        "decimal type holds are errors'",
        matches=lambda case, key, expected, got: (
            key == ("run", "outcome")
            and run_should_fail("trace value")(expected)
            and isinstance(got, dict)
            and got.get("outcome") == "ok"
        ),
    ),
    KnownBug(
        "minor-digits-lost-near-limit",
        "an amount whose value fits a 96-bit decimal but not with the currency's minor digits "
        "is written with fewer digits (`717318490351441499772773701.41` for a KWD amount)",
        "docs/reference.md 'Money': 'the report's amounts are exact decimal strings with exactly "
        "those digits' (the design's exactness holds; the form does not)",
        matches=near_the_limit,
    ),
    KnownBug(
        "overprecise-amount-accepted",
        "an amount or cap with more decimals than its currency's minor unit "
        "(`retainer 1_000.125 USD`, `fee 0.5 JPY`, `capped at 5.555 USD`) is accepted",
        "design §5.1, turn-2 ruling, and §10.2: 'a cap or an amount with more decimals than its "
        "currency's minor unit is an error at check time'",
        matches=lambda case, key, expected, got: (
            key == ("check", "outcome")
            and isinstance(expected, dict)
            and expected.get("_why") == "amount with more decimals than the currency's minor unit"
            and got == {"outcome": "ok"}
        ),
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
