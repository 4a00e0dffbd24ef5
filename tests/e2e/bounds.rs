//! The limits of issue 19 on what a trace, a date on the command line and
//! the language server's wire may ask for. Each hostile case is generated
//! here and must end with a bounded answer: the assertions count what was
//! printed or scheduled; the deadline only catches a hang.

use super::{pact_within, Scratch};
use std::time::Duration;

const DEADLINE: Duration = Duration::from_secs(120);

/// One partnership renewed every year by default, with a daily meeting.
const CONTRACT: &str = "party Acme { role ops; role rm }
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
";

fn line(date: &str, rest: &str) -> String {
    format!("{{\"date\": \"{date}\", \"partnership\": \"P\", {rest}}}\n")
}

fn run_trace(scratch: &Scratch, trace: &str, extra: &[&str]) -> super::Run {
    let contract = scratch.write("c.pact", CONTRACT.as_bytes());
    let events = scratch.write("events.jsonl", trace.as_bytes());
    let mut args = vec![
        "run".to_string(),
        contract.to_string_lossy().to_string(),
        "--events".to_string(),
        events.to_string_lossy().to_string(),
        "--format".to_string(),
        "json".to_string(),
    ];
    args.extend(extra.iter().map(|s| s.to_string()));
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    pact_within(&args, None, DEADLINE)
}

#[test]
fn a_good_trace_runs_within_the_limits() {
    let scratch = Scratch::new("bounds-good");
    let mut trace = line(
        "2026-02-01",
        "\"metric\": \"on_time\", \"value\": \"97.5%\"",
    );
    trace.push_str(&line(
        "2026-03-01",
        "\"signal\": \"cost_change\", \"value\": \"2%\", \"note\": \"a note\"",
    ));
    trace.push_str(&line(
        "2125-12-31",
        "\"signal\": \"cost_change\", \"value\": \"1%\"",
    ));
    let run = run_trace(&scratch, &trace, &[]);
    assert_eq!(run.code, 0, "{}", run.transcript());
}

#[test]
fn long_deep_and_inexact_trace_lines_are_refused_each_with_its_line() {
    let scratch = Scratch::new("bounds-lines");
    let mut trace = String::new();
    trace.push_str(&line(
        "2026-02-01",
        &format!("\"note\": \"{}\", \"event\": \"x\"", "n".repeat(70_000)),
    ));
    trace.push_str(&format!("{}\n", "[".repeat(30_000)));
    trace.push_str(&line(
        "2026-02-02",
        "\"metric\": \"on_time\", \"value\": 1e-99999",
    ));
    trace.push_str(&line(
        "2026-02-03",
        "\"metric\": \"on_time\", \"value\": 123456789012345678901234567890",
    ));
    trace.push_str(&line(
        "2026-02-04",
        &format!(
            "\"metric\": \"on_time\", \"value\": \"{}%\"",
            "9".repeat(20_000)
        ),
    ));
    trace.push_str(&line(
        "9999-12-31",
        "\"signal\": \"cost_change\", \"value\": \"1%\"",
    ));
    let run = run_trace(&scratch, &trace, &[]);
    assert_eq!(run.code, 1, "{}", run.transcript());
    assert!(run.stdout.is_empty());
    let shown = run.stderr.replace(&scratch.path(), "<scratch>");
    assert!(
        shown.len() < 4_000,
        "messages quote values shortened: {}",
        shown.len()
    );
    insta::assert_snapshot!(shown);
}

#[test]
fn a_trace_larger_than_the_limit_is_not_read_whole() {
    // /dev/zero never ends: the reader stops one byte past 64 MiB.
    let scratch = Scratch::new("bounds-zero");
    let contract = scratch.write("c.pact", CONTRACT.as_bytes());
    let run = pact_within(
        &["run", &contract.to_string_lossy(), "--events", "/dev/zero"],
        None,
        DEADLINE,
    );
    assert_eq!(run.code, 1, "{}", run.transcript());
    insta::assert_snapshot!(run.stderr);
}

#[test]
fn a_million_bad_lines_print_a_hundred_and_a_count() {
    let scratch = Scratch::new("bounds-many");
    let trace = "{}\n".repeat(1_000_000);
    let run = run_trace(&scratch, &trace, &[]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stderr.matches("error: ").count(),
        101,
        "100 lines and the total"
    );
    assert!(
        run.stderr.contains("... and 999900 more bad lines"),
        "{}",
        &run.stderr[run.stderr.len().saturating_sub(300)..]
    );
    assert!(run.stderr.contains("the trace has 1000000 bad lines"));
}

#[test]
fn dates_far_out_stop_at_the_horizon() {
    let scratch = Scratch::new("bounds-horizon");
    let contract = scratch.write("c.pact", CONTRACT.as_bytes());
    let contract = contract.to_string_lossy();
    // --through and --until: refused before any work, exit 2.
    let far = pact_within(
        &[
            "build",
            &contract,
            "--emit",
            "schedule",
            "--through",
            "9999-12-31",
        ],
        None,
        DEADLINE,
    );
    assert_eq!(far.code, 2, "{}", far.transcript());
    assert!(far.stdout.is_empty());
    let events = scratch.write("e.jsonl", b"");
    let until = pact_within(
        &[
            "run",
            &contract,
            "--events",
            &events.to_string_lossy(),
            "--until",
            "9999-12-31",
        ],
        None,
        DEADLINE,
    );
    assert_eq!(until.code, 2, "{}", until.transcript());
    insta::assert_snapshot!(
        format!("{}{}", far.stderr, until.stderr).replace(&scratch.path(), "<scratch>")
    );
    // The last day of the horizon is allowed: 100 terms, 99 of them renewed.
    let last = pact_within(
        &[
            "build",
            &contract,
            "--emit",
            "schedule",
            "--through",
            "2125-12-31",
        ],
        None,
        DEADLINE,
    );
    assert_eq!(last.code, 0, "{}", last.transcript());
    let ends = last.stdout.matches("\"kind\":\"term_end\"").count();
    assert_eq!(ends, 100, "{} bytes", last.stdout.len());
    // --as-of far out computes nothing more than the contract itself.
    let as_of = pact_within(
        &[
            "build",
            &contract,
            "--emit",
            "schedule",
            "--as-of",
            "9999-12-31",
        ],
        None,
        DEADLINE,
    );
    assert_eq!(as_of.code, 0, "{}", as_of.transcript());
    assert!(as_of.stdout.len() < 200_000, "{}", as_of.stdout.len());
}

#[test]
fn a_daily_renewal_stops_at_the_renewal_limit() {
    let scratch = Scratch::new("bounds-renewals");
    let daily = CONTRACT
        .replace("for 1 year\n  currency", "for 1 day\n  currency")
        .replace(
            "  meeting standup daily 15 minutes with Acme.ops, Globex.delivery\n",
            "",
        )
        .replace(
            "window opens 90 days before end",
            "window opens 0 days before end",
        )
        .replace(
            "decision due 60 days before end",
            "decision due 0 days before end",
        )
        .replace("renew for 1 year", "renew for 1 day")
        .replace("10_000 USD monthly", "10_000 USD daily");
    let contract = scratch.write("daily.pact", daily.as_bytes());
    let contract = contract.to_string_lossy();
    let far = pact_within(
        &[
            "build",
            &contract,
            "--emit",
            "schedule",
            "--through",
            "2125-12-31",
        ],
        None,
        DEADLINE,
    );
    assert_eq!(far.code, 2, "{}", far.transcript());
    assert!(far.stdout.is_empty());
    insta::assert_snapshot!(far.stderr);
    // The last date it names is allowed: 1,201 terms.
    let last = pact_within(
        &[
            "build",
            &contract,
            "--emit",
            "schedule",
            "--through",
            "2029-04-15",
        ],
        None,
        DEADLINE,
    );
    assert_eq!(last.code, 0, "{}", last.transcript());
    let ends = last.stdout.matches("\"kind\":\"term_end\"").count();
    assert_eq!(ends, 1_201);
}

/// A partnership of `n` weekly meetings on `day` over ten years.
fn weekly_meetings(day: &str, n: usize) -> String {
    let mut text = String::from(
        "party Acme { role ops; role rm }\nparty Globex { role delivery; role rm }\npartnership P {\n  parties Acme as client, Globex as provider\n  term 2026-01-01 for 10 years\n",
    );
    for i in 0..n {
        text.push_str(&format!(
            "  meeting m{i} weekly on {day} 15 minutes with Acme.ops\n"
        ));
    }
    text.push_str("}\n");
    text
}

#[test]
fn a_diff_of_a_million_moved_dates_lists_each_clause_once() {
    // 2,000 meetings moved from Monday to Tuesday for ten years: 521
    // dates moved and the last one removed, per meeting (1,042,000 moved).
    // The JSON lists the first 10,000 of each list and counts the rest;
    // the words give each clause one line per list.
    let scratch = Scratch::new("bounds-diff");
    let old = scratch.write("old.pact", weekly_meetings("monday", 2000).as_bytes());
    let new = scratch.write("new.pact", weekly_meetings("tuesday", 2000).as_bytes());
    let (old, new) = (old.to_string_lossy(), new.to_string_lossy());
    let json = pact_within(&["diff", &old, &new, "--format", "json"], None, DEADLINE);
    assert_eq!(json.code, 1, "{}", json.transcript());
    let diff: serde_json::Value = serde_json::from_str(&json.stdout).unwrap_or_default();
    let events = &diff["partnerships"][0]["events"];
    let listed = |list: &str| events[list].as_array().map_or(0, Vec::len);
    assert_eq!(
        (listed("added"), listed("removed"), listed("moved")),
        (0, 2000, 10_000)
    );
    assert_eq!(
        events["omitted"],
        serde_json::json!({"added": 0, "removed": 0, "moved": 1_032_000})
    );
    // The first of them in date order, then (kind, name) order.
    assert_eq!(
        events["moved"][0],
        serde_json::json!({"kind": "meeting", "name": "m0", "old": "2026-01-05", "new": "2026-01-06"})
    );
    assert_eq!(events["moved"][1]["name"], "m1");
    // 2,000 a week: the 10,000th moved on the fifth Monday.
    assert_eq!(events["moved"][9999]["old"], "2026-02-02");
    assert!(json.stdout.len() < 6_000_000, "{} bytes", json.stdout.len());
    let words = pact_within(&["diff", &old, &new], None, DEADLINE);
    assert_eq!(words.code, 1, "{}", words.transcript());
    let moved: Vec<&str> = words
        .stdout
        .lines()
        .filter(|l| l.contains(" moved ("))
        .collect();
    assert_eq!(moved.len(), 2000);
    assert_eq!(
        moved.first().copied(),
        Some("  meeting m0: 521 moved (2026-01-05 -> 2026-01-06, 2026-01-12 -> 2026-01-13, 2026-01-19 -> 2026-01-20, 2026-01-26 -> 2026-01-27, and 517 more)")
    );
    assert_eq!(
        words
            .stdout
            .lines()
            .filter(|l| l.ends_with(": 1 removed (2035-12-31)"))
            .count(),
        2000
    );
}

#[test]
fn a_diff_of_two_large_portfolios_lists_every_partnership() {
    // 2,000 partnerships each one year longer and its milestone a day
    // later: every partnership differs, each with its 52 added meetings.
    let many = |shift: usize| {
        let mut text = String::from(
            "party Acme { role ops; role rm }\nparty Globex { role delivery; role rm }\n",
        );
        for i in 0..2000 {
            text.push_str(&format!(
                "partnership P{i} {{\n  parties Acme as client, Globex as provider\n  term 2026-01-01 for {} years\n  meeting m weekly on monday 15 minutes with Acme.ops\n  milestone go by day {}\n}}\n",
                1 + shift,
                12 + shift
            ));
        }
        text
    };
    let scratch = Scratch::new("bounds-diff-many");
    let old = scratch.write("old.pact", many(0).as_bytes());
    let new = scratch.write("new.pact", many(1).as_bytes());
    let (old, new) = (old.to_string_lossy(), new.to_string_lossy());
    let json = pact_within(&["diff", &old, &new, "--format", "json"], None, DEADLINE);
    assert_eq!(json.code, 1, "{}", json.transcript());
    let diff: serde_json::Value = serde_json::from_str(&json.stdout).unwrap_or_default();
    let partnerships = diff["partnerships"].as_array().cloned().unwrap_or_default();
    assert_eq!(partnerships.len(), 2000);
    for p in &partnerships {
        let events = &p["events"];
        assert_eq!(events["added"].as_array().map_or(0, Vec::len), 52, "{p}");
        assert_eq!(events["moved"].as_array().map_or(0, Vec::len), 2, "{p}");
        assert!(events.get("omitted").is_none(), "{p}");
    }
    let words = pact_within(&["diff", &old, &new], None, DEADLINE);
    assert_eq!(words.code, 1, "{}", words.transcript());
    assert_eq!(
        words.stdout.matches("partnership P").count(),
        2000,
        "{}",
        words.transcript()
    );
}
