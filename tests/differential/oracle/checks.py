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
from .model import Case, Partnership


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


LAST_DAY = dt.date(9999, 12, 31)


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
    return {("check", "outcome"): {"outcome": "ok"}}
