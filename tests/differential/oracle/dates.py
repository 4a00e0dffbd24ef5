"""Calendar arithmetic of design §5 and §5.1, with `datetime` and `dateutil`.

There are two ways to add months, and the design uses both on purpose:

- **clamping** (`add_months`): the day is kept, or the month's last day when
  the month is shorter. Dated occurrences (`monthly`, `quarterly`,
  `annually`, even from 29 February) and `within N months` deadlines clamp
  (§5.1 "Recurrences", "Dates", and the turn-2 ruling on annual
  occurrences).
- **the anniversary rule** (`anniversary`): the day is kept, or, when the
  month lacks it, the 1st of the next month. Term ends (§5.1 "Dates") and
  every *period* (retainer, bonus, contract months and years: the turn-2
  ruling "Periods ... follow the term's anniversary rule") use it.

Both always count from the start itself (start + k months), never from the
previous occurrence, so a clamped 28 February does not drag March to the 28th.
`dateutil.relativedelta` clamps; the anniversary rule is built on it.
"""

from __future__ import annotations

import datetime as dt
from typing import Iterator, Optional

from dateutil.relativedelta import relativedelta

from .model import Calendar, Cadence, OnDay, OnOrdinal, OnWeekday, Qty, Term

ONE_DAY = dt.timedelta(days=1)

MONTHS_OF_UNIT = {"month": 1, "quarter": 3, "year": 12}


def add_months(d: dt.date, months: int) -> dt.date:
    """d + months, clamped to the month's last day (2026-01-31 + 1 = 2026-02-28)."""
    return d + relativedelta(months=months)


def anniversary(d: dt.date, months: int) -> dt.date:
    """d + months by the anniversary rule: a missing day moves to the 1st of
    the next month (2028-02-29 + 12 = 2029-03-01), design §5.1."""
    clamped = add_months(d, months)
    if clamped.day != d.day:
        return clamped + ONE_DAY
    return clamped


def term_end(term: Term) -> dt.date:
    """The inclusive last day (design §5 "term", §5.1 "Dates")."""
    if term.to is not None:
        return term.to
    q = term.length
    assert q is not None
    if q.unit in MONTHS_OF_UNIT:
        return anniversary(term.start, q.amount * MONTHS_OF_UNIT[q.unit]) - ONE_DAY
    if q.unit == "week":
        return term.start + dt.timedelta(days=7 * q.amount) - ONE_DAY
    if q.unit == "day":
        return term.start + dt.timedelta(days=q.amount) - ONE_DAY
    raise ValueError(f"a term cannot last {q}")


def last_day_of_month(year: int, month: int) -> int:
    return (dt.date(year, month, 1) + relativedelta(months=1) - ONE_DAY).day


def is_business_day(cal: Calendar, d: dt.date) -> bool:
    return d.weekday() in cal.workdays and d not in cal.holidays


def business_days_after(cal: Calendar, d: dt.date, n: int) -> dt.date:
    """The n-th business day strictly after d; d itself for n = 0 (§5.1 and the
    turn-2 ruling "`within 0 business days` is due on its anchor date")."""
    while n > 0:
        d += ONE_DAY
        if is_business_day(cal, d):
            n -= 1
    return d


def business_days_before(cal: Calendar, d: dt.date, n: int) -> dt.date:
    """The n-th business day strictly before d (turn-2 ruling: "`N business days
    before end` counts backwards, strictly before the end")."""
    while n > 0:
        d -= ONE_DAY
        if is_business_day(cal, d):
            n -= 1
    return d


def after(cal: Calendar, d: dt.date, q: Qty) -> dt.date:
    """A deadline `within q` counted from d (§5.1 "Dates")."""
    if q.unit == "business_day":
        return business_days_after(cal, d, q.amount)
    if q.unit == "day":
        return d + dt.timedelta(days=q.amount)
    if q.unit == "week":
        return d + dt.timedelta(days=7 * q.amount)
    if q.unit in MONTHS_OF_UNIT:
        # "months clamp to the month's last day"
        return add_months(d, q.amount * MONTHS_OF_UNIT[q.unit])
    if q.unit == "hour":
        # "due at the end of day D + ceil(hours / 24)"
        return d + dt.timedelta(days=-(-q.amount // 24))
    raise ValueError(f"no deadline rule for {q}")


def before(cal: Calendar, d: dt.date, q: Qty) -> dt.date:
    """`q before end` counted back from the inclusive end d (§5.1: "`N days
    before end` is the inclusive end date minus N days")."""
    if q.unit == "business_day":
        return business_days_before(cal, d, q.amount)
    if q.unit == "day":
        return d - dt.timedelta(days=q.amount)
    if q.unit == "week":
        return d - dt.timedelta(days=7 * q.amount)
    raise ValueError(f"no `before end` rule for {q}")


def roll(cal: Calendar, d: dt.date, how: str) -> dt.date:
    step = ONE_DAY if how == "following" else -ONE_DAY
    while not is_business_day(cal, d):
        d += step
    return d


def cadence_months(c: Cadence) -> Optional[int]:
    return {"monthly": 1, "quarterly": 3, "annually": 12}.get(c.kind)


def nth_weekday(year: int, month: int, ordinal: str, weekday: int) -> dt.date:
    if ordinal == "last":
        last = dt.date(year, month, last_day_of_month(year, month))
        return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
    first = dt.date(year, month, 1)
    first_match = first + dt.timedelta(days=(weekday - first.weekday()) % 7)
    index = ("first", "second", "third", "fourth").index(ordinal)
    return first_match + dt.timedelta(days=7 * index)


def _raw_occurrences(c: Cadence, start: dt.date, end: dt.date, cal: Calendar) -> Iterator[dt.date]:
    """Occurrences before adjustment, in order, possibly outside [start, end]
    at the edges (the caller filters)."""
    if c.kind == "daily":
        # "Only `daily` skips non-business days"
        d = start
        while d <= end:
            if is_business_day(cal, d):
                yield d
            d += ONE_DAY
        return
    if c.kind in ("weekly", "every_weeks", "every_days"):
        step = dt.timedelta(days=c.n if c.kind == "every_days" else 7 * c.n)
        d = start
        if isinstance(c.on, OnWeekday):
            # turn-2 ruling: "`every N weeks on WD` starts at the first such
            # weekday on or after the start"
            d = start + dt.timedelta(days=(c.on.weekday - start.weekday()) % 7)
        while d <= end:
            yield d
            if d > dt.date.max - step:
                return
            d += step
        return
    months = cadence_months(c)
    assert months is not None, c
    k = 0
    while True:
        try:
            d = _month_occurrence(c, start, months, k)
        except (OverflowError, ValueError):
            return  # past 9999-12-31: necessarily after the end
        if d > end and (c.on is None or d.replace(day=1) > end):
            return
        yield d
        k += 1


def _month_occurrence(c: Cadence, start: dt.date, months: int, k: int) -> dt.date:
    """The k-th date of a cadence counted in months."""
    if c.on is None:
        # "monthly falls on the start's day of month, clamped"; quarterly and
        # annually on the same rule (annually from 29 February: 28 February,
        # turn-2 ruling).
        return add_months(start, k * months)
    # turn-2 ruling: "`quarterly on ...` falls in the start's month and every
    # third month after; a day before the start is skipped".
    base = add_months(start.replace(day=1), k * months)
    if isinstance(c.on, OnDay):
        # `on day 31` clamps like `monthly` (turn-2 ruling: `every 1 month` is
        # `monthly` in every form, `on day 30` included; reference §4
        # "Schedules").
        return base.replace(day=min(c.on.day, last_day_of_month(base.year, base.month)))
    if isinstance(c.on, OnOrdinal):
        return nth_weekday(base.year, base.month, c.on.ordinal, c.on.weekday)
    raise TypeError(f"{c.kind} cannot be on a weekday alone")


def occurrences(c: Cadence, term_start: dt.date, term_end_: dt.date, cal: Calendar) -> list[dt.date]:
    """The dates of a recurring clause inside the term (design §5, §5.1)."""
    out: list[dt.date] = []
    for d in _raw_occurrences(c, term_start, term_end_, cal):
        # "occurrences lie inside the term", and "a day before the start is
        # skipped" (turn-2 ruling): a cadence date outside the term is no
        # occurrence, even if rolling would bring it inside.
        if not term_start <= d <= term_end_:
            continue
        if c.adjust is not None:
            d = roll(cal, d, c.adjust)
        # "An occurrence rolled (`adjusted`) outside the term is dropped"
        if term_start <= d <= term_end_:
            out.append(d)
    # "two rolled onto one day are one occurrence"
    return sorted(set(out))


def periods(c: Cadence, start: dt.date, end: dt.date) -> list[tuple[dt.date, dt.date]]:
    """Payment periods (retainer, bonus) of a cadence over a term.

    Turn-2 ruling: boundaries are start + k months by the anniversary rule (a
    missing day moves to the 1st of the next month), so a term of N months has
    exactly N monthly periods. Periods of days or weeks are plain. The last
    period ends with the term (reference "Money": "the last period ends with
    the term").
    """
    months = cadence_months(c)
    out = []
    k = 0
    while True:
        try:
            s = _period_start(c, months, start, k)
        except (OverflowError, ValueError):
            return out  # it would start after 9999-12-31, so after the end
        if s > end:
            return out
        try:
            last = _period_start(c, months, start, k + 1) - ONE_DAY
        except (OverflowError, ValueError):
            last = end
        out.append((s, min(last, end)))
        k += 1


def _period_start(c: Cadence, months: Optional[int], start: dt.date, k: int) -> dt.date:
    if months is not None:
        return anniversary(start, k * months)
    days = {"weekly": 7, "every_weeks": 7 * c.n, "every_days": c.n}[c.kind]
    return start + dt.timedelta(days=k * days)


def contract_year(start: dt.date, d: dt.date) -> int:
    """1-based contract year of d: "`per year` in a cap means the contract
    year, counted from the term start" (§5.1), a year ending the day before
    its anniversary (reference "Money")."""
    k = 0
    while anniversary(start, 12 * (k + 1)) <= d:
        k += 1
    return k + 1


def iso(d: dt.date) -> str:
    return d.isoformat()
