#!/usr/bin/env python3
"""Differential test of `pact diff` against an independent reading of two
versions' outputs.

For each seed, generate.py makes a portfolio (OLD); a copy is changed at
random (NEW): a retainer raised or lowered, a meeting's cadence or day
changed, a recurring clause removed or added, a term moved by a few days.
Both are built with the real binary (`--emit schedule`, `--emit
obligations`), and this program works out from those two outputs alone,
by the rules of design §10.6 and docs/reference.md ("pact diff"):

- per partnership and clause (kind, name), the dated events added, removed
  and moved: dates both sides have are unchanged; of the rest, equally many
  on both sides moved pairwise in order; otherwise the two sorted lists are
  walked together and an old and a new date at most 6 days apart are one
  event moved, the others removed or added (the first 10,000 of each list
  in date order, then kind and name, and the count of the rest);
- the retainers per contract year and currency: each retainer period of
  the term (boundaries at start + k months by the anniversary rule, the last
  ending with the term) pays the retainer's amount, counted in the contract
  year its period starts in;

and compares that with `pact diff OLD NEW --format json`. Nothing here reads
pact's Rust code; the dates of periods and contract years come from the
oracle (oracle/dates.py), itself written from the design.

Usage: diff_oracle.py [--pact PATH] [--cases N] [--seed S] [--keep DIR] [-v]
Exit status: 0 when every pair agrees (or differs only by a known bug of
known.py), 1 otherwise, 2 when pact cannot run.
"""

from __future__ import annotations

import argparse
import copy
import dataclasses
import datetime as dt
import json
import random
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import generate  # noqa: E402
import render  # noqa: E402
from oracle import dates  # noqa: E402
from oracle import money  # noqa: E402
from oracle.model import Cadence, OnWeekday, Recurring  # noqa: E402

ROOT = HERE.parent.parent
MOVED_WITHIN_DAYS = 6
# Dated events listed per partnership in each list of `events`; the rest
# are counted in `omitted` (docs/reference.md, "pact diff").
MAX_LISTED = 10000
# The `diff` member of `pact schema`, when jsonschema is installed (set in main).
SCHEMA = None


# ---------------------------------------------------------------- pairs


def mutate(case, r: random.Random) -> list[str]:
    """Changes `case` in place; returns what was changed, in words."""
    done = []
    for _ in range(r.randint(1, 3)):
        p = r.choice(case.partnerships)
        what = r.choice(("retainer", "cadence", "remove", "add", "term"))
        if what == "retainer":
            blocks = [b for b in p.pay if b.retainer is not None]
            if blocks:
                b = r.choice(blocks)
                b.retainer = b.retainer + Decimal(r.choice((100, 1000, 2500)))
                done.append(f"{p.name}: retainer of {b.payee} now {b.retainer}")
        elif what == "cadence" and p.recurring:
            rec = r.choice(p.recurring)
            if rec.kind in ("survey", "report"):
                rec.cadence = Cadence(r.choice(("monthly", "quarterly")))
            else:
                rec.cadence = Cadence("weekly", on=OnWeekday(r.randint(0, 4)))
            done.append(f"{p.name}: {rec.kind} {rec.name} now {rec.cadence}")
        elif what == "remove" and p.recurring:
            rec = p.recurring.pop(r.randrange(len(p.recurring)))
            done.append(f"{p.name}: {rec.kind} {rec.name} removed")
        elif what == "add":
            name = f"added_{len(p.recurring) + 1}"
            if all(x.name != name for x in p.recurring):
                p.recurring.append(
                    Recurring(
                        "meeting",
                        name,
                        Cadence(r.choice(("monthly", "quarterly"))),
                        roles=(f"{p.client}.ops", f"{p.provider}.delivery"),
                    )
                )
                done.append(f"{p.name}: meeting {name} added")
        elif what == "term":
            days = r.choice((-3, 1, 2, 5))
            to = p.term.to + dt.timedelta(days=days) if p.term.to else None
            p.term = dataclasses.replace(p.term, start=p.term.start + dt.timedelta(days=days), to=to)
            done.append(f"{p.name}: term moved by {days} days")
    return done


# ---------------------------------------------------------------- expected


def events_of(schedule: list) -> dict:
    """{partnership: {(kind, name): [dates]}} from a schedule."""
    out: dict = defaultdict(lambda: defaultdict(list))
    for e in schedule:
        out[e["partnership"]][(e["kind"], e["name"])].append(dt.date.fromisoformat(e["date"]))
    return out


def minus(a: list, b: list) -> list:
    """The multiset a - b, sorted."""
    rest = list(b)
    out = []
    for d in sorted(a):
        if d in rest:
            rest.remove(d)
        else:
            out.append(d)
    return out


def event_diff(old: dict, new: dict) -> tuple[set, set, set]:
    added, removed, moved = set(), set(), set()
    for key in set(old) | set(new):
        a, b = sorted(old.get(key, [])), sorted(new.get(key, []))
        x, y = minus(a, b), minus(b, a)
        kind, name = key
        if len(x) == len(y):
            moved |= {(kind, name, o, n) for o, n in zip(x, y)}
            continue
        i = j = 0
        while i < len(x) or j < len(y):
            if i < len(x) and j < len(y) and abs((y[j] - x[i]).days) <= MOVED_WITHIN_DAYS:
                moved.add((kind, name, x[i], y[j]))
                i, j = i + 1, j + 1
            elif j >= len(y) or (i < len(x) and x[i] < y[j]):
                removed.add((kind, name, x[i]))
                i += 1
            else:
                added.add((kind, name, y[j]))
                j += 1
    return added, removed, moved


def cadence_of(period: str) -> Cadence:
    words = period.split()
    if words[0] == "every":
        n, unit = int(words[1]), words[2]
        return Cadence({"week": "every_weeks", "weeks": "every_weeks", "day": "every_days", "days": "every_days"}[unit], n=n)
    return Cadence(period)


def retainers(document: dict, periods=dates.periods) -> dict:
    """{partnership: {(currency, year): Decimal}} from an obligations document.
    `periods` is the design's rule."""
    out: dict = {}
    for p in document["partnerships"]:
        sums: dict = defaultdict(Decimal)
        term = p.get("term") or {}
        if not term:
            continue
        start, end = dt.date.fromisoformat(term["start"]), dt.date.fromisoformat(term["end"])
        for pay in p.get("payments", []):
            if pay.get("kind") != "retainer":
                continue
            amount, currency = Decimal(pay["amount"]["amount"]), pay["amount"]["currency"]
            for s, _e in periods(cadence_of(pay["period"]), start, end):
                sums[(currency, dates.contract_year(start, s))] += amount
        out[p["name"]] = sums
    return out


def money_diff(old: dict, new: dict) -> set:
    out = set()
    for key in set(old) | set(new):
        currency, year = key
        a = money.fmt(old.get(key, Decimal(0)), currency)
        b = money.fmt(new.get(key, Decimal(0)), currency)
        if a != b:
            out.add((currency, year, str(a), str(b)))
    return out


# ---------------------------------------------------------------- running


def pact(binary: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(binary), *args], capture_output=True, text=True, timeout=120)


def one(binary: Path, seed: int, work: Path) -> tuple[str, list[str]]:
    """("agree" | "skip" | "disagree", details) for one seed."""
    old_case = generate.case(seed)
    new_case = copy.deepcopy(old_case)
    changes = mutate(new_case, random.Random(seed * 7919 + 1))
    paths = {}
    for side, case in (("old", old_case), ("new", new_case)):
        path = work / f"{side}.pact"
        path.write_text(render.portfolio(case))
        paths[side] = path
    outputs = {}
    for side, path in paths.items():
        schedule = pact(binary, "build", str(path), "--emit", "schedule")
        obligations = pact(binary, "build", str(path), "--emit", "obligations")
        if schedule.returncode != 0 or obligations.returncode != 0:
            return "skip", [f"{side} does not build (the change made it invalid, or the case is one pact refuses)"]
        outputs[side] = (json.loads(schedule.stdout), json.loads(obligations.stdout))
    run = pact(binary, "diff", str(paths["old"]), str(paths["new"]), "--format", "json")
    if run.returncode not in (0, 1):
        return "disagree", [f"pact diff exited {run.returncode}: {run.stderr.strip()}"]
    got = json.loads(run.stdout)
    if SCHEMA is not None:
        errors = sorted(SCHEMA.iter_errors(got), key=lambda e: list(e.absolute_path))
        if errors:
            where = "/".join(str(p) for p in errors[0].absolute_path) or "(root)"
            return "disagree", [f"the diff does not validate against `pact schema` (diff) at {where}: {errors[0].message[:200]}"]
    try:
        old_events, new_events = events_of(outputs["old"][0]), events_of(outputs["new"][0])
    except ValueError:
        return "skip", ["dates after 9999 (Python's dates end there)"]
    problems = compare(got, run.returncode, old_events, new_events, outputs, dates.periods)
    if problems:
        return "disagree", [f"changes: {'; '.join(changes) or 'none'}"] + problems
    return "agree", []


def compare(got, code, old_events, new_events, outputs, periods) -> list[str]:
    old_money, new_money = retainers(outputs["old"][1], periods), retainers(outputs["new"][1], periods)
    by_name = {p["name"]: p for p in got["partnerships"]}
    problems = []
    for name in sorted(set(old_events) | set(new_events) | set(old_money) | set(new_money)):
        want_events = event_diff(old_events.get(name, {}), new_events.get(name, {}))
        want_money = money_diff(old_money.get(name, {}), new_money.get(name, {}))
        p = by_name.get(name, {"events": {"added": [], "removed": [], "moved": []}, "money": []})
        d = dt.date.fromisoformat
        have_events = (
            {(e["kind"], e["name"], d(e["date"])) for e in p["events"]["added"]},
            {(e["kind"], e["name"], d(e["date"])) for e in p["events"]["removed"]},
            {(e["kind"], e["name"], d(e["old"]), d(e["new"])) for e in p["events"]["moved"]},
        )
        have_money = {(m["currency"], m["contract_year"], m["old"], m["new"]) for m in p["money"]}
        omitted = p["events"].get("omitted") or {}
        for word, want, have in zip(("added", "removed", "moved"), want_events, have_events):
            # pact lists the first MAX_LISTED of each list per partnership
            # in date order (then kind and name) and counts the rest.
            ordered = sorted(want, key=lambda e: (e[2:], e[0], e[1]))
            if omitted.get(word, 0) != max(0, len(ordered) - MAX_LISTED):
                problems.append(f"{name}: events {word}: {len(ordered)} in all, pact omits {omitted.get(word, 0)} of them")
            want = set(ordered[:MAX_LISTED])
            if want != have:
                problems.append(f"{name}: events {word}: expected only {sorted(want - have)[:3]}, pact only {sorted(have - want)[:3]}")
        if want_money != have_money:
            problems.append(f"{name}: retainers per year: expected {sorted(want_money)}, pact {sorted(have_money)}")
    wants_difference = any(
        any(event_diff(old_events.get(n, {}), new_events.get(n, {}))) or money_diff(old_money.get(n, {}), new_money.get(n, {}))
        for n in set(old_events) | set(new_events) | set(old_money) | set(new_money)
    )
    if wants_difference and code != 1:
        problems.append("events or money differ, but pact diff exited 0")
    return problems


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pact", default=str(ROOT / "target" / "release" / "pact"))
    ap.add_argument("--cases", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--keep", help="copy the pairs that disagree here")
    ap.add_argument("-v", action="store_true")
    args = ap.parse_args()
    binary = Path(args.pact)
    if not binary.exists():
        print(f"error: no pact binary at {binary} (cargo build --release)", file=sys.stderr)
        return 2
    global SCHEMA
    try:
        import jsonschema

        schema = json.loads(pact(binary, "schema").stdout)["diff"]
        SCHEMA = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    except ImportError:
        print("note: jsonschema is not installed: the diffs are not validated against `pact schema`")
    counts = {"agree": 0, "known": 0, "skip": 0, "disagree": 0}
    for seed in range(args.seed, args.seed + args.cases):
        with tempfile.TemporaryDirectory() as tmp:
            verdict, details = one(binary, seed, Path(tmp))
            counts[verdict] += 1
            if verdict == "disagree" or (args.v and details):
                print(f"seed {seed}: {verdict}")
                for line in details:
                    print(f"  {line}")
                if verdict == "disagree" and args.keep:
                    dest = Path(args.keep) / f"diff-{seed}"
                    shutil.copytree(tmp, dest, dirs_exist_ok=True)
    print(
        f"pact diff: {counts['agree']} pairs agree, {counts['known']} differ by a known bug, "
        f"{counts['disagree']} disagree, {counts['skip']} skipped (a side does not build)"
    )
    return 1 if counts["disagree"] else 0


if __name__ == "__main__":
    sys.exit(main())
