"""How often the generated cases reach each edge the design rules are about.

A differential test that never reaches an edge proves nothing about it, so
compare.py --coverage prints these tallies. They are computed from the
cases with the oracle's own functions; an edge at 0 means the generator
needs a nudge, not that pact is right.
"""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from fractions import Fraction

from oracle import dates, money
from oracle.model import Before, Case, OnDay, OnOrdinal, OnWeekday, Within
from oracle.schedule import milestone_due


def _tie(exact: Fraction, digits: int) -> bool:
    """Whether half-even rounding meets an exact half."""
    scaled = exact * 10**digits
    return (scaled - scaled.numerator // scaled.denominator) == Fraction(1, 2)


def tally(case: Case, c: Counter) -> None:
    for p in case.partnerships:
        try:
            start, end = p.term.start, dates.term_end(p.term)
        except (OverflowError, ValueError):
            c["term ending after 9999-12-31"] += 1
            continue
        if end.year >= 9999:
            c["term ending in 9999"] += 1
        cal = p.calendar
        c[f"term {p.term.length.unit if p.term.length else 'to END'}"] += 1
        if start.day >= 29:
            c[f"start on day {start.day}"] += 1
        if (start.month, start.day) == (2, 29):
            c["start on 29 February"] += 1
        if start.year != end.year:
            c["term across a year end"] += 1
        c[f"currency with {money.MINOR_DIGITS[p.currency]} minor digits"] += 1
        if cal.written:
            c[f"calendar ({cal.written})"] += 1
        for r in p.recurring:
            cad = r.cadence
            on = {OnWeekday: " on WD", OnDay: " on day N", OnOrdinal: " on ORD WD"}.get(type(cad.on), "")
            c[f"{r.kind}s"] += 1
            c[f"cadence {cad.kind}{on}{' adjusted' if cad.adjust else ''}"] += 1
            if cad.kind in ("monthly", "quarterly", "annually") and cad.on is None and start.day >= 29:
                c["clamped monthly/quarterly/annual dates"] += 1
            if isinstance(cad.on, OnDay) and cad.on.day >= 29:
                c["`on day 29-31` (clamps in short months)"] += 1
            if cad.adjust:
                raw = [d for d in dates._raw_occurrences(cad, start, end, cal) if start <= d <= end]
                rolled = [dates.roll(cal, d, cad.adjust) for d in raw]
                c["occurrences rolled"] += sum(1 for a, b in zip(raw, rolled) if a != b)
                inside = [d for d in rolled if start <= d <= end]
                c["rolled outside the term (dropped)"] += len(rolled) - len(inside)
                c["two rolled onto one day (merged)"] += len(inside) - len(set(inside))
        for m in p.milestones:
            c["milestone by day N" if m.by_day is not None else "milestone by date"] += 1
        for duty in p.duties + [d for t in p.triggers for d in t.duties]:
            dl = duty.deadline
            if isinstance(dl, Within):
                q = dl.qty
                c[f"within {'0 ' if q.amount == 0 else ''}{q.unit}s"] += 1
            elif isinstance(dl, Before):
                c[f"before {dl.anchor if dl.anchor in ('end', 'renewal decision') else 'milestone'}"] += 1
            else:
                c[f"deadline {type(dl).__name__}"] += 1
        if p.renewal:
            for q in (p.renewal.window, p.renewal.decision):
                if q:
                    c[f"renewal date: {q.unit}s before end"] += 1
        if p.exit_notice:
            c["exit notice" + (" (no renewal)" if not p.renewal else "")] += 1
        _money(case, p, c)


def _money(case: Case, p, c: Counter) -> None:
    start, end = p.term.start, dates.term_end(p.term)
    digits = money.MINOR_DIGITS[p.currency]
    for b in p.pay:
        if b.retainer is not None:
            periods = dates.periods(b.retainer_cadence, start, end)
            c[f"retainer {b.retainer_cadence.kind}"] += 1
            c["retainer periods"] += len(periods)
            if any(
                dates.add_months(start, k) != dates.anniversary(start, k) for k in range(1, 40)
            ) and dates.cadence_months(b.retainer_cadence):
                c["retainer where anniversary rule and clamping differ"] += 1
        if (b.invoice or p.invoice) and (b.invoice or p.invoice).advance:
            c["retainer in advance"] += 1
        for bonus in b.bonuses:
            c[f"bonus {bonus.cadence.kind}"] += 1
            if (
                any(t.percent_of_retainer for t in bonus.tiers)
                and b.retainer_cadence
                and b.retainer_cadence != bonus.cadence
            ):
                c["bonus % of retainer, periods differ (prorated)"] += 1
            thresholds = {t.threshold for t in bonus.tiers}
            for ln in case.trace:
                if ln.kind == "metric" and ln.name == bonus.metric and ln.partnership == p.name:
                    if Decimal(ln.value.rstrip("%")) in thresholds:
                        c["metric reading exactly on a tier threshold"] += 1
        for sf in b.success_fees:
            c["success fee" + (" capped per year" if sf.per_year else " capped" if sf.cap else "")] += 1
            for ln in case.trace:
                if ln.kind == "signal" and ln.name == sf.signal and ln.partnership == p.name:
                    amount, _ = money.parse_money(ln.value)
                    if amount > 0 and start <= ln.date <= end:
                        c["success fee readings"] += 1
                        if _tie(money.percent_of(sf.rate, amount), digits):
                            c["success fee on an exact half (half-even)"] += 1
                        if dates.contract_year(start, ln.date) > 1:
                            c["success fee in contract year 2+"] += 1
        for pen in b.penalties:
            c["penalty" + (" capped" if pen.cap else "")] += 1
            due = milestone_due(p, pen.milestone)
            for ln in case.trace:
                if (
                    ln.kind == "fulfilled"
                    and ln.name.endswith(f".milestone.{pen.milestone}")
                    and ln.partnership == p.name
                ):
                    c["penalty milestone fulfilled " + ("on time" if ln.date <= due else "late")] += 1


def tally_facts(facts: dict, c: Counter) -> None:
    """Edges visible only in the oracle's results."""
    for key, f in facts.items():
        if key[0] == "obligation":
            c[f"obligation {f['status']}"] += 1
        if key[0] in ("check", "run") and f["outcome"] == "error":
            c[f"{key[0]} must fail: {f['_why']}"] += 1
        if key[0] == "ladder":
            c[f"{key[2]} ladder {f['status']}"] += 1
            for _name, started, _deadline, ended, outcome in f["steps"]:
                c[f"ladder step {outcome}"] += 1
                if outcome == "expired" and ended == started:
                    c["ladder step expired the day it started (`of notice` already past)"] += 1
        if key[0] == "bonus_period":
            c["bonus period with a tier met" if f["tier"] else "bonus period without a tier"] += 1
        if key[0] != "payment":
            continue
        kind = key[2]
        c[f"payment {kind}"] += 1
        if f.get("uncapped") is not None:
            c[f"{kind} cut by its cap" + (" to nothing" if Decimal(f["amount"]) == 0 else "")] += 1
        if f.get("exact") is not None:
            c[f"{kind} rounded (exact differs)"] += 1


def report(cases: list[Case], facts: list[dict]) -> str:
    c: Counter = Counter()
    for case in cases:
        tally(case, c)
    for f in facts:
        tally_facts(f, c)
    width = max(len(k) for k in c) if c else 0
    return "\n".join(f"  {k:<{width}}  {v}" for k, v in sorted(c.items()))
