"""Whether the checker must refuse a generated portfolio (design §6, §5.1).

The generator keeps to valid contracts except where a rule says a contract
is an error and the error is cheap to reach on purpose. Facts:
("check", "outcome") -> {"outcome": "ok"} or {"outcome": "error", "_why": ...};
when the check must fail, nothing else is compared (nothing is written).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Iterator

from . import dates, money
from .model import Case, Partnership, Term
from .schedule import renewal_dates


def amounts(p: Partnership) -> Iterator[tuple[str, Decimal]]:
    """Every money amount written in the partnership, with where it is."""
    for b in p.pay:
        if b.retainer is not None:
            yield f"retainer of {b.payee}", b.retainer
        for fee in b.fees:
            yield f"fee per {fee.event}", fee.amount
        for bonus in b.bonuses:
            for t in bonus.tiers:
                if t.fixed is not None:
                    yield f"tier {t.name} of bonus {bonus.name}", t.fixed
        for sf in b.success_fees:
            if sf.cap is not None:
                yield f"cap of the success fee on {sf.signal}", sf.cap
        for pen in b.penalties:
            yield f"penalty {pen.name}", pen.per_day
            if pen.cap is not None:
                yield f"cap of penalty {pen.name}", pen.cap
        for sh in b.shares:
            for band in sh.bands:
                if band.up_to is not None:
                    yield f"band limit of the share on {sh.signal}", band.up_to
            if sh.cap is not None:
                yield f"cap of the share on {sh.signal}", sh.cap
        for eb in b.early:
            yield f"early bonus {eb.name}", eb.per_day
            if eb.cap is not None:
                yield f"cap of early bonus {eb.name}", eb.cap


LAST_DAY = dt.date(9999, 12, 31)


def renewal_errors(p: Partnership) -> Iterator[str]:
    """Design §6 E03xx: "renewal window opening after the decision date or
    outside the term; notice: the last day to give non-renewal notice (end −
    notice) falls before the renewal decision date"."""
    start, end = p.term.start, dates.term_end(p.term)
    got = renewal_dates(p)
    window, decision, notice = (got.get(k) for k in ("renewal_window_opens", "renewal_decision", "notice_deadline"))
    if window is not None and not start <= window <= end:
        yield "renewal window outside the term"
    if decision is not None and not start <= decision <= end:
        # the reference's E0302 text: "both must fall inside the term"
        yield "renewal decision outside the term"
    if window is not None and decision is not None and window > decision:
        yield "renewal window opens after the decision"
    if notice is not None and decision is not None and notice < decision:
        yield "notice deadline before the renewal decision"
    yield from renewed_term_errors(p)


def renewed_term_errors(p: Partnership) -> Iterator[str]:
    """Reference "Dates" (E0302): "also for the renewed term: a term renewed
    for less than the window's or decision's lead, like `default renew for 2
    months` with `window opens 90 days before end`, would open its window
    before it starts". The renewed term starts the day after the first ends
    and lasts `renew for Q`, else the original term's length (oracle/life.py);
    its window and decision are counted back from its own end."""
    r = p.renewal
    if r is None:
        return
    from .life import first_length

    end = dates.term_end(p.term)
    start2 = end + dt.timedelta(days=1)
    try:
        end2 = dates.term_end(Term(start2, length=r.renew_for or first_length(p)))
    except (OverflowError, ValueError):
        return
    for lead, what in ((r.window, "window opens"), (r.decision, "decision is due")):
        if lead is not None and dates.before(p.calendar, end2, lead) < start2:
            yield f"renewed term too short: its renewal {what} before it starts"
            return


def facts(case: Case) -> dict:
    for p in case.partnerships:
        try:
            dates.term_end(p.term)
        except (OverflowError, ValueError):
            # §5.1 turn-2 ruling: "A date that a clause computes outside the
            # calendar's range (year 0 or after 9999) ... is an error at check
            # time, never a silently dropped event"
            why = "date after 9999"
            return {("check", "outcome"): {"outcome": "error", "_why": why, "_what": f"{p.name}: the term's end"}}
        digits = money.MINOR_DIGITS[p.currency]
        for where, amount in amounts(p):
            # §5.1 turn-2 ruling: "a cap or an amount with more decimals than its
            # currency's minor unit is an error at check time" (also §10.2)
            if -amount.normalize().as_tuple().exponent > digits:
                why = "amount with more decimals than the currency's minor unit"
                return {("check", "outcome"): {"outcome": "error", "_why": why, "_what": f"{p.name}: {where} {amount}"}}
    for p in case.partnerships:
        for why in renewal_errors(p):
            return {("check", "outcome"): {"outcome": "error", "_why": why, "_what": p.name}}
    return {("check", "outcome"): {"outcome": "ok"}}
