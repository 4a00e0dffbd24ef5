//! `pact run` on the second wave's money and health (design §10.1–§10.2):
//! hand-computed traces under `tests/run/`, the figures worked out in the
//! comments from the design, not from the output.

use super::pact;
use serde_json::Value;

fn report(case: &str, args: &[&str]) -> Value {
    let portfolio = format!("tests/run/{case}/portfolio.pact");
    let events = format!("tests/run/{case}/events.jsonl");
    let mut all = vec![
        "run",
        portfolio.as_str(),
        "--events",
        events.as_str(),
        "--format",
        "json",
    ];
    all.extend_from_slice(args);
    let run = pact(&all, None);
    assert_eq!(run.code, 0, "{}", run.transcript());
    serde_json::from_str(&run.stdout).expect("the report is JSON")
}

fn text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => "-".to_string(),
        other => other.to_string(),
    }
}

/// `(date, kind, amount, detail)` of every payment but retainers.
fn payments(p: &Value, keep_retainers: bool) -> Vec<String> {
    p["payments"]
        .as_array()
        .expect("payments")
        .iter()
        .filter(|x| keep_retainers || x["kind"] != "retainer")
        .map(|x| {
            let detail: Vec<String> = ["tier", "uncapped", "exact", "days_early", "contract_year"]
                .iter()
                .filter(|k| !x[**k].is_null())
                .map(|k| format!("{k}={}", text(&x[*k])))
                .collect();
            format!(
                "{} {} {} {}",
                text(&x["date"]),
                text(&x["kind"]),
                text(&x["amount"]),
                detail.join(" ")
            )
            .trim_end()
            .to_string()
        })
        .collect()
}

#[test]
fn a_year_of_health_with_a_stage_change_a_trigger_and_a_bonus() {
    // Weights 60/30/10 from the start, 40/30/30 from 2026-07-01 (start + 6
    // months). Two operational metrics, one relational, one strategic.
    //   Q1: on_time 97% met, defects 1.5% met, nps 8 met, insights 1 missed:
    //       60 x 2/2 + 30 x 1 + 10 x 0 = 90%    -> bonus good: 2% of 60,000 = 1,200.00
    //   Q2: on_time 96% (the last reading) met, defects 3% missed, nps none:
    //       60 x 1/2 + 30 x 0 + 10 x 1 = 40%    -> at_risk fires on 2026-06-30,
    //       due 10 business days later: 2026-07-14 (fulfilled 07-10)
    //   Q3: new stage: 40 x 1 + 30 x 0 (nps 6) + 30 x 1 = 70%: no bonus; the
    //       trigger re-arms (70% >= 60%)
    //   Q4: everything met: 100%                -> bonus great: 5% of 60,000 = 3,000.00
    let r = report("health_year", &[]);
    let p = &r["partnerships"][0];
    let health: Vec<String> = p["health"]
        .as_array()
        .expect("health")
        .iter()
        .map(|h| {
            let missed: Vec<String> = h["missed"]
                .as_array()
                .expect("missed")
                .iter()
                .map(text)
                .collect();
            format!(
                "{} {} {}/{}/{} missed [{}]",
                text(&h["period"]["end"]),
                text(&h["health"]),
                text(&h["operational"]),
                text(&h["relational"]),
                text(&h["strategic"]),
                missed.join(",")
            )
        })
        .collect();
    assert_eq!(
        health,
        [
            "2026-03-31 90% 100%/100%/0% missed [insights]",
            "2026-06-30 40% 50%/0%/100% missed [defects,nps]",
            "2026-09-30 70% 100%/0%/100% missed [nps]",
            "2026-12-31 100% 100%/100%/100% missed []",
        ]
    );
    assert_eq!(
        payments(p, false),
        [
            "2026-03-31 bonus 1200.00 tier=good",
            "2026-12-31 bonus 3000.00 tier=great",
        ]
    );
    let duty = &p["obligations"][0];
    assert_eq!(text(&duty["arises"]), "2026-06-30");
    assert_eq!(text(&duty["due"]), "2026-07-14");
    assert_eq!(text(&duty["status"]), "fulfilled");
    assert_eq!(p["firings"].as_array().map(Vec::len), Some(1));
    // 12 retainers of 20,000.00 + 1,200.00 + 3,000.00
    assert_eq!(text(&p["totals"][0]["received"]), "244200.00");
}

#[test]
fn share_bands_cross_a_limit_reach_the_cap_and_start_a_new_year() {
    // 20% up to 1,000,000 of the contract year's total, 30% above; at most
    // 400,000.00 a contract year.
    //   03-31  600,000     total   600,000: 120,000            -> 120,000.00
    //   06-30  700,000     total 1,300,000: 200,000 + 90,000
    //                      = 290,000, less 120,000             -> 170,000.00
    //   09-30  500,000.05  total 1,800,000.05: 200,000 + 240,000.015
    //                      = 440,000.015, less 290,000 = 150,000.015,
    //                      half-even 150,000.02; room 400,000 - 290,000 -> 110,000.00
    //   12-31  100,000     30,000.00, no room left                -> 0.00
    //   2027-01-01 a new year: 1,200,000: 200,000 + 60,000      -> 260,000.00
    let r = report("share_bands", &[]);
    let p = &r["partnerships"][0];
    assert_eq!(
        payments(p, false),
        [
            "2026-03-31 share 120000.00 contract_year=1",
            "2026-06-30 share 170000.00 contract_year=1",
            "2026-09-30 share 110000.00 uncapped=150000.02 exact=150000.015 contract_year=1",
            "2026-12-31 share 0.00 uncapped=30000.00 contract_year=1",
            "2027-01-01 share 260000.00 contract_year=2",
        ]
    );
    assert_eq!(text(&p["totals"][0]["received"]), "660000.00");
}

#[test]
fn early_bonuses_and_an_indexed_retainer() {
    // training due 2026-02-01, fulfilled 01-20: 12 days x 250 = 3,000.00;
    // go_live due 04-01, fulfilled 03-15: 17 days x 1,000 = 17,000, capped
    // at 10,000.00. The retainer (10,000 a quarter) at each anniversary:
    //   2027-01-01 no cpi reading yet: 10,000.00
    //   2028-01-01 last reading 4.5%, capped at 3%: 10,300.00
    //   2029-01-01 last reading 2.505%: 10,300 x 1.02505 = 10,558.015,
    //              half-even 10,558.02
    //   2030-01-01 last reading -1%, floor 0%: 10,558.02
    // Total to 2030-03-31: 4 x 10,000 x 2 + 4 x 10,300 + 5 x 10,558.02
    //   + 13,000 = 186,990.10
    let r = report("early_and_indexed", &["--until", "2030-03-31"]);
    let p = &r["partnerships"][0];
    assert_eq!(
        payments(p, false),
        [
            "2026-01-20 early_bonus 3000.00 days_early=12",
            "2026-03-15 early_bonus 10000.00 uncapped=17000.00 exact=17000 days_early=17",
        ]
    );
    let retainers: Vec<String> = payments(p, true)
        .into_iter()
        .filter(|x| x.contains("retainer"))
        .collect();
    assert_eq!(retainers.len(), 17);
    for (i, amount) in [
        (3, "10000.00"),
        (4, "10000.00"),
        (8, "10300.00"),
        (12, "10558.02"),
        (16, "10558.02"),
    ] {
        assert!(
            retainers[i].ends_with(&format!("retainer {amount}")),
            "{}",
            retainers[i]
        );
    }
    assert_eq!(text(&p["totals"][0]["received"]), "186990.10");
}

#[test]
fn invoices_paid_on_time_late_and_not_at_all_are_duties_of_the_payer() {
    // Three parties: `from Acme` says who pays. Globex's block invoices in
    // arrears, net 30 days: 01-31 due 03-02 (paid 02-27), 02-28 due 03-30
    // (paid 04-02: 3 days late), 03-31 due 04-30 (paid 04-15 by the id
    // without its date), 04-30 due 05-30 and 05-31 due 06-30 (unpaid: 46
    // and 15 days late on 07-15), 06-30 due 07-30 (open). Initech's block
    // has no invoice clause: the stand-alone one applies (quarterly in
    // advance, net 15 days): 01-01 due 01-16 (paid 01-10), 04-01 due 04-16
    // (unpaid: 90 days late).
    let r = report("invoices", &["--until", "2026-07-15"]);
    let p = &r["partnerships"][0];
    let duties: Vec<String> = p["obligations"]
        .as_array()
        .expect("obligations")
        .iter()
        .map(|o| {
            format!(
                "{} {} {} {}",
                text(&o["id"]).trim_start_matches("AcmeGlobex.invoice."),
                text(&o["due"]),
                text(&o["status"]),
                text(&o["fulfilled"])
            )
        })
        .collect();
    assert_eq!(
        duties,
        [
            "Initech@2026-01-01 2026-01-16 fulfilled 2026-01-10",
            "Globex@2026-01-31 2026-03-02 fulfilled 2026-02-27",
            "Globex@2026-02-28 2026-03-30 fulfilled_late 2026-04-02",
            "Initech@2026-04-01 2026-04-16 breached -",
            "Globex@2026-03-31 2026-04-30 fulfilled 2026-04-15",
            "Globex@2026-04-30 2026-05-30 breached -",
            "Globex@2026-05-31 2026-06-30 breached -",
            "Globex@2026-06-30 2026-07-30 open -",
        ]
    );
    let breaches: Vec<String> = p["breaches"]
        .as_array()
        .expect("breaches")
        .iter()
        .map(|b| {
            format!(
                "{} {} {}",
                text(&b["parties"][0]),
                b["days_late"],
                text(&b["cured_on"])
            )
        })
        .collect();
    assert_eq!(
        breaches,
        ["Acme 3 2026-04-02", "Acme 90 -", "Acme 46 -", "Acme 15 -"]
    );
    assert!(p["payments"]
        .as_array()
        .expect("payments")
        .iter()
        .all(|x| x["payer"] == "Acme"));
}

#[test]
fn a_paid_line_naming_no_invoice_is_an_error_naming_the_line() {
    let dir = std::env::temp_dir().join(format!("pact-money-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let events = dir.join("events.jsonl");
    std::fs::write(
        &events,
        "{\"date\": \"2026-02-27\", \"paid\": \"AcmeGlobex.invoice.Globex@2026-01-31\"}\n\
         {\"date\": \"2026-03-01\", \"paid\": \"AcmeGlobex.invoice.Globex@2026-02-27\"}\n",
    )
    .expect("write the trace");
    let events = events.to_string_lossy().to_string();
    let run = pact(
        &[
            "run",
            "tests/run/invoices/portfolio.pact",
            "--events",
            &events,
        ],
        None,
    );
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(run.code, 1, "{}", run.transcript());
    assert!(run.stdout.is_empty(), "{}", run.transcript());
    assert!(
        run.stderr
            .contains(":2: no invoice `AcmeGlobex.invoice.Globex@2026-02-27`"),
        "{}",
        run.transcript()
    );
}

#[test]
fn a_total_that_does_not_fit_exactly_is_an_error_naming_the_line() {
    // tests/run/total_too_precise/portfolio.pact works the sums out: the
    // total fits at two decimals after line 3 and needs three (30 digits)
    // once line 4's fee, 35,717.505 KWD, is added.
    let run = pact(
        &[
            "run",
            "tests/run/total_too_precise/portfolio.pact",
            "--events",
            "tests/run/total_too_precise/events.jsonl",
        ],
        None,
    );
    assert_eq!(run.code, 1, "{}", run.transcript());
    assert!(run.stdout.is_empty(), "{}", run.transcript());
    assert!(
        run.stderr.contains(
            "events.jsonl:4: the total received by Globex in KWD cannot be computed exactly once the payment of 2027-09-12 is added"
        ),
        "{}",
        run.transcript()
    );
    assert_eq!(run.stderr.matches("cannot be computed exactly").count(), 1);
}
