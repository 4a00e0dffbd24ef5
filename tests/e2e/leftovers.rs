//! Clauses that reached some outputs but not all (session 5, leftovers):
//! surveys as duties of `pact run`, documentation of blocks and clauses as
//! `description` in the obligations JSON, and caps that count what was
//! actually paid across an amendment. The expected figures are worked out
//! by hand in the comments and in the cases under `tests/run/`.

use crate::pact;
use serde_json::Value;

fn run_json(case: &str, until: &str) -> Value {
    let contract = format!("tests/run/{case}/portfolio.pact");
    let events = format!("tests/run/{case}/events.jsonl");
    let run = pact(
        &[
            "run", &contract, "--events", &events, "--format", "json", "--until", until,
        ],
        None,
    );
    assert_eq!(run.code, 0, "{}", run.transcript());
    serde_json::from_str(&run.stdout).expect("the output is JSON")
}

fn named<'a>(list: &'a Value, key: &str, name: &str) -> &'a Value {
    list.as_array()
        .and_then(|all| all.iter().find(|x| x[key] == name))
        .unwrap_or_else(|| panic!("no {key} = {name} in {list}"))
}

fn strings(o: &Value, keys: &[&str]) -> Vec<String> {
    keys.iter()
        .map(|k| o[*k].as_str().unwrap_or_default().to_string())
        .collect()
}

/// Design §5 "survey: recurring health assessments": each occurrence of a
/// survey is a duty of its `by` (of both parties when it names no one),
/// due by the day before the next occurrence — the rule reports follow.
#[test]
fn surveys_are_duties_of_the_run() {
    // As of 2026-09-01: health 02-15 (due 05-14, fulfilled 02-20), 05-15
    // (due 08-14, breached from 08-15), 08-15 (due 11-14, open); pulse
    // 02-01 (due 2027-01-31, fulfilled 03-01).
    let report = run_json("survey_duties", "2026-09-01");
    let s = named(&report["partnerships"], "name", "S");
    let mut duties: Vec<Vec<String>> = s["obligations"]
        .as_array()
        .expect("obligations")
        .iter()
        .map(|o| strings(o, &["id", "origin", "arises", "due", "status", "fulfilled"]))
        .collect();
    duties.sort();
    let want: Vec<Vec<String>> = [
        [
            "S.survey.health@2026-02-15",
            "survey",
            "2026-02-15",
            "2026-05-14",
            "fulfilled",
            "2026-02-20",
        ],
        [
            "S.survey.health@2026-05-15",
            "survey",
            "2026-05-15",
            "2026-08-14",
            "breached",
            "",
        ],
        [
            "S.survey.health@2026-08-15",
            "survey",
            "2026-08-15",
            "2026-11-14",
            "open",
            "",
        ],
        [
            "S.survey.pulse@2026-02-01",
            "survey",
            "2026-02-01",
            "2027-01-31",
            "fulfilled",
            "2026-03-01",
        ],
    ]
    .iter()
    .map(|row| row.iter().map(|x| x.to_string()).collect())
    .collect();
    assert_eq!(duties, want);
    let health = named(&s["obligations"], "id", "S.survey.health@2026-02-15");
    assert_eq!(
        health["text"],
        "Acme.ops must run survey health (anonymous)"
    );
    assert_eq!(health["owed_by"], serde_json::json!(["Acme"]));
    let pulse = named(&s["obligations"], "id", "S.survey.pulse@2026-02-01");
    assert_eq!(pulse["text"], "Acme, Globex must run survey pulse");
    assert_eq!(pulse["owed_by"], serde_json::json!(["Acme", "Globex"]));
    let breach = named(&s["breaches"], "obligation", "S.survey.health@2026-05-15");
    assert_eq!(breach["breached_on"], "2026-08-15");
    // The last occurrence (11-15) is due by the term's last day.
    let end = run_json("survey_duties", "2026-12-01");
    let s = named(&end["partnerships"], "name", "S");
    let last = named(&s["obligations"], "id", "S.survey.health@2026-11-15");
    assert_eq!(last["due"], "2027-01-31");
}

const BLOCKS: &str = "tests/design/s02_lexical/doc_comments_blocks.pact";

/// Design §2: `///` documents the next clause, carried into the outputs as
/// `description` — for blocks and clauses too: review, exit, survives,
/// escalation (on each level), disputes, pay (on each item) and metric.
#[test]
fn doc_comments_of_blocks_reach_the_obligations_json() {
    let run = pact(
        &["build", "--color", "never", BLOCKS, "--emit", "obligations"],
        None,
    );
    assert_eq!(run.code, 0, "{}", run.transcript());
    let doc: Value = serde_json::from_str(&run.stdout).expect("the output is JSON");
    let p = &doc["partnerships"][0];
    let said = |v: &Value| v["description"].as_str().unwrap_or_default().to_string();
    assert_eq!(said(&p["metrics"][0]), "Doc of the metric.");
    assert_eq!(
        said(named(&p["recurring"], "name", "qbr")),
        "Doc of the review."
    );
    for level in p["escalation"].as_array().expect("escalation") {
        assert_eq!(said(level), "Doc of the escalation.");
    }
    assert_eq!(said(&p["disputes"]), "Doc of the disputes.");
    let payments = p["payments"].as_array().expect("payments");
    assert_eq!(payments.len(), 2);
    for item in payments {
        assert_eq!(said(item), "Doc of the pay block.");
    }
    assert_eq!(said(&p["exit"]), "Doc of the exit.");
    assert_eq!(said(&p["survives"][0]), "Doc of the survival.");
    // The duties inside the blocks are not the block: no description.
    for o in p["obligations"].as_array().expect("obligations") {
        assert!(o.get("description").is_none(), "{o}");
    }
    insta::assert_snapshot!("doc_comments_blocks_obligations", run.stdout);
}

/// Design §5.1 caps "per year" across an amendment (§10.6): the cap counts
/// what was actually paid in the contract year under every version, not
/// what the new version would have paid from the start of the year.
#[test]
fn caps_count_what_was_paid_across_an_amendment() {
    let report = run_json("amend_caps", "2026-12-31");
    let p = named(&report["partnerships"], "name", "AcmeGlobex");
    let paid: Vec<Vec<String>> = p["payments"]
        .as_array()
        .expect("payments")
        .iter()
        .map(|x| strings(x, &["kind", "date", "amount"]))
        .collect();
    let want: Vec<Vec<String>> = [
        ["share", "2026-03-31", "20000.00"],
        ["success_fee", "2026-03-31", "30000.00"],
        ["success_fee", "2026-06-30", "10000.00"],
        ["share", "2026-09-30", "10000.00"],
        ["success_fee", "2026-09-30", "10000.00"],
        ["success_fee", "2026-12-31", "0.00"],
    ]
    .iter()
    .map(|row| row.iter().map(|x| x.to_string()).collect())
    .collect();
    assert_eq!(paid, want, "{p:#}");
    let total = named(&p["totals"], "party", "Globex");
    assert_eq!(total["received"], "80000.00", "{total}");
}
