#!/usr/bin/env python3
"""Independent checks of the outputs of `pact build` (issue 5).

For a portfolio (one or more .pact files or folders) this runs the real
binary:

    pact build PATHS --emit schedule    (JSON array of events)
    pact build PATHS --emit ics         (RFC 5545)
    pact build PATHS --emit obligations (JSON document)
    pact schema                         ({"obligations": S, "schedule": S})

and checks, with implementations that share no code with Pact:

1. the iCalendar text: CRLF line ends, content lines folded at 75 octets,
   one VCALENDAR with VERSION:2.0, PRODID and CALSCALE:GREGORIAN, every
   VEVENT/VTODO with a UID (unique) and a DTSTAMP;
2. the calendar parsed by `icalendar` and expanded by
   `recurring-ical-events` over its whole span gives exactly the events of
   the JSON schedule: the multisets of (UID, date, time of day, length of a
   timed meeting, UTC offset) are equal, deadlines are VTODOs and the rest
   VEVENTs; mismatches are reported per clause. A zoned time (TZID) is
   resolved by `icalendar` with Python's zoneinfo, so the JSON's
   `utc_offset` is checked against a second zone database, and the
   calendar's own VTIMEZONE must give the same offset at every occurrence
   (and every TZID must have one);
3. the JSON schedule is sorted by date, then partnership, then name;
4. the schedule and the obligations validate against `pact schema` with
   `jsonschema` (draft 2020-12, formats checked), and again with every object
   closed (`unevaluatedProperties: false`), so an output field missing from
   the schema is caught too;
5. with --expect FILE, hand-computed dates (see expected.json) equal the
   dates of those clauses in both the JSON schedule and the expanded
   calendar;
6. with --run DIR (repeatable), `pact run DIR/portfolio.pact --events
   DIR/events.jsonl --format json` validates against the `run` member of
   `pact schema`, open and closed (the hand-computed traces of tests/run/:
   health periods, shares, early bonuses, indexed retainers).

Usage:

    python3 tests/outputs/validate.py --pact target/release/pact [--mode together|each|both] \
        [--expect tests/outputs/expected.json] PATH...

--mode together (default) checks PATHS as one portfolio, each checks every
PATH as a portfolio of its own, both does both. Exit status 0 when every
check passes, 1 on a mismatch (with a report), 2 when pact cannot be run.

Requires: pip install icalendar recurring-ical-events jsonschema
"""

from __future__ import annotations

import argparse
import collections
import copy
import datetime as dt
import json
import os
import re
import subprocess
import sys
import tempfile

import icalendar
import jsonschema
import recurring_ical_events

# How a schedule event maps to a calendar component (the documented mapping
# of src/emit/ics.rs): named kinds carry their name in the UID.
NAMED_KINDS = {"meeting", "review", "survey", "report", "invoice", "milestone", "duty", "governance_change", "exit_duty",
               "survival_start", "survival_end"}
DEADLINE_KINDS = {"milestone", "invoice_due", "renewal_decision", "notice_deadline", "duty", "exit_duty"}
ICS_LINE_OCTETS = 75
# Stop expanding a calendar this far beyond the JSON event count (a rule
# without a proper end would otherwise never finish).
EXPANSION_SLACK = 10_000


def uid_of(event: dict) -> str:
    kind = event["kind"]
    if kind == "invoice_due":
        # One VTODO per invoice, named by its period's start.
        return f"{event['partnership']}.{kind}.{event['name']}.{event['period']['start']}@pact"
    if kind in NAMED_KINDS:
        return f"{event['partnership']}.{kind}.{event['name']}@pact"
    return f"{event['partnership']}.{kind}@pact"


class Report:
    def __init__(self, label: str):
        self.label = label
        self.problems: list[str] = []
        self.notes: list[str] = []

    def fail(self, message: str) -> None:
        self.problems.append(message)

    def note(self, message: str) -> None:
        self.notes.append(message)


def run(pact: str, args: list[str]) -> bytes:
    try:
        done = subprocess.run([pact, *args], capture_output=True, check=False)
    except OSError as e:
        print(f"error: cannot run {pact}: {e}", file=sys.stderr)
        sys.exit(2)
    if done.returncode != 0:
        raise RuntimeError(
            f"`pact {' '.join(args)}` exited with {done.returncode}:\n"
            + done.stderr.decode("utf-8", "replace")
        )
    return done.stdout


def build(pact: str, paths: list[str], what: str) -> bytes:
    # Through -o (the atomic-write path users take), then read back.
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, f"out.{what}")
        run(pact, ["build", *paths, "--emit", what, "-o", out])
        with open(out, "rb") as f:
            return f.read()


# ---------------------------------------------------------------- iCalendar


def check_ics_text(data: bytes, report: Report) -> None:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        report.fail(f"ics: not UTF-8: {e}")
        return
    if not text.endswith("\r\n"):
        report.fail("ics: the last line does not end with CRLF")
    lines = text.split("\r\n")
    if lines and lines[-1] == "":
        lines.pop()
    for number, line in enumerate(lines, 1):
        if "\n" in line or "\r" in line:
            report.fail(f"ics line {number}: a bare LF or CR inside a line")
        octets = len(line.encode("utf-8"))
        if octets > ICS_LINE_OCTETS:
            report.fail(f"ics line {number}: {octets} octets (more than {ICS_LINE_OCTETS}): {line[:40]}...")
    # Unfold (RFC 5545 §3.1) and look at the structure.
    unfolded: list[str] = []
    for line in lines:
        if line.startswith((" ", "\t")) and unfolded:
            unfolded[-1] += line[1:]
        else:
            unfolded.append(line)
    if unfolded[:1] != ["BEGIN:VCALENDAR"] or unfolded[-1:] != ["END:VCALENDAR"]:
        report.fail("ics: the text is not exactly one VCALENDAR")
    if unfolded.count("BEGIN:VCALENDAR") != 1:
        report.fail("ics: more than one VCALENDAR")
    for required in ("VERSION:2.0", "CALSCALE:GREGORIAN"):
        if required not in unfolded:
            report.fail(f"ics: no {required}")
    if not any(l.startswith("PRODID:") for l in unfolded):
        report.fail("ics: no PRODID")
    component = None
    props: set[str] = set()
    uids: collections.Counter[str] = collections.Counter()
    for line in unfolded:
        if line in ("BEGIN:VEVENT", "BEGIN:VTODO"):
            component, props = line[6:], set()
            continue
        if component and line == f"END:{component}":
            for required in ("UID", "DTSTAMP"):
                if required not in props:
                    report.fail(f"ics: a {component} without {required}")
            if component == "VEVENT" and "DTSTART" not in props:
                report.fail("ics: a VEVENT without DTSTART")
            if component == "VTODO" and "DUE" not in props:
                report.fail("ics: a VTODO without DUE")
            component = None
            continue
        if component:
            name = line.split(":", 1)[0].split(";", 1)[0]
            props.add(name)
            if name == "UID":
                uids[line.split(":", 1)[1]] += 1
    for uid, n in uids.items():
        if n > 1:
            report.fail(f"ics: UID {uid} is used by {n} components")


def offset_text(offset: dt.timedelta | None) -> str | None:
    """A UTC offset as the JSON schedule writes it: `+01:00`, `-05:00`."""
    if offset is None:
        return None
    seconds = int(offset.total_seconds())
    sign = "-" if seconds < 0 else "+"
    minutes = abs(seconds) // 60
    return f"{sign}{minutes // 60:02}:{minutes % 60:02}"


def vtimezones(calendar, report: Report) -> dict[str, list[tuple[dt.datetime, dt.timedelta]]]:
    """Each VTIMEZONE as Pact wrote it: (UTC onset, offset from then on),
    sorted. Read by hand, so that the offsets it gives are checked against
    Python's own zone database (zoneinfo), which `icalendar` uses for the
    TZID names of the events."""
    zones = {}
    for tz in calendar.walk("VTIMEZONE"):
        observances = []
        for o in tz.subcomponents:
            if o.name not in ("STANDARD", "DAYLIGHT"):
                report.fail(f"ics: VTIMEZONE {tz['TZID']} has a {o.name}")
                continue
            local = o.decoded("DTSTART")
            # The raw text of the offsets, however icalendar types them.
            offset_from = o.decoded("TZOFFSETFROM")
            offset_to = o.decoded("TZOFFSETTO")
            observances.append((local - offset_from, offset_to))
        zones[str(tz["TZID"])] = sorted(observances)
    return zones


def expand_ics(data: bytes, limit: int, report: Report) -> list[tuple]:
    """(uid, component, date, time HH:MM or None, minutes or None, UTC
    offset or None) per occurrence."""
    calendar = icalendar.Calendar.from_ical(data)
    missing = calendar.get_missing_tzids()
    if missing:
        report.fail(f"ics: TZIDs without a VTIMEZONE: {sorted(missing)}")
    zones = vtimezones(calendar, report)
    occurrences = []
    query = recurring_ical_events.of(calendar, components=["VEVENT", "VTODO"])
    for c in query.all():
        if len(occurrences) > limit:
            report.fail(f"ics: more than {limit} occurrences; stopped expanding (a rule without an end?)")
            break
        # Version N > 1 of an amended partnership's clause: `<uid>.vN@pact`
        # (src/emit/ics.rs), the same clause as the schedule's event.
        uid = re.sub(r"\.v[0-9]+@pact$", "@pact", str(c.get("UID")))
        if c.name == "VTODO":
            when = c.get("DUE").dt
        else:
            when = c.get("DTSTART").dt
        offset = None
        if isinstance(when, dt.datetime):
            if when.tzinfo is not None:
                offset = when.utcoffset()
                tzid = str(c.get("DTSTART").params.get("TZID", ""))
                # The offset the calendar's own VTIMEZONE gives this instant
                # must be the database's at that instant (which differs
                # from `offset` only for a local time the clocks skip).
                utc = when.replace(tzinfo=None) - offset
                in_force = when.astimezone(dt.timezone.utc).astimezone(when.tzinfo).utcoffset()
                ours = [o for onset, o in zones.get(tzid, []) if onset <= utc]
                if not ours:
                    report.fail(f"ics: {uid} at {when}: the VTIMEZONE {tzid!r} does not cover it")
                elif ours[-1] != in_force:
                    report.fail(f"ics: {uid} at {when}: the VTIMEZONE {tzid!r} gives {ours[-1]}, zoneinfo {in_force}")
            date, time = when.date(), when.strftime("%H:%M")
            minutes = None
            if c.get("DTEND") is not None:
                minutes = int((c.get("DTEND").dt - when).total_seconds() // 60)
            elif c.get("DURATION") is not None:
                minutes = int(c.get("DURATION").dt.total_seconds() // 60)
        else:
            date, time, minutes = when, None, None
        location = c.get("LOCATION")
        location = None if location is None else str(location)
        occurrences.append((uid, c.name, date.isoformat(), time, minutes, offset_text(offset), location))
    return occurrences


def compare_schedule_with_ics(schedule: list[dict], occurrences: list[tuple], report: Report) -> None:
    def json_key(e):
        # A timed meeting without a length (minutes null) is an instant in
        # the calendar: no DURATION, so it ends when it starts.
        timed = e.get("time") is not None
        # A meeting's channel (`via`) is its LOCATION.
        return (uid_of(e), e["date"], e.get("time"), (e.get("minutes") or 0) if timed else None, e.get("utc_offset"), e.get("channel"))

    def ics_key(o):
        uid, _, date, time, minutes, offset, location = o
        return (uid, date, time, (minutes or 0) if time is not None else None, offset, location)

    want = collections.Counter(json_key(e) for e in schedule)
    got = collections.Counter(ics_key(o) for o in occurrences)
    missing = want - got
    extra = got - want
    per_uid: dict[str, list[str]] = collections.defaultdict(list)
    for key, n in sorted(missing.items(), key=lambda kv: str(kv)):
        per_uid[key[0]].append(f"  missing from the ics ({n}x): {key[1]} {key[2] or ''} {key[3] or ''} {key[4] or ''} {key[5] or ''}".rstrip())
    for key, n in sorted(extra.items(), key=lambda kv: str(kv)):
        per_uid[key[0]].append(f"  extra in the ics ({n}x): {key[1]} {key[2] or ''} {key[3] or ''} {key[4] or ''} {key[5] or ''}".rstrip())
    for uid, lines in sorted(per_uid.items()):
        shown = lines[:12] + ([f"  ... and {len(lines) - 12} more"] if len(lines) > 12 else [])
        report.fail(f"schedule and ics differ for {uid}:\n" + "\n".join(shown))
    # Deadlines are VTODOs, everything else VEVENTs.
    kinds = {uid_of(e): e["kind"] for e in schedule}
    for uid, component in sorted({(o[0], o[1]) for o in occurrences}):
        kind = kinds.get(uid)
        if kind is None:
            continue
        expected = "VTODO" if kind in DEADLINE_KINDS else "VEVENT"
        if component != expected:
            report.fail(f"ics: {uid} ({kind}) is a {component}, expected a {expected}")


def check_order(schedule: list[dict], report: Report) -> None:
    keys = [(e["date"], e["partnership"], e["name"]) for e in schedule]
    for i in range(1, len(keys)):
        if keys[i] < keys[i - 1]:
            report.fail(f"schedule: event {i} {keys[i]} comes after {keys[i - 1]} (not sorted by date, partnership, name)")
            return


# ---------------------------------------------------------------- JSON Schema


def closed(schema):
    """A copy of `schema` in which every object schema with `properties`
    refuses properties it does not declare."""
    schema = copy.deepcopy(schema)

    def walk(node):
        if isinstance(node, dict):
            if "properties" in node and "additionalProperties" not in node and "unevaluatedProperties" not in node:
                node["unevaluatedProperties"] = False
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(schema)
    return schema


def validate_json(name: str, document, schema: dict, report: Report) -> None:
    for label, s in (("", schema), (" (closed objects)", closed(schema))):
        try:
            jsonschema.Draft202012Validator.check_schema(s)
        except jsonschema.SchemaError as e:
            report.fail(f"schema of {name}{label} is not a valid JSON Schema: {e.message}")
            return
        validator = jsonschema.Draft202012Validator(s, format_checker=jsonschema.FormatChecker())
        errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
        for error in errors[:10]:
            where = "/".join(str(p) for p in error.absolute_path) or "(root)"
            report.fail(f"{name} does not validate against `pact schema`{label} at {where}: {error.message[:300]}")
        if len(errors) > 10:
            report.fail(f"{name}: ... and {len(errors) - 10} more schema errors")


# ---------------------------------------------------------------- expectations


def check_expectations(expect: dict, paths: list[str], schedule: list[dict], occurrences: list[tuple], report: Report) -> int:
    """Hand-computed dates of the case of `expect` whose inputs are `paths`;
    returns the number of clauses checked."""
    checked = 0
    for case in expect.get("cases", []):
        if sorted(case["inputs"]) != sorted(os.path.normpath(p) for p in paths):
            continue
        for uid, checks in case["clauses"].items():
            json_all = sorted(e["date"] for e in schedule if uid_of(e) == uid)
            ics_all = sorted(o[2] for o in occurrences if o[0] == uid)
            for spec in checks:
                lo, hi = spec.get("window", ["0000-01-01", "9999-12-31"])
                for what, dates in (("JSON schedule", json_all), ("ics", ics_all)):
                    if "dates" in spec:
                        got = [d for d in dates if lo <= d <= hi]
                        if got != spec["dates"]:
                            window = f" in {lo}..{hi}" if "window" in spec else ""
                            report.fail(f"{uid}: the {what} gives{window} {got}, hand-computed {spec['dates']}")
                    if "count" in spec and len(dates) != spec["count"]:
                        report.fail(f"{uid}: the {what} has {len(dates)} events, hand-computed {spec['count']}")
                if "instants" in spec:
                    json_instants = sorted(
                        f"{e['date']}T{e.get('time')}{e.get('utc_offset') or ''}" for e in schedule if uid_of(e) == uid
                    )
                    ics_instants = sorted(f"{o[2]}T{o[3]}{o[5] or ''}" for o in occurrences if o[0] == uid)
                    for what, got in (("JSON schedule", json_instants), ("ics", ics_instants)):
                        if got != sorted(spec["instants"]):
                            report.fail(f"{uid}: the {what} gives {got}, hand-computed {spec['instants']}")
            checked += 1
        # Every clause of the case is hand-computed: nothing unexpected.
        listed = set(case["clauses"])
        for uid in sorted({uid_of(e) for e in schedule} - listed):
            report.fail(f"{uid}: in the schedule but not hand-computed in the expectations")
    return checked


# ---------------------------------------------------------------- main


def validate(pact: str, paths: list[str], schemas: dict, expect: dict | None) -> Report:
    label = " ".join(paths)
    report = Report(label)
    try:
        schedule_bytes = build(pact, paths, "schedule")
        ics_bytes = build(pact, paths, "ics")
        obligations_bytes = build(pact, paths, "obligations")
    except RuntimeError as e:
        report.fail(str(e))
        return report
    schedule = json.loads(schedule_bytes)
    obligations = json.loads(obligations_bytes)
    check_ics_text(ics_bytes, report)
    occurrences = expand_ics(ics_bytes, len(schedule) + EXPANSION_SLACK, report)
    compare_schedule_with_ics(schedule, occurrences, report)
    check_order(schedule, report)
    validate_json("the schedule", schedule, schemas["schedule"], report)
    validate_json("the obligations", obligations, schemas["obligations"], report)
    expectations = 0
    if expect is not None:
        expectations = check_expectations(expect, paths, schedule, occurrences, report)
    clauses = len({uid_of(e) for e in schedule})
    report.note(
        f"{len(schedule)} events of {clauses} clauses, {len(occurrences)} ics occurrences"
        + (f", {expectations} hand-computed clauses" if expectations else "")
    )
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pact", required=True, help="the pact binary")
    parser.add_argument("--mode", choices=["together", "each", "both"], default="together")
    parser.add_argument("--expect", help="hand-computed dates (JSON, see tests/outputs/expected.json)")
    parser.add_argument("--run", action="append", default=[], help="a tests/run/ case whose report to validate")
    parser.add_argument("paths", nargs="+")
    args = parser.parse_args()
    try:
        schemas = json.loads(run(args.pact, ["schema"]))
    except RuntimeError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    for member in ("obligations", "schedule", "run"):
        if not isinstance(schemas.get(member), dict):
            print(f"FAIL `pact schema` has no `{member}` schema", file=sys.stderr)
            return 1
    expect = None
    if args.expect:
        with open(args.expect, encoding="utf-8") as f:
            expect = json.load(f)
    groups: list[list[str]] = []
    if args.mode in ("each", "both"):
        groups += [[p] for p in args.paths]
    if args.mode in ("together", "both") and (args.mode == "together" or len(args.paths) > 1):
        groups.append(list(args.paths))
    failed = 0
    for case in args.run:
        report = Report(f"pact run {case}")
        try:
            doc = json.loads(
                run(
                    args.pact,
                    ["run", os.path.join(case, "portfolio.pact"), "--events", os.path.join(case, "events.jsonl"), "--format", "json"],
                )
            )
            validate_json("the run report", doc, schemas["run"], report)
        except RuntimeError as e:
            report.fail(str(e))
        if report.problems:
            failed += 1
            print(f"FAIL {report.label}")
            for problem in report.problems:
                print(f"  {problem}")
        else:
            print(f"ok   {report.label}")
    expected_cases = {tuple(sorted(c["inputs"])) for c in (expect or {}).get("cases", [])}
    seen_cases = set()
    for paths in groups:
        report = validate(args.pact, paths, schemas, expect)
        seen_cases.add(tuple(sorted(os.path.normpath(p) for p in paths)))
        if report.problems:
            failed += 1
            print(f"FAIL {report.label}")
            for problem in report.problems:
                print("  " + problem.replace("\n", "\n  "))
        else:
            print(f"ok   {report.label}: " + "; ".join(report.notes))
    for case in sorted(expected_cases - seen_cases):
        if all(any(os.path.normpath(p) == c for p in args.paths) for c in case):
            print(f"FAIL hand-computed case {list(case)} was never built as such a portfolio")
            failed += 1
    if failed:
        print(f"{failed} of {len(groups)} portfolio(s) failed")
        return 1
    print(f"all {len(groups)} portfolio(s) passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
