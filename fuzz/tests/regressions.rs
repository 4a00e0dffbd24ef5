//! Every input kept in `tests/fuzz_regressions/` (crashers, timeouts and
//! memory blow-ups that fuzzing found) must now pass through every target,
//! without a panic anywhere: one that the compiler catches itself (a worker
//! thread whose `join` error is ignored) counts too, as it does for libFuzzer.
//!
//! ```text
//! cargo test --manifest-path fuzz/Cargo.toml --no-default-features --features fmt
//! ```

use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};

static PANICS: AtomicUsize = AtomicUsize::new(0);

#[test]
fn fuzz_regressions_pass_every_target() {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fuzz_regressions");
    let mut files: Vec<_> = std::fs::read_dir(&folder)
        .map(|entries| entries.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| p.is_file() && p.extension().is_some_and(|e| e == "pact" || e == "bin"));
    files.sort();
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        PANICS.fetch_add(1, Ordering::SeqCst);
        default_hook(info);
    }));
    let mut failures = Vec::new();
    for file in &files {
        let data = std::fs::read(file).unwrap();
        for target in pact_fuzz::TARGETS {
            // `literals` reads its input as a recipe, not as a file.
            if target.name == "literals" {
                continue;
            }
            let run = target.run;
            let before = PANICS.load(Ordering::SeqCst);
            let unwound = std::panic::catch_unwind(|| run(&data)).is_err();
            if unwound || PANICS.load(Ordering::SeqCst) != before {
                failures.push(format!("{} {}", target.name, file.display()));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} run(s) of {} regression input(s) panicked:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
}
