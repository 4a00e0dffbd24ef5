//! The shipped examples are the first thing a newcomer runs: they must
//! check clean, together (as `pact check examples/` runs them) and each
//! example on its own.

use super::{cases, pact, relative, root};

#[test]
fn all_examples_check_clean_together() {
    let run = pact(&["check", "--color", "never", "examples/"], None);
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert!(
        run.stderr.contains("no problems found"),
        "{}",
        run.transcript()
    );
}

#[test]
fn each_example_checks_clean_on_its_own() {
    let examples = cases(&root().join("examples"));
    assert!(
        examples.len() >= 8,
        "the eight examples of issue 2 are shipped"
    );
    for example in examples {
        let name = relative(&example);
        let run = pact(&["check", "--color", "never", &name], None);
        assert_eq!(run.code, 0, "{name}:\n{}", run.transcript());
    }
}
