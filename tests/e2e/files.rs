//! Streams and the file system: closed pipes and full disks, which stream
//! gets what, what is read from a folder, and what `-o` and `pact fmt`
//! may write over.

use super::{pact, pact_within, Scratch};
use std::process::{Command, Stdio};
use std::time::Duration;

/// Only catches a hang (a FIFO read would block forever).
const DEADLINE: Duration = Duration::from_secs(60);

const CONTRACT: &str = "party Acme { role ops }\nparty Globex { role delivery }\npartnership P {\n  parties Acme as client, Globex as provider\n  term 2026-01-01 for 1 year\n  meeting sync weekly on monday at 10:00 for 1 hour with Acme.ops, Globex.delivery\n}\n";

const UNFORMATTED: &str = "party   Acme {   role ops }\n";
const FORMATTED: &str = "party Acme {\n  role ops\n}\n";

/// `pact ARGS` with its stdout sent to `stdout` (a file, `/dev/full` ...).
fn pact_to(args: &[&str], stdout: Stdio) -> (i32, String) {
    let output = Command::new(env!("CARGO_BIN_EXE_pact"))
        .args(args)
        .current_dir(super::root())
        .stdin(Stdio::null())
        .stdout(stdout)
        .stderr(Stdio::piped())
        .output()
        .expect("pact runs");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

// ---------------------------------------------------------------- streams

#[cfg(unix)]
#[test]
fn a_reader_that_goes_away_ends_the_command_quietly() {
    for (args, status) in [
        ("check --summary examples/consulting.pact", 0),
        ("schema", 0),
        ("explain E0001", 0),
        ("build --emit schedule examples/product_launch", 0),
        (
            "check --diagnostics json tests/fixtures/syntax/fail/stray_characters.pact",
            1,
        ),
    ] {
        let (code, stderr) = closed_pipe(&args.split(' ').collect::<Vec<_>>());
        assert_eq!(code, status, "{args}: {stderr}");
        assert!(!stderr.contains("panicked"), "{args}: {stderr}");
        assert!(!stderr.contains("cannot write"), "{args}: {stderr}");
    }
}

/// Runs pact with stdout a pipe whose reading end is closed before pact
/// writes anything: every write fails with a broken pipe.
#[cfg(unix)]
fn closed_pipe(args: &[&str]) -> (i32, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_pact"))
        .args(args)
        .current_dir(super::root())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("pact runs");
    drop(child.stdout.take());
    let output = child.wait_with_output().expect("pact ends");
    (
        output.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_is_an_error_with_a_message() {
    for args in [
        vec!["check", "--summary", "examples/consulting.pact"],
        vec!["schema"],
        vec!["explain", "E0001"],
        vec!["build", "--emit", "ics", "examples/consulting.pact"],
        vec![
            "check",
            "--diagnostics",
            "json",
            "tests/fixtures/syntax/fail/stray_characters.pact",
        ],
    ] {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .expect("/dev/full opens");
        let (code, stderr) = pact_to(&args, Stdio::from(full));
        assert_eq!(code, 2, "{args:?}: {stderr}");
        assert!(stderr.contains("cannot write"), "{args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
    }
}

#[test]
fn outputs_and_diagnostics_never_share_a_stream() {
    // The fixture has warnings (and no errors): the output is still written.
    let warned = "tests/fixtures/syntax/fail/E0015_text_direction_characters.pact";
    let build = |more: &[&str]| {
        let mut args = vec!["build", "--emit", "obligations", "--diagnostics", "json"];
        args.push(warned);
        args.extend(more);
        pact(&args, None)
    };
    let run = build(&[]);
    assert_eq!(run.code, 0, "{}", run.transcript());
    let document: serde_json::Value =
        serde_json::from_str(&run.stdout).expect("stdout is the document alone");
    assert!(document.is_object());
    let diagnostics: Vec<serde_json::Value> = run
        .stderr
        .lines()
        .map(|l| serde_json::from_str(l).expect("stderr is JSON lines"))
        .collect();
    assert_eq!(diagnostics.len(), 2, "{}", run.stderr);
    // The summary of `check` is an output too.
    let run = pact(
        &["check", "--summary", "--diagnostics", "json", warned],
        None,
    );
    assert!(!run.stdout.contains("\"code\""), "{}", run.transcript());
    assert_eq!(run.stderr.lines().count(), 2, "{}", run.transcript());
    // With `-o`, or from `check` alone, the diagnostics are on stdout.
    let scratch = Scratch::new("streams");
    let run = build(&["-o", &scratch.at("out.json")]);
    assert_eq!(run.stdout.lines().count(), 2, "{}", run.transcript());
    let run = pact(&["check", "--diagnostics", "json", warned], None);
    assert_eq!(run.stdout.lines().count(), 2, "{}", run.transcript());
}

#[test]
fn diagnostics_do_not_depend_on_the_order_of_paths() {
    let scratch = Scratch::new("order");
    let a = scratch.write("a.pact", b"party Acme { role ops }\nparty @ {}\n");
    let b = scratch.write(
        "b.pact",
        b"party Globex { role x }\nparty Acme { role y }\n",
    );
    let (a, b) = (a.to_string_lossy(), b.to_string_lossy());
    for format in ["human", "json"] {
        let forward = pact(
            &["check", "--color", "never", "--diagnostics", format, &a, &b],
            None,
        );
        let backward = pact(
            &["check", "--color", "never", "--diagnostics", format, &b, &a],
            None,
        );
        assert_eq!(forward.code, 1);
        assert_eq!(forward.transcript(), backward.transcript(), "{format}");
    }
}

#[test]
fn json_offsets_count_a_byte_order_mark() {
    let scratch = Scratch::new("bom");
    let bytes = b"\xef\xbb\xbfparty Acme { role ops }\nparty @\n";
    let file = scratch.write("bom.pact", bytes);
    let run = pact(
        &["check", "--diagnostics", "json", &file.to_string_lossy()],
        None,
    );
    let stray: serde_json::Value = run
        .stdout
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).expect("JSON"))
        .find(|d| d["code"] == "E0001")
        .expect("the stray `@` is reported");
    let start = stray["span"]["start"].as_u64().expect("an offset") as usize;
    assert_eq!(bytes[start], b'@', "the offset is into the file as on disk");
    assert_eq!(
        (stray["line"].as_u64(), stray["column"].as_u64()),
        (Some(2), Some(7))
    );
}

// ---------------------------------------------------------------- reading

#[cfg(unix)]
fn mkfifo(path: &std::path::Path) {
    let status = Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("mkfifo runs");
    assert!(status.success());
}

#[cfg(unix)]
#[test]
fn fifos_are_reported_not_waited_for() {
    let scratch = Scratch::new("fifo");
    scratch.write("portfolio/contract.pact", CONTRACT.as_bytes());
    scratch.write(
        "portfolio/imports.pact",
        b"use \"pipe/fifo.pact\"\nparty Initech { role ops }\n",
    );
    std::fs::create_dir_all(scratch.0.join("portfolio/pipe")).expect("a folder");
    mkfifo(&scratch.0.join("portfolio/pipe/fifo.pact"));
    mkfifo(&scratch.0.join("named.pact"));
    let folder = scratch.at("portfolio");
    let run = pact_within(&["check", "--diagnostics", "json", &folder], None, DEADLINE);
    assert!(
        run.stdout.contains("\"code\":\"E0014\""),
        "{}",
        run.transcript()
    );
    assert!(
        run.stdout.contains("not a regular file"),
        "{}",
        run.transcript()
    );
    assert!(
        run.stdout.contains("\"code\":\"E0109\""),
        "the import: {}",
        run.transcript()
    );
    let run = pact_within(&["fmt", "--check", &folder], None, DEADLINE);
    assert!(
        run.stderr
            .contains("was not formatted: it is not a regular file"),
        "{}",
        run.transcript()
    );
    // Named on the command line, a FIFO nobody writes to reads as empty.
    let run = pact_within(&["check", &scratch.at("named.pact")], None, DEADLINE);
    assert_eq!(run.code, 0, "{}", run.transcript());
    let run = pact_within(&["fmt", &scratch.at("named.pact")], None, DEADLINE);
    assert_eq!(run.code, 2, "{}", run.transcript());
}

#[cfg(unix)]
#[test]
fn the_folder_walk_stays_inside_the_folder_and_reports_broken_links() {
    use std::os::unix::fs::symlink;
    let scratch = Scratch::new("walk");
    // The project is the folder around the portfolio (`nested`);
    // `outside` lies one level further out.
    scratch.write("nested/portfolio/contract.pact", CONTRACT.as_bytes());
    scratch.write("outside/secret.pact", b"party Secret { role keeper }\n");
    let inside = scratch.0.join("nested/portfolio");
    let project = scratch.0.join("nested");
    symlink(
        scratch.0.join("outside/secret.pact"),
        inside.join("secret.pact"),
    )
    .expect("a link");
    symlink(scratch.0.join("outside"), inside.join("shared")).expect("a link");
    symlink("nowhere.pact", inside.join("dangling.pact")).expect("a link");
    symlink("loop.pact", inside.join("loop.pact")).expect("a link");
    symlink("contract.pact", inside.join("again.pact")).expect("a link");
    let run = pact(
        &[
            "check",
            "--diagnostics",
            "json",
            &scratch.at("nested/portfolio"),
        ],
        None,
    );
    assert_eq!(run.code, 0, "{}", run.transcript());
    let found: Vec<serde_json::Value> = run
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON"))
        .collect();
    let reasons: Vec<String> = found
        .iter()
        .map(|d| {
            assert_eq!(d["code"], "E0014");
            let message = d["message"].as_str().unwrap_or("");
            let file = d["file"].as_str().unwrap_or("");
            let name = file.rsplit('/').next().unwrap_or("");
            format!(
                "{name}: {}",
                message.split("was not read: ").nth(1).unwrap_or("")
            )
        })
        .collect();
    assert_eq!(
        reasons,
        vec![
            "dangling.pact: it is a symbolic link to nothing".to_string(),
            "loop.pact: it is a loop of symbolic links".to_string(),
            format!(
                "secret.pact: it is a symbolic link that leads out of the folder `{}`",
                project.canonicalize().expect("real").display()
            ),
            format!(
                "shared: it is a symbolic link that leads out of the folder `{}`",
                project.canonicalize().expect("real").display()
            ),
        ]
    );
    assert!(!run.stdout.contains("Secret"), "nothing outside is read");
}

// ---------------------------------------------------------------- -o

#[test]
fn an_output_is_never_one_of_the_inputs() {
    let scratch = Scratch::new("output-input");
    let contract = scratch.write("portfolio/x.pact", CONTRACT.as_bytes());
    let folder = scratch.at("portfolio");
    let same_file = contract.to_string_lossy().to_string();
    let through_folder = scratch.at("portfolio/../portfolio/x.pact");
    let mut outputs = vec![same_file.clone(), through_folder];
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(&contract, scratch.0.join("link.pact")).expect("a link");
        outputs.push(scratch.at("link.pact"));
        std::fs::hard_link(&contract, scratch.0.join("hard.pact")).expect("a link");
        outputs.push(scratch.at("hard.pact"));
    }
    for out in outputs {
        for input in [&same_file, &folder] {
            let run = pact(&["build", "--emit", "ics", input, "-o", &out], None);
            assert_eq!(run.code, 2, "{out}: {}", run.transcript());
            assert!(
                run.stderr.contains("is one of the inputs"),
                "{}",
                run.stderr
            );
        }
    }
    assert_eq!(std::fs::read_to_string(&contract).expect("kept"), CONTRACT);
    // The trace of `pact run` is an input too.
    let trace = scratch.write("trace.jsonl", b"");
    let trace = trace.to_string_lossy();
    let run = pact(&["run", &same_file, "--events", &trace, "-o", &trace], None);
    assert_eq!(run.code, 2, "{}", run.transcript());
}

#[test]
fn a_missing_output_folder_is_named() {
    let scratch = Scratch::new("output-folder");
    let contract = scratch.write("x.pact", CONTRACT.as_bytes());
    let out = scratch.at("no/such/folder/x.ics");
    let run = pact(
        &[
            "build",
            "--emit",
            "ics",
            &contract.to_string_lossy(),
            "-o",
            &out,
        ],
        None,
    );
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains(&format!(
            "the folder `{}` does not exist",
            scratch.at("no/such/folder")
        )),
        "{}",
        run.stderr
    );
}

#[cfg(unix)]
#[test]
fn the_output_goes_through_links_and_keeps_mode_and_owner() {
    use std::os::unix::fs::{symlink, MetadataExt, PermissionsExt};
    let scratch = Scratch::new("output-link");
    let contract = scratch.write("x.pact", CONTRACT.as_bytes());
    let contract = contract.to_string_lossy();
    let target = scratch.write("calendar.ics", b"old");
    std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o600)).expect("chmod");
    let root = running_as_root();
    if root {
        std::os::unix::fs::chown(&target, Some(4321), Some(4321)).expect("chown");
    }
    symlink("calendar.ics", scratch.0.join("link.ics")).expect("a link");
    // Names an attacker could plant where a fixed temporary name was used.
    for planted in [".link.ics.pact-tmp", ".calendar.ics.pact-tmp"] {
        symlink(scratch.0.join("victim"), scratch.0.join(planted)).expect("a planted link");
    }
    let run = pact(
        &[
            "build",
            "--emit",
            "ics",
            &contract,
            "-o",
            &scratch.at("link.ics"),
        ],
        None,
    );
    assert_eq!(run.code, 0, "{}", run.transcript());
    let link = std::fs::symlink_metadata(scratch.0.join("link.ics")).expect("the link");
    assert!(link.file_type().is_symlink(), "the link is still a link");
    let written = std::fs::read_to_string(&target).expect("the target");
    assert!(written.starts_with("BEGIN:VCALENDAR"), "{written}");
    let meta = std::fs::metadata(&target).expect("the target");
    assert_eq!(meta.permissions().mode() & 0o7777, 0o600);
    if root {
        assert_eq!((meta.uid(), meta.gid()), (4321, 4321));
    }
    assert!(
        !scratch.0.join("victim").exists(),
        "a planted link is never followed"
    );
    let leftovers: Vec<_> = std::fs::read_dir(&scratch.0)
        .expect("listed")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| {
            n.ends_with(".pact-tmp") && !n.starts_with(".link") && !n.starts_with(".calendar")
        })
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    // A device is written into, never replaced.
    let run = pact(
        &["build", "--emit", "ics", &contract, "-o", "/dev/null"],
        None,
    );
    assert_eq!(run.code, 0, "{}", run.transcript());
    let null = std::fs::metadata("/dev/null").expect("/dev/null");
    assert!(std::os::unix::fs::FileTypeExt::is_char_device(
        &null.file_type()
    ));
}

/// Whether the tests run as root (CI does): owner checks need it.
#[cfg(unix)]
fn running_as_root() -> bool {
    use std::os::unix::fs::MetadataExt;
    let probe = std::env::temp_dir().join(format!("pact-owner-probe-{}", std::process::id()));
    let owner = std::fs::write(&probe, b"")
        .and_then(|()| std::fs::metadata(&probe))
        .map(|m| m.uid());
    let _ = std::fs::remove_file(&probe);
    owner.is_ok_and(|uid| uid == 0)
}

// ---------------------------------------------------------------- fmt in place

#[cfg(unix)]
#[test]
fn fmt_writes_through_links_and_keeps_mode_owner_and_hard_links() {
    use std::os::unix::fs::{symlink, MetadataExt, PermissionsExt};
    let scratch = Scratch::new("fmt-links");
    let file = scratch.write("real.pact", UNFORMATTED.as_bytes());
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o640)).expect("chmod");
    let root = running_as_root();
    if root {
        std::os::unix::fs::chown(&file, Some(4321), Some(4321)).expect("chown");
    }
    std::fs::hard_link(&file, scratch.0.join("hard.pact")).expect("a hard link");
    symlink("real.pact", scratch.0.join("link.pact")).expect("a link");
    let inode = std::fs::metadata(&file).expect("meta").ino();
    let run = pact(&["fmt", &scratch.at("link.pact")], None);
    assert_eq!(run.code, 0, "{}", run.transcript());
    let link = std::fs::symlink_metadata(scratch.0.join("link.pact")).expect("the link");
    assert!(link.file_type().is_symlink(), "the link is still a link");
    let meta = std::fs::metadata(&file).expect("meta");
    assert_eq!(meta.ino(), inode, "the same file, written in place");
    assert_eq!(meta.nlink(), 2, "the hard link is kept");
    assert_eq!(meta.permissions().mode() & 0o7777, 0o640);
    if root {
        assert_eq!((meta.uid(), meta.gid()), (4321, 4321));
    }
    assert_eq!(
        std::fs::read_to_string(scratch.0.join("hard.pact")).expect("read"),
        FORMATTED
    );
}

#[cfg(unix)]
#[test]
fn fmt_refuses_a_read_only_file() {
    use std::os::unix::fs::PermissionsExt;
    let scratch = Scratch::new("fmt-read-only");
    let file = scratch.write("fixed.pact", UNFORMATTED.as_bytes());
    std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o444)).expect("chmod");
    let run = pact(&["fmt", &file.to_string_lossy()], None);
    assert_eq!(run.code, 2, "{}", run.transcript());
    assert!(run.stderr.contains("is read-only"), "{}", run.stderr);
    assert_eq!(std::fs::read_to_string(&file).expect("read"), UNFORMATTED);
    // `--check` only reads it.
    let run = pact(&["fmt", "--check", &file.to_string_lossy()], None);
    assert_eq!(run.code, 1, "{}", run.transcript());
}
