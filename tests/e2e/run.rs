//! `pact run` end to end: the hand-computed traces under `tests/run/` (each
//! a portfolio, a trace, and figures worked out by hand in the comments
//! below), bad traces, and the command line's outputs.

use super::{pact, root, Run};
use serde_json::Value;

/// `pact run tests/run/CASE/portfolio.pact --events tests/run/CASE/EVENTS --format json ARGS`.
fn run_case(case: &str, events: &str, args: &[&str]) -> Run {
    let portfolio = format!("tests/run/{case}/portfolio.pact");
    let events = format!("tests/run/{case}/{events}");
    let mut all = vec!["run", portfolio.as_str(), "--events", events.as_str()];
    all.extend_from_slice(args);
    pact(&all, None)
}

/// The JSON report of a case that must run cleanly.
fn report(case: &str, args: &[&str]) -> (Value, String) {
    let mut all = vec!["--format", "json"];
    all.extend_from_slice(args);
    let run = run_case(case, "events.jsonl", &all);
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert!(run.stderr.is_empty(), "{}", run.transcript());
    let json = serde_json::from_str(&run.stdout).expect("the report is JSON");
    (json, run.stdout)
}

fn partnership<'v>(report: &'v Value, name: &str) -> &'v Value {
    report["partnerships"]
        .as_array()
        .and_then(|list| list.iter().find(|p| p["name"] == name))
        .unwrap_or_else(|| panic!("no partnership {name}"))
}

fn text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => "-".to_string(),
        other => other.to_string(),
    }
}

/// `(date, kind, amount)` of every payment, with the tier, event or
/// milestone for bonuses, fees and penalties.
fn payments(p: &Value) -> Vec<(String, String, String, String)> {
    p["payments"]
        .as_array()
        .expect("payments")
        .iter()
        .map(|x| {
            let detail = ["tier", "event", "milestone", "uncapped"]
                .iter()
                .find(|k| !x[**k].is_null())
                .map(|k| format!("{k}={}", text(&x[*k])))
                .unwrap_or_default();
            (
                text(&x["date"]),
                text(&x["kind"]),
                format!("{} {}", text(&x["amount"]), text(&x["currency"])),
                detail,
            )
        })
        .collect()
}

fn owned(rows: &[(&str, &str, &str, &str)]) -> Vec<(String, String, String, String)> {
    rows.iter()
        .map(|(a, b, c, d)| (a.to_string(), b.to_string(), c.to_string(), d.to_string()))
        .collect()
}

/// `(id, due, status, fulfilled)` of every obligation.
fn obligations(p: &Value) -> Vec<(String, String, String, String)> {
    p["obligations"]
        .as_array()
        .expect("obligations")
        .iter()
        .map(|o| {
            (
                text(&o["id"]),
                text(&o["due"]),
                text(&o["status"]),
                text(&o["fulfilled"]),
            )
        })
        .collect()
}

/// `(obligation, parties, due, days late, cured on)` of every breach.
fn breaches(p: &Value) -> Vec<(String, String, String, i64, String)> {
    p["breaches"]
        .as_array()
        .expect("breaches")
        .iter()
        .map(|b| {
            let parties: Vec<String> = b["parties"]
                .as_array()
                .map(|a| a.iter().map(text).collect())
                .unwrap_or_default();
            (
                text(&b["obligation"]),
                parties.join("+"),
                text(&b["due"]),
                b["days_late"].as_i64().expect("days"),
                text(&b["cured_on"]),
            )
        })
        .collect()
}

fn snapshot(name: &str, body: &str) {
    insta::with_settings!({ omit_expression => true }, {
        insta::assert_snapshot!(name, body);
    });
}

#[test]
fn success_fee_cap_reached_mid_year_and_reset_in_the_next() {
    // 10% of each reading, at most 50 000.00 USD per contract year:
    //   2026-03-31  200 000.00 -> 20 000.00            year 1: 20 000.00
    //   2026-06-30  250 000.45 -> 25 000.045 -> 25 000.04 (half-even)
    //                                                  year 1: 45 000.04
    //   2026-09-30   80 000.00 ->  8 000.00, room 4 999.96 -> 4 999.96
    //   2026-12-31   30 000.00 ->  3 000.00, room 0        -> 0.00
    //   2027-01-01  120 000.00 -> 12 000.00 (year 2 starts) year 2: 12 000.00
    //   2027-03-31  500 000.00 -> 50 000.00, room 38 000.00 -> 38 000.00
    let (json, raw) = report("success_fee_cap", &[]);
    let p = partnership(&json, "AcmeGlobex");
    assert_eq!(
        payments(p),
        owned(&[
            ("2026-03-31", "success_fee", "20000.00 USD", ""),
            ("2026-06-30", "success_fee", "25000.04 USD", ""),
            (
                "2026-09-30",
                "success_fee",
                "4999.96 USD",
                "uncapped=8000.00"
            ),
            ("2026-12-31", "success_fee", "0.00 USD", "uncapped=3000.00"),
            ("2027-01-01", "success_fee", "12000.00 USD", ""),
            (
                "2027-03-31",
                "success_fee",
                "38000.00 USD",
                "uncapped=50000.00"
            ),
        ])
    );
    let years: Vec<i64> = p["payments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x["contract_year"].as_i64().unwrap())
        .collect();
    assert_eq!(years, vec![1, 1, 1, 1, 2, 2]);
    assert_eq!(p["payments"][1]["exact"], "25000.045");
    assert_eq!(p["totals"][0]["received"], "100000.00");
    assert_eq!(json["as_of"], "2027-03-31");
    snapshot("success_fee_cap_json", &raw);
}

#[test]
fn business_day_deadlines_across_holidays_and_weekends() {
    // Holidays Thu 2026-12-24, Fri 12-25, Thu 12-31, Fri 2027-01-01.
    // Fired Tue 2026-12-22: 5 business days = Wed 23, Mon 28, Tue 29, Wed 30,
    // Mon 2027-01-04; 10 = + Tue 5, Wed 6, Thu 7, Fri 8, Mon 11;
    // 24 hours = the end of Wed 12-23.
    // Fired again Wed 2027-01-06 (re-armed at 10% on 01-05; 22% on 01-07
    // fires nothing): 5 business days = Wed 01-13, 10 = Wed 01-20, 24 hours
    // = Thu 01-07.
    let (json, raw) = report("business_days", &["--until", "2027-01-15"]);
    let p = partnership(&json, "AcmeGlobex");
    let id = |what: &str, on: &str| format!("AcmeGlobex.trigger.cost_spike.{what}@{on}");
    let row = |what: &str, on: &str, due: &str, status: &str, done: &str| {
        (
            id(what, on),
            due.to_string(),
            status.to_string(),
            done.to_string(),
        )
    };
    assert_eq!(
        obligations(p),
        vec![
            row(
                "Globex-must-acknowledge",
                "2026-12-22",
                "2026-12-23",
                "fulfilled_late",
                "2026-12-24"
            ),
            row(
                "Globex-must-notify-Acme.rm",
                "2026-12-22",
                "2027-01-04",
                "fulfilled",
                "2027-01-04"
            ),
            row(
                "Globex-must-acknowledge",
                "2027-01-06",
                "2027-01-07",
                "fulfilled",
                "2027-01-07"
            ),
            row(
                "Acme.rm+Globex.rm-must-meet",
                "2026-12-22",
                "2027-01-11",
                "breached",
                "-"
            ),
            row(
                "Globex-must-notify-Acme.rm",
                "2027-01-06",
                "2027-01-13",
                "fulfilled",
                "2027-01-13"
            ),
            row(
                "Acme.rm+Globex.rm-must-meet",
                "2027-01-06",
                "2027-01-20",
                "open",
                "-"
            ),
        ]
    );
    assert_eq!(
        breaches(p),
        vec![
            (
                id("Globex-must-acknowledge", "2026-12-22"),
                "Globex".to_string(),
                "2026-12-23".to_string(),
                1,
                "2026-12-24".to_string()
            ),
            (
                id("Acme.rm+Globex.rm-must-meet", "2026-12-22"),
                "Acme+Globex".to_string(),
                "2027-01-11".to_string(),
                4,
                "-".to_string()
            ),
        ]
    );
    let fired: Vec<String> = p["firings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| text(&f["date"]))
        .collect();
    assert_eq!(fired, vec!["2026-12-22", "2027-01-06"]);
    snapshot("business_days_json", &raw);
}

#[test]
fn a_dispute_climbs_every_step_to_binding_arbitration() {
    // Notice Mon 2026-03-02. Negotiation: 5 business days -> Mon 03-09.
    // Managers from 03-09: 10 business days, skipping the holiday Fri 03-20
    // -> Tue 03-24. Mediation from 03-24, due 30 days of the notice
    // -> Wed 04-01. Arbitration from 04-01, binding, resolved 05-15.
    // Second dispute: notice Mon 06-01 (negotiation until 06-08), escalated
    // Wed 06-03, managers until Wed 06-17, resolved 06-10.
    // Escalation raised Mon 07-06: minor 24 hours -> 07-07, significant 72
    // hours -> 07-10, major 1 week -> 07-17, then exhausted.
    let (json, raw) = report("dispute_ladder", &["--until", "2026-07-31"]);
    let p = partnership(&json, "AcmeGlobex");
    let ladders: Vec<(String, String, String, Vec<String>)> = p["ladders"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            (
                text(&l["id"]),
                text(&l["status"]),
                text(&l["ended"]),
                l["steps"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|s| {
                        format!(
                            "{} {}..{} {} {}",
                            text(&s["name"]),
                            text(&s["started"]),
                            text(&s["deadline"]),
                            text(&s["outcome"]),
                            text(&s["ended"])
                        )
                    })
                    .collect(),
            )
        })
        .collect();
    let expected = vec![
        (
            "AcmeGlobex.dispute@2026-03-02",
            "resolved",
            "2026-05-15",
            vec![
                "negotiation 2026-03-02..2026-03-09 expired 2026-03-09",
                "managers 2026-03-09..2026-03-24 expired 2026-03-24",
                "mediation 2026-03-24..2026-04-01 expired 2026-04-01",
                "arbitration 2026-04-01..- resolved 2026-05-15",
            ],
        ),
        (
            "AcmeGlobex.dispute@2026-06-01",
            "resolved",
            "2026-06-10",
            vec![
                "negotiation 2026-06-01..2026-06-08 escalated 2026-06-03",
                "managers 2026-06-03..2026-06-17 resolved 2026-06-10",
            ],
        ),
        (
            "AcmeGlobex.escalation@2026-07-06",
            "exhausted",
            "2026-07-17",
            vec![
                "minor 2026-07-06..2026-07-07 expired 2026-07-07",
                "significant 2026-07-07..2026-07-10 expired 2026-07-10",
                "major 2026-07-10..2026-07-17 expired 2026-07-17",
            ],
        ),
        (
            "AcmeGlobex.escalation@2026-07-20",
            "resolved",
            "2026-07-27",
            vec![
                "minor 2026-07-20..2026-07-21 escalated 2026-07-21",
                "major 2026-07-21..2026-07-28 resolved 2026-07-27",
            ],
        ),
    ];
    let expected: Vec<(String, String, String, Vec<String>)> = expected
        .into_iter()
        .map(|(a, b, c, d)| {
            (
                a.to_string(),
                b.to_string(),
                c.to_string(),
                d.into_iter().map(String::from).collect(),
            )
        })
        .collect();
    assert_eq!(ladders, expected);
    let arbitration = &p["ladders"][0]["steps"][3];
    assert_eq!(arbitration["binding"], true);
    let mediation = &p["ladders"][0]["steps"][2];
    assert_eq!(
        mediation["requires"],
        serde_json::json!(["position_papers", "decision_makers"])
    );
    snapshot("dispute_ladder_json", &raw);

    // The same trace, stopped in the middle of mediation.
    let (json, _) = report("dispute_ladder", &["--until", "2026-03-31"]);
    let first = &partnership(&json, "AcmeGlobex")["ladders"][0];
    assert_eq!(first["status"], "open");
    let last = first["steps"].as_array().unwrap().last().unwrap();
    assert_eq!(last["name"], "mediation");
    assert_eq!(last["outcome"], "open");
}

#[test]
fn bonus_quarters_on_each_tier_boundary() {
    // Retainer 20 000.15 USD a month: 60 000.45 a quarter; 5% of it is
    // 3 000.0225 -> 3 000.02, 10% is 6 000.045 -> 6 000.04 (half-even).
    // defects (lower is better): Q1 last reading 1% = `excellent`; Q2 last
    // reading 2% (after 0.5%) = `good`; Q3 2.01% = nothing; Q4 1.5% = `good`.
    // on_time: Q1 95% = `solid` 2 500; Q2 99% = `superb` 5 000; Q3 94.99% =
    // nothing; Q4 no reading = nothing.
    // Total: 12 x 20 000.15 + 6 000.04 + 3 000.02 + 3 000.02 + 2 500 + 5 000
    //      = 259 501.88.
    let (json, raw) = report("bonus_tiers", &["--until", "2026-12-31"]);
    let p = partnership(&json, "AcmeGlobex");
    let bonuses: Vec<(String, String, String, String)> =
        payments(p).into_iter().filter(|x| x.1 == "bonus").collect();
    assert_eq!(
        bonuses,
        owned(&[
            ("2026-03-31", "bonus", "2500.00 USD", "tier=solid"),
            ("2026-03-31", "bonus", "6000.04 USD", "tier=excellent"),
            ("2026-06-30", "bonus", "5000.00 USD", "tier=superb"),
            ("2026-06-30", "bonus", "3000.02 USD", "tier=good"),
            ("2026-12-31", "bonus", "3000.02 USD", "tier=good"),
        ])
    );
    let retainers: Vec<(String, String, String, String)> = payments(p)
        .into_iter()
        .filter(|x| x.1 == "retainer")
        .collect();
    assert_eq!(retainers.len(), 12);
    assert!(retainers.iter().all(|r| r.2 == "20000.15 USD"));
    assert_eq!(retainers[1].0, "2026-02-28");
    assert_eq!(p["totals"][0]["received"], "259501.88");
    let periods: Vec<String> = p["bonus_periods"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| {
            format!(
                "{} {} {} {}",
                text(&b["bonus"]),
                text(&b["period"]["start"]),
                text(&b["value"]),
                text(&b["tier"])
            )
        })
        .collect();
    assert_eq!(
        periods,
        vec![
            "punctuality 2026-01-01 95% solid",
            "quality 2026-01-01 1% excellent",
            "punctuality 2026-04-01 99% superb",
            "quality 2026-04-01 2% good",
            "punctuality 2026-07-01 94.99% -",
            "quality 2026-07-01 2.01% -",
            "punctuality 2026-10-01 - -",
            "quality 2026-10-01 1.5% good",
        ]
    );
    snapshot("bonus_tiers_json", &raw);
}

#[test]
fn a_change_level_selected_on_its_exact_threshold() {
    // 15% exactly is `significant` (> 5% and <= 15%), not `fundamental`:
    // review within 10 business days of Mon 03-02 -> Mon 03-16, done then.
    // 15.01% on Wed 04-01 is `fundamental`: review due Wed 04-15, never done
    // (breached by Acme and Globex, 76 days late on 06-30); mediation starts
    // when the review runs out, 04-15, due 30 days later on 05-15, done 05-10.
    // 5% exactly on 06-01 is `minor`: approve, no deadline.
    let (json, raw) = report("change_levels", &["--until", "2026-06-30"]);
    let p = partnership(&json, "AcmeGlobex");
    let fired: Vec<String> = p["firings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            format!(
                "{} {} {}",
                text(&f["date"]),
                text(&f["kind"]),
                text(&f["name"])
            )
        })
        .collect();
    assert_eq!(
        fired,
        vec![
            "2026-03-02 change significant",
            "2026-04-01 change fundamental",
            "2026-06-01 change minor",
        ]
    );
    let row = |id: &str, due: &str, status: &str, done: &str| {
        (
            format!("AcmeGlobex.change.{id}"),
            due.to_string(),
            status.to_string(),
            done.to_string(),
        )
    };
    assert_eq!(
        obligations(p),
        vec![
            row(
                "significant.review@2026-03-02",
                "2026-03-16",
                "fulfilled",
                "2026-03-16"
            ),
            row(
                "fundamental.review@2026-04-01",
                "2026-04-15",
                "breached",
                "-"
            ),
            row(
                "fundamental.mediation@2026-04-01",
                "2026-05-15",
                "fulfilled",
                "2026-05-10"
            ),
            row("minor.approve@2026-06-01", "-", "open", "-"),
        ]
    );
    let mediation = p["obligations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["id"] == "AcmeGlobex.change.fundamental.mediation@2026-04-01")
        .unwrap();
    assert_eq!(mediation["arises"], "2026-04-15");
    assert_eq!(
        breaches(p),
        vec![(
            "AcmeGlobex.change.fundamental.review@2026-04-01".to_string(),
            "Acme+Globex".to_string(),
            "2026-04-15".to_string(),
            76,
            "-".to_string()
        )]
    );
    snapshot("change_levels_json", &raw);
}

#[test]
fn fees_per_event_and_penalties_per_day_late() {
    // go_live due 04-01, fulfilled 04-10: 9 days x 500.00 = 4 500.00.
    // training due 02-01, never fulfilled: 88 days to 04-30 (27 + 31 + 30)
    // x 750.50 = 66 044.00, capped at 5 000.00.
    let (json, raw) = report("penalties", &["--until", "2026-04-30"]);
    let p = partnership(&json, "AcmeGlobex");
    assert_eq!(
        payments(p),
        owned(&[
            (
                "2026-02-10",
                "fee",
                "5000.00 USD",
                "event=deliverable_accepted"
            ),
            (
                "2026-03-05",
                "fee",
                "5000.00 USD",
                "event=deliverable_accepted"
            ),
            (
                "2026-04-10",
                "penalty",
                "4500.00 USD",
                "milestone=AcmeGlobex.milestone.go_live"
            ),
            (
                "2026-04-30",
                "penalty",
                "5000.00 USD",
                "milestone=AcmeGlobex.milestone.training"
            ),
        ])
    );
    assert_eq!(p["payments"][3]["uncapped"], "66044.00");
    assert_eq!(p["payments"][3]["days_late"], 88);
    assert_eq!(p["payments"][2]["payer"], "Globex");
    assert_eq!(p["payments"][2]["payee"], "Acme");
    assert_eq!(p["totals"][0]["received"], "10000.00");
    assert_eq!(p["totals"][0]["penalties"], "9500.00");
    assert_eq!(
        breaches(p),
        vec![
            (
                "AcmeGlobex.milestone.training".to_string(),
                "Globex".to_string(),
                "2026-02-01".to_string(),
                88,
                "-".to_string()
            ),
            (
                "AcmeGlobex.milestone.go_live".to_string(),
                "Globex".to_string(),
                "2026-04-01".to_string(),
                9,
                "2026-04-10".to_string()
            ),
        ]
    );
    snapshot("penalties_json", &raw);
    let human = run_case(
        "penalties",
        "events.jsonl",
        &["--until", "2026-04-30", "--format", "human"],
    );
    assert_eq!(human.code, 0, "{}", human.transcript());
    snapshot("penalties_human", &human.stdout);
}

#[test]
fn every_bad_line_names_its_line_and_nothing_is_written() {
    let dir = std::env::temp_dir().join(format!("pact-run-e2e-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out = dir.join("report.json");
    let _ = std::fs::remove_file(&out);
    let out_text = out.to_string_lossy().to_string();
    let run = run_case("bad_input", "events.jsonl", &["-o", &out_text]);
    assert_eq!(run.code, 1, "{}", run.transcript());
    assert!(run.stdout.is_empty(), "{}", run.transcript());
    assert!(!out.exists(), "a report was written despite the errors");
    let lines: Vec<usize> = run
        .stderr
        .lines()
        .filter_map(|l| l.strip_prefix("error: tests/run/bad_input/events.jsonl:"))
        .map(|rest| rest.split(':').next().unwrap().parse().unwrap())
        .collect();
    assert_eq!(lines, (2..=14).collect::<Vec<usize>>());
    for (line, needle) in [
        (2, "malformed JSON"),
        (3, "unknown partnership `AcmeGlobx`"),
        (4, "unknown signal `cost_chnage`"),
        (5, "is a percentage"),
        (6, "wrong currency: found EUR"),
        (7, "dates out of order"),
        (8, "unknown obligation id"),
        (9, "`2026-02-30` is not a date"),
        (10, "missing \"partnership\""),
        (11, "metric `defects` is a percentage"),
        (12, "unknown key `sigal`"),
        (13, "wrong currency: found USD"),
        (14, "both `signal` and `event`"),
    ] {
        let prefix = format!("error: tests/run/bad_input/events.jsonl:{line}: ");
        let message = run
            .stderr
            .lines()
            .find(|l| l.starts_with(&prefix))
            .unwrap_or_else(|| panic!("no error for line {line}"));
        assert!(message.contains(needle), "line {line}: {message}");
    }

    // An existing output file is left as it was.
    std::fs::write(&out, "before\n").unwrap();
    let run = run_case("bad_input", "state.jsonl", &["-o", &out_text]);
    assert_eq!(run.code, 1, "{}", run.transcript());
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "before\n");
    let _ = std::fs::remove_dir_all(&dir);
    snapshot("bad_state_stderr", &run.stderr);
}

#[test]
fn the_report_goes_to_a_file_and_json_is_the_default_off_a_terminal() {
    let dir = std::env::temp_dir().join(format!("pact-run-e2e-out-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out = dir.join("report.json");
    let out_text = out.to_string_lossy().to_string();
    let run = run_case(
        "penalties",
        "events.jsonl",
        &["--until", "2026-04-30", "-o", &out_text],
    );
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert!(run.stdout.is_empty());
    let written = std::fs::read_to_string(&out).unwrap();
    let piped = run_case("penalties", "events.jsonl", &["--until", "2026-04-30"]);
    assert_eq!(written, piped.stdout, "the same JSON, byte for byte");
    let _: Value = serde_json::from_str(&written).expect("JSON by default");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn events_from_stdin_and_usage_errors() {
    let trace = std::fs::read(root().join("tests/run/success_fee_cap/events.jsonl")).unwrap();
    let run = pact(
        &[
            "run",
            "tests/run/success_fee_cap/portfolio.pact",
            "--events",
            "-",
            "--format",
            "json",
        ],
        Some(&trace),
    );
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert!(run.stdout.contains("\"38000.00\""));
    let bad = pact(
        &[
            "run",
            "tests/run/success_fee_cap/portfolio.pact",
            "--events",
            "-",
        ],
        Some(b"{\"date\": \"2026-01-01\"}\n"),
    );
    assert_eq!(bad.code, 1);
    assert!(
        bad.stderr
            .contains("error: <stdin>:1: this line says nothing"),
        "{}",
        bad.stderr
    );

    let until = run_case(
        "success_fee_cap",
        "events.jsonl",
        &["--until", "2026-13-01"],
    );
    assert_eq!(until.code, 2, "{}", until.transcript());
    let missing = run_case("success_fee_cap", "missing.jsonl", &[]);
    assert_eq!(missing.code, 2, "{}", missing.transcript());
    assert!(missing.stderr.contains("cannot read the events"));
    let contracts = pact(
        &[
            "run",
            "tests/fixtures/names/fail/E0102_undefined_party.pact",
            "--events",
            "tests/run/success_fee_cap/events.jsonl",
            "--color",
            "never",
        ],
        None,
    );
    assert_eq!(contracts.code, 1);
    assert!(contracts.stdout.is_empty());
    assert!(contracts
        .stderr
        .contains("nothing was run, because the contracts have errors"));
}

#[test]
fn arithmetic_in_conditions_and_amounts() {
    // big: revenue > 10% of 1 000 000 USD = 100 000 USD (folded): 50 000 on
    // 01-10 is below, 150 000 on 03-01 fires; 160 000.01 on 07-01 keeps it
    // true, so no second firing.
    // over: revenue > budget * 2, computed on each reading: no budget on
    // 01-10 (false); budget 40 000 on 02-01 -> 80 000, revenue still 50 000;
    // revenue 150 000 on 03-01 > 80 000 fires; budget 80 000 on 06-01 ->
    // 160 000, 150 000 is below (re-armed); revenue 160 000.01 on 07-01 fires
    // again.
    // drift: cost_change > 2% + 3% = 5% (folded): 5% on 04-01 is not above,
    // 5.01% on 04-02 fires.
    // Bonus: Q1 insights 9 -> `many`, 50% of 10 000 USD = 5 000.00 on 03-31;
    // Q2 insights 4 -> `some`, 1 000 USD * 2 = 2 000.00 on 06-30. Total 7 000.
    let (json, _) = report("computed", &["--until", "2026-12-31"]);
    let p = partnership(&json, "AcmeGlobex");
    let firings: Vec<(String, String)> = p["firings"]
        .as_array()
        .expect("firings")
        .iter()
        .map(|f| (text(&f["date"]), text(&f["name"])))
        .collect();
    assert_eq!(
        firings,
        vec![
            ("2026-03-01".to_string(), "big".to_string()),
            ("2026-03-01".to_string(), "over".to_string()),
            ("2026-04-02".to_string(), "drift".to_string()),
            ("2026-07-01".to_string(), "over".to_string()),
        ]
    );
    assert_eq!(
        payments(p),
        owned(&[
            ("2026-03-31", "bonus", "5000.00 USD", "tier=many"),
            ("2026-06-30", "bonus", "2000.00 USD", "tier=some"),
        ])
    );
    assert_eq!(p["totals"][0]["received"], "7000.00");
}
