//! Outputs the design audit found missing (session 5), on the audit's own
//! contracts in `tests/design/`: doc comments as `description`, reports as
//! duties of `pact run`, `adjusted following|preceding` in the obligations
//! JSON, the exit transition and survival periods as dated items, the date
//! a renewal decision in the trace is made, and the end date of a meeting
//! past midnight. Each test fails on the compiler before its fix; the
//! expected dates are worked out by hand in the comments.

use crate::pact;
use serde_json::Value;

fn build(file: &str, emit: &str) -> String {
    let run = pact(&["build", "--color", "never", file, "--emit", emit], None);
    assert_eq!(run.code, 0, "{}", run.transcript());
    run.stdout
}

fn json(text: &str) -> Value {
    serde_json::from_str(text).expect("the output is JSON")
}

fn run_json(file: &str, events: &str, until: Option<&str>) -> Value {
    let mut args = vec!["run", file, "--events", events, "--format", "json"];
    if let Some(until) = until {
        args.extend_from_slice(&["--until", until]);
    }
    let run = pact(&args, None);
    assert_eq!(run.code, 0, "{}", run.transcript());
    json(&run.stdout)
}

fn named<'a>(list: &'a Value, key: &str, name: &str) -> &'a Value {
    list.as_array()
        .and_then(|all| all.iter().find(|x| x[key] == name))
        .unwrap_or_else(|| panic!("no {key} = {name} in {list}"))
}

const DOCS: &str = "tests/design/s02_lexical/doc_comments.pact";

/// Design §2: "`//!` documents the file, `///` the next declaration (both
/// carried into the outputs as `description`)".
#[test]
fn doc_comments_reach_the_obligations_json() {
    let text = build(DOCS, "obligations");
    let doc = json(&text);
    let file = &doc["files"][0];
    assert_eq!(file["file"], DOCS);
    assert!(file["description"]
        .as_str()
        .is_some_and(|d| d.starts_with("§2: \"`//!` documents the file")));
    let declared: Vec<(String, String, String)> = doc["declarations"]
        .as_array()
        .expect("declarations")
        .iter()
        .map(|d| {
            let s = |k: &str| d[k].as_str().unwrap_or_default().to_string();
            (s("kind"), s("name"), s("description"))
        })
        .collect();
    let want = [
        ("party", "Acme", "Doc of the party Acme."),
        ("resource", "Data", "Doc of the resource."),
        ("signal", "cost_change", "Doc of the signal."),
    ]
    .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()));
    assert_eq!(declared, want);
    let p = &doc["partnerships"][0];
    assert_eq!(p["description"], "Doc of the partnership.");
    assert_eq!(
        named(&p["recurring"], "name", "sync")["description"],
        "Doc of the meeting."
    );
    assert_eq!(
        named(&p["obligations"], "id", "P.clause.Globex-must-deliver-code")["description"],
        "Doc of the duty."
    );
    // The trigger's doc is the trigger's, not its duty's.
    assert_eq!(
        named(&p["triggers"], "name", "t")["description"],
        "Doc of the trigger."
    );
    let notify = named(
        &p["obligations"],
        "id",
        "P.trigger.t.Globex-must-notify-Acme.ops",
    );
    assert!(notify.get("description").is_none(), "{notify}");
    assert_eq!(
        named(&p["milestones"], "name", "go_live")["description"],
        "Doc of the milestone."
    );
    assert_eq!(p["grants"][0]["description"], "Doc of the grant.");
    insta::assert_snapshot!("doc_comments_obligations", text);
}

#[test]
fn doc_comments_reach_the_schedule_and_the_calendar() {
    let schedule = json(&build(DOCS, "schedule"));
    let events = schedule.as_array().expect("events");
    let sync = events
        .iter()
        .find(|e| e["name"] == "sync")
        .expect("a sync meeting");
    assert_eq!(sync["description"], "Doc of the meeting.");
    let go_live = events
        .iter()
        .find(|e| e["kind"] == "milestone")
        .expect("the milestone");
    assert_eq!(go_live["description"], "Doc of the milestone.");
    let end = events
        .iter()
        .find(|e| e["kind"] == "term_end")
        .expect("the term end");
    assert!(end.get("description").is_none(), "{end}");
    let ics = build(DOCS, "ics").replace("\r\n", "\n").replace("\n ", "");
    // The calendar's own DESCRIPTION (RFC 7986) is the file's `//!` text.
    let head = ics.split("BEGIN:VEVENT").next().unwrap_or_default();
    assert!(
        head.contains("DESCRIPTION:§2: \"`//!` documents the file"),
        "{head}"
    );
    assert!(ics.contains("\\nDoc of the meeting.\\n"), "{ics}");
    assert!(ics.contains("\\nDoc of the milestone.\\n"), "{ics}");
}

/// Design §5 "report: recurring reporting duties": each occurrence is a duty
/// of the report's `by`, due by the day before the next occurrence.
#[test]
fn reports_are_duties_of_the_run() {
    // Quarterly from 2026-01-01: 01-01 (due 03-31), 04-01 (due 06-30), as
    // of 2026-04-15. The first is fulfilled on 01-10, the second still open.
    let report = run_json(
        "tests/design/s10_life/report_duties.pact",
        "tests/design/s10_life/report_duties.jsonl",
        Some("2026-04-15"),
    );
    let r = named(&report["partnerships"], "name", "R");
    let duties: Vec<(String, String, String, String, String)> = r["obligations"]
        .as_array()
        .expect("obligations")
        .iter()
        .map(|o| {
            let s = |k: &str| o[k].as_str().unwrap_or_default().to_string();
            (s("id"), s("origin"), s("due"), s("status"), s("fulfilled"))
        })
        .collect();
    let want = [
        (
            "R.report.values@2026-01-01",
            "report",
            "2026-03-31",
            "fulfilled",
            "2026-01-10",
        ),
        (
            "R.report.values@2026-04-01",
            "report",
            "2026-06-30",
            "open",
            "",
        ),
    ]
    .map(|(a, b, c, d, e)| {
        (
            a.to_string(),
            b.to_string(),
            c.to_string(),
            d.to_string(),
            e.to_string(),
        )
    });
    assert_eq!(duties, want);
    let text = named(&r["obligations"], "id", "R.report.values@2026-01-01")["text"].clone();
    assert_eq!(
        text,
        "Globex must report values (supply-chain ethics commitments)"
    );
    assert_eq!(r["obligations"][0]["owed_by"][0], "Globex");
    // As of 2026-07-15 the second report is late: breached from 07-01.
    let late = run_json(
        "tests/design/s10_life/report_duties.pact",
        "tests/design/s10_life/report_duties.jsonl",
        Some("2026-07-15"),
    );
    let breaches = &named(&late["partnerships"], "name", "R")["breaches"];
    let breach = named(breaches, "obligation", "R.report.values@2026-04-01");
    assert_eq!(breach["breached_on"], "2026-07-01");
}

/// Design §5.1: `adjusted following|preceding` rolls dates to a business
/// day; the obligations JSON carries the rule next to the cadence.
#[test]
fn adjusted_cadences_say_so_in_the_obligations_json() {
    let doc = json(&build(
        "tests/design/s05_1_dates/terms_and_recurrences.pact",
        "obligations",
    ));
    let to_end = named(&doc["partnerships"], "name", "ToEnd");
    let adjusted = |name: &str| {
        named(&to_end["recurring"], "name", name)
            .get("adjusted")
            .cloned()
    };
    assert_eq!(adjusted("f"), Some(Value::from("following")));
    assert_eq!(adjusted("p"), Some(Value::from("preceding")));
    assert_eq!(adjusted("d"), None);
}

/// Design §10.3: "Schedule and run show both" — the exit transition (the
/// day after the end, for its length) and the survival period.
#[test]
fn the_exit_transition_and_survival_are_dated() {
    // Life: 2026-01-01 for 1 year, ends 2026-12-31; transition 1 month:
    // 2027-01-01 .. 2027-01-31; survives 1 year: 2027-01-01 .. 2027-12-31.
    let file = "tests/design/s10_life/life.pact";
    let schedule = json(&build(file, "schedule"));
    let mut got: Vec<(String, String, String)> = schedule
        .as_array()
        .expect("events")
        .iter()
        .filter(|e| e["partnership"] == "Life")
        .filter(|e| {
            e["kind"]
                .as_str()
                .is_some_and(|k| k.starts_with("transition") || k.starts_with("survival"))
        })
        .map(|e| {
            let s = |k: &str| e[k].as_str().unwrap_or_default().to_string();
            (s("date"), s("kind"), s("name"))
        })
        .collect();
    got.sort();
    let want = [
        ("2027-01-01", "survival_start", "survives 1 year"),
        ("2027-01-01", "transition_start", "exit transition starts"),
        ("2027-01-31", "transition_end", "exit transition ends"),
        ("2027-12-31", "survival_end", "survives 1 year"),
    ]
    .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()));
    assert_eq!(got, want);
    let ics = build(file, "ics").replace("\r\n", "\n");
    for (uid, date) in [
        ("Life.transition_start@pact", "20270101"),
        ("Life.transition_end@pact", "20270131"),
        ("Life.survival_start.survives 1 year@pact", "20270101"),
        ("Life.survival_end.survives 1 year@pact", "20271231"),
    ] {
        let at = ics
            .find(&format!("UID:{uid}\n"))
            .unwrap_or_else(|| panic!("no {uid} in {ics}"));
        let component = ics.get(at..).unwrap_or_default();
        let component = component.split("END:").next().unwrap_or_default();
        assert!(
            component.contains(&format!("DTSTART;VALUE=DATE:{date}\n")),
            "{component}"
        );
    }
}

/// Design §10.3: a trace may decide the renewal by the decision date; the
/// decision is made on its line's date, not on the decision date.
#[test]
fn a_renewal_decided_in_the_trace_is_decided_on_its_date() {
    let report = run_json(
        "tests/design/s10_life/renew.pact",
        "tests/design/s10_life/renew.jsonl",
        None,
    );
    let term = &named(&report["partnerships"], "name", "R")["life"]["terms"][0];
    assert_eq!(term["outcome"], "renewed");
    assert_eq!(term["decision_due"], "2026-11-01");
    assert_eq!(term["decided_on"], "2026-10-15");
}

/// A meeting past midnight ends on the next day: `end_date` says which.
#[test]
fn a_meeting_past_midnight_has_its_end_date() {
    // `night_watch weekly on thursday at 23:30 for 1 hour`: 23:30 to 00:30.
    let schedule = json(&build("tests/outputs/year_end.pact", "schedule"));
    let events = schedule.as_array().expect("events");
    let night: Vec<&Value> = events
        .iter()
        .filter(|e| e["name"] == "night_watch")
        .collect();
    assert!(!night.is_empty());
    for e in night {
        let date =
            chrono::NaiveDate::parse_from_str(e["date"].as_str().unwrap_or_default(), "%Y-%m-%d")
                .expect("a date");
        let next = date.succ_opt().expect("a next day").to_string();
        assert_eq!(e["end_time"], "00:30");
        assert_eq!(e["end_date"], Value::from(next));
    }
    // A meeting that ends on its own day has no `end_date`.
    assert!(events
        .iter()
        .filter(|e| e["end_time"].is_string() && e["name"] != "night_watch")
        .all(|e| e.get("end_date").is_none()));
}
