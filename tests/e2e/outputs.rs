//! `pact build --emit schedule|ics|obligations` (issue 5): hand-computed
//! dates in both the JSON schedule and the iCalendar text, snapshots of a
//! small fixture, and byte-identical outputs across runs and path orders.
//!
//! The hand-computed dates live in `tests/outputs/expected.json` (shared
//! with `tests/outputs/validate.py`, which also expands the calendar with an
//! independent implementation). Here the JSON schedule is checked date by
//! date, and the calendar by the content lines (DTSTART, RRULE, EXDATE,
//! RDATE, DUE) each clause's component must hold.

use super::{cases, pact, relative, root, Run};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

fn build(paths: &[&str], emit: &str) -> Run {
    let mut args = vec!["build", "--color", "never"];
    args.extend_from_slice(paths);
    args.extend_from_slice(&["--emit", emit]);
    let run = pact(&args, None);
    assert_eq!(
        run.code,
        0,
        "pact {}:\n{}",
        args.join(" "),
        run.transcript()
    );
    run
}

/// The calendar UID of a schedule event (the mapping documented in
/// `src/emit/ics.rs`).
fn uid_of(event: &Value) -> String {
    let text = |k: &str| event[k].as_str().unwrap_or_default().to_string();
    let kind = text("kind");
    let named = [
        "meeting",
        "review",
        "survey",
        "report",
        "invoice",
        "milestone",
        "duty",
        "governance_change",
        "exit_duty",
        "survival_start",
        "survival_end",
    ];
    if kind == "invoice_due" {
        // One VTODO per invoice, named by its period's start.
        let start = event["period"]["start"].as_str().unwrap_or_default();
        format!(
            "{}.{kind}.{}.{start}@pact",
            text("partnership"),
            text("name")
        )
    } else if named.contains(&kind.as_str()) {
        format!("{}.{kind}.{}@pact", text("partnership"), text("name"))
    } else {
        format!("{}.{kind}@pact", text("partnership"))
    }
}

/// Each component's unfolded content lines (its BEGIN line included), by UID.
fn components(ics: &str) -> BTreeMap<String, Vec<String>> {
    let mut lines: Vec<String> = Vec::new();
    for line in ics.split("\r\n") {
        match line.strip_prefix(' ') {
            Some(rest) if !lines.is_empty() => {
                if let Some(last) = lines.last_mut() {
                    last.push_str(rest);
                }
            }
            _ => lines.push(line.to_string()),
        }
    }
    let mut out = BTreeMap::new();
    let mut current: Option<Vec<String>> = None;
    for line in lines {
        if line == "BEGIN:VEVENT" || line == "BEGIN:VTODO" {
            current = Some(vec![line]);
        } else if line == "END:VEVENT" || line == "END:VTODO" {
            if let Some(component) = current.take() {
                let uid = component
                    .iter()
                    .find_map(|l| l.strip_prefix("UID:"))
                    .expect("every component has a UID")
                    .to_string();
                assert!(
                    out.insert(uid.clone(), component).is_none(),
                    "UID {uid} is used twice"
                );
            }
        } else if let Some(component) = current.as_mut() {
            component.push(line);
        }
    }
    out
}

fn expectations() -> Value {
    let path = root().join("tests/outputs/expected.json");
    let text = std::fs::read_to_string(&path).expect("tests/outputs/expected.json is readable");
    serde_json::from_str(&text).expect("expected.json is JSON")
}

fn strings(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn hand_computed_dates_in_the_json_schedule_and_the_calendar() {
    let expect = expectations();
    let cases = expect["cases"].as_array().expect("cases");
    assert!(cases.len() >= 3);
    for case in cases {
        let inputs = strings(&case["inputs"]);
        let paths: Vec<&str> = inputs.iter().map(String::as_str).collect();
        let schedule: Vec<Value> =
            serde_json::from_str(&build(&paths, "schedule").stdout).expect("the schedule is JSON");
        let mut dates: BTreeMap<String, Vec<String>> = BTreeMap::new();
        // `DATE T HH:MM OFFSET` of timed events (the offset when zoned).
        let mut instants: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for event in &schedule {
            let date = event["date"].as_str().expect("a date").to_string();
            if let Some(time) = event["time"].as_str() {
                let offset = event["utc_offset"].as_str().unwrap_or("");
                instants
                    .entry(uid_of(event))
                    .or_default()
                    .push(format!("{date}T{time}{offset}"));
            }
            dates.entry(uid_of(event)).or_default().push(date);
        }
        let clauses = case["clauses"].as_object().expect("clauses");
        // Every clause of the fixture is hand-computed, and nothing else appears.
        let listed: BTreeSet<&String> = clauses.keys().collect();
        let found: BTreeSet<&String> = dates.keys().collect();
        assert_eq!(listed, found, "{inputs:?}: clauses in the schedule");
        for (uid, checks) in clauses {
            let got = &dates[uid];
            for check in checks.as_array().expect("a list of checks") {
                let (from, to) = match check.get("window") {
                    Some(w) => {
                        let w = strings(w);
                        (w[0].clone(), w[1].clone())
                    }
                    None => ("0000-01-01".to_string(), "9999-12-31".to_string()),
                };
                if let Some(want) = check.get("dates") {
                    let inside: Vec<String> = got
                        .iter()
                        .filter(|d| **d >= from && **d <= to)
                        .cloned()
                        .collect();
                    assert_eq!(inside, strings(want), "{uid} in {from}..{to}");
                }
                if let Some(want) = check.get("instants") {
                    let got = instants.get(uid).cloned().unwrap_or_default();
                    assert_eq!(got, strings(want), "{uid}: instants");
                }
                if let Some(count) = check.get("count") {
                    assert_eq!(Some(got.len() as u64), count.as_u64(), "{uid}: count");
                }
            }
        }
        let ics = build(&paths, "ics").stdout;
        let components = components(&ics);
        // One component per clause of the schedule.
        let uids: BTreeSet<&String> = components.keys().collect();
        assert_eq!(uids, found, "{inputs:?}: components of the calendar");
        for (uid, lines) in case["ics"].as_object().expect("ics") {
            let component = &components[uid];
            for line in strings(lines) {
                assert!(
                    component.contains(&line),
                    "{uid}: the calendar lacks `{line}`; it has:\n{}",
                    component.join("\n")
                );
            }
        }
    }
}

/// The term starting on a 31st of issue 5's "done when", spelled out: the
/// meeting, window, decision and end dates, in both outputs.
#[test]
fn a_term_starting_on_the_31st() {
    let schedule: Vec<Value> =
        serde_json::from_str(&build(&["tests/outputs/term_31st.pact"], "schedule").stdout)
            .expect("JSON");
    let on = |name: &str| -> Vec<String> {
        schedule
            .iter()
            .filter(|e| e["name"] == name)
            .map(|e| e["date"].as_str().unwrap_or_default().to_string())
            .collect()
    };
    assert_eq!(
        on("vault_check"),
        [
            "2026-01-31",
            "2026-02-28",
            "2026-03-31",
            "2026-04-30",
            "2026-05-31",
            "2026-06-30",
            "2026-07-31",
            "2026-08-31",
            "2026-09-30",
            "2026-10-31",
            "2026-11-30",
            "2026-12-31"
        ]
    );
    assert_eq!(on("renewal window opens"), ["2026-11-01"]);
    assert_eq!(on("renewal decision due"), ["2026-12-01"]);
    assert_eq!(on("last day for notice of non-renewal"), ["2026-12-31"]);
    assert_eq!(on("term end"), ["2027-01-30"]);
    let ics = build(&["tests/outputs/term_31st.pact"], "ics").stdout;
    let c = components(&ics);
    let vault = &c["SeedVault.meeting.vault_check@pact"];
    assert!(vault.contains(&"DTSTART;VALUE=DATE:20260131".to_string()));
    assert!(vault.contains(
        &"RRULE:FREQ=MONTHLY;BYMONTHDAY=28,29,30,31;BYSETPOS=-1;UNTIL=20270130".to_string()
    ));
    assert!(c["SeedVault.renewal_window_opens@pact"]
        .contains(&"DTSTART;VALUE=DATE:20261101".to_string()));
    assert!(c["SeedVault.renewal_decision@pact"].contains(&"DUE;VALUE=DATE:20261201".to_string()));
    assert!(c["SeedVault.term_end@pact"].contains(&"DTSTART;VALUE=DATE:20270130".to_string()));
}

/// RFC 5545 framing of a whole portfolio: CRLF everywhere, content lines
/// folded at 75 octets, one calendar, a fixed DTSTAMP.
#[test]
fn calendar_text_is_well_formed() {
    for paths in [vec!["examples/"], vec!["tests/outputs/cadences.pact"]] {
        let ics = build(&paths, "ics").stdout;
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"));
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        assert!(!ics.replace("\r\n", "").contains('\n'), "a bare LF");
        assert!(!ics.replace("\r\n", "").contains('\r'), "a bare CR");
        for line in ics.split("\r\n") {
            assert!(line.len() <= 75, "{} octets: {line}", line.len());
        }
        let c = components(&ics);
        assert!(!c.is_empty());
        for (uid, lines) in &c {
            assert!(
                lines.contains(&"DTSTAMP:20000101T000000Z".to_string()),
                "{uid}"
            );
        }
    }
}

/// Text values are escaped: the report description of the cadences
/// fixture has `,`, `;` and `\`.
#[test]
fn calendar_text_is_escaped() {
    let ics = build(&["tests/outputs/cadences.pact"], "ics").stdout;
    let c = components(&ics);
    let description = c["Desal.report.rep@pact"]
        .iter()
        .find(|l| l.starts_with("DESCRIPTION:"))
        .expect("a description")
        .clone();
    assert!(
        description.contains(r"Membrane flux\, salt rejection\; pressure \\ feed temperature"),
        "{description}"
    );
    assert!(description.contains(r"\nParticipants: Dune\nSource: "));
    assert!(description.contains("Ωmega, naïve café, 水処理".replace(',', "\\,").as_str()));
}

#[test]
fn snapshots_of_a_small_fixture() {
    let schedule = build(&["tests/outputs/year_end.pact"], "schedule").stdout;
    insta::assert_snapshot!("year_end_schedule", schedule);
    // CRLF is checked above; the snapshot shows plain lines.
    let ics = build(&["tests/outputs/year_end.pact"], "ics").stdout;
    insta::assert_snapshot!("year_end_ics", ics.replace("\r\n", "\n"));
}

/// The same bytes on every run and whatever the order of the paths.
#[test]
fn outputs_are_byte_identical_across_runs_and_path_order() {
    let examples: Vec<String> = cases(&root().join("examples"))
        .iter()
        .map(|p| relative(p))
        .collect();
    let fixtures: Vec<String> = cases(&root().join("tests/outputs"))
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "pact"))
        .map(|p| relative(p))
        .collect();
    assert!(examples.len() >= 8 && fixtures.len() >= 4);
    for set in [examples, fixtures] {
        let forward: Vec<&str> = set.iter().map(String::as_str).collect();
        let backward: Vec<&str> = forward.iter().rev().copied().collect();
        for emit in ["schedule", "ics", "obligations"] {
            let first = build(&forward, emit).stdout;
            let again = build(&forward, emit).stdout;
            let reversed = build(&backward, emit).stdout;
            assert!(!first.is_empty());
            assert!(first == again, "--emit {emit}: two runs differ");
            assert!(
                first == reversed,
                "--emit {emit}: reversing {forward:?} changes the output"
            );
        }
    }
}

/// `pact schema` holds one complete schema per JSON output; the schedule's
/// is an array of events.
#[test]
fn schema_has_one_schema_per_output() {
    let run = pact(&["schema"], None);
    assert_eq!(run.code, 0, "{}", run.transcript());
    let schema: Value = serde_json::from_str(&run.stdout).expect("the schema is JSON");
    for member in ["obligations", "schedule", "run"] {
        assert_eq!(
            schema[member]["$schema"], "https://json-schema.org/draft/2020-12/schema",
            "{member}"
        );
    }
    assert_eq!(schema["obligations"]["type"], "object");
    // The run report's health periods and new payment kinds (issue 13).
    let defs = &schema["run"]["$defs"];
    assert!(defs["HealthPeriod"]["properties"]["missed"].is_object());
    assert!(defs["Payment"]["properties"]["days_early"].is_object());
    assert_eq!(schema["schedule"]["type"], "array");
    assert_eq!(schema["schedule"]["items"]["$ref"], "#/$defs/Event");
    assert!(schema["schedule"]["$defs"]["Event"]["properties"]["date"].is_object());
}

/// The schedule's invoice and due dates are the invoices `pact run` makes
/// (design §10.2): the same (partnership, invoice date, due date) triples,
/// from the two implementations (`ir::periods` and `run/invoices.rs`).
#[test]
fn schedule_invoices_are_the_runs_invoices() {
    let case = "tests/outputs/invoices.pact";
    let schedule: Vec<Value> =
        serde_json::from_str(&build(&[case], "schedule").stdout).expect("the schedule is JSON");
    let mut listed: Vec<(String, String, String)> = schedule
        .iter()
        .filter(|e| e["kind"] == "invoice_due")
        .map(|e| {
            let text = |k: &str| e[k].as_str().unwrap_or_default().to_string();
            (text("partnership"), text("invoice_date"), text("date"))
        })
        .collect();
    listed.sort();
    let run = pact(
        &[
            "run",
            case,
            "--events",
            "-",
            "--until",
            "2027-12-31",
            "--format",
            "json",
        ],
        Some(b""),
    );
    assert_eq!(run.code, 0, "{}", run.transcript());
    let report: Value = serde_json::from_str(&run.stdout).expect("the report is JSON");
    let mut invoiced: Vec<(String, String, String)> = Vec::new();
    for p in report["partnerships"].as_array().expect("partnerships") {
        for o in p["obligations"].as_array().expect("obligations") {
            if o["origin"] == "invoice" {
                let text = |k: &str| o[k].as_str().unwrap_or_default().to_string();
                let name = p["name"].as_str().unwrap_or_default().to_string();
                invoiced.push((name, text("arises"), text("due")));
            }
        }
    }
    invoiced.sort();
    assert_eq!(listed.len(), 11);
    assert_eq!(listed, invoiced);
}
