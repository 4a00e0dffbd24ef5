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
            } else {
                assert_eq!(
                    run.code,
                    1,
                    "{name} should fail with exit status 1:\n{}",
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
