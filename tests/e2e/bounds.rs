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
