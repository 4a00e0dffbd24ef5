//! Unit tests of `pact run` on small portfolios (the hand-computed traces
//! with their figures are end-to-end tests under `tests/run/`).

use super::report::{LadderStatus, Outcome, PaymentKind, Report, Status};
use super::*;
use crate::source::SourceMap;

const PARTIES: &str = r#"
party Acme "Acme Corporation" {
  role ops
  role rm
}
party Globex "Globex Ltd" {
  role delivery
  role rm
}
signal cost_change: percent
signal uplift: money
event accepted
event dispute_notice
"#;

fn portfolio(body: &str) -> Portfolio {
    let (pf, errors) = lowered(body);
    assert!(
        errors.is_empty(),
        "the test portfolio has errors: {errors:#?}"
    );
    pf
}

/// The model and the error messages of a portfolio.
fn lowered(body: &str) -> (Portfolio, Vec<String>) {
    let text = format!(
        "{PARTIES}\npartnership AcmeGlobex {{\n  parties Acme as client, Globex as provider\n  term 2026-01-01 for 1 year\n  currency USD\n{body}\n}}\n"
    );
    let mut sources = SourceMap::new();
    sources.add("test.pact", text);
    let analysis = crate::analyse(&mut sources, &mut crate::NoImports);
    let errors: Vec<String> = analysis
        .diagnostics
        .iter()
        .filter(|d| d.is_error())
        .map(|d| format!("{d:?}"))
        .collect();
    (analysis.portfolio, errors)
}

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn lines(list: &[&str]) -> String {
    list.join("\n")
}

fn ok(pf: &Portfolio, trace: &[&str], until: Option<&str>) -> Report {
    match run(pf, &lines(trace), until.map(date)) {
        Ok(report) => report,
        Err(errors) => panic!("unexpected errors: {errors:#?}"),
    }
}

fn errs(pf: &Portfolio, trace: &[&str]) -> Vec<(usize, String)> {
    match run(pf, &lines(trace), None) {
        Ok(_) => panic!("expected errors"),
        Err(errors) => errors.into_iter().map(|e| (e.line, e.message)).collect(),
    }
}

fn signal(d: &str, value: &str) -> String {
    format!(r#"{{"date": "{d}", "signal": "cost_change", "value": "{value}"}}"#)
}

const SPIKE: &str =
    "trigger spike when cost_change > 15% {\n Globex must notify Acme.rm within 5 business days\n}";

#[test]
fn a_trigger_fires_when_its_condition_becomes_true_and_rearms() {
    let pf = portfolio(SPIKE);
    let trace = [
        signal("2026-02-02", "20%"),
        signal("2026-02-03", "25%"),
        signal("2026-02-04", "15%"),
        signal("2026-02-05", "16%"),
    ];
    let trace: Vec<&str> = trace.iter().map(String::as_str).collect();
    let report = ok(&pf, &trace, None);
    let p = &report.partnerships[0];
    let firings: Vec<NaiveDate> = p.firings.iter().map(|f| f.date).collect();
    assert_eq!(firings, vec![date("2026-02-02"), date("2026-02-05")]);
    let ids: Vec<&str> = p.obligations.iter().map(|o| o.id.as_str()).collect();
    assert_eq!(
        ids,
        vec![
            "AcmeGlobex.trigger.spike.Globex-must-notify-Acme.rm@2026-02-02",
            "AcmeGlobex.trigger.spike.Globex-must-notify-Acme.rm@2026-02-05",
        ]
    );
    // Monday 2026-02-02 + 5 business days = Monday 2026-02-09.
    assert_eq!(p.obligations[0].due, Some(date("2026-02-09")));
    assert_eq!(p.obligations[1].due, Some(date("2026-02-12")));
}

#[test]
fn no_reading_makes_comparisons_false_and_not_negates_them() {
    let pf =
        portfolio("trigger calm when not cost_change > 5% {\n Globex must confirm within 1 day\n}");
    // No reading of the signal: nothing is evaluated, nothing fires.
    let report = ok(&pf, &[], Some("2026-03-01"));
    assert!(report.partnerships[0].firings.is_empty());
    let trace = signal("2026-02-02", "3%");
    let report = ok(&pf, &[trace.as_str()], None);
    assert_eq!(report.partnerships[0].firings.len(), 1);
}

#[test]
fn events_pay_fees_fire_triggers_and_count_once_in_conditions() {
    let pf = portfolio(
        "pay Globex {\n fee 1_000.50 USD per accepted\n}\n\
         trigger on_accept on accepted {\n Acme must pay invoice within 30 days\n}\n\
         trigger both when accepted and cost_change > 10% {\n Acme must review scope within 24 hours\n}",
    );
    let trace = [
        r#"{"date": "2026-01-31", "event": "accepted"}"#.to_string(),
        signal("2026-02-01", "12%"),
        r#"{"date": "2026-02-02", "event": "accepted"}"#.to_string(),
        r#"{"date": "2026-02-02", "event": "accepted"}"#.to_string(),
    ];
    let trace: Vec<&str> = trace.iter().map(String::as_str).collect();
    let report = ok(&pf, &trace, None);
    let p = &report.partnerships[0];
    let fees: Vec<(&str, &str)> = p
        .payments
        .iter()
        .map(|x| (x.id.as_str(), x.amount.as_str()))
        .collect();
    // An amount finer than a cent is an error at check time (E0215), so a
    // fee is paid as written.
    assert_eq!(
        fees,
        vec![
            ("AcmeGlobex.fee.Globex-accepted@2026-01-31", "1000.50"),
            ("AcmeGlobex.fee.Globex-accepted@2026-02-02", "1000.50"),
            ("AcmeGlobex.fee.Globex-accepted@2026-02-02#2", "1000.50"),
        ]
    );
    assert_eq!(p.payments[0].exact, None);
    let both: Vec<&str> = p
        .obligations
        .iter()
        .filter(|o| o.origin == "trigger.both")
        .map(|o| o.id.as_str())
        .collect();
    // The event is true only on its own line: the condition re-arms, and
    // fires on both lines of 2026-02-02 (the second gets `#2`).
    assert_eq!(
        both,
        vec![
            "AcmeGlobex.trigger.both.Acme-must-review-scope@2026-02-02",
            "AcmeGlobex.trigger.both.Acme-must-review-scope@2026-02-02#2",
        ]
    );
    let within_24_hours = p.obligations.iter().find(|o| o.origin == "trigger.both");
    assert_eq!(
        within_24_hours.and_then(|o| o.due),
        Some(date("2026-02-03"))
    );
    assert_eq!(
        p.obligations
            .iter()
            .filter(|o| o.origin == "trigger.on_accept")
            .count(),
        3
    );
}

#[test]
fn a_bare_id_names_the_one_open_instance() {
    let pf = portfolio(SPIKE);
    let base = "AcmeGlobex.trigger.spike.Globex-must-notify-Acme.rm";
    let fulfil = |d: &str| format!(r#"{{"date": "{d}", "fulfilled": "{base}"}}"#);
    let trace = [
        signal("2026-02-02", "20%"),
        signal("2026-02-03", "10%"),
        signal("2026-02-04", "20%"),
        fulfil("2026-02-05"),
    ];
    let trace: Vec<&str> = trace.iter().map(String::as_str).collect();
    let errors = errs(&pf, &trace);
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].0, 4);
    assert!(errors[0].1.contains("2 open instances"), "{errors:?}");

    let trace = [
        signal("2026-02-02", "20%"),
        fulfil("2026-02-03"),
        signal("2026-02-04", "10%"),
        signal("2026-02-05", "20%"),
        fulfil("2026-02-20"),
    ];
    let trace: Vec<&str> = trace.iter().map(String::as_str).collect();
    let report = ok(&pf, &trace, None);
    let statuses: Vec<Status> = report.partnerships[0]
        .obligations
        .iter()
        .map(|o| o.status)
        .collect();
    assert_eq!(statuses, vec![Status::Fulfilled, Status::FulfilledLate]);
    let breach = &report.partnerships[0].breaches[0];
    assert_eq!(breach.parties, vec!["Globex".to_string()]);
    assert_eq!(breach.due, date("2026-02-12"));
    assert_eq!(breach.cured_on, Some(date("2026-02-20")));
    assert_eq!(breach.days_late, 8);
}

#[test]
fn a_duty_due_on_the_last_day_is_still_open() {
    let pf = portfolio(SPIKE);
    let trace = signal("2026-02-02", "20%");
    let report = ok(&pf, &[trace.as_str()], Some("2026-02-09"));
    assert_eq!(report.partnerships[0].obligations[0].status, Status::Open);
    let report = ok(&pf, &[trace.as_str()], Some("2026-02-10"));
    assert_eq!(
        report.partnerships[0].obligations[0].status,
        Status::Breached
    );
    assert_eq!(report.partnerships[0].breaches[0].days_late, 1);
}

#[test]
fn lines_after_until_are_checked_but_not_applied() {
    let pf = portfolio(SPIKE);
    let trace = [signal("2026-02-02", "20%"), signal("2026-03-02", "30%")];
    let trace: Vec<&str> = trace.iter().map(String::as_str).collect();
    let report = ok(&pf, &trace, Some("2026-02-05"));
    assert_eq!(report.as_of, Some(date("2026-02-05")));
    assert_eq!(report.partnerships[0].firings.len(), 1);
    let bad = [signal("2026-02-02", "20%"), signal("2026-03-02", "30 USD")];
    let bad: Vec<&str> = bad.iter().map(String::as_str).collect();
    assert!(run(&pf, &lines(&bad), Some(date("2026-02-05"))).is_err());
}

#[test]
fn every_bad_line_is_reported_in_order() {
    let pf = portfolio(SPIKE);
    let trace = [
        signal("2026-02-02", "20%"),
        "not json".to_string(),
        signal("2026-01-02", "20%"),
        r#"{"date": "2026-02-03", "signal": "nope", "value": "1%"}"#.to_string(),
        String::new(),
        r#"{"date": "2026-02-04", "fulfilled": "AcmeGlobex.milestone.none"}"#.to_string(),
        r#"{"date": "2026-02-05", "partnership": "Nope", "event": "accepted"}"#.to_string(),
        r#"{"date": "2026-02-05", "event": "accepted", "value": "1"}"#.to_string(),
        r#"[1, 2]"#.to_string(),
        r#"{"partnership": "AcmeGlobex", "event": "accepted"}"#.to_string(),
    ];
    let trace: Vec<&str> = trace.iter().map(String::as_str).collect();
    let lines: Vec<usize> = errs(&pf, &trace).into_iter().map(|(l, _)| l).collect();
    assert_eq!(lines, vec![2, 3, 4, 6, 7, 8, 9, 10]);
}

#[test]
fn triggers_outside_the_term_instantiate_nothing() {
    let pf = portfolio(SPIKE);
    let trace = signal("2027-02-02", "20%");
    let report = ok(&pf, &[trace.as_str()], None);
    let p = &report.partnerships[0];
    assert_eq!(p.firings.len(), 1);
    assert!(p.firings[0].instantiated.is_empty());
    assert!(p.firings[0].note.is_some());
    assert!(p.obligations.is_empty());
}

#[test]
fn a_pathway_step_without_a_deadline_holds_the_next_one() {
    let pf = portfolio(
        "changes {\n small when cost_change <= 5% -> approve by Acme.ops then sign by Globex.rm within 5 days\n big when cost_change > 5% -> review by Acme.rm\n authority Acme.rm\n}",
    );
    let trace = [
        signal("2026-03-02", "5%"),
        r#"{"date": "2026-03-20", "fulfilled": "AcmeGlobex.change.small.sign"}"#.to_string(),
    ];
    let trace: Vec<&str> = trace.iter().map(String::as_str).collect();
    let errors = errs(&pf, &trace);
    assert_eq!(errors.len(), 1);
    assert!(errors[0].1.contains("has not started"), "{errors:?}");

    let trace = [
        signal("2026-03-02", "5%"),
        r#"{"date": "2026-03-10", "fulfilled": "AcmeGlobex.change.small.approve"}"#.to_string(),
    ];
    let trace: Vec<&str> = trace.iter().map(String::as_str).collect();
    // Design §10.4: a later step arises only if the earlier one is
    // unresolved at its deadline; `approve` has none and was resolved, so
    // the pathway ends there.
    let report = ok(&pf, &trace, Some("2026-03-31"));
    let p = &report.partnerships[0];
    let sign = p
        .obligations
        .iter()
        .find(|o| o.id == "AcmeGlobex.change.small.sign@2026-03-02")
        .unwrap();
    assert_eq!(sign.arises, None);
    assert_eq!(sign.due, None);
    assert_eq!(sign.status, Status::NotNeeded);
    assert_eq!(sign.owed_by, vec!["Globex".to_string()]);
    let mut late = trace.to_vec();
    late.push(r#"{"date": "2026-03-12", "fulfilled": "AcmeGlobex.change.small.sign"}"#);
    let errors = errs(&pf, &late);
    assert!(errors[0].1.contains("never arose"), "{errors:?}");

    let report = ok(&pf, &trace[..1], Some("2026-03-31"));
    let sign = report.partnerships[0]
        .obligations
        .iter()
        .find(|o| o.id == "AcmeGlobex.change.small.sign@2026-03-02")
        .unwrap();
    assert_eq!(sign.status, Status::Pending);
    assert_eq!(sign.due, None);
}

#[test]
fn a_step_counted_from_the_notice_can_be_out_of_time_when_it_starts() {
    // The checker rejects this ladder (E0306); the run still copes with it.
    let (pf, errors) = lowered(
        "disputes on dispute_notice {\n step talks by Acme.rm, Globex.rm within 20 days\n step mediation by neutral within 10 days of notice\n step arbitration by neutral binding\n}",
    );
    assert!(errors.iter().all(|e| e.contains("E0306")), "{errors:?}");
    let trace = [r#"{"date": "2026-03-02", "event": "dispute_notice"}"#];
    let report = ok(&pf, &trace, Some("2026-04-30"));
    let ladder = &report.partnerships[0].ladders[0];
    assert_eq!(ladder.id, "AcmeGlobex.dispute@2026-03-02");
    let steps: Vec<(&str, NaiveDate, Option<NaiveDate>, Outcome)> = ladder
        .steps
        .iter()
        .map(|s| (s.name.as_str(), s.started, s.deadline, s.outcome))
        .collect();
    assert_eq!(
        steps,
        vec![
            (
                "talks",
                date("2026-03-02"),
                Some(date("2026-03-22")),
                Outcome::Expired
            ),
            // Its deadline (notice + 10 days) passed before it started: it
            // ends the day it starts.
            (
                "mediation",
                date("2026-03-22"),
                Some(date("2026-03-12")),
                Outcome::Expired
            ),
            ("arbitration", date("2026-03-22"), None, Outcome::Open),
        ]
    );
    assert_eq!(ladder.status, LadderStatus::Open);
    assert!(ladder.steps[2].binding);
}

#[test]
fn ladder_lines_need_an_open_ladder() {
    let pf = portfolio(
        "escalation {\n low handled by Acme.ops within 2 days\n high handled by Acme.rm within 3 days\n}\n\
         disputes on dispute_notice {\n step talks by Acme.rm within 20 days\n step arbitration by neutral binding\n}",
    );
    let trace = [
        r#"{"date": "2026-03-02", "escalate": "dispute"}"#,
        r#"{"date": "2026-03-02", "resolved": "escalation"}"#,
        r#"{"date": "2026-03-03", "raise": "high"}"#,
        r#"{"date": "2026-03-04", "escalate": "escalation"}"#,
        r#"{"date": "2026-03-05", "event": "dispute_notice"}"#,
        r#"{"date": "2026-03-05", "escalate": "dispute", "to": "talks"}"#,
        r#"{"date": "2026-03-06", "resolved": "dispute@2026-03-01"}"#,
    ];
    let lines: Vec<usize> = errs(&pf, &trace).into_iter().map(|(l, _)| l).collect();
    assert_eq!(lines, vec![1, 2, 4, 6, 7]);
}

#[test]
fn static_duties_are_due_from_the_term_and_its_anchors() {
    let pf = portfolio(
        "milestone go_live by 2026-04-01 owner Globex\n\
         Globex must deliver plan within 30 days\n\
         Globex must deliver runbook before go_live\n\
         Acme must approve budget within 2 weeks when cost_change > 10%\n\
         Globex must not disclose secrets",
    );
    let trace = [
        signal("2026-02-02", "12%"),
        r#"{"date": "2026-03-31", "fulfilled": "AcmeGlobex.milestone.go_live"}"#.to_string(),
    ];
    let trace: Vec<&str> = trace.iter().map(String::as_str).collect();
    let report = ok(&pf, &trace, None);
    let due: Vec<(&str, Option<NaiveDate>)> = report.partnerships[0]
        .obligations
        .iter()
        .map(|o| (o.id.as_str(), o.due))
        .collect();
    assert_eq!(
        due,
        vec![
            (
                "AcmeGlobex.clause.Globex-must-deliver-plan",
                Some(date("2026-01-31"))
            ),
            (
                "AcmeGlobex.clause.Acme-must-approve-budget@2026-02-02",
                Some(date("2026-02-16"))
            ),
            (
                "AcmeGlobex.clause.Globex-must-deliver-runbook",
                Some(date("2026-03-31"))
            ),
            ("AcmeGlobex.milestone.go_live", Some(date("2026-04-01"))),
        ]
    );
    let prohibition = run(
        &pf,
        r#"{"date": "2026-02-02", "fulfilled": "AcmeGlobex.clause.Globex-must_not-disclose-secrets"}"#,
        None,
    );
    assert!(prohibition.is_err());
}

#[test]
fn retainers_accrue_per_period_in_advance_when_invoiced_so() {
    let pf = portfolio("pay Globex {\n retainer 1_000 USD monthly\n invoice monthly in advance\n}");
    let report = ok(&pf, &[], Some("2026-03-15"));
    let dates: Vec<NaiveDate> = report.partnerships[0]
        .payments
        .iter()
        .map(|x| x.date)
        .collect();
    assert_eq!(
        dates,
        vec![date("2026-01-01"), date("2026-02-01"), date("2026-03-01")]
    );
    assert!(report.partnerships[0]
        .payments
        .iter()
        .all(|x| x.kind == PaymentKind::Retainer && x.payer.as_deref() == Some("Acme")));
    assert_eq!(report.partnerships[0].totals[0].received, "3000.00");
}

#[test]
fn a_bonus_period_without_reading_pays_nothing() {
    let pf = portfolio(
        "metric score: score 0..10 operational target >= 7\n\
         pay Globex {\n bonus quality quarterly on score {\n tier good when score >= 7 pays 100 USD\n tier great when score > 9 pays 300 USD\n }\n}",
    );
    let trace = [
        r#"{"date": "2026-02-01", "metric": "score", "value": 10}"#,
        r#"{"date": "2026-03-01", "metric": "score", "value": "9"}"#,
        r#"{"date": "2026-07-01", "metric": "score", "value": 9.5}"#,
    ];
    let report = ok(&pf, &trace, Some("2026-09-30"));
    let periods: Vec<(Option<&str>, Option<&str>)> = report.partnerships[0]
        .bonus_periods
        .iter()
        .map(|b| (b.value.as_deref(), b.tier.as_deref()))
        .collect();
    assert_eq!(
        periods,
        vec![
            (Some("9"), Some("good")),
            (None, None),
            (Some("9.5"), Some("great")),
        ]
    );
    let out_of_range = [r#"{"date": "2026-02-01", "metric": "score", "value": 11}"#];
    assert_eq!(errs(&pf, &out_of_range).len(), 1);
}

#[test]
fn reports_are_deterministic() {
    let pf = portfolio(SPIKE);
    let trace = [signal("2026-02-02", "20%")];
    let trace: Vec<&str> = trace.iter().map(String::as_str).collect();
    let a = ok(&pf, &trace, Some("2026-06-30")).to_json();
    let b = ok(&pf, &trace, Some("2026-06-30")).to_json();
    assert_eq!(a, b);
    assert!(a.starts_with("{\n  \"format\": \"pact.run/1\""));
}

#[test]
fn an_empty_trace_without_until_runs_nothing() {
    let pf = portfolio("pay Globex {\n retainer 1_000 USD monthly\n}");
    let report = ok(&pf, &[], None);
    assert_eq!(report.as_of, None);
    assert!(report.partnerships[0].payments.is_empty());
    assert!(report.human().contains("Nothing ran"));
}

#[test]
fn huge_amounts_never_panic() {
    let pf = portfolio("pay Globex {\n success fee 50% of uplift capped at 1 USD\n}");
    let trace = [
        r#"{"date": "2026-02-01", "signal": "uplift", "value": "79228162514264337593543950335 USD"}"#,
    ];
    // The exact product needs more than 96 bits: the run fails, naming the
    // line (design §5.1, turn-2 ruling), rather than leave the fee out.
    let found = errs(&pf, &trace);
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].0, 1);
    assert!(
        found[0].1.contains("cannot be computed exactly"),
        "{found:?}"
    );
}

#[test]
fn arbitrary_traces_never_panic() {
    let pf = portfolio(
        "milestone go_live by 2026-04-01 owner Globex\n\
         escalation {\n low handled by Acme.ops within 24 hours\n high handled by Acme.rm within 1 week\n}\n\
         disputes on dispute_notice {\n step talks by Acme.rm within 5 business days\n step arbitration by neutral binding\n}\n\
         changes {\n small when cost_change <= 5% -> approve by Acme.ops then sign within 1 month\n big when cost_change > 5% -> review by Acme.rm within 10 business days\n authority Acme.rm\n}\n\
         metric defects: percent operational lower is better target <= 2%\n\
         pay Globex {\n retainer 1_000 USD every 2 weeks\n fee 10 USD per accepted\n success fee 3% of uplift capped at 100 USD per year\n penalty late on go_live 1 USD per day capped at 5 USD\n bonus q quarterly on defects {\n tier ok when defects <= 2% pays 1% of retainer\n }\n}\n\
         trigger spike when cost_change > 15% and not accepted {\n Globex must notify Acme.rm within 3 business days\n}",
    );
    let dates = [
        "0001-01-01",
        "2025-12-31",
        "2026-01-01",
        "2026-02-28",
        "2026-06-30",
        "2026-12-31",
        "2027-01-01",
        "2125-12-31", // the last day of the horizon (E0423 after it)
    ];
    let bodies = [
        r#""signal": "cost_change", "value": "18%""#,
        r#""signal": "cost_change", "value": "-3%""#,
        r#""signal": "cost_change", "value": "79228162514264337593543950335%""#,
        r#""signal": "uplift", "value": "79228162514264337593543950335 USD""#,
        r#""signal": "uplift", "value": "0.005 USD""#,
        r#""metric": "defects", "value": "1.999%""#,
        r#""event": "accepted""#,
        r#""event": "dispute_notice""#,
        r#""fulfilled": "AcmeGlobex.milestone.go_live""#,
        r#""fulfilled": "AcmeGlobex.change.small.approve""#,
        r#""fulfilled": "AcmeGlobex.change.small.sign""#,
        r#""fulfilled": "AcmeGlobex.trigger.spike.Globex-must-notify-Acme.rm""#,
        r#""raise": "low""#,
        r#""escalate": "escalation""#,
        r#""escalate": "dispute", "to": "arbitration""#,
        r#""resolved": "dispute""#,
        r#""resolved": "escalation@2026-01-01#2""#,
        r#""value": "1""#,
    ];
    let mut seed: u64 = 0x5eed;
    let mut next = |n: usize| {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((seed >> 33) as usize) % n
    };
    let mut ran = 0;
    for round in 0..300 {
        let mut trace = Vec::new();
        let mut d = 0;
        for _ in 0..(1 + next(12)) {
            // Mostly in order, sometimes not.
            d = if next(10) == 0 {
                next(dates.len())
            } else {
                d.max(next(dates.len()))
            };
            trace.push(format!(
                r#"{{"date": "{}", {}}}"#,
                dates[d],
                bodies[next(bodies.len())]
            ));
        }
        let text = trace.join("\n");
        let until = match round % 3 {
            0 => None,
            1 => Some(date("2030-12-31")),
            _ => Some(date("2026-09-30")),
        };
        if let Ok(report) = run(&pf, &text, until) {
            let _ = report.to_json();
            let _ = report.human();
            ran += 1;
        }
    }
    assert!(ran > 30, "only {ran} traces ran");
    // Beyond the horizon (100 years from the earliest start): refused, E0423.
    let far = run(&pf, "", Some(NaiveDate::MAX));
    assert!(
        far.as_ref()
            .is_err_and(|e| e.first().is_some_and(|e| e.code == Some("E0423"))),
        "{far:?}"
    );
}

#[test]
fn a_step_name_stands_for_its_ladder() {
    let pf = portfolio(
        "escalation {\n low handled by Acme.ops within 2 days\n mid handled by Acme.rm within 3 days\n high handled by Acme.rm within 5 days\n}",
    );
    let trace = [
        r#"{"date": "2026-03-02", "raise": "low"}"#,
        r#"{"date": "2026-03-03", "escalate": "high"}"#,
        r#"{"date": "2026-03-04", "resolved": "high"}"#,
    ];
    let report = ok(&pf, &trace, None);
    let steps: Vec<(&str, Outcome)> = report.partnerships[0].ladders[0]
        .steps
        .iter()
        .map(|s| (s.name.as_str(), s.outcome))
        .collect();
    assert_eq!(
        steps,
        vec![("low", Outcome::Escalated), ("high", Outcome::Resolved)]
    );
    let wrong = [
        r#"{"date": "2026-03-02", "raise": "low"}"#,
        r#"{"date": "2026-03-03", "resolved": "mid"}"#,
        r#"{"date": "2026-03-03", "escalate": "mid", "to": "high"}"#,
        r#"{"date": "2026-03-03", "escalate": "hihg"}"#,
    ];
    let errors = match run(&pf, &lines(&wrong), None) {
        Err(e) => e,
        Ok(_) => panic!("expected errors"),
    };
    let numbers: Vec<usize> = errors.iter().map(|e| e.line).collect();
    assert_eq!(numbers, vec![3, 4], "{errors:?}");
    assert_eq!(errors[1].help.as_deref(), Some("did you mean `high`?"));
    let state = run(&pf, &lines(&wrong[..2]), None).unwrap_err();
    assert!(
        state[0].message.contains("is at `low`, not at `mid`"),
        "{state:?}"
    );
}
