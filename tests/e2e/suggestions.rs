//! `--diagnostics json` carries `suggestions` (span and replacement) where
//! the fix is mechanical, and applying them gives a file that checks.

use super::pact;

/// Each suggestion of each JSON diagnostic: `(start, end, replacement)`.
fn suggestions(stdout: &str) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    for line in stdout.lines() {
        let d: serde_json::Value = serde_json::from_str(line).expect("every line is JSON");
        for s in d["suggestions"].as_array().into_iter().flatten() {
            let at = |k: &str| s["span"][k].as_u64().expect("a span") as usize;
            let with = s["replacement"].as_str().expect("a replacement");
            out.push((at("start"), at("end"), with.to_string()));
        }
    }
    out
}

/// `source` with every suggestion applied (from the end, so that the
/// offsets of the earlier ones still hold).
fn apply(source: &str, mut fixes: Vec<(usize, usize, String)>) -> String {
    fixes.sort();
    let mut text = source.to_string();
    for (start, end, with) in fixes.into_iter().rev() {
        text.replace_range(start..end, &with);
    }
    text
}

fn check_json(source: &str) -> super::Run {
    pact(
        &["check", "--diagnostics", "json", "-"],
        Some(source.as_bytes()),
    )
}

#[test]
fn misspelt_names_and_units_are_fixed_by_their_suggestions() {
    let source = "party Acme { role ops }\nparty Globex { role delivery }\nresource Reports\n\npartnership P {\n  parties Acme as client, Globx as provider\n  term 2026-01-01 for 1 year\n  currency eur\n  timezone \"europe/london\"\n  escalation {\n    minor handled by Acme.opps within 2 dayz\n  }\n  Globex must not share Reprts\n}\n";
    let run = check_json(source);
    assert_eq!(run.code, 1, "{}", run.transcript());
    insta::assert_snapshot!(run.transcript());
    // Lowering stops at a partnership's unknown parties, so the misspelt
    // resource is found once they are fixed: a second round.
    let fixed = apply(source, suggestions(&run.stdout));
    let again = check_json(&fixed);
    let fixed = apply(&fixed, suggestions(&again.stdout));
    let last = check_json(&fixed);
    assert_eq!(last.code, 0, "{fixed}\n{}", last.transcript());
}

#[test]
fn syntax_fixes_are_suggestions_too() {
    // `may not` is `must not`; the `escalation` block is never closed.
    let source = "party Acme { role ops }\nparty Globex { role delivery }\nresource Reports\n\npartnership P {\n  parties Acme as client, Globex as provider\n  term 2026-01-01 for 1 year\n  escalation {\n    minor handled by Acme.ops within 2 days\n\n  Globex may not share Reports\n}\n";
    let run = check_json(source);
    assert_eq!(run.code, 1, "{}", run.transcript());
    insta::assert_snapshot!(run.transcript());
    let fixed = apply(source, suggestions(&run.stdout));
    let again = check_json(&fixed);
    assert_eq!(again.code, 0, "{fixed}\n{}", again.transcript());
}

#[test]
fn a_help_that_needs_judgement_is_no_suggestion() {
    // Two partnerships with one name: which to rename is the user's choice.
    let source = "party Acme\nparty Globex\npartnership P {\n  parties Acme as client, Globex as provider\n  term 2026-01-01 for 1 year\n}\npartnership P {\n  parties Acme as client, Globex as provider\n  term 2026-01-01 for 1 year\n}\n";
    let run = check_json(source);
    assert_eq!(run.code, 1, "{}", run.transcript());
    assert!(suggestions(&run.stdout).is_empty(), "{}", run.stdout);
}
