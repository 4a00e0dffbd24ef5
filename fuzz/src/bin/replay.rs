//! Replays files through every fuzz target's body without libFuzzer, so
//! crashers and corpora can be checked on the stable toolchain:
//!
//! ```text
//! cargo run --release --manifest-path fuzz/Cargo.toml \
//!     --no-default-features --features replay,fmt \
//!     --bin replay -- [--target NAME]... PATH...
//! ```
//!
//! Each PATH is a file or a folder (read recursively). Every file is run
//! through every compiled-in target (or only those named with `--target`),
//! each in its own thread so that one panic does not stop the rest, and a
//! run longer than `--timeout SECS` (default 60) is reported and abandoned.
//! Prints one line per failure (with the panic's location) and a summary;
//! exits 1 when anything panicked or timed out.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::{mpsc, Mutex};
use std::time::{Duration, Instant};

/// Every panic since the last run, as "file:line:column: message", recorded
/// by the panic hook. A panic that the compiler itself catches (a worker
/// thread whose `join` error is ignored) still counts: libFuzzer aborts on
/// it too.
static PANICS: Mutex<Vec<String>> = Mutex::new(Vec::new());

fn main() -> ExitCode {
    let mut only: Vec<String> = Vec::new();
    let mut paths: Vec<PathBuf> = Vec::new();
    // libFuzzer uses `-timeout=10` on an optimised build; allow more here.
    let mut timeout = Duration::from_secs(60);
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--target" | "-t" => match args.next() {
                Some(name) => only.push(name),
                None => return usage("--target needs a name"),
            },
            "--timeout" => match args.next().and_then(|s| s.parse::<u64>().ok()) {
                Some(secs) => timeout = Duration::from_secs(secs),
                None => return usage("--timeout needs a number of seconds"),
            },
            "--expand" => {
                // Print the text a `literals` input stands for, and stop.
                let Some(path) = args.next() else {
                    return usage("--expand needs a file");
                };
                let data = match std::fs::read(&path) {
                    Ok(data) => data,
                    Err(e) => return usage(&format!("cannot read {path}: {e}")),
                };
                return match pact_fuzz::expand_literals(&data) {
                    Some(text) => {
                        print!("{text}");
                        ExitCode::SUCCESS
                    }
                    None => usage("the input is too short for the `literals` target"),
                };
            }
            "--help" | "-h" => return usage(""),
            _ => paths.push(PathBuf::from(arg)),
        }
    }
    if paths.is_empty() {
        return usage("give at least one file or folder");
    }
    let targets: Vec<&pact_fuzz::Target> = pact_fuzz::TARGETS
        .iter()
        .filter(|t| only.is_empty() || only.iter().any(|o| o == t.name))
        .collect();
    for name in &only {
        if !pact_fuzz::TARGETS.iter().any(|t| t.name == name) {
            return usage(&format!("no compiled-in target `{name}`"));
        }
    }
    let mut files = Vec::new();
    for path in &paths {
        collect(path, &mut files);
    }
    files.sort();
    // Record every panic instead of printing it; each failure gets one line.
    std::panic::set_hook(Box::new(|info| {
        let at = info
            .location()
            .map(|l| format!("{}:{}:{}", l.file(), l.line(), l.column()))
            .unwrap_or_default();
        let payload = info.payload();
        let message = payload
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_else(|| "(no message)".into());
        let first = message.lines().next().unwrap_or("").to_string();
        let frame = compiler_frame(&std::backtrace::Backtrace::force_capture().to_string());
        if let Ok(mut panics) = PANICS.lock() {
            panics.push(format!("{at}: {first}{frame}"));
        }
    }));
    let (mut runs, mut failures, mut hung) = (0usize, 0usize, 0usize);
    for file in &files {
        let data = match std::fs::read(file) {
            Ok(data) => data,
            Err(e) => {
                eprintln!("skip {}: {e}", file.display());
                continue;
            }
        };
        for target in &targets {
            runs += 1;
            let run = target.run;
            let input = data.clone();
            let started = Instant::now();
            let (done, outcome) = mpsc::channel();
            let spawned = std::thread::Builder::new()
                .stack_size(64 << 20)
                .spawn(move || {
                    let result = std::panic::catch_unwind(|| run(&input));
                    let _ = done.send(result);
                });
            if let Err(e) = spawned {
                failures += 1;
                println!(
                    "FAIL {} {}: cannot start a thread: {e}",
                    target.name,
                    file.display()
                );
                continue;
            }
            let result = outcome.recv_timeout(timeout);
            let panics: Vec<String> = PANICS
                .lock()
                .map(|mut p| std::mem::take(&mut *p))
                .unwrap_or_default();
            match result {
                Ok(outcome) => {
                    if !panics.is_empty() || outcome.is_err() {
                        failures += 1;
                        let caught = if outcome.is_ok() {
                            " (caught inside the compiler)"
                        } else {
                            ""
                        };
                        let first = panics.first().map(String::as_str).unwrap_or("(no hook)");
                        println!(
                            "FAIL {} {}: panicked{caught} at {first}",
                            target.name,
                            file.display()
                        );
                    }
                }
                Err(_) => {
                    // The thread is left running; the process exits at the end.
                    hung += 1;
                    println!(
                        "TIMEOUT {} {}: still running after {:.0}s",
                        target.name,
                        file.display(),
                        started.elapsed().as_secs_f64()
                    );
                }
            }
        }
    }
    let names: Vec<&str> = targets.iter().map(|t| t.name).collect();
    println!(
        "replay: {} file(s), {runs} run(s) through [{}]: {failures} panicked, {hung} timed out",
        files.len(),
        names.join(", ")
    );
    if failures + hung > 0 {
        // Exit at once: a timed-out run may still hold a thread.
        std::process::exit(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// The innermost frame of the compiler's own source in a backtrace, as
/// " (in <function> at src/….rs:line:col)": useful when the panic was raised
/// in a dependency (rust_decimal's "Addition overflowed") or the standard
/// library. Empty when the panic is in the compiler already or there are no
/// line tables.
fn compiler_frame(backtrace: &str) -> String {
    let mut function = "";
    for line in backtrace.lines() {
        let line = line.trim();
        let Some(at) = line.strip_prefix("at ") else {
            function = line.split_once(": ").map_or(line, |(_, f)| f);
            continue;
        };
        let foreign = at.contains("/.cargo/registry/")
            || at.starts_with("/rustc/")
            || at.contains("/library/std/")
            || at.contains("fuzz/src/");
        if !foreign && at.contains("src/") {
            return format!(" (in {function} at {at})");
        }
    }
    String::new()
}

fn collect(path: &Path, files: &mut Vec<PathBuf>) {
    if path.is_dir() {
        let Ok(entries) = std::fs::read_dir(path) else {
            eprintln!("skip {}: cannot read the folder", path.display());
            return;
        };
        for entry in entries.flatten() {
            collect(&entry.path(), files);
        }
    } else {
        files.push(path.to_path_buf());
    }
}

fn usage(problem: &str) -> ExitCode {
    if !problem.is_empty() {
        eprintln!("error: {problem}");
    }
    eprintln!("usage: replay [--target NAME]... [--timeout SECS] PATH...");
    eprintln!("       replay --expand FILE   (the text a `literals` input stands for)");
    let names: Vec<&str> = pact_fuzz::TARGETS.iter().map(|t| t.name).collect();
    eprintln!("targets compiled in: {}", names.join(", "));
    ExitCode::from(2)
}
