//! Conflicts among many clauses are reported once per group, not once per
//! pair (issue 19): a thousand meetings at one time for one role, a
//! thousand overlapping change levels, a thousand exclusive grants of one
//! right, a portfolio whose templates ask for too many clauses, and
//! amendments on hundreds of dates. The
//! inputs are generated here; nothing is timed (a generous deadline only
//! catches a hang): the assertions are about what was reported.

use super::{pact_within, Scratch};
use std::time::Duration;

const DEADLINE: Duration = Duration::from_secs(120);

/// `pact check --diagnostics json FILE`: the diagnostics, one JSON value each.
fn json_check(file: &str) -> Vec<serde_json::Value> {
    let run = pact_within(&["check", "--diagnostics", "json", file], None, DEADLINE);
    assert!(run.code <= 1, "{}", run.transcript());
    run.stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object a line"))
        .collect()
}

fn with_code<'a>(found: &'a [serde_json::Value], code: &str) -> Vec<&'a serde_json::Value> {
    found.iter().filter(|d| d["code"] == code).collect()
}

fn check_text(name: &str, text: &str) -> Vec<serde_json::Value> {
    let scratch = Scratch::new(name);
    let file = scratch.write(&format!("{name}.pact"), text.as_bytes());
    json_check(&file.to_string_lossy())
}

fn message(d: &serde_json::Value) -> &str {
    d["message"].as_str().unwrap_or("")
}

fn notes(d: &serde_json::Value) -> String {
    d["notes"].to_string()
}

#[test]
fn a_thousand_meetings_at_one_time_for_one_role_are_one_collision() {
    let mut text = String::from("party Acme { role ops }\nparty Globex { role delivery }\n");
    text.push_str("partnership P {\n  parties Acme as client, Globex as provider\n  term 2026-01-01 for 1 year\n");
    for i in 0..1000 {
        text.push_str(&format!(
            "  meeting m{i} weekly on monday at 10:00 for 1 hour with Acme.ops\n"
        ));
    }
    text.push_str("}\n");
    let found = check_text("meetings", &text);
    let collisions = with_code(&found, "E0405");
    assert_eq!(collisions.len(), 1, "{found:?}");
    let d = collisions[0];
    assert_eq!(
        message(d),
        "`Acme.ops` has 1,000 meetings whose times overlap on 2026-01-05"
    );
    assert!(notes(d).contains("and 995 more meetings"), "{d}");
    assert_eq!(d["labels"].as_array().map_or(0, Vec::len), 5, "{d}");
}

#[test]
fn meetings_in_many_partnerships_and_at_many_times_stay_bounded() {
    // A thousand partnerships, each with one meeting for the same role at
    // one of four overlapping times: one diagnostic for the role's day.
    let mut text = String::from("party Acme { role ops }\n");
    for i in 0..1000 {
        let start = 9 + i % 4;
        text.push_str(&format!(
            "party G{i} {{ role delivery }}\npartnership P{i} {{\n  parties Acme as client, G{i} as provider\n  term 2026-01-01 for 1 year\n  meeting sync daily at {start:02}:30 for 2 hours with Acme.ops, G{i}.delivery\n}}\n"
        ));
    }
    let found = check_text("partnership-meetings", &text);
    let collisions = with_code(&found, "E0405");
    assert_eq!(collisions.len(), 1, "{collisions:?}");
    assert!(
        message(collisions[0]).contains("1,000 meetings"),
        "{}",
        collisions[0]
    );
}

#[test]
fn a_thousand_exclusive_grants_of_one_right_are_one_conflict() {
    let mut text =
        String::from("party Acme { role ops }\nresource Data \"A data set\" owned by Acme\n");
    for i in 0..1000 {
        text.push_str(&format!(
            "party G{i} {{ role delivery }}\npartnership P{i} {{\n  parties Acme as client, G{i} as provider\n  term 2026-01-01 for 1 year\n  grant exclusive G{i} read Data\n}}\n"
        ));
    }
    let found = check_text("grants", &text);
    let conflicts = with_code(&found, "E0401");
    assert_eq!(conflicts.len(), 1, "{found:?}");
    assert_eq!(
        message(conflicts[0]),
        "the right to read `Data` is held exclusively, but 1,000 grants of it to different parties are in force together"
    );
    assert!(notes(conflicts[0]).contains("and 995 more grants"));
    assert!(found.len() < 10, "{} diagnostics", found.len());
}

#[test]
fn grants_that_meet_only_by_renewal_are_one_warning() {
    // Consecutive yearly terms that each renew by default: no two are in
    // force together, but every renewal meets the next term.
    let mut text =
        String::from("party Acme { role ops }\nresource Data \"A data set\" owned by Acme\n");
    for i in 0..100 {
        let year = 2026 + i;
        text.push_str(&format!(
            "party G{i} {{ role delivery }}\npartnership P{i} {{\n  parties Acme as client, G{i} as provider\n  term {year}-01-01 for 1 year\n  renewal {{\n    window opens 120 days before end\n    decision due 60 days before end\n    default renew for 1 year\n  }}\n  grant exclusive G{i} read Data\n}}\n"
        ));
    }
    let found = check_text("renewed-grants", &text);
    assert!(with_code(&found, "E0401").is_empty(), "{found:?}");
    let warnings = with_code(&found, "E0402");
    assert_eq!(warnings.len(), 1, "{found:?}");
    assert!(
        message(warnings[0]).contains("100 grants"),
        "{}",
        warnings[0]
    );
}

#[test]
fn templates_across_the_portfolio_stop_at_the_portfolio_limit() {
    // `big` costs 9,899 (49 uses of `many`, each 100 uses of an empty
    // template): each of 150 partnerships is within its own limit
    // (10,000), together they would be 1.48 million; the first ten fit the
    // portfolio's 100,000, the other 140 are checked without templates.
    let mut text = String::from("party Acme { role ops }\nparty Globex { role delivery }\n");
    text.push_str("template empty() { }\n");
    text.push_str(&format!(
        "template many() {{ {} }}\n",
        vec!["use empty"; 100].join("; ")
    ));
    text.push_str(&format!(
        "template big() {{ {} }}\n",
        vec!["use many"; 49].join("; ")
    ));
    for i in 0..150 {
        text.push_str(&format!(
            "partnership P{i:03} {{\n  parties Acme as client, Globex as provider\n  term 2026-01-01 for 1 year\n  use big\n}}\n"
        ));
    }
    assert!(text.len() < 20_000);
    let found = check_text("portfolio-templates", &text);
    let over = with_code(&found, "E0420");
    assert_eq!(over.len(), 1, "{found:?}");
    let d = over[0];
    let first = d["labels"][0]["message"].as_str().unwrap_or("");
    assert!(first.contains("`P010`"), "{d}");
    assert!(notes(d).contains("140 partnerships, from `P010` on"), "{d}");
    assert!(notes(d).contains("and 135 more partnerships"), "{d}");
    assert!(with_code(&found, "E0121").is_empty());
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn a_thousand_overlapping_change_levels_are_one_conflict() {
    // Each level `lN when cost_change >= (N mod 50)%` overlaps every other:
    // 499,500 pairs, reported as one diagnostic.
    let mut text = String::from(
        "party Acme { role ops; role sponsor }\nparty Globex { role rm }\nsignal cost_change: percent\n",
    );
    text.push_str("partnership P {\n  parties Acme as client, Globex as provider\n  term 2026-01-01 for 1 year\n  changes {\n");
    for i in 0..1000 {
        text.push_str(&format!(
            "    l{i} when cost_change >= {}% -> approve by Acme.ops\n",
            i % 50
        ));
    }
    text.push_str("    authority Acme.sponsor\n  }\n}\n");
    let found = check_text("levels", &text);
    let overlaps = with_code(&found, "E0310");
    assert_eq!(overlaps.len(), 1, "{} diagnostics", found.len());
    assert_eq!(
        message(overlaps[0]),
        "at least 1,000 change levels overlap one another"
    );
    assert!(notes(overlaps[0]).contains("and 994 more levels"));
    assert!(found.len() < 5, "{} diagnostics", found.len());
}

#[test]
fn a_few_overlapping_change_levels_are_reported_in_pairs() {
    let text = "party Acme { role ops; role sponsor }\nparty Globex { role rm }\nsignal cost_change: percent\n\
        partnership P {\n  parties Acme as client, Globex as provider\n  term 2026-01-01 for 1 year\n  changes {\n\
        a when cost_change <= 10% -> approve by Acme.ops\n\
        b when cost_change >= 5% -> approve by Acme.ops\n\
        authority Acme.sponsor\n  }\n}\n";
    let found = check_text("two-levels", text);
    let overlaps = with_code(&found, "E0310");
    assert_eq!(overlaps.len(), 1, "{found:?}");
    assert!(message(overlaps[0]).contains("matches both `a` and `b`"));
}

#[test]
fn amendments_on_hundreds_of_dates_stop_at_the_version_limit() {
    // 300 amendments on 300 days: the first 100 dates are versions, the
    // other 200 amendments are left out with one error.
    let mut text = String::from(
        "party Acme { role ops; role sponsor }\nparty Globex { role rm }\nsignal cost_change: percent\n\
         partnership P {\n  parties Acme as client, Globex as provider\n  term 2026-01-01 for 2 years\n  changes {\n\
         minor when cost_change <= 5% -> approve by Acme.ops\n    authority Acme.sponsor\n  }\n}\n",
    );
    let start = chrono::NaiveDate::from_ymd_opt(2026, 1, 2).expect("a date");
    for i in 0..300u64 {
        let date = start + chrono::Days::new(i);
        text.push_str(&format!(
            "amend P effective {date} as minor approved by Acme.ops {{ meeting m{i} monthly 1 hour with Acme.ops }}\n"
        ));
    }
    let found = check_text("amendments", &text);
    let over = with_code(&found, "E0422");
    assert_eq!(over.len(), 1, "{found:?}");
    assert!(
        notes(over[0]).contains("200 amendments, from 2026-04-12 on"),
        "{}",
        over[0]
    );
}
