"""Writes a generated case (oracle/model.py) as Pact text and a JSON-lines trace.

The forms follow the language reference (docs/reference.md §4): this is the
only place that knows the concrete syntax, so a grammar change is fixed here.
"""

from __future__ import annotations

import json
from decimal import Decimal

from oracle.model import (
    WEEKDAYS,
    Before,
    ByDate,
    ByDay,
    Cadence,
    Calendar,
    Case,
    Deadline,
    Duty,
    Invoice,
    OnDay,
    OnOrdinal,
    OnWeekday,
    Partnership,
    PayBlock,
    Qty,
    Within,
)

UNIT_WORDS = {
    "day": ("day", "days"),
    "week": ("week", "weeks"),
    "month": ("month", "months"),
    "quarter": ("quarter", "quarters"),
    "year": ("year", "years"),
    "hour": ("hour", "hours"),
    "business_day": ("business day", "business days"),
}


def number(x: Decimal | int) -> str:
    """Digits with `_` separators now and then, as people write them."""
    s = format(Decimal(x), "f")
    whole, _, frac = s.partition(".")
    if len(whole) > 3 and int(whole) % 7 != 0:
        groups = []
        while len(whole) > 3:
            groups.insert(0, whole[-3:])
            whole = whole[:-3]
        whole = "_".join([whole] + groups)
    return f"{whole}.{frac}" if frac else whole


def qty(q: Qty) -> str:
    one, many = UNIT_WORDS[q.unit]
    return f"{q.amount} {one if q.amount == 1 else many}"


def cadence(c: Cadence) -> str:
    if c.kind == "every_days":
        text = f"every {c.n} days"
    elif c.kind == "every_weeks":
        text = f"every {c.n} week{'s' if c.n != 1 else ''}"
    elif c.every_one_month:
        text = "every 1 month"
    else:
        text = c.kind
    if isinstance(c.on, OnWeekday):
        text += f" on {WEEKDAYS[c.on.weekday]}"
    elif isinstance(c.on, OnDay):
        text += f" on day {c.on.day}"
    elif isinstance(c.on, OnOrdinal):
        text += f" on {c.on.ordinal} {WEEKDAYS[c.on.weekday]}"
    if c.adjust:
        text += f" adjusted {c.adjust}"
    return text


def calendar(cal: Calendar) -> str | None:
    if cal.written is None:
        return None
    parts = ["calendar"]
    if cal.written == "range":
        days = sorted(cal.workdays)
        parts.append(f"weekdays {WEEKDAYS[days[0]][:3]}-{WEEKDAYS[days[-1]][:3]}")
    else:
        parts.append("weekdays " + ", ".join(WEEKDAYS[d] for d in sorted(cal.workdays)))
    if cal.holidays:
        parts.append("holidays " + ", ".join(d.isoformat() for d in sorted(cal.holidays)))
    return " ".join(parts)


def deadline(dl: Deadline) -> str:
    if isinstance(dl, Within):
        return f"within {qty(dl.qty)}"
    if isinstance(dl, ByDate):
        return f"by {dl.date.isoformat()}"
    if isinstance(dl, ByDay):
        return f"by day {dl.day}"
    assert isinstance(dl, Before)
    return f"before {dl.anchor}"


def duty(d: Duty) -> str:
    return f"{d.subject} must {d.verb} {d.obj} {deadline(d.deadline)}"


def invoice(inv: Invoice) -> str:
    text = f"invoice {cadence(inv.cadence)} in {'advance' if inv.advance else 'arrears'}"
    if inv.net_days is not None:
        text += f" net {inv.net_days} days"
    return text


def pay_block(p: Partnership, b: PayBlock) -> list[str]:
    cur = p.currency
    out = [f"  pay {b.payee} {{"]
    if b.retainer is not None:
        assert b.retainer_cadence is not None
        how = "per month" if b.retainer_per_month else cadence(b.retainer_cadence)
        text = f"    retainer {number(b.retainer)} {cur} {how}"
        if b.index is not None:
            text += f" indexed annually by {b.index.signal}"
            if b.index.cap is not None:
                text += f" capped at {number(b.index.cap)}%"
            if b.index.floor is not None:
                text += f" floor {number(b.index.floor)}%"
        out.append(text)
    if b.invoice is not None:
        out.append(f"    {invoice(b.invoice)}")
    for fee in b.fees:
        out.append(f"    fee {number(fee.amount)} {cur} per {fee.event}")
    for bonus in b.bonuses:
        out.append(f"    bonus {bonus.name} {cadence(bonus.cadence)} on {bonus.metric} {{")
        for t in bonus.tiers:
            if t.fixed is not None:
                pays = f"{number(t.fixed)} {cur}"
            else:
                pays = f"{number(t.percent_of_retainer)}% of retainer"
            out.append(f"      tier {t.name} when {bonus.metric} {t.op} {number(t.threshold)}% pays {pays}")
        out.append("    }")
    for sf in b.success_fees:
        text = f"    success fee {number(sf.rate)}% of {sf.signal}"
        if sf.cap is not None:
            text += f" capped at {number(sf.cap)} {cur}" + (" per year" if sf.per_year else "")
        out.append(text)
    for sh in b.shares:
        text = f"    share {number(sh.bands[0].rate)}% of {sh.signal}"
        for before, band in zip(sh.bands, sh.bands[1:]):
            text += f" up to {number(before.up_to)} {cur}, {number(band.rate)}%"
        if len(sh.bands) > 1:
            text += " above"
        if sh.cap is not None:
            text += f" capped at {number(sh.cap)} {cur}" + (" per year" if sh.per_year else "")
        out.append(text)
    for eb in b.early:
        text = f"    bonus {eb.name} on {eb.milestone} {number(eb.per_day)} {cur} per day early"
        if eb.cap is not None:
            text += f" capped at {number(eb.cap)} {cur}"
        out.append(text)
    for pen in b.penalties:
        text = f"    penalty {pen.name} on {pen.milestone} {number(pen.per_day)} {cur} per day"
        if pen.cap is not None:
            text += f" capped at {number(pen.cap)} {cur}" + (" per year" if pen.per_year else "")
        out.append(text)
    out.append("  }")
    return out


def partnership(p: Partnership) -> str:
    out = [f"partnership {p.name} {{", f"  parties {p.client} as client, {p.provider} as provider"]
    if p.term.to is not None:
        out.append(f"  term {p.term.start.isoformat()} to {p.term.to.isoformat()}")
    else:
        assert p.term.length is not None
        out.append(f"  term {p.term.start.isoformat()} for {qty(p.term.length)}")
    out.append(f"  currency {p.currency}")
    cal = calendar(p.calendar)
    if cal:
        out.append(f"  {cal}")
    for m in p.metrics:
        text = f"  metric {m.name}: percent {m.tier}"
        if m.lower_is_better:
            text += " lower is better"
        if m.target:
            text += f" target {m.target[0]} {number(m.target[1])}%"
        out.append(text)
    if p.weights:
        out.append("  weights {")
        for st in p.weights:
            when = "from start" if st.after is None else f"after {qty(st.after)}"
            ws = ", ".join(f"{t} {number(w)}%" for t, w in st.weights.items())
            out.append(f"    {when}: {ws}")
        out.append("  }")
    if p.health is not None:
        out.append(f"  health {cadence(p.health)}")
    for r in p.recurring:
        text = f"  {r.kind} {r.name} {cadence(r.cadence)}"
        if r.kind in ("meeting", "review"):
            if r.at:
                text += f" at {r.at}"
            if r.minutes:
                text += f" for {r.minutes} minutes" if r.at else f" {r.minutes} minutes"
            if r.roles:
                text += " with " + ", ".join(r.roles)
        elif r.roles:
            text += " by " + ", ".join(r.roles)
        out.append(text)
    for m in p.milestones:
        when = m.by_date.isoformat() if m.by_date else f"day {m.by_day}"
        out.append(f"  milestone {m.name} by {when}" + (f" owner {m.owner}" if m.owner else ""))
    for d in p.duties:
        out.append(f"  {duty(d)}")
    for t in p.triggers:
        if t.condition is not None:
            cond = t.condition
            out.append(f"  trigger {t.name} when {cond.signal} {cond.op} {number(cond.threshold)}% {{")
        else:
            out.append(f"  trigger {t.name} on {t.event} {{")
        out.extend(f"    {duty(d)}" for d in t.duties)
        out.append("  }")
    if p.invoice is not None:
        out.append(f"  {invoice(p.invoice)}")
    for b in p.pay:
        out.extend(pay_block(p, b))
    if p.termination_notice is not None:
        out.append("  termination {")
        out.append(f"    for convenience notice {p.termination_notice} days")
        out.append("  }")
    if p.renewal is not None:
        r = p.renewal
        out.append("  renewal {")
        if r.window:
            out.append(f"    window opens {qty(r.window)} before end")
        if r.decision:
            out.append(f"    decision due {qty(r.decision)} before end")
        if r.renew:
            out.append("    default renew" + (f" for {qty(r.renew_for)}" if r.renew_for else ""))
        else:
            out.append("    default expire")
        if r.criteria is not None:
            c = r.criteria
            out.append(f"    criteria {c.signal} {c.op} {number(c.threshold)}%")
        out.append("  }")
    if p.exit_notice is not None:
        out.append(f"  exit {{ notice {qty(p.exit_notice)} }}")
    if p.escalation:
        out.append("  escalation {")
        for level in p.escalation:
            assert level.within is not None
            out.append(f"    {level.name} handled by {', '.join(level.by)} within {qty(level.within)}")
        out.append("  }")
    if p.disputes is not None:
        out.append(f"  disputes on {p.disputes.event} {{")
        for step in p.disputes.steps:
            text = f"    step {step.name} by {', '.join(step.by)}"
            if step.within is not None:
                text += f" within {qty(step.within)}" + (" of notice" if step.of_notice else "")
            if step.binding:
                text += " binding"
            out.append(text)
        out.append("  }")
    out.append("}")
    return "\n".join(out)


def portfolio(case: Case) -> str:
    out = [f"//! Differential case, seed {case.seed} (tests/differential/generate.py)."]
    for party in case.parties:
        out.append(f"party {party.name} {{ " + "; ".join(f"role {r}" for r in party.roles) + " }")
    for e in case.events:
        out.append(f"event {e}")
    for s in case.money_signals:
        out.append(f"signal {s}: money")
    for s in case.percent_signals:
        out.append(f"signal {s}: percent")
    for p in case.partnerships:
        out.append("")
        out.append(partnership(p))
    return "\n".join(out) + "\n"


def trace(case: Case) -> str:
    out = []
    for ln in case.trace:
        obj: dict = {"date": ln.date.isoformat()}
        if ln.kind in ("fulfilled", "paid"):
            obj[ln.kind] = ln.name
        else:
            if not case.omit_partnership:
                obj["partnership"] = ln.partnership
            obj[ln.kind] = ln.name
            if ln.value is not None:
                obj["value"] = ln.value
            if ln.to is not None:
                obj["to"] = ln.to
            if ln.by is not None:
                obj["by"] = ln.by
        if ln.note:
            obj["note"] = ln.note
        out.append(json.dumps(obj))
    return "".join(line + "\n" for line in out)
