#!/usr/bin/env python3
"""Time and peak memory of the release binary on each hostile input of
issue 19, generated as the tests in tests/e2e/{hostile,conflicts,bounds,files}.rs
generate them. Prints one Markdown row per case.

Usage: tests/hostile/measure.py [--pact target/release/pact] [--only WORD]
Needs GNU time (/usr/bin/time). Wall time and CPU time (user + system):
on a shared machine the wall time is pessimistic. Writes its inputs under a temporary folder.
"""
import argparse, os, subprocess, tempfile, random

PARTIES = "party Acme { role ops }\nparty Globex { role delivery }\n"

def partnership(body):
    return PARTIES + "partnership P {\n  parties Acme as client, Globex as provider\n  term 2026-01-01 for 1 year\n" + body + "}\n"

def long_name(seed, n):
    x = (seed * 0x9E3779B97F4A7C15 | 1) & (2**64 - 1)
    out = []
    for _ in range(n):
        x ^= (x << 13) & (2**64 - 1); x ^= x >> 7; x ^= (x << 17) & (2**64 - 1)
        out.append(chr(ord("a") + x % 4))
    return "".join(out)

CONTRACT = """party Acme { role ops; role rm }
party Globex { role delivery; role rm }
signal cost_change: percent
partnership P {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  currency USD
  metric on_time: percent operational target >= 95%
  meeting standup daily 15 minutes with Acme.ops, Globex.delivery
  pay Globex {
    retainer 10_000 USD monthly
  }
  renewal {
    window opens 90 days before end
    decision due 60 days before end
    default renew for 1 year
  }
}
"""

def cases(d):
    w = lambda name, text: (open(os.path.join(d, name), "w").write(text), os.path.join(d, name))[1]
    c = w("c.pact", CONTRACT)
    out = []
    # Did you mean
    q = "q" * 23000
    out.append(("did you mean: two names of 23,000 letters", "hostile::two_huge_names_get_no_suggestion_and_short_messages",
        ["check", "--diagnostics", "json", w("names.pact", f"party {q} {{ role ops }}\nparty Globex {{ role delivery }}\npartnership P {{\n  parties {q[:-1]}z as client, Globex as provider\n  term 2026-01-01 for 1 year\n}}\n")]))
    t = "".join(f"party {long_name(i, 1000)} {{ role ops }}\n" for i in range(60)) + "party Globex { role delivery }\n"
    t += "".join(f"partnership P{i} {{\n  parties {long_name(1000 + i, 1000)} as client, Globex as provider\n  term 2026-01-01 for 1 year\n}}\n" for i in range(60))
    out.append(("did you mean: 60 unknown names of 1,000 letters", "hostile::many_long_unknown_names_finish", ["check", "--diagnostics", "json", w("long.pact", t)]))
    body = "".join(f"  meeting m{i} weekly 1 {long_name(i, 3)}x with Acme.ops\n" for i in range(20000)) + f"  meeting huge weekly 1 {'d' * 1000000} with Acme.ops\n"
    out.append(("did you mean: 20,001 unknown units (one of 1 MB)", "hostile::unknown_units_are_each_compared_cheaply", ["check", "--diagnostics", "json", w("units.pact", partnership(body))]))
    # Templates
    t = PARTIES + "template t0() { provider must send status_note within 1 week }\n"
    for level in range(1, 8):
        t += f"template t{level}() {{ {'; '.join([f'use t{level - 1}'] * 10)} }}\n"
    t += "partnership P {\n  parties Acme as client, Globex as provider\n  term 2026-01-01 for 1 year\n  use t7\n}\n"
    out.append(("templates: 10 uses, 7 levels (10^7 clauses)", "hostile::templates_used_inside_templates_stop_at_the_limit", ["check", w("bomb.pact", t)]))
    # Conflicts
    t = PARTIES + "partnership P {\n  parties Acme as client, Globex as provider\n  term 2026-01-01 for 1 year\n" + "".join(f"  meeting m{i} weekly on monday at 10:00 for 1 hour with Acme.ops\n" for i in range(1000)) + "}\n"
    out.append(("conflicts: 1,000 meetings at one time, one role", "conflicts::a_thousand_meetings_at_one_time_for_one_role_are_one_collision", ["check", "--diagnostics", "json", w("meet.pact", t)]))
    t = "party Acme { role ops; role sponsor }\nparty Globex { role rm }\nsignal cost_change: percent\npartnership P {\n  parties Acme as client, Globex as provider\n  term 2026-01-01 for 1 year\n  changes {\n"
    t += "".join(f"    l{i} when cost_change >= {i % 50}% -> approve by Acme.ops\n" for i in range(1000)) + "    authority Acme.sponsor\n  }\n}\n"
    out.append(("conflicts: 1,000 overlapping change levels", "conflicts::a_thousand_overlapping_change_levels_are_one_conflict", ["check", "--diagnostics", "json", w("levels.pact", t)]))
    t = "party Acme { role ops }\nresource Data \"A data set\" owned by Acme\n" + "".join(
        f"party G{i} {{ role delivery }}\npartnership P{i} {{\n  parties Acme as client, G{i} as provider\n  term 2026-01-01 for 1 year\n  grant exclusive G{i} read Data\n}}\n" for i in range(1000))
    out.append(("conflicts: 1,000 exclusive grants of one right", "conflicts::a_thousand_exclusive_grants_of_one_right_are_one_conflict", ["check", "--diagnostics", "json", w("grants.pact", t)]))
    # Merging
    out.append(("merging: 22,000 clauses in one partnership", "hostile::a_partnership_of_many_clauses_merges_in_linear_time",
        ["check", w("clauses.pact", partnership("".join(f"  milestone m{i} by day 1\n" for i in range(22000))))]))
    # Long lines
    out.append(("long line: 62 KB, 3,000 errors", "hostile::long_lines_are_cut_around_each_label", ["check", "--color", "never", w("many.pact", PARTIES + " ".join(["@aaaaaaaaaaaaaaaaaaaa"] * 3000) + "\n")]))
    out.append(("long line: 1 MB, 300 errors", "hostile::long_lines_are_cut_around_each_label", ["check", "--color", "never", w("mega.pact", PARTIES + " ".join([f"{'a' * 3300} @"] * 300) + "\n")]))
    out.append(("long line: 50,000 blocks on one line", "hostile::many_blocks_and_errors_on_one_line_cost_one_pass_over_it", ["check", w("blocks.pact", " ".join(f"party A{i} {{ role x }};" for i in range(50000)) + "\n")]))
    # Amendments on many dates
    import datetime as dt
    t = ("party Acme { role ops; role sponsor }\nparty Globex { role rm }\nsignal cost_change: percent\npartnership P {\n  parties Acme as client, Globex as provider\n  term 2026-01-01 for 2 years\n  changes {\n"
         "minor when cost_change <= 5% -> approve by Acme.ops\n    authority Acme.sponsor\n  }\n}\n")
    t += "".join(f"amend P effective {dt.date(2026, 1, 2) + dt.timedelta(days=i)} as minor approved by Acme.ops {{ meeting m{i} monthly 1 hour with Acme.ops }}\n" for i in range(300))
    amended = w("amended.pact", t)
    out.append(("versions: amendments on 300 dates (check)", "conflicts::amendments_on_hundreds_of_dates_stop_at_the_version_limit", ["check", amended]))
    # Traces
    line = lambda date, rest: f'{{"date": "{date}", "partnership": "P", {rest}}}\n'
    out.append(("trace: /dev/zero (larger than 64 MiB)", "bounds::a_trace_larger_than_the_limit_is_not_read_whole", ["run", c, "--events", "/dev/zero"]))
    out.append(("trace: a million bad lines", "bounds::a_million_bad_lines_print_a_hundred_and_a_count", ["run", c, "--events", w("bad.jsonl", "{}\n" * 1000000)]))
    bad = line("2026-02-01", f'"note": "{"n" * 70000}", "event": "x"') + "[" * 30000 + "\n" + line("2026-02-02", '"metric": "on_time", "value": 1e-99999') + line("2026-02-04", f'"metric": "on_time", "value": "{"9" * 20000}%"')
    out.append(("trace: long, deep lines, absurd numbers", "bounds::long_deep_and_inexact_trace_lines_are_refused_each_with_its_line", ["run", c, "--events", w("lines.jsonl", bad * 500)]))
    good = "".join(line(f"2026-{1 + i // 28000:02d}-{1 + (i // 1000) % 28:02d}", '"signal": "cost_change", "value": "2%"') for i in range(336000))
    out.append(("trace: 336,000 good lines (25 MB)", "bounds::a_good_trace_runs_within_the_limits", ["run", c, "--events", w("good.jsonl", good), "-o", os.path.join(d, "run.json")]))
    out.append(("trace: a line dated 9999-12-31", "bounds::long_deep_and_inexact_trace_lines_are_refused_each_with_its_line", ["run", c, "--events", w("far.jsonl", line("9999-12-31", '"signal": "cost_change", "value": "1%"'))]))
    amended_trace = "".join(line(f"2026-{1 + i // 28000:02d}-{1 + (i // 1000) % 28:02d}", '"signal": "cost_change", "value": "2%"') for i in range(120000))
    out.append(("trace: 120,000 lines on 100 amended versions", "conflicts::amendments_on_hundreds_of_dates_stop_at_the_version_limit", ["run", amended, "--events", w("amended.jsonl", amended_trace), "-o", os.path.join(d, "run2.json")]))
    # Horizon
    out.append(("horizon: build --through 9999-12-31", "bounds::dates_far_out_stop_at_the_horizon", ["build", c, "--emit", "schedule", "--through", "9999-12-31"]))
    out.append(("horizon: build --through 2125-12-31 (the last day)", "bounds::dates_far_out_stop_at_the_horizon", ["build", c, "--emit", "schedule", "--through", "2125-12-31", "-o", os.path.join(d, "s.json")]))
    out.append(("horizon: build --emit ics --through 2125-12-31", "bounds::dates_far_out_stop_at_the_horizon", ["build", c, "--emit", "ics", "--through", "2125-12-31", "-o", os.path.join(d, "s.ics")]))
    out.append(("horizon: run --until 9999-12-31", "bounds::dates_far_out_stop_at_the_horizon", ["run", c, "--events", w("empty.jsonl", ""), "--until", "9999-12-31"]))
    out.append(("horizon: run --until 2125-12-31 (the last day)", "bounds::a_good_trace_runs_within_the_limits", ["run", c, "--events", os.path.join(d, "empty.jsonl"), "--until", "2125-12-31", "-o", os.path.join(d, "r.json")]))
    out.append(("horizon: build --as-of 9999-12-31", "bounds::dates_far_out_stop_at_the_horizon", ["build", c, "--emit", "schedule", "--as-of", "9999-12-31"]))
    daily = (CONTRACT.replace("for 1 year\n  currency", "for 1 day\n  currency").replace("  meeting standup daily 15 minutes with Acme.ops, Globex.delivery\n", "")
             .replace("90 days before", "0 days before").replace("60 days before", "0 days before").replace("renew for 1 year", "renew for 1 day").replace("USD monthly", "USD daily"))
    head, rest = daily.split("partnership P", 1)
    daily10 = w("daily10.pact", head + "".join(f"partnership P{i}{rest}" for i in range(10)))
    out.append(("renewals: 10 daily renewals, --through 2125-12-31", "bounds::a_daily_renewal_stops_at_the_renewal_limit", ["build", daily10, "--emit", "schedule", "--through", "2125-12-31"]))
    out.append(("renewals: 10 daily renewals, --through 2029-04-15 (1,200 each)", "bounds::a_daily_renewal_stops_at_the_renewal_limit", ["build", daily10, "--emit", "schedule", "--through", "2029-04-15", "-o", os.path.join(d, "s2.json")]))
    # Diff
    def shifted(day, n):
        return ("party Acme { role ops; role rm }\nparty Globex { role delivery; role rm }\npartnership P {\n  parties Acme as client, Globex as provider\n  term 2026-01-01 for 10 years\n"
                + "".join(f"  meeting m{i} weekly on {day} 15 minutes with Acme.ops\n" for i in range(n)) + "}\n")
    old, new = w("old.pact", shifted("monday", 2000)), w("new.pact", shifted("tuesday", 2000))
    out.append(("diff: 2,000 weekly meetings moved a day over 10 years", "bounds::a_diff_of_a_million_moved_dates_lists_each_clause_once", ["diff", old, new, "--format", "json"]))
    out.append(("diff: the same, in words", "bounds::a_diff_of_a_million_moved_dates_lists_each_clause_once", ["diff", old, new]))
    def many(shift, n):
        return "party Acme { role ops; role rm }\nparty Globex { role delivery; role rm }\n" + "".join(
            f"partnership P{i} {{\n  parties Acme as client, Globex as provider\n  term 2026-01-01 for {1 + shift} years\n  meeting m weekly on monday 15 minutes with Acme.ops\n  milestone go by day {12 + shift}\n}}\n" for i in range(n))
    mold, mnew = w("mold.pact", many(0, 20000)), w("mnew.pact", many(1, 20000))
    out.append(("diff: two portfolios of 20,000 partnerships, all changed", "bounds::a_diff_of_two_large_portfolios_lists_every_partnership (2,000)", ["diff", mold, mnew, "--format", "json"]))
    out.append(("diff: the same, in words", "bounds::a_diff_of_two_large_portfolios_lists_every_partnership (2,000)", ["diff", mold, mnew]))
    out.append(("20,000 partnerships: check", "(none: timed here)", ["check", mold]))
    out.append(("20,000 partnerships: build --emit schedule", "(none: timed here)", ["build", mold, "--emit", "schedule", "-o", os.path.join(d, "m.json")]))
    out.append(("20,000 partnerships: run with no events", "(none: timed here)", ["run", mold, "--events", os.path.join(d, "empty.jsonl"), "--format", "json", "-o", os.path.join(d, "mr.json")]))
    # LSP wire
    frames = b"Content-Length: -5\r\n\r\n" + b"Content-Length: 99999999999999999999999\r\n\r\n" + b"Content-Length: 1" + b"0" * 10000000 + b"\r\n\r\n" + b"X: 1\r\n" * 100000
    deep = b'{"jsonrpc":"2.0","method":"x","params":' + b"[" * 1000000 + b"]" * 1000000 + b"}"
    frames += b"\r\n" + b"Content-Length: %d\r\n\r\n" % len(deep) + deep + b"Content-Length: 2000000000\r\n\r\n"
    open(os.path.join(d, "lsp.bin"), "wb").write(frames)
    out.append(("lsp: Content-Length negative, huge, 10 MB header, 100,000 headers, 1,000,000-deep JSON, 2 GB length unsent", "lsp::transport::tests::hostile_frames_are_skipped_with_bounded_memory", ["lsp", "<", os.path.join(d, "lsp.bin")]))
    # Streams (functional; timed for completeness)
    out.append(("streams: `pact schema | true`", "files::a_reader_that_goes_away_ends_the_command_quietly", ["schema", "|", "true"]))
    out.append(("streams: `check --diagnostics json > /dev/full`", "files::a_full_disk_is_an_error_with_a_message", ["check", "--diagnostics", "json", os.path.join(d, "meet.pact"), ">", "/dev/full"]))
    return out

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pact", default="target/release/pact")
    ap.add_argument("--only", default="")
    a = ap.parse_args()
    pact = os.path.abspath(a.pact)
    with tempfile.TemporaryDirectory() as d:
        print("| case | test | exit | time | CPU (user + sys) | peak RSS |\n| --- | --- | --- | --- | --- | --- |")
        for what, test, args in cases(d):
            if a.only and a.only not in what:
                continue
            cmd = " ".join(x if x in ("<", "|", ">") else f"'{x}'" for x in args)
            tf = os.path.join(d, "time.txt")
            shell = f"/usr/bin/time -o {tf} -f '%e %U %S %M %x' {pact} {cmd} > /dev/null 2>&1" if not any(x in ("|", ">") for x in args) else f"/usr/bin/time -o {tf} -f '%e %U %S %M %x' sh -c \"{pact} {cmd} 2>/dev/null\""
            subprocess.run(shell, shell=True, timeout=600)
            parts = open(tf).read().split()[-5:]
            secs, user, system, kb, code = parts
            cpu = float(user) + float(system)
            print(f"| {what} | `{test}` | {code} | {float(secs):.2f} s | {cpu:.2f} s | {int(kb) // 1024} MB |", flush=True)

if __name__ == "__main__":
    main()
