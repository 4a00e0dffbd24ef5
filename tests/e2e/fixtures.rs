//! Every fixture under `tests/fixtures/<phase>/pass` must check clean and
//! every one under `.../fail` must fail; both are snapshotted, so a change
//! in any message shows up in review.

use super::{cases, pact, relative, root};

fn run_phase(phase: &str) {
    for (expect_ok, kind) in [(true, "pass"), (false, "fail")] {
        let dir = root().join("tests/fixtures").join(phase).join(kind);
        let cases = cases(&dir);
        assert!(!cases.is_empty(), "no fixtures in {}", dir.display());
        for case in cases {
            let name = relative(&case);
            let run = pact(&["check", "--color", "never", &name], None);
            if expect_ok {
                assert_eq!(
                    run.code,
                    0,
                    "{name} should check clean:\n{}",
                    run.transcript()
                );
                assert!(
                    run.stderr.contains("no problems found"),
                    "{name} should have no warnings:\n{}",
                    run.transcript()
                );
            } else {
                // A failing fixture has errors (exit 1), or only warnings.
                let warns = run.code == 0 && run.stderr.contains("warning[");
                assert!(
                    run.code == 1 || warns,
                    "{name} should report a problem:\n{}",
                    run.transcript()
                );
            }
            let snapshot = format!(
                "{phase}__{kind}__{}",
                case.file_stem().unwrap_or_default().to_string_lossy()
            );
            insta::with_settings!({ prepend_module_to_snapshot => false, omit_expression => true, description => name.clone() }, {
                insta::assert_snapshot!(snapshot, run.transcript());
            });
        }
    }
}

#[test]
fn syntax_fixtures() {
    run_phase("syntax");
}

#[test]
fn name_fixtures() {
    run_phase("names");
}

#[test]
fn amend_fixtures() {
    run_phase("amend");
}

#[test]
fn type_fixtures() {
    run_phase("types");
}

#[test]
fn logic_fixtures() {
    run_phase("logic");
}

#[test]
fn portfolio_fixtures() {
    run_phase("portfolio");
}

/// Every code the compiler can emit has an explanation for `pact explain`
/// and at least one failing fixture whose snapshot shows it.
#[test]
fn every_code_is_explained_and_has_a_failing_fixture() {
    let source_codes = codes_used_in(&root().join("src"));
    let explained: Vec<&str> = pact::diagnostics::codes::CODES
        .iter()
        .map(|c| c.code)
        .collect();
    let snapshots = std::fs::read_dir(root().join("tests/e2e/snapshots"))
        .map(|entries| {
            entries
                .filter_map(|e| e.ok())
                .filter_map(|e| std::fs::read_to_string(e.path()).ok())
                .collect::<Vec<_>>()
                .join("\n")
        })
        .unwrap_or_default();
    let mut missing = Vec::new();
    for code in &source_codes {
        if !explained.contains(&code.as_str()) {
            missing.push(format!(
                "{code} has no explanation in src/diagnostics/codes.rs"
            ));
        }
        if !snapshots.contains(&format!("[{code}]"))
            && !snapshots.contains(&format!("\"code\":\"{code}\""))
        {
            missing.push(format!(
                "{code} appears in no snapshot of a failing fixture"
            ));
        }
    }
    for code in &explained {
        if !source_codes.iter().any(|c| c == code) {
            missing.push(format!("{code} is explained but never emitted"));
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

/// Every `"E0123"` literal in the compiler's source, except in tests.
fn codes_used_in(dir: &std::path::Path) -> Vec<String> {
    let mut codes = std::collections::BTreeSet::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.file_name().is_some_and(|n| n == "codes.rs") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            let text = text.split("#[cfg(test)]").next().unwrap_or("");
            let bytes = text.as_bytes();
            for (i, _) in text.match_indices("\"E") {
                let candidate = text.get(i + 1..i + 6).unwrap_or("");
                let closes = bytes.get(i + 6) == Some(&b'"');
                if closes
                    && candidate.len() == 5
                    && candidate[1..].chars().all(|c| c.is_ascii_digit())
                {
                    codes.insert(candidate.to_string());
                }
            }
        }
    }
    codes.into_iter().collect()
}
