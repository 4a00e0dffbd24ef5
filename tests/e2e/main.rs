//! End-to-end tests: the real `pact` binary run on files under `tests/`,
//! with the rendered output snapshotted by insta.
//!
//! One test binary (faster to link than one per file). Snapshots live in
//! `tests/e2e/snapshots/`; to accept new ones run
//! `INSTA_UPDATE=always cargo test --test e2e` and review the diff.

mod amend;
mod amend_run;
mod audit2;
mod audit3;
mod audit_fixes;
mod audit_outputs;
mod bounds;
mod cli;
mod codes;
mod conflicts;
mod editors;
mod examples;
mod files;
mod fixtures;
mod fmt;
mod hostile;
mod layering;
mod leftovers;
mod life;
mod money;
mod outputs;
mod project;
mod reference;
mod render;
mod robustness;
mod run;
mod suggestions;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

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

/// `pact ARGS` from the repository root, its output captured.
fn command(args: &[&str], stdin: Option<&[u8]>) -> Command {
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
    command
}

/// Runs `pact ARGS` from the repository root, feeding `stdin` if given.
pub fn pact(args: &[&str], stdin: Option<&[u8]>) -> Run {
    let mut child = command(args, stdin).spawn().expect("the pact binary runs");
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

/// [`pact`] with a deadline, for inputs written to make it slow or hang.
/// The deadline is generous (it catches a hang, not a slow machine): the
/// tests assert on what was printed, never on time.
pub fn pact_within(args: &[&str], stdin: Option<&[u8]>, deadline: Duration) -> Run {
    let mut child = command(args, stdin).spawn().expect("the pact binary runs");
    let input = stdin.map(<[u8]>::to_vec);
    let mut pipe = child.stdin.take();
    let feeder = std::thread::spawn(move || {
        use std::io::Write;
        if let (Some(input), Some(pipe)) = (input, pipe.as_mut()) {
            let _ = pipe.write_all(&input);
        }
    });
    let drain = |pipe: Option<Box<dyn std::io::Read + Send>>| {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            if let Some(mut pipe) = pipe {
                let _ = pipe.read_to_end(&mut bytes);
            }
            bytes
        })
    };
    let out = drain(child.stdout.take().map(|p| Box::new(p) as _));
    let err = drain(child.stderr.take().map(|p| Box::new(p) as _));
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("pact can be waited for") {
            break status;
        }
        if started.elapsed() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!(
                "`pact {}` did not finish within {deadline:?}",
                args.join(" ")
            );
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let _ = feeder.join();
    let stdout = out.join().unwrap_or_default();
    let stderr = err.join().unwrap_or_default();
    Run {
        code: status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&stdout).into_owned(),
        stderr: String::from_utf8_lossy(&stderr).into_owned(),
    }
}

/// A scratch folder under the system's temporary directory, removed on drop.
pub struct Scratch(pub PathBuf);

impl Scratch {
    pub fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("pact-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("a scratch folder");
        Scratch(dir)
    }

    pub fn write(&self, path: &str, text: &[u8]) -> PathBuf {
        let full = self.0.join(path);
        if let Some(parent) = full.parent() {
            std::fs::create_dir_all(parent).expect("parent folders");
        }
        std::fs::write(&full, text).expect("a scratch file");
        full
    }

    pub fn path(&self) -> String {
        self.0.to_string_lossy().to_string()
    }

    /// `path` inside the folder, as a string for the command line.
    pub fn at(&self, path: &str) -> String {
        self.0.join(path).to_string_lossy().to_string()
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
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
