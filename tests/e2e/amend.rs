//! Amendments end to end (design §10.6): outputs switch exactly on the
//! effective date, `--as-of` gives one version, and `pact diff`.
//!
//! The case is `tests/run/amendment/`: a one-year term from 2026-01-01, a
//! 20,000 USD monthly retainer in arrears and a weekly Monday meeting; an
//! amendment effective 2026-07-01 raises the retainer to 22,000 USD, adds a
//! 1,000 USD fee per accepted deliverable and moves the meeting to every
//! other Tuesday.

use super::pact;
use serde_json::Value;

const CASE: &str = "tests/run/amendment/portfolio.pact";
const EVENTS: &str = "tests/run/amendment/events.jsonl";

fn json(args: &[&str]) -> Value {
    let run = pact(args, None);
    assert_eq!(run.code, 0, "{}", run.transcript());
    serde_json::from_str(&run.stdout).expect("JSON output")
}

fn meetings(schedule: &Value, from: &str, to: &str) -> Vec<(String, u64)> {
    schedule
        .as_array()
        .expect("an array")
        .iter()
        .filter(|e| e["kind"] == "meeting")
        .filter(|e| e["date"].as_str().is_some_and(|d| d >= from && d <= to))
        .map(|e| {
            (
                e["date"].as_str().unwrap_or_default().to_string(),
                e["source"]["line"].as_u64().unwrap_or_default(),
            )
        })
        .collect()
}

#[test]
fn the_schedule_switches_cadence_on_the_effective_date() {
    let schedule = json(&["build", CASE, "--emit", "schedule"]);
    // Weekly on Mondays (line 13) up to 2026-06-29, the last Monday of June.
    // From 2026-07-01 every 2 weeks on Tuesday (line 32), counted from the
    // first Tuesday on or after the start, 2026-01-06: 2026-07-07 is 182
    // days = 26 weeks later (even, so it is one), then 07-21 and 08-04.
    let got = meetings(&schedule, "2026-06-15", "2026-08-05");
    let want = [
        ("2026-06-15", 13),
        ("2026-06-22", 13),
        ("2026-06-29", 13),
        ("2026-07-07", 32),
        ("2026-07-21", 32),
        ("2026-08-04", 32),
    ];
    let want: Vec<(String, u64)> = want.iter().map(|(d, l)| (d.to_string(), *l)).collect();
    assert_eq!(got, want);
}

#[test]
fn the_calendar_switches_on_the_effective_date() {
    let run = pact(&["build", CASE, "--emit", "ics"], None);
    assert_eq!(run.code, 0, "{}", run.transcript());
    // Unfolded content lines, to read the RDATE lists whole.
    let ics = run.stdout.replace("\r\n ", "");
    let component = |uid: &str| {
        let at = ics
            .find(&format!("UID:{uid}\r\n"))
            .unwrap_or_else(|| panic!("{uid} in {ics}"));
        let end = ics[at..].find("END:").map_or(ics.len(), |e| at + e);
        ics[at..end].to_string()
    };
    // Version 1: Mondays from 2026-01-05 (the first Monday in the term) to
    // 2026-06-29, the last before 2026-07-01: 26 Mondays.
    let v1 = component("AcmeGlobex.meeting.tactical@pact");
    assert!(v1.contains("DTSTART"), "{v1}");
    assert!(v1.contains("20260629"), "{v1}");
    assert!(!v1.contains("202607"), "{v1}");
    // Version 2: every other Tuesday from 2026-07-07 to 2026-12-22 (07-07 plus 24 weeks).
    let v2 = component("AcmeGlobex.meeting.tactical.v2@pact");
    assert!(v2.contains("20260707"), "{v2}");
    assert!(v2.contains("20261222"), "{v2}");
    assert!(!v2.contains("20260630"), "{v2}");
    assert!(v2.contains("Version 2 of the contract"), "{v2}");
}

#[test]
fn as_of_emits_one_version() {
    let before = json(&["build", CASE, "--emit", "schedule", "--as-of", "2026-06-30"]);
    let after = json(&["build", CASE, "--emit", "schedule", "--as-of", "2026-07-01"]);
    // The original terms all year: 52 Mondays from 01-05 to 12-28.
    assert_eq!(meetings(&before, "2026-01-01", "2026-12-31").len(), 52);
    // The amended terms all year: every other Tuesday from 01-06 to 12-22
    // (01-06 + 25 × 14 days), 26 dates.
    assert_eq!(meetings(&after, "2026-01-01", "2026-12-31").len(), 26);
}

#[test]
fn the_run_switches_retainer_on_the_effective_date() {
    let report = json(&[
        "run",
        CASE,
        "--events",
        EVENTS,
        "--until",
        "2026-12-31",
        "--format",
        "json",
    ]);
    let p = &report["partnerships"][0];
    let payments: Vec<(String, String, String)> = p["payments"]
        .as_array()
        .expect("payments")
        .iter()
        .map(|x| {
            (
                x["date"].as_str().unwrap_or_default().to_string(),
                x["kind"].as_str().unwrap_or_default().to_string(),
                x["amount"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect();
    let mut want: Vec<(String, String, String)> = Vec::new();
    // In arrears: each month's retainer is paid on its last day. January to
    // June under the old terms (20,000.00), July to December under the new
    // (22,000.00).
    let ends = [
        "01-31", "02-28", "03-31", "04-30", "05-31", "06-30", "07-31", "08-31", "09-30", "10-31",
        "11-30", "12-31",
    ];
    for (i, end) in ends.iter().enumerate() {
        let amount = if i < 6 { "20000.00" } else { "22000.00" };
        want.push((format!("2026-{end}"), "retainer".into(), amount.into()));
    }
    // The deliverable accepted on 03-10 earns nothing (no fee before the
    // amendment); the one on 08-10 earns the new 1,000.00 fee.
    want.push(("2026-08-10".into(), "fee".into(), "1000.00".into()));
    want.sort();
    let mut got = payments;
    got.sort();
    assert_eq!(got, want);
    // 6 × 20,000 + 6 × 22,000 + 1,000 = 253,000.00.
    assert_eq!(p["totals"][0]["received"], "253000.00");
}

/// A fresh directory for files a test writes.
fn scratch(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("pact-amend-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a scratch directory");
    dir
}

/// The case without its amendment: the contract as first signed.
fn original(dir: &std::path::Path) -> String {
    let text = std::fs::read_to_string(super::root().join(CASE)).expect("the case");
    let cut = text.find("\namend ").expect("the case has an amendment");
    let path = dir.join("original.pact");
    std::fs::write(&path, &text[..cut + 1]).expect("written");
    path.to_string_lossy().to_string()
}

#[test]
fn diff_names_the_retainer_and_the_moved_meetings() {
    let dir = scratch("diff");
    let old = original(&dir);
    let run = pact(&["diff", &old, CASE, "--format", "json"], None);
    assert_eq!(run.code, 1, "something differs: {}", run.transcript());
    let diff: Value = serde_json::from_str(&run.stdout).expect("JSON");
    let p = &diff["partnerships"][0];
    assert_eq!(p["name"], "AcmeGlobex");
    let retainer = p["clauses"]
        .as_array()
        .expect("clauses")
        .iter()
        .find(|c| c["id"] == "AcmeGlobex.retainer.Globex")
        .expect("the retainer changed");
    assert_eq!(retainer["status"], "changed");
    assert_eq!(retainer["fields"][0]["path"], "amount.amount");
    assert_eq!(retainer["fields"][0]["old"], "20000");
    assert_eq!(retainer["fields"][0]["new"], "22000");
    // From July, each Monday of the old weekly meeting (07-06 to 12-28, 26
    // of them) either moved to the Tuesday after it — the Mondays of the
    // even weeks counted from 01-05: 07-06, 07-20 ... 07-06 + 12 × 14 days
    // = 12-21, 13 of them, to 07-07 ... 12-22 — or is gone: 07-13, 07-27
    // ... 12-28, the other 13. Before July nothing changes.
    let moved = p["events"]["moved"].as_array().expect("moved");
    assert_eq!(moved.len(), 13);
    assert_eq!(moved[0]["old"], "2026-07-06");
    assert_eq!(moved[0]["new"], "2026-07-07");
    assert_eq!(moved[12]["old"], "2026-12-21");
    assert_eq!(moved[12]["new"], "2026-12-22");
    let removed = p["events"]["removed"].as_array().expect("removed");
    assert_eq!(removed.len(), 13);
    assert_eq!(removed[0]["date"], "2026-07-13");
    assert_eq!(removed[12]["date"], "2026-12-28");
    assert!(p["events"]["added"].as_array().expect("added").is_empty());
    // Retainers in contract year 1: 12 × 20,000 before; 6 × 20,000 +
    // 6 × 22,000 = 252,000 after.
    assert_eq!(p["money"][0]["old"], "240000.00");
    assert_eq!(p["money"][0]["new"], "252000.00");
    // The human summary says the same in words.
    let human = pact(&["diff", &old, CASE], None);
    assert_eq!(human.code, 1);
    assert!(
        human.stdout.contains("amount.amount: 20000 -> 22000"),
        "{}",
        human.stdout
    );
    assert!(
        human
            .stdout
            .contains("meeting tactical: 13 moved (2026-07-06 -> 2026-07-07"),
        "{}",
        human.stdout
    );
    assert!(
        human
            .stdout
            .contains("240,000.00 USD -> 252,000.00 USD (+12,000.00)"),
        "{}",
        human.stdout
    );
}

#[test]
fn diff_of_a_file_and_its_formatted_text_is_empty() {
    let dir = scratch("fmt");
    let text = std::fs::read_to_string(super::root().join(CASE)).expect("the case");
    // Comments and layout changed, nothing else.
    let messy = text
        .replace("  currency USD", "  currency   USD // in dollars")
        .replace("\n\namend", "\n// the amendment of July\n\n\namend");
    let messy_path = dir.join("messy.pact");
    std::fs::write(&messy_path, &messy).expect("written");
    let formatted = pact(&["fmt", "-"], Some(messy.as_bytes()));
    assert_eq!(formatted.code, 0, "{}", formatted.transcript());
    let formatted_path = dir.join("formatted.pact");
    std::fs::write(&formatted_path, &formatted.stdout).expect("written");
    for (a, b) in [
        (CASE.to_string(), messy_path.to_string_lossy().to_string()),
        (
            messy_path.to_string_lossy().to_string(),
            formatted_path.to_string_lossy().to_string(),
        ),
    ] {
        let run = pact(&["diff", &a, &b], None);
        assert_eq!(run.code, 0, "{}", run.transcript());
        assert_eq!(run.stdout, "no differences\n");
    }
}

#[test]
fn diff_of_two_dates_of_one_portfolio() {
    let same = pact(
        &[
            "diff",
            "--as-of",
            "2026-07-01",
            "--as-of",
            "2026-12-31",
            CASE,
        ],
        None,
    );
    assert_eq!(same.code, 0, "{}", same.transcript());
    let run = pact(
        &[
            "diff",
            "--as-of",
            "2026-06-30",
            "--as-of",
            "2026-07-01",
            CASE,
            "--format",
            "json",
        ],
        None,
    );
    assert_eq!(run.code, 1, "{}", run.transcript());
    let diff: Value = serde_json::from_str(&run.stdout).expect("JSON");
    // Each version over the whole year: 12 × 20,000 against 12 × 22,000.
    assert_eq!(diff["partnerships"][0]["money"][0]["old"], "240000.00");
    assert_eq!(diff["partnerships"][0]["money"][0]["new"], "264000.00");
}

#[test]
fn diff_usage_and_inputs_with_errors_exit_2() {
    assert_eq!(pact(&["diff", CASE], None).code, 2);
    assert_eq!(pact(&["diff", "--as-of", "2026-07-01", CASE], None).code, 2);
    let dir = scratch("errors");
    let bad = dir.join("bad.pact");
    std::fs::write(&bad, "partnership P { term 2026-02-30 for 1 year }\n").expect("written");
    let run = pact(&["diff", CASE, &bad.to_string_lossy()], None);
    assert_eq!(run.code, 2, "{}", run.transcript());
}
