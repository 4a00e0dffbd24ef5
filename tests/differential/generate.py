#!/usr/bin/env python3
"""Random but valid portfolios and traces, reproducible from a seed.

`case(seed)` returns an `oracle.model.Case`; the same seed always gives the
same case (one `random.Random(seed)`, nothing read from the clock). The
draws lean towards the edges the design rules are about: starts on the
29th-31st and on 29 February, terms across year ends, holidays next to
weekends and in long runs (so adjusted occurrences collapse), calendars
other than Monday-Friday, readings exactly on tier thresholds, caps that
are reached, currencies with 0 and 3 minor digits.

The generator keeps to contracts the checker must accept: every recurring
clause has an occurrence in the term, milestones and absolute deadlines lie
in the term, the renewal window opens inside the term and no later than the
decision, and the exit notice deadline is not before the decision (design
§6, E03xx). Times of day are distinct slots, so no calendar collision.

A new feature is a new `_draw_...` function called from `partnership()`,
plus its lines in `trace()`.

Usage: generate.py SEED [OUT_DIR]   (writes portfolio.pact, events.jsonl, until)
"""

from __future__ import annotations

import datetime as dt
import random
import sys
from decimal import Decimal
from pathlib import Path
from typing import Optional

from oracle import checks, dates, money
from oracle.ladders import Ladder, apply
from oracle.model import (
    ORDINALS,
    Before,
    Bonus,
    ByDate,
    ByDay,
    Cadence,
    Calendar,
    Case,
    Condition,
    Disputes,
    Duty,
    EarlyBonus,
    Fee,
    Index,
    Invoice,
    Line,
    Metric,
    Milestone,
    OnDay,
    OnOrdinal,
    OnWeekday,
    Partnership,
    Party,
    PayBlock,
    Penalty,
    Qty,
    Recurring,
    Renewal,
    Share,
    ShareBand,
    Step,
    SuccessFee,
    Term,
    Tier,
    Trigger,
    WeightStage,
    Within,
)

D = dt.date
DAY = dt.timedelta(days=1)
CURRENCIES = ("USD", "EUR", "GBP", "CHF", "JPY", "KRW", "KWD", "BHD", "OMR")
VERBS = ("deliver", "send", "prepare", "confirm", "review", "file", "publish", "repair")


def _edge_starts() -> list[dt.date]:
    out = []
    for y in range(2024, 2032):
        for m, d in (
            (1, 31),
            (1, 30),
            (1, 29),
            (3, 31),
            (5, 31),
            (8, 31),
            (10, 31),
            (12, 31),
            (1, 1),
            (2, 28),
            (11, 30),
            (12, 30),
            (4, 30),
        ):
            out.append(D(y, m, d))
    out += [D(2024, 2, 29), D(2028, 2, 29)] * 6
    return out


EDGE_STARTS = _edge_starts()


class Gen:
    def __init__(self, seed: int):
        self.seed = seed
        self.r = random.Random(seed)
        self.slot = 0  # the next free time-of-day slot
        self.overprecise = self.chance(0.04)  # one amount with too many decimals

    # ---- small draws ------------------------------------------------------
    def chance(self, p: float) -> bool:
        return self.r.random() < p

    def date_between(self, a: dt.date, b: dt.date) -> dt.date:
        return a + DAY * self.r.randint(0, max(0, (b - a).days))

    def edgy_date(self, a: dt.date, b: dt.date) -> dt.date:
        """A date in [a, b], often a month end, a weekend or a 29th-31st."""
        d = self.date_between(a, b)
        if self.chance(0.4):
            for _ in range(40):
                c = self.date_between(a, b)
                if c.day >= 28 or c.weekday() >= 5 or (c.month, c.day) in ((1, 1), (12, 25)):
                    return c
        return d

    def money(self, digits: int, lo: int, hi: int) -> Decimal:
        """An amount of the contract in a currency with `digits` minor digits;
        in a few cases one amount gets one decimal too many, which the
        checker must refuse (§5.1 turn-2 ruling)."""
        if self.overprecise:
            self.overprecise = False
            return Decimal(self.r.randint(lo, hi)) + Decimal(self.r.randint(1, 9)).scaleb(-(digits + 1))
        return self.amount(digits, lo, hi)

    def amount(self, digits: int, lo: int, hi: int) -> Decimal:
        whole = self.r.randint(lo, hi)
        if digits and self.chance(0.6):
            frac = self.r.randint(0, 10**digits - 1)
            return Decimal(whole) + Decimal(frac).scaleb(-digits)
        return Decimal(whole)

    # ---- the term and calendar -------------------------------------------
    def term(self) -> Term:
        start = self.r.choice(EDGE_STARTS) if self.chance(0.5) else self.date_between(D(2024, 1, 1), D(2031, 12, 31))
        roll = self.r.random()
        if roll < 0.22:
            return Term(start, Qty(self.r.randint(1, 3), "year"))
        if roll < 0.47:
            return Term(start, Qty(self.r.randint(1, 30), "month"))
        if roll < 0.57:
            return Term(start, Qty(self.r.randint(1, 8), "quarter"))
        if roll < 0.67:
            return Term(start, Qty(self.r.randint(2, 60), "week"))
        if roll < 0.77:
            return Term(start, Qty(self.r.randint(14, 500), "day"))
        end = start + DAY * self.r.randint(20, 900)
        if self.chance(0.4):  # end on a month's last day
            end = dates.add_months(end.replace(day=1), 1) - DAY
        return Term(start, to=end)

    def calendar(self, start: dt.date, end: dt.date) -> Calendar:
        if self.chance(0.3):
            return Calendar()
        if self.chance(0.5):
            lo, hi = self.r.choice(((0, 4), (0, 3), (0, 5), (1, 5), (0, 6), (1, 4)))
            workdays = tuple(range(lo, hi + 1))
            written = "range"
        else:
            workdays = tuple(sorted(self.r.sample(range(7), self.r.randint(3, 6))))
            written = "list"
        holidays: set[dt.date] = set()
        for _ in range(self.r.randint(0, 8)):
            holidays.add(self.edgy_date(start - 10 * DAY, end + 10 * DAY))
        if self.chance(0.35):  # a long run: adjusted occurrences collapse onto one day
            first = self.date_between(start, end)
            holidays.update(first + DAY * i for i in range(self.r.randint(5, 12)))
        if self.chance(0.2):
            holidays.add(start)
        if self.chance(0.2):
            holidays.add(end)
        return Calendar(workdays, tuple(sorted(holidays)), written)

    # ---- schedules ---------------------------------------------------------
    def on(self, months: bool) -> Optional[object]:
        roll = self.r.random()
        if not months:
            return OnWeekday(self.r.randint(0, 6)) if roll < 0.7 else None
        if roll < 0.4:
            return None
        if roll < 0.75:
            return OnDay(self.r.choice((1, 5, 15, 28, 29, 29, 30, 30, 31, 31, 31, self.r.randint(1, 31))))
        return OnOrdinal(self.r.choice(ORDINALS), self.r.randint(0, 6))

    def cadence(self, bare: bool) -> Cadence:
        """A cadence; `bare` for surveys and reports (no `on`, no `adjusted`)."""
        roll = self.r.random()
        if roll < 0.08:
            return Cadence("daily")
        if roll < 0.18:
            c = Cadence("weekly", on=None if bare else self.on(False))
        elif roll < 0.28:
            c = Cadence("every_weeks", n=self.r.randint(1, 4), on=None if bare else self.on(False))
        elif roll < 0.36:
            c = Cadence("every_days", n=self.r.randint(2, 20))
        elif roll < 0.64:
            c = Cadence("monthly", on=None if bare else self.on(True), every_one_month=self.chance(0.15))
        elif roll < 0.84:
            c = Cadence("quarterly", on=None if bare else self.on(True))
        else:
            c = Cadence("annually")
        if not bare and self.chance(0.35):
            c = Cadence(c.kind, c.n, c.on, self.r.choice(("following", "preceding")), c.every_one_month)
        return c

    def recurring(self, p: Partnership, n: int) -> None:
        start, end = p.term.start, dates.term_end(p.term)
        for i in range(n):
            kind = self.r.choices(("meeting", "review", "survey", "report"), (60, 15, 12, 13))[0]
            bare = kind in ("survey", "report")
            for _ in range(10):
                c = self.cadence(bare)
                if dates.occurrences(c, start, end, p.calendar):
                    break
            else:
                continue  # E03xx: a cadence with no occurrence in the term
            r = Recurring(kind, f"{kind[:3]}_{i + 1}", c)
            if bare:
                r.roles = (f"{p.provider}",) if kind == "report" else (f"{p.client}.rm",)
            else:
                r.roles = (f"{p.client}.ops", f"{p.provider}.delivery")
                if self.chance(0.5):
                    r.minutes = self.r.choice((15, 30, 45))
                    if self.chance(0.6):
                        r.at = f"{6 + self.slot:02d}:00"
                        self.slot += 1
            p.recurring.append(r)

    # ---- duties, milestones, renewal -------------------------------------
    def milestones(self, p: Partnership) -> None:
        start, end = p.term.start, dates.term_end(p.term)
        for i in range(self.r.choice((0, 1, 1, 2, 3))):
            m = Milestone(f"ms_{i + 1}", owner=self.r.choice((p.provider, p.provider, p.provider, p.client, None)))
            if self.chance(0.5):
                m.by_day = self.r.randint(0, (end - start).days)
            else:
                m.by_date = self.edgy_date(start, end)
            p.milestones.append(m)

    def within(self) -> Within:
        unit = self.r.choice(("business_day", "business_day", "day", "week", "month", "month", "hour"))
        n = {
            "business_day": self.r.choice((0, 1, 2, 3, 5, 10, 15, self.r.randint(0, 30))),
            "day": self.r.choice((0, 1, 7, 30, self.r.randint(0, 90))),
            "week": self.r.randint(1, 8),
            "month": self.r.choice((1, 1, 2, 3, 6, 12, 13, self.r.randint(1, 24))),
            "hour": self.r.choice((1, 23, 24, 25, 48, 72, self.r.randint(1, 200))),
        }[unit]
        return Within(Qty(n, unit))

    def duty(self, p: Partnership, verb_no: int, in_trigger: bool) -> Duty:
        start, end = p.term.start, dates.term_end(p.term)
        subject = self.r.choice((p.provider, f"{p.provider}.rm", f"{p.client}.rm"))
        verb = f"{self.r.choice(VERBS)}_{verb_no}"
        roll = self.r.random()
        anchors = ["end"] + [m.name for m in p.milestones]
        if p.renewal is not None and p.renewal.decision is not None:
            anchors.append("renewal decision")
        if in_trigger or roll < 0.45:
            dl: object = self.within()
            if in_trigger and self.chance(0.1):
                dl = Before(self.r.choice(anchors))
        elif roll < 0.6:
            dl = ByDate(self.edgy_date(start, end))
        elif roll < 0.75:
            dl = ByDay(self.r.randint(0, (end - start).days))
        else:
            dl = Before(self.r.choice(anchors))
        if isinstance(dl, Before) and dl.anchor != "end":
            # the anchor must leave a day for the duty inside the term
            from oracle.obligations import absolute_due

            if absolute_due(p, Duty(subject, verb, "x", dl)) < start:
                dl = Before("end")
        return Duty(subject, verb, self.r.choice(("plan", "report", "data", "invoice_copy")), dl)

    def renewal(self, p: Partnership) -> None:
        start, end = p.term.start, dates.term_end(p.term)
        if not self.chance(0.55):
            if self.chance(0.3):  # an exit notice without a renewal clause
                p.exit_notice = Qty(self.r.randint(0, min(90, (end - start).days)), "day")
            return

        if self.chance(0.2):
            self.renewal_near_limits(p)
            return

        def qty() -> Qty:
            unit = self.r.choice(("day", "day", "week", "business_day"))
            return Qty(self.r.randint(0, {"day": 120, "week": 12, "business_day": 40}[unit]), unit)

        decision = qty()
        decided = dates.before(p.calendar, end, decision)
        if decided < start:
            return
        r = Renewal(decision=decision, renew=self.chance(0.8))
        if r.renew and self.chance(0.7):
            r.renew_for = Qty(1, self.r.choice(("year", "month")))
        for _ in range(5):
            w = qty()
            if start <= dates.before(p.calendar, end, w) <= decided:
                r.window = w
                break
        p.renewal = r
        if any(checks.renewed_term_errors(p)) and self.chance(0.8):
            # E0302 on the renewed term (reference "Dates"): a term renewed
            # for less than the window's or decision's lead. Kept now and
            # then; most of the time the renewed term gets a year, or (when
            # the default is to expire) the partnership no renewal clause.
            if r.renew:
                r.renew_for = Qty(1, "year")
            else:
                p.renewal = None
                return
        if self.chance(0.6):
            # the notice deadline (end - notice) may not fall before the decision
            room = (end - decided).days
            notice = self.r.randint(0, room)
            p.exit_notice = (
                Qty(notice // 7, "week") if notice % 7 == 0 and notice and self.chance(0.5) else Qty(notice, "day")
            )

    def near_date(self, p: Partnership, target: dt.date, unit: str) -> Qty:
        """`N unit before end` landing on `target` or a day either side."""
        end = dates.term_end(p.term)
        if unit == "business_day":
            n = 0
            while n < 400 and dates.before(p.calendar, end, Qty(n + 1, unit)) >= target:
                n += 1
            return Qty(max(0, n + self.r.choice((-1, 0, 0, 1))), unit)
        return Qty(max(0, (end - target).days + self.r.choice((-1, 0, 0, 1))), "day")

    def renewal_near_limits(self, p: Partnership) -> None:
        """Renewal dates on the limits the checker enforces (E0302, E0303):
        the window opening on the decision day, the decision on the term's
        first day, the notice deadline on the decision day, or a day past."""
        start, end = p.term.start, dates.term_end(p.term)
        target = start if self.chance(0.3) else self.date_between(start, end)
        decision = self.near_date(p, target, self.r.choice(("day", "business_day")))
        decided = dates.before(p.calendar, end, decision)
        p.renewal = Renewal(decision=decision)
        p.renewal.window = self.near_date(p, decided, self.r.choice(("day", "business_day")))
        if self.chance(0.7):
            p.exit_notice = Qty(max(0, (end - decided).days + self.r.choice((-1, 0, 0, 1))), "day")

    # ---- ladders -----------------------------------------------------------
    def ladder_within(self) -> Qty:
        unit = self.r.choice(("business_day", "business_day", "day", "week", "hour"))
        n = {
            "business_day": self.r.randint(1, 15),
            "day": self.r.randint(1, 30),
            "week": self.r.randint(1, 4),
            "hour": self.r.choice((4, 24, 48, 72, 100)),
        }[unit]
        return Qty(n, unit)

    def ladders(self, p: Partnership) -> None:
        roles = (f"{p.client}.ops", f"{p.provider}.delivery")
        if self.chance(0.35):
            names = ("minor", "significant", "major")[: self.r.randint(2, 3)]
            p.escalation = [Step(n, roles, self.ladder_within()) for n in names]
        if self.chance(0.35):
            names = ("negotiation", "managers", "mediation", "arbitration")[: self.r.randint(2, 4)]
            steps = []
            bound = 0  # days the steps so far can take at most
            workdays = len(p.calendar.workdays)
            for i, n in enumerate(names):
                by = ("neutral",) if n in ("mediation", "arbitration") else roles
                if i == len(names) - 1 and self.chance(0.6):
                    steps.append(Step(n, by, binding=True))
                    break
                if i and self.chance(0.3):
                    # `of notice`: late enough that the earlier steps can finish
                    # (E03xx: "an anchored step due before the earlier steps can finish")
                    days = bound + self.r.randint(0, 20)
                    steps.append(Step(n, by, Qty(days, "day"), of_notice=True))
                    bound = max(bound, days)
                    continue
                q = self.ladder_within()
                steps.append(Step(n, by, q))
                if q.unit == "business_day":
                    bound += -(-q.amount * 7 // workdays) + len(p.calendar.holidays) + 7
                else:
                    bound += {"day": 1, "week": 7, "hour": 1}[q.unit] * (
                        q.amount if q.unit != "hour" else -(-q.amount // 24)
                    )
            p.disputes = Disputes("dispute_notice", steps)

    def ladder_lines(self, p: Partnership, kind: str, start: dt.date, first: int, last: dt.date) -> list[Line]:
        """The actions on one ladder, each valid when it is written (ladders are
        independent, so one ladder is simulated alone)."""
        lad = Ladder(p, kind, start, first)
        ref = f"{kind}@{start.isoformat()}"
        if self.chance(0.5):
            ref = f"{p.name}.{ref}"
        out = []
        t = start
        for _ in range(self.r.choice((0, 1, 1, 2, 3))):
            deadline = lad.runs[-1][2]
            options = [t, t + DAY * self.r.randint(0, 15)]
            if deadline is not None:
                options += [deadline - DAY, deadline, deadline + DAY]
            d = max(t, self.r.choice(options))
            if d > last:
                break
            lad.run_out(d)
            if lad.status != "open":
                break
            if lad.current + 1 < len(lad.steps) and self.chance(0.6):
                to = None
                if self.chance(0.35):
                    to = lad.steps[self.r.randint(lad.current + 1, len(lad.steps) - 1)].name
                lad.escalate(d, to)
                out.append(Line(d, p.name, "escalate", ref, to=to))
            else:
                lad.resolve(d)
                out.append(Line(d, p.name, "resolved", ref))
                break
            t = d
        return out

    def ladder_trace(self, p: Partnership, lo: dt.date, last: dt.date) -> list[Line]:
        lines: list[Line] = []
        starts = []
        if p.disputes is not None:
            for d in sorted(
                {self.near([p.term.start, dates.term_end(p.term)], lo, last) for _ in range(self.r.randint(0, 3))}
            ):
                starts.append(("dispute", d, 0, Line(d, p.name, "event", p.disputes.event)))
        if p.escalation:
            for d in sorted({self.edgy_date(lo, last) for _ in range(self.r.randint(0, 3))}):
                first = self.r.randrange(len(p.escalation))
                starts.append(("escalation", d, first, Line(d, p.name, "raise", p.escalation[first].name)))
        for kind, d, first, line in starts:
            if d > last:
                continue
            lines.append(line)
            lines.extend(self.ladder_lines(p, kind, d, first, last))
        lines.sort(key=lambda ln: ln.date)
        # `dispute` / `escalation` alone names the one open ladder of that kind
        ladders: list[Ladder] = []
        event = p.disputes.event if p.disputes else None
        for ln in lines:
            for lad in ladders:
                lad.run_out(ln.date)
            if ln.kind in ("escalate", "resolved"):
                kind = ln.name.rsplit("@", 1)[0].rsplit(".", 1)[-1]
                if sum(1 for lad in ladders if lad.kind == kind and lad.status == "open") == 1 and self.chance(0.4):
                    ln.name = kind
            apply(ladders, p, ln, event)
        return lines

    # ---- money ------------------------------------------------------------
    def pay_block(self, p: Partnership, payee: str, metric_no: list[int]) -> PayBlock:
        digits = money.MINOR_DIGITS[p.currency]
        scale = 100 if digits == 0 else 1  # JPY and KRW amounts are larger
        b = PayBlock(payee)
        if self.chance(0.8):
            b.retainer = self.money(digits, 100 * scale, 60_000 * scale)
            roll = self.r.random()
            if roll < 0.5:
                b.retainer_cadence = Cadence("monthly")
                b.retainer_per_month = self.chance(0.2)
            elif roll < 0.7:
                b.retainer_cadence = Cadence("quarterly")
            elif roll < 0.8:
                b.retainer_cadence = Cadence("annually")
            elif roll < 0.9:
                b.retainer_cadence = Cadence("weekly")
            else:
                b.retainer_cadence = Cadence("every_weeks", n=2)
        if self.chance(0.4):
            b.invoice = Invoice(Cadence("monthly"), advance=self.chance(0.5), net_days=self.r.choice((None, 15, 30)))
        for _ in range(self.r.choice((0, 0, 1, 2))):
            b.fees.append(Fee(self.money(digits, 10 * scale, 9_000 * scale), self.r.choice(("e_1", "e_2", "e_3"))))
        for _ in range(self.r.choice((0, 1, 1, 2))):
            metric_no[0] += 1
            b.bonuses.append(self.bonus(p, b, metric_no[0], digits, scale))
        if self.chance(0.4):
            sf = SuccessFee(
                self.r.choice(
                    (Decimal("2"), Decimal("2.5"), Decimal("10"), Decimal("0.75"), Decimal("12.5"), Decimal("33"))
                ),
                self.r.choice(("uplift", "savings")),
            )
            if self.chance(0.65):
                sf.cap = self.money(digits, 50 * scale, 20_000 * scale)
                sf.per_year = self.chance(0.5)
            b.success_fees.append(sf)
        for i, m in enumerate(self.r.sample(p.milestones, min(len(p.milestones), self.r.choice((0, 1, 2))))):
            pen = Penalty(f"late_{payee.lower()}_{i + 1}", m.name, self.money(digits, 10 * scale, 2_000 * scale))
            if self.chance(0.6):
                pen.cap = self.money(digits, 100 * scale, 40_000 * scale)
                pen.per_year = self.chance(0.2)
            b.penalties.append(pen)
        # design §10.2: bands, early-delivery bonuses, indexation
        if self.chance(0.3):
            b.shares.append(self.share(digits, scale))
        for i, m in enumerate(self.r.sample(p.milestones, min(len(p.milestones), self.r.choice((0, 0, 1))))):
            eb = EarlyBonus(f"early_{payee.lower()}_{i + 1}", m.name, self.money(digits, 10 * scale, 2_000 * scale))
            if self.chance(0.5):
                eb.cap = self.money(digits, 100 * scale, 30_000 * scale)
            b.early.append(eb)
        if b.retainer is not None and self.chance(0.3):
            ix = Index(self.r.choice(("cost_change", "price_change")))
            if self.chance(0.6):
                ix.cap = Decimal(self.r.choice(("2", "3", "4.5", "10")))
            if self.chance(0.5):
                ix.floor = Decimal(self.r.choice(("0", "-1", "-2.5")))
            if ix.cap is not None and ix.floor is not None and ix.floor > ix.cap:
                ix.floor = None
            b.index = ix
        return b

    def share(self, digits: int, scale: int) -> Share:
        limits = sorted({self.money(digits, 1_000 * scale, 400_000 * scale) for _ in range(self.r.randint(0, 2))})
        rates = [Decimal(self.r.choice(("5", "10", "12.5", "20", "25", "30", "0.75"))) for _ in range(len(limits) + 1)]
        bands = [ShareBand(r, up) for r, up in zip(rates, limits + [None])]
        sh = Share(self.r.choice(("uplift", "savings")), bands)
        if self.chance(0.5):
            sh.cap = self.money(digits, 100 * scale, 60_000 * scale)
            sh.per_year = self.chance(0.6)
        return sh

    def health(self, p: Partnership) -> None:
        """Design §10.1: metrics in three tiers with targets, weights per
        stage, an optional `health` cadence, triggers and a bonus on it. At
        most two targeted metrics a tier, so every score terminates."""
        tiers = ("operational", "relational", "strategic")
        for i in range(self.r.randint(1, 5)):
            lower = self.chance(0.3)
            op = self.r.choice(("<=", "<")) if lower else self.r.choice((">=", ">"))
            threshold = Decimal(self.r.choice((50, 80, 90, 95, 99, self.r.randint(1, 99))))
            tier = self.r.choice(tiers)
            if sum(1 for m in p.metrics if m.tier == tier and m.target) >= 2:
                continue
            p.metrics.append(Metric(f"h_{i + 1}", lower_is_better=lower, target=(op, threshold), tier=tier))

        def split() -> dict:
            a = self.r.randint(0, 20) * 5
            b = self.r.randint(0, (100 - a) // 5) * 5
            return {"operational": Decimal(a), "relational": Decimal(b), "strategic": Decimal(100 - a - b)}

        p.weights.append(WeightStage(None, split()))
        if self.chance(0.5):
            unit = self.r.choice(("month", "month", "year", "quarter"))
            n = self.r.randint(1, {"month": 24, "year": 2, "quarter": 6}[unit])
            p.weights.append(WeightStage(Qty(n, unit), split()))
        p.health = self.r.choice((None, None, Cadence("monthly"), Cadence("quarterly"), Cadence("annually")))
        if self.chance(0.5):
            name = self.r.choice(("health", "health", "health.operational", "health.relational"))
            t = Trigger(
                f"th_{len(p.triggers) + 1}",
                condition=Condition(name, self.r.choice(("<", "<=", ">=")), Decimal(self.r.choice((40, 50, 60, 75)))),
            )
            t.duties.append(self.duty(p, 90 + len(p.triggers), in_trigger=True))
            p.triggers.append(t)
        if p.pay and self.chance(0.5):
            b = p.pay[0]
            digits = money.MINOR_DIGITS[p.currency]
            scale = 100 if digits == 0 else 1
            thresholds = sorted({Decimal(self.r.choice((50, 60, 75, 80, 90, 100))) for _ in range(self.r.randint(1, 2))})
            pct = b.retainer is not None and self.chance(0.5)
            pays, tiers_ = Decimal(0), []
            for i, t in enumerate(thresholds):
                pays += self.amount(0, 1, 5) if pct else self.money(digits, 100 * scale, 3_000 * scale)
                tiers_.append(Tier(f"hb{i + 1}", ">=", t, percent_of_retainer=pays if pct else None, fixed=None if pct else pays))
            b.bonuses.append(Bonus("b_health", p.health or Cadence("quarterly"), "health", tiers_))
        if p.renewal is not None and self.chance(0.5):
            # Design §10.3: renewal criteria over health (or a tier score).
            name = self.r.choice(("health", "health", "health.operational"))
            p.renewal.criteria = Condition(name, self.r.choice((">=", ">", "<")), Decimal(self.r.choice((0, 40, 50, 70, 100))))

    def bonus(self, p: Partnership, b: PayBlock, no: int, digits: int, scale: int) -> Bonus:
        lower = self.chance(0.4)
        metric = Metric(f"q_{no}", lower_is_better=lower)
        p.metrics.append(metric)
        raw = {
            Decimal(self.r.choice((self.r.randint(0, 100), self.r.randint(80, 100), 95, 99)))
            for _ in range(self.r.randint(1, 3))
        }
        thresholds = sorted(min(t + (Decimal("0.5") if self.chance(0.2) else 0), Decimal(100)) for t in raw)
        thresholds = sorted(set(thresholds))
        if lower:
            thresholds.reverse()  # strictest last: the lowest for lower-is-better
        pct = b.retainer is not None and self.chance(0.6)
        tiers = []
        pays = Decimal(0)
        never = Decimal(0) if lower else Decimal(100)
        if thresholds[-1] != never and self.chance(0.15):
            thresholds.append(thresholds[-1])  # the same threshold again, strictly: stricter
        for i, t in enumerate(thresholds):
            # a strict comparison at 100% (or 0% for lower-is-better) could never hold
            strict = (self.chance(0.25) and t != never) or (i > 0 and t == thresholds[i - 1])
            op = ("<" if strict else "<=") if lower else (">" if strict else ">=")
            # a stricter tier must not pay less (E03xx): pays only grow
            pays += self.amount(0, 1, 10) if pct else self.money(digits, 100 * scale, 3_000 * scale)
            tiers.append(
                Tier(f"t{i + 1}", op, t, percent_of_retainer=pays if pct else None, fixed=None if pct else pays)
            )
        cadence = self.r.choice(
            (
                Cadence("monthly"),
                Cadence("quarterly"),
                Cadence("quarterly"),
                Cadence("annually"),
                Cadence("weekly"),
                Cadence("every_weeks", n=2),
            )
        )
        return Bonus(f"b_{no}", cadence, metric.name, tiers)

    # ---- the whole partnership and trace ---------------------------------
    def partnership(self, name: str, client: str, provider: str) -> Partnership:
        term = self.term()
        end = dates.term_end(term)
        p = Partnership(name, client, provider, term, self.r.choice(CURRENCIES))
        p.calendar = self.calendar(term.start, end)
        self.recurring(p, self.r.randint(1, 6))
        self.milestones(p)
        self.renewal(p)
        verb_no = 0
        for _ in range(self.r.choice((0, 1, 2, 4))):
            verb_no += 1
            p.duties.append(self.duty(p, verb_no, in_trigger=False))
        for i in range(self.r.choice((0, 1, 1, 2))):
            if self.chance(0.4):
                op = self.r.choice((">", ">=", "<", "<="))
                t = Trigger(
                    f"tr_{i + 1}",
                    condition=Condition(
                        self.r.choice(("cost_change", "price_change")), op, Decimal(self.r.randint(-10, 30))
                    ),
                )
            else:
                t = Trigger(f"tr_{i + 1}", event=f"e_{i + 1}")
            for _ in range(self.r.randint(1, 3)):
                verb_no += 1
                t.duties.append(self.duty(p, verb_no, in_trigger=True))
            p.triggers.append(t)
        self.ladders(p)
        metric_no = [0]
        if self.chance(0.8):
            p.pay.append(self.pay_block(p, provider, metric_no))
        if self.chance(0.25):
            p.pay.append(self.pay_block(p, client, metric_no))
        if self.chance(0.25):
            p.invoice = Invoice(Cadence("monthly"), advance=self.chance(0.5))
        if self.chance(0.35):
            self.health(p)
        if self.chance(0.3):
            p.termination_notice = self.r.choice((0, 1, 14, 30, 45, 90))
        return p

    def extreme(self) -> Decimal:
        """A money reading at the limits of a 96-bit decimal (§5.1 turn-2
        ruling: amounts are exact or the run fails with an error)."""
        roll = self.r.random()
        tail = Decimal(self.r.randint(1, 9)).scaleb(-28)
        if roll < 0.4:  # 28 decimals: the fee's exact value needs more
            return Decimal(self.r.randint(1, 99)).scaleb(-2) + tail
        if roll < 0.7:  # more significant digits than the decimal holds
            return Decimal(self.r.randint(1, 999)) + Decimal(self.r.randint(1, 99)).scaleb(-2) + tail
        # near 2^96: the fee, a sum or a total may not fit
        return Decimal(self.r.randint(10**26, 79 * 10**26)) + (Decimal("0.5") if self.chance(0.5) else 0)

    def near(self, points: list[dt.date], lo: dt.date, hi: dt.date) -> dt.date:
        """Often one of `points` or a day either side, else an edgy date."""
        if points and self.chance(0.5):
            return self.r.choice(points) + DAY * self.r.choice((-1, 0, 0, 1))
        return self.edgy_date(lo, hi)

    def life_trace(self, p: Partnership, last: dt.date) -> list[Line]:
        """A renewal decision in the first term (by its decision date) and a
        notice of termination for convenience inside the first term, each
        sometimes (design §10.3, §10.5)."""
        start, end = p.term.start, dates.term_end(p.term)
        out: list[Line] = []
        notice = None
        if p.termination_notice is not None and self.chance(0.5) and start <= min(end, last):
            notice = self.near([end - DAY * p.termination_notice], start, min(end, last))
            notice = max(start, min(notice, end, last))
        r = p.renewal
        if r is not None and r.decision is not None and self.chance(0.5):
            decided = dates.before(p.calendar, end, r.decision)
            hi = min(decided, last) if notice is None else min(decided, last, notice - DAY)
            if start <= hi:
                d = self.near([decided], start, hi)
                d = max(start, min(d, hi))
                out.append(Line(d, p.name, "renewal", self.r.choice(("renew", "expire"))))
        if notice is not None:
            out.append(Line(notice, p.name, "terminate", "convenience", by=self.r.choice((p.client, p.provider))))
        return out

    def trace(self, case: Case) -> None:
        lines: list[Line] = []
        last = case.until
        assert last is not None
        for p in case.partnerships:
            start, end = p.term.start, dates.term_end(p.term)
            lo = max(start - 15 * DAY, D(2023, 12, 1))
            events = {t.event for t in p.triggers if t.event} | {f.event for b in p.pay for f in b.fees}
            for e in sorted(events):
                for _ in range(self.r.randint(0, 5)):
                    d = self.near([start, end], lo, last)
                    lines.append(Line(d, p.name, "event", e))
                    if self.chance(0.15):
                        lines.append(Line(d, p.name, "event", e))
            for b in (b for blk in p.pay for b in blk.bonuses if b.metric != "health"):
                tiers = [t.threshold for t in b.tiers]
                for s, e in dates.periods(b.cadence, start, end)[:60]:
                    for _ in range(self.r.choice((0, 1, 1, 2, 3))):
                        v = self.r.choice(tiers) + self.r.choice(
                            (
                                Decimal(0),
                                Decimal(0),
                                Decimal("0.01"),
                                Decimal("-0.01"),
                                Decimal(self.r.randint(-20, 20)),
                            )
                        )
                        v = max(Decimal(0), min(Decimal(100), v))
                        d = self.near([s, e], s, min(e, last))
                        lines.append(Line(d, p.name, "metric", b.metric, f"{v}%"))
            digits = money.MINOR_DIGITS[p.currency]
            scale = 100 if digits == 0 else 1
            # contract-year boundaries, where `per year` caps reset
            years = [dates.anniversary(start, 12 * k) for k in range(1, 4)]
            money_signals = {sf.signal for b in p.pay for sf in b.success_fees}
            money_signals |= {sh.signal for b in p.pay for sh in b.shares}
            for signal in sorted(money_signals):
                for _ in range(self.r.randint(0, 8)):
                    value = self.amount(digits + 2, 0, self.r.choice((1_000, 50_000, 400_000)) * scale)
                    if self.chance(0.08):
                        value = -value
                    if self.chance(0.02):
                        value = self.extreme()
                    d = self.near(years + [start, end], lo, last)
                    lines.append(Line(d, p.name, "signal", signal, f"{value} {p.currency}"))
            for signal in sorted({b.index.signal for b in p.pay if b.index is not None}):
                for _ in range(self.r.randint(0, 5)):
                    v = Decimal(self.r.choice(("-3", "-1", "0", "1.5", "2.505", "3", "4.5", "12")))
                    d = self.near(years + [start], lo, last)
                    lines.append(Line(d, p.name, "signal", signal, f"{v}%"))
            if p.weights:
                for s, e in dates.periods(p.health or Cadence("quarterly"), start, end)[:40]:
                    for m in p.metrics:
                        if m.target is None or not self.chance(0.7):
                            continue
                        v = m.target[1] + Decimal(self.r.choice((0, 0, 1, -1, self.r.randint(-30, 10))))
                        v = max(Decimal(0), min(Decimal(100), v))
                        d = self.near([s, e], s, min(e, last))
                        lines.append(Line(d, p.name, "metric", m.name, f"{v}%"))
            # sorted: a set of strings iterates in a different order in every process
            conditions = {t.condition for t in p.triggers if t.condition and not t.condition.signal.startswith("health")}
            for cond in sorted(conditions, key=lambda c: (c.signal, c.op, c.threshold)):
                for _ in range(self.r.randint(0, 8)):
                    v = cond.threshold + self.r.choice(
                        (Decimal(0), Decimal(1), Decimal(-1), Decimal("0.5"), Decimal(self.r.randint(-15, 15)))
                    )
                    d = self.near([start, end], lo, last)
                    lines.append(Line(d, p.name, "signal", cond.signal, f"{v}%"))
            lines.extend(self.ladder_trace(p, lo, last))
            # invoices (§10.2): some paid on time, some late, some never. A
            # renewal or a termination moves the term, and with it which
            # invoices exist: those partnerships' invoices stay unpaid here
            # (a `paid` line naming no invoice is an error of the trace).
            lifelike = p.renewal is not None or getattr(p, "termination_notice", None) is not None
            for b in [] if lifelike else p.pay:
                inv = b.invoice if b.invoice is not None else p.invoice
                if inv is None or b.retainer_cadence is None or b.retainer is None:
                    continue
                for s, e in dates.periods(b.retainer_cadence, start, end)[:40]:
                    date = s if inv.advance else e
                    if date > last or not self.chance(0.6):
                        continue
                    paid = date + DAY * self.r.randint(0, (inv.net_days or 0) + 10)
                    lines.append(Line(paid, p.name, "paid", f"{p.name}.invoice.{b.payee}@{date.isoformat()}"))
            # reports and surveys are duties in a run (reference "Schedules"):
            # some occurrences fulfilled on time, some late, the rest not
            for r in [] if lifelike else p.recurring:
                if r.kind not in ("report", "survey"):
                    continue
                for d in sorted(set(dates.occurrences(r.cadence, start, end, p.calendar)))[:40]:
                    if d > last or not self.chance(0.5):
                        continue
                    done = min(last, d + DAY * self.r.randint(0, 120))
                    lines.append(Line(done, p.name, "fulfilled", f"{p.name}.{r.kind}.{r.name}@{d.isoformat()}"))
            lines.extend(self.life_trace(p, last))
            for m in p.milestones:
                if self.chance(0.6) and start <= last:
                    due = m.by_date or start + DAY * (m.by_day or 0)
                    d = max(start, self.near([due], start, last))
                    lines.append(Line(d, p.name, "fulfilled", f"{p.name}.milestone.{m.name}"))
        lines = [ln for ln in lines if ln.date <= last]
        if self.chance(0.3) and lines:
            # lines after --until are checked but not applied (reference "When
            # things happen"); the oracle must ignore them too
            for ln in self.r.sample(lines, min(3, len(lines))):
                if ln.kind in ("event", "signal", "metric"):
                    lines.append(Line(last + DAY * self.r.randint(1, 40), ln.partnership, ln.kind, ln.name, ln.value))
        lines.sort(key=lambda ln: ln.date)  # stable: same-date lines keep their order
        case.trace = lines


def far_future(g: Gen, parties: list[Party], seed: int) -> Case:
    """A term at the end of the calendar: it ends on or before 9999-12-31, or
    after it, which the checker must refuse (§5.1 turn-2 ruling). Kept to
    what needs no date after the end: one meeting, no trace."""
    start = g.date_between(D(9998, 1, 1), D(9999, 12, 31))
    unit = g.r.choice(("year", "month", "day", "week"))
    n = g.r.randint(1, {"year": 2, "month": 30, "day": 800, "week": 100}[unit])
    p = Partnership("AcmeGlobex", "Acme", "Globex", Term(start, Qty(n, unit)), g.r.choice(CURRENCIES))
    p.recurring.append(
        Recurring("meeting", "mee_1", Cadence(g.r.choice(("monthly", "quarterly", "annually"))), roles=("Acme.ops",))
    )
    return Case(seed, parties, [], [], [p], until=start)


def case(seed: int) -> Case:
    g = Gen(seed)
    parties = [Party("Acme", ("ops", "rm")), Party("Globex", ("delivery", "rm")), Party("Initech", ("delivery", "rm"))]
    if g.chance(0.015):
        return far_future(g, parties, seed)
    ps = [g.partnership("AcmeGlobex", "Acme", "Globex")]
    if g.chance(0.2):
        ps.append(g.partnership("AcmeInitech", "Acme", "Initech"))
    c = Case(
        seed,
        parties,
        ["e_1", "e_2", "e_3", "dispute_notice"],
        ["uplift", "savings"],
        ps,
        ["cost_change", "price_change"],
    )
    c.omit_partnership = len(ps) == 1 and g.chance(0.3)
    first = min(p.term.start for p in ps)
    last = max(dates.term_end(p.term) for p in ps)
    roll = g.r.random()
    if roll < 0.5:
        c.until = last
    elif roll < 0.75:
        c.until = g.date_between(first, last)
    else:
        c.until = last + DAY * g.r.randint(1, 60)
    g.trace(c)
    if c.trace and c.trace[-1].date <= c.until and g.chance(0.15):
        c.until = None  # no --until: the as-of day is the last line's date
    return c


def write(c: Case, out: Path) -> None:
    import render

    out.mkdir(parents=True, exist_ok=True)
    (out / "portfolio.pact").write_text(render.portfolio(c))
    (out / "events.jsonl").write_text(render.trace(c))
    (out / "until").write_text(f"{c.until.isoformat()}\n" if c.until else "")


if __name__ == "__main__":
    seed = int(sys.argv[1])
    c = case(seed)
    if len(sys.argv) > 2:
        write(c, Path(sys.argv[2]))
    else:
        import render

        sys.stdout.write(render.portfolio(c))
        sys.stdout.write(render.trace(c))
