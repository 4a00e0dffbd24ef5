#!/usr/bin/env python3
"""Differential test: the real `pact` binary against the Python oracle.

For each of N seeds (SEED, SEED+1, ...) it generates a portfolio and a trace
(generate.py), runs

    pact build portfolio.pact --emit schedule
    pact build portfolio.pact --emit obligations
    pact run   portfolio.pact --events events.jsonl --until UNTIL --format json

reads the outputs into facts (actual.py) and compares them, key by key, with
the oracle's facts (oracle/). A disagreement that a known bug explains
(known.py: each names the design rule pact breaks and a minimal case under
known/) is reported but does not fail; any other disagreement, and any
generated contract pact rejects, fails. The known cases under known/ are run
too, against values computed by hand, to tell when a bug has been fixed.

Usage: compare.py [--pact PATH] [--cases N] [--seed S] [--jobs J] [--keep DIR] [--coverage] [-v]
Exit status: 0 when everything agrees or is known, 1 otherwise, 2 when pact
cannot be run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
import unittest
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import actual  # noqa: E402
import coverage  # noqa: E402
import generate  # noqa: E402
import known  # noqa: E402
import oracle  # noqa: E402
from oracle.model import Case  # noqa: E402
from oracle.money import Money  # noqa: E402

ROOT = HERE.parent.parent


@dataclass
class Mismatch:
    key: tuple
    expected: Any  # the oracle's value; None when the oracle has no such fact
    actual: Any  # pact's value; None when pact has none

    def __str__(self) -> str:
        return f"{fmt_key(self.key)}\n      oracle: {show(self.expected)}\n      pact:   {show(self.actual)}"


@dataclass
class Outcome:
    seed: int
    dates: int = 0
    amounts: int = 0
    others: int = 0
    mismatches: list[Mismatch] = field(default_factory=list)
    known: dict[str, int] = field(default_factory=dict)  # known bug id -> mismatches it explains
    rejected: Optional[str] = None  # pact's diagnostics when it refused the case
    directory: Optional[Path] = None


def show(v: Any) -> str:
    if isinstance(v, tuple) and len(v) > 12:
        return f"({len(v)} values) " + ", ".join(map(show, v[:12])) + ", ..."
    if isinstance(v, (tuple, list)):
        return "(" + ", ".join(map(show, v)) + ")"
    if isinstance(v, dict):
        return "{" + ", ".join(f"{k}: {show(x)}" for k, x in v.items()) + "}"
    if isinstance(v, dt.date):
        return v.isoformat()
    return str(v)


def fmt_key(key: tuple) -> str:
    return " ".join(show(k) for k in key)


def count(v: Any) -> tuple[int, int, int]:
    """(dates, amounts, others) inside a value."""
    if isinstance(v, dt.date):
        return 1, 0, 0
    if isinstance(v, Money):
        return 0, 1, 0
    if isinstance(v, dict):
        v = tuple(v.values())
    if isinstance(v, (tuple, list)):
        if v and v[0] == "relative":
            return 0, 0, 1
        total = (0, 0, 0)
        for x in v:
            total = tuple(a + b for a, b in zip(total, count(x)))  # type: ignore[assignment]
        return total
    return (0, 0, 1) if v is not None else (0, 0, 0)


def differs(expected: Any, got: Any) -> bool:
    """Field by field for dicts: only the fields the oracle states are compared
    (an oracle fact leaves a field out when the design does not fix it)."""
    if isinstance(expected, dict):
        if not isinstance(got, dict):
            return True
        # fields starting with `_` explain the oracle's value; they are not compared
        return any(differs(v, got.get(k)) for k, v in expected.items() if not k.startswith("_"))
    return expected != got


def compare_facts(expected: dict, got: dict, outcome: Outcome) -> None:
    for key in sorted(set(expected) | set(got), key=fmt_key):
        e, g = expected.get(key), got.get(key)
        d, a, o = count(e if e is not None else g)
        outcome.dates += d
        outcome.amounts += a
        outcome.others += o
        if differs(e, g):
            outcome.mismatches.append(Mismatch(key, e, g))


def pact(binary: str, *args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, NO_COLOR="1")
    return subprocess.run([binary, *args], cwd=cwd, capture_output=True, text=True, env=env, timeout=120)


ORACLE_LOCK = threading.Lock()
# the kinds of facts that come from `pact run`
RUN_FACTS = {"obligation", "breach", "payment", "bonus_period", "totals", "ladder", "life_term", "run"}


def expected_facts(case: Case, bugs: tuple = ()) -> dict:
    """The oracle's facts; with `bugs`, under pact's rules of those known bugs."""
    with ORACLE_LOCK, known.pacts_rules(list(bugs)):
        out: dict = {}
        for _, source in oracle.FACT_SOURCES:
            out.update(source(case))
            if out.get(("check", "outcome"), {}).get("outcome") == "error":
                return out  # the checker must refuse it: nothing else exists
        return out


def run_case(binary: str, case: Case, work: Path, outcome: Optional[Outcome] = None) -> Outcome:
    """Writes the case into `work`, runs pact on it and compares."""
    generate.write(case, work)
    outcome = outcome or Outcome(case.seed, directory=work)
    args = ["run", "portfolio.pact", "--events", "events.jsonl", "--format", "json"]
    if case.until is not None:
        args += ["--until", case.until.isoformat()]
    procs = [
        pact(binary, "build", "portfolio.pact", "--emit", "schedule", cwd=work),
        pact(binary, "build", "portfolio.pact", "--emit", "obligations", cwd=work),
        pact(binary, *args, cwd=work),
    ]
    expected = expected_facts(case)
    if expected[("check", "outcome")]["outcome"] == "error":
        # the checker must refuse the portfolio: every command fails, nothing is written
        refused = all(p.returncode == 1 for p in procs)
        got = {("check", "outcome"): {"outcome": "error" if refused else "ok"}}
        compare_facts({("check", "outcome"): expected[("check", "outcome")]}, got, outcome)
        explain(case, got, outcome)
        return outcome
    run_fails = expected[("run", "outcome")]["outcome"] == "error"
    for i, proc in enumerate(procs):
        if proc.returncode != 0 and not (i == 2 and run_fails and proc.returncode == 1):
            diagnostics = proc.stderr.strip() or proc.stdout.strip()
            bug = known.rejection(case, diagnostics)
            if bug is None or bug.rewrite is None:
                outcome.rejected = diagnostics
                return outcome
            outcome.known[bug.id] = outcome.known.get(bug.id, 0) + 1
            return run_case(binary, bug.rewrite(case), work, outcome)
    got = {("check", "outcome"): {"outcome": "ok"}}
    got.update(actual.schedule_facts(json.loads(procs[0].stdout)))
    got.update(actual.obligations_facts(json.loads(procs[1].stdout)))
    if procs[2].returncode != 0:
        got[("run", "outcome")] = {"outcome": "error", "stderr": procs[2].stderr.strip()}
    else:
        got.update(actual.run_facts(case, json.loads(procs[2].stdout)))
    if run_fails:
        # nothing may be written: only the outcome is compared
        got = {k: v for k, v in got.items() if k[0] not in RUN_FACTS or k == ("run", "outcome")}
    compare_facts(expected, got, outcome)
    explain(case, got, outcome)
    return outcome


def explain(case: Case, got: dict, outcome: Outcome) -> None:
    """Moves the mismatches a known bug explains out of `mismatches`: those
    where the oracle, run with pact's rule of that bug (or of all known bugs
    together), gives exactly pact's value."""
    if not outcome.mismatches:
        return
    # bugs recognised by their symptom first, then those recognised by pact's rule
    patched = [b for b in known.KNOWN if b.patches]
    alternatives = [((b.id,), expected_facts(case, (b,))) for b in patched]
    alternatives.append((tuple(b.id for b in patched), expected_facts(case, tuple(patched))))
    rest = []
    for m in outcome.mismatches:
        bug = next((b for b in known.KNOWN if b.matches and b.matches(case, m.key, m.expected, m.actual)), None)
        if bug is not None:
            outcome.known[bug.id] = outcome.known.get(bug.id, 0) + 1
            continue
        for ids, alt in alternatives:
            if not differs(alt.get(m.key), got.get(m.key)):
                name = "+".join(ids)
                outcome.known[name] = outcome.known.get(name, 0) + 1
                break
        else:
            rest.append(m)
    outcome.mismatches = rest


def check_known_cases(binary: str) -> list[str]:
    """Runs every case under known/ and says, per known bug, whether pact still
    gives the wrong value recorded there (a bug fixed is reported, so its entry
    can be removed from known.py)."""
    lines = []
    for bug in known.KNOWN:
        folder = HERE / "known" / bug.id
        if not (folder / "expected.json").exists():
            lines.append(f"  {bug.id}: no known/{bug.id}/expected.json")
            continue
        expect = json.loads((folder / "expected.json").read_text())
        proc = pact(binary, *expect["command"], cwd=folder)
        if proc.returncode != 0:
            codes = sorted(set(re.findall(r"\bE\d{4}\b", proc.stderr)))
            got: Any = "rejected" + (": " + ", ".join(codes) if codes else "")
        elif not proc.stdout.strip():
            got = ""
        else:
            got = known.pick(json.loads(proc.stdout), expect["path"])
        if got == expect["expected"]:
            lines.append(f"  {bug.id}: FIXED? pact now gives the hand-computed value; remove it from known.py")
        elif got == expect.get("pact_gave"):
            lines.append(f"  {bug.id}: still wrong ({bug.title})")
        else:
            lines.append(f"  {bug.id}: changed: pact now gives {got!r}, hand-computed {expect['expected']!r}")
    return lines


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pact", default=str(ROOT / "target" / "release" / "pact"))
    ap.add_argument("--cases", type=int, default=300)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--keep", type=Path, help="copy every disagreeing or rejected case here")
    ap.add_argument("--coverage", action="store_true", help="print how often each edge was reached")
    ap.add_argument("-v", "--verbose", action="store_true", help="print the known disagreements too")
    args = ap.parse_args()
    if not Path(args.pact).exists():
        print(f"compare.py: no pact binary at {args.pact} (cargo build --release)", file=sys.stderr)
        return 2
    binary = str(Path(args.pact).resolve())
    # the oracle first: a wrong oracle makes every comparison worthless
    suite = unittest.defaultTestLoader.loadTestsFromName("test_oracle")
    if not unittest.TextTestRunner(stream=sys.stderr, verbosity=0).run(suite).wasSuccessful():
        print("compare.py: the oracle fails its own hand-computed tests (test_oracle.py)", file=sys.stderr)
        return 1
    began = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="pact-differential-") as tmp:

        def one(i: int) -> Outcome:
            seed = args.seed + i
            with ORACLE_LOCK:  # the generator uses oracle functions, which known.py may be patching
                case = generate.case(seed)
            return run_case(binary, case, Path(tmp) / f"case-{seed}")

        with ThreadPoolExecutor(max_workers=args.jobs) as pool:
            outcomes = list(pool.map(one, range(args.cases)))
        bad = [o for o in outcomes if o.mismatches or o.rejected]
        for o in bad:
            print(
                f"\n== seed {o.seed}: " + ("rejected by pact" if o.rejected else f"{len(o.mismatches)} disagreement(s)")
            )
            if o.rejected:
                print("   " + o.rejected.replace("\n", "\n   ")[:3000])
            for m in o.mismatches[:20]:
                print(f"   {m}")
            if len(o.mismatches) > 20:
                print(f"   ... and {len(o.mismatches) - 20} more")
            if args.keep and o.directory:
                dest = args.keep / f"case-{o.seed}"
                dest.mkdir(parents=True, exist_ok=True)
                for f in o.directory.iterdir():
                    (dest / f.name).write_bytes(f.read_bytes())
    known_total: dict[str, int] = {}
    for o in outcomes:
        for bug, n in o.known.items():
            known_total[bug] = known_total.get(bug, 0) + n
            if args.verbose:
                print(f"   seed {o.seed}: {n} disagreement(s) explained by known bug {bug}")
    dates = sum(o.dates for o in outcomes)
    amounts = sum(o.amounts for o in outcomes)
    others = sum(o.others for o in outcomes)
    print(
        f"\ndifferential: {len(outcomes)} cases from seed {args.seed} in {time.monotonic() - began:.0f} s: "
        f"{dates} dates compared, {amounts} amounts compared, {others} other values compared"
    )
    print(
        f"  agree: {sum(1 for o in outcomes if not (o.mismatches or o.rejected or o.known))} cases; "
        f"known disagreements in {sum(1 for o in outcomes if o.known and not o.mismatches)} cases; "
        f"new disagreements in {sum(1 for o in outcomes if o.mismatches)} cases; "
        f"rejected by pact: {sum(1 for o in outcomes if o.rejected)}"
    )
    for bug in known.KNOWN:
        print(f"  known {bug.id}: {known_total.pop(bug.id, 0)} value(s) excluded: {bug.title}")
        print(f"      breaks {bug.rule}")
    for name, n in sorted(known_total.items()):
        print(f"  known {name} together: {n} value(s) excluded")
    if args.coverage:
        cases = [generate.case(args.seed + i) for i in range(args.cases)]
        print("coverage (cases, clauses or values reaching each edge):")
        print(coverage.report(cases, [expected_facts(c) for c in cases]))
    print("known cases (tests/differential/known/):")
    for line in check_known_cases(binary):
        print(line)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
