//! The command line itself: inputs, exit statuses, output formats.

use super::pact;

#[test]
fn version_and_help() {
    let run = pact(&["--version"], None);
    assert_eq!(run.code, 0);
    assert!(run.stdout.starts_with("pact "), "{}", run.stdout);
    let run = pact(&["--help"], None);
    assert_eq!(run.code, 0);
    assert!(run.stdout.contains("check"), "{}", run.stdout);
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(pact(&[], None).code, 2);
    // `pact check` alone checks the current folder (design §8).
    assert_eq!(pact(&["check", "--diagnostics", "yaml"], None).code, 2);
    assert_eq!(pact(&["frobnicate"], None).code, 2);
}

#[test]
fn missing_file_is_an_io_error() {
    let run = pact(&["check", "tests/fixtures/does-not-exist.pact"], None);
    assert_eq!(run.code, 2, "{}", run.transcript());
    insta::assert_snapshot!(run.transcript());
}

#[test]
fn stdin_is_read_with_a_dash() {
    let run = pact(
        &["check", "--color", "never", "-"],
        Some(b"party Acme { role ops }\n"),
    );
    assert_eq!(run.code, 0, "{}", run.transcript());
    let run = pact(
        &["check", "--color", "never", "-"],
        Some(b"party Acme { role ops\n"),
    );
    assert_eq!(run.code, 1, "{}", run.transcript());
    insta::assert_snapshot!(run.transcript());
}

#[test]
fn three_independent_syntax_errors_are_all_reported_as_json() {
    let source = "party Acme {\n  role ops\n  role rm\n}\n\npartnership P {\n  parties Acme as client\n  term 2026-02-30 for 1 year\n  meeting sync weekly 1 hour with Acme.ops Acme.rm\n\npartnership Q {\n  parties Acme as client\n  term 2026-01-01 for 1 year\n}\n";
    let run = pact(
        &["check", "--diagnostics", "json", "-"],
        Some(source.as_bytes()),
    );
    assert_eq!(run.code, 1);
    let lines: Vec<serde_json::Value> = run
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("every line is JSON"))
        .collect();
    let found: Vec<(String, u64, u64)> = lines
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap_or("").to_string(),
                d["line"].as_u64().unwrap_or(0),
                d["column"].as_u64().unwrap_or(0),
            )
        })
        .collect();
    assert_eq!(
        found,
        vec![
            ("E0003".to_string(), 6, 15), // the unclosed block of P
            ("E0004".to_string(), 8, 8),  // the bad date
            ("E0002".to_string(), 9, 44), // the missing comma
        ]
    );
}

#[test]
fn explain_prints_every_code() {
    for info in pact::diagnostics::codes::CODES {
        let run = pact(&["explain", info.code], None);
        assert_eq!(run.code, 0, "{}", info.code);
        assert!(run.stdout.contains(info.title), "{}", info.code);
    }
    assert_eq!(pact(&["explain", "E9999"], None).code, 2);
}

#[test]
fn invalid_utf8_is_a_diagnostic_with_the_offset() {
    let run = pact(
        &["check", "--color", "never", "-"],
        Some(b"party Acme \xff\xfe"),
    );
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("E0012"), "{}", run.transcript());
    assert!(run.stderr.contains("byte 11"), "{}", run.transcript());
}

#[test]
fn no_color_is_respected_and_pipes_get_no_colour() {
    let run = pact(&["check", "-"], Some(b"party @"));
    assert!(!run.stderr.contains('\u{1b}'), "no escape codes on a pipe");
    let run = pact(&["check", "--color", "always", "-"], Some(b"party @"));
    assert!(run.stderr.contains('\u{1b}'), "colour when asked for");
}

#[test]
fn a_file_over_the_size_limit_is_a_diagnostic() {
    let dir = std::env::temp_dir().join(format!("pact-large-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    let path = dir.join("huge.pact");
    let chunk = "// padding padding padding padding padding padding padding padding\n".repeat(1024);
    let mut text = String::with_capacity(65 * 1024 * 1024);
    while text.len() <= 64 * 1024 * 1024 {
        text.push_str(&chunk);
    }
    std::fs::write(&path, text).expect("the large file is written");
    let path_text = path.to_string_lossy().to_string();
    let run = pact(&["check", "--color", "never", &path_text], None);
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(run.code, 1, "{}", run.transcript());
    let shown = run.stderr.replace(&path_text, "huge.pact");
    insta::assert_snapshot!(shown);
}

/// `--summary`: the average is over every month of the term (a quarterly
/// meeting of 3 hours is 1 hour a month), and a long role name keeps the
/// columns aligned (the role over capacity is there to show that column).
#[test]
fn summary_averages_over_the_term_and_stays_aligned() {
    let contract = b"party Acme { role ops capacity 10 hours per month; role procurement_and_vendor_management_lead capacity 2 hours per month }
party Globex { role rm }
partnership P {
  parties Acme as client, Globex as provider
  term 2026-01-01 for 1 year
  meeting steering quarterly 3 hours with Acme.procurement_and_vendor_management_lead, Globex.rm
  meeting sync monthly on day 5 1 hour with Acme.ops
}
";
    let run = pact(
        &["check", "--summary", "--color", "never", "-"],
        Some(contract),
    );
    assert_eq!(run.code, 1, "{}", run.transcript());
    insta::assert_snapshot!(run.transcript());
}
