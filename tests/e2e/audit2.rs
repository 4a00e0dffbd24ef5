//! The second design audit's contracts (`tests/design/s05_1_*`, `s10_*_*`
//! folders added by it): each test holds the compiler to the answers worked
//! out by hand from the design in the files' header comments, so that a
//! regression in dates, recurrences, money or the partnership's life shows
//! here with the sentence of the design it breaks.

use crate::pact;
use serde_json::Value;

const DIR: &str = "tests/design";

fn json(args: &[&str]) -> Value {
    let run = pact(args, None);
    assert_eq!(run.code, 0, "{}", run.transcript());
    serde_json::from_str(&run.stdout).expect("the output is JSON")
}

/// The dates of the schedule's events of `partnership` of `kind` (and
/// `name` when given), in order.
fn dates(
    file: &str,
    through: Option<&str>,
    partnership: &str,
    kind: &str,
    name: Option<&str>,
) -> Vec<String> {
    let path = format!("{DIR}/{file}");
    let mut args = vec!["build", path.as_str(), "--emit", "schedule"];
    if let Some(through) = through {
        args.extend_from_slice(&["--through", through]);
    }
    let events = json(&args);
    events
        .as_array()
        .expect("events")
        .iter()
        .filter(|e| e["partnership"] == partnership && e["kind"] == kind)
        .filter(|e| name.is_none_or(|n| e["name"] == n))
        .map(|e| e["date"].as_str().unwrap_or_default().to_string())
        .collect()
}

fn run(stem: &str, until: &str) -> Value {
    let file = format!("{DIR}/{stem}.pact");
    let events = format!("{DIR}/{stem}.jsonl");
    json(&[
        "run", &file, "--events", &events, "--format", "json", "--until", until,
    ])
}

fn run_with(stem: &str, events: &str, until: &str) -> Value {
    let file = format!("{DIR}/{stem}.pact");
    let events = format!("{DIR}/{events}");
    json(&[
        "run", &file, "--events", &events, "--format", "json", "--until", until,
    ])
}

fn partnership<'a>(report: &'a Value, name: &str) -> &'a Value {
    report["partnerships"]
        .as_array()
        .and_then(|all| all.iter().find(|p| p["name"] == name))
        .unwrap_or_else(|| panic!("no partnership {name} in {report}"))
}

/// `(date, kind, amount)` of every payment of `p`.
fn payments(p: &Value) -> Vec<(String, String, String)> {
    p["payments"]
        .as_array()
        .expect("payments")
        .iter()
        .map(|x| {
            let s = |k: &str| x[k].as_str().unwrap_or_default().to_string();
            (s("date"), s("kind"), s("amount"))
        })
        .collect()
}

fn paid(p: &Value, kind: &str) -> Vec<(String, String)> {
    payments(p)
        .into_iter()
        .filter(|(_, k, _)| k == kind)
        .map(|(d, _, a)| (d, a))
        .collect()
}

fn received(p: &Value) -> String {
    p["totals"][0]["received"]
        .as_str()
        .unwrap_or_default()
        .to_string()
}

/// `(due, status)` of the obligation whose id starts with `prefix`.
fn duty(p: &Value, prefix: &str) -> (String, String) {
    let o = p["obligations"]
        .as_array()
        .and_then(|all| {
            all.iter()
                .find(|o| o["id"].as_str().is_some_and(|id| id.starts_with(prefix)))
        })
        .unwrap_or_else(|| panic!("no obligation {prefix} in {p}"));
    let s = |k: &str| o[k].as_str().unwrap_or_default().to_string();
    (s("due"), s("status"))
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

fn strings(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

#[test]
fn terms_end_the_day_before_the_anniversary() {
    let f = "s05_1_terms/anniversaries.pact";
    for (p, end) in [
        ("May31", "2026-06-30"),
        ("Leap4", "2028-02-28"),
        ("Weeks2", "2026-01-28"),
        ("Mar31", "2027-02-28"),
        ("Days", "2027-01-03"),
    ] {
        assert_eq!(dates(f, None, p, "term_end", None), strings(&[end]), "{p}");
    }
    let f = "s05_1_terms/window_notice.pact";
    assert_eq!(
        dates(f, None, "WN", "renewal_window_opens", None),
        strings(&["2027-04-01"])
    );
    assert_eq!(
        dates(f, None, "WN", "renewal_decision", None),
        strings(&["2027-06-23"])
    );
    assert_eq!(
        dates(f, None, "WN", "notice_deadline", None),
        strings(&["2027-06-25"])
    );
}

#[test]
fn recurrences_clamp_roll_and_skip() {
    let f = "s05_1_recurrences/month_end_clamp.pact";
    let day31 = [
        "2026-01-31",
        "2026-02-28",
        "2026-03-31",
        "2026-04-30",
        "2026-05-31",
        "2026-06-30",
    ];
    assert_eq!(
        dates(f, None, "Day31", "meeting", Some("m")),
        strings(&day31)
    );
    let q30 = ["2026-11-30", "2027-02-28", "2027-05-30", "2027-08-30"];
    assert_eq!(dates(f, None, "Q30", "meeting", Some("q")), strings(&q30));
    let rev = ["2026-01-31", "2026-04-30", "2026-07-31", "2026-10-31"];
    assert_eq!(
        dates(f, None, "Rev31", "review", Some("qbr")),
        strings(&rev)
    );
    let f = "s05_1_recurrences/adjusted.pact";
    let pre30 = [
        "2026-01-30",
        "2026-02-27",
        "2026-03-30",
        "2026-04-30",
        "2026-05-29",
        "2026-06-30",
        "2026-07-30",
        "2026-08-28",
        "2026-09-30",
        "2026-10-30",
        "2026-11-30",
        "2026-12-30",
    ];
    assert_eq!(dates(f, None, "Pre30", "meeting", None), strings(&pre30));
    let hol = [
        "2026-12-21",
        "2026-12-22",
        "2026-12-23",
        "2026-12-28",
        "2026-12-29",
        "2026-12-30",
        "2026-12-31",
        "2027-01-04",
        "2027-01-05",
        "2027-01-06",
        "2027-01-07",
        "2027-01-08",
    ];
    assert_eq!(dates(f, None, "Hol", "meeting", None), strings(&hol));
    let good_fri = ["2026-04-02", "2026-04-10", "2026-04-17", "2026-04-24"];
    assert_eq!(
        dates(f, None, "GoodFri", "meeting", None),
        strings(&good_fri)
    );
    let ann = ["2026-03-02", "2027-03-01", "2028-03-01"];
    assert_eq!(dates(f, None, "Ann", "meeting", None), strings(&ann));
    let f = "s05_1_recurrences/every_n_quarterly_on.pact";
    let fort = ["2026-01-05", "2026-01-19", "2026-02-02", "2026-02-16"];
    assert_eq!(dates(f, None, "Fort", "meeting", None), strings(&fort));
    let first = ["2026-04-06", "2026-07-06", "2026-10-05", "2027-01-04"];
    assert_eq!(dates(f, None, "QFirst", "meeting", None), strings(&first));
}

#[test]
fn deadlines_across_the_year_end_and_in_a_renewed_term() {
    let r = run("s05_1_deadlines/year_end", "2027-03-01");
    let dl = partnership(&r, "DL");
    let t = "DL.trigger.spike.Globex-must-";
    for (id, due, status) in [
        ("notify-Acme.rm@2026-12-30", "2027-01-05", "fulfilled_late"),
        ("call-Acme.ops@2026-12-30", "2027-01-01", "breached"),
        ("revise-pricing@2026-12-30", "2027-03-30", "open"),
        ("send-plan@2026-12-30", "2027-01-30", "fulfilled"),
        ("confirm-budget@2026-12-30", "2027-10-31", "open"),
        ("prepare-handover@2026-12-30", "2027-02-14", "breached"),
        ("notify-Acme.rm@2027-01-29", "2027-02-03", "breached"),
        ("call-Acme.ops@2027-01-29", "2027-01-31", "breached"),
        ("revise-pricing@2027-01-29", "2027-04-29", "open"),
        ("send-plan@2027-01-29", "2027-02-28", "breached"),
    ] {
        assert_eq!(
            duty(dl, &format!("{t}{id}")),
            (due.to_string(), status.to_string()),
            "{id}"
        );
    }
    let r = run_with(
        "s05_1_deadlines/year_end",
        "s05_1_deadlines/year_end_leap.jsonl",
        "2028-03-01",
    );
    let leap = partnership(&r, "Leap");
    assert_eq!(
        duty(leap, "Leap.trigger.spike.Globex-must-send-plan@2028-01-31").0,
        "2028-02-29"
    );
    let r = run("s05_1_deadlines/renewed_anchors", "2027-03-31");
    let ra = partnership(&r, "RA");
    let t = "RA.trigger.spike.Globex-must-";
    assert_eq!(duty(ra, &format!("{t}close-books")).0, "2027-12-30");
    assert_eq!(duty(ra, &format!("{t}confirm-budget")).0, "2027-10-31");
    assert_eq!(duty(ra, &format!("{t}call-Acme.ops")).0, "2027-03-08");
    assert_eq!(duty(ra, &format!("{t}notify-Acme.ops")).0, "2027-03-09");
}

#[test]
fn payments_round_half_even_and_caps_take_the_rounded_sums() {
    let r = run("s05_1_rounding/half_even", "2026-12-31");
    let usd = partnership(&r, "USDr");
    let want = [
        ("2026-02-01", "10.00"),
        ("2026-03-01", "10.02"),
        ("2026-04-01", "0.01"),
    ];
    assert_eq!(paid(usd, "success_fee"), pairs(&want));
    let jpy = partnership(&r, "JPYr");
    let want = [
        ("2026-02-01", "38"),
        ("2026-03-01", "34"),
        ("2026-04-01", "30000"),
    ];
    assert_eq!(paid(jpy, "success_fee"), pairs(&want));
    assert_eq!(received(jpy), "30072");
    let r = run("s05_1_rounding/penalty_early", "2026-12-31");
    let pe = partnership(&r, "PE");
    let want = [("2026-03-12", "1000.00"), ("2026-12-31", "310.31")];
    assert_eq!(paid(pe, "penalty"), pairs(&want));
    let want = [("2026-06-27", "750.00"), ("2026-09-01", "1000.00")];
    assert_eq!(paid(pe, "early_bonus"), pairs(&want));
    let r = run("s05_1_rounding/cap_year_midterm", "2027-12-31");
    let cy = partnership(&r, "CY");
    let want = [
        ("2026-08-01", "800.00"),
        ("2027-05-01", "200.00"),
        ("2027-06-30", "0.00"),
        ("2027-07-01", "500.00"),
    ];
    assert_eq!(paid(cy, "success_fee"), pairs(&want));
}

#[test]
fn the_strictest_tier_pays_and_percent_of_retainer_prorates() {
    let r = run("s05_1_rounding/tiers_fixed", "2026-04-30");
    let tf = partnership(&r, "TF");
    assert_eq!(
        paid(tf, "bonus"),
        pairs(&[("2026-02-28", "500.00"), ("2026-03-31", "100.00")])
    );
    let lb = partnership(&r, "LowerBetter");
    assert_eq!(paid(lb, "bonus"), pairs(&[("2026-03-31", "300.00")]));
    let r = run("s05_1_rounding/prorate_annual", "2026-03-31");
    let pa = partnership(&r, "PA");
    assert_eq!(
        paid(pa, "bonus"),
        pairs(&[("2026-01-31", "310.00"), ("2026-02-28", "280.00")])
    );
}

#[test]
fn shares_indexation_and_invoices() {
    let r = run("s10_2_money/share_three_bands", "2027-12-31");
    let sb = partnership(&r, "SB");
    let want = [
        ("2026-03-01", "8000.00"),
        ("2026-06-01", "12000.00"),
        ("2026-09-01", "30000.00"),
        ("2027-01-10", "5000.00"),
    ];
    assert_eq!(paid(sb, "share"), pairs(&want));
    let r = run("s10_2_money/index_floor_compound", "2028-01-31");
    let amount_on = |p: &Value, date: &str| {
        paid(p, "retainer")
            .into_iter()
            .find(|(d, _)| d == date)
            .map(|(_, a)| a)
            .unwrap_or_default()
    };
    let floor = partnership(&r, "Floor");
    assert_eq!(amount_on(floor, "2027-01-31"), "10000.00");
    assert_eq!(amount_on(floor, "2028-01-31"), "10450.00");
    let compound = partnership(&r, "Compound");
    assert_eq!(amount_on(compound, "2027-01-31"), "1265.43");
    assert_eq!(amount_on(compound, "2028-01-31"), "1279.35");
    assert_eq!(received(partnership(&r, "NoRead")), "12500.00");
    let r = run("s10_2_money/leap_index_periods", "2029-04-30");
    let li = partnership(&r, "LI");
    let retainers = paid(li, "retainer");
    assert_eq!(retainers.len(), 14);
    assert_eq!(
        retainers[11],
        ("2029-02-28".to_string(), "1000.00".to_string())
    );
    assert_eq!(
        retainers[12],
        ("2029-03-28".to_string(), "1100.00".to_string())
    );
    assert_eq!(paid(li, "early_bonus"), pairs(&[("2028-03-25", "500.00")]));
    let r = run("s10_2_money/invoices_advance", "2026-04-01");
    let adv = partnership(&r, "Adv");
    let i = "Adv.invoice.Globex@";
    assert_eq!(
        duty(adv, &format!("{i}2026-01-01")),
        ("2026-01-16".into(), "fulfilled".into())
    );
    assert_eq!(
        duty(adv, &format!("{i}2026-02-01")),
        ("2026-02-16".into(), "fulfilled_late".into())
    );
    assert_eq!(
        duty(adv, &format!("{i}2026-03-01")),
        ("2026-03-16".into(), "breached".into())
    );
    let f = "s10_2_money/invoices_advance.pact";
    let due = dates(f, None, "Biz", "invoice_due", None);
    assert_eq!(due, strings(&["2027-01-15", "2027-02-12"]));
}

fn health(p: &Value) -> Vec<(String, String)> {
    p["health"]
        .as_array()
        .expect("health")
        .iter()
        .map(|h| {
            let s = |v: &Value| v.as_str().unwrap_or_default().to_string();
            (s(&h["period"]["start"]), s(&h["health"]))
        })
        .collect()
}

#[test]
fn health_follows_the_stage_of_the_periods_first_day() {
    let r = run("s10_1_health/stages_monthly", "2026-08-31");
    let hs = health(partnership(&r, "HS"));
    let last: Vec<_> = hs.into_iter().skip(5).collect();
    let want = [
        ("2026-06-01", "75%"),
        ("2026-07-01", "50%"),
        ("2026-08-01", "40%"),
    ];
    assert_eq!(last, pairs(&want));
    let r = run("s10_1_health/untargeted_tier", "2026-03-31");
    assert_eq!(
        health(partnership(&r, "UT")),
        pairs(&[("2026-01-01", "70%")])
    );
    let r = run("s10_1_health/rearm_bonus", "2026-10-31");
    let rb = partnership(&r, "RB");
    assert_eq!(paid(rb, "bonus"), pairs(&[("2026-06-30", "300.00")]));
    let t = "RB.trigger.at_risk.Acme.rm+Globex.rm-must-meet@";
    assert_eq!(duty(rb, &format!("{t}2026-03-31")).0, "2026-04-07");
    assert_eq!(duty(rb, &format!("{t}2026-09-30")).0, "2026-10-07");
}

fn terms(p: &Value) -> Vec<(String, String)> {
    p["life"]["terms"]
        .as_array()
        .expect("terms")
        .iter()
        .map(|t| {
            let s = |k: &str| t[k].as_str().unwrap_or_default().to_string();
            (s("end"), s("outcome"))
        })
        .collect()
}

#[test]
fn renewal_on_criteria_termination_exit_and_survival() {
    let r = run("s10_3_renewal/criteria_renew_then_expire", "2027-07-31");
    let re = partnership(&r, "RE");
    assert_eq!(
        terms(re),
        pairs(&[("2026-12-31", "renewed"), ("2027-06-30", "expired")])
    );
    assert_eq!(received(re), "18800.00");
    assert_eq!(
        duty(re, "RE.exit.Globex-must-deliver-data"),
        ("2027-07-14".into(), "breached".into())
    );
    let r = run("s10_3_renewal/default_expire_other_outcome", "2027-03-31");
    let keep = partnership(&r, "Keep");
    assert_eq!(
        terms(keep),
        pairs(&[("2026-12-31", "renewed"), ("2027-12-31", "running")])
    );
    assert_eq!(received(keep), "1500.00");
    assert_eq!(
        terms(partnership(&r, "Drop")),
        pairs(&[("2026-12-31", "expired")])
    );
    assert_eq!(
        terms(partnership(&r, "Told")),
        pairs(&[("2026-12-31", "expired")])
    );
    let f = "s10_3_renewal/through.pact";
    let ends = dates(f, Some("2028-06-30"), "TH", "term_end", None);
    assert_eq!(
        ends,
        strings(&["2026-12-31", "2027-06-30", "2027-12-31", "2028-06-30"])
    );
    assert_eq!(
        dates(f, Some("2028-06-30"), "TH", "meeting", None).len(),
        30
    );
    let r = run("s10_3_exit/transition_survival", "2026-09-30");
    let ts = partnership(&r, "TS");
    assert_eq!(duty(ts, "TS.exit.Globex-must-return-keys").0, "2026-07-11");
    assert_eq!(duty(ts, "TS.exit.Globex-must-deliver-data").0, "2026-07-21");
    assert_eq!(
        duty(ts, "TS.survives.Globex-must-delete-copies"),
        ("2026-07-31".into(), "fulfilled_late".into())
    );
    assert_eq!(ts["life"]["surviving"][0]["until"], "2027-06-30");
    let r = run("s10_3_exit/convenience_prorate", "2026-09-30");
    let cp = partnership(&r, "CP");
    assert_eq!(terms(cp), pairs(&[("2026-07-04", "terminated")]));
    assert_eq!(paid(cp, "bonus"), pairs(&[("2026-06-30", "100.00")]));
    assert_eq!(received(cp), "18487.10");
    assert_eq!(
        duty(cp, "CP.exit.Globex-must-transfer-files").0,
        "2026-08-04"
    );
    let r = run("s10_3_exit/notice_outlasts_term", "2027-04-30");
    let nt = partnership(&r, "NT");
    assert_eq!(
        terms(nt),
        pairs(&[("2026-12-31", "renewed"), ("2027-03-01", "terminated")])
    );
    assert_eq!(
        paid(nt, "retainer").last(),
        Some(&("2027-03-01".to_string(), "32.26".to_string()))
    );
    assert_eq!(received(nt), "14032.26");
    assert_eq!(nt["life"]["surviving"][0]["from"], "2027-03-02");
    assert_eq!(nt["life"]["surviving"][0]["until"], "2027-09-01");
}
