//! Amendments end to end (design §10.6): outputs switch exactly on the
//! effective date, `--as-of` gives one version, and `pact diff`.
//!
//! The case is `tests/run/amendment/`: a one-year term from 2026-01-01, a
//! 20,000 USD monthly retainer in arrears and a weekly Monday meeting; an
//! amendment effective 2026-07-01 raises the retainer to 22,000 USD, adds a
//! 1,000 USD fee per accepted deliverable and makes the meeting fortnightly.

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
    // From 2026-07-01 every 2 weeks on Monday (line 32), counted from the
    // first Monday on or after the start, 2026-01-05: 2026-07-06 is 182
    // days = 26 weeks later (even, so it is one), then 07-20 and 08-03.
    let got = meetings(&schedule, "2026-06-15", "2026-08-05");
    let want = [
        ("2026-06-15", 13),
        ("2026-06-22", 13),
        ("2026-06-29", 13),
        ("2026-07-06", 32),
        ("2026-07-20", 32),
        ("2026-08-03", 32),
    ];
    let want: Vec<(String, u64)> = want.iter().map(|(d, l)| (d.to_string(), *l)).collect();
    assert_eq!(got, want);
}

#[test]
fn as_of_emits_one_version() {
    let before = json(&["build", CASE, "--emit", "schedule", "--as-of", "2026-06-30"]);
    let after = json(&["build", CASE, "--emit", "schedule", "--as-of", "2026-07-01"]);
    // The original terms all year: 52 Mondays from 01-05 to 12-28.
    assert_eq!(meetings(&before, "2026-01-01", "2026-12-31").len(), 52);
    // The amended terms all year: every other Monday from 01-05, 26 dates.
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
