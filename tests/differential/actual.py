"""Reads the binary's outputs into the oracle's facts (see oracle/__init__.py).

Only field names and shapes come from the outputs' documentation
(docs/reference.md, `pact schema`); no date or amount is computed here. Each
`*_facts` function mirrors the oracle module of the same name.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from decimal import Decimal

from oracle.model import Case
from oracle.money import Money
from oracle.schedule import NAMED

VERB = re.compile(r"-must-([a-z]+_\d+)")


def day(s):
    return dt.date.fromisoformat(s) if s is not None else None


# Dated duties, governance changes and exit duties in the schedule (issue
# 12) are the due dates the obligations output and `pact run` give the same
# duties, which the oracle checks there; the schedule's copy is checked by
# tests/outputs (hand-computed), not here.
SCHEDULE_KINDS_CHECKED_ELSEWHERE = {"duty", "governance_change", "exit_duty"}


def schedule_facts(events: list[dict]) -> dict:
    groups: dict = defaultdict(list)
    for e in events:
        if e["kind"] in SCHEDULE_KINDS_CHECKED_ELSEWHERE:
            continue
        name = e["name"] if e["kind"] in NAMED else None
        groups[("schedule", e["partnership"], e["kind"], name)].append(day(e["date"]))
    return {k: tuple(sorted(v)) for k, v in groups.items()}


def obligations_facts(doc: dict) -> dict:
    out: dict = {}
    for p in doc["partnerships"]:
        name = p["name"]
        out[("term", name, "start")] = day(p["term"]["start"])
        out[("term", name, "end")] = day(p["term"]["end"])
        for m in p["milestones"]:
            out[("milestone_due", name, m["name"])] = day(m["due"])
        r = p.get("renewal")
        if r:
            for field in ("window_opens", "decision_due", "notice_deadline"):
                if r.get(field) is not None:
                    out[("renewal", name, field)] = day(r[field])
        for o in p["obligations"]:
            dl = o["deadline"]
            if dl is None or o["kind"] != "must":
                continue
            if dl["type"] == "relative":
                value: object = ("relative", dl["anchor"], dl["duration"]["amount"], dl["duration"]["unit"])
            else:
                value = day(dl.get("date"))
            out[("deadline", name, o["action"])] = value
    return out


def _instance(oid: str) -> int:
    return int(oid.rsplit("#", 1)[1]) if "#" in oid.rsplit("@", 1)[-1] else 1


def _decimal(s):
    return Decimal(s).normalize() if s is not None else None


def _money(s):
    return Money(s) if s is not None else None


def run_facts(case: Case, doc: dict) -> dict:
    out: dict = {("run", "outcome"): {"outcome": "ok"}}
    left_out = [n for n in doc.get("notes", []) if "left out" in n]
    if left_out:
        out[("run", "outcome")]["left_out"] = "; ".join(left_out)
    for p in doc["partnerships"]:
        name = p["name"]
        model = next(x for x in case.partnerships if x.name == name)
        keys: dict = {}
        for o in p["obligations"]:
            oid = o["id"]
            if o["origin"] == "milestone":
                verb = "milestone:" + oid.split(".milestone.", 1)[1]
            else:
                found = VERB.search(oid)
                verb = found.group(1) if found else oid
            key = ("obligation", name, verb, day(o["arises"]), _instance(oid))
            out[key] = {"due": day(o["due"]), "status": o["status"]}
            keys[oid] = key
        for b in p["breaches"]:
            key = keys.get(b["obligation"], ("obligation", name, b["obligation"]))
            out[("breach",) + key[1:]] = {
                "due": day(b["due"]),
                "breached_on": day(b["breached_on"]),
                "cured_on": day(b["cured_on"]),
                "days_late": b["days_late"],
                "parties": tuple(b["parties"]),
            }
        periods: dict = defaultdict(list)
        for bp in p["bonus_periods"]:
            periods[bp["bonus"]].append(bp)
        bonus_index: dict = {}
        for bonus, bps in periods.items():
            for k, bp in enumerate(sorted(bps, key=lambda x: x["period"]["start"])):
                value = Decimal(bp["value"].rstrip("%")) if bp["value"] is not None else None
                out[("bonus_period", name, bonus, k + 1)] = {
                    "period": (day(bp["period"]["start"]), day(bp["period"]["end"])),
                    "value": value,
                    "tier": bp["tier"],
                }
                bonus_index[(bonus, bp["period"]["start"])] = k + 1
        retainers: dict = defaultdict(list)
        penalty_block = {pen.name: b.payee for b in model.pay for pen in b.penalties}
        for pay in p["payments"]:
            kind = pay["kind"]
            common = {"date": day(pay["date"]), "amount": Money(pay["amount"]), "payer": pay["payer"]}
            if kind == "retainer":
                retainers[pay["payee"]].append(pay)
            elif kind == "fee":
                fact = out.setdefault(
                    ("payment", name, "fee", pay["payee"], pay["line"]),
                    {"date": common["date"], "amounts": (), "payer": pay["payer"]},
                )
                fact["amounts"] = tuple(sorted(fact["amounts"] + (common["amount"],)))
            elif kind == "success_fee":
                out[("payment", name, "success_fee", pay["payee"], pay["line"])] = {
                    **common,
                    "contract_year": pay.get("contract_year"),
                    "uncapped": _money(pay.get("uncapped")),
                    "exact": _decimal(pay.get("exact")),
                }
            elif kind == "bonus":
                bonus = pay["id"].split(".bonus.", 1)[1].split("@", 1)[0]
                k = bonus_index.get((bonus, pay["period"]["start"]), pay["period"]["start"])
                out[("payment", name, "bonus", pay["payee"], bonus, k)] = {
                    **common,
                    "tier": pay.get("tier"),
                    "exact": _decimal(pay.get("exact")),
                }
            elif kind == "share":
                out[("payment", name, "share", pay["payee"], pay["line"])] = {
                    **common,
                    "contract_year": pay.get("contract_year"),
                    "uncapped": _money(pay.get("uncapped")),
                }
            elif kind == "early_bonus":
                eb = pay["id"].split(".bonus.", 1)[1].split("@", 1)[0]
                out[("payment", name, "early_bonus", pay["payee"], eb)] = {
                    **common,
                    "days_early": pay.get("days_early"),
                    "uncapped": _money(pay.get("uncapped")),
                }
            elif kind == "penalty":
                pen = pay["id"].split(".penalty.", 1)[1].split("@", 1)[0]
                out[("payment", name, "penalty", penalty_block.get(pen, "?"), pen)] = {
                    **common,
                    "days_late": pay.get("days_late"),
                    "payer": pay["payer"],
                    "payee": pay["payee"],
                    "uncapped": _money(pay.get("uncapped")),
                }
            else:
                out[("payment", name, kind, pay["id"])] = common
        for payee, pays in retainers.items():
            for k, pay in enumerate(sorted(pays, key=lambda x: x["period"]["start"])):
                out[("payment", name, "retainer", payee, k + 1)] = {
                    "date": day(pay["date"]),
                    "period": (day(pay["period"]["start"]), day(pay["period"]["end"])),
                    "amount": Money(pay["amount"]),
                    "payee": pay["payee"],
                    "payer": pay["payer"],
                }
        for lad in p["ladders"]:
            out[("ladder", name, lad["kind"], day(lad["started"]))] = {
                "status": lad["status"],
                "ended": day(lad.get("ended")),
                "steps": tuple(
                    (s["name"], day(s["started"]), day(s["deadline"]), day(s["ended"]), s["outcome"])
                    for s in lad["steps"]
                ),
            }
        for k, h in enumerate(p.get("health", [])):
            out[("health", name, k + 1)] = {
                "period": (day(h["period"]["start"]), day(h["period"]["end"])),
                "health": h["health"],
                "operational": h["operational"],
                "relational": h["relational"],
                "strategic": h["strategic"],
                "missed": tuple(sorted(h["missed"])),
            }
        for k, t in enumerate(p.get("life", {}).get("terms", [])):
            out[("life_term", name, k + 1)] = {"start": day(t["start"]), "end": day(t["end"]), "outcome": t["outcome"]}
        for t in p["totals"]:
            out[("totals", name, t["party"])] = {"received": Money(t["received"]), "penalties": Money(t["penalties"])}
    return out
