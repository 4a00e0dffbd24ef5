"""Health scores per period (design §10.1, §5.1 "Health", turn-2 rulings).

"A tier's score for a period is the share of that tier's metrics with a
target whose last reading in the period meets the target (a metric with no
reading in the period counts as not met). `health` is the weighted sum of
the tier scores with the weights of the stage in force on the period's
first day." Periods follow the anniversary rule like every period (turn-2
ruling), quarterly by default ("`health quarterly` ... default quarterly
from the term start"); a stage `after D` applies from start + D (turn-2
ruling). Scores are known at the end of each period: "it is a reading dated
the period's last day", which is what triggers and bonuses on `health` see.

Facts:
- ("health", P, k) -> period, health, operational, relational, strategic
  (percent strings rounded half-even to two decimals, as the reference's
  report writes them) and missed (the metrics not met, sorted).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction
from typing import Optional

from . import dates, money
from .model import Cadence, Case, Partnership, Qty

TIERS = ("operational", "relational", "strategic")
QUARTERLY = Cadence("quarterly")


def stage_start(start: dt.date, after: Optional[Qty]) -> dt.date:
    if after is None:
        return start
    months = {"month": 1, "quarter": 3, "year": 12}.get(after.unit)
    if months is not None:
        return dates.anniversary(start, after.amount * months)
    return start + dt.timedelta(days=after.amount * {"day": 1, "week": 7}[after.unit])


def weights_on(p: Partnership, day: dt.date) -> dict:
    """The stage in force on `day`: the last one begun (stages are in
    increasing order, E0309)."""
    current = p.weights[0].weights
    for st in p.weights:
        if stage_start(p.term.start, st.after) <= day:
            current = st.weights
    return current


def meets(value: Decimal, op: str, threshold: Decimal) -> bool:
    return {
        ">=": value >= threshold,
        ">": value > threshold,
        "<=": value <= threshold,
        "<": value < threshold,
    }[op]


def scores(case: Case, p: Partnership, as_of: dt.date) -> list[dict]:
    """Every period scored by the as-of day, in order."""
    if not p.weights:
        return []
    start, end = p.term.start, dates.term_end(p.term)
    out = []
    for s, e in dates.periods(p.health or QUARTERLY, start, end):
        if e > as_of:
            break
        tiers: dict[str, Fraction] = {}
        missed: list[str] = []
        for tier in TIERS:
            targeted = [m for m in p.metrics if m.tier == tier and m.target is not None]
            met = 0
            for m in targeted:
                assert m.target is not None
                inside = [
                    ln
                    for ln in case.trace
                    if ln.partnership == p.name
                    and ln.kind == "metric"
                    and ln.name == m.name
                    and s <= ln.date <= e
                    and ln.date <= as_of
                ]
                if inside and meets(Decimal((inside[-1].value or "").rstrip("%")), *m.target):
                    met += 1
                else:
                    missed.append(m.name)
            tiers[tier] = Fraction(100 * met, len(targeted)) if targeted else Fraction(0)
        w = weights_on(p, s)
        total = sum((Fraction(w.get(t, Decimal(0))) * tiers[t] / 100 for t in TIERS), Fraction(0))
        out.append({"period": (s, e), "health": total, **tiers, "missed": tuple(sorted(missed))})
    return out


def percent(x: Fraction) -> str:
    d = money.round_half_even(x, 2).normalize()
    return f"{d:f}%"


def readings(case: Case, p: Partnership, name: str, as_of: dt.date) -> list[tuple[dt.date, Fraction]]:
    """The readings of the built-in metric `health` or `health.TIER`."""
    key = "health" if name == "health" else name.split(".", 1)[1]
    return [(sc["period"][1], sc[key]) for sc in scores(case, p, as_of)]


def facts(case: Case, p: Partnership, as_of: dt.date) -> dict:
    out = {}
    for k, sc in enumerate(scores(case, p, as_of)):
        out[("health", p.name, k + 1)] = {
            "period": sc["period"],
            "health": percent(sc["health"]),
            "operational": percent(sc["operational"]),
            "relational": percent(sc["relational"]),
            "strategic": percent(sc["strategic"]),
            "missed": sc["missed"],
        }
    return out
