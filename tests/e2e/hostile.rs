//! Inputs written to make the compiler slow or greedy: each must finish
//! with bounded output. The inputs are generated here (nothing large is
//! committed). Nothing is timed: a generous deadline only catches a hang,
//! and the assertions are about what was printed.

use super::{pact_within, Scratch};
use std::time::Duration;

/// Far more than any of these takes (a second or two on a debug build),
/// far less than they took before they were bounded.
const DEADLINE: Duration = Duration::from_secs(120);

const PARTIES: &str = "party Acme { role ops }\nparty Globex { role delivery }\n";

fn partnership(body: &str) -> String {
    format!(
        "{PARTIES}partnership P {{\n  parties Acme as client, Globex as provider\n  term 2026-01-01 for 1 year\n{body}}}\n"
    )
}

/// `pact check --diagnostics json FILE`: the diagnostics, one JSON value each.
fn json_check(file: &str) -> Vec<serde_json::Value> {
    let run = pact_within(&["check", "--diagnostics", "json", file], None, DEADLINE);
    assert!(run.code <= 1, "{}", run.transcript());
    run.stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object a line"))
        .collect()
}

fn codes(diagnostics: &[serde_json::Value]) -> Vec<&str> {
    diagnostics
        .iter()
        .map(|d| d["code"].as_str().unwrap_or(""))
        .collect()
}

/// A name of `len` letters from a small alphabet, different for each seed.
fn long_name(seed: u64, len: usize) -> String {
    let mut x = seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            char::from(b'a' + (x % 4) as u8)
        })
        .collect()
}

#[test]
fn two_huge_names_get_no_suggestion_and_short_messages() {
    // 46 KB: comparing the two names in full asked for 4.3 GB.
    let scratch = Scratch::new("huge-names");
    let declared = "q".repeat(23_000);
    let used = format!("{}z", "q".repeat(22_999));
    let text = format!(
        "party {declared} {{ role ops }}\nparty Globex {{ role delivery }}\npartnership P {{\n  parties {used} as client, Globex as provider\n  term 2026-01-01 for 1 year\n}}\n"
    );
    let file = scratch.write("names.pact", text.as_bytes());
    let file = file.to_string_lossy();
    let found = json_check(&file);
    assert!(codes(&found).contains(&"E0102"), "{found:?}");
    for d in &found {
        assert!(d["help"]
            .as_str()
            .is_none_or(|h| !h.contains("did you mean")));
        assert!(
            d.to_string().len() < 2_000,
            "a quoted name is shortened: {d}"
        );
    }
    let run = pact_within(&["check", "--color", "never", &file], None, DEADLINE);
    assert!(run.stderr.len() < 4_000, "{}", run.stderr.len());
}

#[test]
fn many_long_unknown_names_finish() {
    // Sixty declared names and sixty unknown ones of 1,000 letters each.
    let scratch = Scratch::new("long-names");
    let mut text = String::new();
    for i in 0..60 {
        text.push_str(&format!("party {} {{ role ops }}\n", long_name(i, 1000)));
    }
    text.push_str("party Globex { role delivery }\n");
    for i in 0..60 {
        text.push_str(&format!(
            "partnership P{i} {{\n  parties {} as client, Globex as provider\n  term 2026-01-01 for 1 year\n}}\n",
            long_name(1000 + i, 1000)
        ));
    }
    let file = scratch.write("long.pact", text.as_bytes());
    let found = json_check(&file.to_string_lossy());
    assert_eq!(codes(&found).iter().filter(|c| **c == "E0102").count(), 60);
}

#[test]
fn unknown_units_are_each_compared_cheaply() {
    // Every unknown unit is compared with every unit and currency.
    let scratch = Scratch::new("units");
    let mut body = String::new();
    for i in 0..20_000u64 {
        let unit = long_name(i, 3);
        body.push_str(&format!("  meeting m{i} weekly 1 {unit}x with Acme.ops\n"));
    }
    let huge_unit = "d".repeat(1_000_000);
    body.push_str(&format!(
        "  meeting huge weekly 1 {huge_unit} with Acme.ops\n"
    ));
    let file = scratch.write("units.pact", partnership(&body).as_bytes());
    let found = json_check(&file.to_string_lossy());
    assert_eq!(
        codes(&found).iter().filter(|c| **c == "E0201").count(),
        20_001
    );
}

#[test]
fn templates_used_inside_templates_stop_at_the_limit() {
    // Ten uses a level, seven levels deep: ten million clauses from 1 KB.
    let scratch = Scratch::new("templates");
    let mut text = String::from(PARTIES);
    text.push_str("template t0() { provider must send status_note within 1 week }\n");
    for level in 1..=7 {
        let uses = vec![format!("use t{}", level - 1); 10].join("; ");
        text.push_str(&format!("template t{level}() {{ {uses} }}\n"));
    }
    // A template that uses itself ten times is stopped the same way.
    text.push_str("template again() { use again; use again; use again; use again; use again; use again; use again; use again; use again; use again }\n");
    text.push_str(
        "partnership P {\n  parties Acme as client, Globex as provider\n  term 2026-01-01 for 1 year\n  use t7\n}\n",
    );
    text.push_str(
        "partnership Q {\n  parties Acme as client, Globex as provider\n  term 2026-01-01 for 1 year\n  use again\n}\n",
    );
    assert!(text.len() < 2_000);
    let file = scratch.write("bomb.pact", text.as_bytes());
    let found = json_check(&file.to_string_lossy());
    assert_eq!(
        codes(&found).iter().filter(|c| **c == "E0121").count(),
        2,
        "one E0121 for each partnership: {:?}",
        codes(&found)
    );
    assert!(found.len() < 100, "{} diagnostics", found.len());
}

#[test]
fn a_partnership_of_many_clauses_merges_in_linear_time() {
    let scratch = Scratch::new("clauses");
    let mut body = String::new();
    for i in 0..22_000 {
        body.push_str(&format!("  milestone m{i} by day 1\n"));
    }
    let file = scratch.write("clauses.pact", partnership(&body).as_bytes());
    let run = pact_within(
        &["check", "--color", "never", &file.to_string_lossy()],
        None,
        DEADLINE,
    );
    assert_eq!(run.code, 0, "{}", run.transcript());
}

#[test]
fn long_lines_are_cut_around_each_label() {
    let scratch = Scratch::new("long-lines");
    // 62 KB on one line with 3,000 errors; one line of a megabyte with 300.
    let many = vec!["@aaaaaaaaaaaaaaaaaaaa"; 3_000].join(" ");
    let megabyte = vec![format!("{} @", "a".repeat(3_300)); 300].join(" ");
    for (name, line) in [("many.pact", many), ("megabyte.pact", megabyte)] {
        let file = scratch.write(name, format!("{PARTIES}{line}\n").as_bytes());
        let run = pact_within(
            &["check", "--color", "never", &file.to_string_lossy()],
            None,
            DEADLINE,
        );
        assert_eq!(run.code, 1);
        assert!(
            run.stderr.len() < 200_000,
            "{name}: {} bytes",
            run.stderr.len()
        );
        assert!(run.stderr.contains("aaaa…\n"), "{name}: the line is cut");
    }
}

#[test]
fn many_blocks_and_errors_on_one_line_cost_one_pass_over_it() {
    let scratch = Scratch::new("one-line");
    // 50,000 declarations on one line: each `{` measures its line's
    // indentation.
    let blocks: Vec<String> = (0..50_000)
        .map(|i| format!("party A{i} {{ role x }};"))
        .collect();
    let file = scratch.write("blocks.pact", format!("{}\n", blocks.join(" ")).as_bytes());
    let run = pact_within(
        &["check", "--color", "never", &file.to_string_lossy()],
        None,
        DEADLINE,
    );
    assert_eq!(run.code, 0, "{}", run.transcript());
    // 20,000 parse errors on one line: each looks at the line for help.
    let roles: Vec<String> = (0..20_000).map(|i| format!("role {i};")).collect();
    let text = format!("{PARTIES}party B {{ {} }}\n", roles.join(" "));
    let file = scratch.write("errors.pact", text.as_bytes());
    let found = json_check(&file.to_string_lossy());
    assert_eq!(
        codes(&found).iter().filter(|c| **c == "E0002").count(),
        20_000
    );
}

#[test]
fn a_cut_line_keeps_its_line_column_and_caret() {
    let scratch = Scratch::new("cut-line");
    let before = "a".repeat(500);
    let after = "b".repeat(500);
    let text = format!(
        "party Acme {{ role ops }}\n// {before}\nparty Globex {{ role x }} {before} # {after}\n"
    );
    scratch.write("cut.pact", text.as_bytes());
    let folder = scratch.path();
    let run = pact_within(
        &["check", "--color", "never", &scratch.at("cut.pact")],
        None,
        DEADLINE,
    );
    let shown = run.stderr.replace(&folder, "<scratch>");
    insta::assert_snapshot!(shown);
}
