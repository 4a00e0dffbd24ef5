//! `pact run` over a partnership's life (design §10.3–§10.5): the
//! hand-computed trace of `tests/run/life/` (one partnership per path) and
//! the lifecycle lines' errors. Every expected date and amount below is
//! worked out from the design, with the arithmetic in the comments.

use super::{pact, Run};
use serde_json::Value;

fn run_life(events: &str, args: &[&str]) -> Run {
    let events = format!("tests/run/life/{events}");
    let mut all = vec![
        "run",
        "tests/run/life/portfolio.pact",
        "--events",
        events.as_str(),
    ];
    all.extend_from_slice(args);
    pact(&all, None)
}

fn report() -> (Value, String) {
    let run = run_life(
        "events.jsonl",
        &["--until", "2027-02-15", "--format", "json"],
    );
    assert_eq!(run.code, 0, "{}", run.transcript());
    let json = serde_json::from_str(&run.stdout).expect("the report is JSON");
    (json, run.stdout)
}

fn partnership<'v>(report: &'v Value, name: &str) -> &'v Value {
    report["partnerships"]
        .as_array()
        .and_then(|l| l.iter().find(|p| p["name"] == name))
        .unwrap_or_else(|| panic!("no partnership {name}"))
}

fn s(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => "-".into(),
        other => other.to_string(),
    }
}

/// `(number, start, end, outcome, decided_on)` of every term.
fn terms(p: &Value) -> Vec<(i64, String, String, String, String)> {
    p["life"]["terms"]
        .as_array()
        .expect("terms")
        .iter()
        .map(|t| {
            (
                t["number"].as_i64().expect("number"),
                s(&t["start"]),
                s(&t["end"]),
                s(&t["outcome"]),
                s(&t["decided_on"]),
            )
        })
        .collect()
}

fn term(
    n: i64,
    start: &str,
    end: &str,
    outcome: &str,
    on: &str,
) -> (i64, String, String, String, String) {
    (n, start.into(), end.into(), outcome.into(), on.into())
}

/// `(date, kind, amount)` of every payment.
fn payments(p: &Value) -> Vec<(String, String, String)> {
    p["payments"]
        .as_array()
        .expect("payments")
        .iter()
        .map(|x| (s(&x["date"]), s(&x["kind"]), s(&x["amount"])))
        .collect()
}

fn received(p: &Value) -> String {
    s(&p["totals"][0]["received"])
}

/// `(id, arises, due, status)` of every obligation.
fn obligations(p: &Value) -> Vec<(String, String, String, String)> {
    p["obligations"]
        .as_array()
        .expect("obligations")
        .iter()
        .map(|o| (s(&o["id"]), s(&o["arises"]), s(&o["due"]), s(&o["status"])))
        .collect()
}

fn row(id: &str, arises: &str, due: &str, status: &str) -> (String, String, String, String) {
    (id.into(), arises.into(), due.into(), status.into())
}

#[test]
fn renewed_by_its_criteria_with_cadences_and_retainers_continuing() {
    let (json, _) = report();
    let p = partnership(&json, "Renewed");
    // Term 1: 2026-01-01 for 1 year ends 2026-12-31. Decision due 60 days
    // before: 2026-12-31 - 60 days = 2026-11-01 (December back to 1
    // December is 30 days, 1 November 30 more); window 90 days before =
    // 2026-10-02. On 2026-11-01 the last on_time reading is 93% >= 90%:
    // the criteria hold, the default (renew for 1 year) applies. Term 2
    // starts the day after, 2027-01-01, and ends 2027-12-31; its decision is
    // due 2027-11-01.
    assert_eq!(
        terms(p),
        vec![
            term(1, "2026-01-01", "2026-12-31", "renewed", "2026-11-01"),
            term(2, "2027-01-01", "2027-12-31", "running", "-"),
        ]
    );
    assert_eq!(p["life"]["terms"][0]["window_opens"], "2026-10-02");
    assert_eq!(p["life"]["terms"][1]["decision_due"], "2027-11-01");
    // The monthly retainer continues into term 2: 12 periods of 2026 and
    // January 2027 (paid 2027-01-31, in arrears); February 2027 ends after
    // the as-of day. 13 x 10,000 = 130,000.
    let paid = payments(p);
    assert_eq!(paid.len(), 13);
    assert_eq!(paid.last().map(|x| x.0.as_str()), Some("2027-01-31"));
    assert_eq!(received(p), "130000.00");
    // Quarterly reviews from the start continue too: 2026-01-01, 04-01,
    // 07-01, 10-01 and 2027-01-01. `adjust pricing when market_change >
    // 10%`: no reading before 2026-06-20 (false), 12% at the July and
    // October reviews (due), 5% from 2026-12-01 (not due in January).
    let reviews: Vec<(String, bool)> = p["life"]["reviews"]
        .as_array()
        .expect("reviews")
        .iter()
        .map(|r| (s(&r["date"]), r["adjustments"][0]["due"] == true))
        .collect();
    assert_eq!(
        reviews,
        vec![
            ("2026-01-01".into(), false),
            ("2026-04-01".into(), false),
            ("2026-07-01".into(), true),
            ("2026-10-01".into(), true),
            ("2027-01-01".into(), false),
        ]
    );
    assert_eq!(
        p["life"]["reviews"][2]["adjustments"][0]["cause"],
        "signal market_change = 12%"
    );
    // Each review's duty `within 10 days` of the review: the April one was
    // delivered on 2026-04-05; the others are breached from the 11th + 1.
    let id = "Renewed.review.qbr.Globex-must-deliver-quarterly_report";
    assert_eq!(
        obligations(p),
        vec![
            row(
                &format!("{id}@2026-01-01"),
                "2026-01-01",
                "2026-01-11",
                "breached"
            ),
            row(
                &format!("{id}@2026-04-01"),
                "2026-04-01",
                "2026-04-11",
                "fulfilled"
            ),
            row(
                &format!("{id}@2026-07-01"),
                "2026-07-01",
                "2026-07-11",
                "breached"
            ),
            row(
                &format!("{id}@2026-10-01"),
                "2026-10-01",
                "2026-10-11",
                "breached"
            ),
            row(
                &format!("{id}@2027-01-01"),
                "2027-01-01",
                "2027-01-11",
                "breached"
            ),
        ]
    );
    // outage_hours = 6 matches `major` (> 4): the reading raises it by
    // itself; 1 week from 2026-05-04 is 2026-05-11, the last rung, so the
    // unresolved ladder is exhausted that day.
    assert_eq!(p["life"]["raised"][0]["level"], "major");
    assert_eq!(p["ladders"][0]["steps"][0]["name"], "major");
    assert_eq!(p["ladders"][0]["steps"][0]["deadline"], "2026-05-11");
}

#[test]
fn expired_by_its_criteria_with_a_transition_duty_breached_and_duties_surviving() {
    let (json, _) = report();
    let p = partnership(&json, "Expired");
    // on_time = 85% < 90% on the decision date 2026-11-01: the criteria do
    // not hold, so the other outcome than the default (renew): expire.
    assert_eq!(
        terms(p),
        vec![term(1, "2026-01-01", "2026-12-31", "expired", "2026-11-01")]
    );
    // The transition starts the day after the end and lasts 1 month:
    // 2027-01-01 for 1 month ends 2027-01-31; its duty is due that day and
    // is breached from 2027-02-01: 2027-02-15 - 2027-01-31 = 15 days late.
    assert_eq!(p["life"]["transition"]["start"], "2027-01-01");
    assert_eq!(p["life"]["transition"]["end"], "2027-01-31");
    assert_eq!(
        p["breaches"][0]["obligation"],
        "Expired.exit.Globex-must-deliver-source_code@2027-01-01"
    );
    assert_eq!(p["breaches"][0]["days_late"], 15);
    assert_eq!(p["breaches"][0]["parties"][0], "Globex");
    // `survives 1 year`: from 2027-01-01 to 2027-12-31 (2027-01-01 for 1
    // year). The return duty `within 30 days` arises 2027-01-01, due
    // 2027-01-31, and was met on 2027-01-20; the prohibition is listed.
    let surviving: Vec<(String, String)> = p["life"]["surviving"]
        .as_array()
        .expect("surviving")
        .iter()
        .map(|x| (s(&x["text"]), s(&x["until"])))
        .collect();
    assert_eq!(
        surviving,
        vec![
            (
                "Globex must not share CustomerData".into(),
                "2027-12-31".into()
            ),
            (
                "Globex must return CustomerData".into(),
                "2027-12-31".into()
            ),
        ]
    );
    assert!(obligations(p).contains(&row(
        "Expired.survives.Globex-must-return-CustomerData@2027-01-01",
        "2027-01-01",
        "2027-01-31",
        "fulfilled"
    )));
    // No retainer after the end: 12 x 10,000.
    assert_eq!(received(p), "120000.00");
}

#[test]
fn the_trace_decides_against_the_default() {
    let (json, _) = report();
    let p = partnership(&json, "Overruled");
    // on_time = 97% would renew by default, but line 20 (2026-10-20, before
    // the decision date 2026-11-01) says expire: decided on 2026-10-20.
    assert_eq!(
        terms(p),
        vec![term(1, "2026-01-01", "2026-12-31", "expired", "2026-10-20")]
    );
    assert_eq!(
        p["life"]["terms"][0]["decided"],
        "decided in the trace (line 20)"
    );
}

#[test]
fn terminated_for_convenience_mid_month() {
    let (json, _) = report();
    let p = partnership(&json, "Convenience");
    // Notice on 2026-05-17, 90 days: May 31 is +14, June 30 +44, July 31
    // +75, August 15 +90. The term ends on 2026-08-15.
    assert_eq!(
        terms(p),
        vec![term(1, "2026-01-01", "2026-08-15", "terminated", "-")]
    );
    assert_eq!(p["life"]["terminations"][0]["effective"], "2026-08-15");
    // Retainers: January to July in full (7 x 20,000 = 140,000); August
    // prorated by days, 15 of 31: 20,000 x 15 / 31 = 9,677.419354... ->
    // 9,677.42. Bonuses: Q1 defects 1.5% (good, 5% of 60,000 = 3,000), Q2
    // 0.8% (excellent, 10% of 60,000 = 6,000); Q3 (July to September) is
    // cut by the end: dropped although 0.5% was read. Total 140,000 +
    // 9,677.42 + 3,000 + 6,000 = 158,677.42.
    let paid = payments(p);
    assert!(paid.contains(&("2026-08-15".into(), "retainer".into(), "9677.42".into())));
    assert!(paid.contains(&("2026-03-31".into(), "bonus".into(), "3000.00".into())));
    assert!(paid.contains(&("2026-06-30".into(), "bonus".into(), "6000.00".into())));
    assert!(!paid.iter().any(|x| x.0.as_str() > "2026-08-15"));
    assert_eq!(paid.len(), 10);
    assert_eq!(received(p), "158677.42");
    // The milestone due 2026-10-01, after the end, vanished. The transition
    // of 30 days runs 2026-08-16 to 2026-09-14 (16 + 29); its duty was met
    // on 2026-09-10.
    assert_eq!(
        obligations(p),
        vec![row(
            "Convenience.exit.Globex-must-deliver-documentation@2026-08-16",
            "2026-08-16",
            "2026-09-14",
            "fulfilled"
        )]
    );
    assert!(p["breaches"].as_array().expect("breaches").is_empty());
}

#[test]
fn terminated_for_cause_cured_and_uncured() {
    let (json, _) = report();
    // Notice for cause on 2026-03-10 with 30 days to cure: cure by
    // 2026-03-10 + 30 days = 2026-04-09.
    let cured = partnership(&json, "Cured");
    assert_eq!(cured["life"]["terminations"][0]["cure_by"], "2026-04-09");
    assert_eq!(cured["life"]["terminations"][0]["status"], "cured");
    assert_eq!(cured["life"]["terminations"][0]["breaching"][0], "Globex");
    assert_eq!(
        terms(cured),
        vec![term(1, "2026-01-01", "2026-12-31", "running", "-")]
    );
    assert_eq!(received(cured), "120000.00");
    // Uncured by 2026-04-09: Acme may terminate from 2026-04-10, the
    // term's last day. April is prorated: 10 of 30 days of 10,000 =
    // 3,333.333... -> 3,333.33; with January to March, 33,333.33.
    let uncured = partnership(&json, "Uncured");
    assert_eq!(
        uncured["life"]["terminations"][0]["effective"],
        "2026-04-10"
    );
    assert_eq!(
        terms(uncured),
        vec![term(1, "2026-01-01", "2026-04-10", "terminated", "-")]
    );
    assert_eq!(
        payments(uncured).last(),
        Some(&("2026-04-10".into(), "retainer".into(), "3333.33".into()))
    );
    assert_eq!(received(uncured), "33333.33");
}

#[test]
fn mediation_arises_only_when_the_review_before_it_is_late() {
    let (json, _) = report();
    let p = partnership(&json, "Pathway");
    // Selected on 2026-02-02: review due 2026-02-12, done on 02-10, so the
    // pathway ends there and mediation is not needed. Selected again on
    // 2026-03-02: review due 03-12 not done; mediation starts that day and
    // is due 30 days later, 2026-04-11.
    let rows = obligations(p);
    assert!(rows.contains(&row(
        "Pathway.change.fundamental.mediation@2026-02-02",
        "-",
        "-",
        "not_needed"
    )));
    assert!(rows.contains(&row(
        "Pathway.change.fundamental.mediation@2026-03-02",
        "2026-03-12",
        "2026-04-11",
        "breached"
    )));
}

#[test]
fn the_human_report_tells_the_story() {
    let run = run_life(
        "events.jsonl",
        &["--until", "2027-02-15", "--format", "human"],
    );
    assert_eq!(run.code, 0, "{}", run.transcript());
    for line in [
        "term 1 from 2026-01-01 to 2026-12-31: renewed on 2026-11-01, criteria held on the decision date (metric on_time = 93%)",
        "Acme gave notice of termination for convenience on 2026-05-17 (line 12); the term ends on 2026-08-15",
        "exit transition from 2027-01-01 to 2027-01-31",
        "survives until 2027-12-31: Globex must not share CustomerData",
    ] {
        assert!(run.stdout.contains(line), "missing {line:?} in\n{}", run.stdout);
    }
    // In date order: term 1 (from 2026-01-01), the reviews of 01-01 and
    // 04-01, the escalation of 05-04, ..., then term 2 (from 2027-01-01).
    let at = |needle: &str| {
        run.stdout
            .find(needle)
            .unwrap_or_else(|| panic!("missing {needle:?} in\n{}", run.stdout))
    };
    let order = [
        at("term 1 from 2026-01-01 to 2026-12-31: renewed"),
        at("review qbr on 2026-04-01"),
        at("escalation raised at major on 2026-05-04"),
        at("review qbr on 2026-10-01"),
        at("term 2 from 2027-01-01"),
    ];
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{}", run.stdout);
}

#[test]
fn bad_lifecycle_lines_name_their_line() {
    // Malformed lines first (unknown words, parties, keys), then, in a
    // well-formed trace, errors of state (nothing to cure, a decision too
    // late or twice, a notice after the end, a breach that is none).
    for (events, name) in [
        ("bad.jsonl", "life_bad_lines"),
        ("bad_state.jsonl", "life_bad_state"),
    ] {
        let run = run_life(events, &["--until", "2027-02-15"]);
        assert_eq!(run.code, 1, "{}", run.transcript());
        assert!(run.stdout.is_empty());
        insta::with_settings!({ omit_expression => true }, {
            insta::assert_snapshot!(name, run.stderr);
        });
    }
}

#[test]
fn build_through_schedules_renewed_terms_assuming_the_default() {
    let run = pact(
        &[
            "build",
            "tests/run/life/portfolio.pact",
            "--emit",
            "schedule",
            "--through",
            "2028-03-01",
        ],
        None,
    );
    assert_eq!(run.code, 0, "{}", run.transcript());
    let events: Value = serde_json::from_str(&run.stdout).expect("JSON");
    let of = |p: &str, kind: &str| -> Vec<String> {
        events
            .as_array()
            .expect("events")
            .iter()
            .filter(|e| e["partnership"] == p && e["kind"] == kind)
            .map(|e| s(&e["date"]))
            .collect()
    };
    // `default renew for 1 year` from a term ending 2026-12-31: terms end
    // 2027-12-31 and 2028-12-31 (the one containing 2028-03-01); each has
    // its decision 60 days before its end (1 November) and its window 90
    // days before (2 October).
    assert_eq!(
        of("Renewed", "term_end"),
        ["2026-12-31", "2027-12-31", "2028-12-31"]
    );
    assert_eq!(
        of("Renewed", "renewal_decision"),
        ["2026-11-01", "2027-11-01", "2028-11-01"]
    );
    assert_eq!(
        of("Renewed", "renewal_window_opens"),
        ["2026-10-02", "2027-10-02", "2028-10-02"]
    );
    // The quarterly review keeps its cadence from the first start.
    let reviews = of("Renewed", "review");
    assert!(
        reviews.contains(&"2028-01-01".to_string()) && reviews.contains(&"2028-10-01".to_string())
    );
    // No renewal clause: the term stays as written.
    assert_eq!(of("Convenience", "term_end"), ["2027-12-31"]);
    // Without --through, only the first term.
    let first = pact(
        &[
            "build",
            "tests/run/life/portfolio.pact",
            "--emit",
            "schedule",
        ],
        None,
    );
    assert!(!first.stdout.contains("term 2"));
    // In iCalendar every term's events have their own UID.
    let ics = pact(
        &[
            "build",
            "tests/run/life/portfolio.pact",
            "--emit",
            "ics",
            "--through",
            "2028-03-01",
        ],
        None,
    );
    assert_eq!(ics.code, 0, "{}", ics.transcript());
    let mut uids: Vec<&str> = ics
        .stdout
        .lines()
        .filter(|l| l.starts_with("UID:"))
        .collect();
    let all = uids.len();
    uids.sort_unstable();
    uids.dedup();
    assert_eq!(uids.len(), all, "duplicate UIDs");
    assert!(ics.stdout.contains("UID:Renewed.term_end.term-3-end@pact"));
}

/// `tests/run/life_health/`, run to 2026-11-15 (design §10.1, §10.3).
fn health_report() -> Value {
    let run = pact(
        &[
            "run",
            "tests/run/life_health/portfolio.pact",
            "--events",
            "tests/run/life_health/events.jsonl",
            "--until",
            "2026-11-15",
            "--format",
            "json",
        ],
        None,
    );
    assert_eq!(run.code, 0, "{}", run.transcript());
    serde_json::from_str(&run.stdout).expect("the report is JSON")
}

/// `(date, adjustment due, cause)` of every review's first adjustment.
fn adjustments(p: &Value) -> Vec<(String, bool, String)> {
    p["life"]["reviews"]
        .as_array()
        .expect("reviews")
        .iter()
        .map(|r| {
            let a = &r["adjustments"][0];
            (s(&r["date"]), a["due"] == true, s(&a["cause"]))
        })
        .collect()
}

#[test]
fn health_decides_renewals_reviews_and_escalations() {
    let json = health_report();
    // Quarterly health from 2026-01-01: Q1 to 03-31, Q2 to 06-30, Q3 to
    // 09-30, each score a reading dated the quarter's last day. Weights
    // operational 50%, relational 30%, strategic 20%; a tier's score is
    // the share of its targeted metrics met by their last reading in the
    // quarter (no reading: not met).
    //
    // Healthy: Q1 on_time 97% >= 95% met, nps 6 < 7 missed, insights 2 >= 2
    // met: 50 + 0 + 20 = 70%. Q2 no readings: 0%. Q3 on_time 96% met, nps 8
    // met, insights 1 missed: 50 + 30 + 0 = 80%.
    // Reviews quarterly from the start (01-01, 04-01, 07-01, 10-01), each
    // reading the last score before it: 01-01 none (no reading: false),
    // 04-01 Q1 70% (not < 60%), 07-01 Q2 0% (< 60%: due), 10-01 Q3 80%.
    // Decision due 2026-12-31 - 60 days = 2026-11-01, reading Q3 80% >= 70%:
    // the criteria hold and the default (renew for 1 year) applies; term 2
    // runs 2027-01-01 to 2027-12-31.
    let healthy = partnership(&json, "Healthy");
    assert_eq!(
        terms(healthy),
        vec![
            term(1, "2026-01-01", "2026-12-31", "renewed", "2026-11-01"),
            term(2, "2027-01-01", "2027-12-31", "running", "-"),
        ]
    );
    assert_eq!(
        s(&healthy["life"]["terms"][0]["decided"]),
        "criteria held on the decision date (metric health = 80%)"
    );
    assert_eq!(
        adjustments(healthy),
        vec![
            ("2026-01-01".into(), false, "no reading of health".into()),
            ("2026-04-01".into(), false, "metric health = 70%".into()),
            ("2026-07-01".into(), true, "metric health = 0%".into()),
            ("2026-10-01".into(), false, "metric health = 80%".into()),
        ]
    );
    // Sickly: Q1 no readings 0%; Q2 on_time 98%, nps 9, insights 5 all met:
    // 100%; Q3 on_time 90% missed, nps 8 and insights 3 met: 0 + 30 + 20 =
    // 50%. The decision on 11-01 reads 50% < 70%: not met, so the other
    // outcome than the default: the term expires on 2026-12-31.
    let sickly = partnership(&json, "Sickly");
    assert_eq!(
        terms(sickly),
        vec![term(1, "2026-01-01", "2026-12-31", "expired", "2026-11-01")]
    );
    assert_eq!(
        adjustments(sickly),
        vec![
            ("2026-01-01".into(), false, "no reading of health".into()),
            ("2026-04-01".into(), true, "metric health = 0%".into()),
            ("2026-07-01".into(), false, "metric health = 100%".into()),
            ("2026-10-01".into(), true, "metric health = 50%".into()),
        ]
    );
    // Escalation criteria on health: each score that moves a level's
    // criteria from false to true raises it on the quarter's last day —
    // major on 03-31 (0%), minor on 06-30 (100%), major on 09-30 (50%);
    // each level allows 1 week, so they run out 7 days after they start.
    let raised: Vec<(String, String)> = sickly["life"]["raised"]
        .as_array()
        .expect("raised")
        .iter()
        .map(|r| (s(&r["level"]), s(&r["date"])))
        .collect();
    assert_eq!(
        raised,
        vec![
            ("major".into(), "2026-03-31".into()),
            ("minor".into(), "2026-06-30".into()),
            ("major".into(), "2026-09-30".into()),
        ]
    );
    let ladders: Vec<String> = sickly["ladders"]
        .as_array()
        .expect("ladders")
        .iter()
        .map(|l| s(&l["id"]))
        .collect();
    assert_eq!(
        ladders,
        vec![
            "Sickly.escalation@2026-03-31",
            "Sickly.escalation@2026-06-30",
            "Sickly.escalation@2026-09-30",
        ]
    );
    // Edge: monthly health, decision due 2026-12-31 - 61 days = 2026-10-31,
    // October's last day. September's score is 0% (on_time 90% missed);
    // October's (on_time 96% met, 100%) is a reading dated 10-31, known on
    // the decision date, so the criteria hold and the term renews.
    let edge = partnership(&json, "Edge");
    assert_eq!(
        terms(edge),
        vec![
            term(1, "2026-01-01", "2026-12-31", "renewed", "2026-10-31"),
            term(2, "2027-01-01", "2027-12-31", "running", "-"),
        ]
    );
}

fn signed_run(events: &str) -> Run {
    let events = format!("tests/run/life_signed/{events}");
    pact(
        &[
            "run",
            "tests/run/life_signed/portfolio.pact",
            "--events",
            events.as_str(),
            "--until",
            "2026-10-31",
            "--format",
            "json",
        ],
        None,
    )
}

#[test]
fn a_trace_records_amendments_signed() {
    let run = signed_run("events.jsonl");
    assert_eq!(run.code, 0, "{}", run.transcript());
    let json: Value = serde_json::from_str(&run.stdout).expect("the report is JSON");
    let p = partnership(&json, "AcmeGlobex");
    // Two amendments, effective 2026-07-01 (as significant) and 2026-10-01
    // (as minor); the trace signs the first on 06-20 (line 2, by its date)
    // and the second on 10-05 (line 3, by its full id), after it took
    // effect.
    let signed: Vec<(String, String, String, String)> = p["life"]["amendments"]
        .as_array()
        .expect("amendments")
        .iter()
        .map(|a| (s(&a["id"]), s(&a["level"]), s(&a["signed"]), s(&a["line"])))
        .collect();
    assert_eq!(
        signed,
        vec![
            (
                "AcmeGlobex.amendment@2026-07-01".into(),
                "significant".into(),
                "2026-06-20".into(),
                "2".into()
            ),
            (
                "AcmeGlobex.amendment@2026-10-01".into(),
                "minor".into(),
                "2026-10-05".into(),
                "3".into()
            ),
        ]
    );
    // cost_change 8% on 2026-06-10 (a Wednesday) selects `significant`:
    // its review is due 10 business days later (06-11, 06-12, 06-15 to
    // 06-19, 06-22, 06-23, 06-24), 2026-06-24. Signing the amendment agreed
    // `as significant` on 06-20 ends that change: the review is fulfilled
    // on 06-20, in time.
    assert_eq!(
        obligations(p),
        vec![row(
            "AcmeGlobex.change.significant.review@2026-06-10",
            "2026-06-10",
            "2026-06-24",
            "fulfilled"
        )]
    );
    // The versions still switch at the effective dates: 20,000 through
    // June, 22,000 for July to September, 23,000 for October.
    let retainers: Vec<String> = payments(p)
        .into_iter()
        .filter(|(_, kind, _)| kind == "retainer")
        .map(|(_, _, amount)| amount)
        .collect();
    assert_eq!(
        retainers,
        [
            "20000.00", "20000.00", "20000.00", "20000.00", "20000.00", "20000.00", "22000.00",
            "22000.00", "22000.00", "23000.00"
        ]
    );
    // An amendment that is not there (with the near one suggested), and one
    // signed twice, are errors naming their lines.
    let bad = signed_run("bad.jsonl");
    assert_eq!(bad.code, 1, "{}", bad.transcript());
    assert!(bad.stdout.is_empty());
    assert!(
        bad.stderr
            .contains("bad.jsonl:1: `2026-07-02` is no amendment of `AcmeGlobex`"),
        "{}",
        bad.stderr
    );
    assert!(
        bad.stderr.contains("did you mean `2026-07-01`?"),
        "{}",
        bad.stderr
    );
    let twice = signed_run("bad_state.jsonl");
    assert_eq!(twice.code, 1, "{}", twice.transcript());
    assert!(
        twice.stderr.contains(
            "bad_state.jsonl:2: `AcmeGlobex.amendment@2026-07-01` was already signed on 2026-06-21 (line 1)"
        ),
        "{}",
        twice.stderr
    );
}
