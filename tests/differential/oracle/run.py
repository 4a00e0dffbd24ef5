"""What `pact run --events TRACE --until DATE` must report (design §7, §5.1).

Only what the generator exercises: clause and trigger duties with their due
dates and statuses, milestones, the money of `pay` blocks (retainers, fees,
bonuses, success fees, penalties), and the ladders (`ladders.py`). Change
levels and `when` clauses are left to the Rust tests; a module for them
would add facts the same way.

Facts (values are dicts; a `datetime.date` counts as a date compared, a
`money.Money` as an amount compared):
- ("obligation", P, verb-or-"milestone:NAME", arises, n) -> due, status
- ("breach", P, verb-or-"milestone:NAME", arises, n) -> due, breached_on,
  cured_on, days_late
- ("payment", P, "retainer", payee, k) -> date, period, amount
- ("payment", P, "fee", payee, line) -> date, amounts (one per fee on that event)
- ("payment", P, "success_fee", payee, line) -> date, amount, uncapped, year
- ("payment", P, "bonus", payee, name, k) -> date, tier, amount
- ("bonus_period", P, name, k) -> period, value, tier
- ("payment", P, "penalty", block payee, name) -> date, days_late, amount,
  uncapped, payer, payee
- ("payment", P, "share", payee, line) -> date, amount, uncapped, year
- ("payment", P, "early_bonus", payee, name) -> date, days_early, amount,
  uncapped, payer
- ("obligation"/"breach", P, "Partnership.invoice.PAYEE@DATE", date, 1) ->
  an invoice as a duty of the payer (§10.2)
- ("health", P, k) -> a health period's scores (`health.py`)
- ("totals", P, party) -> received, penalties
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction
from typing import Optional

from dataclasses import replace

from . import dates, health, ladders, life, money
from .model import Bonus, Case, Line, Partnership, PayBlock, Share, Term, Tier, Trigger
from .obligations import due_from
from .schedule import milestone_due

Facts = dict


def as_of(case: Case) -> dt.date:
    """ "the report is the state on day as of: `--until`, else the date of the
    trace's last line" (reference "When things happen")."""
    if case.until is not None:
        return case.until
    return case.trace[-1].date


def lines_of(case: Case, p: Partnership, kind: str, name: str) -> list[tuple[int, Line]]:
    """(1-based line number, line) of one partnership's lines of a kind, up to
    the as-of day, in file order."""
    day = as_of(case)
    return [
        (i + 1, ln)
        for i, ln in enumerate(case.trace)
        if ln.partnership == p.name and ln.kind == kind and ln.name == name and ln.date <= day
    ]


def status(due: dt.date, fulfilled: Optional[dt.date], day: dt.date) -> str:
    """Reference "When things happen": "Deadlines are inclusive. A duty due on
    D is met by a fulfilment dated D or earlier, and is breached from D + 1"."""
    if fulfilled is not None:
        return "fulfilled" if fulfilled <= due else "fulfilled_late"
    return "breached" if day > due else "open"


def fulfilment(case: Case, p: Partnership, oid: str) -> Optional[dt.date]:
    found = lines_of(case, p, "fulfilled", oid)
    return found[0][1].date if found else None


def firings(case: Case, p: Partnership, t: Trigger) -> list[dt.date]:
    """The dates a trigger fires, in order (design §5.1 "Conditions and
    triggers": "A signal with no reading yet makes every comparison on it
    false"; "A trigger fires when its condition goes from false to true, and
    re-arms when the condition is false again"; an `on EVENT` trigger fires at
    every occurrence, reference "Conditions and triggers")."""
    if t.event is not None:
        return [ln.date for _, ln in lines_of(case, p, "event", t.event)]
    cond = t.condition
    assert cond is not None
    if cond.signal == "health" or cond.signal.startswith("health."):
        # §10.1: health "is a reading dated the period's last day"
        values = [(d, v) for d, v in health.readings(case, p, cond.signal, as_of(case))]
    else:
        values = [(ln.date, Decimal((ln.value or "").rstrip("%"))) for _, ln in lines_of(case, p, "signal", cond.signal)]
    out, holds = [], False
    for date, value in values:
        now = compare(value, cond.op, cond.threshold)
        ln = Line(date, p.name, "signal", cond.signal)
        if now and not holds:
            out.append(ln.date)
        holds = now
    return out


def obligation_facts(case: Case, p: Partnership) -> Facts:
    day = as_of(case)
    start, end = p.term.start, dates.term_end(p.term)
    out: Facts = {}
    for m in p.milestones:
        due = milestone_due(p, m.name)
        f = fulfilment(case, p, f"{p.name}.milestone.{m.name}")
        owner = (m.owner,) if m.owner else ()
        out.update(obligation(p, f"milestone:{m.name}", start, 1, due, f, day, owner))
    # "one without `when` but with a deadline is instantiated at the term
    # start" (reference "Conditions and triggers")
    for duty in p.duties:
        owed = (duty.subject.split(".")[0],)
        out.update(obligation(p, duty.verb, start, 1, due_from(p, duty, start), None, day, owed))
    out.update(recurring_duty_facts(case, p))
    for t in p.triggers:
        seen: dict[dt.date, int] = {}
        for fired in firings(case, p, t):
            # Outside the term a firing instantiates nothing (reference "The term").
            if not start <= fired <= end:
                continue
            seen[fired] = seen.get(fired, 0) + 1
            for duty in t.duties:
                owed = (duty.subject.split(".")[0],)
                out.update(obligation(p, duty.verb, fired, seen[fired], due_from(p, duty, fired), None, day, owed))
    return out


def recurring_duty_facts(case: Case, p: Partnership) -> Facts:
    """Reports and surveys as duties (reference "Schedules": "in `pact run`
    each occurrence of a report (inside the term as the run found it) is a
    duty of its `by` parties, `Partnership.report.NAME@DATE`, arising on its
    date and due by the day before the report's next occurrence (the term's
    last day for the last one)"; a survey the same way, `.survey.`; "a survey
    or report without `by` is a duty of every party of the partnership").
    The term here is the one the run found (`partnership_facts` passes it)."""
    day = as_of(case)
    start, end = p.term.start, dates.term_end(p.term)
    out: Facts = {}
    for r in p.recurring:
        if r.kind not in ("report", "survey"):
            continue
        owed: tuple[str, ...] = ()
        for role in r.roles or (p.client, p.provider):
            party = role.split(".")[0]
            if party not in owed:
                owed += (party,)
        days = sorted(set(dates.occurrences(r.cadence, start, end, p.calendar)))
        for i, d in enumerate(days):
            if d > day:
                break  # arises on its date: not yet on the as-of day
            due = days[i + 1] - dt.timedelta(days=1) if i + 1 < len(days) else end
            oid = f"{p.name}.{r.kind}.{r.name}@{d.isoformat()}"
            out.update(obligation(p, oid, d, 1, due, fulfilment(case, p, oid), day, owed))
    return out


def obligation(
    p: Partnership,
    verb: str,
    arises: dt.date,
    n: int,
    due: dt.date,
    fulfilled: Optional[dt.date],
    day: dt.date,
    owed_by: tuple[str, ...],
) -> Facts:
    """The obligation's fact, and its breach's when it is breached (reference
    "When things happen": breached from D + 1; "Days late count D + 1 up to
    the fulfilment (or the as-of day)"); "A breach is attributed to the
    parties that owed the duty: its subjects' parties, a milestone's owner
    (none without an owner)"."""
    state = status(due, fulfilled, day)
    out: Facts = {("obligation", p.name, verb, arises, n): {"due": due, "status": state}}
    if state in ("breached", "fulfilled_late"):
        out[("breach", p.name, verb, arises, n)] = {
            "due": due,
            "breached_on": due + dt.timedelta(days=1),
            "cured_on": fulfilled,
            "days_late": ((fulfilled or day) - due).days,
            "parties": owed_by,
        }
    return out


def invoice_in_advance(p: Partnership, block: PayBlock) -> bool:
    """Turn-2 ruling: "A pay block without its own `invoice` uses a stand-alone
    `invoice` clause of the partnership, never another pay block's"."""
    inv = block.invoice if block.invoice is not None else p.invoice
    return inv is not None and inv.advance


def payer_of(p: Partnership, party: str) -> str:
    """ "the payer is the other party of a two-party partnership" (reference)."""
    return p.provider if party == p.client else p.client


def retainer_periods(p: Partnership, block: PayBlock) -> list[tuple[dt.date, dt.date]]:
    assert block.retainer_cadence is not None
    return dates.periods(block.retainer_cadence, p.term.start, dates.term_end(p.term))


def retainer_amount(case: Case, p: Partnership, block: PayBlock, period_start: dt.date) -> Decimal:
    """§10.2: "at each contract anniversary the amount is multiplied by (1 +
    the signal's last reading before the anniversary), clamped to [floor,
    cap] ... no reading -> unchanged. The new amount is rounded half-even to
    the minor unit" (and the next year compounds on it)."""
    assert block.retainer is not None
    amount = block.retainer
    ix = block.index
    if ix is None:
        return amount
    k = 1
    while (day := dates.anniversary(p.term.start, 12 * k)) <= period_start:
        before = [ln for _, ln in lines_of(case, p, "signal", ix.signal) if ln.date < day]
        if before:
            change = Decimal((before[-1].value or "").rstrip("%"))
            if ix.cap is not None:
                change = min(change, ix.cap)
            if ix.floor is not None:
                change = max(change, ix.floor)
            exact = Fraction(amount) * (1 + Fraction(change) / 100)
            amount = money.round_half_even(exact, money.MINOR_DIGITS[p.currency])
        k += 1
    return amount


def retainer_facts(case: Case, p: Partnership, block: PayBlock) -> Facts:
    if block.retainer is None:
        return {}
    day, out = as_of(case), {}
    advance = invoice_in_advance(p, block)
    for k, (s, e) in enumerate(retainer_periods(p, block)):
        paid = s if advance else e
        if paid <= day:
            out[("payment", p.name, "retainer", block.payee, k + 1)] = {
                "date": paid,
                "period": (s, e),
                "amount": money.fmt(retainer_amount(case, p, block, s), p.currency),
                "payee": block.payee,
                "payer": payer_of(p, block.payee),
            }
    return out


def accrued_retainer(case: Case, p: Partnership, block: PayBlock, bs: dt.date, be: dt.date) -> Fraction:
    """The retainer accrued over [bs, be]: each retainer period contributes its
    amount times the share of its days inside the bonus period (§5.1 "`X% of
    retainer` ... accrued over the bonus's own period"; turn-2 ruling:
    "prorated by days when the retainer's periods and the bonus's differ")."""
    assert block.retainer is not None
    total = Fraction(0)
    for s, e in retainer_periods(p, block):
        overlap = (min(e, be) - max(s, bs)).days + 1
        if overlap > 0:
            amount = retainer_amount(case, p, block, s)
            total += Fraction(amount) * overlap / ((e - s).days + 1)
    return total


def compare(value: Decimal, op: str, threshold: Decimal) -> bool:
    return {
        ">=": value >= threshold,
        ">": value > threshold,
        "<=": value <= threshold,
        "<": value < threshold,
    }[op]


def meets(value: Decimal, tier: Tier) -> bool:
    return compare(value, tier.op, tier.threshold)


def strictest(tiers: list[Tier], lower_is_better: bool) -> Tier:
    """ "the strictest tier met (in the metric's better direction) pays"; a
    strict comparison is stricter than a non-strict one at the same threshold
    (reference "Money")."""
    if lower_is_better:
        return min(tiers, key=lambda t: (t.threshold, 0 if t.op == "<" else 1))
    return max(tiers, key=lambda t: (t.threshold, 1 if t.op == ">" else 0))


def bonus_facts(case: Case, p: Partnership, block: PayBlock, b: Bonus) -> Facts:
    day, out = as_of(case), {}
    if b.metric == "health":
        lower = False
        readings = [(0, Line(d, p.name, "metric", "health", f"{money.exact_decimal(v)}%")) for d, v in health.readings(case, p, "health", day)]
    else:
        lower = next(m for m in p.metrics if m.name == b.metric).lower_is_better
        readings = lines_of(case, p, "metric", b.metric)
    for k, (s, e) in enumerate(dates.periods(b.cadence, p.term.start, dates.term_end(p.term))):
        if e > day:
            break
        # "The metric's value for a period is its last reading in that period."
        inside = [ln for _, ln in readings if s <= ln.date <= e]
        value = Decimal(inside[-1].value.rstrip("%")) if inside else None
        met = [t for t in b.tiers if value is not None and meets(value, t)]
        tier = strictest(met, lower) if met else None
        out[("bonus_period", p.name, b.name, k + 1)] = {
            "period": (s, e),
            "value": value,
            "tier": tier.name if tier else None,
        }
        if tier is None:
            continue
        if tier.fixed is not None:
            exact: money.Exact = tier.fixed
        else:
            assert tier.percent_of_retainer is not None
            exact = money.percent_of(tier.percent_of_retainer, accrued_retainer(case, p, block, s, e))
        if money.terminates(exact):  # a prorated share need not terminate: a division, not a product
            money.check_fits(exact, f"bonus {b.name}")
        paid = money.round_half_even(exact, money.MINOR_DIGITS[p.currency])
        fact = {"date": e, "tier": tier.name, "amount": money.fmt(paid, p.currency), "payer": payer_of(p, block.payee)}
        if money.terminates(exact):
            # "`exact` gives the unrounded amount when rounding changed it"
            fact["exact"] = money.exact_decimal(exact) if money.to_fraction(exact) != money.to_fraction(paid) else None
        out[("payment", p.name, "bonus", block.payee, b.name, k + 1)] = fact
    return out


def capped(amount: Decimal, cap: Optional[Decimal], spent: Decimal) -> Decimal:
    """ "caps apply to the rounded sums" (§5.1)."""
    if cap is None:
        return amount
    return max(Decimal(0), min(amount, cap - spent))


def success_fee_facts(case: Case, p: Partnership, block: PayBlock) -> Facts:
    start, end = p.term.start, dates.term_end(p.term)
    digits = money.MINOR_DIGITS[p.currency]
    out: Facts = {}
    for sf in block.success_fees:
        spent: dict[int, Decimal] = {}
        for line_no, ln in lines_of(case, p, "signal", sf.signal):
            reading, _ = money.parse_money(ln.value or "")
            # paid only inside the term; "Readings of zero or less earn
            # nothing" (reference "Money")
            if not start <= ln.date <= end or reading <= 0:
                continue
            year = dates.contract_year(start, ln.date)
            bucket = year if sf.per_year else 0
            exact = money.percent_of(sf.rate, reading)
            money.check_fits(exact, f"success fee of line {line_no}")
            fee = money.round_half_even(exact, digits)
            paid = capped(fee, sf.cap, spent.get(bucket, Decimal(0)))
            spent[bucket] = spent.get(bucket, Decimal(0)) + paid
            money.check_fits(spent[bucket], f"success fees up to line {line_no}")
            fact = {
                "date": ln.date,
                "amount": money.fmt(paid, p.currency),
                "contract_year": year,
                "payer": payer_of(p, block.payee),
                # "A fee cut by the cap shows `uncapped`"
                "uncapped": money.fmt(fee, p.currency) if paid != fee else None,
            }
            if paid == fee:
                fact["exact"] = (
                    money.exact_decimal(exact) if money.to_fraction(exact) != money.to_fraction(fee) else None
                )
            out[("payment", p.name, "success_fee", block.payee, line_no)] = fact
    return out


def earned(bands, total: Decimal) -> Fraction:
    """What marginal bands pay on a year's total (§10.2: "like tax brackets")."""
    out, floor = Fraction(0), Decimal(0)
    for band in bands:
        top = total if band.up_to is None else min(total, band.up_to)
        if top <= floor:
            break
        out += Fraction(top - floor) * Fraction(band.rate) / 100
        if band.up_to is None:
            break
        floor = band.up_to
    return out


def share_facts(case: Case, p: Partnership, block: PayBlock) -> Facts:
    """§10.2: "`share` is marginal ... over the sum of the base signal's
    readings in the contract year ... Each reading pays the difference it
    makes; rounding and caps as in §5.1"; readings of zero or less earn
    nothing, as for success fees (reference "Money")."""
    start, end = p.term.start, dates.term_end(p.term)
    digits = money.MINOR_DIGITS[p.currency]
    out: Facts = {}
    for sh in block.shares:
        totals: dict[int, Decimal] = {}
        spent: dict[int, Decimal] = {}
        for line_no, ln in lines_of(case, p, "signal", sh.signal):
            reading, _ = money.parse_money(ln.value or "")
            if not start <= ln.date <= end or reading <= 0:
                continue
            year = dates.contract_year(start, ln.date)
            before = totals.get(year, Decimal(0))
            after = before + reading
            money.check_fits(after, f"share total up to line {line_no}")
            totals[year] = after
            exact = earned(sh.bands, after) - earned(sh.bands, before)
            money.check_fits(exact, f"share of line {line_no}")
            fee = money.round_half_even(exact, digits)
            bucket = year if sh.per_year else 0
            paid = capped(fee, sh.cap, spent.get(bucket, Decimal(0)))
            spent[bucket] = spent.get(bucket, Decimal(0)) + paid
            fact = {
                "date": ln.date,
                "amount": money.fmt(paid, p.currency),
                "contract_year": year,
                "payer": payer_of(p, block.payee),
                "uncapped": money.fmt(fee, p.currency) if paid != fee else None,
            }
            out[("payment", p.name, "share", block.payee, line_no)] = fact
    return out


def early_facts(case: Case, p: Partnership, block: PayBlock) -> Facts:
    """§10.2: "paid on the day the milestone is fulfilled, for each whole day
    before its due date (the mirror of `penalty`)"."""
    day, out = as_of(case), {}
    for eb in block.early:
        due = milestone_due(p, eb.milestone)
        f = fulfilment(case, p, f"{p.name}.milestone.{eb.milestone}")
        if f is None or f > day or (due - f).days <= 0:
            continue
        days = (due - f).days
        money.check_fits(eb.per_day * days, f"early bonus {eb.name}")
        uncapped = money.round_half_even(eb.per_day * days, money.MINOR_DIGITS[p.currency])
        paid = capped(uncapped, eb.cap, Decimal(0))
        out[("payment", p.name, "early_bonus", block.payee, eb.name)] = {
            "date": f,
            "days_early": days,
            "amount": money.fmt(paid, p.currency),
            "payer": payer_of(p, block.payee),
            "uncapped": money.fmt(uncapped, p.currency) if paid != uncapped else None,
        }
    return out


def invoice_facts(case: Case, p: Partnership, block: PayBlock, retainers: Facts) -> Facts:
    """§10.2: "each retainer period is invoiced on its invoice date (`in
    arrears`: the period's last day; `in advance`: its first) and due `net N
    days` later"; "`pact run` reports an invoice paid late ... or unpaid past
    due as a breach of the payer"; a block without its own `invoice` uses the
    partnership's stand-alone one (turn-2 ruling). Ids and the duty's form
    come from the reference ("Money", Invoices)."""
    inv = block.invoice if block.invoice is not None else p.invoice
    if inv is None:
        return {}
    day, out = as_of(case), {}
    for key, f in retainers.items():
        if key[:4] != ("payment", p.name, "retainer", block.payee):
            continue
        date = f["date"]
        due = date + dt.timedelta(days=inv.net_days or 0)
        oid = f"{p.name}.invoice.{block.payee}@{date.isoformat()}"
        paid = [ln.date for _, ln in lines_of(case, p, "paid", oid)]
        out.update(obligation(p, oid, date, 1, due, paid[0] if paid else None, day, (payer_of(p, block.payee),)))
    return out


def fee_facts(case: Case, p: Partnership, block: PayBlock) -> Facts:
    """ "Fee: its amount for each occurrence of its event in the term"
    (reference "Money"). Several fees of a block on one event are paid on the
    same line: the fact is the sorted amounts of that line."""
    start, end = p.term.start, dates.term_end(p.term)
    out: Facts = {}
    for fee in block.fees:
        for line_no, ln in lines_of(case, p, "event", fee.event):
            if start <= ln.date <= end:
                key = ("payment", p.name, "fee", block.payee, line_no)
                fact = out.setdefault(key, {"date": ln.date, "amounts": (), "payer": payer_of(p, block.payee)})
                fact["amounts"] = tuple(sorted(fact["amounts"] + (money.fmt(fee.amount, p.currency),)))
    return out


def penalty_facts(case: Case, p: Partnership, block: PayBlock) -> Facts:
    """§5.1: "Penalties `on MILESTONE ... per day` accrue for each day the
    milestone is late (not fulfilled by its date), up to the cap"; counted up
    to the fulfilment or the as-of day and paid then (reference "Money")."""
    day, out = as_of(case), {}
    for pen in block.penalties:
        m = next(m for m in p.milestones if m.name == pen.milestone)
        due = milestone_due(p, m.name)
        f = fulfilment(case, p, f"{p.name}.milestone.{m.name}")
        until = f if f is not None else day
        late = (until - due).days
        if late <= 0:
            continue
        money.check_fits(pen.per_day * late, f"penalty {pen.name}")
        uncapped = money.round_half_even(pen.per_day * late, money.MINOR_DIGITS[p.currency])
        paid = capped(uncapped, pen.cap, Decimal(0))
        payer = m.owner or block.payee
        fact = {
            "date": until,
            "days_late": late,
            "amount": money.fmt(paid, p.currency),
            "payer": payer,
            "payee": payer_of(p, payer),
            "uncapped": money.fmt(uncapped, p.currency) if paid != uncapped else None,
        }
        out[("payment", p.name, "penalty", block.payee, pen.name)] = fact
    return out


def totals_facts(p: Partnership, payments: Facts) -> Facts:
    """Per party: what it received (penalties aside) and the penalties it paid
    (reference "The report": `totals` per party and currency)."""
    out: Facts = {}
    for party in sorted({p.client, p.provider}):
        received = Decimal(0)
        penalties = Decimal(0)
        paid = False
        for key, f in payments.items():
            amount = sum(Decimal(a) for a in f["amounts"]) if "amounts" in f else Decimal(f["amount"])
            if key[2] == "penalty":
                if f["payer"] == party:
                    penalties += amount
                    paid = True
            elif key[3] == party:
                received += amount
                paid = True
        if not paid:
            continue  # a party nothing was paid to or by is not listed
        money.check_fits(received, f"total received by {party}")
        money.check_fits(penalties, f"penalties paid by {party}")
        out[("totals", p.name, party)] = {
            "received": money.fmt(received, p.currency),
            "penalties": money.fmt(penalties, p.currency),
        }
    return out


def natural_end(cadence, start: dt.date, s: dt.date) -> Optional[dt.date]:
    """The end of the period starting on `s` had the term gone on."""
    far = min(dt.date(9999, 12, 31), s + dt.timedelta(days=800))  # past any period starting on s
    for ps, pe in dates.periods(cadence, start, far):
        if ps == s:
            return pe
        if ps > s:
            break
    return None


def cut(case: Case, p: Partnership, end: dt.date, out: Facts, payments: Facts) -> None:
    """What a termination effective on `end` cuts (design §10.3: "later
    occurrences, retainers and deadlines vanish, the current periods are
    prorated by days (retainer) or dropped (bonus)")."""
    for key in [k for k, f in out.items() if k[0] in ("obligation", "breach")]:
        f = out[key]
        if f["due"] > end and (key[0] == "breach" or f["status"] in ("open", "breached")):
            if key[0] == "breach" and f["cured_on"] is not None:
                continue
            del out[key]
    for key in list(payments):
        f = payments[key]
        if key[2] == "retainer" and f["period"][1] == end:
            block = next(b for b in p.pay if b.payee == key[3] and b.retainer is not None)
            s = f["period"][0]
            whole = natural_end(block.retainer_cadence, p.term.start, s)
            if whole is not None and whole > end:
                # the period's own amount: an indexed retainer's, §10.2
                amount = retainer_amount(case, p, block, s)
                share = Fraction(amount) * ((end - s).days + 1) / ((whole - s).days + 1)
                paid = money.round_half_even(share, money.MINOR_DIGITS[p.currency])
                f["amount"] = money.fmt(paid, p.currency)
        if key[2] == "bonus" and f["date"] == end:
            block = next(b for b in p.pay if b.payee == key[3])
            bonus = next(b for b in block.bonuses if b.name == key[4])
            period = out.get(("bonus_period", p.name, bonus.name, key[5]), {}).get("period")
            whole = natural_end(bonus.cadence, p.term.start, period[0]) if period else None
            if whole is not None and whole > end:
                del payments[key]


def partnership_facts(case: Case, p: Partnership) -> Facts:
    lived = life.life(case, p, as_of(case))
    if lived.end != dates.term_end(p.term):
        # The run works on the term as the partnership's life made it.
        p = replace(p, term=Term(p.term.start, to=lived.end))
    out = obligation_facts(case, p)
    payments: Facts = {}
    for block in p.pay:
        retainers = retainer_facts(case, p, block)
        payments.update(retainers)
        out.update(invoice_facts(case, p, block, retainers))
        payments.update(fee_facts(case, p, block))
        payments.update(success_fee_facts(case, p, block))
        payments.update(penalty_facts(case, p, block))
        payments.update(share_facts(case, p, block))
        payments.update(early_facts(case, p, block))
        for b in block.bonuses:
            for key, f in bonus_facts(case, p, block, b).items():
                (payments if key[0] == "payment" else out)[key] = f
    if lived.terminated_on is not None:
        cut(case, p, lived.terminated_on, out, payments)
    out.update(payments)
    out.update(totals_facts(p, payments))
    out.update(health.facts(case, p, as_of(case)))
    if p.renewal is not None or p.termination_notice is not None or p.exit_notice is not None:
        for k, (s, e, outcome) in enumerate(lived.terms):
            out[("life_term", p.name, k + 1)] = {"start": s, "end": e, "outcome": outcome}
    return out


def check_trace_values(case: Case) -> None:
    """Every money value of the trace must be a 96-bit decimal, lines after
    `--until` included ("checked but not applied")."""
    for i, ln in enumerate(case.trace):
        if ln.kind == "signal" and ln.value and not ln.value.endswith("%"):
            money.check_fits(money.parse_money(ln.value)[0], f"line {i + 1}", "trace value")


def facts(case: Case) -> Facts:
    """The run's facts, or only ("run", "outcome") -> error when an amount
    does not fit: then nothing is written (reference "Errors")."""
    out: Facts = {}
    try:
        check_trace_values(case)
        for p in case.partnerships:
            out.update(partnership_facts(case, p))
    except money.DoesNotFit as e:
        return {("run", "outcome"): {"outcome": "error", "_why": e.why, "_what": str(e)}}
    out.update(ladders.facts(case, as_of(case)))
    out[("run", "outcome")] = {"outcome": "ok"}
    return out
