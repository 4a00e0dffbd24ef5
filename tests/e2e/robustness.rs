//! Nothing panics, hangs or overflows the stack, whatever the input. These
//! call the library directly (no process per input) with a fixed-seed
//! generator, so every run tries the same inputs.

use super::Scratch;
use pact::source::SourceMap;

/// xorshift64*: small, deterministic, good enough to make garbage.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn check_text(text: &str) -> usize {
    let mut sources = SourceMap::new();
    sources.add("input.pact", text);
    pact::check(&sources).len()
}

#[test]
fn random_bytes_never_panic() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for _ in 0..300 {
        let len = rng.below(400);
        let bytes: Vec<u8> = (0..len).map(|_| (rng.next() & 0xff) as u8).collect();
        check_text(&String::from_utf8_lossy(&bytes));
    }
}

#[test]
fn token_soup_never_panics() {
    const WORDS: &[&str] = &[
        "party",
        "partnership",
        "{",
        "}",
        "(",
        ")",
        "must",
        "not",
        "may",
        "within",
        "30",
        "days",
        "2026-01-31",
        "2026-02-30",
        "15%",
        "\"text\"",
        "\n",
        ";",
        ",",
        ".",
        "->",
        "when",
        ">",
        "and",
        "or",
        "of",
        "Acme",
        "ops",
        "meeting",
        "weekly",
        "on",
        "first",
        "tuesday",
        "at",
        "09:30",
        "99:99",
        "term",
        "for",
        "pay",
        "tier",
        "pays",
        "bonus",
        "/*",
        "*/",
        "//",
        "use",
        "std",
        "template",
        "override",
        "escalation",
        "disputes",
        "99999999999999999999999999999999",
        "-",
        "*",
        "business",
        "per",
        "month",
    ];
    let mut rng = Rng(42);
    for _ in 0..500 {
        let len = rng.below(120);
        let text: Vec<&str> = (0..len).map(|_| WORDS[rng.below(WORDS.len())]).collect();
        check_text(&text.join(" "));
    }
}

#[test]
fn deep_nesting_is_refused_not_overflowed() {
    for opener in ["(", "{", "[", "not ", "- "] {
        let text = format!(
            "partnership P {{ trigger t when {} }}",
            opener.repeat(200_000)
        );
        assert!(check_text(&text) > 0, "{opener} nesting reports an error");
    }
}

#[test]
fn a_huge_generated_file_is_fine() {
    let mut text = String::new();
    for i in 0..20_000 {
        text.push_str(&format!(
            "party P{i} {{ role ops capacity 10 hours per month }}\n"
        ));
    }
    assert_eq!(check_text(&text), 0);
}

#[test]
fn awkward_but_valid_text() {
    assert_eq!(check_text(""), 0);
    assert_eq!(
        check_text("\u{feff}"),
        1,
        "a BOM inside the text (not stripped by the loader) is reported"
    );
    assert_eq!(
        check_text("party Acme {\r\n\trole ops\r\n}\r\n"),
        0,
        "CRLF and tabs"
    );
}

const SMALL: &str = "party Acme { role ops }\nparty Globex { role delivery }\npartnership P {\n  parties Acme as client, Globex as provider\n  term 2026-01-01 for 1 year\n}\n";

#[test]
fn a_folder_without_contracts_is_a_usage_error() {
    let scratch = Scratch::new("empty");
    scratch.write("notes.txt", b"not a contract");
    let run = super::pact(&["check", &scratch.path()], None);
    assert_eq!(run.code, 2, "{}", run.transcript());
    assert!(
        run.stderr.contains("no `.pact` files"),
        "{}",
        run.transcript()
    );
}

#[test]
fn symlink_loops_end() {
    let scratch = Scratch::new("loop");
    scratch.write("a/contract.pact", SMALL.as_bytes());
    #[cfg(unix)]
    {
        let _ = std::os::unix::fs::symlink(scratch.0.join("a"), scratch.0.join("a/again"));
    }
    let run = super::pact(&["check", "--color", "never", &scratch.path()], None);
    assert_eq!(run.code, 0, "{}", run.transcript());
}

#[test]
fn imports_may_not_leave_the_given_folders_and_nothing_is_read() {
    let scratch = Scratch::new("escape");
    scratch.write("secret.pact", b"party Secret { role keeper }\n");
    scratch.write(
        "portfolio/main.pact",
        b"use \"../secret.pact\"\nuse \"../../etc/passwd\"\nparty Acme { role ops }\n",
    );
    let folder = scratch.0.join("portfolio").to_string_lossy().to_string();
    let run = super::pact(&["check", "--color", "never", &folder], None);
    assert_eq!(run.code, 1, "{}", run.transcript());
    assert!(
        run.stderr.contains("may not leave the project folder"),
        "{}",
        run.transcript()
    );
    assert!(
        !run.stderr.contains("Secret"),
        "the content of a refused file is never shown"
    );
    assert!(
        !run.stderr.contains("root:"),
        "the content of a refused file is never shown"
    );
}

#[test]
fn bom_crlf_and_tabs_are_fine() {
    let scratch = Scratch::new("crlf");
    let text = format!(
        "\u{feff}{}",
        SMALL.replace('\n', "\r\n").replace("  ", "\t")
    );
    let file = scratch.write("crlf.pact", text.as_bytes());
    let run = super::pact(
        &["check", "--color", "never", &file.to_string_lossy()],
        None,
    );
    assert_eq!(run.code, 0, "{}", run.transcript());
}

#[test]
fn every_subcommand_survives_hostile_input() {
    let scratch = Scratch::new("hostile");
    let mut rng = Rng(7);
    let garbage: Vec<u8> = (0..2000).map(|_| (rng.next() & 0xff) as u8).collect();
    let inputs: Vec<(String, Vec<u8>)> = vec![
        ("bytes.pact".into(), garbage),
        ("deep.pact".into(), format!("partnership P {{ trigger t when {} }}", "(".repeat(5000)).into_bytes()),
        ("huge_number.pact".into(), b"party A { role x capacity 999999999999999999999999999999 hours per month }".to_vec()),
        ("far_future.pact".into(), b"party A { role x }\npartnership P { parties A as client\n term 9999-12-31 for 100000 years }".to_vec()),
        ("zero_cadence.pact".into(), b"party A { role x }\npartnership P { parties A as client\n term 2026-01-01 for 1 year\n meeting m every 0 days 1 hour with A.x }".to_vec()),
    ];
    let trace = scratch.write("trace.jsonl", b"{\"date\": \"2026-01-01\", nonsense\n");
    for (name, bytes) in inputs {
        let file = scratch.write(&name, &bytes);
        let file = file.to_string_lossy().to_string();
        for args in [
            vec!["check", file.as_str()],
            vec!["build", file.as_str(), "--emit", "schedule"],
            vec!["build", file.as_str(), "--emit", "ics"],
            vec!["build", file.as_str(), "--emit", "obligations"],
            vec!["fmt", "--check", file.as_str()],
        ] {
            let run = super::pact(&args, None);
            assert!(
                run.code == 1 || run.code == 2,
                "{args:?} on {name}: {}",
                run.transcript()
            );
        }
        let trace = trace.to_string_lossy().to_string();
        let run = super::pact(
            &[
                "run",
                file.as_str(),
                "--events",
                trace.as_str(),
                "--format",
                "json",
            ],
            None,
        );
        assert!(
            run.code == 1 || run.code == 2,
            "run on {name}: {}",
            run.transcript()
        );
    }
}

#[test]
fn output_does_not_depend_on_the_order_of_paths() {
    let a = "examples/product_launch/parties.pact";
    let b = "examples/product_launch/master.pact";
    let rest = [
        "examples/product_launch/hardware_firmware.pact",
        "examples/product_launch/logistics.pact",
        "examples/product_launch/manufacturing_packaging.pact",
        "examples/product_launch/marketing_event.pact",
    ];
    for emit in ["obligations", "schedule", "ics"] {
        let mut forward = vec!["build", "--emit", emit, a, b];
        forward.extend(rest);
        let mut backward = vec!["build", "--emit", emit];
        backward.extend(rest.iter().rev());
        backward.extend([b, a]);
        let one = super::pact(&forward, None);
        let two = super::pact(&backward, None);
        assert_eq!(one.code, 0, "{}", one.transcript());
        assert_eq!(
            one.stdout, two.stdout,
            "{emit} depends on the order of paths"
        );
    }
}

/// The outputs are the same on one core as on all of them (the parser and
/// the checks use every core the process may run on).
#[test]
fn output_does_not_depend_on_the_number_of_threads() {
    let Ok(status) = std::process::Command::new("taskset")
        .arg("-c")
        .arg("0")
        .arg("true")
        .status()
    else {
        eprintln!("taskset is not available; skipped");
        return;
    };
    if !status.success() {
        return;
    }
    let scratch = Scratch::new("threads");
    // Large enough to be parsed in pieces.
    let mut big = String::from("party Acme { role ops capacity 400 hours per month }\n");
    for i in 0..7000 {
        big.push_str(&format!(
            "party P{i} {{ role rm }}\npartnership Deal{i} {{\n  parties Acme as client, P{i} as provider\n  term 2026-01-01 for 1 year\n  meeting sync monthly 1 hour with Acme.ops, P{i}.rm\n  milestone kickoff by day {}\n}}\n",
            i % 300
        ));
    }
    assert!(big.len() > 1 << 20, "large enough to be parsed in pieces");
    let file = scratch.write("big.pact", big.as_bytes());
    let file = file.to_string_lossy().to_string();
    for args in [
        vec!["check", "--diagnostics", "json", file.as_str()],
        vec!["build", "--emit", "obligations", file.as_str()],
    ] {
        let all = super::pact(&args, None);
        let mut one_core = vec!["-c", "0", env!("CARGO_BIN_EXE_pact")];
        one_core.extend(args.iter().copied());
        let output = std::process::Command::new("taskset")
            .args(&one_core)
            .current_dir(super::root())
            .output()
            .expect("taskset runs pact");
        assert_eq!(
            String::from_utf8_lossy(&output.stdout),
            all.stdout,
            "{args:?} differs on one core"
        );
    }
}

/// Every input the fuzzers found a bug with stays a test: each subcommand
/// ends with a diagnostic or an output, never a panic.
#[test]
fn fuzz_regressions_stay_fixed() {
    let dir = super::root().join("tests/fuzz_regressions");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .map(|entries| entries.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.sort();
    for file in files {
        let name = super::relative(&file);
        for args in [
            vec!["check", name.as_str()],
            vec!["build", name.as_str(), "--emit", "schedule"],
            vec!["build", name.as_str(), "--emit", "ics"],
            vec!["build", name.as_str(), "--emit", "obligations"],
            vec!["fmt", "--check", name.as_str()],
        ] {
            let run = super::pact(&args, None);
            assert!(
                run.code <= 2 && !run.stderr.contains("panicked"),
                "{args:?}: {}",
                run.transcript()
            );
        }
    }
}
