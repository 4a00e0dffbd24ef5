//! End-to-end tests: the real `pact` binary run on files under `tests/`,
//! with the rendered output snapshotted by insta.
//!
//! One test binary (faster to link than one per file). Snapshots live in
//! `tests/e2e/snapshots/`; to accept new ones run
//! `INSTA_UPDATE=always cargo test --test e2e` and review the diff.

mod cli;
mod editors;
mod examples;
mod fixtures;
mod fmt;
mod outputs;
mod reference;
mod robustness;
mod run;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The repository root: tests run the binary from here so that file names
/// in the output are short, relative and the same on every machine.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    /// Everything a user sees, for a snapshot.
    pub fn transcript(&self) -> String {
        let mut text = format!("exit status: {}\n", self.code);
        if !self.stdout.is_empty() {
            text.push_str("--- stdout\n");
            text.push_str(&self.stdout);
        }
        if !self.stderr.is_empty() {
            text.push_str("--- stderr\n");
            text.push_str(&self.stderr);
        }
        text
    }
}

/// Runs `pact ARGS` from the repository root, feeding `stdin` if given.
pub fn pact(args: &[&str], stdin: Option<&[u8]>) -> Run {
    let mut command = Command::new(env!("CARGO_BIN_EXE_pact"));
    command
        .args(args)
        .current_dir(root())
        .env_remove("NO_COLOR")
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = command.spawn().expect("the pact binary runs");
    if let (Some(input), Some(mut pipe)) = (stdin, child.stdin.take()) {
        use std::io::Write;
        pipe.write_all(input).expect("stdin accepts the input");
    }
    let output = child.wait_with_output().expect("pact finishes");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

/// The `.pact` files (and folders, which are one portfolio each) directly in `dir`.
pub fn cases(dir: &Path) -> Vec<PathBuf> {
    let mut cases: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.is_dir() || p.extension().is_some_and(|e| e == "pact"))
                .collect()
        })
        .unwrap_or_default();
    cases.sort();
    cases
}

/// A path relative to the repository root, with `/` separators.
pub fn relative(path: &Path) -> String {
    path.strip_prefix(root())
        .unwrap_or(path)
        .to_string_lossy()
        .replace('\\', "/")
}
