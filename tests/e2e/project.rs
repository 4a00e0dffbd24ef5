//! The project folder (issue 19, design §4 `use "../legal/common.pact"`):
//! imports and the folder walk may go anywhere inside it, never out of it;
//! and the commands default to the current folder (design §8).

use super::{Run, Scratch};
use std::path::Path;
use std::process::{Command, Stdio};

const LEGAL: &[u8] = b"party Initech { role legal }\n";
const PORTFOLIO: &[u8] = b"use \"../legal/common.pact\"\nparty Acme { role ops }\npartnership P {\n  parties Acme as client, Initech as provider\n  term 2026-01-01 for 1 year\n}\n";

/// `pact ARGS` run from `dir`.
fn pact_in(dir: &Path, args: &[&str]) -> Run {
    let output = Command::new(env!("CARGO_BIN_EXE_pact"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .output()
        .expect("pact runs");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

fn project(name: &str, marker: bool) -> Scratch {
    let scratch = Scratch::new(name);
    scratch.write("legal/common.pact", LEGAL);
    scratch.write("portfolio/main.pact", PORTFOLIO);
    scratch.write("secret.pact", b"party Secret { role keeper }\n");
    if marker {
        std::fs::create_dir_all(scratch.0.join("project/.git")).expect("a folder");
    }
    scratch
}

#[test]
fn an_import_up_and_over_stays_inside_the_current_folder() {
    let scratch = project("project-cwd", false);
    // From the scratch folder, `portfolio/../legal` is inside the project.
    let run = pact_in(&scratch.0, &["check", "portfolio"]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    // From inside the portfolio, the project is the portfolio: refused.
    let run = pact_in(&scratch.0.join("portfolio"), &["check"]);
    assert_eq!(run.code, 1, "{}", run.transcript());
    assert!(
        run.stderr.contains("may not leave the project folder"),
        "{}",
        run.transcript()
    );
    // Unless `--root` says where the project is.
    let run = pact_in(&scratch.0.join("portfolio"), &["check", "--root", ".."]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    // A path outside `--root` is a usage error.
    let run = pact_in(&scratch.0, &["check", "--root", "legal", "portfolio"]);
    assert_eq!(run.code, 2, "{}", run.transcript());
    assert!(
        run.stderr.contains("is not inside the project folder"),
        "{}",
        run.transcript()
    );
}

#[test]
fn a_repository_is_the_project_from_anywhere_inside_it() {
    let scratch = Scratch::new("project-git");
    scratch.write("repo/legal/common.pact", LEGAL);
    scratch.write("repo/portfolio/main.pact", PORTFOLIO);
    scratch.write("secret.pact", b"party Secret { role keeper }\n");
    scratch.write(
        "repo/portfolio/escape.pact",
        b"use \"../../secret.pact\"\nparty Hooli { role x }\n",
    );
    std::fs::create_dir_all(scratch.0.join("repo/.git")).expect("a folder");
    let run = pact_in(&scratch.0.join("repo/portfolio"), &["check"]);
    assert_eq!(run.code, 1, "{}", run.transcript());
    assert!(
        !run.stderr.contains("Initech"),
        "`../legal` is inside the repository: {}",
        run.transcript()
    );
    assert!(
        run.stderr.contains("cannot import `../../secret.pact`")
            && run.stderr.contains("may not leave the project folder"),
        "{}",
        run.transcript()
    );
    assert!(!run.stderr.contains("Secret"), "nothing outside is read");
}

#[cfg(unix)]
#[test]
fn the_folder_walk_follows_links_inside_the_project_only() {
    use std::os::unix::fs::symlink;
    let scratch = project("project-walk", false);
    let portfolio = scratch.0.join("portfolio");
    symlink(scratch.0.join("legal"), portfolio.join("legal")).expect("a link");
    std::fs::write(portfolio.join("main.pact"), b"party Acme { role ops }\npartnership P {\n  parties Acme as client, Initech as provider\n  term 2026-01-01 for 1 year\n}\n").expect("written");
    // From the scratch folder, the link stays inside the project: followed.
    let run = pact_in(&scratch.0, &["check", "portfolio"]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    // With the portfolio as the project, it leads out: skipped (E0014).
    let run = pact_in(&portfolio, &["check"]);
    assert_eq!(run.code, 1, "{}", run.transcript());
    assert!(
        run.stderr.contains("E0014") && run.stderr.contains("leads out of the folder"),
        "{}",
        run.transcript()
    );
}

#[test]
fn commands_default_to_the_current_folder() {
    let scratch = Scratch::new("project-default");
    scratch.write(
        "c.pact",
        b"party Acme { role ops }\nparty Globex { role x }\npartnership P {\n  parties Acme as client, Globex as provider\n  term 2026-01-01 for 1 year\n}\n",
    );
    std::fs::create_dir_all(scratch.0.join("empty")).expect("a folder");
    for command in ["check", "fmt"] {
        let run = pact_in(&scratch.0.join("empty"), &[command]);
        assert_eq!(run.code, 2, "{}", run.transcript());
        assert!(
            run.stderr.contains("no `.pact` files"),
            "{}",
            run.transcript()
        );
    }
    let run = pact_in(&scratch.0, &["check"]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert!(
        run.stderr.contains("no problems found"),
        "{}",
        run.transcript()
    );
    let run = pact_in(&scratch.0, &["build", "--emit", "schedule"]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    assert!(run.stdout.contains("term_start"), "{}", run.transcript());
    let run = pact_in(&scratch.0, &["fmt", "--check"]);
    assert_eq!(run.code, 1, "{}", run.transcript());
    assert!(
        run.stdout.contains("c.pact (formatted)"),
        "{}",
        run.transcript()
    );
    scratch.write("events.jsonl", b"");
    let run = pact_in(
        &scratch.0,
        &[
            "run",
            "--events",
            "events.jsonl",
            "--until",
            "2026-02-01",
            "--format",
            "json",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.transcript());
}
