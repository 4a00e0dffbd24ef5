//! `pact run` across an amendment's effective date (design §10.6, §5.1):
//! the cases under `tests/run/amend_*` and `tests/run/amended_invoices/`
//! (from the design corpus `tests/design/s10_6_amend/`), each checked
//! against the answers worked out by hand in its header comment.
//!
//! Duties, ladders and invoices that arose before an effective date carry
//! on after it; a period that straddles it is paid or scored once, by the
//! version in force on its payment date; nothing before it changes.

use super::pact;
use serde_json::Value;

/// The JSON report of `tests/run/CASE/portfolio.pact` on `EVENTS`.
fn report(case: &str, events: &str, until: &str) -> Value {
    let contract = format!("tests/run/{case}/portfolio.pact");
    let events = format!("tests/run/{case}/{events}");
    let run = pact(
        &[
            "run", &contract, "--events", &events, "--until", until, "--format", "json",
        ],
        None,
    );
    assert_eq!(run.code, 0, "{}", run.transcript());
    serde_json::from_str(&run.stdout).expect("JSON output")
}

fn partnership(report: &Value) -> &Value {
    &report["partnerships"][0]
}

fn text(v: &Value) -> String {
    v.as_str().unwrap_or("null").to_string()
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

/// The status of the obligation `id`.
fn status(p: &Value, id: &str) -> String {
    obligations(p)
        .into_iter()
        .find(|o| o.0 == id)
        .map(|o| o.2)
        .unwrap_or_else(|| panic!("no obligation {id} in {p:#}"))
}

/// `(obligation, due, breached_on, cured_on)` of every breach.
fn breaches(p: &Value) -> Vec<(String, String, String, String)> {
    p["breaches"]
        .as_array()
        .expect("breaches")
        .iter()
        .map(|b| {
            (
                text(&b["obligation"]),
                text(&b["due"]),
                text(&b["breached_on"]),
                text(&b["cured_on"]),
            )
        })
        .collect()
}

/// `(date, kind, amount)` of every payment.
fn payments(p: &Value) -> Vec<(String, String, String)> {
    p["payments"]
        .as_array()
        .expect("payments")
        .iter()
        .map(|x| (text(&x["date"]), text(&x["kind"]), text(&x["amount"])))
        .collect()
}

fn received(p: &Value) -> String {
    text(&p["totals"][0]["received"])
}

/// Monthly invoice dates in 2026 (the last day of each month).
const MONTH_ENDS: [&str; 12] = [
    "01-31", "02-28", "03-31", "04-30", "05-31", "06-30", "07-31", "08-31", "09-30", "10-31",
    "11-30", "12-31",
];

/// Every invoice of the year: dated 01-31..11-30 `breached` (due net 30
/// days, by 12-30 at the latest), 12-31 `open` (due 2027-01-30); the
/// breaches list the same eleven, each from the day after its due date.
fn assert_invoices_of_the_year(p: &Value) {
    for (i, end) in MONTH_ENDS.iter().enumerate() {
        let id = format!("AcmeGlobex.invoice.Globex@2026-{end}");
        let want = if i < 11 { "breached" } else { "open" };
        assert_eq!(status(p, &id), want, "{id}");
    }
    let invoice_breaches: Vec<_> = breaches(p)
        .into_iter()
        .filter(|b| b.0.starts_with("AcmeGlobex.invoice."))
        .collect();
    assert_eq!(invoice_breaches.len(), 11, "{invoice_breaches:?}");
    // The May invoice, due 06-30, breached on the effective date itself.
    assert!(invoice_breaches.contains(&(
        "AcmeGlobex.invoice.Globex@2026-05-31".into(),
        "2026-06-30".into(),
        "2026-07-01".into(),
        "null".into()
    )));
}

/// The design's amendment (effective 2026-07-01, retainer 20,000 to
/// 22,000): every invoice breaches or stays open as without it.
#[test]
fn invoices_of_an_amended_contract_keep_their_statuses() {
    let r = report("amended_invoices", "events.jsonl", "2026-12-31");
    let p = partnership(&r);
    assert_invoices_of_the_year(p);
    // 6 × 20,000 + 6 × 22,000.
    assert_eq!(received(p), "252000.00");
}

#[test]
fn invoices_due_across_the_effective_date_breach_on_time() {
    // Signed 06-10, run to 07-31: the May invoice (due 06-30) and the June
    // one (due 07-30) are breached; the July one (dated 07-31, of 22,000 by
    // the new terms) is open.
    let r = report("amended_invoices", "signed.jsonl", "2026-07-31");
    let p = partnership(&r);
    assert_eq!(
        status(p, "AcmeGlobex.invoice.Globex@2026-05-31"),
        "breached"
    );
    assert_eq!(
        status(p, "AcmeGlobex.invoice.Globex@2026-06-30"),
        "breached"
    );
    assert_eq!(status(p, "AcmeGlobex.invoice.Globex@2026-07-31"), "open");
    // The significant review selected 06-01 was ended by the signature.
    assert_eq!(
        status(p, "AcmeGlobex.change.significant.review@2026-06-01"),
        "fulfilled"
    );
    let last = payments(p).pop().expect("a payment");
    assert_eq!(
        last,
        ("2026-07-31".into(), "retainer".into(), "22000.00".into())
    );
    assert_eq!(received(p), "142000.00");
}

/// An amendment that only replaces a meeting changes no duty's status.
#[test]
fn an_amendment_of_meetings_changes_no_duty() {
    let r = report("amend_no_pay", "events.jsonl", "2026-12-31");
    let p = partnership(&r);
    // Selected Thursday 06-25; 10 business days: 06-26, 06-29, 06-30,
    // 07-01, 07-02, 07-03, 07-06, 07-07, 07-08, 07-09.
    let review = "AcmeGlobex.change.significant.review@2026-06-25";
    assert_eq!(status(p, review), "breached");
    assert!(breaches(p).contains(&(
        review.into(),
        "2026-07-09".into(),
        "2026-07-10".into(),
        "null".into()
    )));
    assert_invoices_of_the_year(p);
    // Every listed breach is a breached (or late) obligation, and back.
    let breached: Vec<String> = obligations(p)
        .into_iter()
        .filter(|o| o.2 == "breached" || o.2 == "fulfilled_late")
        .map(|o| o.0)
        .collect();
    let listed: Vec<String> = breaches(p).into_iter().map(|b| b.0).collect();
    let (mut a, mut b) = (breached, listed);
    a.sort();
    b.sort();
    assert_eq!(a, b);
}

/// Duties that arose before 2026-07-01 and fall due after it breach on
/// their own due dates.
#[test]
fn open_duties_carry_on_after_the_effective_date() {
    let r = report("amend_open_duties", "events.jsonl", "2026-12-31");
    let p = partnership(&r);
    // The fundamental level, selected Saturday 06-20: review within 10
    // business days (06-22..06-26, 06-29..07-03), then mediation within 30
    // days of the review's end (07-03 + 30 = 08-02); the trigger's duty
    // within 30 days (07-20); the milestone by 08-01.
    let want = [
        (
            "AcmeGlobex.change.fundamental.review@2026-06-20",
            "2026-07-03",
        ),
        (
            "AcmeGlobex.trigger.t.Globex-must-explain-costs@2026-06-20",
            "2026-07-20",
        ),
        ("AcmeGlobex.milestone.launch", "2026-08-01"),
        (
            "AcmeGlobex.change.fundamental.mediation@2026-06-20",
            "2026-08-02",
        ),
    ];
    let all = obligations(p);
    for (id, due) in want {
        let o = all
            .iter()
            .find(|o| o.0 == id)
            .unwrap_or_else(|| panic!("{id} in {all:?}"));
        assert_eq!((o.1.as_str(), o.2.as_str()), (due, "breached"), "{id}");
        assert!(breaches(p).iter().any(|b| b.0 == id && b.1 == due), "{id}");
    }
    assert_invoices_of_the_year(p);
}

#[test]
fn later_lines_fulfil_duties_of_the_earlier_version() {
    let r = report("amend_open_duties", "fulfilled.jsonl", "2026-12-31");
    let p = partnership(&r);
    let all = obligations(p);
    let find = |id: &str| all.iter().find(|o| o.0 == id).cloned().expect(id);
    // `explain costs` fulfilled 07-10, before its due date 07-20.
    let explain = find("AcmeGlobex.trigger.t.Globex-must-explain-costs@2026-06-20");
    assert_eq!(
        (explain.2.as_str(), explain.3.as_str()),
        ("fulfilled", "2026-07-10")
    );
    // The milestone, due 08-01, fulfilled 09-01: late, cured on 09-01
    // (31 days late).
    let launch = find("AcmeGlobex.milestone.launch");
    assert_eq!(
        (launch.2.as_str(), launch.3.as_str()),
        ("fulfilled_late", "2026-09-01")
    );
    let cured = p["breaches"]
        .as_array()
        .expect("breaches")
        .iter()
        .find(|b| b["obligation"] == "AcmeGlobex.milestone.launch")
        .expect("the milestone's breach");
    assert_eq!(cured["cured_on"], "2026-09-01");
    assert_eq!(cured["days_late"], 31);
    assert!(!breaches(p).iter().any(|b| b.0.contains("explain-costs")));
}

/// The amendment removes the trigger and the milestone: the trigger's duty
/// that arose before it is still owed (and a later line fulfils it); the
/// milestone, due after it, is not.
#[test]
fn a_duty_of_a_removed_clause_is_still_owed() {
    let r = report("amend_removed", "events.jsonl", "2026-12-31");
    let p = partnership(&r);
    let all = obligations(p);
    let explain = all
        .iter()
        .find(|o| o.0 == "AcmeGlobex.trigger.t.Globex-must-explain-costs@2026-06-20")
        .expect("the trigger's duty");
    assert_eq!(
        (explain.2.as_str(), explain.3.as_str()),
        ("fulfilled", "2026-07-10")
    );
    assert!(
        !all.iter().any(|o| o.0 == "AcmeGlobex.milestone.launch"),
        "{all:?}"
    );
    assert_eq!(
        status(p, "AcmeGlobex.change.fundamental.mediation@2026-06-20"),
        "breached"
    );
}

/// `(name, started, deadline, outcome)` of each step of ladder `id`.
fn steps(p: &Value, id: &str) -> Vec<(String, String, String, String)> {
    p["ladders"]
        .as_array()
        .expect("ladders")
        .iter()
        .find(|l| l["id"] == id)
        .unwrap_or_else(|| panic!("no ladder {id} in {p:#}"))["steps"]
        .as_array()
        .expect("steps")
        .iter()
        .map(|s| {
            (
                text(&s["name"]),
                text(&s["started"]),
                text(&s["deadline"]),
                text(&s["outcome"]),
            )
        })
        .collect()
}

fn step(
    name: &str,
    started: &str,
    deadline: &str,
    outcome: &str,
) -> (String, String, String, String) {
    (name.into(), started.into(), deadline.into(), outcome.into())
}

/// A dispute noticed Monday 06-29 climbs past the effective date 07-01:
/// negotiation 5 business days (to 07-06), managers 10 (to 07-20), then
/// binding arbitration, open.
#[test]
fn a_ladder_keeps_climbing_after_the_effective_date() {
    let r = report("amend_ladder", "events.jsonl", "2026-12-31");
    let p = partnership(&r);
    assert_eq!(
        steps(p, "AcmeGlobex.dispute@2026-06-29"),
        [
            step("negotiation", "2026-06-29", "2026-07-06", "expired"),
            step("managers", "2026-07-06", "2026-07-20", "expired"),
            step("arbitration", "2026-07-20", "null", "open"),
        ]
    );
    let ladder = &p["ladders"][0];
    assert_eq!(ladder["status"], "open");
    assert_eq!(ladder["steps"][2]["binding"], true);
}

/// The amendment replaces the ladder: a dispute climbs the ladder in force
/// on its notice, to the end.
#[test]
fn a_ladder_climbs_the_ladder_of_its_notice() {
    let r = report("amend_ladder_changed", "events.jsonl", "2026-12-31");
    let p = partnership(&r);
    assert_eq!(
        steps(p, "AcmeGlobex.dispute@2026-06-29"),
        [
            step("negotiation", "2026-06-29", "2026-07-06", "expired"),
            step("managers", "2026-07-06", "2026-07-20", "expired"),
            step("arbitration", "2026-07-20", "null", "open"),
        ]
    );
    // Noticed Monday 08-03 under the new ladder: 10 business days to 08-17,
    // mediation 30 days to 09-16.
    assert_eq!(
        steps(p, "AcmeGlobex.dispute@2026-08-03"),
        [
            step("negotiation", "2026-08-03", "2026-08-17", "expired"),
            step("mediation", "2026-08-17", "2026-09-16", "expired"),
            step("arbitration", "2026-09-16", "null", "open"),
        ]
    );
}

/// Effective 07-15: the July retainer is paid on 07-31 by the new terms.
#[test]
fn a_month_straddling_the_effective_date_is_paid_once_by_the_new_terms() {
    let r = report("amend_mid_period", "events.jsonl", "2026-12-31");
    let p = partnership(&r);
    let want: Vec<(String, String, String)> = MONTH_ENDS
        .iter()
        .enumerate()
        .map(|(i, end)| {
            let amount = if i < 6 { "20000.00" } else { "22000.00" };
            (
                format!("2026-{end}"),
                "retainer".to_string(),
                amount.to_string(),
            )
        })
        .collect();
    assert_eq!(payments(p), want);
    // 6 × 20,000 + 6 × 22,000.
    assert_eq!(received(p), "252000.00");
}

/// Effective 08-01, inside Q3: four bonuses of 1,000.00, the Q3 one paid on
/// 09-30 by the new version; July's retainer (paid 07-31) by the old.
#[test]
fn a_bonus_quarter_straddling_the_effective_date_is_paid_once() {
    let r = report("amend_bonus_quarter", "events.jsonl", "2026-12-31");
    let p = partnership(&r);
    let bonuses: Vec<(String, String, String)> =
        payments(p).into_iter().filter(|x| x.1 == "bonus").collect();
    let want: Vec<(String, String, String)> = ["03-31", "06-30", "09-30", "12-31"]
        .iter()
        .map(|d| (format!("2026-{d}"), "bonus".into(), "1000.00".into()))
        .collect();
    assert_eq!(bonuses, want);
    let periods: Vec<(String, String, String)> = p["bonus_periods"]
        .as_array()
        .expect("bonus periods")
        .iter()
        .map(|b| {
            (
                text(&b["period"]["start"]),
                text(&b["period"]["end"]),
                text(&b["tier"]),
            )
        })
        .collect();
    assert_eq!(
        periods,
        [
            ("2026-01-01".into(), "2026-03-31".into(), "ok".into()),
            ("2026-04-01".into(), "2026-06-30".into(), "ok".into()),
            ("2026-07-01".into(), "2026-09-30".into(), "ok".into()),
            ("2026-10-01".into(), "2026-12-31".into(), "ok".into()),
        ]
    );
    let july = payments(p)
        .into_iter()
        .find(|x| x.0 == "2026-07-31")
        .expect("July's retainer");
    assert_eq!(july.2, "20000.00");
    // 7 × 20,000 + 5 × 22,000 + 4 × 1,000.
    assert_eq!(received(p), "254000.00");
}

#[test]
fn a_health_quarter_straddling_the_effective_date_is_scored_once() {
    let r = report("amend_health_quarter", "events.jsonl", "2026-12-31");
    let p = partnership(&r);
    let health: Vec<(String, String)> = p["health"]
        .as_array()
        .expect("health")
        .iter()
        .map(|h| (text(&h["period"]["start"]), text(&h["health"])))
        .collect();
    let want: Vec<(String, String)> = ["01-01", "04-01", "07-01", "10-01"]
        .iter()
        .map(|d| (format!("2026-{d}"), "100%".into()))
        .collect();
    assert_eq!(health, want);
}

/// Monthly to quarterly from 08-01: each period paid by the version in force
/// on its payment date, and a note for July, paid by both.
#[test]
fn a_change_of_cadence_is_noted() {
    let r = report("amend_cadence", "events.jsonl", "2026-12-31");
    let p = partnership(&r);
    let got = payments(p);
    assert_eq!(got.len(), 9, "{got:?}");
    assert_eq!(
        got[6],
        ("2026-07-31".into(), "retainer".into(), "20000.00".into())
    );
    assert_eq!(
        got[7],
        ("2026-09-30".into(), "retainer".into(), "60000.00".into())
    );
    assert_eq!(received(p), "260000.00");
    let notes = r["notes"].as_array().expect("notes");
    assert!(
        notes.iter().any(|n| {
            n.as_str().is_some_and(|n| {
                n.contains("from 2026-07-01 to 2026-07-31 are paid by both versions")
            })
        }),
        "{notes:?}"
    );
}

/// A line naming an instance that no version has is still an error, before
/// and after the effective date.
#[test]
fn an_unknown_id_after_the_effective_date_is_an_error() {
    let dir = std::env::temp_dir().join(format!("pact-amend-run-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a scratch directory");
    let events = dir.join("events.jsonl");
    std::fs::write(
        &events,
        "{\"date\": \"2026-05-01\", \"fulfilled\": \"AcmeGlobex.nothing\"}\n\
         {\"date\": \"2026-08-01\", \"fulfilled\": \"AcmeGlobex.nothing\"}\n",
    )
    .expect("the events");
    let run = pact(
        &[
            "run",
            "tests/run/amend_removed/portfolio.pact",
            "--events",
            &events.to_string_lossy(),
        ],
        None,
    );
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(run.code, 1, "{}", run.transcript());
    assert!(
        run.stderr.contains(":1: unknown obligation id"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains(":2: unknown obligation id"),
        "{}",
        run.stderr
    );
}

/// Only AcmeGlobex is amended: AcmeInitech runs the whole year on its own
/// terms, its duty breaching after AcmeGlobex's effective date.
#[test]
fn a_partnership_no_amendment_changes_runs_the_whole_year() {
    let r = report("amend_two", "events.jsonl", "2026-12-31");
    let runs = r["partnerships"].as_array().expect("partnerships");
    let find = |name: &str| {
        runs.iter()
            .find(|p| p["name"] == name)
            .unwrap_or_else(|| panic!("{name} in {r:#}"))
    };
    let globex = find("AcmeGlobex");
    assert_eq!(received(globex), "252000.00");
    let initech = find("AcmeInitech");
    // 12 × 5,000, the last on 12-31.
    let paid = payments(initech);
    assert_eq!(paid.len(), 12, "{paid:?}");
    assert_eq!(
        paid[11],
        ("2026-12-31".into(), "retainer".into(), "5000.00".into())
    );
    assert_eq!(received(initech), "60000.00");
    // Selected Saturday 06-20: 10 business days to 07-03.
    let review = "AcmeInitech.change.significant.review@2026-06-20";
    assert_eq!(status(initech, review), "breached");
    assert!(breaches(initech)
        .iter()
        .any(|b| b.0 == review && b.1 == "2026-07-03"));
}
