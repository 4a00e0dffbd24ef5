"""Currencies and rounding (design §5.1 "Money").

"Each payment is rounded half-even to the currency's minor unit when it is
made; caps apply to the rounded sums." Exact values are `Fraction`s where a
computation divides (a retainer prorated by days), `Decimal`s otherwise, so
nothing is ever rounded before the payment is.
"""

from __future__ import annotations

import decimal
from decimal import Decimal, localcontext
from fractions import Fraction
from typing import Union

# Python's decimal context rounds sums and products to 28 significant digits,
# the very silent rounding the design forbids: the oracle computes with far
# more, in every thread (DefaultContext is what new threads start from).
decimal.DefaultContext.prec = 200
decimal.setcontext(decimal.Context(prec=200))

# ISO 4217 minor units of the currencies the generator uses.
MINOR_DIGITS = {
    "USD": 2,
    "EUR": 2,
    "GBP": 2,
    "CHF": 2,
    "JPY": 0,
    "KRW": 0,
    "KWD": 3,
    "BHD": 3,
    "OMR": 3,
}

Exact = Union[Decimal, Fraction, int]


class Money(str):
    """An amount as the report writes it; compare.py counts these as amounts."""


def to_fraction(x: Exact) -> Fraction:
    return x if isinstance(x, Fraction) else Fraction(x)


def round_half_even(x: Exact, digits: int) -> Decimal:
    """x rounded half-even to `digits` decimals, exactly (no binary floats)."""
    f = to_fraction(x) * (10**digits)
    floor = f.numerator // f.denominator
    rest = f - floor
    if rest > Fraction(1, 2) or (rest == Fraction(1, 2) and floor % 2 == 1):
        floor += 1
    return Decimal(floor).scaleb(-digits) if digits else Decimal(floor)


def fmt(amount: Decimal, currency: str) -> Money:
    """The report's form: exactly the currency's minor digits."""
    digits = MINOR_DIGITS[currency]
    q = Decimal(1).scaleb(-digits) if digits else Decimal(1)
    return Money(str(amount.quantize(q)))


def terminates(x: Exact) -> bool:
    """Whether x has a finite decimal expansion."""
    den = to_fraction(x).denominator
    for p in (2, 5):
        while den % p == 0:
            den //= p
    return den == 1


def exact_decimal(x: Exact) -> Decimal:
    """A terminating exact value as a Decimal (the report's `exact`)."""
    f = to_fraction(x)
    with localcontext() as ctx:
        ctx.prec = 100
        return (Decimal(f.numerator) / Decimal(f.denominator)).normalize()


def percent_of(rate: Decimal, x: Exact) -> Fraction:
    return to_fraction(rate) / 100 * to_fraction(x)


# A 96-bit decimal (design §10.2: "a product or sum that a 96-bit decimal
# cannot hold exactly is an error naming the line (trace) or the clause").
MAX_MANTISSA = 2**96 - 1
MAX_SCALE = 28


class DoesNotFit(Exception):
    """An amount a 96-bit decimal cannot hold exactly: the run must fail."""

    def __init__(self, why: str, what: str):
        super().__init__(f"{why}: {what}")
        self.why = why


def check_fits(x: Exact, what: str, why: str = "") -> None:
    """Raises DoesNotFit unless x is exactly a 96-bit decimal: at most 28
    decimals and a mantissa below 2^96 (§5.1 turn-2 ruling: "Amounts are
    exact: a product or sum that does not fit exactly is an error naming its
    place ..., never a silent rounding; trace values with more significant
    digits than the decimal type holds are errors")."""
    f = to_fraction(x)
    scale = 0
    while (f * 10**scale).denominator != 1:
        scale += 1
        if scale > MAX_SCALE:
            raise DoesNotFit(why or "needs more than 28 decimals", what)
    if abs(f * 10**scale) > MAX_MANTISSA:
        raise DoesNotFit(why or "exceeds 96 bits", what)


def parse_money(s: str) -> tuple[Decimal, str]:
    """ "3_000_000.50 USD" -> (Decimal, "USD")."""
    amount, currency = s.split()
    return Decimal(amount.replace("_", "")), currency
