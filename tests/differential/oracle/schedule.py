"""The dated events of `pact build --emit schedule` (design §7).

"JSON list of dated events over each term — meetings, reviews, surveys,
reports, milestones, renewal window opening, renewal decision, notice
deadline, end of term". Facts: ("schedule", partnership, kind, name) -> the
sorted tuple of dates (a multiset: a name may meet twice a day only if the
binary is wrong). Kinds that are not named clauses use name None.
"""

from __future__ import annotations

import datetime as dt

from . import dates
from .model import Case, Partnership

NAMED = ("meeting", "review", "survey", "report", "milestone", "invoice", "invoice_due")


def renewal_dates(p: Partnership) -> dict[str, dt.date]:
    """Window opening, decision date and notice deadline (design §5
    "renewal", "exit"; §5.1 "`N days before end` is the inclusive end date
    minus N days"; §6 notice: "the last day to give non-renewal notice (end −
    notice)")."""
    end = dates.term_end(p.term)
    out: dict[str, dt.date] = {}
    if p.renewal is not None:
        if p.renewal.window is not None:
            out["renewal_window_opens"] = dates.before(p.calendar, end, p.renewal.window)
        if p.renewal.decision is not None:
            out["renewal_decision"] = dates.before(p.calendar, end, p.renewal.decision)
    if p.exit_notice is not None:
        out["notice_deadline"] = dates.before(p.calendar, end, p.exit_notice)
    return out


def milestone_due(p: Partnership, name: str) -> dt.date:
    """`by DATE`, or `by day N` counted from the term start with day 0 the start
    (the design is silent; reference §4 "milestone": "`day N` counts from
    the term start, `day 0` being the start")."""
    m = next(m for m in p.milestones if m.name == name)
    if m.by_date is not None:
        return m.by_date
    assert m.by_day is not None
    return p.term.start + dt.timedelta(days=m.by_day)


def partnership_facts(p: Partnership) -> dict:
    facts: dict = {}
    start, end = p.term.start, dates.term_end(p.term)
    facts[("schedule", p.name, "term_start", None)] = (start,)
    facts[("schedule", p.name, "term_end", None)] = (end,)
    for kind, d in renewal_dates(p).items():
        facts[("schedule", p.name, kind, None)] = (d,)
    for r in p.recurring:
        facts[("schedule", p.name, r.kind, r.name)] = tuple(dates.occurrences(r.cadence, start, end, p.calendar))
    for m in p.milestones:
        facts[("schedule", p.name, "milestone", m.name)] = (milestone_due(p, m.name),)
    # §10.2: "`pact build --emit schedule` lists invoice and due dates": each
    # retainer period is invoiced on its last day (in arrears) or its first
    # (in advance) and due `net N days` later; a block without its own
    # `invoice` uses the partnership's stand-alone one (turn-2 ruling).
    for block in p.pay:
        inv = block.invoice if block.invoice is not None else p.invoice
        if block.retainer is None or block.retainer_cadence is None or inv is None:
            continue
        periods = dates.periods(block.retainer_cadence, start, end)
        invoiced = [s if inv.advance else e for s, e in periods]
        due = [d + dt.timedelta(days=inv.net_days or 0) for d in invoiced]
        if invoiced:
            facts[("schedule", p.name, "invoice", block.payee)] = tuple(sorted(invoiced))
            facts[("schedule", p.name, "invoice_due", block.payee)] = tuple(sorted(due))
    return facts


def facts(case: Case) -> dict:
    out: dict = {}
    for p in case.partnerships:
        out.update(partnership_facts(p))
    return out
