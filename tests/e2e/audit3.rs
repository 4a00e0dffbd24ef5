//! The third design audit (`tests/design/s06_catalogue`, `s07_outputs`,
//! `s08_cli`): the checks of design §6, the output fields of §7 and the
//! command line of §8, held to the answers in the files' header comments.

use crate::pact;
use serde_json::Value;

const DIR: &str = "tests/design";

fn diagnostics(file: &str) -> (i32, Vec<Value>) {
    let path = format!("{DIR}/{file}");
    let run = pact(&["check", "--diagnostics", "json", &path], None);
    let lines = run
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("every line is JSON"))
        .collect();
    (run.code, lines)
}

fn codes(found: &[Value]) -> Vec<&str> {
    found
        .iter()
        .map(|d| d["code"].as_str().unwrap_or_default())
        .collect()
}

#[test]
fn catalogue_dates_outside_the_term_have_a_help() {
    let (code, found) = diagnostics("s06_catalogue/dates_outside_term.pact");
    assert_eq!(code, 1);
    assert_eq!(codes(&found), ["E0304", "E0304", "E0304", "E0302"]);
    assert_eq!(
        found[2]["message"],
        "the milestone `far` is due on 2027-02-05, outside the term"
    );
    assert_eq!(
        found[0]["help"],
        "give a due date from 2026-01-01 to 2026-12-31, or lengthen the term"
    );
    assert_eq!(
        found[3]["help"],
        "count it from closer to the end: the term has 365 days, from 2026-01-01 to 2026-12-31"
    );
}

#[test]
fn catalogue_levels_and_obliged_forbidden() {
    assert_eq!(
        diagnostics("s06_catalogue/levels_negative_ok.pact"),
        (0, vec![])
    );
    assert_eq!(
        diagnostics("s06_catalogue/obliged_forbidden_disjoint.pact"),
        (0, vec![])
    );
    let (code, found) = diagnostics("s06_catalogue/obliged_forbidden_nested.pact");
    assert_eq!((code, codes(&found)), (1, vec!["E0315"]));
    let (code, found) = diagnostics("s06_catalogue/obliged_forbidden_roles.pact");
    assert_eq!((code, codes(&found)), (1, vec!["E0315", "E0315"]));
}

#[test]
fn outputs_name_the_calendar_and_sort_the_schedule() {
    let path = format!("{DIR}/s07_outputs/fields.pact");
    let run = pact(&["build", &path, "--emit", "obligations"], None);
    assert_eq!(run.code, 0, "{}", run.transcript());
    let doc: Value = serde_json::from_str(&run.stdout).expect("JSON");
    let duty = &doc["partnerships"][0]["obligations"][0];
    assert_eq!(duty["kind"], "must");
    assert_eq!(duty["deadline"]["duration"]["unit"], "business_day");
    assert_eq!(duty["deadline"]["calendar"], "AcmeGlobex");
    assert_eq!(duty["source"]["line"], 33);
    assert_eq!(duty["source"]["column"], 3);

    let run = pact(&["build", &path, "--emit", "schedule"], None);
    assert_eq!(run.code, 0, "{}", run.transcript());
    let events: Value = serde_json::from_str(&run.stdout).expect("JSON");
    let events = events.as_array().expect("a list");
    let dates: Vec<&str> = events
        .iter()
        .map(|e| e["date"].as_str().unwrap_or_default())
        .collect();
    let mut sorted = dates.clone();
    sorted.sort_unstable();
    assert_eq!(dates, sorted);
    let of = |kind: &str| -> Vec<&str> {
        events
            .iter()
            .filter(|e| e["kind"] == kind)
            .map(|e| e["date"].as_str().unwrap_or_default())
            .collect()
    };
    assert_eq!(of("duty"), ["2026-01-16"]);
    assert_eq!(of("renewal_window_opens"), ["2026-10-02"]);
    assert_eq!(of("renewal_decision"), ["2026-11-01"]);
    assert!(events
        .iter()
        .all(|e| e["participants"].is_array() && e["source"]["line"].is_number()));

    let run = pact(&["build", &path, "--emit", "ics"], None);
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert!(run
        .stdout
        .contains("RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20261231T235959"));
    assert!(run.stdout.contains("DUE;VALUE=DATE:20260116"));
    assert!(run.stdout.contains("DUE;VALUE=DATE:20261101"));
}

#[test]
fn deny_warnings_says_why_nothing_was_written() {
    let path = format!("{DIR}/s08_cli/warning_only.pact");
    assert_eq!(pact(&["check", &path], None).code, 0);
    assert_eq!(pact(&["check", &path, "--deny", "warnings"], None).code, 1);
    let run = pact(
        &[
            "build",
            &path,
            "--emit",
            "obligations",
            "--deny",
            "warnings",
            "--color",
            "never",
        ],
        None,
    );
    assert_eq!(run.code, 1, "{}", run.transcript());
    assert!(run.stdout.is_empty());
    assert!(
        run.stderr
            .contains("nothing was written, because warnings are denied (`--deny warnings`)"),
        "{}",
        run.transcript()
    );
    let source = std::fs::read(crate::root().join(&path)).expect("the file is there");
    let run = pact(&["check", "-", "--deny", "warnings"], Some(&source));
    assert_eq!(run.code, 1, "{}", run.transcript());
}

#[test]
fn json_diagnostics_carry_the_fields_of_the_design() {
    let (code, found) = diagnostics("s08_cli/json_fields.pact");
    assert_eq!(code, 1);
    let [d] = found.as_slice() else {
        panic!("one diagnostic: {found:?}")
    };
    assert_eq!(d["code"], "E0102");
    assert_eq!(d["severity"], "error");
    assert_eq!(d["file"], "tests/design/s08_cli/json_fields.pact");
    assert_eq!(
        (d["line"].clone(), d["column"].clone()),
        (17.into(), 27.into())
    );
    let (start, end) = (d["span"]["start"].as_u64(), d["span"]["end"].as_u64());
    assert_eq!(end.zip(start).map(|(e, s)| e - s), Some(5));
    assert_eq!(d["labels"][0]["message"], "no party has this name");
    assert!(d["notes"].is_array());
}

#[test]
fn a_missing_trace_is_an_io_error_in_plain_words() {
    let path = format!("{DIR}/s08_cli/missing_events.pact");
    let run = pact(
        &[
            "run",
            &path,
            "--events",
            "no-such-trace.jsonl",
            "--color",
            "never",
        ],
        None,
    );
    assert_eq!(run.code, 2, "{}", run.transcript());
    assert!(
        run.stderr
            .contains("cannot read the events `no-such-trace.jsonl`: no such file or folder"),
        "{}",
        run.transcript()
    );
}
