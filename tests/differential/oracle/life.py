"""How long a partnership's term lasts in a run (design §10.3, reference
"The partnership's life"): renewal decisions by the trace or by default,
renewed terms, and termination for convenience.

- The decision date of a term is `decision due Q before end` counted back
  from the term's inclusive end (§5.1), or the end itself without one.
- A `renewal` line of the partnership dated in the term, on or before its
  decision date (and by the as-of day), decides; otherwise the default.
  Without one, `criteria` on health (design §10.1, §10.3) are read on the
  decision date: the last health score of a period ending by then (the
  periods counted over the terms so far); held, the default applies, else
  the other outcome; no score yet, they do not hold.
- Renewing starts term N+1 the day after term N ends, for `renew for Q`, or
  else "the original term's length" (design): as written (`for N unit`),
  or for `to END` whole months when the term is a whole number of months,
  else days (reference "The partnership's life"). Every later term gets its own decision date.
- `terminate: convenience` on D takes effect on D + notice days, the last
  day of the term (reference "The partnership's life"); a notice that falls
  after the term as renewed so far is moot unless a renewal reaches it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from fractions import Fraction
from typing import Optional

from . import dates
from .model import Case, Partnership, Qty, Term

DAY = dt.timedelta(days=1)


@dataclass
class Life:
    end: dt.date  # the last day of the term as the run finds it
    terms: list[tuple[dt.date, dt.date, str]]  # start, end, outcome
    terminated_on: Optional[dt.date] = None  # the effective date, when terminated


def first_length(p: Partnership) -> Qty:
    if p.term.length is not None:
        return p.term.length
    start, end = p.term.start, dates.term_end(p.term)
    months = 1
    while months <= 1200:
        e = dates.anniversary(start, months) - DAY
        if e == end:
            return Qty(months, "month")
        if e > end:
            break
        months += 1
    return Qty((end - start).days + 1, "day")


def lines(case: Case, p: Partnership, kind: str, day: dt.date) -> list[tuple[dt.date, str]]:
    return [(ln.date, ln.name) for ln in case.trace if ln.partnership == p.name and ln.kind == kind and ln.date <= day]


def criteria_hold(case: Case, p: Partnership, c, end: dt.date, decided: dt.date) -> bool:
    """The criteria on the decision date: the last score of `c.signal`
    (`health` or `health.TIER`) among the periods of the terms so far
    (from the first start to `end`) that ended by `decided`."""
    from . import health

    grown = dataclasses.replace(p, term=Term(p.term.start, to=end))
    scores = health.readings(case, grown, c.signal, decided)
    if not scores:
        return False
    value, t = scores[-1][1], Fraction(c.threshold)
    return {">=": value >= t, ">": value > t, "<=": value <= t, "<": value < t}[c.op]


def life(case: Case, p: Partnership, day: dt.date) -> Life:
    start, end = p.term.start, dates.term_end(p.term)
    terms: list[tuple[dt.date, dt.date, str]] = []
    notice: Optional[dt.date] = None
    for d, _ in lines(case, p, "terminate", day):
        if p.termination_notice is not None and d <= end:
            notice = d + DAY * p.termination_notice
            break
    r = p.renewal
    while True:
        decided = dates.before(p.calendar, end, r.decision) if r is not None and r.decision is not None else end
        if notice is not None and notice <= end:
            terms.append((start, notice, "terminated"))
            return Life(notice, terms, notice)
        if r is None or decided > day:
            terms.append((start, end, "running"))
            return Life(end, terms)
        choice = [name for d, name in lines(case, p, "renewal", day) if start <= d <= decided]
        if choice:
            renew = choice[0] == "renew"
        elif r.criteria is not None:
            renew = r.renew if criteria_hold(case, p, r.criteria, end, decided) else not r.renew
        else:
            renew = r.renew
        if not renew:
            terms.append((start, end, "expired"))
            return Life(end, terms)
        terms.append((start, end, "renewed"))
        start = end + DAY
        end = dates.term_end(Term(start, length=r.renew_for or first_length(p)))
