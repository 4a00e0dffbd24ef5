//! Fixes of what the design audit found (session 4): each test fails on
//! the compiler before its fix. The expected dates and amounts are worked
//! out by hand in the comments.

use crate::pact;
use serde_json::Value;

fn s(v: &Value) -> String {
    v.as_str().unwrap_or_default().to_string()
}

fn run_json(file: &str, events: &str, until: &str) -> Value {
    let run = pact(
        &[
            "run", file, "--events", events, "--until", until, "--format", "json",
        ],
        None,
    );
    assert_eq!(run.code, 0, "{}", run.transcript());
    serde_json::from_str(&run.stdout).expect("the report is JSON")
}

fn partnership<'a>(report: &'a Value, name: &str) -> &'a Value {
    report["partnerships"]
        .as_array()
        .and_then(|all| all.iter().find(|p| p["name"] == name))
        .unwrap_or_else(|| panic!("no partnership {name} in {report}"))
}

/// Design §10.1: `health` is a built-in percent signal of *each*
/// partnership, so a `coordinate` condition reads `Sup.health`,
/// `Sup.health.operational` and `Sup.on_time`.
#[test]
fn coordinate_reads_another_partnerships_health() {
    let report = run_json(
        "tests/run/coordinate_health/portfolio.pact",
        "tests/run/coordinate_health/events.jsonl",
        "2026-07-15",
    );
    // Sup: one metric, on_time (operational, target >= 95%), operational
    // weight 100%. Quarterly health from 2026-01-01.
    // - 2026-02-01 on_time 80% < 90%: `Sup.on_time < 90%` fires that day,
    //   warm_up due 2026-02-01 + 30 days = 2026-03-03 (February has 28).
    // - Q1 (01-01..03-31): last reading 80% misses 95% -> operational 0%,
    //   health 0% x 100% = 0%, a reading dated 2026-03-31: both
    //   `Sup.health < 60%` (capacity due 03-31 + 30 = 04-30) and
    //   `Sup.health.operational < 50%` (staffing due 03-31 + 10 = 04-10)
    //   fire.
    // - Q2 (04-01..06-30): last reading 97% (05-10) meets 95% -> 100%:
    //   nothing fires on 2026-06-30.
    let backup = partnership(&report, "Backup");
    let mut firings: Vec<String> = backup["firings"]
        .as_array()
        .expect("firings")
        .iter()
        .map(|f| s(&f["date"]))
        .collect();
    firings.sort();
    assert_eq!(firings, ["2026-02-01", "2026-03-31", "2026-03-31"]);
    let mut due: Vec<(String, String)> = backup["obligations"]
        .as_array()
        .expect("obligations")
        .iter()
        .map(|o| (s(&o["text"]), s(&o["due"])))
        .collect();
    due.sort();
    assert_eq!(
        due,
        [
            (
                "Initech must prepare capacity".to_string(),
                "2026-04-30".to_string()
            ),
            (
                "Initech must review staffing".to_string(),
                "2026-04-10".to_string()
            ),
            (
                "Initech must warm_up standby".to_string(),
                "2026-03-03".to_string()
            ),
        ]
    );
    // The obligations JSON names the partnership the metric is read in.
    let build = pact(
        &[
            "build",
            "tests/run/coordinate_health/portfolio.pact",
            "--emit",
            "obligations",
        ],
        None,
    );
    assert_eq!(build.code, 0, "{}", build.transcript());
    let json: Value = serde_json::from_str(&build.stdout).expect("JSON");
    assert_eq!(
        json["coordination"][0]["rules"][0]["condition"]["left"],
        serde_json::json!({"type": "metric", "metric": "health", "partnership": "Sup"})
    );
}

/// `pact diff`: a partnership without a termination clause is not shown
/// with an empty "added termination: " line.
#[test]
fn an_added_partnership_lists_only_what_it_says() {
    let run = pact(
        &[
            "diff",
            "tests/run/diff_added/old",
            "tests/run/diff_added/new",
        ],
        None,
    );
    assert!(
        run.stdout.contains("partnership Q (added)"),
        "{}",
        run.transcript()
    );
    assert!(run.stdout.contains("added term: "), "{}", run.transcript());
    assert!(!run.stdout.contains("termination"), "{}", run.transcript());
}
